// A handoff institutions can trust, on a real dev node. Alpha (//Alice) publishes a plan;
// its agent (`loanshare agent`, signing with an account of its own) delivers; the fee stays
// held until the participant accepts, proves a bad delivery, or complains to the council.
//
//   Beta  (//Bob):     confirms -> Alpha's agent delivers (deliver_batch; fee held, challenge
//                      window open) -> `loanshare dispute` refused by Beta's own client, since
//                      the delivery is good -> `loanshare accept` -> the fee reaches Alpha
//   Gamma (//Charlie): confirms and fills the plan while no agent runs -> a deliberately faulty
//                      Alpha wraps a random key to Gamma -> a proof that is not the decryption
//                      of W' fails -> `loanshare dispute` proves the bad delivery: Gamma's fee
//                      back, the share back to the plan (reopened), Alpha's misdeliveries = 1
//   Delta (//Dave):    retakes the returned share at the minimum fee -> delivered -> complains
//                      (`loanshare complain`) -> the council rules a refund
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { startNode, connect, rpc, waitFor } from './lib/node.js';
import {
  keyring, submit, findEvent, tokenBalance, eventsSince, field, bestNumber, finalizedNumber,
  bindAccount, councilMotion, DEV,
} from './lib/chain.js';
import { generateKeyPair, open, wrapKey, rawDecrypt } from './lib/envelope.js';
import { planInput, envelopeContext, waitDelivered, confirmationFee, MIN_SHARE_FLOOR } from './lib/plans.js';
import { cli, keyFile, startAgent } from './lib/client.js';

const BORROWER = {
  name: '王五 Wang Wu',
  id_number: '440301198512124418',
  mobile: '13688889999',
  licence_plate: null,
  engine_number: null,
};
const EXTERNAL_REF = `HANDOFF-${process.pid}`;
const AGENT_URI = '//Alice//agent';
/** The shares taken (fen): 80,000 and 20,000 RMB fill the 100,000 RMB shared. */
const SHARE = { beta: 8_000_000, gamma: 2_000_000 };
/** The plan's minimum share: 5,000 RMB, whose formula fee (50 units) is below MinFee (100). */
const MIN_SHARE = 500_000;
const WHO = { alpha: DEV.alpha.id, beta: DEV.beta.id, gamma: DEV.gamma.id, delta: DEV.delta.id };

let node, api, acc, dir, keys, files, agent, agentPair, planId, wrongKey;
/** Token balances before the first confirmation; the fees of Beta's and Gamma's shares and their escrows. */
const start = {};
const fee = {};
const escrow = {};
/** Blocks of the two confirmations. */
const confirmedAt = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'loanshare-handoff-'));
  keys = {};
  files = {};
  for (const [who, uri] of [['alpha', '//Alice'], ['beta', '//Bob'], ['gamma', '//Charlie'], ['delta', '//Dave']]) {
    keys[who] = await generateKeyPair();
    // Each institution's RSA key directory, as its client and agent read it.
    mkdirSync(join(dir, who), { mode: 0o700 });
    writeFileSync(join(dir, who, 'rsa.pem'), keys[who].privatePem, { mode: 0o600 });
    files[who] = keyFile(dir, who, uri);
  }
  node = await startNode({ name: 'handoff' });
  api = await connect(node);
  acc = await keyring();
});

