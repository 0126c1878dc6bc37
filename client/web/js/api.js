// Talking to the agent: its session-authenticated API under /app/api and its live events.
// The session is an HttpOnly cookie the page cannot read; the anti-CSRF token it gets at
// sign-in is kept in this module's memory only (never in the browser's storage) and sent
// with every change.

let csrf = null;
let signedOut = () => {};

/** Keeps the session's anti-CSRF token (from sign-in or /app/api/me). */
export function setCsrf(token) {
  csrf = token;
}

/** `fn(error)` runs when the agent answers 401 (the session ended or expired). */
export function whenSignedOut(fn) {
  signedOut = fn;
}

/** An answer other than 2xx: `status` (0 when the agent cannot be reached) and the agent's message. */
export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

async function call(method, path, { json, body, type } = {}) {
  const headers = {};
  if (json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (type) {
    headers['content-type'] = type;
  }
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let res;
  try {
    res = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'the agent cannot be reached', null);
  }
  const text = await res.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = new ApiError(res.status, (data && data.error) || res.statusText, data);
    if (res.status === 401 && path !== '/app/api/login') signedOut(err);
    throw err;
  }
  return data;
}

/** Query string of the non-empty values of `params`. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, json) => call('POST', path, { json }),
  put: (path, json) => call('PUT', path, { json }),
  del: (path) => call('DELETE', path),
  /** Sends a file's bytes as the body. */
  upload: (path, file) => call('POST', path, { body: file, type: 'application/octet-stream' }),
};

/**
 * Follows the agent's live events (Server-Sent Events): `onBlock({ number, events })` for
 * each finalised block with LoanShare events, `onResync()` when some were missed,
 * `onState(connected)` as the connection comes and goes. Returns a function that stops.
 */
export function followChain({ onBlock, onResync, onState }) {
  const source = new EventSource('/app/api/live');
  source.addEventListener('hello', () => onState && onState(true));
  source.addEventListener('block', (e) => {
    try {
      onBlock(JSON.parse(e.data));
    } catch {
      onResync && onResync();
    }
  });
  source.addEventListener('resync', () => onResync && onResync());
  source.addEventListener('error', () => onState && onState(false));
  return () => source.close();
}
