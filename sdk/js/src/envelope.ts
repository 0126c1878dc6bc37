// The LoanShare envelope, format v1, with WebCrypto only (Node ≥ 20, browsers): the
// JavaScript twin of the Rust crate `loanshare-envelope`, byte for byte. The format:
// crates/envelope/test-vectors/README.md; its vectors are this module's tests.
//
//   P = SCALE(name, id_number, mobile, licence_plate?, engine_number?) ‖ salt(32)
//   A = "loanshare/envelope/v1/aad" ‖ u8(1) ‖ bytes(chain_id) ‖ u32le(contributor) ‖ bytes(external_ref)
//   C = AES-256-GCM(K, N, P, A)          (128-bit tag appended)
//   H = SHA-256("loanshare/envelope/v1/commitment" ‖ P)
//   W = RSA-OAEP-SHA-256(contributor's key, K)
import { type BytesLike, bytesToHex, concatBytes, equalBytes, toBytes, utf8 } from './bytes.js';
import { EnvelopeError } from './envelope-error.js';
import {
  type PrivateKeyInput, RSA_OAEP, importPrivateKey, importPublicKey, publicKeyNumbers, randomBytes, subtle, toBigInt,
} from './keys.js';

export { EnvelopeError, type EnvelopeErrorCode } from './envelope-error.js';
export * from './keys.js';
export { type BytesLike, bytesToHex, hexToBytes, toBytes, concatBytes } from './bytes.js';

/** Envelope format version. */
export const VERSION = 1;
/** Domain tag of the commitment `H`. */
export const COMMITMENT_TAG = utf8('loanshare/envelope/v1/commitment');
/** Domain tag at the start of the associated data `A`. */
export const AAD_TAG = utf8('loanshare/envelope/v1/aad');
/** Data key length (AES-256). */
export const KEY_LEN = 32;
/** AES-GCM nonce length. */
export const NONCE_LEN = 12;
/** Salt length (appended to the encoded fields in `P`). */
export const SALT_LEN = 32;
/** AES-GCM tag length, appended to the ciphertext. */
export const TAG_LEN = 16;

/**
 * The borrower's personal data sealed in an envelope (the Rust crate's `BorrowerData`).
 * The vehicle fields are for car loans; `null` (or absent) when there is none.
 */
export interface BorrowerData {
  name: string;
  id_number: string;
  mobile: string;
  licence_plate?: string | null;
  engine_number?: string | null;
}

/** What {@link open} and {@link decodePlaintext} give back: absent vehicle fields are `null`. */
export interface OpenedBorrowerData {
  name: string;
  id_number: string;
  mobile: string;
  licence_plate: string | null;
  engine_number: string | null;
}

/**
 * What the associated data binds an envelope to: the chain (LoanShare: its 32-byte genesis
 * hash; bytes, `0x` hex or a `Hash` codec), the contributing institution and the plan's
 * external reference (bytes as stored on chain, or a string, always taken as its UTF-8).
 */
export interface EnvelopeContext {
  chainId: BytesLike;
  contributor: number;
  externalRef: string | Exclude<BytesLike, string>;
}

/** The public part of an envelope, as a plan stores it (`input.envelope`). */
export interface EnvelopeParts {
  /** Format version; when given it must be {@link VERSION}. */
  version?: number | { toNumber(): number };
  ciphertext: BytesLike;
  nonce: BytesLike;
  commitment: BytesLike;
}

/** A sealed envelope: what the chain stores (with the id of the key `wrappedKey` is wrapped to). */
export interface Sealed {
  version: 1;
  /** `C`: AES-256-GCM ciphertext of `P`, tag appended. */
  ciphertext: Uint8Array<ArrayBuffer>;
  /** `N`: the 96-bit nonce. */
  nonce: Uint8Array<ArrayBuffer>;
  /** `H = SHA-256(COMMITMENT_TAG ‖ P)`. */
  commitment: Uint8Array<ArrayBuffer>;
  /** `W`: the data key wrapped to the contributor's own key. */
  wrappedKey: Uint8Array<ArrayBuffer>;
}

/** Explicit data key, nonce and salt for {@link seal} (test vectors only: never reuse a key/nonce pair). */
export interface SealOptions {
  key?: BytesLike;
  nonce?: BytesLike;
  salt?: BytesLike;
}

