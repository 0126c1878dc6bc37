// Open plans of the consortium, live: the list reloads as the agent mirrors each block, so
// new plans appear without reloading the page (and are announced). Filters: loan type,
// amount, rate, risk score, status; the institution's own plans are hidden unless asked.
import { api, query } from '../api.js';
import { h, add, clear, field, table, debounce } from '../dom.js';
import { t } from '../i18n.js';
import { rmb, rate, dateTime, loanType, planStatus, handoffStatus, LOAN_TYPES, percentToBp } from '../format.js';

export async function render(main, ctx) {
  const known = new Set();
  let first = true;
  const f = {
    loanType: h('select', { id: 'filter-type' }, h('option', { value: '' }, t('all')),
      LOAN_TYPES.map((x) => h('option', { value: x }, loanType(x)))),
    status: h('select', { id: 'filter-status' },
      ['open', 'filled', 'expired', 'withdrawn', ''].map((s) => h('option', { value: s }, s ? planStatus(s) : t('all')))),
    minAmount: h('input', { id: 'filter-min-amount', inputmode: 'decimal', size: 10 }),
    maxAmount: h('input', { id: 'filter-max-amount', inputmode: 'decimal', size: 10 }),
    minRate: h('input', { id: 'filter-min-rate', inputmode: 'decimal', size: 6 }),
    maxRate: h('input', { id: 'filter-max-rate', inputmode: 'decimal', size: 6 }),
    minScore: h('input', { id: 'filter-min-score', inputmode: 'numeric', size: 6 }),
    maxScore: h('input', { id: 'filter-max-score', inputmode: 'numeric', size: 6 }),
    own: h('input', { id: 'filter-own', type: 'checkbox' }),
  };
  const error = h('p', { class: 'error', role: 'alert' });
  const count = h('p', { class: 'muted', id: 'plan-count', 'aria-live': 'polite' });
  const list = h('div', { id: 'plan-list' });

  async function load() {
    const minRate = f.minRate.value.trim() ? percentToBp(f.minRate.value) : null;
    const maxRate = f.maxRate.value.trim() ? percentToBp(f.maxRate.value) : null;
    if ((f.minRate.value.trim() && minRate === null) || (f.maxRate.value.trim() && maxRate === null)) {
      error.textContent = t('bad_rate');
      return;
    }
    let data;
    try {
      data = await api.get(`/app/api/plans${query({
        status: f.status.value,
        loan_type: f.loanType.value,
        min_amount: f.minAmount.value.trim(),
        max_amount: f.maxAmount.value.trim(),
        min_rate_bp: minRate,
        max_rate_bp: maxRate,
        min_score: f.minScore.value.trim(),
        max_score: f.maxScore.value.trim(),
      })}`);
      error.textContent = '';
    } catch (err) {
      error.textContent = err.message;
      return;
    }
    const plans = data.plans.filter((p) => f.own.checked || !p.mine);
    const fresh = first ? [] : plans.filter((p) => !known.has(p.id));
    plans.forEach((p) => known.add(p.id));
    first = false;
    count.textContent = t('plans_shown', { n: plans.length });
    if (fresh.length) ctx.announce(t('new_plans', { ids: fresh.map((p) => `#${p.id}`).join(', ') }));
    const freshIds = new Set(fresh.map((p) => p.id));
    clear(list);
    if (!plans.length) {
      add(list, h('p', { class: 'empty' }, t('no_plans')));
      return;
    }
    add(list, table(t('open_plans_caption'), [
      t('plan'), t('contributor'), t('loan_type'), t('amount'), t('risk_score'), t('left_of_limit'),
      t('rate_range'), t('min_share'), t('fee_rate'), t('ends'), t('status'),
    ], plans.map((p) => ({
      rowHeader: true,
      props: { 'data-plan': p.id, class: freshIds.has(p.id) ? 'new' : '' },
      cells: [
        h('a', { href: `#/plan/${p.id}` }, `#${p.id}`, ' ', h('span', { class: 'muted' }, p.external_ref)),
        p.contributor_name ?? `#${p.contributor}`,
        loanType(p.loan_type),
        rmb(p.amount),
        String(p.risk_score),
        h('span', {}, rmb(p.left), h('br'), h('small', { class: 'muted' }, t('of_limit', { limit: rmb(p.shared_limit) }))),
        `${rate(p.min_rate_bp)} – ${rate(p.max_rate_bp)}`,
        rmb(p.min_share),
        t('fee_rate_value', { n: p.token_rate }),
        dateTime(p.end_ms),
        h('span', {}, h('span', { class: `badge s-${p.status}` }, planStatus(p.status)),
          p.mine ? h('span', { class: 'badge mine' }, t('yours')) : null,
          p.my_handoff ? h('span', { class: `badge h-${p.my_handoff}` }, t('your_share'), ': ', handoffStatus(p.my_handoff)) : null),
      ],
    })), { id: 'plans-table' }));
  }

  const reload = debounce(load, 250);
  const form = h('form', { class: 'filters', 'aria-label': t('filters'), onsubmit: (e) => { e.preventDefault(); load(); } },
    field(t('loan_type'), f.loanType),
    field(t('status'), f.status),
    h('fieldset', {}, h('legend', {}, t('amount_rmb')), field(t('from'), f.minAmount), field(t('to'), f.maxAmount)),
    h('fieldset', {}, h('legend', {}, t('rate_percent')), field(t('from'), f.minRate), field(t('to'), f.maxRate)),
    h('fieldset', {}, h('legend', {}, t('risk_score')), field(t('from'), f.minScore), field(t('to'), f.maxScore)),
    h('div', { class: 'field check' }, f.own, h('label', { for: 'filter-own' }, t('show_own'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('apply_filters'))));
  for (const el of Object.values(f)) el.addEventListener(el.tagName === 'SELECT' || el.type === 'checkbox' ? 'change' : 'input', reload);

  add(main, 
    h('h1', {}, t('market_title')),
    h('p', { class: 'muted' }, t('market_intro')),
    form, error, count, list);
  await load();
  return ctx.onChain((block) => {
    if (!block || block.events.some((e) => e.pallet === 'LoanShare' || e.pallet === 'KeyExchange')) reload();
  });
}
