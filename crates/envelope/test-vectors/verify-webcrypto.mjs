// Independent check of v1.json with WebCrypto (Node >= 20): `node verify-webcrypto.mjs`.
// Re-derives P, aad, C and H from the inputs, unwraps W / W' with the PKCS#8 keys,
// and opens C with the unwrapped key. Exits non-zero on the first mismatch.
import { readFileSync } from "node:fs";

const subtle = globalThis.crypto.subtle;
const v = JSON.parse(readFileSync(new URL("./v1.json", import.meta.url)));
const hex = (b) => Buffer.from(b).toString("hex");
const unhex = (s) => new Uint8Array(Buffer.from(s, "hex"));
const utf8 = (s) => new TextEncoder().encode(s);
const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
};

// SCALE compact length (only the modes a field can need).
function compact(n) {
  if (n < 1 << 6) return Uint8Array.of(n << 2);
  if (n < 1 << 14) return Uint8Array.of(((n << 2) | 1) & 0xff, n >> 6);
  if (n < 1 << 30) {
    const x = (n << 2) | 2;
    return Uint8Array.of(x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff);
  }
  throw new Error("length too large");
}
const bytesField = (b) => concat(compact(b.length), b);
const strField = (s) => bytesField(utf8(s));
const optField = (s) => (s === null ? Uint8Array.of(0) : concat(Uint8Array.of(1), strField(s)));
const u32le = (n) => { const b = new Uint8Array(4); new DataView(b.buffer).setUint32(0, n, true); return b; };

function pemToDer(pem) {
  const b64 = pem.replace(/-----[^-]+-----/g, "").replace(/\s+/g, "");
  return new Uint8Array(Buffer.from(b64, "base64"));
}
const importPrivate = (pem) => subtle.importKey(
  "pkcs8", pemToDer(pem), { name: "RSA-OAEP", hash: "SHA-256" }, false, ["decrypt"]);

let failures = 0;
const check = (what, got, want) => {
  if (got !== want) { failures++; console.log(`FAIL ${what}\n  got  ${got}\n  want ${want}`); }
  else console.log(`ok   ${what}`);
};

const contributor = await importPrivate(v.keys.contributor.private_pkcs8_pem);
const recipient = await importPrivate(v.keys.recipient.private_pkcs8_pem);
const commitmentTag = utf8("loanshare/envelope/v1/commitment");
const aadTag = utf8("loanshare/envelope/v1/aad");
check("commitment tag", hex(commitmentTag), v.commitment_tag_hex);
check("aad tag", hex(aadTag), v.aad_tag_hex);

for (const c of v.cases) {
  const f = c.fields;
  const p = concat(strField(f.name), strField(f.id_number), strField(f.mobile),
    optField(f.licence_plate), optField(f.engine_number), unhex(c.salt_hex));
  check(`${c.name}: P`, hex(p), c.plaintext_hex);
  const aad = concat(aadTag, Uint8Array.of(v.version), bytesField(unhex(c.context.chain_id_hex)),
    u32le(c.context.contributor), bytesField(unhex(c.context.external_ref_hex)));
  check(`${c.name}: aad`, hex(aad), c.aad_hex);
  const h = new Uint8Array(await subtle.digest("SHA-256", concat(commitmentTag, p)));
  check(`${c.name}: H`, hex(h), c.commitment_hex);
  const k = await subtle.importKey("raw", unhex(c.key_hex), "AES-GCM", false, ["encrypt", "decrypt"]);
  const ct = new Uint8Array(await subtle.encrypt(
    { name: "AES-GCM", iv: unhex(c.nonce_hex), additionalData: aad, tagLength: 128 }, k, p));
  check(`${c.name}: C`, hex(ct), c.ciphertext_hex);
  const w = new Uint8Array(await subtle.decrypt({ name: "RSA-OAEP" }, contributor, unhex(c.wrapped_key_hex)));
  check(`${c.name}: unwrap W`, hex(w), c.key_hex);
  const w2 = new Uint8Array(await subtle.decrypt({ name: "RSA-OAEP" }, recipient, unhex(c.rewrapped_key_hex)));
  check(`${c.name}: unwrap W'`, hex(w2), c.key_hex);
  const k2 = await subtle.importKey("raw", w2, "AES-GCM", false, ["decrypt"]);
  const opened = new Uint8Array(await subtle.decrypt(
    { name: "AES-GCM", iv: unhex(c.nonce_hex), additionalData: aad }, k2, unhex(c.ciphertext_hex)));
  check(`${c.name}: open C`, hex(opened), c.plaintext_hex);
}
console.log(failures === 0 ? "all vectors verified" : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
