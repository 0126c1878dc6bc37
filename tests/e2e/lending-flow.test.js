// The whole lending flow on a real dev node, through @polkadot/api:
// keys -> recharge -> publish (real envelope) -> two confirmations (fees in escrow)
// -> bad inputs rejected with their module errors -> the contributor's offchain
// worker delivers -> the participants open the data -> fees reach the contributor
// -> no plaintext anywhere in state or blocks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { startNode, connect, rpc } from './lib/node.js';
import { keyring, submit, findEvent, tokenBalance, ChainError, DEV } from './lib/chain.js';
import { generateKeyPair, open } from './lib/envelope.js';
import { planInput, envelopeContext, deliveredEnvelope, waitDelivered } from './lib/plans.js';

const BORROWER = {
  name: '张三 Zhang San',
  id_number: '110101199003074519',
  mobile: '13800138000',
  licence_plate: null,
  engine_number: null,
};
const EXTERNAL_REF = `SHEET-2026-11-${process.pid}`;

let node, api, acc, keys, planId, confirmBlock, alphaStart;
const metrics = {};

before(async () => {
  keys = { alpha: generateKeyPair(), beta: generateKeyPair(), gamma: generateKeyPair() };
  const dir = mkdtempSync(join(tmpdir(), 'loanshare-keys-'));
  const pem = join(dir, 'alpha.pem');
  writeFileSync(pem, keys.alpha.privatePem, { mode: 0o600 });
  node = await startNode({
    name: 'flow',
    args: ['--dev', '--rsa-key-file', pem, '--institution-id', String(DEV.alpha.id)],
  });
  api = await connect(node);
  acc = await keyring();
  // The delivery worker signs `deliver` with an `lsho` key of one of Alpha's accounts.
  await rpc(node, 'author_insertKey', ['lsho', '//Alice', u8aToHex(acc.alice.publicKey)]);
});

after(async () => {
  await api?.disconnect();
  await node?.stop();
  if (Object.keys(metrics).length) console.log('# metrics', JSON.stringify(metrics));
});

test('metadata describes the LoanShare pallets and the token constants', () => {
  for (const p of ['consortium', 'token', 'loanShare', 'keyExchange']) {
    assert.ok(api.tx[p], `missing pallet ${p}`);
  }
  assert.equal(api.consts.token.symbol.toHuman(), 'TOKEN');
  assert.equal(api.consts.token.decimals.toNumber(), 2);
  assert.equal(api.consts.token.fenPerToken.toString(), '100');
});

test('institutions register their RSA public keys', async () => {
  for (const [who, signer] of [['alpha', acc.alice], ['beta', acc.bob], ['gamma', acc.charlie]]) {
    const r = await submit(api, api.tx.keyExchange.registerKey(u8aToHex(keys[who].publicDer)), signer);
    assert.ok(findEvent(r.events, 'keyExchange', 'KeyRegistered'), `${who}: no KeyRegistered event`);
  }
  const tooSmall = generateKeyPair(1024);
  await assert.rejects(
    submit(api, api.tx.keyExchange.registerKey(u8aToHex(tooSmall.publicDer)), acc.dave),
    (e) => e instanceof ChainError && e.errorName === 'KeyTooSmall',
  );
});

test('the issuer recharges an institution; a payment reference cannot mint twice', async () => {
  const before = await tokenBalance(api, DEV.gamma.id);
  const r = await submit(api, api.tx.token.recharge(DEV.gamma.id, 50_000, 'BANK-REF-0001'), acc.alice);
  assert.ok(findEvent(r.events, 'token', 'Recharged') ?? r.events.find((e) => e.section === 'token'));
  assert.equal(await tokenBalance(api, DEV.gamma.id), before + 50_000n);
  await assert.rejects(
    submit(api, api.tx.token.recharge(DEV.gamma.id, 50_000, 'BANK-REF-0001'), acc.alice),
    (e) => e.errorName === 'DuplicatePaymentReference',
  );
  await assert.rejects(
    submit(api, api.tx.token.recharge(DEV.gamma.id, 1, 'BANK-REF-0002'), acc.bob),
    (e) => e.section === 'consortium' && e.errorName === 'NotATokenIssuer',
  );
});

