// One plan: its terms, risk data and links; for a participant, taking a share (the fee is
// computed by the agent before anything is signed), then following the handoff to
// delivered and opening the borrower data (loan officers only; the data is shown in the
// page and kept nowhere else); for the contributor, its confirmations and handoffs.
import { api, query } from '../api.js';
import { h, add, clear, field, facts, table, debounce } from '../dom.js';
import { t } from '../i18n.js';
import { rmb, token, rate, dateTime, loanType, planStatus, handoffStatus, fenToRmbText, percentToBp } from '../format.js';

const OPENABLE = ['delivered', 'complained', 'accepted', 'released', 'ruled_release'];
const SETTLED_BACK = ['refunded', 'bad_delivery', 'ruled_refund'];

function purchaseDate(n) {
  const s = String(n ?? '');
  return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6)}` : '—';
}

/** A risk-data link: clickable only when it is a web address. */
function link(text) {
  if (/^https?:\/\/[^\s]+$/i.test(text)) {
    return h('a', { href: text, rel: 'noopener noreferrer', target: '_blank' }, text, h('span', { class: 'sr-only' }, ` (${t('opens_new_tab')})`));
  }
  return h('span', {}, text);
}

/** A refusal of the chain, in the user's language. */
function problemText(p) {
  const v = p.values ?? {};
  const vars = {
    min_share: v.min_share && rmb(v.min_share),
    left: v.left && rmb(v.left),
    min_rate: v.min_rate_bp !== undefined ? rate(v.min_rate_bp) : '',
    max_rate: v.max_rate_bp !== undefined ? rate(v.max_rate_bp) : '',
    balance: v.balance && token(v.balance),
    start: v.start_ms && dateTime(v.start_ms),
    end: v.end_ms && dateTime(v.end_ms),
    max_participants: v.max_participants,
    status: v.status,
  };
  const key = `problem_${p.code}`;
  const text = t(key, vars);
  return text === key ? p.message : text;
}

export async function render(main, ctx, { args }) {
  const id = Number(args[0]);
  if (!Number.isSafeInteger(id) || id < 0) {
    add(main, h('h1', {}, t('nav_plan')), h('p', { class: 'error', role: 'alert' }, t('no_such_plan')));
    return null;
  }
  const officer = ctx.may('officer');
  const title = h('h1', {}, t('plan_title', { id }));
  const summary = h('section', { id: 'plan-summary', 'aria-labelledby': 'summary-title' });
  const shareSection = h('section', { id: 'share', class: 'card', 'aria-labelledby': 'share-title' });
  const handoffSection = h('section', { id: 'handoff', class: 'card', 'aria-labelledby': 'handoff-title', hidden: true });
  const borrower = h('section', { id: 'borrower', class: 'card secret', 'aria-labelledby': 'borrower-title', hidden: true });
  const contributorSection = h('section', { id: 'contributor-view', hidden: true });
  const error = h('p', { class: 'error', role: 'alert' });
  add(main, h('p', {}, h('a', { href: '#/market' }, t('back_to_market'))), title, error, summary,
    shareSection, handoffSection, borrower, contributorSection);

  let data = null;
  let shareBuilt = false;

  async function load() {
    try {
      data = await api.get(`/app/api/plans/${id}`);
      error.textContent = '';
    } catch (err) {
      error.textContent = err.status === 404 ? t('no_such_plan') : err.message;
      return;
    }
    draw();
  }

  function draw() {
    const p = data.plan;
    const input = p.input_json ?? {};
    const risk = input.risk ?? {};
    title.textContent = t('plan_title', { id: p.id });
    add(title, ' ', h('span', { class: 'muted' }, p.external_ref));
    clear(summary);
    add(summary, 
      h('h2', { id: 'summary-title', class: 'sr-only' }, t('plan_summary')),
      h('div', { class: 'columns' },
        h('div', { class: 'card' }, h('h2', {}, t('the_loan')), facts([
          [t('contributor'), p.contributor_name ?? `#${p.contributor}`],
          [t('loan_type'), loanType(p.loan_type)],
          [t('amount'), rmb(p.amount)],
          [t('status'), h('span', { class: `badge s-${p.status}` }, planStatus(p.status))],
          [t('window'), `${dateTime(p.start_ms)} – ${dateTime(p.end_ms)}`],
          [t('published_block'), `#${p.published_block}`],
        ])),
        h('div', { class: 'card' }, h('h2', {}, t('risk_data')), facts([
          [t('risk_score'), String(p.risk_score)],
          [t('approved_limit'), rmb(risk.approved_limit)],
          [t('suggested_share'), rmb(risk.suggested_share_limit)],
          input.car ? [t('car_mileage'), t('km', { n: input.car.mileage_km })] : null,
          input.car ? [t('car_purchased'), purchaseDate(input.car.purchase_date)] : null,
          [t('risk_links'), (input.links ?? []).length
            ? h('ul', { class: 'links' }, input.links.map((l) => h('li', {}, link(l)))) : t('none')],
        ])),
        h('div', { class: 'card' }, h('h2', {}, t('share_conditions')), facts([
          [t('shared_limit'), rmb(p.shared_limit)],
          [t('taken'), rmb(p.taken)],
          [t('left'), rmb(p.left)],
          [t('min_share'), rmb(p.min_share)],
          [t('rate_range'), `${rate(p.min_rate_bp)} – ${rate(p.max_rate_bp)}`],
          [t('fee_rate'), t('fee_rate_value', { n: p.token_rate })],
          [t('participants'), `${p.participants} / ${p.max_participants}`],
        ]))));
    const mine = data.mine;
    const h0 = data.my_handoff;
    const activeShare = h0 && !SETTLED_BACK.includes(h0.status);
    shareSection.hidden = mine || activeShare || p.status !== 'open';
    if (!shareSection.hidden && !shareBuilt) buildShare(p);
    handoffSection.hidden = mine || !h0;
    if (!handoffSection.hidden) drawHandoff(h0);
    contributorSection.hidden = !mine;
    if (mine) drawContributor();
  }

  function buildShare(p) {
    shareBuilt = true;
    clear(shareSection);
    const amount = h('input', { id: 'share-amount', inputmode: 'decimal', value: fenToRmbText(p.min_share), required: true });
    const rateInput = h('input', { id: 'share-rate', inputmode: 'decimal', value: (p.min_rate_bp / 100).toFixed(2), required: true });
    const fee = h('output', { id: 'share-fee', for: 'share-amount share-rate', 'aria-live': 'polite' }, '…');
    const problems = h('ul', { id: 'share-problems', class: 'problems' });
    const review = h('button', { type: 'submit', class: 'primary', id: 'share-review', disabled: true }, t('review_share'));
    const confirmBox = h('div', { id: 'share-confirm', class: 'confirm', hidden: true, role: 'group', 'aria-labelledby': 'confirm-title' });
    const progress = h('p', { id: 'share-progress', role: 'status' });
    let terms = null;

    const check = debounce(async () => {
      terms = null;
      review.disabled = true;
      clear(problems);
      const bp = percentToBp(rateInput.value);
      if (!amount.value.trim() || bp === null) {
        fee.textContent = '—';
        add(problems, h('li', {}, bp === null ? t('bad_rate') : t('enter_amount')));
        return;
      }
      fee.textContent = t('computing');
      try {
        const tm = await api.get(`/app/api/plans/${id}/fee${query({ amount: amount.value.trim(), rate_bp: bp })}`);
        terms = tm;
        fee.textContent = tm.fee ? token(tm.fee) : '—';
        tm.problems.forEach((x) => add(problems, h('li', { 'data-code': x.code }, problemText(x))));
        review.disabled = !officer || tm.problems.length > 0;
      } catch (err) {
        fee.textContent = '—';
        add(problems, h('li', {}, err.message));
      }
    }, 300);
    amount.addEventListener('input', check);
    rateInput.addEventListener('input', check);

    const form = h('form', {
      onsubmit: (e) => {
        e.preventDefault();
        if (!terms || terms.problems.length) return;
        clear(confirmBox);
        const sign = h('button', { type: 'button', class: 'primary', id: 'share-sign' }, t('sign_and_send'));
        const cancel = h('button', { type: 'button', onclick: () => { confirmBox.hidden = true; review.focus(); } }, t('cancel'));
        sign.addEventListener('click', async () => {
          sign.disabled = true;
          cancel.disabled = true;
          progress.textContent = t('signing');
          try {
            await api.post(`/app/api/plans/${id}/confirm`, { amount: amount.value.trim(), rate_bp: terms.rate_bp });
            progress.textContent = t('share_taken');
            ctx.announce(t('share_taken'));
            confirmBox.hidden = true;
            await load();
            document.getElementById('handoff-title')?.focus();
          } catch (err) {
            progress.textContent = '';
            add(confirmBox, h('p', { class: 'error', role: 'alert' }, err.message));
            sign.disabled = false;
            cancel.disabled = false;
          }
        });
        add(confirmBox, 
          h('h3', { id: 'confirm-title' }, t('confirm_title')),
          h('p', {}, t('confirm_text', { amount: rmb(terms.amount), rate: rate(terms.rate_bp), id, fee: token(terms.fee) })),
          h('p', { class: 'muted' }, t('confirm_fee_held')),
          h('div', { class: 'actions' }, sign, cancel));
        confirmBox.hidden = false;
        sign.focus();
      },
    },
    h('div', { class: 'row' },
      field(t('share_amount_rmb'), amount, t('share_amount_hint', { min: rmb(p.min_share), left: rmb(p.left) })),
      field(t('share_rate_percent'), rateInput, t('share_rate_hint', { min: rate(p.min_rate_bp), max: rate(p.max_rate_bp) })),
      h('div', { class: 'field' }, h('span', { class: 'label', id: 'fee-label' }, t('fee_before_signing')), fee)),
    problems,
    h('div', { class: 'actions' }, review),
    officer ? null : h('p', { class: 'note', id: 'share-officers-only' }, t('officer_only_confirm')),
    ctx.me.agent.signs ? null : h('p', { class: 'note' }, t('agent_no_signer')));
    add(shareSection, h('h2', { id: 'share-title', tabindex: '-1' }, t('take_share')), form, confirmBox, progress);
    check();
  }

  function drawHandoff(ho) {
    clear(handoffSection);
    const steps = ['pending', 'delivered', ho.status === 'released' ? 'released' : 'accepted'];
    const reached = { pending: 0, delivered: 1, complained: 1, accepted: 2, released: 2, ruled_release: 2 }[ho.status] ?? -1;
    const openBtn = h('button', { type: 'button', class: 'primary', id: 'open-data',
      disabled: !officer || !OPENABLE.includes(ho.status) || !ctx.me.agent.opens }, t('open_borrower_data'));
    openBtn.addEventListener('click', () => openData(openBtn));
    const acceptBtn = ho.status === 'delivered' && officer
      ? h('button', { type: 'button', id: 'accept-delivery', onclick: (e) => accept(e.target) }, t('accept_delivery')) : null;
    add(handoffSection, 
      h('h2', { id: 'handoff-title', tabindex: '-1' }, t('your_handoff')),
      h('ol', { class: 'steps', 'aria-label': t('handoff_progress') }, steps.map((s, i) => h('li', {
        class: i <= reached ? 'done' : '', 'aria-current': i === reached ? 'step' : false,
      }, handoffStatus(s)))),
      h('p', { id: 'handoff-status', 'data-status': ho.status, role: 'status' },
        h('span', { class: `badge h-${ho.status}` }, handoffStatus(ho.status)), ' ', t(`handoff_explain_${ho.status}`, {
          block: ho.challenge_until ?? '', requested: ho.requested_block })),
      facts([
        [t('requested_block'), `#${ho.requested_block}`],
        [t('delivered_block'), ho.delivered_block ? `#${ho.delivered_block}` : '—'],
        [t('challenge_until'), ho.challenge_until ? `#${ho.challenge_until}` : '—'],
      ]),
      h('div', { class: 'actions' }, openBtn, acceptBtn),
      officer ? null : h('p', { class: 'note', id: 'open-officers-only' }, t('officer_only_open')));
  }

  async function openData(button) {
    button.disabled = true;
    clear(borrower);
    try {
      const d = await api.post(`/app/api/plans/${id}/open`);
      add(borrower, 
        h('h2', { id: 'borrower-title', tabindex: '-1' }, t('borrower_data')),
        h('p', { class: 'muted' }, t('borrower_data_note')),
        facts([
          [t('borrower_name'), d.name],
          [t('id_number'), d.id_number],
          [t('mobile'), d.mobile],
          d.licence_plate ? [t('licence_plate'), d.licence_plate] : null,
          d.engine_number ? [t('engine_number'), d.engine_number] : null,
        ], 'facts borrower-data'),
        h('div', { class: 'actions' }, h('button', { type: 'button', id: 'hide-data', onclick: () => {
          clear(borrower);
          borrower.hidden = true;
          button.disabled = false;
          button.focus();
        } }, t('hide_data'))));
      borrower.hidden = false;
      borrower.querySelector('h2').focus();
    } catch (err) {
      add(borrower, h('h2', { id: 'borrower-title' }, t('borrower_data')),
        h('p', { class: 'error', role: 'alert', id: 'open-error' }, err.status === 403 ? t('open_forbidden') : err.message));
      borrower.hidden = false;
      button.disabled = false;
    }
  }

  async function accept(button) {
    button.disabled = true;
    ctx.announce(t('signing'));
    try {
      await api.post(`/app/api/plans/${id}/accept`);
      ctx.announce(t('accepted_now'));
      await load();
    } catch (err) {
      error.textContent = err.message;
      button.disabled = false;
    }
  }

  function drawContributor() {
    clear(contributorSection);
    add(contributorSection, 
      h('h2', {}, t('confirmations')),
      data.confirmations.length ? table(null, [t('participant'), t('amount'), t('rate'), t('fee'), t('block'), t('returned')],
        data.confirmations.map((c) => ({ cells: [c.participant_name ?? `#${c.participant}`, rmb(c.amount), rate(c.rate_bp),
          token(c.fee), `#${c.block_number}`, c.returned_block ? `#${c.returned_block}` : '—'] })), { id: 'confirmations-table' })
        : h('p', { class: 'empty' }, t('no_confirmations')),
      h('h2', {}, t('handoffs')),
      data.handoffs.length ? table(null, [t('participant'), t('status'), t('requested_block'), t('delivered_block'), t('challenge_until'), t('settled_block')],
        data.handoffs.map((x) => ({ props: { 'data-participant': x.participant }, cells: [x.participant_name ?? `#${x.participant}`,
          h('span', { class: `badge h-${x.status}` }, handoffStatus(x.status)), `#${x.requested_block}`,
          x.delivered_block ? `#${x.delivered_block}` : '—', x.challenge_until ? `#${x.challenge_until}` : '—',
          x.settled_block ? `#${x.settled_block}` : '—'] })), { id: 'handoffs-table' })
        : h('p', { class: 'empty' }, t('no_handoffs')));
  }

  await load();
  const reload = debounce(load, 200);
  return ctx.onChain((block) => {
    if (!block || block.events.some((e) => e.fields && (e.fields.plan === id))) reload();
  });
}
