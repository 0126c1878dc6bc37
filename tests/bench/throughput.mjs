#!/usr/bin/env node
/**
 * Throughput benchmark of a LoanShare dev chain: in one run, side by side,
 *
 *   1. `balances.transferKeepAlive` per second at saturation,
 *   2. `loanShare.confirm` per second at saturation,
 *   3. plans per second through `loanShare.publishBatch`,
 *
 * each measured by pre-signing a flood of extrinsics, submitting them all with
 * many requests in flight and following the blocks until all are included. It
 * prints a table (throughput, transactions per full block, weight and length
 * fullness of the saturated blocks), checks the targets and can write JSON.
 *
 * Setup (through sudo = Alice on the dev chain): admits bench institutions,
 * Participators with several accounts each (the flood signers) and Contributors,
 * funds their accounts, registers their RSA keys, recharges the Participators'
 * consortium tokens and publishes the plans they confirm.
 *
 * Usage: node bench/throughput.mjs [--quick] [--json <path>] [--node <path> | --ws <url>]
 * See bench/README.md.
 */
import { writeFileSync, accessSync, constants as fsConstants } from 'node:fs';
import { parseArgs } from 'node:util';
import { Keyring, WsProvider } from '@polkadot/api';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { startNode, connect, nodeBinary, waitFor } from '../e2e/lib/node.js';
import { keyring } from '../e2e/lib/chain.js';
import { generateKeyPair } from '../e2e/lib/envelope.js';
import { planInput } from '../e2e/lib/plans.js';
import { NonceSigner, flood, inspectBlocks } from './flood.mjs';
import { summarise, verdicts, machine, render } from './report.mjs';

/**
 * Flood sizes, in full blocks of work: each flood holds as many extrinsics as
 * fill this many blocks' normal class (by weight or length, whichever binds).
 */
const MODES = { quick: { blocks: 4 }, full: { blocks: 13 } };
/** Participator institutions: each confirms every plan once (the plans' `max_participants`). */
const PARTICIPANTS = 16;
/** Accounts per Participator: the flood signers are PARTICIPANTS × ACCOUNTS_PER_PARTICIPANT. */
const ACCOUNTS_PER_PARTICIPANT = 2;
/** Native balance given to each bench account for fees, in whole units. */
const FUNDING_UNITS = 1_000n;
/** Consortium tokens (fen) recharged to each Participator; a confirmation below costs 100. */
const TOKENS = 10_000_000;
/**
 * A confirmation: the plans' minimum share, 1,000 RMB (the chain's floor, `MinShareFloor`), at
 * 19%; its fee at the plans' token rate 1 is 10 units by the formula, so `MinFee`: 100 units.
 */
const CONFIRM = { amount: 100_000, rateBp: 1900 };
/**
 * Confirmations one contributor's plans take (plans × PARTICIPANTS): 256, the former cap on a
 * contributor's pending handoffs, kept so that runs compare across versions.
 */
const CONFIRMS_PER_CONTRIBUTOR = 256;
/** Node flags so that no flood is cut by the pool's default limits (8,192 txs, 20 MiB). */
const POOL_ARGS = ['--pool-limit', '250000', '--pool-kbytes', '2000000'];
/** A synthetic borrower sealed into every plan's envelope. */
const BORROWER = { name: 'Bench Borrower', id_number: '000000000000000000', mobile: '00000000000', licence_plate: null, engine_number: null };

const USAGE = 'usage: node bench/throughput.mjs [--quick] [--json <path>] [--node <path> | --ws <url>]';
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const range = (n) => Array.from({ length: n }, (_, i) => i);
const chunks = (xs, size) => range(Math.ceil(xs.length / size)).map((i) => xs.slice(i * size, (i + 1) * size));

/** An expected failure (bad setup, missing binary, wrong chain): reported by its message alone. */
class BenchError extends Error {}
/** A mistake on the command line: reported with the usage. */
class UsageError extends BenchError {}