// ---- the canonical encodings ----

/** SCALE compact encoding of a length (the shortest form, as SCALE requires). */
export function compact(n: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('compact: a non-negative integer');
  if (n < 1 << 6) return Uint8Array.of(n << 2);
  if (n < 1 << 14) return Uint8Array.of(((n << 2) | 1) & 0xff, n >> 6);
  if (n < 2 ** 30) {
    const x = (n * 4 + 2) >>> 0;
    return Uint8Array.of(x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, x >>> 24);
  }
  throw new RangeError('compact: length too large');
}

const field = (b: Uint8Array) => concatBytes(compact(b.length), b);
const strField = (s: string) => field(utf8(s));
const optField = (s: string | null | undefined) => (s == null ? Uint8Array.of(0) : concatBytes(Uint8Array.of(1), strField(s)));
const u32le = (n: number) => {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) throw new RangeError('contributor: a u32');
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n, true);
  return b;
};

function checkFields(fields: BorrowerData): void {
  for (const k of ['name', 'id_number', 'mobile'] as const) {
    if (typeof fields?.[k] !== 'string') throw new TypeError(`borrower data: ${k} must be a string`);
  }
  for (const k of ['licence_plate', 'engine_number'] as const) {
    const v = fields[k];
    if (v != null && typeof v !== 'string') throw new TypeError(`borrower data: ${k} must be a string or null`);
  }
}

/** `P`: the borrower fields SCALE-encoded, then the 32 salt bytes (no length prefix). */
export function plaintext(fields: BorrowerData, salt: BytesLike): Uint8Array<ArrayBuffer> {
  checkFields(fields);
  const s = toBytes(salt, 'salt');
  if (s.length !== SALT_LEN) throw new RangeError(`salt: ${SALT_LEN} bytes`);
  return concatBytes(strField(fields.name), strField(fields.id_number), strField(fields.mobile),
    optField(fields.licence_plate), optField(fields.engine_number), s);
}

/**
 * Decodes `P` into the fields and the salt; refuses (`InvalidPlaintext`) anything the Rust
 * crate refuses: fewer than 32 bytes, invalid UTF-8, an option tag other than 0/1, a
 * non-minimal or overlong length, a byte left between the fields and the salt.
 */
export function splitPlaintext(p: BytesLike): { fields: OpenedBorrowerData; salt: Uint8Array<ArrayBuffer> } {
  const bytes = toBytes(p, 'plaintext');
  const invalid = () => new EnvelopeError('InvalidPlaintext');
  if (bytes.length < SALT_LEN) throw invalid();
  const body = bytes.subarray(0, bytes.length - SALT_LEN);
  let o = 0;
  const length = (): number => {
    if (o >= body.length) throw invalid();
    const mode = body[o]! & 3;
    if (mode === 0) return body[o++]! >> 2;
    if (mode === 1) {
      if (o + 2 > body.length) throw invalid();
      const n = (body[o]! | (body[o + 1]! << 8)) >> 2;
      o += 2;
      if (n < 1 << 6) throw invalid();
      return n;
    }
    if (mode === 2) {
      if (o + 4 > body.length) throw invalid();
      const n = (body[o]! | (body[o + 1]! << 8) | (body[o + 2]! << 16) | (body[o + 3]! << 24)) >>> 2;
      o += 4;
      if (n < 1 << 14) throw invalid();
      return n;
    }
    throw invalid(); // big-integer mode: no field is that long
  };
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const str = (): string => {
    const n = length();
    if (o + n > body.length) throw invalid();
    let s: string;
    try {
      s = decoder.decode(body.subarray(o, o + n));
    } catch {
      throw invalid();
    }
    o += n;
    return s;
  };
  const opt = (): string | null => {
    if (o >= body.length) throw invalid();
    const tag = body[o++];
    if (tag === 0) return null;
    if (tag === 1) return str();
    throw invalid();
  };
  const fields: OpenedBorrowerData = { name: str(), id_number: str(), mobile: str(), licence_plate: opt(), engine_number: opt() };
  if (o !== body.length) throw invalid();
  const salt = bytes.slice(body.length);
  // The Rust crate's last check: what was decoded re-encodes to exactly the same bytes.
  if (!equalBytes(plaintext(fields, salt), bytes)) throw invalid();
  return { fields, salt };
}

