// The institution's own business: the plans it published, with their confirmations and
// handoff states (live), and the shares it took, with each handoff's state.
import { api, query } from '../api.js';
import { h, add, clear, table, debounce } from '../dom.js';
import { t } from '../i18n.js';
import { rmb, rate, dateTime, loanType, planStatus, handoffStatus } from '../format.js';

function handoffCounts(counts) {
  const entries = Object.entries(counts ?? {});
  if (!entries.length) return '—';
  return h('span', {}, entries.map(([s, n]) => h('span', { class: `badge h-${s}` }, `${handoffStatus(s)}: ${n}`)));
}

export async function render(main, ctx) {
  const plansBox = h('div', { id: 'my-plans' });
  const sharesBox = h('div', { id: 'my-shares' });
  const error = h('p', { class: 'error', role: 'alert' });
  add(main, h('h1', {}, t('mine_title')), error,
    ctx.institutionIs('Contributor') ? h('section', { 'aria-labelledby': 'my-plans-title' },
      h('h2', { id: 'my-plans-title' }, t('my_plans')),
      ctx.may('officer') ? h('p', {}, h('a', { href: '#/upload', class: 'button' }, t('nav_upload'))) : null,
      plansBox) : null,
    h('section', { 'aria-labelledby': 'my-shares-title' }, h('h2', { id: 'my-shares-title' }, t('my_shares')), sharesBox));

  async function load() {
    try {
      const [mine, shares] = await Promise.all([
        ctx.institutionIs('Contributor') ? api.get(`/app/api/plans${query({ mine: true })}`) : Promise.resolve({ plans: [] }),
        api.get(`/app/api/handoffs${query({ as: 'participant', limit: 500 })}`),
      ]);
      error.textContent = '';
      clear(plansBox);
      add(plansBox, mine.plans.length ? table(null,
        [t('plan'), t('loan_type'), t('amount'), t('taken_of_limit'), t('participants'), t('rate_range'), t('ends'), t('status'), t('handoffs')],
        mine.plans.map((p) => ({ rowHeader: true, props: { 'data-plan': p.id }, cells: [
          h('a', { href: `#/plan/${p.id}` }, `#${p.id}`, ' ', h('span', { class: 'muted' }, p.external_ref)),
          loanType(p.loan_type), rmb(p.amount), `${rmb(p.taken)} / ${rmb(p.shared_limit)}`,
          `${p.participants} / ${p.max_participants}`, `${rate(p.min_rate_bp)} – ${rate(p.max_rate_bp)}`,
          dateTime(p.end_ms), h('span', { class: `badge s-${p.status}` }, planStatus(p.status)), handoffCounts(p.handoffs),
        ] })), { id: 'my-plans-table' }) : h('p', { class: 'empty' }, t('no_own_plans')));
      clear(sharesBox);
      add(sharesBox, shares.length ? table(null,
        [t('plan'), t('contributor'), t('status'), t('requested_block'), t('delivered_block'), t('challenge_until')],
        shares.map((x) => ({ rowHeader: true, props: { 'data-plan': x.plan }, cells: [
          h('a', { href: `#/plan/${x.plan}` }, `#${x.plan}`), `#${x.contributor}`,
          h('span', { class: `badge h-${x.status}` }, handoffStatus(x.status)), `#${x.requested_block}`,
          x.delivered_block ? `#${x.delivered_block}` : '—', x.challenge_until ? `#${x.challenge_until}` : '—',
        ] })), { id: 'my-shares-table' }) : h('p', { class: 'empty' }, t('no_shares')));
    } catch (err) {
      error.textContent = err.message;
    }
  }
  await load();
  const reload = debounce(load, 250);
  return ctx.onChain((block) => {
    if (!block || block.events.some((e) => e.pallet === 'LoanShare' || e.pallet === 'KeyExchange')) reload();
  });
}
