// The consortium token on a real dev node: recharge -> transfer -> redeem -> settle
// (and reject), with the supply invariant checked from chain state after each step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNode, connect } from './lib/node.js';
import { keyring, submit, findEvent, tokenBalance, DEV } from './lib/chain.js';

let node, api, acc;
before(async () => {
  node = await startNode({ name: 'token', args: ['--dev'] });
  api = await connect(node);
  acc = await keyring();
});
after(async () => {
  await api?.disconnect();
  await node?.stop();
});

/** total minted - total burned = Σ balances + Σ pending redemptions + Σ escrows. */
async function assertSupplyInvariant() {
  const big = (x) => BigInt(x.toString());
  const minted = big(await api.query.token.totalMinted());
  const burned = big(await api.query.token.totalBurned());
  let sum = 0n;
  for (const [, v] of await api.query.token.balances.entries()) sum += big(v);
  for (const [, v] of await api.query.token.redemptions.entries()) {
    const r = v.unwrap();
    if (r.status.isPending) sum += big(r.amount);
  }
  for (const [, v] of await api.query.token.escrows.entries()) sum += big(v.unwrap()[1]);
  assert.equal(minted - burned, sum, 'supply invariant broken');
}

test('recharge -> transfer -> redeem -> settle, and a rejected redemption returns the tokens', async () => {
  await assertSupplyInvariant();
  const start = { alpha: await tokenBalance(api, DEV.alpha.id), beta: await tokenBalance(api, DEV.beta.id) };

  await submit(api, api.tx.token.recharge(DEV.beta.id, 500_000, 'PAY-TOKEN-E2E-1'), acc.alice);
  assert.equal(await tokenBalance(api, DEV.beta.id), start.beta + 500_000n);
  await assertSupplyInvariant();

  await submit(api, api.tx.token.transfer(DEV.alpha.id, 120_000), acc.bob);
  assert.equal(await tokenBalance(api, DEV.alpha.id), start.alpha + 120_000n);
  await assertSupplyInvariant();

  const req = await submit(api, api.tx.token.requestRedemption(100_000), acc.alice);
  const id = findEvent(req.events, 'token', 'RedemptionRequested').data[0];
  assert.equal(await tokenBalance(api, DEV.alpha.id), start.alpha + 20_000n, 'redeemed tokens must leave the balance at once');
  await assertSupplyInvariant();

  const burnedBefore = BigInt((await api.query.token.totalBurned()).toString());
  const settled = await submit(api, api.tx.token.settleRedemption(id, 'PAYOUT-E2E-1'), acc.alice);
  assert.ok(findEvent(settled.events, 'token', 'RedemptionSettled'));
  assert.equal(BigInt((await api.query.token.totalBurned()).toString()), burnedBefore + 100_000n);
  await assertSupplyInvariant();
  await assert.rejects(submit(api, api.tx.token.settleRedemption(id, 'PAYOUT-E2E-2'), acc.alice),
    (e) => e.errorName === 'UnknownRedemption');

  const req2 = await submit(api, api.tx.token.requestRedemption(50_000), acc.bob);
  const id2 = findEvent(req2.events, 'token', 'RedemptionRequested').data[0];
  const betaHeld = await tokenBalance(api, DEV.beta.id);
  await submit(api, api.tx.token.rejectRedemption(id2), acc.alice);
  assert.equal(await tokenBalance(api, DEV.beta.id), betaHeld + 50_000n);
  await assertSupplyInvariant();
});

test('token errors: insufficient balance, non-issuer mint, non-provider payment', async () => {
  await assert.rejects(submit(api, api.tx.token.transfer(DEV.alpha.id, 10n ** 15n), acc.charlie),
    (e) => e.errorName === 'InsufficientBalance');
  await assert.rejects(submit(api, api.tx.token.recharge(DEV.gamma.id, 1, 'PAY-BAD'), acc.charlie),
    (e) => e.section === 'consortium' && e.errorName === 'NotATokenIssuer');
  await assert.rejects(submit(api, api.tx.token.payDataService(DEV.beta.id, 100, 'risk report'), acc.charlie),
    (e) => e.errorName === 'NotDataServiceProvider');
  const paid = await submit(api, api.tx.token.payDataService(DEV.delta.id, 100, 'risk report #7'), acc.charlie);
  assert.ok(findEvent(paid.events, 'token', 'DataServicePaid'));
  await assertSupplyInvariant();
});
