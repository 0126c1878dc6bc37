// The JavaScript envelope implementation (the SDK's, through lib/envelope.js) agrees with the
// shared test vectors of the Rust crate. The SDK's own tests (sdk/js/test) cover them in full.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { plaintext, associatedData, commitment, open, decodePlaintext } from './lib/envelope.js';

const v = JSON.parse(readFileSync(new URL('../../crates/envelope/test-vectors/v1.json', import.meta.url)));
const unhex = (s) => new Uint8Array(Buffer.from(s, 'hex'));
const hex = (b) => Buffer.from(b).toString('hex');

for (const c of v.cases) {
  const ctx = {
    chainId: unhex(c.context.chain_id_hex),
    contributor: c.context.contributor,
    externalRef: unhex(c.context.external_ref_hex),
  };
  test(`vector ${c.name}: P, aad and H match`, async () => {
    const p = plaintext(c.fields, unhex(c.salt_hex));
    assert.equal(hex(p), c.plaintext_hex);
    assert.equal(hex(associatedData(ctx)), c.aad_hex);
    assert.equal(hex(await commitment(p)), c.commitment_hex);
    assert.deepEqual(decodePlaintext(p), { ...c.fields, licence_plate: c.fields.licence_plate ?? null, engine_number: c.fields.engine_number ?? null });
  });
  test(`vector ${c.name}: the recipient opens the rewrapped key; tampering is detected`, async () => {
    const sealed = {
      wrappedKey: unhex(c.rewrapped_key_hex),
      ciphertext: unhex(c.ciphertext_hex),
      nonce: unhex(c.nonce_hex),
      commitment: unhex(c.commitment_hex),
    };
    const fields = await open(v.keys.recipient.private_pkcs8_pem, sealed.wrappedKey, sealed, ctx);
    assert.equal(fields.name, c.fields.name);
    const badCommitment = { ...sealed, commitment: unhex(c.commitment_hex).map((b, i) => (i === 0 ? b ^ 1 : b)) };
    await assert.rejects(open(v.keys.recipient.private_pkcs8_pem, badCommitment.wrappedKey, badCommitment, ctx), /commitment mismatch/);
    await assert.rejects(open(v.keys.recipient.private_pkcs8_pem, sealed.wrappedKey, sealed, { ...ctx, contributor: ctx.contributor + 1 }));
    await assert.rejects(open(v.keys.contributor.private_pkcs8_pem, sealed.wrappedKey, sealed, ctx));
  });
}
