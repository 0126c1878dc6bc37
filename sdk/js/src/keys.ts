// RSA keys for the envelope, with WebCrypto only: the public-key policy of the Rust crate
// (`parse_public_key`: DER SubjectPublicKeyInfo, rsaEncryption with NULL parameters,
// 2048–4096 bits, exponent 65537), private keys as PKCS#8 or PKCS#1 (PEM or DER), PEM
// export and key generation.
import { type BytesLike, concatBytes, fromBase64, toBase64, toBytes } from './bytes.js';
import { EnvelopeError } from './envelope-error.js';

/** Smallest accepted RSA modulus, in bits. */
export const MIN_RSA_BITS = 2048;
/** Largest accepted RSA modulus, in bits. */
export const MAX_RSA_BITS = 4096;
/** Longest SPKI the Rust crate looks at before parsing (room for 8192-bit keys). */
const PARSE_CAP = 2048;

/** WebCrypto's algorithm for every RSA operation of the envelope. */
export const RSA_OAEP: RsaHashedImportParams = { name: 'RSA-OAEP', hash: 'SHA-256' };

/** `rsaEncryption` (1.2.840.113549.1.1.1) as DER content bytes. */
const RSA_ENCRYPTION_OID = Uint8Array.of(0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01);

/** The WebCrypto implementation (Node ≥ 20 and browsers in a secure context). */
export function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto is not available (globalThis.crypto.subtle); in a browser it needs a secure context (https or localhost)');
  return s;
}

/** `n` cryptographically random bytes. */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

// ---- a strict DER reader (definite, minimal lengths; what the Rust `der` crate accepts) ----

interface Tlv {
  tag: number;
  /** Content. */
  value: Uint8Array;
  /** Offset just past this element. */
  end: number;
}

function readTlv(buf: Uint8Array, offset: number): Tlv {
  if (offset + 2 > buf.length) throw new RangeError('truncated');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new RangeError('multi-byte tags are not used here');
  let len = buf[offset + 1]!;
  let o = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 3) throw new RangeError('indefinite or oversized length');
    if (o + n > buf.length) throw new RangeError('truncated');
    if (buf[o] === 0) throw new RangeError('non-minimal length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[o + i]!;
    if (len < 0x80) throw new RangeError('non-minimal length');
    o += n;
  }
  if (o + len > buf.length) throw new RangeError('truncated');
  return { tag, value: buf.subarray(o, o + len), end: o + len };
}

/** The elements of a constructed value's content, which they must fill exactly. */
function readAll(content: Uint8Array): Tlv[] {
  const out: Tlv[] = [];
  for (let o = 0; o < content.length;) {
    const t = readTlv(content, o);
    out.push(t);
    o = t.end;
  }
  return out;
}

/** One element that fills `buf` exactly, of tag `tag`. */
function readOnly(buf: Uint8Array, tag: number): Tlv {
  const t = readTlv(buf, 0);
  if (t.tag !== tag || t.end !== buf.length) throw new RangeError('unexpected element');
  return t;
}

/** A DER INTEGER's magnitude; it must be positive and minimally encoded. */
function unsignedInteger(t: Tlv): Uint8Array {
  const v = t.value;
  if (t.tag !== 0x02 || v.length === 0) throw new RangeError('not an INTEGER');
  if (v[0]! & 0x80) throw new RangeError('negative INTEGER');
  if (v.length > 1 && v[0] === 0 && !(v[1]! & 0x80)) throw new RangeError('non-minimal INTEGER');
  return v[0] === 0 ? v.subarray(1) : v;
}

function bitLength(be: Uint8Array): number {
  let i = 0;
  while (i < be.length && be[i] === 0) i++;
  if (i === be.length) return 0;
  return (be.length - i) * 8 - Math.clz32(be[i]!) + 24;
}

