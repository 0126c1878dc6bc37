// Administration: the audit trail of borrower-data openings (every attempt, through API
// tokens or in this app, refused ones included), and the app's users.
import { api, query } from '../api.js';
import { h, add, clear, field, table } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime } from '../format.js';

const ROLES = ['viewer', 'officer', 'admin'];

export async function render(main, ctx, { view }) {
  return view === 'users' ? users(main, ctx) : openings(main, ctx);
}

async function openings(main) {
  const plan = h('input', { id: 'openings-plan', inputmode: 'numeric', size: 8 });
  const box = h('div', { id: 'openings' });
  async function load() {
    try {
      const rows = await api.get(`/app/api/openings${query({ plan: plan.value.trim(), limit: 500 })}`);
      clear(box);
      add(box, rows.length ? table(t('openings_caption'), [t('when'), t('who'), t('plan'), t('outcome'), t('detail')],
        rows.map((o) => ({ props: { 'data-outcome': o.outcome, 'data-plan': o.plan }, cells: [
          h('time', { datetime: o.opened_at }, dateTime(o.opened_at)), o.caller,
          h('a', { href: `#/plan/${o.plan}` }, `#${o.plan}`),
          h('span', { class: `badge o-${o.outcome}` }, t(`outcome_${o.outcome}`)), o.detail ?? '',
        ] })), { id: 'openings-table' }) : h('p', { class: 'empty' }, t('no_openings')));
    } catch (err) {
      add(clear(box), h('p', { class: 'error', role: 'alert' }, err.message));
    }
  }
  add(main, h('h1', {}, t('openings_title')), h('p', { class: 'muted' }, t('openings_intro')),
    h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); load(); } },
      field(t('plan_filter'), plan), h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('apply_filters')))),
    box);
  await load();
  return null;
}

async function users(main, ctx) {
  const box = h('div', { id: 'users' });
  const out = h('p', { role: 'status', id: 'users-status' });
  async function load() {
    let list;
    try {
      list = await api.get('/app/api/users');
    } catch (err) {
      add(clear(box), h('p', { class: 'error', role: 'alert' }, err.message));
      return;
    }
    clear(box);
    add(box, table(t('users_caption'), [t('user_name'), t('role'), t('language'), t('added'), t('actions')],
      list.map((u) => {
        const self = u.name === ctx.me.user.name;
        const role = h('select', { 'aria-label': t('role_of', { name: u.name }), disabled: self,
          onchange: (e) => update(u.name, { role: e.target.value }) },
        ROLES.map((r) => h('option', { value: r, selected: r === u.role }, t(`role_${r}`))));
        return { rowHeader: true, props: { 'data-user': u.name }, cells: [
          u.name, role, u.lang === 'zh' ? '中文' : 'English', dateTime(u.created_at_ms),
          h('span', {},
            h('button', { type: 'button', class: 'link', onclick: () => resetPassword(u.name) }, t('reset_password')), ' ',
            self ? null : h('button', { type: 'button', class: 'link danger', onclick: () => remove(u.name) }, t('remove'))),
        ] };
      })));
  }
  async function update(name, body) {
    try {
      await api.put(`/app/api/users/${encodeURIComponent(name)}`, body);
      out.textContent = t('user_updated', { name });
    } catch (err) {
      out.textContent = err.message;
    }
    await load();
  }
  async function resetPassword(name) {
    const password = window.prompt(t('new_password_for', { name }));
    if (password) await update(name, { password });
  }
  async function remove(name) {
    if (!window.confirm(t('remove_user_confirm', { name }))) return;
    try {
      await api.del(`/app/api/users/${encodeURIComponent(name)}`);
      out.textContent = t('user_removed', { name });
    } catch (err) {
      out.textContent = err.message;
    }
    await load();
  }
  const name = h('input', { id: 'new-user-name', required: true, autocomplete: 'off' });
  const role = h('select', { id: 'new-user-role' }, ROLES.map((r) => h('option', { value: r }, t(`role_${r}`))));
  const lang = h('select', { id: 'new-user-lang' }, h('option', { value: 'en' }, 'English'), h('option', { value: 'zh' }, '中文'));
  const password = h('input', { id: 'new-user-password', type: 'password', required: true, autocomplete: 'new-password', minlength: 10 });
  const addForm = h('form', { class: 'card', 'aria-labelledby': 'add-user-title', onsubmit: async (e) => {
    e.preventDefault();
    try {
      await api.post('/app/api/users', { name: name.value.trim(), role: role.value, lang: lang.value, password: password.value });
      out.textContent = t('user_added', { name: name.value.trim() });
      name.value = '';
      password.value = '';
      await load();
    } catch (err) {
      out.textContent = err.message;
    }
  } },
  h('h2', { id: 'add-user-title' }, t('add_user')),
  h('div', { class: 'row' }, field(t('user_name'), name), field(t('role'), role), field(t('language'), lang),
    field(t('first_password'), password, t('password_rule'))),
  h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('add_user'))));
  add(main, h('h1', {}, t('users_title')), h('p', { class: 'muted' }, t('users_intro')), out, box, addForm);
  await load();
  return null;
}
