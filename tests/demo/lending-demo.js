// The main job's lending flow on a running local consortium chain, printed step by step:
// keys -> recharge -> publish -> confirm (two institutions) -> delivery by the agent (fees held)
// -> open -> the participants accept (fees to the contributor).
// Usage: node lending-demo.js <ws-url of Alpha's node> <dir with alpha/beta/gamma key files>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import { keyring, submit, findEvent, tokenBalance } from '../e2e/lib/chain.js';
import { open } from '../e2e/lib/envelope.js';
import { planInput, envelopeContext, waitDelivered } from '../e2e/lib/plans.js';

const [url = 'ws://127.0.0.1:9944', keyDir] = process.argv.slice(2);
const INST = { alpha: 1, beta: 2, gamma: 3 };
const step = (n, text) => console.log(`\n[${n}] ${text}`);
const tokens = (fen) => `${(Number(fen) / 100).toFixed(2)} TOKEN`;
const load = (who) => ({
  publicDer: new Uint8Array(readFileSync(join(keyDir, `${who}.der`))),
  privatePem: readFileSync(join(keyDir, `${who}.pem`), 'utf8'),
});

const api = await ApiPromise.create({ provider: new WsProvider(url), noInitWarn: true });
const acc = await keyring();
const keys = { alpha: load('alpha'), beta: load('beta'), gamma: load('gamma') };
console.log(`connected to ${(await api.rpc.system.chain()).toString()} at ${url}`);

step(1, 'institutions register their RSA public keys (2048-bit, SubjectPublicKeyInfo DER)');
for (const [who, signer] of [['alpha', acc.alice], ['beta', acc.bob], ['gamma', acc.charlie]]) {
  const r = await submit(api, api.tx.keyExchange.registerKey(u8aToHex(keys[who].publicDer)), signer);
  const ev = findEvent(r.events, 'keyExchange', 'KeyRegistered') ?? findEvent(r.events, 'keyExchange', 'KeyRotated');
  console.log(`    ${who}: ${ev.method} ${JSON.stringify(ev.data.toHuman())} in block #${r.blockNumber}`);
}

step(2, 'Alpha (token issuer) mints tokens against RMB paid off-chain');
const ref = `BANK-${Date.now()}`;
for (const [who, id] of [['beta', INST.beta], ['gamma', INST.gamma]]) {
  await submit(api, api.tx.token.recharge(id, 100_000, `${ref}-${who}`), acc.alice);
  console.log(`    ${who}: recharged 1,000.00 TOKEN (ref ${ref}-${who}); balance ${tokens(await tokenBalance(api, id))}`);
}

step(3, 'Alpha publishes a loan share plan: 120,000 RMB cash loan, 100,000 RMB shared at 18-20% in shares of at least 1,000 RMB, 1 TOKEN per 10,000 RMB (at least 1.00 TOKEN)');
const borrower = { name: '李四 Li Si', id_number: '310101198805126011', mobile: '13912345678', licence_plate: null, engine_number: null };
const externalRef = `DEMO-${Date.now()}`;
const input = await planInput(api, { contributor: INST.alpha, contributorPublicDer: keys.alpha.publicDer, externalRef, borrower });
const pub = await submit(api, api.tx.loanShare.publish(input), acc.alice);
const planId = Number(findEvent(pub.events, 'loanShare', 'PlanPublished').data[0].toString());
console.log(`    plan #${planId} published in block #${pub.blockNumber}; the borrower's data is on chain only as an AES-256-GCM envelope`);

step(4, 'Beta confirms 80,000 RMB at 19.00%, Gamma 20,000 RMB at 20.00%: fees go into escrow');
for (const [who, signer, amount, rate] of [['beta', acc.bob, 8_000_000, 1900], ['gamma', acc.charlie, 2_000_000, 2000]]) {
  const r = await submit(api, api.tx.loanShare.confirm(planId, amount, rate), signer);
  const ev = findEvent(r.events, 'loanShare', 'PlanConfirmed');
  console.log(`    ${who}: ${JSON.stringify(ev.data.toHuman())}`);
  if (findEvent(r.events, 'loanShare', 'PlanFilled')) console.log(`    plan #${planId} is filled`);
}

step(5, "Alpha's agent delivers: it re-wraps the data key to each participant's RSA key");
const alphaBefore = await tokenBalance(api, INST.alpha);
const t0 = Date.now();
const [beta, gamma] = await Promise.all([waitDelivered(api, planId, INST.beta), waitDelivered(api, planId, INST.gamma)]);
console.log(`    both handoffs delivered ${((Date.now() - t0) / 1000).toFixed(1)} s after the last confirmation`);
console.log(`    Alpha's balance: ${tokens(await tokenBalance(api, INST.alpha))} (the fees stay in escrow until each participant accepts)`);

step(6, 'the participants open the envelope with their own private keys and check the commitment');
const planJson = (await (await fetch(url.replace('ws', 'http'), {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'loanShare_plan', params: [planId] }),
})).json()).result;
const ctx = envelopeContext(api, INST.alpha, externalRef);
console.log(`    beta  reads: ${JSON.stringify(await open(keys.beta.privatePem, beta.deliveredKey, planJson.input.envelope, ctx))}`);
console.log(`    gamma reads: ${JSON.stringify(await open(keys.gamma.privatePem, gamma.deliveredKey, planJson.input.envelope, ctx))}`);

step(7, 'the data opened and matched its commitment: each participant accepts, and its fee goes to Alpha');
for (const [who, signer] of [['beta', acc.bob], ['gamma', acc.charlie]]) {
  const r = await submit(api, api.tx.keyExchange.accept(planId), signer);
  console.log(`    ${who}: ${JSON.stringify(findEvent(r.events, 'keyExchange', 'HandoffAccepted').data.toHuman())}`);
}
console.log(`    Alpha's balance: ${tokens(alphaBefore)} -> ${tokens(await tokenBalance(api, INST.alpha))} (fees released)`);

console.log('\nlending flow complete');
await api.disconnect();
