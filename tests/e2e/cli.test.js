// The `loanshare` CLI against a real dev node: keys, sheet import (idempotent,
// a bad row sends nothing), listing, confirmation, and opening the delivered data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { startNode, rpc } from './lib/node.js';
import { keyring } from './lib/chain.js';

const target = process.env.CARGO_TARGET_DIR ?? join(process.env.HOME, '.cache/loanshare/target');
const CLI = process.env.LOANSHARE_CLI_BIN ?? join(target, 'release/loanshare');
const SHEET = new URL('../../crates/cli/examples/sample-plans.csv', import.meta.url).pathname;

let node, dir;
const cli = (args) => new Promise((resolve) => {
  execFile(CLI, args, { env: { ...process.env, LOANSHARE_URL: `http://127.0.0.1:${node.rpcPort}` }, timeout: 120_000 },
    (err, stdout, stderr) => resolve({ code: err ? (err.code ?? 1) : 0, out: stdout + stderr }));
});

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loanshare-cli-'));
  const { spawnSync } = await import('node:child_process');
  for (const who of ['alpha', 'beta']) {
    const r = spawnSync(CLI, ['keygen', '--out', join(dir, who)]);
    assert.equal(r.status, 0, r.stderr?.toString());
  }
  node = await startNode({
    name: 'cli',
    args: ['--dev', '--rsa-key-file', join(dir, 'alpha', 'private.pem'), '--institution-id', '1'],
  });
  const acc = await keyring();
  await rpc(node, 'author_insertKey', ['lsho', '//Alice', u8aToHex(acc.alice.publicKey)]);
});
after(async () => { await node?.stop(); });

test('register-key for the contributor and a participant', async () => {
  for (const [who, suri] of [['alpha', '//Alice'], ['beta', '//Bob']]) {
    const r = await cli(['--suri', suri, 'register-key', '--public', join(dir, who, 'public.der')]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /KeyRegistered/);
  }
});

test('a sheet with one bad row is refused with its row number and nothing is sent', async () => {
  const lines = readFileSync(SHEET, 'utf8').trimEnd().split('\n');
  lines[3] = lines[3].replace(/,Consumption,\d+,|,CarMortgage,\d+,/, (m) => m.replace(/\d+,$/, 'lots,'));
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, lines.join('\n') + '\n');
  const r = await cli(['--suri', '//Alice', 'import', bad, '--key', join(dir, 'alpha', 'public.der'), '--institution', '1']);
  assert.notEqual(r.code, 0, r.out);
  assert.match(r.out, /row 4/i);
  assert.deepEqual(await rpc(node, 'loanShare_plansByContributor', [1, 0, 100]), []);
});

test('import publishes the sheet once; importing it again creates nothing', async () => {
  const args = ['--suri', '//Alice', 'import', SHEET, '--key', join(dir, 'alpha', 'public.der'), '--institution', '1'];
  const first = await cli(args);
  assert.equal(first.code, 0, first.out);
  assert.match(first.out, /published 5 plans/);
  const again = await cli(args);
  assert.equal(again.code, 0, again.out);
  assert.match(again.out, /nothing new/);
  assert.equal((await rpc(node, 'loanShare_plansByContributor', [1, 0, 100])).length, 5);
});

test('plans --json lists the open plans; confirm and open the delivered borrower data', async () => {
  const list = await cli(['plans', '--open', '--json']);
  assert.equal(list.code, 0, list.out);
  const plans = JSON.parse(list.out);
  assert.equal(plans.length, 5);
  const id = plans[0].id;
  const c = await cli(['--suri', '//Bob', 'confirm', String(id), '--amount-rmb', '10000', '--rate-bp', '1900']);
  assert.equal(c.code, 0, c.out);
  assert.match(c.out, /PlanConfirmed/);
  let opened;
  for (let i = 0; i < 30; i++) {
    opened = await cli(['open', String(id), '--key', join(dir, 'beta', 'private.pem'), '--institution', '2']);
    if (opened.code === 0) break;
    await new Promise((r) => setTimeout(r, 2000));
  }
  assert.equal(opened.code, 0, opened.out);
  assert.match(opened.out, /commitment verified/);
  assert.match(opened.out, /110101199003074514/);
  // The contributor's key cannot open what was delivered to Beta.
  const wrong = await cli(['open', String(id), '--key', join(dir, 'alpha', 'private.pem'), '--institution', '2']);
  assert.notEqual(wrong.code, 0);
});
