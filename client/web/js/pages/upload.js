// Publishing a plan sheet (loan officers of a contributor): upload an XLSX or CSV sheet; the
// agent checks every cell exactly as `loanshare import` does and names every problem by row
// and column. A bad cell is fixed here, in the table, and the sheet checked again without
// uploading it again; share conditions can be set for every row; then the agent seals the
// borrower data and publishes, and the page shows its progress batch by batch. The
// borrower columns are never shown: a fix replaces them blind.
import { api, query } from '../api.js';
import { h, add, clear, field } from '../dom.js';
import { t } from '../i18n.js';
import { percentToBp } from '../format.js';

const TERMINAL = ['done', 'partial', 'failed'];

export async function render(main, ctx) {
  const file = h('input', { id: 'sheet-file', type: 'file', accept: '.xlsx,.xlsm,.csv,.txt,.tsv', required: true });
  const checkBtn = h('button', { type: 'submit', class: 'primary', id: 'sheet-check' }, t('check_sheet'));
  const uploadError = h('p', { class: 'error', role: 'alert', id: 'upload-error' });
  const work = h('div', { id: 'sheet-work' });
  let draft = null;
  let poll = null;

  const form = h('form', { class: 'card', 'aria-labelledby': 'upload-title', onsubmit: async (e) => {
    e.preventDefault();
    uploadError.textContent = '';
    const f = file.files && file.files[0];
    if (!f) {
      uploadError.textContent = t('choose_file');
      file.focus();
      return;
    }
    checkBtn.disabled = true;
    ctx.announce(t('checking'));
    try {
      draft = await api.upload(`/app/api/sheets${query({ name: f.name })}`, f);
      draw({ focus: 'summary' });
    } catch (err) {
      uploadError.textContent = err.message;
    } finally {
      checkBtn.disabled = false;
    }
  } },
  h('h2', { id: 'upload-title' }, t('upload_step')),
  field(t('sheet_file'), file, t('sheet_file_hint')),
  h('div', { class: 'actions' }, checkBtn),
  uploadError);

  add(main, h('h1', {}, t('upload_title')), h('p', { class: 'muted' }, t('upload_intro')), form, work);

  async function change(request, focusCell) {
    try {
      draft = await request();
      draw({ focus: focusCell ? 'cell' : 'summary', cell: focusCell });
    } catch (err) {
      ctx.announce(err.message);
      const box = document.getElementById('sheet-summary');
      if (box) add(box, h('p', { class: 'error', role: 'alert' }, err.message));
    }
  }

  function cellKey(row, letter) {
    return `${row}:${letter}`;
  }

  function draw({ focus, cell } = {}) {
    clear(work);
    const c = draft.check ?? {};
    const cells = c.cells ?? [];
    const bad = new Map(cells.map((x) => [cellKey(x.row, x.column), x]));
    const badRows = new Set(cells.map((x) => x.row));
    const published = !!draft.publish;

    // What the check found.
    const summary = h('section', { id: 'sheet-summary', class: ['card', c.ok ? 'ok' : 'bad'], 'aria-labelledby': 'summary-title', tabindex: '-1' },
      h('h2', { id: 'summary-title' }, t('check_result', { name: draft.filename })));
    if (c.error) add(summary, h('p', { class: 'error' }, c.error));
    else if (c.ok) add(summary, h('p', { id: 'sheet-ok' }, t('sheet_ok', { rows: c.rows, publish: c.to_publish, skipped: c.skipped })));
    else if (!c.sheet_errors?.length && !cells.length) add(summary, h('p', {}, t('sheet_nothing', { rows: c.rows ?? 0, skipped: c.skipped ?? 0 })));
    else {
      add(summary, h('p', { id: 'sheet-problem-count' }, t('sheet_problems', { n: (c.sheet_errors?.length ?? 0) + cells.length, rows: badRows.size })));
      add(summary, h('ul', { class: 'problems', id: 'sheet-problems' },
        (c.sheet_errors ?? []).map((m) => h('li', { class: 'problem' }, m)),
        cells.map((x) => h('li', { class: 'problem', 'data-cell': cellKey(x.row, x.column) },
          h('button', { type: 'button', class: 'link', onclick: () => focusCellInput(cellKey(x.row, x.column)) },
            t('cell_problem', { row: x.row, column: x.column, header: x.header }), ' '),
          x.value ? h('code', {}, x.value) : null, ' ', x.message))));
    }
    add(work, summary);

    // Share conditions for every row.
    if (!published) add(work, conditionsForm());

    // The sheet itself: problem rows first, every cell editable.
    const rows = [...draft.rows].sort((a, b) => (badRows.has(b.row) - badRows.has(a.row)) || (a.row - b.row));
    const grid = h('table', { id: 'sheet-grid', class: 'grid' },
      h('caption', {}, t('sheet_grid_caption', { shown: rows.length, total: draft.total_rows })),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('row')), draft.headers.map((x) => h('th', { scope: 'col' },
        h('span', { class: 'letter' }, x.letter), ' ', x.header)), h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, t('actions'))))),
      h('tbody', {}, rows.map((r) => h('tr', { class: badRows.has(r.row) ? 'bad' : '', 'data-row': r.row },
        h('th', { scope: 'row' }, String(r.row)),
        draft.headers.map((x, i) => {
          const key = cellKey(r.row, x.letter);
          const problem = bad.get(key);
          const v = r.cells[i];
          const hidden = v && typeof v === 'object';
          const input = h('input', {
            'data-cell': key,
            value: hidden ? '' : v,
            placeholder: hidden ? t('hidden_cell', { n: v.hidden }) : '',
            'aria-label': t('cell_label', { row: r.row, column: x.letter, header: x.header }),
            'aria-invalid': problem ? 'true' : false,
            title: problem ? problem.message : '',
            disabled: published,
            class: problem ? 'invalid' : '',
            size: Math.min(Math.max(String(hidden ? '' : v).length, 6), 24),
          });
          const original = input.value;
          const save = () => {
            if (input.value === original || (hidden && input.value === '')) return;
            change(() => api.put(`/app/api/sheets/${draft.id}/cells`, { row: r.row, column: x.letter, value: input.value }), key);
          };
          input.addEventListener('change', save);
          input.addEventListener('keydown', (e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              save();
            } else if (e.key === 'Escape') {
              input.value = original;
            }
          });
          return h('td', { class: problem ? 'invalid' : '' }, input);
        }),
        h('td', {}, published ? null : h('button', { type: 'button', class: 'link', 'aria-label': t('remove_row_n', { row: r.row }),
          onclick: () => change(() => api.del(`/app/api/sheets/${draft.id}/rows/${r.row}`)) }, t('remove_row')))))));
    add(work, h('section', { class: 'card', 'aria-labelledby': 'grid-title' },
      h('h2', { id: 'grid-title' }, t('sheet_rows')),
      h('p', { class: 'muted' }, t('grid_help')),
      h('div', { class: 'table-wrap wide' }, grid)));

    // Publishing.
    add(work, publishSection(c));
    if (focus === 'cell' && cell) focusCellInput(cell, true);
    else if (focus === 'summary') summary.focus();
  }

  function focusCellInput(key, quiet) {
    const input = work.querySelector(`input[data-cell="${CSS.escape(key)}"]`);
    if (input) {
      input.focus();
      if (!quiet) input.select();
    }
  }

  function conditionsForm() {
    const inputs = {
      min_rate: h('input', { id: 'cond-min-rate', inputmode: 'decimal', size: 6 }),
      max_rate: h('input', { id: 'cond-max-rate', inputmode: 'decimal', size: 6 }),
      token_rate: h('input', { id: 'cond-token-rate', inputmode: 'numeric', size: 4 }),
      max_participants: h('input', { id: 'cond-max-participants', inputmode: 'numeric', size: 4 }),
      min_share: h('input', { id: 'cond-min-share', inputmode: 'decimal', size: 10 }),
      end: h('input', { id: 'cond-end', size: 16, placeholder: '+30d' }),
    };
    const err = h('p', { class: 'error', role: 'alert' });
    return h('details', { class: 'card', id: 'conditions' },
      h('summary', {}, t('conditions_title')),
      h('form', { onsubmit: (e) => {
        e.preventDefault();
        err.textContent = '';
        const body = {};
        for (const [k, pct] of [['min_rate', 'min_rate_bp'], ['max_rate', 'max_rate_bp']]) {
          const v = inputs[k].value.trim();
          if (!v) continue;
          if (percentToBp(v) === null) {
            err.textContent = t('bad_rate');
            inputs[k].focus();
            return;
          }
          body[pct] = `${v.replace(/%$/, '')}%`;
        }
        if (inputs.token_rate.value.trim()) body.token_rate = inputs.token_rate.value.trim();
        if (inputs.max_participants.value.trim()) body.max_participants = inputs.max_participants.value.trim();
        if (inputs.min_share.value.trim()) body.min_share_rmb = inputs.min_share.value.trim();
        if (inputs.end.value.trim()) body.end = inputs.end.value.trim();
        if (!Object.keys(body).length) {
          err.textContent = t('conditions_empty');
          return;
        }
        change(() => api.put(`/app/api/sheets/${draft.id}/conditions`, body));
      } },
      h('p', { class: 'muted' }, t('conditions_help')),
      h('div', { class: 'row' },
        field(t('min_rate_percent'), inputs.min_rate),
        field(t('max_rate_percent'), inputs.max_rate),
        field(t('token_rate_label'), inputs.token_rate),
        field(t('max_participants'), inputs.max_participants),
        field(t('min_share_rmb'), inputs.min_share),
        field(t('end_time'), inputs.end, t('end_time_hint'))),
      err,
      h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'cond-apply' }, t('apply_to_all_rows')))));
  }

  function publishSection(c) {
    const p = draft.publish;
    const section = h('section', { class: 'card', id: 'publish-section', 'aria-labelledby': 'publish-title' },
      h('h2', { id: 'publish-title' }, t('publish_step')));
    if (!p) {
      const btn = h('button', { type: 'button', class: 'primary', id: 'publish', disabled: !c.ok || !ctx.me.agent.signs },
        c.ok ? t('publish_n', { n: c.to_publish }) : t('publish_plans'));
      btn.addEventListener('click', async () => {
        btn.disabled = true;
        try {
          draft = await api.post(`/app/api/sheets/${draft.id}/publish`);
          draw();
          follow();
        } catch (err) {
          add(section, h('p', { class: 'error', role: 'alert' }, err.message));
          btn.disabled = false;
        }
      });
      add(section, h('p', { class: 'muted' }, c.ok ? t('publish_help') : t('publish_blocked')), btn);
      return section;
    }
    const done = TERMINAL.includes(p.phase);
    add(section, 
      h('label', { for: 'publish-progress' }, t(`phase_${p.phase}`, { done: p.batches_done, total: p.batches })),
      h('progress', { id: 'publish-progress', max: Math.max(p.batches, 1), value: done ? Math.max(p.batches, 1) : p.batches_done }),
      h('p', { id: 'publish-status', role: 'status', 'data-phase': p.phase },
        t('publish_status', { published: p.plan_ids.length, plans: p.plans, skipped: p.skipped })),
      p.failures.length ? h('ul', { class: 'problems' }, p.failures.map((f) => h('li', {}, f))) : null,
      p.plan_ids.length ? h('p', { id: 'published-plans' }, t('published_plans'), ' ',
        p.plan_ids.map((pid, i) => [i ? ', ' : '', h('a', { href: `#/plan/${pid}` }, `#${pid}`)])) : null);
    return section;
  }

  function follow() {
    clearInterval(poll);
    poll = setInterval(async () => {
      try {
        draft = await api.get(`/app/api/sheets/${draft.id}`);
      } catch {
        return;
      }
      const section = document.getElementById('publish-section');
      if (section) section.replaceWith(publishSection(draft.check ?? {}));
      if (TERMINAL.includes(draft.publish?.phase)) {
        clearInterval(poll);
        ctx.announce(t(`phase_${draft.publish.phase}`, { done: draft.publish.batches_done, total: draft.publish.batches }));
      }
    }, 1000);
  }

  return () => clearInterval(poll);
}
