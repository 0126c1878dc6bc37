// The browser bundle in a real headless Chromium (Debian's chromium through puppeteer-core;
// nothing downloads a browser): the envelope on a vector of the Rust crate with the
// browser's WebCrypto, and createApi against a dev node from the page, with no warning.
// Skipped without Chromium ($LOANSHARE_CHROMIUM, default /usr/bin/chromium) or the bundle.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { startDevNode, haveNode, nodeBinary } from './lib/node.mjs';

const CHROMIUM = process.env.LOANSHARE_CHROMIUM ?? '/usr/bin/chromium';
const dist = new URL('../dist/', import.meta.url);
const skip = !existsSync(CHROMIUM) ? `no Chromium at ${CHROMIUM}`
  : !existsSync(new URL('loanshare-sdk.browser.js', dist)) ? 'no bundle (npm run bundle)' : false;
const skipNode = skip || (haveNode() ? false : `no node binary at ${nodeBinary()}`);
const v = JSON.parse(readFileSync(new URL('../../../crates/envelope/test-vectors/v1.json', import.meta.url)));

let server, origin, browser, page, node;
const consoleLines = [];

before(async () => {
  if (skip) return;
  // The page and the bundle, from 127.0.0.1 (a secure context: WebCrypto is there).
  server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><meta charset="utf-8"><title>LoanShare SDK</title><p>SDK test page</p>');
    } else if (/^\/loanshare-[a-z]+\.browser\.js$/.test(req.url)) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(new URL(`.${req.url}`, dist)));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${server.address().port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
  });
  page = await browser.newPage();
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e}`));
  await page.goto(`${origin}/`);
  if (!skipNode) node = await startDevNode();
});

after(async () => {
  await browser?.close();
  server?.close();
  await node?.stop();
});

test('in Chromium, the bundle seals a vector byte for byte and opens the Rust crate\'s W\'', { skip }, async () => {
  const c = v.cases[0];
  const out = await page.evaluate(async (c, keys) => {
    const m = await import('/loanshare-sdk.browser.js');
    const ctx = { chainId: `0x${c.context.chain_id_hex}`, contributor: c.context.contributor, externalRef: m.hexToBytes(c.context.external_ref_hex) };
    const sealed = await m.seal(c.fields, ctx, m.hexToBytes(keys.contributor.spki_der_hex),
      { key: m.hexToBytes(c.key_hex), nonce: m.hexToBytes(c.nonce_hex), salt: m.hexToBytes(c.salt_hex) });
    const opened = await m.open(keys.recipient.private_pkcs8_pem, m.hexToBytes(c.rewrapped_key_hex), sealed, ctx);
    const pair = await m.generateKeyPair();
    const mine = await m.seal(c.fields, ctx, pair.publicDer);
    const again = await m.open(pair.privateKey, mine.wrappedKey, mine, ctx);
    return {
      ciphertext: m.bytesToHex(sealed.ciphertext), commitment: m.bytesToHex(sealed.commitment), opened, again,
      fee: m.fenToRmb(m.confirmationFee(8_000_000n, 1), { unit: 'TOKEN' }), webCrypto: typeof globalThis.crypto.subtle.encrypt,
    };
  }, c, v.keys);
  assert.equal(out.webCrypto, 'function');
  assert.equal(out.ciphertext, `0x${c.ciphertext_hex}`);
  assert.equal(out.commitment, `0x${c.commitment_hex}`);
  assert.equal(out.opened.name, c.fields.name);
  assert.equal(out.again.engine_number, c.fields.engine_number);
  assert.equal(out.fee, '8.00 TOKEN');
});

test('in Chromium, createApi connects to a dev node without a warning and reads typed constants and plans', { skip: skipNode }, async () => {
  consoleLines.length = 0;
  const out = await page.evaluate(async (url) => {
    const m = await import('/loanshare-sdk.browser.js');
    const api = await m.createApi(url);
    const result = {
      chain: (await api.rpc.system.chain()).toString(),
      minFee: api.consts.loanShare.minFee.toString(),
      extension: api.registry.signedExtensions.includes('CheckMembership'),
      open: (await m.openPlans(api, { limit: 100 })).length,
      missing: await m.readPlan(api, 999_999),
    };
    await api.disconnect();
    return result;
  }, node.url);
  assert.deepEqual(out, { chain: 'LoanShare Development', minFee: '100', extension: true, open: 0, missing: null });
  const warnings = consoleLines.filter((l) => /^(warn|warning|error|pageerror)/.test(l));
  assert.deepEqual(warnings, [], warnings.join('\n'));
});
