// The whole lending flow on a real dev node, through @polkadot/api:
// keys -> recharge -> publish (real envelope) -> two confirmations (fees in escrow)
// -> bad inputs rejected with their module errors -> the contributor's agent
// (`loanshare agent`) delivers -> the fees stay held -> the participants open the
// data and accept -> the fees reach the contributor -> no plaintext anywhere in
// state or blocks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { startNode, connect, rpc } from './lib/node.js';
import { keyring, submit, findEvent, tokenBalance, bindAccount, ChainError, DEV } from './lib/chain.js';
import { generateKeyPair, open } from './lib/envelope.js';
import { planInput, envelopeContext, waitDelivered, MIN_SHARE_FLOOR } from './lib/plans.js';
import { keyFile, startAgent } from './lib/client.js';

const BORROWER = {
  name: '张三 Zhang San',
  id_number: '110101199003074519',
  mobile: '13800138000',
  licence_plate: null,
  engine_number: null,
};
const EXTERNAL_REF = `SHEET-2026-11-${process.pid}`;
const AGENT_URI = '//Alice//agent';

let node, api, acc, keys, dir, agent, planId, confirmBlock, alphaStart;
const metrics = {};

before(async () => {
  keys = { alpha: await generateKeyPair(), beta: await generateKeyPair(), gamma: await generateKeyPair() };
  // Alpha's agent holds Alpha's RSA private key (its key directory).
  dir = mkdtempSync(join(tmpdir(), 'loanshare-flow-'));
  mkdirSync(join(dir, 'alpha-rsa'), { mode: 0o700 });
  writeFileSync(join(dir, 'alpha-rsa', 'rsa.pem'), keys.alpha.privatePem, { mode: 0o600 });
  node = await startNode({ name: 'flow' });
  api = await connect(node);
  acc = await keyring();
  // The agent signs with an account of its own (bound to Alpha), so its deliveries never
  // race the test's transactions signed by //Alice for a nonce.
  await bindAccount(api, acc.alice, DEV.alpha.id, AGENT_URI);
  agent = await startAgent(node, ['--key-file', keyFile(dir, 'alpha-agent', AGENT_URI), '--rsa-key-dir', join(dir, 'alpha-rsa'),
    '--database', `sqlite://${join(dir, 'alpha-mirror.db')}?mode=rwc`]);
});

after(async () => {
  await agent?.stop();
  await api?.disconnect();
  await node?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (Object.keys(metrics).length) console.log('# metrics', JSON.stringify(metrics));
});

test('metadata describes the LoanShare pallets and the token constants', () => {
  for (const p of ['consortium', 'token', 'loanShare', 'keyExchange']) {
    assert.ok(api.tx[p], `missing pallet ${p}`);
  }
  assert.equal(api.consts.token.symbol.toHuman(), 'TOKEN');
  assert.equal(api.consts.token.decimals.toNumber(), 2);
  assert.equal(api.consts.token.fenPerToken.toString(), '100');
  assert.equal(api.consts.loanShare.minShareFloor.toString(), String(MIN_SHARE_FLOOR));
  assert.equal(api.consts.loanShare.minFee.toString(), '100');
});

test('institutions register their RSA public keys', async () => {
  for (const [who, signer] of [['alpha', acc.alice], ['beta', acc.bob], ['gamma', acc.charlie]]) {
    const r = await submit(api, api.tx.keyExchange.registerKey(u8aToHex(keys[who].publicDer)), signer);
    assert.ok(findEvent(r.events, 'keyExchange', 'KeyRegistered'), `${who}: no KeyRegistered event`);
  }
  const tooSmall = await generateKeyPair(1024);
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
  // The minimum share lies between the chain's floor and the shared limit.
  const base = { contributor: DEV.alpha.id, contributorPublicDer: keys.alpha.publicDer, borrower: BORROWER };
  const low = await planInput(api, { ...base, externalRef: `${EXTERNAL_REF}-LOW`, minShare: MIN_SHARE_FLOOR - 1 });
  await assert.rejects(submit(api, api.tx.loanShare.publish(low), acc.alice),
    (e) => e.errorName === 'InvalidPlan' && e.reason === 'MinShareBelowFloor');
  const high = await planInput(api, { ...base, externalRef: `${EXTERNAL_REF}-HIGH`, minShare: 10_000_001 });
  await assert.rejects(submit(api, api.tx.loanShare.publish(high), acc.alice),
    (e) => e.errorName === 'InvalidPlan' && e.reason === 'MinShareAboveLimit');
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
    ['below the minimum share', api.tx.loanShare.confirm(planId, MIN_SHARE_FLOOR - 1, 1900), acc.charlie, 'AmountBelowMinShare'],
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

test("the contributor's agent delivers; the fees stay held; participants open the data and accept; fees reach the contributor", async () => {
  const [beta, gamma] = await Promise.all([
    waitDelivered(api, planId, DEV.beta.id),
    waitDelivered(api, planId, DEV.gamma.id),
  ]);
  metrics.confirmToDeliveryBlocks = await blocksUntilDelivered(planId, DEV.beta.id, confirmBlock);

  // Delivered, not yet paid: both fees are still in escrow.
  for (const h of [beta, gamma]) {
    assert.ok((await api.query.token.escrows(h.escrow)).isSome, 'the fee left escrow on delivery');
  }
  assert.equal(await tokenBalance(api, DEV.alpha.id), alphaStart);

  const plan = await rpc(node, 'loanShare_plan', [planId]);
  const ctx = envelopeContext(api, DEV.alpha.id, EXTERNAL_REF);
  assert.deepEqual(await open(keys.beta.privatePem, beta.deliveredKey, plan.input.envelope, ctx), BORROWER);
  assert.deepEqual(await open(keys.gamma.privatePem, gamma.deliveredKey, plan.input.envelope, ctx), BORROWER);
  // Beta's key cannot open what was wrapped for Gamma.
  await assert.rejects(open(keys.beta.privatePem, gamma.deliveredKey, plan.input.envelope, ctx));

  // Each participant accepts: its fee goes to the contributor (800 + 200 units).
  for (const [signer, id, fee] of [[acc.bob, DEV.beta.id, 800n], [acc.charlie, DEV.gamma.id, 200n]]) {
    const before = await tokenBalance(api, DEV.alpha.id);
    const r = await submit(api, api.tx.keyExchange.accept(planId), signer);
    assert.ok(findEvent(r.events, 'keyExchange', 'HandoffAccepted'), 'no HandoffAccepted event');
    assert.equal(await tokenBalance(api, DEV.alpha.id), before + fee);
    const h = (await api.query.keyExchange.handoffs(planId, id)).unwrap();
    assert.ok(h.status.isAccepted, `status ${h.status.type}`);
    assert.ok((await api.query.token.escrows(h.escrow)).isNone, 'the escrow outlived the acceptance');
  }
  assert.equal(await tokenBalance(api, DEV.alpha.id), alphaStart + 1000n);
  // Accepting twice pays nothing more.
  await assert.rejects(submit(api, api.tx.keyExchange.accept(planId), acc.bob), (e) => e instanceof ChainError);
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