const OPTIONS = {
  quick: { type: 'boolean', default: false },
  json: { type: 'string' },
  node: { type: 'string' },
  ws: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

function parseCli() {
  let values;
  try {
    ({ values } = parseArgs({ options: OPTIONS }));
  } catch (err) {
    throw new UsageError(err.message);
  }
  if (values.node && values.ws) throw new UsageError('--node and --ws exclude each other');
  return values;
}

/** Wait until `path` is executable (a rebuild may be replacing it), for up to `timeoutMs`. */
async function awaitExecutable(path, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (let waited = false; ; waited = true) {
    try {
      accessSync(path, fsConstants.X_OK);
      return;
    } catch (err) {
      if (Date.now() > deadline) throw new BenchError(`node binary ${path} is not executable: ${err.message}`);
      if (!waited) log(`waiting up to ${timeoutMs / 1000} s for ${path} (${err.code})`);
      await new Promise((r) => setTimeout(r, 5_000));
    }
  }
}

/** A fresh dev node (temporary base path) with large pool limits; retried if its binary vanishes meanwhile. */
async function spawnNode(binary) {
  for (let attempt = 1; ; attempt++) {
    await awaitExecutable(binary);
    try {
      return await startNode({ name: 'bench', binary, args: ['--dev', ...POOL_ARGS] });
    } catch (err) {
      if (attempt >= 3 || !/cannot start/.test(err.message)) throw err;
      log(`${err.message}; retrying`);
    }
  }
}

/** How many extrinsics like `tx` fit the normal class of one block, by weight and by length. */
async function perBlock(ctx, tx) {
  const sample = hexToU8a(ctx.sampler.sign(tx));
  const info = await ctx.api.call.transactionPaymentApi.queryInfo(sample, sample.length);
  const weight = info.weight.refTime.toBigInt() + ctx.limits.baseExtrinsic;
  return Math.min(Number(ctx.limits.refTime / weight), Math.floor(ctx.limits.length / sample.length));
}

/**
 * The flood sizes for `blocks` full blocks of each kind: transfers, contributors
 * (each takes CONFIRMS_PER_CONTRIBUTOR confirmations, capped by the council seats
 * left for new institutions) and plans (in whole batches).
 */
async function floodSizes(ctx, blocks) {
  const { api } = ctx;
  const maxBatch = api.consts.loanShare.maxBatch.toNumber();
  const now = (await api.query.timestamp.now()).toNumber();
  const refs = range(maxBatch).map((k) => `bench-${ctx.tag}-sample-${k}`);
  const sampleBatch = api.tx.loanShare.publishBatch(await plansOf(ctx, { id: 1, keyId: 1 }, refs, now));
  const seatsLeft = api.consts.consortium.maxCouncilSeats.toNumber() - (await api.query.consortium.councilSeats()).length - PARTICIPANTS;
  const wantedConfirms = blocks * await perBlock(ctx, api.tx.loanShare.confirm(0, CONFIRM.amount, CONFIRM.rateBp));
  const contributors = Math.min(Math.ceil(wantedConfirms / confirmsPerContributor()), seatsLeft);
  if (contributors < 1) throw new BenchError(`no council seat left to admit ${PARTICIPANTS + 1} bench institutions: use a fresh node`);
  if (contributors * confirmsPerContributor() < wantedConfirms) log(`only ${seatsLeft} council seats left: fewer confirmations than ${blocks} blocks hold`);
  return {
    transfers: blocks * await perBlock(ctx, api.tx.balances.transferKeepAlive(ctx.sampler.address, 1)),
    contributors,
    plans: blocks * maxBatch * await perBlock(ctx, sampleBatch),
  };
}

/** Plans per contributor: each takes one confirmation per Participator. */
function plansPerContributor() {
  return Math.floor(CONFIRMS_PER_CONTRIBUTOR / PARTICIPANTS);
}
const confirmsPerContributor = () => plansPerContributor() * PARTICIPANTS;

/** The bench institutions of this run (fresh keys, so a run never collides with an earlier one). */
function benchInstitutions(tag, contributors) {
  const keys = new Keyring({ type: 'sr25519' });
  const make = (kind, i, role, accounts) => ({
    name: `bench ${tag} ${kind} ${i}`,
    roles: [role],
    pairs: range(accounts).map((j) => keys.addFromUri(`//LoanShareBench//${tag}//${kind}${i}//${j}`)),
  });
  return {
    participants: range(PARTICIPANTS).map((i) => make('participant', i, 'Participator', ACCOUNTS_PER_PARTICIPANT)),
    contributors: range(contributors).map((i) => make('contributor', i, 'Contributor', 1)),
  };
}

/** Submit setup extrinsics and fail unless every one of them succeeded. */
async function settle(ctx, what, extrinsics) {
  log(`setup: ${what} (${extrinsics.length} txs)`);
  const run = await flood(ctx.provider, extrinsics);
  const { blocks } = await inspectBlocks(ctx.api, run.blocks, 'system.ExtrinsicSuccess');
  const failures = blocks.flatMap((b) => b.failures);
  const problems = [...run.rejected].map(([m, n]) => `${n} refused: ${m}`);
  if (run.missing) problems.push(`${run.missing} never included`);
  if (failures.length) problems.push(`failed: ${[...new Set(failures)].join(', ')}`);
  if (problems.length) throw new BenchError(`setup step "${what}" failed: ${problems.join('; ')}`);
}

/** Sync the nonces of `signers` with the chain. */
const syncAll = (signers) => Promise.all(signers.map((s) => s.sync()));

/** Admit the institutions through sudo, fund all their accounts, and learn their ids. */
async function admitAndFund(ctx, institutions) {
  const { api } = ctx;
  const alice = await ctx.alice.sync();
  const decimals = BigInt(api.registry.chainDecimals[0]);
  const funding = FUNDING_UNITS * 10n ** decimals;
  const txs = institutions.map((inst) => alice.sign(api.tx.sudo.sudo(
    api.tx.consortium.admit(inst.name, inst.roles, inst.pairs.map((p) => p.address), null))));
  for (const pair of institutions.flatMap((inst) => inst.pairs)) {
    txs.push(alice.sign(api.tx.balances.transferKeepAlive(pair.address, funding)));
  }
  await settle(ctx, 'admit and fund the bench institutions', txs);
  const ids = await api.query.consortium.accountInstitution.multi(institutions.map((inst) => inst.pairs[0].address));
  institutions.forEach((inst, i) => {
    inst.id = ids[i].unwrap().toNumber();
    inst.signers = inst.pairs.map((pair) => new NonceSigner(api, pair));
  });
}

/** Register every institution's RSA key and recharge the Participators' tokens. */
async function keysAndTokens(ctx, { participants, contributors }) {
  const { api } = ctx;
  const alice = await ctx.alice.sync();
  const all = [...participants, ...contributors];
  await syncAll(all.map((inst) => inst.signers[0]));
  const der = u8aToHex(ctx.rsa.publicDer);
  const txs = participants.map((p) => alice.sign(api.tx.token.recharge(p.id, TOKENS, `bench-${ctx.tag}-${p.id}`)));
  for (const inst of all) txs.push(inst.signers[0].sign(api.tx.keyExchange.registerKey(der)));
  await settle(ctx, 'register keys and recharge tokens', txs);
  const keyIds = await api.query.keyExchange.currentKey.multi(contributors.map((c) => c.id));
  contributors.forEach((c, i) => { c.keyId = keyIds[i].unwrap().toNumber(); });
}

/** Plan inputs of `contributor` ({ id, keyId }) with these external references, sealed for the bench key. */
function plansOf(ctx, contributor, refs, now) {
  return Promise.all(refs.map((externalRef) => planInput(ctx.api, {
    contributor: contributor.id,
    contributorPublicDer: ctx.rsa.publicDer,
    externalRef,
    borrower: BORROWER,
    maxParticipants: PARTICIPANTS,
    minShare: CONFIRM.amount,
    now,
    keyId: contributor.keyId,
  })));
}

/** Signed `publishBatch` extrinsics of `contributor` for the plans named by `refs`. */
async function publishBatches(ctx, contributor, refs, now) {
  const maxBatch = ctx.api.consts.loanShare.maxBatch.toNumber();
  const out = [];
  for (const part of chunks(refs, maxBatch)) {
    const inputs = await plansOf(ctx, contributor, part, now);
    out.push(contributor.signers[0].sign(ctx.api.tx.loanShare.publishBatch(inputs)));
  }
  return out;
}

/**
 * Publish the plans the confirmation flood confirms: `plansPerContributor()` per
 * contributor. Returns their ids.
 */
async function publishTargets(ctx, contributors) {
  const { api } = ctx;
  const perContributor = plansPerContributor();
  const now = (await api.query.timestamp.now()).toNumber();
  await syncAll(contributors.map((c) => c.signers[0]));
  const refs = range(perContributor).map((j) => `bench-${ctx.tag}-target-${j}`);
  const txs = [];
  for (const c of contributors) txs.push(...(await publishBatches(ctx, c, refs, now)));
  await settle(ctx, `publish ${perContributor * contributors.length} plans to confirm`, txs);
  const ids = await api.query.loanShare.byExternalRef.multi(contributors.flatMap((c) => refs.map((r) => [c.id, r])));
  return ids.map((id) => id.unwrap().toNumber());
}

/** `count` transfers of the existential deposit, round robin over the signers, each to the next signer. */
async function transferFlood(ctx, signers, count) {
  const { api } = ctx;
  await syncAll(signers);
  const amount = api.consts.balances.existentialDeposit;
  return range(count).map((k) => {
    const to = signers[(k + 1) % signers.length].address;
    return signers[k % signers.length].sign(api.tx.balances.transferKeepAlive(to, amount));
  });
}

/** One confirmation of every plan by every Participator (its accounts take turns). */
async function confirmFlood(ctx, participants, planIds) {
  const { api } = ctx;
  await syncAll(participants.flatMap((p) => p.signers));
  const txs = [];
  planIds.forEach((plan, j) => {
    for (const p of participants) {
      txs.push(p.signers[j % p.signers.length].sign(api.tx.loanShare.confirm(plan, CONFIRM.amount, CONFIRM.rateBp)));
    }
  });
  return txs;
}

/** `count` new plans in full `publishBatch`es, the batches dealt round robin to the contributors. */
async function planFlood(ctx, contributors, count) {
  const { api } = ctx;
  const now = (await api.query.timestamp.now()).toNumber();
  await syncAll(contributors.map((c) => c.signers[0]));
  const txs = [];
  for (const [k, plans] of chunks(range(count), api.consts.loanShare.maxBatch.toNumber()).entries()) {
    const contributor = contributors[k % contributors.length];
    const items = await plansOf(ctx, contributor, plans.map((i) => `bench-${ctx.tag}-plan-${i}`), now);
    txs.push(contributor.signers[0].sign(api.tx.loanShare.publishBatch(items)));
  }
  return txs;
}

/** Pre-sign one flood, submit it, follow it to the last inclusion and summarise it. */
async function measure(ctx, spec, build) {
  log(`${spec.label}: signing`);
  const started = performance.now();
  const extrinsics = await build();
  log(`${spec.label}: ${extrinsics.length} txs signed in ${((performance.now() - started) / 1000).toFixed(1)} s; flooding`);
  const run = await flood(ctx.provider, extrinsics);
  const inspected = await inspectBlocks(ctx.api, run.blocks, spec.unitEvent);
  if (!inspected.blocks.length) throw new BenchError(`${spec.label}: none of ${extrinsics.length} txs was included`);
  const row = summarise(spec, run, inspected, ctx.limits);
  log(`${spec.label}: ${row.units} ${row.unit} in ${row.blocks} blocks, ${row.perSecond.toFixed(1)}/s`);
  return row;
}

/**
 * The block limits the floods are measured against: the normal class's ref time
 * (`blockWeights.perClass.normal.maxTotal`) and length (`blockLength.max.normal`),
 * the normal base extrinsic weight and the whole block's ref time.
 */
function blockLimits(api) {
  const { perClass, maxBlock } = api.consts.system.blockWeights;
  const { maxTotal, baseExtrinsic } = perClass.normal;
  return {
    refTime: (maxTotal.isSome ? maxTotal.unwrap() : maxBlock).refTime.toBigInt(),
    baseExtrinsic: baseExtrinsic.refTime.toBigInt(),
    maxBlock: maxBlock.refTime.toBigInt(),
    length: api.consts.system.blockLength.max.normal.toNumber(),
  };
}

/** The connection, the signing identities and the chain limits the benchmark needs. */
async function context(url) {
  const api = await connect({ url });
  const provider = new WsProvider(url);
  await provider.isReady;
  // Plans' windows are built from the chain's clock, which starts with block #1.
  await waitFor('block #1', async () => (await api.query.timestamp.now()).toNumber() > 0);
  const { alice } = await keyring();
  const sudo = (await api.query.sudo.key()).unwrapOr(null)?.toString();
  if (sudo !== alice.address) throw new BenchError(`the chain at ${url} is not a dev chain with //Alice as its sudo key`);
  return {
    api,
    provider,
    alice: new NonceSigner(api, alice),
    // Signs samples whose weight and length size the floods; they are never submitted.
    sampler: new NonceSigner(api, alice, 0),
    tag: Date.now().toString(36),
    rsa: await generateKeyPair(),
    limits: blockLimits(api),
  };
}

async function benchmark(ctx, modeName) {
  const sizes = await floodSizes(ctx, MODES[modeName].blocks);
  log(`flood sizes for ${MODES[modeName].blocks} full blocks each: ${JSON.stringify(sizes)}`);
  const institutions = benchInstitutions(ctx.tag, sizes.contributors);
  const { participants, contributors } = institutions;
  await admitAndFund(ctx, [...participants, ...contributors]);
  await keysAndTokens(ctx, institutions);
  const targets = await publishTargets(ctx, contributors);
  const floodSigners = participants.flatMap((p) => p.signers);
  const rows = [
    await measure(ctx, { label: 'balances.transferKeepAlive', unit: 'transfers', unitEvent: 'balances.Transfer' },
      () => transferFlood(ctx, floodSigners, sizes.transfers)),
    await measure(ctx, { label: 'loanShare.confirm', unit: 'confirmations', unitEvent: 'loanShare.PlanConfirmed' },
      () => confirmFlood(ctx, participants, targets)),
    await measure(ctx, { label: 'loanShare.publishBatch', unit: 'plans', unitEvent: 'loanShare.PlanPublished' },
      () => planFlood(ctx, contributors, sizes.plans)),
  ];
  const counts = {
    blocksPerFlood: MODES[modeName].blocks,
    transfers: sizes.transfers,
    confirmations: targets.length * PARTICIPANTS,
    plans: sizes.plans,
    floodAccounts: floodSigners.length,
    participants: participants.length,
    contributors: contributors.length,
  };
  return { mode: modeName, counts, rows, checks: verdicts(rows), host: await machine(ctx.api) };
}

async function main() {
  const opts = parseCli();
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let node;
  let ctx;
  try {
    node = opts.ws ? null : await spawnNode(opts.node ?? nodeBinary());
    ctx = await context(opts.ws ?? node.url);
    const result = await benchmark(ctx, opts.quick ? 'quick' : 'full');
    process.stdout.write(`${render(result)}\n`);
    if (opts.json) writeFileSync(opts.json, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await ctx?.provider.disconnect();
    await ctx?.api.disconnect();
    await node?.stop();
  }
}

main().catch((err) => {
  const usage = err instanceof UsageError ? `\n${USAGE}` : '';
  const detail = err instanceof BenchError ? `${err.message}${usage}` : (err.stack ?? err.message);
  process.stderr.write(`throughput: error: ${detail}\n`);
  process.exit(1);
});
