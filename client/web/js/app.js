// The LoanShare web app: sign-in, then a page per task, chosen by the address's fragment
// (#/market, #/plan/17, #/upload, #/mine, #/tokens, #/openings, #/users, #/account).
// Which pages a user sees depends on the user's role (viewer, officer, admin) and on the
// institution's roles on chain (contributor, participator, token issuer).
import { api, setCsrf, whenSignedOut, followChain } from './api.js';
import { h, add, clear } from './dom.js';
import { t, setLang, getLang, LANGUAGES } from './i18n.js';
import { timeZone } from './format.js';
import * as signin from './pages/signin.js';
import * as market from './pages/market.js';
import * as plan from './pages/plan.js';
import * as upload from './pages/upload.js';
import * as mine from './pages/mine.js';
import * as tokens from './pages/tokens.js';
import * as admin from './pages/admin.js';
import * as account from './pages/account.js';

const main = document.getElementById('main');
const header = document.getElementById('app-header');
const footer = document.getElementById('app-footer');
const status = document.getElementById('status');

const state = { me: null, stopLive: null, cleanup: null, chainListeners: new Set(), live: false, routeSeq: 0 };

const ROLE_RANK = { viewer: 0, officer: 1, admin: 2 };
const may = (role) => state.me && ROLE_RANK[state.me.user.role] >= ROLE_RANK[role];
const institutionIs = (role) => (state.me?.institution?.roles ?? []).includes(role);

/** The pages: fragment → module, title key, who may see it, and whether it is in the menu. */
function pages() {
  return [
    { path: 'market', module: market, title: 'nav_market', show: true },
    { path: 'plan', module: plan, title: 'nav_plan', show: false },
    { path: 'upload', module: upload, title: 'nav_upload', show: may('officer') && institutionIs('Contributor') },
    { path: 'mine', module: mine, title: 'nav_mine', show: true },
    { path: 'tokens', module: tokens, title: 'nav_tokens', show: true },
    { path: 'openings', module: admin, title: 'nav_openings', show: may('admin'), view: 'openings' },
    { path: 'users', module: admin, title: 'nav_users', show: may('admin'), view: 'users' },
    { path: 'account', module: account, title: 'nav_account', show: false },
  ];
}

/** Says `text` to screen readers and shows it briefly. */
export function announce(text) {
  status.textContent = '';
  // A new text node each time, so the same message is announced again.
  window.setTimeout(() => { status.textContent = text; }, 30);
}

function go(path) {
  if (window.location.hash === `#/${path}`) route();
  else window.location.hash = `#/${path}`;
}

