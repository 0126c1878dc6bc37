// Building the page: small helpers over the DOM. Text always goes in as text nodes (never
// as markup), so nothing the chain or a sheet holds can become part of the page's code.

/** Appends children (nodes, strings, numbers, arrays of them; null and false are skipped). */
export function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Appends `children` to `el` (null and false skipped: the DOM's own append would write "null"). */
export function add(el, ...children) {
  return append(el, children);
}

/**
 * An element: h('button', { class: 'primary', onclick: f, disabled: true }, 'Text', child…).
 * `class`, `text`, `dataset`, `on…` handlers, DOM properties (booleans, numbers, value…)
 * and attributes (strings, aria-*, for) are recognised.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = String(v);
    else if (typeof v === 'boolean' || typeof v === 'number') {
      if (k in el) el[k] = v; else el.setAttribute(k, v === true ? '' : String(v));
    } else el.setAttribute(k, String(v));
  }
  return append(el, children);
}

/** Removes every child of `el`. */
export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

let nextId = 0;
/** A fresh element id. */
export function uid(prefix = 'f') {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A labelled form field: the label is tied to the input, the hint described by it. */
export function field(label, input, hint) {
  if (!input.id) input.id = uid('field');
  const parts = [h('label', { for: input.id }, label), input];
  if (hint) {
    const hintId = `${input.id}-hint`;
    input.setAttribute('aria-describedby', hintId);
    parts.push(h('small', { id: hintId, class: 'hint' }, hint));
  }
  return h('div', { class: 'field' }, parts);
}

/** A definition list from [term, value] pairs (values may be nodes). */
export function facts(pairs, cls = 'facts') {
  return h('dl', { class: cls }, pairs.filter(Boolean).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? '—')]));
}

/** A table with a caption, column headers and rows of cells (each row: { cells, props }). */
export function table(caption, headers, rows, props = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', props,
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map((r) => h('tr', r.props ?? {}, r.cells.map((c, i) =>
        (i === 0 && r.rowHeader) ? h('th', { scope: 'row' }, c) : h('td', {}, c)))))));
}

/** Runs `fn` at most once every `ms` (the last call wins). */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
