// The user's own settings: the language the app is shown in (kept with the user) and the
// password.
import { api } from '../api.js';
import { h, add, field, facts } from '../dom.js';
import { t, LANGUAGES } from '../i18n.js';
import { dateTime } from '../format.js';

export async function render(main, ctx) {
  const me = ctx.me;
  const lang = h('select', { id: 'account-lang' }, LANGUAGES.map(([code, label]) =>
    h('option', { value: code, selected: code === me.user.lang }, label)));
  const langOut = h('p', { role: 'status' });
  const current = h('input', { id: 'password-current', type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { id: 'password-new', type: 'password', autocomplete: 'new-password', required: true, minlength: 10 });
  const again = h('input', { id: 'password-again', type: 'password', autocomplete: 'new-password', required: true });
  const pwOut = h('p', { role: 'status' });
  add(main, 
    h('h1', {}, t('account_title')),
    h('section', { class: 'card' }, facts([
      [t('user_name'), me.user.name],
      [t('role'), t(`role_${me.user.role}`)],
      [t('institution'), me.institution.name ?? `#${me.institution.id}`],
      [t('session_ends'), dateTime(me.session.expires_at_ms)],
      [t('session_idle'), t('minutes', { n: Math.round(me.session.idle_ms / 60000) })],
    ])),
    h('form', { class: 'card', 'aria-labelledby': 'lang-title', onsubmit: async (e) => {
      e.preventDefault();
      try {
        await api.put('/app/api/me/lang', { lang: lang.value });
        await ctx.refreshMe();
        ctx.go('account');
      } catch (err) {
        langOut.textContent = err.message;
      }
    } }, h('h2', { id: 'lang-title' }, t('language')), field(t('language'), lang),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('save'))), langOut),
    h('form', { class: 'card', 'aria-labelledby': 'pw-title', onsubmit: async (e) => {
      e.preventDefault();
      if (next.value !== again.value) {
        pwOut.textContent = t('passwords_differ');
        again.focus();
        return;
      }
      try {
        await api.put('/app/api/me/password', { current: current.value, new: next.value });
        ctx.signOut();
      } catch (err) {
        pwOut.textContent = err.status === 403 ? t('wrong_current_password') : err.message;
      }
    } }, h('h2', { id: 'pw-title' }, t('change_password')),
    field(t('current_password'), current), field(t('new_password'), next, t('password_rule')), field(t('new_password_again'), again),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('change_password'))), pwOut));
  return null;
}
