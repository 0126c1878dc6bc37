// The SDK's envelope against the Rust crate's shared test vectors (no node needed):
// crates/envelope/test-vectors/v1.json and dispute-v1.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  plaintext, decodePlaintext, splitPlaintext, associatedData, commitment, seal, open, openWithKey, unwrapKey, wrapKey,
  rewrap, encryptPlaintext, publicKeyBits, generateKeyPair, judgeDelivery, oaepDecodeKey, compact, importPrivateKey,
  EnvelopeError, COMMITMENT_TAG, AAD_TAG, VERSION, publicKeyToPem, publicKeyDerFromPem, privateKeyPkcs8,
} from '@loanshare/sdk/envelope';

const vectors = new URL('../../../crates/envelope/test-vectors/', import.meta.url);
const v = JSON.parse(readFileSync(new URL('v1.json', vectors)));
const d = JSON.parse(readFileSync(new URL('dispute-v1.json', vectors)));
const unhex = (s) => new Uint8Array(Buffer.from(s, 'hex'));
const hex = (b) => Buffer.from(b).toString('hex');
const code = (c) => (e) => e instanceof EnvelopeError && e.code === c;
const ctxOf = (c) => ({ chainId: unhex(c.chain_id_hex), contributor: c.contributor, externalRef: unhex(c.external_ref_hex) });
const opened = (f) => ({ ...f, licence_plate: f.licence_plate ?? null, engine_number: f.engine_number ?? null });

test('the domain tags and version are the vectors\'', () => {
  assert.equal(VERSION, v.version);
  assert.equal(hex(COMMITMENT_TAG), v.commitment_tag_hex);
  assert.equal(hex(AAD_TAG), v.aad_tag_hex);
});

test('compact lengths: the shortest SCALE form at each boundary', () => {
  assert.equal(hex(compact(0)), '00');
  assert.equal(hex(compact(63)), 'fc');
  assert.equal(hex(compact(64)), '0101');
  assert.equal(hex(compact(16383)), 'fdff');
  assert.equal(hex(compact(16384)), '02000100');
  assert.equal(hex(compact(2 ** 30 - 1)), 'feffffff');
  assert.throws(() => compact(2 ** 30));
});