after(async () => {
  await agent?.stop();
  await api?.disconnect();
  await node?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `loanshare …` as institution `who`: its signing key file and RSA key directory. */
const cliAs = (who, args) => cli(node, ['--key-file', files[who], '--rsa-key-dir', join(dir, who), ...args]);
const handoff = async (who) => (await api.query.keyExchange.handoffs(planId, WHO[who])).unwrap();
const escrowOf = async (h) => api.query.token.escrows(h.escrow);
/** A handoff whose fee went back leaves state (its events are the record); or it is kept with `status`. */
async function assertSettled(who, status) {
  const h = await api.query.keyExchange.handoffs(planId, WHO[who]);
  assert.ok(h.isNone || h.unwrap().status[`is${status}`], `${who}: ${h.isSome ? h.unwrap().status.type : 'none'}, expected ${status} or none`);
}
const misdeliveries = async () => (await api.query.keyExchange.misdeliveries(WHO.alpha)).toNumber();
const plan = async () => (await api.query.loanShare.plans(planId)).unwrap();
const num = (x) => Number(x.toString());
async function balances() {
  const out = {};
  for (const [who, id] of Object.entries(WHO)) out[who] = await tokenBalance(api, id);
  return out;
}
/** The one event `section.method` about `participant` since block `from`. */
async function eventAbout(from, section, method, participant, index = 2) {
  const hits = (await eventsSince(api, from, section, method))
    .filter(({ event }) => num(field(event, 'participant', index)) === participant);
  assert.equal(hits.length, 1, `${hits.length} ${section}.${method} events about institution ${participant}`);
  return hits[0];
}

test('the handoff rules are in the metadata', () => {
  assert.equal(api.consts.keyExchange.challengeWindow.toNumber(), 28_800);
  assert.equal(api.consts.keyExchange.handoffTimeout.toNumber(), 200);
  assert.equal(api.consts.keyExchange.maxDeliveryBatch.toNumber(), 100);
  assert.equal(api.consts.loanShare.minShareFloor.toString(), String(MIN_SHARE_FLOOR));
  assert.equal(api.consts.loanShare.minFee.toString(), '100');
  for (const call of ['deliver', 'deliverBatch', 'refund', 'accept', 'proveBadDelivery', 'complain', 'rule']) {
    assert.ok(api.tx.keyExchange[call], `no keyExchange.${call}`);
  }
  assert.equal(api.tx.keyExchange.dispute, undefined, 'the old dispute call is still there');
});

test('institutions register their RSA public keys', async () => {
  for (const [who, signer] of [['alpha', acc.alice], ['beta', acc.bob], ['gamma', acc.charlie], ['delta', acc.dave]]) {
    const r = await submit(api, api.tx.keyExchange.registerKey(u8aToHex(keys[who].publicDer)), signer);
    assert.ok(findEvent(r.events, 'keyExchange', 'KeyRegistered'), `${who}: no KeyRegistered event`);
  }
});

test('Beta and Gamma take shares and fill the plan; a share below the minimum is refused; the fees are held', async () => {
  const input = await planInput(api, {
    contributor: WHO.alpha, contributorPublicDer: keys.alpha.publicDer, externalRef: EXTERNAL_REF, borrower: BORROWER, minShare: MIN_SHARE,
  });
  const published = await submit(api, api.tx.loanShare.publish(input), acc.alice);
  planId = num(findEvent(published.events, 'loanShare', 'PlanPublished').data[0]);
  Object.assign(start, await balances());

  await assert.rejects(submit(api, api.tx.loanShare.confirm(planId, MIN_SHARE - 1, 1900), acc.dave),
    (e) => e.errorName === 'AmountBelowMinShare');
  const timeout = api.consts.keyExchange.handoffTimeout.toNumber();
  for (const [who, signer, rate] of [['beta', acc.bob, 1900], ['gamma', acc.charlie, 2000]]) {
    fee[who] = confirmationFee(api, SHARE[who]);
    const r = await submit(api, api.tx.loanShare.confirm(planId, SHARE[who], rate), signer);
    confirmedAt[who] = r.blockNumber;
    assert.ok(findEvent(r.events, 'loanShare', 'PlanConfirmed'), `${who}: no PlanConfirmed event`);
    const requested = findEvent(r.events, 'keyExchange', 'HandoffRequested');
    assert.ok(requested, `${who}: no HandoffRequested event`);
    assert.equal(num(field(requested, 'deliverBy', 5)), r.blockNumber + timeout);
    if (who === 'gamma') assert.ok(findEvent(r.events, 'loanShare', 'PlanFilled'), 'no PlanFilled event');
  }
  assert.deepEqual([fee.beta, fee.gamma], [800n, 200n]);
  const now = await balances();
  assert.deepEqual(now, { ...start, beta: start.beta - fee.beta, gamma: start.gamma - fee.gamma });
  for (const who of ['beta', 'gamma']) {
    const h = await handoff(who);
    assert.ok(h.status.isPending, `${who}: ${h.status.type}`);
    escrow[who] = h.escrow;
    const held = await escrowOf(h);
    assert.ok(held.isSome, `${who}: no escrow`);
    assert.equal(BigInt(held.unwrap()[1].toString()), fee[who]);
  }
  assert.ok((await plan()).status.isFilled);
});

test("a faulty contributor delivers to Gamma a key that is not the plan's: delivered, the fee still held", async () => {
  const keyId = (await api.query.keyExchange.currentKey(WHO.gamma)).unwrap().toNumber();
  // A random 32-byte key, wrapped correctly (RSA-OAEP-SHA-256) to Gamma's registered key.
  wrongKey = await wrapKey(keys.gamma.publicDer, randomBytes(32));
  await assert.rejects(
    submit(api, api.tx.keyExchange.deliver(planId, WHO.gamma, keyId + 1, u8aToHex(wrongKey)), acc.alice),
    (e) => e.errorName === 'WrongParticipantKey');
  const r = await submit(api, api.tx.keyExchange.deliver(planId, WHO.gamma, keyId, u8aToHex(wrongKey)), acc.alice);
  const ev = findEvent(r.events, 'keyExchange', 'HandoffDelivered');
  assert.ok(ev, 'no HandoffDelivered event');
  assert.equal(num(field(ev, 'challengeUntil', 4)), r.blockNumber + api.consts.keyExchange.challengeWindow.toNumber());
  const h = await handoff('gamma');
  assert.ok(h.status.isDelivered, h.status.type);
  assert.equal(u8aToHex(h.deliveredKey.unwrap().toU8a(true)), u8aToHex(wrongKey));
  assert.ok((await escrowOf(h)).isSome, 'the fee left escrow on delivery');
  assert.equal(await tokenBalance(api, WHO.alpha), start.alpha);
  // Delivered only once.
  await assert.rejects(submit(api, api.tx.keyExchange.deliver(planId, WHO.gamma, keyId, u8aToHex(wrongKey)), acc.alice));
  // Alpha's agent reads the finalised pending list: Gamma's handoff must have left it.
  await waitFor('finality of the faulty delivery', async () => (await finalizedNumber(api)) >= r.blockNumber);
});

test("Alpha's agent delivers Beta's handoff with deliver_batch: Delivered, the fee held, the window open", async () => {
  agentPair = await bindAccount(api, acc.alice, WHO.alpha, AGENT_URI);
  agent = await startAgent(node, ['--key-file', keyFile(dir, 'alpha-agent', AGENT_URI), '--rsa-key-dir', join(dir, 'alpha'),
    '--database', `sqlite://${join(dir, 'alpha-mirror.db')}?mode=rwc`]);
  const h = await waitDelivered(api, planId, WHO.beta);
  const { block, event } = await eventAbout(confirmedAt.beta, 'keyExchange', 'HandoffDelivered', WHO.beta);
  // The participant's client reads the finalised head.
  await waitFor('finality of the delivery', async () => (await finalizedNumber(api)) >= block);
  assert.equal(num(field(event, 'challengeUntil', 4)), block + api.consts.keyExchange.challengeWindow.toNumber());
  assert.equal(h.deliveredAt.unwrap().toNumber(), block);
  assert.equal(h.deliveredKeyId.unwrap().toNumber(), (await api.query.keyExchange.currentKey(WHO.beta)).unwrap().toNumber());
  const body = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(block));
  const batch = body.block.extrinsics.find((x) => x.method.section === 'keyExchange' && x.method.method === 'deliverBatch');
  assert.ok(batch, 'the delivery is not a deliver_batch');
  assert.equal(batch.signer.toString(), api.createType('AccountId', agentPair.publicKey).toString(), 'not signed by the agent');

  assert.ok((await escrowOf(h)).isSome, 'the fee left escrow on delivery');
  assert.deepEqual(await balances(), { ...start, beta: start.beta - fee.beta, gamma: start.gamma - fee.gamma });
  const planJson = await rpc(node, 'loanShare_plan', [planId]);
  const ctx = envelopeContext(api, WHO.alpha, EXTERNAL_REF);
  assert.deepEqual(await open(keys.beta.privatePem, h.deliveredKey, planJson.input.envelope, ctx), BORROWER);
  // The agent left Gamma's (already delivered) handoff alone.
  assert.equal(u8aToHex((await handoff('gamma')).deliveredKey.unwrap().toU8a(true)), u8aToHex(wrongKey));
});

test('`loanshare dispute` of a good delivery is refused by Beta\'s own client and sends nothing', async () => {
  const nonce = (await api.rpc.system.accountNextIndex(acc.bob.address)).toNumber();
  const from = await bestNumber(api);
  const r = await cliAs('beta', ['dispute', String(planId)]);
  assert.notEqual(r.code, 0, r.out);
  assert.doesNotMatch(r.out, /unrecognized subcommand|unexpected argument/, r.out);
  assert.match(r.out, /\bgood\b|\bopens\b|nothing (was |is )?sent|not sent/i, r.out);
  // Two blocks later: no transaction of Beta's, nothing changed.
  await waitFor('two more blocks', async () => (await bestNumber(api)) >= from + 2);
  assert.equal((await api.rpc.system.accountNextIndex(acc.bob.address)).toNumber(), nonce);
  assert.equal((await eventsSince(api, from, 'keyExchange', 'BadDeliveryProven')).length, 0);
  const h = await handoff('beta');
  assert.ok(h.status.isDelivered, h.status.type);
  assert.ok((await escrowOf(h)).isSome);

  // The runtime would refuse it too: the real EM of a good delivery opens the envelope.
  const em = rawDecrypt(keys.beta.privatePem, h.deliveredKey.unwrap().toU8a(true));
  await assert.rejects(submit(api, api.tx.keyExchange.proveBadDelivery(planId, u8aToHex(em)), acc.bob),
    (e) => e.errorName === 'DeliveryWasGood');
  assert.ok((await handoff('beta')).status.isDelivered);
  assert.equal(await misdeliveries(), 0);
  assert.deepEqual(await balances(), { ...start, beta: start.beta - fee.beta, gamma: start.gamma - fee.gamma });
});

test('Beta accepts with `loanshare accept`: the fee reaches Alpha', async () => {
  const from = await bestNumber(api);
  const r = await cliAs('beta', ['accept', String(planId)]);
  assert.equal(r.code, 0, r.out);
  const h = await handoff('beta');
  assert.ok(h.status.isAccepted, h.status.type);
  assert.ok((await escrowOf(h)).isNone, 'the escrow outlived the acceptance');
  const { event } = await eventAbout(from, 'keyExchange', 'HandoffAccepted', WHO.beta);
  assert.equal(num(field(event, 'escrow', 3)), num(h.escrow));
  assert.deepEqual(await balances(), { ...start, alpha: start.alpha + fee.beta, beta: start.beta - fee.beta, gamma: start.gamma - fee.gamma });
});

test("a proof that is not the decryption of Gamma's W' fails and changes nothing", async () => {
  const h = await handoff('gamma');
  const em = rawDecrypt(keys.gamma.privatePem, h.deliveredKey.unwrap().toU8a(true));
  const wrong = em.slice();
  wrong[wrong.length - 1] ^= 1;
  await assert.rejects(submit(api, api.tx.keyExchange.proveBadDelivery(planId, u8aToHex(wrong)), acc.charlie),
    (e) => e.errorName === 'ProofDoesNotMatch');
  // A malformed EM (not k bytes) is no proof either (the envelope crate's ProofMismatch).
  await assert.rejects(submit(api, api.tx.keyExchange.proveBadDelivery(planId, u8aToHex(em.slice(1))), acc.charlie),
    (e) => ['ProofDoesNotMatch', 'InvalidProof'].includes(e.errorName));
  assert.ok((await handoff('gamma')).status.isDelivered);
  assert.equal(await misdeliveries(), 0);
  const p = await plan();
  assert.ok(p.status.isFilled, p.status.type);
  assert.equal(num(p.participants), 2);
  assert.equal(await tokenBalance(api, WHO.gamma), start.gamma - fee.gamma);
});

test('Gamma proves the bad delivery with `loanshare dispute`: fee back, share back, plan reopened, misdelivery counted', async () => {
  const from = await bestNumber(api);
  const r = await cliAs('gamma', ['dispute', String(planId)]);
  assert.equal(r.code, 0, r.out);
  const { event: proven } = await eventAbout(from, 'keyExchange', 'BadDeliveryProven', WHO.gamma);
  assert.equal(num(field(proven, 'contributor', 1)), WHO.alpha);
  assert.equal(field(proven, 'fault', 4).type, 'WrongKey');
  assert.equal(num(field(proven, 'misdeliveries', 5)), 1);
  const { event: returned } = await eventAbout(from, 'loanShare', 'ShareReturned', WHO.gamma, 1);
  assert.equal(num(field(returned, 'plan', 0)), planId);
  assert.equal(num(field(returned, 'amount', 2)), SHARE.gamma);
  assert.equal(field(returned, 'reopened', 3).isTrue, true);

  await assertSettled('gamma', 'BadDelivery');
  assert.ok((await api.query.token.escrows(escrow.gamma)).isNone, 'the escrow outlived the proof');
  assert.equal(await misdeliveries(), 1);
  // Gamma has its fee back; Alpha keeps only Beta's.
  assert.deepEqual(await balances(), { ...start, alpha: start.alpha + fee.beta, beta: start.beta - fee.beta });
  // The share is back in the plan, which is open again.
  const p = await plan();
  assert.ok(p.status.isOpen, p.status.type);
  assert.equal(BigInt(p.taken.toString()), BigInt(SHARE.beta));
  assert.equal(num(p.participants), 1);
  const confs = await rpc(node, 'loanShare_confirmations', [planId]);
  assert.deepEqual(confs.map((c) => c.participant), [WHO.beta]);
  assert.ok(!(await rpc(node, 'loanShare_takenBy', [WHO.gamma])).some((c) => c.plan === planId));
  assert.ok((await rpc(node, 'loanShare_openPlans', [0, 100])).some((x) => x.id === planId), 'the plan is not listed as open');
  // And what Gamma was given opens nothing.
  const opened = await cliAs('gamma', ['open', String(planId)]);
  assert.notEqual(opened.code, 0, opened.out);
});

test("Delta retakes the returned share at the minimum fee; its complaint goes to the council, which rules a refund", async () => {
  assert.equal(confirmationFee(api, MIN_SHARE), 100n, 'the formula gives 50 units: MinFee applies');
  const before = await balances();
  await submit(api, api.tx.loanShare.confirm(planId, MIN_SHARE, 1900), acc.dave);
  assert.equal(await tokenBalance(api, WHO.delta), before.delta - 100n);
  const h = await waitDelivered(api, planId, WHO.delta);
  await waitFor('finality of the delivery', async () => (await finalizedNumber(api)) >= h.deliveredAt.unwrap().toNumber());
  const planJson = await rpc(node, 'loanShare_plan', [planId]);
  assert.deepEqual(await open(keys.delta.privatePem, h.deliveredKey, planJson.input.envelope, envelopeContext(api, WHO.alpha, EXTERNAL_REF)), BORROWER);

  const from = await bestNumber(api);
  const c = await cliAs('delta', ['complain', String(planId), '--reason', 'the mobile number is not in service']);
  assert.equal(c.code, 0, c.out);
  await eventAbout(from, 'keyExchange', 'HandoffComplained', WHO.delta);
  assert.ok((await handoff('delta')).status.isComplained);
  assert.ok((await escrowOf(h)).isSome, 'the fee left escrow on the complaint');
  // Only the participant complains, and only once.
  await assert.rejects(submit(api, api.tx.keyExchange.complain(planId, 'again'), acc.dave));
  // Nobody but the council rules.
  await assert.rejects(submit(api, api.tx.keyExchange.rule(planId, WHO.delta, true), acc.alice));

  const events = await councilMotion(api, api.tx.keyExchange.rule(planId, WHO.delta, true), acc.alice, [acc.bob, acc.charlie]);
  const ruled = findEvent(events, 'keyExchange', 'ComplaintRuled');
  assert.ok(ruled, 'no ComplaintRuled event');
  assert.equal(field(ruled, 'refunded', 3).isTrue, true);
  const returned = findEvent(events, 'loanShare', 'ShareReturned');
  assert.ok(returned, 'no ShareReturned event');
  assert.equal(num(field(returned, 'amount', 2)), MIN_SHARE);
  await assertSettled('delta', 'RuledRefund');
  assert.ok((await escrowOf(h)).isNone, 'the escrow outlived the ruling');
  assert.deepEqual(await balances(), before);
  assert.equal(await misdeliveries(), 1, 'a ruling on the data is no misdelivery');
  assert.equal(BigInt((await plan()).taken.toString()), BigInt(SHARE.beta));
});
