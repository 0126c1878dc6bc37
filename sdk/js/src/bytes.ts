// Byte helpers shared by the envelope and the chain helpers. No dependency: this module is
// part of the envelope's entry point (`@loanshare/sdk/envelope`), which runs without
// @polkadot/api.

/**
 * Anything the SDK accepts where it needs bytes: a `Uint8Array` (or `ArrayBuffer`), an
 * array of byte values (as the `loanShare_*` RPCs return them in JSON), a `0x` hex
 * string, or a @polkadot/api codec value (`Bytes`, `[u8; N]`, `Option<Bytes>` …: its bare
 * encoding, `toU8a(true)`, without a length prefix).
 */
export type BytesLike =
  | Uint8Array
  | ArrayBuffer
  | readonly number[]
  | string
  | { toU8a(isBare?: boolean): Uint8Array };

const HEX = /^0x(?:[0-9a-fA-F]{2})*$/;

/** A fresh copy of `input` as a `Uint8Array` (see {@link BytesLike}). */
export function toBytes(input: BytesLike, what = 'value'): Uint8Array<ArrayBuffer> {
  if (input instanceof Uint8Array) return new Uint8Array(input);
  if (input instanceof ArrayBuffer) return new Uint8Array(input.slice(0));
  if (typeof input === 'string') {
    if (!HEX.test(input)) throw new TypeError(`${what}: expected bytes as a 0x-prefixed hex string`);
    return hexToBytes(input);
  }
  if (Array.isArray(input)) {
    const out = new Uint8Array(input.length);
    input.forEach((b, i) => {
      if (!Number.isInteger(b) || b < 0 || b > 255) throw new TypeError(`${what}: byte ${i} is not in 0..255`);
      out[i] = b;
    });
    return out;
  }
  const codec = input as { toU8a?: unknown; isNone?: boolean; unwrap?: () => unknown };
  if (codec && typeof codec.toU8a === 'function') {
    // An Option<…> codec: its content, never the Some/None tag.
    if (codec.isNone === true) throw new TypeError(`${what}: the value is None`);
    if (typeof codec.unwrap === 'function' && 'isSome' in codec) return toBytes(codec.unwrap() as BytesLike, what);
    return new Uint8Array((codec as { toU8a(isBare?: boolean): Uint8Array }).toU8a(true));
  }
  throw new TypeError(`${what}: expected bytes (Uint8Array, hex string, byte array or codec)`);
}

/** Lower-case hex with the `0x` prefix. */
export function bytesToHex(bytes: Uint8Array): string {
  let s = '0x';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** `0x`-prefixed (or bare) hex to bytes. */
export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  const h = hex.startsWith('0x') ? hex.slice(2) : hex;
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h)) throw new TypeError('invalid hex string');
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** The concatenation of `parts`. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Byte-wise equality in time independent of where the first difference is. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** UTF-8 encoding of `s`. */
export function utf8(s: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(s) as Uint8Array<ArrayBuffer>;
}

/** Base64 of `bytes` (no line breaks), without Node's Buffer. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Bytes of base64 text (whitespace ignored). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