function renderHeader() {
  clear(header);
  const me = state.me;
  const current = (window.location.hash.replace(/^#\//, '').split('/')[0]) || '';
  const links = pages().filter((p) => p.show).map((p) => h('li', {},
    h('a', { href: `#/${p.path}`, 'aria-current': p.path === current ? 'page' : false }, t(p.title))));
  const lang = h('select', { id: 'lang-select', 'aria-label': t('language'),
    onchange: async (e) => {
      try {
        const updated = await api.put('/app/api/me/lang', { lang: e.target.value });
        state.me = updated;
        setLang(updated.user.lang);
        renderHeader();
        route();
      } catch (err) {
        announce(err.message);
      }
    } }, LANGUAGES.map(([code, name]) => h('option', { value: code, selected: code === getLang() }, name)));
  add(header, 
    h('div', { class: 'brand' },
      h('span', { class: 'logo', 'aria-hidden': 'true' }, 'LS'),
      h('span', {}, h('strong', {}, 'LoanShare'), ' ', h('span', { class: 'inst' }, me.institution.name ?? `#${me.institution.id ?? '?'}`))),
    h('nav', { 'aria-label': t('main_menu') }, h('ul', {}, links)),
    h('div', { class: 'who' },
      h('span', { class: ['live-dot', state.live ? 'on' : 'off'], title: state.live ? t('live_on') : t('live_off'), role: 'img', 'aria-label': state.live ? t('live_on') : t('live_off') }),
      h('a', { href: '#/account', class: 'user', 'aria-current': current === 'account' ? 'page' : false },
        me.user.name, ' ', h('span', { class: 'badge' }, t(`role_${me.user.role}`))),
      lang,
      h('button', { type: 'button', class: 'link', id: 'sign-out', onclick: signOut }, t('sign_out'))));
  clear(footer);
  add(footer, h('p', {}, t('footer_times', { zone: timeZone() }), ' · ',
    me.agent.connected ? t('agent_connected') : t('agent_disconnected'),
    me.agent.signs ? '' : ` · ${t('agent_no_signer')}`));
}

function startLive() {
  state.stopLive?.();
  state.stopLive = followChain({
    onBlock: (block) => state.chainListeners.forEach((fn) => fn(block)),
    onResync: () => state.chainListeners.forEach((fn) => fn(null)),
    onState: (on) => {
      if (on !== state.live) {
        state.live = on;
        if (state.me) renderHeader();
        if (on) state.chainListeners.forEach((fn) => fn(null));
      }
    },
  });
}

/** What every page gets. */
function context() {
  return {
    me: state.me,
    may,
    institutionIs,
    go,
    announce,
    /** Calls `fn(block)` for each live block (`fn(null)`: reload everything); returns an unsubscribe. */
    onChain(fn) {
      state.chainListeners.add(fn);
      return () => state.chainListeners.delete(fn);
    },
    /** Re-reads the user (after a change of language or password). */
    async refreshMe() {
      state.me = await api.get('/app/api/me');
      setLang(state.me.user.lang);
      renderHeader();
    },
    signOut: () => showSignIn(t('signed_out_password')),
  };
}

async function route() {
  if (!state.me) return;
  const [path, ...args] = (window.location.hash.replace(/^#\/?/, '') || '').split('/');
  const all = pages();
  const fallback = institutionIs('Participator') ? 'market' : 'mine';
  const page = all.find((p) => p.path === path && (p.show || p.path === 'plan' || p.path === 'account'));
  if (!page) {
    go(fallback);
    return;
  }
  const seq = ++state.routeSeq;
  state.cleanup?.();
  state.cleanup = null;
  state.chainListeners.clear();
  renderHeader();
  clear(main);
  document.title = `${t(page.title)} · LoanShare`;
  try {
    const cleanup = (await page.module.render(main, context(), { args, view: page.view })) ?? null;
    if (seq !== state.routeSeq) {
      // Another page was opened meanwhile: this one is already gone.
      cleanup?.();
      return;
    }
    state.cleanup = cleanup;
  } catch (err) {
    if (seq === state.routeSeq) add(main, h('p', { class: 'error', role: 'alert' }, err.message));
    return;
  }
  // Move focus to the page's heading, so keyboard and screen-reader users start there.
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}

function start(me) {
  state.me = me;
  setCsrf(me.csrf);
  setLang(me.user.lang);
  document.documentElement.lang = getLang() === 'zh' ? 'zh-CN' : 'en';
  startLive();
  renderHeader();
  route();
}

function showSignIn(message) {
  state.stopLive?.();
  state.stopLive = null;
  state.cleanup?.();
  state.cleanup = null;
  state.me = null;
  state.chainListeners.clear();
  setCsrf(null);
  clear(header);
  clear(footer);
  document.title = `${t('sign_in')} · LoanShare`;
  signin.render(main, { message, onSignedIn: start });
}

async function signOut() {
  try {
    await api.post('/app/api/logout');
  } catch {
    // Signed out either way.
  }
  showSignIn(t('signed_out'));
}

whenSignedOut(() => {
  if (state.me) showSignIn(t('session_ended'));
});
window.addEventListener('hashchange', route);

(async () => {
  try {
    start(await api.get('/app/api/me'));
  } catch (err) {
    showSignIn(err.status === 401 ? undefined : err.message);
  }
})();
