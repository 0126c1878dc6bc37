// Independent check of dispute-v1.json (Node >= 20): `node verify-dispute.mjs`.
// WebCrypto has no raw RSA, so EM^e mod n is computed with BigInt; OAEP decoding (SHA-256,
// MGF1-SHA-256, empty label, Y = 0, a 32-byte message) and AES-256-GCM use WebCrypto.
// Exits non-zero on the first mismatch.
import { readFileSync } from "node:fs";

const subtle = globalThis.crypto.subtle;
const d = JSON.parse(readFileSync(new URL("./dispute-v1.json", import.meta.url)));
const hex = (b) => Buffer.from(b).toString("hex");
const unhex = (s) => new Uint8Array(Buffer.from(s, "hex"));
const utf8 = (s) => new TextEncoder().encode(s);
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
};
const sha256 = async (b) => new Uint8Array(await subtle.digest("SHA-256", b));
const toInt = (b) => (b.length === 0 ? 0n : BigInt("0x" + hex(b)));
const toBytes = (x, k) => unhex(x.toString(16).padStart(2 * k, "0"));
function modPow(b, e, m) {
  let r = 1n;
  b %= m;
  for (; e > 0n; e >>= 1n, b = (b * b) % m) if (e & 1n) r = (r * b) % m;
  return r;
}
function compact(n) {
  if (n < 1 << 6) return Uint8Array.of(n << 2);
  if (n < 1 << 14) return Uint8Array.of(((n << 2) | 1) & 0xff, n >> 6);
  throw new Error("length too large for this check");
}
const bytesField = (b) => concat(compact(b.length), b);
const u32le = (n) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); return b; };

async function mgf1(seed, len) {
  const out = [];
  for (let c = 0; out.length * 32 < len; c++) {
    const counter = new Uint8Array(4);
    new DataView(counter.buffer).setUint32(0, c);
    out.push(await sha256(concat(seed, counter)));
  }
  return concat(...out).slice(0, len);
}
const xor = (a, b) => a.map((x, i) => x ^ b[i]);

// RFC 8017 §7.1.2 step 3 for a 32-byte message; null if malformed.
async function oaepDecodeKey(em) {
  const k = em.length;
  if (k < 2 * 32 + 2 + 32) return null;
  const maskedSeed = em.slice(1, 33), maskedDb = em.slice(33);
  const seed = xor(maskedSeed, await mgf1(maskedDb, 32));
  const db = xor(maskedDb, await mgf1(seed, k - 33));
  const lHash = await sha256(new Uint8Array(0));
  const sep = db.length - 32 - 1;
  let bad = em[0];
  for (let i = 0; i < 32; i++) bad |= db[i] ^ lHash[i];
  for (let i = 32; i < sep; i++) bad |= db[i];
  bad |= db[sep] ^ 1;
  return bad === 0 ? db.slice(sep + 1) : null;
}

const n = toInt(unhex(d.participant.modulus_hex));
const e = toInt(unhex(d.participant.public_exponent_hex));
const k = unhex(d.participant.modulus_hex).length;
const env = d.envelope;
const aad = concat(utf8("loanshare/envelope/v1/aad"), Uint8Array.of(1),
  bytesField(unhex(env.context.chain_id_hex)), u32le(env.context.contributor),
  bytesField(unhex(env.context.external_ref_hex)));
const commitmentTag = utf8("loanshare/envelope/v1/commitment");

// The same judgement as `judge_delivery`.
async function judge(w2, em, h) {
  const m = toInt(em), c = toInt(w2);
  if (em.length !== k || w2.length !== k || m >= n || c >= n || modPow(m, e, n) !== c) {
    return { error: "ProofMismatch" };
  }
  const key = await oaepDecodeKey(em);
  if (key === null) return { verdict: "NotTheWrappedKey", key: null };
  const aesKey = await subtle.importKey("raw", key, "AES-GCM", false, ["decrypt"]);
  let p;
  try {
    p = new Uint8Array(await subtle.decrypt(
      { name: "AES-GCM", iv: unhex(env.nonce_hex), additionalData: aad }, aesKey, unhex(env.ciphertext_hex)));
  } catch {
    return { verdict: "WrongKey", key: hex(key) };
  }
  const ok = hex(await sha256(concat(commitmentTag, p))) === hex(h);
  return { verdict: ok ? "Good" : "CommitmentMismatch", key: hex(key) };
}

let failures = 0;
const check = (what, got, want) => {
  if (got !== want) { failures++; console.log(`FAIL ${what}\n  got  ${got}\n  want ${want}`); }
  else console.log(`ok   ${what}`);
};
check("EM of the good delivery is k bytes", unhex(d.cases[0].em_hex).length, k);
for (const c of d.cases) {
  const got = await judge(unhex(c.wrapped_key_hex), unhex(c.em_hex), unhex(c.commitment_hex));
  check(`${c.name}: outcome`, got.error ?? got.verdict, c.error ?? c.verdict);
  if (c.verdict !== undefined) check(`${c.name}: K'`, got.key, c.data_key_hex);
}
console.log(failures === 0 ? "all dispute vectors verified" : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
