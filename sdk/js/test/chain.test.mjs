// The SDK against a real `loanshare-node --dev`: connecting prints no warning, typed
// constants, storage and runtime APIs, the loanShare_* RPCs, publish → confirm → a delivery
// (the contributor's rewrap, as its agent would) → the participant opens the envelope with
// the SDK and with the Rust client, finalised events. Skipped without a node binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDevNode, haveNode, nodeBinary } from './lib/node.mjs';

const skip = haveNode() ? false : `no node binary at ${nodeBinary()} (set LOANSHARE_NODE_BIN)`;
const CLI = process.env.LOANSHARE_CLI_BIN ?? join(process.env.CARGO_TARGET_DIR ?? join(process.env.HOME ?? '', '.cache/loanshare/target'), 'release/loanshare');

const ALPHA = 1;
const BETA = 2;
const REF = `SDK-${process.pid}-${Date.now()}`;
const BORROWER = { name: '张伟', id_number: '11010519491231002X', mobile: '+86 138 0013 8000', licence_plate: null, engine_number: null };

let node, api, sdk, keyring, keys, dir, watcher;
const seen = [];
const logged = { warn: [], log: [], error: [], info: [] };

/** Runs `fn` with console.warn/log/error/info captured into `logged`. */
async function capturingConsole(fn) {
  const saved = {};
  for (const k of Object.keys(logged)) {
    saved[k] = console[k];
    console[k] = (...args) => { logged[k].push(args.map(String).join(' ')); };
  }
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

before(async () => {
  if (skip) return;
  node = await startDevNode();
  // The SDK (and @polkadot/api with it) is loaded and connected with the console captured:
  // package-version warnings at import and the API's init warnings would both be seen.
  ({ api, sdk } = await capturingConsole(async () => {
    const sdk = await import('@loanshare/sdk');
    const api = await sdk.createApi(node.url);
    await api.rpc.system.chain();
    return { api, sdk };
  }));
  const { Keyring } = await import('@polkadot/keyring');
  const { cryptoWaitReady } = await import('@polkadot/util-crypto');
  await cryptoWaitReady();
  const k = new Keyring({ type: 'sr25519' });
  keyring = { alice: k.addFromUri('//Alice'), bob: k.addFromUri('//Bob'), charlie: k.addFromUri('//Charlie'), ferdie: k.addFromUri('//Ferdie') };
  keys = { alpha: await sdk.generateKeyPair(), beta: await sdk.generateKeyPair(), gamma: await sdk.generateKeyPair() };
  dir = mkdtempSync(join(tmpdir(), 'loanshare-sdk-test-'));
});

after(async () => {
  watcher?.();
  await api?.disconnect();
  await node?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('connecting through the SDK prints no warning (and raw @polkadot/api would)', { skip }, async () => {
  assert.deepEqual(logged.warn, [], `console.warn during connect:\n${logged.warn.join('\n')}`);
  assert.deepEqual(logged.error, [], `console.error during connect:\n${logged.error.join('\n')}`);
  assert.deepEqual(logged.log, [], `console.log during connect:\n${logged.log.join('\n')}`);
  assert.deepEqual(logged.info, [], `console.info during connect:\n${logged.info.join('\n')}`);
  assert.ok(api.registry.signedExtensions.includes('CheckMembership'));
  assert.equal(typeof api.rpc.loanShare.plan, 'function');
  // The same connection without the SDK's options warns about both: the check above sees warnings.
  const { ApiPromise, WsProvider } = await import('@polkadot/api');
  const raw = { warn: [] };
  const saved = console.warn;
  console.warn = (...a) => raw.warn.push(a.map(String).join(' '));
  try {
    const plain = await ApiPromise.create({ provider: new WsProvider(node.url), throwOnConnect: true });
    await plain.disconnect();
  } finally {
    console.warn = saved;
  }
  const all = raw.warn.join('\n');
  assert.match(all, /CheckMembership/);
  assert.match(all, /loanShare_plan/);
});

/** A metadata's JSON without its docs: what the generated types depend on. */
function shape(json) {
  if (Array.isArray(json)) return json.map(shape);
  if (json && typeof json === 'object') {
    return Object.fromEntries(Object.entries(json).filter(([k]) => k !== 'docs').map(([k, v]) => [k, shape(v)]));
  }
  return json;
}

test('the committed types are the node\'s: metadata.json has the running runtime\'s types', { skip }, async () => {
  const { readFileSync } = await import('node:fs');
  const { Metadata, TypeRegistry } = await import('@polkadot/types');
  const saved = JSON.parse(readFileSync(new URL('../metadata.json', import.meta.url), 'utf8'));
  const registry = new TypeRegistry();
  const opaque = registry.createType('Option<OpaqueMetadata>', registry.createType('Raw', saved.result).toU8a()).unwrap();
  const committed = new Metadata(registry, opaque.toHex());
  assert.equal(committed.version, api.runtimeMetadata.version);
  const same = JSON.stringify(shape(committed.toJSON())) === JSON.stringify(shape(api.runtimeMetadata.toJSON()));
  assert.ok(same, `the runtime's types differ from sdk/js/metadata.json (spec ${saved.specVersion}, node ${api.runtimeVersion.specVersion}): `
    + 'regenerate with `loanshare-node --dev --tmp --rpc-port 9977` and `npm run typegen -- --endpoint ws://127.0.0.1:9977`');
});

test('constants, storage and runtime APIs are decoded with the chain\'s types', { skip }, async () => {
  assert.equal(api.consts.loanShare.minFee.toBigInt(), 100n);
  assert.equal(api.consts.loanShare.minShareFloor.toBigInt(), sdk.MIN_SHARE_FLOOR);
  assert.equal(api.consts.token.decimals.toNumber(), 2);
  assert.equal(api.consts.token.symbol.toHuman(), 'TOKEN');
  assert.equal(api.consts.keyExchange.challengeWindow.toRawType(), 'u32');
  const next = await api.query.loanShare.nextPlanId();
  assert.equal(next.toRawType(), 'u64');
  assert.ok((await api.query.token.balances(BETA)).toBigInt() > 0n, 'Beta holds tokens in the dev preset');
  // The runtime API through metadata (api.call) and the node's RPC agree.
  const viaCall = await api.call.loanShareApi.openPlans(0, 100);
  const viaRpc = await sdk.openPlans(api, { limit: 100 });
  assert.deepEqual(viaCall.map((p) => p.id.toNumber()), viaRpc.map((p) => p.id.toNumber()));
});

test('the loanShare_* RPCs: a missing plan is null, a bad page size is refused', { skip }, async () => {
  assert.equal(await sdk.readPlan(api, 999_999), null);
  assert.equal(await sdk.confirmations(api, 999_999), null);
  await assert.rejects(api.rpc.loanShare.plan(999_999), /4004/);
  await assert.rejects(api.rpc.loanShare.confirmations(999_999), /4004/);
  await assert.rejects(sdk.openPlans(api, { limit: 1000 }), /-32602|limit must be at most 100/);
  assert.ok(Array.isArray(await sdk.takenBy(api, BETA)));
});

test('watching finalised events starts before the publication', { skip }, async () => {
  watcher = await sdk.watchFinalized(api, (e) => { seen.push(e); }, { filter: ['loanShare', 'keyExchange.HandoffDelivered'] });
  assert.equal(typeof watcher, 'function');
});

let plan;
let fee;

test('Alpha, Beta and Gamma register their (WebCrypto) RSA keys; Alpha publishes a sealed plan; final; read back typed', { skip }, async () => {
  await sdk.registerKey(api, keyring.alice, keys.alpha.publicDer);
  await sdk.registerKey(api, keyring.bob, keys.beta.publicDer);
  await sdk.registerKey(api, keyring.charlie, keys.gamma.publicDer);
  await assert.rejects(sdk.registerKey(api, keyring.charlie, new Uint8Array(10)), (e) => e.code === 'InvalidPublicKey');
  const now = (await api.query.timestamp.now()).toNumber();
  const draft = {
    contributor: ALPHA,
    contributorPublicKey: keys.alpha.publicDer,
    externalRef: REF,
    borrower: BORROWER,
    loanType: 'Cash',
    amount: sdk.rmbToFen('120000'),
    risk: { score: 720, approvedLimit: sdk.rmbToFen('120000'), suggestedShareLimit: sdk.rmbToFen('100000') },
    links: ['https://risk.example/traffic/123'],
    conditions: { sharedLimit: sdk.rmbToFen('100000'), minRateBp: 1800, maxRateBp: 2000, tokenRate: 1, maxParticipants: 3, end: now + 3_600_000 },
  };
  const published = await sdk.publish(api, keyring.alice, draft);
  plan = published.plan;
  assert.ok(Number.isInteger(plan));
  // Resolved on finality: the block is final.
  const finalized = await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead());
  assert.ok(finalized.number.toNumber() >= published.blockNumber);

  const p = await sdk.readPlan(api, plan);
  assert.equal(p.id.toNumber(), plan);
  assert.deepEqual((await api.rpc.loanShare.plan(plan)).toJSON(), p.toJSON(), 'the RPC (serde JSON) and the runtime API (SCALE) agree');
  assert.equal((await sdk.readPlan(api, plan, { at: published.blockHash })).id.toNumber(), plan);
  assert.equal(p.contributor.toNumber(), ALPHA);
  assert.ok(p.status.isOpen);
  assert.equal(p.input.loanType.type, 'Cash');
  assert.equal(sdk.fenToRmb(p.input.amount), '120000.00');
  assert.equal(new TextDecoder().decode(p.input.externalRef.toU8a(true)), REF);
  assert.equal(p.input.envelope.version.toNumber(), 1);
  assert.equal(p.input.envelope.keyId.toNumber(), await sdk.currentKeyId(api, ALPHA));
  assert.ok((await sdk.openPlans(api, { limit: 100 })).some((x) => x.id.toNumber() === plan));
  assert.ok((await sdk.plansByContributor(api, ALPHA, { limit: 100 })).some((x) => x.id.toNumber() === plan));
  const all = [];
  for await (const x of sdk.allPlans(api, { contributor: ALPHA })) all.push(x.id.toNumber());
  assert.ok(all.includes(plan));

  // What the chain stores opens with the contributor's own key (W), RPC or storage alike.
  const ctx = sdk.envelopeContext(api, ALPHA, REF);
  assert.deepEqual(await sdk.open(keys.alpha.privatePem, p.input.envelope.wrappedKey, p.input.envelope, ctx), BORROWER);
  const stored = (await api.query.loanShare.plans(plan)).unwrap();
  assert.deepEqual(await sdk.open(keys.alpha.privateKey, stored.input.envelope.wrappedKey, stored.input.envelope, ctx), BORROWER);

  // The same reference again: the module error by name.
  await assert.rejects(sdk.publish(api, keyring.alice, { ...draft }), (e) => e instanceof sdk.ChainError
    && e.section === 'loanShare' && e.pallet === 'LoanShare' && e.errorName === 'InvalidPlan' && e.reason === 'DuplicateExternalRef'
    && e.message === 'loanShare.InvalidPlan(DuplicateExternalRef)');
});

test('Beta confirms 80,000 RMB: the fee is computed before signing, as the chain charges it', { skip }, async () => {
  const quote = await sdk.quoteFee(api, plan, sdk.rmbToFen('80000'));
  assert.deepEqual(quote, { fee: 800n, tokenRate: 1, minFee: 100n });
  await assert.rejects(sdk.confirm(api, keyring.bob, plan, sdk.rmbToFen('80000'), 1900, { maxFee: 799 }), (e) => e.errorName === 'FeeAboveMaximum');
  const before = (await api.query.token.balances(BETA)).toBigInt();
  const c = await sdk.confirm(api, keyring.bob, plan, sdk.rmbToFen('80000'), 1900, { maxFee: 800 });
  fee = c.fee;
  assert.equal(c.fee, 800n);
  assert.equal(c.plan, plan);
  assert.ok(c.escrow >= 0n);
  assert.equal((await api.query.token.balances(BETA)).toBigInt(), before - 800n);
  const confs = await sdk.confirmations(api, plan);
  assert.deepEqual(confs.map((x) => [x.participant.toNumber(), x.amount.toBigInt(), x.rateBp.toNumber(), x.fee.toBigInt()]), [[BETA, 8_000_000n, 1900, 800n]]);
  assert.ok((await sdk.takenBy(api, BETA)).some((x) => x.plan.toNumber() === plan));

  // Refusals by name: a rate outside the plan's range, a non-member (the pool, CheckMembership).
  await assert.rejects(sdk.confirm(api, keyring.charlie, plan, sdk.rmbToFen('1000'), 2100), (e) => e.message === 'loanShare.RateOutOfRange' && e.errorName === 'RateOutOfRange');
  await assert.rejects(sdk.confirm(api, keyring.ferdie, plan, sdk.rmbToFen('1000'), 1900), (e) => e.errorName === 'NotAMember' && typeof e.pool === 'string');
});

test('the handoff: Alpha rewraps the data key to Beta (as its agent does); Beta opens it with the SDK and with the Rust client', { skip }, async () => {
  const stored = (await api.query.loanShare.plans(plan)).unwrap();
  const w2 = await sdk.rewrap(keys.alpha.privatePem, stored.input.envelope.wrappedKey, keys.beta.publicDer);
  const keyId = await sdk.currentKeyId(api, BETA);
  await sdk.submit(api, api.tx.keyExchange.deliver(plan, BETA, keyId, sdk.bytesToHex(w2)), keyring.alice);
  const h = await sdk.handoff(api, plan, BETA);
  assert.ok(h.status.isDelivered, h.status.type);
  assert.deepEqual(await sdk.openDelivered(api, keys.beta.privatePem, plan, BETA), BORROWER);
  await assert.rejects(sdk.openDelivered(api, keys.alpha.privatePem, plan, BETA), (e) => e.code === 'UnwrapFailed');

  // The Rust client opens what the SDK sealed and rewrapped, with the WebCrypto-made key.
  if (!existsSync(CLI)) return;
  mkdirSync(join(dir, 'beta'), { mode: 0o700 });
  writeFileSync(join(dir, 'beta', 'rsa.pem'), keys.beta.privatePem, { mode: 0o600 });
  writeFileSync(join(dir, 'beta.key'), '//Bob\n', { mode: 0o600 });
  const out = await new Promise((resolve, reject) => {
    execFile(CLI, ['--endpoint', node.url, '--key-file', join(dir, 'beta.key'), 'open', String(plan), '--rsa-key-dir', join(dir, 'beta'), '--json'],
      { env: { ...process.env, LOANSHARE_SURI: '', LOANSHARE_CONFIG: '/nonexistent', RUST_LOG: 'warn' }, timeout: 120_000 },
      (err, stdout, stderr) => (err ? reject(new Error(`loanshare open failed: ${stderr || err.message}`)) : resolve(stdout)));
  });
  const opened = JSON.parse(out.trim().split('\n').pop());
  assert.equal(opened.plan, plan);
  for (const k of ['name', 'id_number', 'mobile']) assert.equal(opened[k], BORROWER[k], k);
});

test('the watcher saw the publication, the confirmation and the delivery, finalised and in order', { skip }, async () => {
  const want = ['loanShare.PlanPublished', 'loanShare.PlanConfirmed', 'keyExchange.HandoffDelivered'];
  const mine = () => seen.filter((e) => Number(e.event.data[0].toString()) === plan).map((e) => e.name);
  for (const deadline = Date.now() + 60_000; !want.every((n) => mine().includes(n));) {
    assert.ok(Date.now() < deadline, `watcher saw ${JSON.stringify(mine())}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.deepEqual(mine().filter((n) => want.includes(n)), want);
  const confirmed = seen.find((e) => e.name === 'loanShare.PlanConfirmed' && Number(e.event.data[0].toString()) === plan);
  assert.equal(confirmed.event.data.fee.toBigInt(), fee);
  const finalizedHead = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  assert.ok(seen.every((e) => e.blockNumber <= finalizedHead));
  const blocks = seen.map((e) => e.blockNumber);
  assert.deepEqual(blocks, [...blocks].sort((a, b) => a - b));
  assert.ok(seen.every((e) => e.name.startsWith('loanShare.') || e.name === 'keyExchange.HandoffDelivered'));
});