const newPlan = () => planInput(api, {
  contributor: DEV.alpha.id,
  contributorPublicDer: keys.alpha.publicDer,
  externalRef: EXTERNAL_REF,
  borrower: BORROWER,
});

test('a contributor publishes a plan; importing it again creates nothing', async () => {
  const input = await newPlan();
  const r = await submit(api, api.tx.loanShare.publish(input), acc.alice);
  const ev = findEvent(r.events, 'loanShare', 'PlanPublished');
  assert.ok(ev, 'no PlanPublished event');
  planId = Number(ev.data[0].toString());
  const plan = await rpc(node, 'loanShare_plan', [planId]);
  assert.equal(plan.contributor, DEV.alpha.id);
  assert.equal(Number(plan.input.amount), 12_000_000);
  const open = await rpc(node, 'loanShare_openPlans', [0, 100]);
  assert.ok(open.some((p) => p.id === planId), 'plan missing from loanShare_openPlans');
  const mine = await rpc(node, 'loanShare_plansByContributor', [DEV.alpha.id, 0, 10]);
  assert.ok(mine.some((p) => p.id === planId));
  await assert.rejects(submit(api, api.tx.loanShare.publish(input), acc.alice),
    (e) => e.errorName === 'InvalidPlan' && e.reason === 'DuplicateExternalRef');
  await assert.rejects(rpc(node, 'loanShare_plan', [999_999]), (e) => e.rpc.code === 4004);
  await assert.rejects(rpc(node, 'loanShare_openPlans', [0, 1000]), (e) => e.rpc.code === -32602);
});

test('Beta confirms 80,000 RMB: the 8.00 TOKEN fee leaves its balance into escrow', async () => {
  const before = await tokenBalance(api, DEV.beta.id);
  alphaStart = await tokenBalance(api, DEV.alpha.id);
  const r = await submit(api, api.tx.loanShare.confirm(planId, 8_000_000, 1900), acc.bob);
  confirmBlock = r.blockNumber;
  const ev = findEvent(r.events, 'loanShare', 'PlanConfirmed');
  assert.ok(ev, 'no PlanConfirmed event');
  assert.equal(await tokenBalance(api, DEV.beta.id), before - 800n);
  assert.ok(findEvent(r.events, 'keyExchange', 'HandoffRequested'), 'no HandoffRequested event');
});

test('bad confirmations fail with their module errors and change nothing', async () => {
  const before = await tokenBalance(api, DEV.gamma.id);
  const cases = [
    ['rate out of range', api.tx.loanShare.confirm(planId, 1_000_000, 2100), acc.charlie, 'RateOutOfRange'],
    ['over the remaining limit', api.tx.loanShare.confirm(planId, 3_000_000, 1900), acc.charlie, 'AmountExceedsRemaining'],
    ['double confirmation', api.tx.loanShare.confirm(planId, 100_000, 1900), acc.bob, 'AlreadyConfirmed'],
    ['self confirmation', api.tx.loanShare.confirm(planId, 100_000, 1900), acc.alice, 'SelfConfirmation'],
  ];
  for (const [what, tx, signer, error] of cases) {
    await assert.rejects(submit(api, tx, signer), (e) => e.errorName === error, `${what}: expected ${error}`);
  }
  // A signer acting for no institution is refused before it enters the pool.
  await assert.rejects(submit(api, api.tx.loanShare.confirm(planId, 100_000, 1900), acc.ferdie),
    (e) => /Custom error: 101|Invalid Transaction/i.test(e.message), 'non-member: expected a pool rejection');
  assert.equal(await tokenBalance(api, DEV.gamma.id), before);
});

