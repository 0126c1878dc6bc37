// The browser bundles (npm run bundle) load and work where WebCrypto is (Node ≥ 20 here):
// the envelope bundle on a vector of the Rust crate, the whole bundle's exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const skip = existsSync(new URL('loanshare-sdk.browser.js', dist)) ? false : 'no bundle (run npm run bundle)';
const v = JSON.parse(readFileSync(new URL('../../../crates/envelope/test-vectors/v1.json', import.meta.url)));
const unhex = (s) => new Uint8Array(Buffer.from(s, 'hex'));
const hex = (b) => Buffer.from(b).toString('hex');

for (const file of ['loanshare-envelope.browser.js', 'loanshare-sdk.browser.js']) {
  test(`${file}: self-contained, and seals and opens a vector byte for byte`, { skip }, async () => {
    const code = readFileSync(new URL(file, dist), 'utf8');
    // No static or dynamic import of another module, no require of Node's.
    const imports = code.match(/(?:^|[;}\s])import\s*(?:\{[^}]*\}|\*\s*as\s*[\w$]+|[\w$]+)?\s*(?:from\s*)?["'][^"']+["']|\bimport\(\s*["'][^"']+["']\s*\)/g);
    assert.equal(imports, null, `the bundle imports: ${imports?.slice(0, 5)}`);
    const requires = code.match(/\brequire\(\s*["'](?:node:)?(?:fs|crypto|path|os|net|http|https|child_process|ws)["']\s*\)/g);
    assert.equal(requires, null, `the bundle requires: ${requires?.slice(0, 5)}`);
    const m = await import(new URL(file, dist));
    const c = v.cases[0];
    const ctx = { chainId: unhex(c.context.chain_id_hex), contributor: c.context.contributor, externalRef: unhex(c.context.external_ref_hex) };
    const sealed = await m.seal(c.fields, ctx, unhex(v.keys.contributor.spki_der_hex), { key: unhex(c.key_hex), nonce: unhex(c.nonce_hex), salt: unhex(c.salt_hex) });
    assert.equal(hex(sealed.ciphertext), c.ciphertext_hex);
    assert.equal(hex(sealed.commitment), c.commitment_hex);
    const opened = await m.open(v.keys.recipient.private_pkcs8_pem, unhex(c.rewrapped_key_hex), sealed, ctx);
    assert.equal(opened.name, c.fields.name);
    if (file === 'loanshare-sdk.browser.js') {
      for (const name of ['createApi', 'options', 'publish', 'confirm', 'watchFinalized', 'readPlan', 'fenToRmb', 'ChainError']) {
        assert.equal(typeof m[name], 'function', name);
      }
      assert.ok(m.signedExtensions.CheckMembership);
      assert.equal(m.fenToRmb(8_000_000n), '80000.00');
    }
  });
}
