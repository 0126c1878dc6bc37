// Tokens: the institution's balance, its redemption requests and its token history; loan
// officers ask for redemptions, and a token issuer's officers record recharges (tokens
// minted against an RMB payment received off-chain).
import { api } from '../api.js';
import { h, add, clear, field, facts, table } from '../dom.js';
import { t } from '../i18n.js';
import { token } from '../format.js';

function redemptionStatus(s) {
  if (typeof s === 'string') return t(`redemption_${s}`);
  const [k, v] = Object.entries(s ?? {})[0] ?? ['?', ''];
  return t(`redemption_${k}`, { issuer: v });
}

export async function render(main, ctx) {
  const box = h('div', { id: 'tokens' });
  add(main, h('h1', {}, t('tokens_title')), box);

  async function load() {
    let d;
    try {
      d = await api.get('/app/api/tokens');
    } catch (err) {
      add(clear(box), h('p', { class: 'error', role: 'alert' }, err.message));
      return;
    }
    const name = (id) => (id === null || id === undefined) ? '—' : (d.names[id] ?? `#${id}`);
    clear(box);
    add(box, 
      h('section', { class: 'card', 'aria-labelledby': 'balance-title' },
        h('h2', { id: 'balance-title' }, t('balance')),
        h('p', { class: 'big-number', id: 'token-balance' }, d.balance === null ? '—' : token(d.balance)),
        d.chain_error ? h('p', { class: 'error' }, d.chain_error) : null,
        h('p', { class: 'muted' }, t('token_explain'))),
      h('div', { class: 'columns' },
        h('section', { class: 'card', 'aria-labelledby': 'recharge-title' },
          h('h2', { id: 'recharge-title' }, t('recharge_title')),
          h('p', {}, t('recharge_how')),
          d.issuer && ctx.may('officer') ? rechargeForm(load) : null),
        h('section', { class: 'card', 'aria-labelledby': 'redeem-title' },
          h('h2', { id: 'redeem-title' }, t('redeem_title')),
          h('p', {}, t('redeem_how')),
          ctx.may('officer') ? redeemForm(load) : h('p', { class: 'note' }, t('officer_only_tokens')))),
      h('section', { 'aria-labelledby': 'redemptions-title' },
        h('h2', { id: 'redemptions-title' }, t('redemptions')),
        d.redemptions.length ? table(null, [t('request'), t('amount_token'), t('status')],
          d.redemptions.map((r) => ({ rowHeader: true, cells: [`#${r.id}`, token(r.amount), redemptionStatus(r.status)] })))
          : h('p', { class: 'empty' }, t('no_redemptions'))),
      h('section', { 'aria-labelledby': 'history-title' },
        h('h2', { id: 'history-title' }, t('history')),
        d.movements.length ? table(null, [t('block'), t('movement'), t('from'), t('to'), t('amount_token'), t('reference')],
          d.movements.map((m) => ({ cells: [`#${m.block_number}`, t(`movement_${m.kind}`), name(m.from_inst), name(m.to_inst),
            h('span', { class: m.to_inst === d.institution && m.from_inst !== d.institution ? 'credit' : 'debit' }, token(m.amount)),
            m.reference ?? (m.ref_id !== null && m.ref_id !== undefined ? `#${m.ref_id}` : '—')] })), { id: 'history-table' })
          : h('p', { class: 'empty' }, t('no_movements'))));
  }

  function redeemForm(done) {
    const amount = h('input', { id: 'redeem-amount', inputmode: 'decimal', required: true });
    const out = h('p', { role: 'status' });
    return h('form', { onsubmit: async (e) => {
      e.preventDefault();
      out.textContent = t('signing');
      try {
        await api.post('/app/api/tokens/redeem', { amount: amount.value.trim() });
        out.textContent = t('redeem_sent');
        amount.value = '';
        await done();
      } catch (err) {
        out.textContent = err.message;
      }
    } }, field(t('amount_token'), amount), h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('redeem_submit'))), out);
  }

  function rechargeForm(done) {
    const to = h('input', { id: 'recharge-to', inputmode: 'numeric', required: true });
    const amount = h('input', { id: 'recharge-amount', inputmode: 'decimal', required: true });
    const ref = h('input', { id: 'recharge-ref', required: true });
    const out = h('p', { role: 'status' });
    return h('form', { onsubmit: async (e) => {
      e.preventDefault();
      out.textContent = t('signing');
      try {
        await api.post('/app/api/tokens/recharge', { to: Number(to.value), amount: amount.value.trim(), payment_ref: ref.value.trim() });
        out.textContent = t('recharge_sent');
        await done();
      } catch (err) {
        out.textContent = err.message;
      }
    } }, h('div', { class: 'row' }, field(t('institution_id'), to), field(t('amount_rmb'), amount), field(t('payment_ref'), ref)),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('recharge_submit'))), out);
  }

  await load();
  return ctx.onChain((block) => {
    if (!block || block.events.some((e) => e.pallet === 'Token')) load();
  });
}