test('Gamma takes the remaining 20,000 RMB and the plan is filled', async () => {
  const r = await submit(api, api.tx.loanShare.confirm(planId, 2_000_000, 2000), acc.charlie);
  assert.ok(findEvent(r.events, 'loanShare', 'PlanConfirmed'));
  assert.ok(findEvent(r.events, 'loanShare', 'PlanFilled'), 'no PlanFilled event');
  const confs = await rpc(node, 'loanShare_confirmations', [planId]);
  assert.deepEqual(confs.map((c) => c.participant).sort(), [DEV.beta.id, DEV.gamma.id]);
  const taken = await rpc(node, 'loanShare_takenBy', [DEV.beta.id]);
  assert.ok(taken.some((c) => c.plan === planId && Number(c.amount) === 8_000_000));
  const open = await rpc(node, 'loanShare_openPlans', [0, 100]);
  assert.ok(!open.some((p) => p.id === planId), 'a filled plan is still listed as open');
});

/** How many blocks after `from` the HandoffDelivered event of (plan, participant) came. */
async function blocksUntilDelivered(plan, participant, from) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  for (let n = from; n <= best; n++) {
    const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
    const hit = events.some(({ event }) => event.section === 'keyExchange' && event.method === 'HandoffDelivered'
      && Number(event.data[0].toString()) === plan && Number(event.data[2].toString()) === participant);
    if (hit) return n - from;
  }
  return null;
}

test("the contributor's offchain worker delivers; participants open the data; fees reach the contributor", async () => {
  const [beta, gamma] = await Promise.all([
    waitDelivered(api, planId, DEV.beta.id),
    waitDelivered(api, planId, DEV.gamma.id),
  ]);
  metrics.confirmToDeliveryBlocks = await blocksUntilDelivered(planId, DEV.beta.id, confirmBlock);

  const plan = await rpc(node, 'loanShare_plan', [planId]);
  const ctx = envelopeContext(api, DEV.alpha.id, EXTERNAL_REF);
  assert.deepEqual(await open(deliveredEnvelope(plan, beta), ctx, keys.beta.privatePem), BORROWER);
  assert.deepEqual(await open(deliveredEnvelope(plan, gamma), ctx, keys.gamma.privatePem), BORROWER);
  // Beta's key cannot open what was wrapped for Gamma.
  await assert.rejects(open(deliveredEnvelope(plan, gamma), ctx, keys.beta.privatePem));
  // Both fees (800 + 200 units) were released to the contributor.
  assert.equal(await tokenBalance(api, DEV.alpha.id), alphaStart + 1000n);
});

test('no plaintext borrower field appears in chain state or in any block', async () => {
  const needles = [BORROWER.name, BORROWER.id_number, BORROWER.mobile].map((s) => Buffer.from(s).toString('hex'));
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  let scanned = 0;
  for (let n = 0; n <= best; n++) {
    const hash = await rpc(node, 'chain_getBlockHash', [n]);
    const block = await rpc(node, 'chain_getBlock', [hash]);
    const body = block.block.extrinsics.join('');
    for (const needle of needles) assert.ok(!body.includes(needle), `plaintext found in block #${n}`);
    scanned++;
  }
  let keysScanned = 0;
  let start = null;
  for (;;) {
    const page = await rpc(node, 'state_getKeysPaged', ['0x', 1000, start]);
    for (const key of page) {
      const value = (await rpc(node, 'state_getStorage', [key])) ?? '';
      for (const needle of needles) assert.ok(!value.includes(needle), `plaintext found under storage key ${key}`);
    }
    keysScanned += page.length;
    if (page.length < 1000) break;
    start = page[page.length - 1];
  }
  metrics.blocksScanned = scanned;
  metrics.storageKeysScanned = keysScanned;
  assert.ok(scanned > 5 && keysScanned > 20);
});