/** The modulus and exponent of a DER SubjectPublicKeyInfo, or an `InvalidPublicKey` error. */
function parseSpki(der: Uint8Array): { modulus: Uint8Array; exponent: Uint8Array } {
  try {
    const spki = readAll(readOnly(der, 0x30).value);
    if (spki.length !== 2) throw new RangeError('SPKI has two elements');
    const [algorithm, key] = spki as [Tlv, Tlv];
    if (algorithm.tag !== 0x30) throw new RangeError('no AlgorithmIdentifier');
    const alg = readAll(algorithm.value);
    const oid = alg[0];
    if (alg.length !== 2 || !oid || oid.tag !== 0x06 || !sameBytes(oid.value, RSA_ENCRYPTION_OID)) throw new RangeError('not rsaEncryption');
    if (alg[1]!.tag !== 0x05 || alg[1]!.value.length !== 0) throw new RangeError('parameters are not NULL');
    if (key.tag !== 0x03 || key.value.length < 1 || key.value[0] !== 0) throw new RangeError('not a whole-byte BIT STRING');
    const rsa = readAll(readOnly(key.value.subarray(1), 0x30).value);
    if (rsa.length !== 2) throw new RangeError('RSAPublicKey has two elements');
    return { modulus: unsignedInteger(rsa[0]!), exponent: unsignedInteger(rsa[1]!) };
  } catch (cause) {
    throw new EnvelopeError('InvalidPublicKey', { cause });
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The modulus size in bits of an RSA public key (DER SubjectPublicKeyInfo), under the
 * chain's key policy: `KeyTooSmall` below 2048 bits, `KeyTooLarge` above 4096, and
 * `InvalidPublicKey` for anything but an `rsaEncryption` key with NULL parameters and the
 * exponent 65537 (as the runtime's `registerKey` and the Rust crate decide).
 */
export function publicKeyBits(spkiDer: BytesLike): number {
  const der = toBytes(spkiDer, 'public key');
  if (der.length > PARSE_CAP) throw new EnvelopeError('InvalidPublicKey');
  const { modulus, exponent } = parseSpki(der);
  const bits = bitLength(modulus);
  if (bits < MIN_RSA_BITS) throw new EnvelopeError('KeyTooSmall');
  if (bits > MAX_RSA_BITS) throw new EnvelopeError('KeyTooLarge');
  if (!sameBytes(exponent, Uint8Array.of(1, 0, 1))) throw new EnvelopeError('InvalidPublicKey');
  return bits;
}

/** The modulus length `k` in bytes of a public key: the length of every `W` wrapped to it. */
export function modulusLength(spkiDer: BytesLike): number {
  return Math.ceil(publicKeyBits(spkiDer) / 8);
}

/** The modulus `n` and exponent `e` of a public key (after the key-policy checks). */
export function publicKeyNumbers(spkiDer: BytesLike): { modulus: bigint; exponent: bigint; k: number } {
  const der = toBytes(spkiDer, 'public key');
  const bits = publicKeyBits(der);
  const { modulus, exponent } = parseSpki(der);
  return { modulus: toBigInt(modulus), exponent: toBigInt(exponent), k: Math.ceil(bits / 8) };
}

/** Big-endian unsigned bytes to a bigint. */
export function toBigInt(be: Uint8Array): bigint {
  let x = 0n;
  for (const b of be) x = (x << 8n) | BigInt(b);
  return x;
}

/** Imports a public key (DER SubjectPublicKeyInfo) for wrapping, after the key-policy checks. */
export async function importPublicKey(spkiDer: BytesLike | CryptoKey): Promise<CryptoKey> {
  if (isCryptoKey(spkiDer)) return spkiDer;
  const der = toBytes(spkiDer, 'public key');
  publicKeyBits(der);
  try {
    return await subtle().importKey('spki', der, RSA_OAEP, true, ['encrypt']);
  } catch (cause) {
    throw new EnvelopeError('InvalidPublicKey', { cause });
  }
}

/** A private key as accepted by {@link importPrivateKey}. */
export type PrivateKeyInput = CryptoKey | string | Uint8Array | ArrayBuffer;

function isCryptoKey(k: unknown): k is CryptoKey {
  return typeof k === 'object' && k !== null && 'algorithm' in k && 'usages' in k && 'type' in k && !(k instanceof Uint8Array);
}

/** The DER of the first PEM block of `label` in `pem`, or null. */
function pemBlock(pem: string, label: string): Uint8Array<ArrayBuffer> | null {
  const m = pem.match(new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]*)-----END ${label}-----`));
  return m ? fromBase64(m[1]!) : null;
}

/** PEM text of `der` under `label` (64-character lines, as OpenSSL and the Rust crate write). */
export function toPem(der: Uint8Array, label: string): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER of a PEM public key (`-----BEGIN PUBLIC KEY-----`, SubjectPublicKeyInfo). */
export function publicKeyDerFromPem(pem: string): Uint8Array<ArrayBuffer> {
  const der = pemBlock(pem, 'PUBLIC KEY');
  if (!der) throw new EnvelopeError('InvalidPublicKey');
  return der;
}

/** PEM text (`-----BEGIN PUBLIC KEY-----`) of a DER SubjectPublicKeyInfo. */
export function publicKeyToPem(spkiDer: BytesLike): string {
  return toPem(toBytes(spkiDer, 'public key'), 'PUBLIC KEY');
}

function derLength(n: number): Uint8Array {
  if (n < 0x80) return Uint8Array.of(n);
  if (n < 0x100) return Uint8Array.of(0x81, n);
  if (n < 0x10000) return Uint8Array.of(0x82, n >> 8, n & 0xff);
  return Uint8Array.of(0x83, n >> 16, (n >> 8) & 0xff, n & 0xff);
}
const der = (tag: number, ...content: Uint8Array[]) => {
  const body = concatBytes(...content);
  return concatBytes(Uint8Array.of(tag), derLength(body.length), body);
};

/** PKCS#8 PrivateKeyInfo around a PKCS#1 RSAPrivateKey (WebCrypto imports PKCS#8 only). */
function pkcs1ToPkcs8(pkcs1: Uint8Array): Uint8Array<ArrayBuffer> {
  return der(0x30,
    Uint8Array.of(0x02, 0x01, 0x00),
    der(0x30, der(0x06, RSA_ENCRYPTION_OID), Uint8Array.of(0x05, 0x00)),
    der(0x04, pkcs1));
}

/** PKCS#8 DER of a private key given as PEM (PKCS#8 or PKCS#1) or DER (either). */
export function privateKeyPkcs8(input: string | Uint8Array | ArrayBuffer): Uint8Array<ArrayBuffer> {
  if (typeof input === 'string') {
    const p8 = pemBlock(input, 'PRIVATE KEY');
    if (p8) return p8;
    const p1 = pemBlock(input, 'RSA PRIVATE KEY');
    if (p1) return pkcs1ToPkcs8(p1);
    throw new EnvelopeError('InvalidPrivateKey');
  }
  const bytes = toBytes(input, 'private key');
  try {
    // PKCS#8: SEQUENCE { INTEGER, SEQUENCE (algorithm), … }; PKCS#1: SEQUENCE { INTEGER, INTEGER (n), … }.
    const items = readAll(readOnly(bytes, 0x30).value);
    if (items[1]?.tag === 0x30) return bytes;
    if (items[1]?.tag === 0x02) return pkcs1ToPkcs8(bytes);
  } catch (cause) {
    throw new EnvelopeError('InvalidPrivateKey', { cause });
  }
  throw new EnvelopeError('InvalidPrivateKey');
}

/**
 * Imports an RSA private key for unwrapping: a WebCrypto `CryptoKey` (RSA-OAEP, SHA-256) is
 * used as it is; PEM text (`PRIVATE KEY` or `RSA PRIVATE KEY`) or DER bytes (PKCS#8 or
 * PKCS#1) are imported as a non-extractable key.
 */
export async function importPrivateKey(key: PrivateKeyInput): Promise<CryptoKey> {
  if (isCryptoKey(key)) return key;
  const pkcs8 = privateKeyPkcs8(key);
  try {
    return await subtle().importKey('pkcs8', pkcs8, RSA_OAEP, false, ['decrypt']);
  } catch (cause) {
    throw new EnvelopeError('InvalidPrivateKey', { cause });
  }
}

/** An RSA key pair for the envelope. */
export interface KeyPair {
  /** DER SubjectPublicKeyInfo: what `keyExchange.registerKey` takes. */
  publicDer: Uint8Array<ArrayBuffer>;
  /** PEM PKCS#8 (`-----BEGIN PRIVATE KEY-----`): what `loanshare` and its agent read. */
  privatePem: string;
  /** The private key, ready for {@link importPrivateKey} consumers (RSA-OAEP, SHA-256). */
  privateKey: CryptoKey;
}

/** A fresh RSA-OAEP-SHA-256 key pair of `bits` bits (exponent 65537). */
export async function generateKeyPair(bits = 2048): Promise<KeyPair> {
  let pair: CryptoKeyPair;
  try {
    pair = await subtle().generateKey(
      { name: 'RSA-OAEP', modulusLength: bits, publicExponent: Uint8Array.of(1, 0, 1), hash: 'SHA-256' },
      true, ['encrypt', 'decrypt']);
  } catch (cause) {
    throw new EnvelopeError('KeyGeneration', { cause });
  }
  const publicDer = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  return { publicDer, privatePem: toPem(pkcs8, 'PRIVATE KEY'), privateKey: pair.privateKey };
}