/** The borrower fields of `P` (see {@link splitPlaintext}). */
export function decodePlaintext(p: BytesLike): OpenedBorrowerData {
  return splitPlaintext(p).fields;
}

/** `A`: the AES-GCM associated data binding `C` to the chain, the contributor and the plan's reference. */
export function associatedData(ctx: EnvelopeContext): Uint8Array<ArrayBuffer> {
  const ref = typeof ctx.externalRef === 'string' ? utf8(ctx.externalRef) : toBytes(ctx.externalRef, 'external reference');
  return concatBytes(AAD_TAG, Uint8Array.of(VERSION), field(toBytes(ctx.chainId, 'chain id')), u32le(ctx.contributor), field(ref));
}

/** `H = SHA-256(COMMITMENT_TAG ‖ P)`. */
export async function commitment(p: BytesLike): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().digest('SHA-256', concatBytes(COMMITMENT_TAG, toBytes(p, 'plaintext'))));
}

// ---- keys: wrap, unwrap ----

/**
 * `W`: a 32-byte data key wrapped with RSA-OAEP-SHA-256 (MGF1-SHA-256, empty label) to a
 * public key (DER SubjectPublicKeyInfo, checked against the key policy, or a CryptoKey).
 * Randomised: two wrappings of the same key differ.
 */
export async function wrapKey(publicKey: BytesLike | CryptoKey, key: BytesLike): Promise<Uint8Array<ArrayBuffer>> {
  const k = toBytes(key, 'data key');
  if (k.length !== KEY_LEN) throw new RangeError(`data key: ${KEY_LEN} bytes`);
  const pub = await importPublicKey(publicKey);
  try {
    return new Uint8Array(await subtle().encrypt(RSA_OAEP, pub, k));
  } catch (cause) {
    throw new EnvelopeError('WrapFailed', { cause });
  }
}

/** `K` from `W` (or a delivered `W'`) with the private key it is wrapped to; `UnwrapFailed` otherwise. */
export async function unwrapKey(privateKey: PrivateKeyInput, wrappedKey: BytesLike): Promise<Uint8Array<ArrayBuffer>> {
  const priv = await importPrivateKey(privateKey);
  let k: Uint8Array<ArrayBuffer>;
  try {
    k = new Uint8Array(await subtle().decrypt(RSA_OAEP, priv, toBytes(wrappedKey, 'wrapped key')));
  } catch (cause) {
    throw new EnvelopeError('UnwrapFailed', { cause });
  }
  if (k.length !== KEY_LEN) throw new EnvelopeError('UnwrapFailed');
  return k;
}

/** The handoff: `W' = RSA-OAEP(recipient, unwrap(privateKey, W))`, as a contributor's agent delivers. */
export async function rewrap(privateKey: PrivateKeyInput, wrappedKey: BytesLike, recipientSpkiDer: BytesLike | CryptoKey): Promise<Uint8Array<ArrayBuffer>> {
  const recipient = await importPublicKey(recipientSpkiDer);
  return wrapKey(recipient, await unwrapKey(privateKey, wrappedKey));
}

// ---- seal, open ----

async function aesKey(key: Uint8Array<ArrayBuffer>, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return subtle().importKey('raw', key, { name: 'AES-GCM' }, false, [usage]);
}

/** `C = AES-256-GCM(K, N, P, A)` with the tag appended (deterministic given `K` and `N`). */
export async function encryptPlaintext(key: BytesLike, nonce: BytesLike, p: BytesLike, ctx: EnvelopeContext): Promise<Uint8Array<ArrayBuffer>> {
  const k = toBytes(key, 'data key');
  const n = toBytes(nonce, 'nonce');
  if (k.length !== KEY_LEN) throw new RangeError(`data key: ${KEY_LEN} bytes`);
  if (n.length !== NONCE_LEN) throw new RangeError(`nonce: ${NONCE_LEN} bytes`);
  try {
    return new Uint8Array(await subtle().encrypt(
      { name: 'AES-GCM', iv: n, additionalData: associatedData(ctx), tagLength: 128 }, await aesKey(k, 'encrypt'), toBytes(p, 'plaintext')));
  } catch (cause) {
    throw new EnvelopeError('Encrypt', { cause });
  }
}

