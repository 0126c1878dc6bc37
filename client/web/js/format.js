// Showing amounts, rates and times: money as RMB or TOKEN with two decimals (the agent
// sends fen and token units as decimal strings, read here as BigInt so nothing is
// rounded), rates in percent, times in the browser's own time zone.
import { t, getLang } from './i18n.js';

function grouped(n) {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `fen` (a decimal string or number of hundredths) as `1,234.56 UNIT`. */
export function money(fen, unit) {
  if (fen === null || fen === undefined || fen === '') return '—';
  let n;
  try {
    n = BigInt(fen);
  } catch {
    return String(fen);
  }
  const sign = n < 0n ? '-' : '';
  if (n < 0n) n = -n;
  return `${sign}${grouped(n / 100n)}.${(n % 100n).toString().padStart(2, '0')} ${unit}`;
}

/** An amount in fen, as RMB. */
export const rmb = (fen) => money(fen, 'RMB');
/** Token units, as TOKEN. */
export const token = (units) => money(units, 'TOKEN');

/** Basis points as a percentage with two decimals: 1850 → 18.50%. */
export function rate(bp) {
  if (bp === null || bp === undefined) return '—';
  return `${(Number(bp) / 100).toFixed(2)}%`;
}

/** An amount in fen as RMB text for a form field: 100000 → "1000.00". */
export function fenToRmbText(fen) {
  try {
    const n = BigInt(fen);
    return `${n / 100n}.${(n % 100n).toString().padStart(2, '0')}`;
  } catch {
    return '';
  }
}

/** A percentage typed by the user ("18.5", "18.5%") in basis points, or null. */
export function percentToBp(text) {
  const m = String(text).trim().replace(/%$/, '').match(/^(\d{1,3})(?:\.(\d{1,2}))?$/);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

function locale() {
  return getLang() === 'zh' ? 'zh-CN' : 'en-GB';
}

/** Milliseconds since 1970 (or an ISO text) as a date and time in the browser's time zone. */
export function dateTime(when) {
  if (when === null || when === undefined || when === '') return '—';
  const d = typeof when === 'string' && !/^\d+$/.test(when) ? new Date(when) : new Date(Number(when));
  if (Number.isNaN(d.getTime())) return String(when);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** The browser's time zone, e.g. Asia/Shanghai. */
export function timeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A chain loan type (Cash, CarMortgage, …) in the user's language. */
export function loanType(name) {
  return t(`loan_${name}`);
}

/** A plan status (open, filled, …) in the user's language. */
export function planStatus(s) {
  return t(`plan_${s}`);
}

/** A handoff status (pending, delivered, …) in the user's language. */
export function handoffStatus(s) {
  return s ? t(`handoff_${s}`) : '—';
}

/** The chain's loan types, in their order. */
export const LOAN_TYPES = ['Cash', 'Consumption', 'ProvidentFund', 'Enterprise', 'CarMortgage', 'Policy', 'CarPledge'];
