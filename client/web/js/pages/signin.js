// The sign-in page: a user of the agent (added with `loanshare user add` or by an
// administrator) signs in with a name and a password. Repeated failures are slowed down
// by the agent.
import { api } from '../api.js';
import { h, add, clear, field } from '../dom.js';
import { t, setLang, getLang, LANGUAGES } from '../i18n.js';

/** Shows the form; `onSignedIn(me)` when the agent accepts the password. */
export function render(main, { message, onSignedIn }) {
  clear(main);
  const error = h('p', { class: 'error', role: 'alert', id: 'signin-error' }, message ?? '');
  const name = h('input', { id: 'signin-name', name: 'username', autocomplete: 'username', required: true,
    autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { id: 'signin-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'signin-submit' }, t('sign_in'));
  const languages = h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('language') },
    LANGUAGES.map(([code, label]) => h('button', {
      type: 'button',
      class: 'link',
      lang: code === 'zh' ? 'zh-CN' : 'en',
      'aria-pressed': code === getLang() ? 'true' : 'false',
      onclick: () => {
        setLang(code);
        document.documentElement.lang = code === 'zh' ? 'zh-CN' : 'en';
        render(main, { message, onSignedIn });
      },
    }, label)));
  const form = h('form', {
    class: 'card narrow',
    'aria-labelledby': 'signin-title',
    novalidate: true,
    onsubmit: async (e) => {
      e.preventDefault();
      if (!name.value.trim() || !password.value) {
        error.textContent = t('signin_fill_in');
        (name.value.trim() ? password : name).focus();
        return;
      }
      submit.disabled = true;
      error.textContent = '';
      try {
        const me = await api.post('/app/api/login', { name: name.value.trim(), password: password.value });
        password.value = '';
        onSignedIn(me);
      } catch (err) {
        password.value = '';
        error.textContent = err.status === 401 ? t('wrong_credentials')
          : err.status === 429 ? t('too_many_attempts') : err.message;
        submit.disabled = false;
        password.focus();
      }
    },
  },
  h('h1', { id: 'signin-title', tabindex: '-1' }, t('sign_in_title')),
  h('p', { class: 'muted' }, t('sign_in_intro')),
  field(t('user_name'), name),
  field(t('password'), password),
  error,
  h('div', { class: 'actions' }, submit),
  languages);
  add(main, h('div', { class: 'signin-page' },
    h('div', { class: 'brand big', 'aria-hidden': 'true' }, h('span', { class: 'logo' }, 'LS'), ' LoanShare'),
    form));
  name.focus();
}