/** `P` from `C` with the data key; `Decrypt` if the tag does not authenticate (wrong key, nonce or context). */
export async function decryptCiphertext(key: BytesLike, nonce: BytesLike, ciphertext: BytesLike, ctx: EnvelopeContext): Promise<Uint8Array<ArrayBuffer>> {
  const k = toBytes(key, 'data key');
  const n = toBytes(nonce, 'nonce');
  if (k.length !== KEY_LEN || n.length !== NONCE_LEN) throw new EnvelopeError('Decrypt');
  try {
    return new Uint8Array(await subtle().decrypt(
      { name: 'AES-GCM', iv: n, additionalData: associatedData(ctx), tagLength: 128 }, await aesKey(k, 'decrypt'), toBytes(ciphertext, 'ciphertext')));
  } catch (cause) {
    throw new EnvelopeError('Decrypt', { cause });
  }
}

/**
 * Seals the borrower's data for a plan: a fresh data key, nonce and salt; `C`, `H`, and `W`
 * wrapped to the contributor's own public key (DER SubjectPublicKeyInfo, its current key on
 * chain). `options` fixes the key, nonce and salt (test vectors only).
 */
export async function seal(borrower: BorrowerData, ctx: EnvelopeContext, contributorSpkiDer: BytesLike | CryptoKey, options: SealOptions = {}): Promise<Sealed> {
  const key = options.key === undefined ? randomBytes(KEY_LEN) : toBytes(options.key, 'data key');
  const nonce = options.nonce === undefined ? randomBytes(NONCE_LEN) : toBytes(options.nonce, 'nonce');
  const salt = options.salt === undefined ? randomBytes(SALT_LEN) : toBytes(options.salt, 'salt');
  const publicKey = await importPublicKey(contributorSpkiDer);
  const p = plaintext(borrower, salt);
  try {
    return {
      version: VERSION,
      ciphertext: await encryptPlaintext(key, nonce, p, ctx),
      nonce,
      commitment: await commitment(p),
      wrappedKey: await wrapKey(publicKey, key),
    };
  } finally {
    p.fill(0);
    if (options.key === undefined) key.fill(0);
  }
}

function versionOf(envelope: EnvelopeParts): number | undefined {
  const v = envelope.version;
  if (v === undefined || v === null) return undefined;
  return typeof v === 'number' ? v : v.toNumber();
}

/** {@link open} with the data key already unwrapped (for example by a dispute pre-check). */
export async function openWithKey(key: BytesLike, envelope: EnvelopeParts, ctx: EnvelopeContext): Promise<OpenedBorrowerData> {
  const version = versionOf(envelope);
  if (version !== undefined && version !== VERSION) throw new EnvelopeError('UnsupportedVersion');
  const p = await decryptCiphertext(key, envelope.nonce, envelope.ciphertext, ctx);
  try {
    if (!equalBytes(await commitment(p), toBytes(envelope.commitment, 'commitment'))) throw new EnvelopeError('CommitmentMismatch');
    return decodePlaintext(p);
  } finally {
    p.fill(0);
  }
}

/**
 * Opens an envelope: unwraps `K` from `wrappedKey` (`W` for the contributor, the delivered
 * `W'` for a participant) with `privateKey` (PEM, DER or CryptoKey), decrypts and
 * authenticates `C` under `ctx`, checks the commitment and decodes the borrower's data.
 * Rejects with an {@link EnvelopeError}: `UnsupportedVersion`, `UnwrapFailed`, `Decrypt`,
 * `CommitmentMismatch` or `InvalidPlaintext`.
 */
export async function open(privateKey: PrivateKeyInput, wrappedKey: BytesLike, envelope: EnvelopeParts, ctx: EnvelopeContext): Promise<OpenedBorrowerData> {
  const version = versionOf(envelope);
  if (version !== undefined && version !== VERSION) throw new EnvelopeError('UnsupportedVersion');
  const key = await unwrapKey(privateKey, wrappedKey);
  try {
    return await openWithKey(key, envelope, ctx);
  } finally {
    key.fill(0);
  }
}

// ---- disputes: judging a proof of bad delivery (public: anyone can) ----

/** What a proof of bad delivery shows (the Rust crate's `Verdict`/`Fault`). */
export type Verdict = 'Good' | 'NotTheWrappedKey' | 'WrongKey' | 'CommitmentMismatch';

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let r = 1n;
  base %= m;
  for (; exp > 0n; exp >>= 1n, base = (base * base) % m) if (exp & 1n) r = (r * base) % m;
  return r;
}

