// The LoanShare envelope (format v1) in JavaScript, with Node's WebCrypto only:
// the reference for integrators' SDKs. Byte layout: crates/envelope/test-vectors/README.md.
import { webcrypto, generateKeyPairSync, createPrivateKey, createPublicKey, privateDecrypt, publicEncrypt, constants } from 'node:crypto';

const subtle = webcrypto.subtle;
export const VERSION = 1;
const COMMITMENT_TAG = new TextEncoder().encode('loanshare/envelope/v1/commitment');
const AAD_TAG = new TextEncoder().encode('loanshare/envelope/v1/aad');
const utf8 = (s) => new TextEncoder().encode(s);

export const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
};

/** SCALE compact encoding of a length. */
export function compact(n) {
  if (n < 1 << 6) return Uint8Array.of(n << 2);
  if (n < 1 << 14) return Uint8Array.of(((n << 2) | 1) & 0xff, n >> 6);
  if (n < 1 << 30) {
    const x = (n << 2) | 2;
    return Uint8Array.of(x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff);
  }
  throw new Error('length too large');
}
const bytesField = (b) => concat(compact(b.length), b);
const strField = (s) => bytesField(utf8(s));
const optField = (s) => (s == null ? Uint8Array.of(0) : concat(Uint8Array.of(1), strField(s)));
const u32le = (n) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); return b; };

/** P: the borrower fields, SCALE-encoded, then the 32 salt bytes. */
export function plaintext(fields, salt) {
  return concat(strField(fields.name), strField(fields.id_number), strField(fields.mobile),
    optField(fields.licence_plate), optField(fields.engine_number), salt);
}

/** Decode P back into fields (the inverse of `plaintext`). */
export function decodePlaintext(p) {
  let o = 0;
  const len = () => {
    const mode = p[o] & 3;
    if (mode === 0) { const n = p[o] >> 2; o += 1; return n; }
    if (mode === 1) { const n = (p[o] | (p[o + 1] << 8)) >> 2; o += 2; return n; }
    if (mode === 2) { const n = (p[o] | (p[o + 1] << 8) | (p[o + 2] << 16) | (p[o + 3] << 24)) >>> 2; o += 4; return n; }
    throw new Error('unsupported compact length');
  };
  const str = () => { const n = len(); const s = new TextDecoder().decode(p.slice(o, o + n)); o += n; return s; };
  const opt = () => { const tag = p[o]; o += 1; return tag === 1 ? str() : null; };
  const fields = { name: str(), id_number: str(), mobile: str(), licence_plate: opt(), engine_number: opt() };
  if (p.length - o !== 32) throw new Error('bad plaintext length');
  return fields;
}

/** The AES-GCM associated data binding C to the chain, the contributor and the external reference. */
export function associatedData({ chainId, contributor, externalRef }) {
  return concat(AAD_TAG, Uint8Array.of(VERSION), bytesField(chainId), u32le(contributor), bytesField(externalRef));
}

export async function commitment(p) {
  return new Uint8Array(await subtle.digest('SHA-256', concat(COMMITMENT_TAG, p)));
}

/** A fresh RSA key pair: { publicDer (SPKI), privatePem (PKCS#8) }. */
export function generateKeyPair(bits = 2048) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: bits,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicDer: new Uint8Array(publicKey), privatePem: privateKey };
}

const pemToDer = (pem) => new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'));
const importPublic = (der) => subtle.importKey('spki', der, { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
const importPrivate = (pem) => subtle.importKey('pkcs8', pemToDer(pem), { name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['decrypt']);

/** Seal borrower fields for the contributor's own public key. */
export async function seal(fields, ctx, contributorPublicDer) {
  const key = webcrypto.getRandomValues(new Uint8Array(32));
  const nonce = webcrypto.getRandomValues(new Uint8Array(12));
  const salt = webcrypto.getRandomValues(new Uint8Array(32));
  const p = plaintext(fields, salt);
  const aes = await subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
  const ciphertext = new Uint8Array(await subtle.encrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: associatedData(ctx), tagLength: 128 }, aes, p));
  const wrappedKey = new Uint8Array(await subtle.encrypt({ name: 'RSA-OAEP' }, await importPublic(contributorPublicDer), key));
  return { version: VERSION, ciphertext, nonce, commitment: await commitment(p), wrappedKey };
}

/** Open: unwrap the data key with `privatePem`, decrypt, check the commitment. */
export async function open({ wrappedKey, ciphertext, nonce, commitment: expected }, ctx, privatePem) {
  const key = new Uint8Array(await subtle.decrypt({ name: 'RSA-OAEP' }, await importPrivate(privatePem), wrappedKey));
  const aes = await subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
  const p = new Uint8Array(await subtle.decrypt(
    { name: 'AES-GCM', iv: nonce, additionalData: associatedData(ctx), tagLength: 128 }, aes, ciphertext));
  const h = await commitment(p);
  if (Buffer.compare(Buffer.from(h), Buffer.from(expected)) !== 0) throw new Error('commitment mismatch');
  return decodePlaintext(p);
}

/**
 * W: a 32-byte data key wrapped to an RSA public key (SPKI DER) with RSA-OAEP-SHA-256,
 * as a contributor's delivery does (node:crypto; used to build deliberately wrong deliveries).
 */
export function wrapKey(publicDer, key) {
  const pub = createPublicKey({ key: Buffer.from(publicDer), format: 'der', type: 'spki' });
  return new Uint8Array(publicEncrypt({ key: pub, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, key));
}

/**
 * EM: the raw RSA decryption of `wrapped` (no padding removed), k bytes big-endian with
 * k = the modulus length: what a participant submits to prove a bad delivery
 * (`keyExchange.proveBadDelivery`), since EM^e mod n = W' proves what W' decrypts to.
 */
export function rawDecrypt(privatePem, wrapped) {
  const key = createPrivateKey(privatePem);
  const k = Buffer.from(key.export({ format: 'jwk' }).n, 'base64url').length;
  const em = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.from(wrapped));
  const out = new Uint8Array(k);
  out.set(em, k - em.length);
  return out;
}