for (const c of v.cases) {
  const ctx = ctxOf(c.context);

  test(`vector ${c.name}: P, A, C and H are the Rust crate's, byte for byte`, async () => {
    const p = plaintext(c.fields, unhex(c.salt_hex));
    assert.equal(hex(p), c.plaintext_hex);
    assert.equal(hex(associatedData(ctx)), c.aad_hex);
    assert.equal(hex(await commitment(p)), c.commitment_hex);
    assert.equal(hex(await encryptPlaintext(unhex(c.key_hex), unhex(c.nonce_hex), p, ctx)), c.ciphertext_hex);
    assert.deepEqual(decodePlaintext(p), opened(c.fields));
    assert.equal(hex(splitPlaintext(p).salt), c.salt_hex);
  });

  test(`vector ${c.name}: seal with the vector's key, nonce and salt gives its C and H; W unwraps to K`, async () => {
    const sealed = await seal(c.fields, ctx, unhex(v.keys.contributor.spki_der_hex),
      { key: unhex(c.key_hex), nonce: unhex(c.nonce_hex), salt: unhex(c.salt_hex) });
    assert.equal(sealed.version, 1);
    assert.equal(hex(sealed.ciphertext), c.ciphertext_hex);
    assert.equal(hex(sealed.commitment), c.commitment_hex);
    assert.equal(hex(sealed.nonce), c.nonce_hex);
    assert.equal(sealed.wrappedKey.length, 256);
    // OAEP is randomised: W differs from the vector's, and unwraps to the same K.
    assert.notEqual(hex(sealed.wrappedKey), c.wrapped_key_hex);
    assert.equal(hex(await unwrapKey(v.keys.contributor.private_pkcs8_pem, sealed.wrappedKey)), c.key_hex);
    assert.deepEqual(await open(v.keys.contributor.private_pkcs8_pem, sealed.wrappedKey, sealed, ctx), opened(c.fields));
  });

  test(`vector ${c.name}: the Rust crate's W and W' unwrap to K; both open C`, async () => {
    assert.equal(hex(await unwrapKey(v.keys.contributor.private_pkcs8_pem, unhex(c.wrapped_key_hex))), c.key_hex);
    assert.equal(hex(await unwrapKey(v.keys.recipient.private_pkcs8_pem, unhex(c.rewrapped_key_hex))), c.key_hex);
    await assert.rejects(unwrapKey(v.keys.contributor.private_pkcs8_pem, unhex(c.rewrapped_key_hex)), code('UnwrapFailed'));
    const env = { version: 1, ciphertext: unhex(c.ciphertext_hex), nonce: unhex(c.nonce_hex), commitment: unhex(c.commitment_hex) };
    assert.deepEqual(await open(v.keys.contributor.private_pkcs8_pem, unhex(c.wrapped_key_hex), env, ctx), opened(c.fields));
    assert.deepEqual(await open(v.keys.recipient.private_pkcs8_pem, unhex(c.rewrapped_key_hex), env, ctx), opened(c.fields));
    // Hex strings and byte arrays (as the RPCs return them) are accepted too.
    const asRpc = { ciphertext: [...unhex(c.ciphertext_hex)], nonce: `0x${c.nonce_hex}`, commitment: `0x${c.commitment_hex}` };
    assert.deepEqual(await open(v.keys.recipient.private_pkcs8_pem, `0x${c.rewrapped_key_hex}`, asRpc, ctx), opened(c.fields));
  });

  test(`vector ${c.name}: tampering, another context or key, another version are refused`, async () => {
    const env = { ciphertext: unhex(c.ciphertext_hex), nonce: unhex(c.nonce_hex), commitment: unhex(c.commitment_hex) };
    const pem = v.keys.recipient.private_pkcs8_pem;
    const w2 = unhex(c.rewrapped_key_hex);
    const flip = (b, i = 0) => b.map((x, j) => (j === i ? x ^ 1 : x));
    await assert.rejects(open(pem, w2, { ...env, commitment: flip(env.commitment) }, ctx), code('CommitmentMismatch'));
    await assert.rejects(open(pem, w2, { ...env, commitment: flip(env.commitment) }, ctx), /commitment mismatch/);
    await assert.rejects(open(pem, w2, { ...env, ciphertext: flip(env.ciphertext, 3) }, ctx), code('Decrypt'));
    await assert.rejects(open(pem, w2, { ...env, nonce: flip(env.nonce) }, ctx), code('Decrypt'));
    await assert.rejects(open(pem, w2, env, { ...ctx, contributor: ctx.contributor ^ 1 }), code('Decrypt'));
    await assert.rejects(open(pem, w2, env, { ...ctx, externalRef: 'LN-other' }), code('Decrypt'));
    await assert.rejects(open(pem, w2, env, { ...ctx, chainId: flip(ctx.chainId) }), code('Decrypt'));
    await assert.rejects(open(v.keys.contributor.private_pkcs8_pem, w2, env, ctx), code('UnwrapFailed'));
    await assert.rejects(open(pem, flip(w2, 100), env, ctx), code('UnwrapFailed'));
    await assert.rejects(open(pem, w2, { ...env, version: 2 }, ctx), code('UnsupportedVersion'));
    await assert.rejects(open('not a key', w2, env, ctx), code('InvalidPrivateKey'));
  });
}

test('the invalid public keys of the vectors are refused with the expected error', async () => {
  for (const k of v.invalid_public_keys) {
    assert.throws(() => publicKeyBits(unhex(k.spki_der_hex)), code(k.error), k.name);
    await assert.rejects(seal(v.cases[0].fields, ctxOf(v.cases[0].context), unhex(k.spki_der_hex)), code(k.error), k.name);
    await assert.rejects(wrapKey(unhex(k.spki_der_hex), new Uint8Array(32)), code(k.error), k.name);
  }
  assert.equal(publicKeyBits(unhex(v.keys.contributor.spki_der_hex)), 2048);
  // Trailing bytes after a valid key are refused, as the Rust crate's strict DER does.
  assert.throws(() => publicKeyBits(unhex(`${v.keys.contributor.spki_der_hex}00`)), code('InvalidPublicKey'));
});

test('non-canonical plaintexts are refused (the Rust crate\'s format tests)', () => {
  const salt = new Uint8Array(32);
  const fields = { name: 'A', id_number: 'B', mobile: 'C', licence_plate: null, engine_number: 'E' };
  const p = plaintext(fields, salt);
  assert.equal(hex(p.subarray(0, 10)), '04410442044300010445');
  assert.deepEqual(decodePlaintext(p), fields);
  const invalid = code('InvalidPlaintext');
  assert.throws(() => decodePlaintext(p.subarray(0, 31)), invalid);
  const extra = new Uint8Array([...p.subarray(0, p.length - 32), 0, ...salt]);
  assert.throws(() => decodePlaintext(extra), invalid);
  const badTag = p.slice(); badTag[6] = 2;
  assert.throws(() => decodePlaintext(badTag), invalid);
  const badUtf8 = p.slice(); badUtf8[1] = 0xff;
  assert.throws(() => decodePlaintext(badUtf8), invalid);
  const longLen = new Uint8Array([0x05, 0x00, 0x41, ...p.subarray(2)]);
  assert.throws(() => decodePlaintext(longLen), invalid);
  // A field running into the salt.
  assert.throws(() => decodePlaintext(new Uint8Array([0x04 * 20, ...new Uint8Array(40)])), invalid);
});