async function sha256(b: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await subtle().digest('SHA-256', b));
}

async function mgf1(seed: Uint8Array, len: number): Promise<Uint8Array<ArrayBuffer>> {
  const blocks: Uint8Array[] = [];
  for (let c = 0; blocks.length * 32 < len; c++) {
    const counter = new Uint8Array(4);
    new DataView(counter.buffer).setUint32(0, c);
    blocks.push(await sha256(concatBytes(seed, counter)));
  }
  return concatBytes(...blocks).slice(0, len);
}

/**
 * RSAES-OAEP decoding (RFC 8017 §7.1.2 step 3; SHA-256, MGF1-SHA-256, empty label) of a raw
 * RSA decryption `EM` into a 32-byte data key, or null when `EM` is no such block
 * (`Y ≠ 0` included, as the runtime judges).
 */
export async function oaepDecodeKey(em: BytesLike): Promise<Uint8Array<ArrayBuffer> | null> {
  const e = toBytes(em, 'EM');
  const k = e.length;
  if (k < 2 * 32 + 2 + KEY_LEN) return null;
  const maskedSeed = e.subarray(1, 33);
  const maskedDb = e.subarray(33);
  const seedMask = await mgf1(maskedDb, 32);
  const seed = maskedSeed.map((x, i) => x ^ seedMask[i]!);
  const dbMask = await mgf1(seed, k - 33);
  const db = maskedDb.map((x, i) => x ^ dbMask[i]!);
  const lHash = await sha256(new Uint8Array(0));
  const sep = db.length - KEY_LEN - 1;
  let bad = e[0]!;
  for (let i = 0; i < 32; i++) bad |= db[i]! ^ lHash[i]!;
  for (let i = 32; i < sep; i++) bad |= db[i]!;
  bad |= db[sep]! ^ 1;
  return bad === 0 ? db.slice(sep + 1) : null;
}

/**
 * Judges a proof of bad delivery as the runtime's `prove_bad_delivery` does: `em` must be
 * the raw RSA decryption of `deliveredKey` (`W'`) under `participantSpkiDer`
 * (`EM^e mod n = W'`, both `k` bytes and below `n`), else `ProofMismatch` is thrown; then
 * the verdict: `NotTheWrappedKey` (EM is no OAEP block of a 32-byte key), `WrongKey` (the
 * key does not open `C` under `ctx`), `CommitmentMismatch`, or `Good` (the delivery opens:
 * the proof would be refused, and would reveal the key).
 */
export async function judgeDelivery(
  participantSpkiDer: BytesLike, deliveredKey: BytesLike, em: BytesLike, envelope: EnvelopeParts, ctx: EnvelopeContext,
): Promise<{ verdict: Verdict; key: Uint8Array<ArrayBuffer> | null }> {
  const { modulus: n, exponent: e, k } = publicKeyNumbers(participantSpkiDer);
  const w = toBytes(deliveredKey, "W'");
  const m = toBytes(em, 'EM');
  const mi = toBigInt(m);
  const ci = toBigInt(w);
  if (m.length !== k || w.length !== k || mi >= n || ci >= n || modPow(mi, e, n) !== ci) throw new EnvelopeError('ProofMismatch');
  const key = await oaepDecodeKey(m);
  if (!key) return { verdict: 'NotTheWrappedKey', key: null };
  let p: Uint8Array<ArrayBuffer>;
  try {
    p = await decryptCiphertext(key, envelope.nonce, envelope.ciphertext, ctx);
  } catch {
    return { verdict: 'WrongKey', key };
  }
  const good = equalBytes(await commitment(p), toBytes(envelope.commitment, 'commitment'));
  return { verdict: good ? 'Good' : 'CommitmentMismatch', key };
}

/** Hex of each byte field of a sealed envelope, as `loanShare.publish` takes them. */
export function sealedToHex(sealed: Sealed): { version: number; ciphertext: string; nonce: string; commitment: string; wrappedKey: string } {
  return {
    version: sealed.version,
    ciphertext: bytesToHex(sealed.ciphertext),
    nonce: bytesToHex(sealed.nonce),
    commitment: bytesToHex(sealed.commitment),
    wrappedKey: bytesToHex(sealed.wrappedKey),
  };
}
