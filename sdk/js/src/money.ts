// Money on LoanShare: every amount is an integer number of fen (1 RMB = 100 fen), and the
// consortium token has the same unit (1 TOKEN = 1 RMB, 2 decimals: 1 unit = 0.01 TOKEN).
// No dependency: part of the lightweight entry point `@loanshare/sdk/money`.

/** Fen per RMB (and token units per TOKEN). */
export const FEN_PER_RMB = 100n;
/** The runtime's fee divisor: the token rate is whole TOKEN per 10,000 RMB. */
export const FEE_RATE_DIVISOR = 10_000n;
/** The runtime's `loanShare.MinFee` on every LoanShare chain so far (1.00 TOKEN); read `api.consts.loanShare.minFee` for the chain's own. */
export const DEFAULT_MIN_FEE = 100n;

/** An amount as the SDK takes it: a bigint, a safe integer, a decimal string or a codec (`u128`…). */
export type AmountLike = bigint | number | string | { toBigInt(): bigint } | { toString(): string };

/** An integer amount (fen) as a bigint. */
export function toFen(amount: AmountLike): bigint {
  if (typeof amount === 'bigint') return amount;
  if (typeof amount === 'number') {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`not an integer number of fen: ${amount}`);
    return BigInt(amount);
  }
  if (typeof amount === 'string') {
    if (!/^-?\d+$/.test(amount.trim())) throw new RangeError(`not an integer number of fen: ${JSON.stringify(amount)}`);
    return BigInt(amount.trim());
  }
  if (amount && typeof (amount as { toBigInt?: unknown }).toBigInt === 'function') return (amount as { toBigInt(): bigint }).toBigInt();
  return toFen(String(amount));
}

/** Options of {@link fenToRmb}. */
export interface FormatOptions {
  /** Thousands separators (`80,000.00`). Default false. */
  grouping?: boolean;
  /** A unit after the number: `'RMB'` → `80000.00 RMB`. */
  unit?: string;
}

/**
 * Fen → RMB (or TOKEN) text with exactly two decimals: `8000000n` → `"80000.00"`,
 * `-50` → `"-0.50"`; `{ grouping: true }` → `"80,000.00"`.
 */
export function fenToRmb(fen: AmountLike, options: FormatOptions = {}): string {
  const v = toFen(fen);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  let whole = (abs / FEN_PER_RMB).toString();
  const cents = (abs % FEN_PER_RMB).toString().padStart(2, '0');
  if (options.grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${neg ? '-' : ''}${whole}.${cents}`;
  return options.unit ? `${text} ${options.unit}` : text;
}

/** Token units → TOKEN text (the same unit as fen: two decimals). */
export const unitsToToken = fenToRmb;

/**
 * RMB (or TOKEN) text → fen, exactly: `"80000"`, `"80,000.5"`, `"0.01"`, `"-3.20"`,
 * `"¥1,000.00"`, `"1000 RMB"`. More than two decimals, or anything else, is refused (never rounded).
 */
export function rmbToFen(text: string): bigint {
  const s = String(text).trim().replace(/^[¥￥]\s*/, '').replace(/\s*(RMB|CNY|TOKEN|元)$/i, '');
  const m = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) throw new RangeError(`not an amount with at most two decimals: ${JSON.stringify(text)}`);
  const whole = BigInt(m[2]!.replace(/,/g, ''));
  const cents = BigInt((m[3] ?? '').padEnd(2, '0'));
  const v = whole * FEN_PER_RMB + cents;
  return m[1] ? -v : v;
}

/** TOKEN text → token units (see {@link rmbToFen}). */
export const tokenToUnits = rmbToFen;

/**
 * The fee of a confirmation, as the runtime computes it: `max(ceil(amount × tokenRate /
 * 10,000), minFee)` token units, for `amount` in fen and `tokenRate` in whole TOKEN per
 * 10,000 RMB. 80,000 RMB at 1 → 800 units (8.00 TOKEN).
 */
export function confirmationFee(amount: AmountLike, tokenRate: AmountLike, minFee: AmountLike = DEFAULT_MIN_FEE): bigint {
  const a = toFen(amount);
  const r = toFen(tokenRate);
  if (a < 0n || r < 0n) throw new RangeError('amount and token rate are not negative');
  const fee = (a * r + FEE_RATE_DIVISOR - 1n) / FEE_RATE_DIVISOR;
  const min = toFen(minFee);
  return fee > min ? fee : min;
}

/** An annual rate in basis points as a percentage text: `1900` → `"19.00%"`. */
export function bpToPercent(bp: AmountLike): string {
  return `${fenToRmb(bp)}%`;
}