test('a fresh key pair: seal to it, open with its PEM, PKCS#8 DER, PKCS#1 PEM or CryptoKey; rewrap to a recipient', async () => {
  const alpha = await generateKeyPair();
  const beta = await generateKeyPair();
  assert.equal(publicKeyBits(alpha.publicDer), 2048);
  assert.match(alpha.privatePem, /^-----BEGIN PRIVATE KEY-----\n([A-Za-z0-9+/=]{64}\n)+[A-Za-z0-9+/=]{1,64}\n-----END PRIVATE KEY-----\n$/);
  assert.deepEqual(publicKeyDerFromPem(publicKeyToPem(alpha.publicDer)), alpha.publicDer);
  const borrower = { name: '王芳', id_number: '440301199002021234', mobile: '+86 139 0000 0000' };
  const ctx = { chainId: `0x${'ab'.repeat(32)}`, contributor: 1, externalRef: 'LN-2026-1' };
  const sealed = await seal(borrower, ctx, alpha.publicDer);
  const want = { ...borrower, licence_plate: null, engine_number: null };
  assert.deepEqual(await open(alpha.privatePem, sealed.wrappedKey, sealed, ctx), want);
  assert.deepEqual(await open(alpha.privateKey, sealed.wrappedKey, sealed, ctx), want);
  assert.deepEqual(await open(privateKeyPkcs8(alpha.privatePem), sealed.wrappedKey, sealed, ctx), want);
  // PKCS#1 (`-----BEGIN RSA PRIVATE KEY-----`), as older tools write it (node:crypto makes one here).
  const { createPrivateKey } = await import('node:crypto');
  const pkcs1 = createPrivateKey(alpha.privatePem).export({ type: 'pkcs1', format: 'pem' });
  assert.deepEqual(await open(pkcs1, sealed.wrappedKey, sealed, ctx), want);
  const w2 = await rewrap(alpha.privatePem, sealed.wrappedKey, beta.publicDer);
  assert.deepEqual(await open(beta.privatePem, w2, sealed, ctx), want);
  await assert.rejects(open(alpha.privatePem, w2, sealed, ctx), code('UnwrapFailed'));
  // Two seals of the same data share nothing.
  const again = await seal(borrower, ctx, alpha.publicDer);
  assert.notEqual(hex(again.ciphertext), hex(sealed.ciphertext));
  assert.notEqual(hex(again.commitment), hex(sealed.commitment));
  // A CryptoKey made elsewhere works as the private key.
  assert.equal((await importPrivateKey(alpha.privatePem)).type, 'private');
});

test('a 1024-bit key is generated but refused for sealing (KeyTooSmall)', async () => {
  const small = await generateKeyPair(1024);
  assert.throws(() => publicKeyBits(small.publicDer), code('KeyTooSmall'));
});

test('dispute-v1: every proof is judged as the runtime judges it', async () => {
  const env = { ciphertext: unhex(d.envelope.ciphertext_hex), nonce: unhex(d.envelope.nonce_hex), commitment: unhex(d.envelope.commitment_hex) };
  const ctx = ctxOf(d.envelope.context);
  const spki = unhex(d.participant.spki_der_hex);
  assert.ok(d.cases.length >= 5);
  for (const c of d.cases) {
    const judged = judgeDelivery(spki, unhex(c.wrapped_key_hex), unhex(c.em_hex), { ...env, commitment: unhex(c.commitment_hex) }, ctx);
    if (c.error) {
      await assert.rejects(judged, code(c.error), c.name);
    } else {
      const { verdict, key } = await judged;
      assert.equal(verdict, c.verdict, c.name);
      assert.equal(key === null ? null : hex(key), c.data_key_hex, c.name);
    }
  }
  // The good delivery's EM decodes to the key that opens the envelope.
  const good = d.cases.find((c) => c.verdict === 'Good');
  const key = await oaepDecodeKey(unhex(good.em_hex));
  assert.deepEqual(await openWithKey(key, env, ctx), opened(v.cases[0].fields));
});
