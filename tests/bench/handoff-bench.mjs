/**
 * Handoff delivery at saturation, on a real dev node: Alpha's agent (`loanshare agent`) runs,
 * a burst of confirmations of Alpha's plans arrives at once (pre-signed, all submitted
 * together), and the agent delivers every handoff (`deliver_batch`). Measured from the blocks:
 * how many blocks the deliveries span, deliveries per block, and the blocks from each
 * confirmation's block to its delivery's block.
 *
 * Each institution confirms a plan at most once, so the burst is many plans × the dev chain's
 * three other institutions (Beta, Gamma, Delta), each confirming every plan once with the
 * plan's minimum share (1,000 RMB, the floor; fee: the minimum fee).
 *
 * Usage: node bench/handoff-bench.mjs [--quick] [--json] [--confirmations N]
 *   --quick            ~100 confirmations (CI) instead of ~1,000
 *   --confirmations N  at least N confirmations (rounded up to whole plans of 3)
 *   --json             print only the result as JSON
 */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WsProvider } from '@polkadot/api';
import { u8aToHex } from '@polkadot/util';
import { startNode, connect, waitFor, rpc } from '../e2e/lib/node.js';
import { keyring, submit, bindAccount, finalizedNumber } from '../e2e/lib/chain.js';
import { generateKeyPair, open } from '../e2e/lib/envelope.js';
import { planInput, envelopeContext, MIN_SHARE_FLOOR } from '../e2e/lib/plans.js';
import { cliJson, keyFile, startAgent, until } from '../e2e/lib/client.js';
import { NonceSigner, flood } from './flood.mjs';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    confirmations: { type: 'string' },
  },
});
const WANTED = Number(opts.confirmations ?? (opts.quick ? 100 : 1000));
/** Node flags so that the pool takes the whole burst (its defaults: 8,192 txs, 20 MiB). */
const POOL_ARGS = ['--pool-limit', '250000', '--pool-kbytes', '2000000'];
const AGENT_URI = '//Alice//agent';
/** Give up when no delivery came for this many blocks (the timeout refunds after 200). */
const STALL_BLOCKS = 60;
const BORROWER = { name: 'Bench Borrower', id_number: '000000000000000000', mobile: '00000000000', licence_plate: null, engine_number: null };
const log = (...m) => { if (!opts.json) console.error('[handoff-bench]', ...m); };
const range = (n) => Array.from({ length: n }, (_, i) => i);
const chunks = (xs, size) => range(Math.ceil(xs.length / size)).map((i) => xs.slice(i * size, (i + 1) * size));
const key = (plan, participant) => `${plan}:${participant}`;
const num = (x) => Number(x.toString());

/** The p-th percentile (0..100) of sorted numbers, nearest rank. */
function percentile(sorted, p) {
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Submit pre-signed extrinsics and fail unless every one was included and succeeded. */
async function settle(api, provider, what, xts) {
  const run = await flood(provider, xts);
  const problems = [...run.rejected].map(([m, n]) => `${n} refused: ${m}`);
  if (run.missing) problems.push(`${run.missing} never included`);
  for (const b of run.blocks) {
    const events = await (await api.at(b.hash)).query.system.events();
    for (const { phase, event } of events) {
      if (phase.isApplyExtrinsic && b.ours.includes(phase.asApplyExtrinsic.toNumber())
        && event.section === 'system' && event.method === 'ExtrinsicFailed') problems.push(`failed in #${b.number}`);
    }
  }
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
  return run;
}

const dir = mkdtempSync(join(tmpdir(), 'loanshare-handoff-bench-'));
const node = await startNode({ name: 'handoff-bench', args: ['--dev', ...POOL_ARGS] });
const provider = new WsProvider(node.url);
let api;
let agent;
const result = { mode: opts.quick ? 'quick' : 'full', cpus: cpus().length, cpu: cpus()[0]?.model };
try {
  api = await connect(node);
  await provider.isReady;
  await waitFor('block #1', async () => (await api.query.timestamp.now()).toNumber() > 0);
  const k = await keyring();
  const participants = [[k.bob, 2], [k.charlie, 3], [k.dave, 4]];
  const plansNeeded = Math.ceil(WANTED / participants.length);

  // Keys: Alpha's, and one key pair shared by the participants (the agent wraps to each one's
  // registered key; sharing it only saves key generation here).
  const alphaRsa = await generateKeyPair();
  const participantRsa = await generateKeyPair();
  mkdirSync(join(dir, 'alpha'), { mode: 0o700 });
  writeFileSync(join(dir, 'alpha', 'rsa.pem'), alphaRsa.privatePem, { mode: 0o600 });
  await submit(api, api.tx.keyExchange.registerKey(u8aToHex(alphaRsa.publicDer)), k.alice);
  for (const [pair, id] of participants) {
    await submit(api, api.tx.keyExchange.registerKey(u8aToHex(participantRsa.publicDer)), pair);
    await submit(api, api.tx.token.recharge(id, 10_000_000, `handoff-bench-${id}-${Date.now()}`), k.alice);
  }

  // Alpha's plans: minimum share = the floor, three participants each.
  log(`publishing ${plansNeeded} plans`);
  const tag = Date.now().toString(36);
  const now = (await api.query.timestamp.now()).toNumber();
  const keyId = (await api.query.keyExchange.currentKey(1)).unwrap().toNumber();
  const refs = range(plansNeeded).map((i) => `hb-${tag}-${i}`);
  const alice = await new NonceSigner(api, k.alice).sync();
  const batches = [];
  for (const part of chunks(refs, api.consts.loanShare.maxBatch.toNumber())) {
    const inputs = await Promise.all(part.map((externalRef) => planInput(api, {
      contributor: 1, contributorPublicDer: alphaRsa.publicDer, externalRef, borrower: BORROWER,
      minShare: MIN_SHARE_FLOOR, maxParticipants: participants.length, durationMs: 6 * 3_600_000, now, keyId,
    })));
    batches.push(alice.sign(api.tx.loanShare.publishBatch(inputs)));
  }
  await settle(api, provider, 'publish the plans', batches);
  const planIds = (await api.query.loanShare.byExternalRef.multi(refs.map((r) => [1, r]))).map((id) => id.unwrap().toNumber());

  // Alpha's agent, with a signing account of its own; caught up before the burst.
  const agentPair = await bindAccount(api, k.alice, 1, AGENT_URI);
  const agentAddress = api.createType('AccountId', agentPair.publicKey).toString();
  const tok = await cliJson(node, ['api-token', 'new', 'bench', '--file', join(dir, 'tokens')]);
  agent = await startAgent(node, ['--key-file', keyFile(dir, 'alpha-agent', AGENT_URI), '--rsa-key-dir', join(dir, 'alpha'),
    '--database', `sqlite://${join(dir, 'mirror.db')}?mode=rwc`, '--api-tokens', join(dir, 'tokens')]);
  const fin = await finalizedNumber(api);
  await until(async () => (await agent.get('/api/v1/status', tok.token)).json?.mirrored?.number >= fin,
    { ms: 200, timeout: 600_000, what: 'the agent to catch up' });

  // The burst: every participant confirms every plan once, all submitted together.
  const signers = await Promise.all(participants.map(([pair]) => new NonceSigner(api, pair).sync()));
  const xts = [];
  for (const plan of planIds) for (const s of signers) xts.push(s.sign(api.tx.loanShare.confirm(plan, MIN_SHARE_FLOOR, 1900)));
  log(`burst: ${xts.length} confirmations of ${planIds.length} plans`);
  const t0 = performance.now();
  const burst = await flood(provider, xts);
  const requestedAt = new Map();
  const failedConfirms = new Map();
  for (const b of burst.blocks) {
    const events = await (await api.at(b.hash)).query.system.events();
    for (const { phase, event } of events) {
      if (event.section === 'keyExchange' && event.method === 'HandoffRequested') {
        requestedAt.set(key(num(event.data[0]), num(event.data[2])), b.number);
      } else if (phase.isApplyExtrinsic && b.ours.includes(phase.asApplyExtrinsic.toNumber())
        && event.section === 'system' && event.method === 'ExtrinsicFailed') {
        const e = event.data[0];
        const name = e.isModule ? (({ section, name: n }) => `${section}.${n}`)(api.registry.findMetaError(e.asModule)) : e.toString();
        failedConfirms.set(name, (failedConfirms.get(name) ?? 0) + 1);
      }
    }
  }
  const submitSeconds = burst.submitSeconds;
  log(`burst: ${requestedAt.size} handoffs requested in blocks #${burst.blocks[0]?.number}..#${burst.blocks.at(-1)?.number}`);
  if (!requestedAt.size) throw new Error(`no confirmation succeeded (${[...burst.rejected].join('; ')})`);

  // Follow the blocks until every requested handoff is delivered (or refunded, or stalled).
  const deliveredAt = new Map();
  const refunded = new Set();
  const rejected = new Map();
  const perBlock = [];
  let batchesSeen = 0;
  let next = burst.blocks[0].number;
  let lastProgress = next;
  let lastDeliveryWall = t0;
  while (deliveredAt.size + refunded.size < requestedAt.size) {
    if (agent.proc.exitCode !== null) throw new Error(`the agent exited (${agent.proc.exitCode}):\n${agent.logs().slice(-4000)}`);
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    if (next > best) { await new Promise((r) => setTimeout(r, 250)); continue; }
    for (; next <= best; next++) {
      const hash = await api.rpc.chain.getBlockHash(next);
      const [events, block] = await Promise.all([(await api.at(hash)).query.system.events(), api.rpc.chain.getBlock(hash)]);
      batchesSeen += block.block.extrinsics.filter((x) => x.method.section === 'keyExchange' && x.method.method === 'deliverBatch'
        && x.signer.toString() === agentAddress).length;
      let delivered = 0;
      for (const { event } of events) {
        if (event.section !== 'keyExchange') continue;
        if (event.method === 'HandoffDelivered') {
          const h = key(num(event.data[0]), num(event.data[2]));
          if (requestedAt.has(h) && !deliveredAt.has(h)) { deliveredAt.set(h, next); delivered++; }
        } else if (event.method === 'HandoffRefunded') {
          refunded.add(key(num(event.data[0]), num(event.data[1])));
        } else if (event.method === 'DeliveryRejected') {
          const why = event.data[2].toString();
          rejected.set(why, (rejected.get(why) ?? 0) + 1);
        }
      }
      perBlock.push({ number: next, delivered });
      if (delivered) { lastProgress = next; lastDeliveryWall = performance.now(); }
    }
    if (best - lastProgress > STALL_BLOCKS) {
      throw new Error(`no delivery in ${STALL_BLOCKS} blocks: ${deliveredAt.size} of ${requestedAt.size} delivered\n${agent.logs().slice(-4000)}`);
    }
  }
  const totalSeconds = (lastDeliveryWall - t0) / 1000;

  // A sample of the deliveries opens with the participants' key.
  const sample = [...deliveredAt.keys()].filter((_, i, all) => i === 0 || i === all.length - 1 || i === (all.length >> 1));
  for (const h of sample) {
    const [plan, participant] = h.split(':').map(Number);
    const handoff = (await api.query.keyExchange.handoffs(plan, participant)).unwrap();
    const planJson = await rpc(node, 'loanShare_plan', [plan]);
    const opened = await open(participantRsa.privatePem, handoff.deliveredKey, planJson.input.envelope, envelopeContext(api, 1, refs[planIds.indexOf(plan)]));
    if (opened.name !== BORROWER.name) throw new Error(`handoff ${h} opened to ${JSON.stringify(opened)}`);
  }

  // The figures.
  const latencies = [...deliveredAt].map(([h, at]) => at - requestedAt.get(h)).sort((a, b) => a - b);
  const deliveryBlocks = [...deliveredAt.values()];
  const firstDelivery = Math.min(...deliveryBlocks);
  const lastDelivery = Math.max(...deliveryBlocks);
  const span = perBlock.filter((b) => b.number >= firstDelivery && b.number <= lastDelivery);
  const withDeliveries = span.filter((b) => b.delivered > 0);
  const firstConfirm = burst.blocks[0].number;
  const stamp = async (n) => (await (await api.at(await api.rpc.chain.getBlockHash(n))).query.timestamp.now()).toNumber();
  const chainSeconds = ((await stamp(lastDelivery)) - (await stamp(firstConfirm - 1))) / 1000;
  Object.assign(result, {
    plans: planIds.length,
    confirmations: requestedAt.size,
    confirmationsFailed: Object.fromEntries(failedConfirms),
    confirmationsRefused: burst.rejected.size ? Object.fromEntries(burst.rejected) : {},
    delivered: deliveredAt.size,
    refunded: refunded.size,
    deliveryRejected: Object.fromEntries(rejected),
    deliverBatchCalls: batchesSeen,
    confirmationBlocks: { first: firstConfirm, last: burst.blocks.at(-1).number },
    deliveryBlocks: { first: firstDelivery, last: lastDelivery },
    blocksSpanned: lastDelivery - firstConfirm + 1,
    deliveryBlocksSpanned: lastDelivery - firstDelivery + 1,
    deliveriesPerBlock: {
      max: Math.max(...span.map((b) => b.delivered)),
      mean: deliveredAt.size / span.length,
      meanOverBlocksWithDeliveries: deliveredAt.size / withDeliveries.length,
    },
    confirmToDeliveryBlocks: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: latencies.at(-1), min: latencies[0] },
    submitSeconds,
    totalSeconds,
    chainSeconds,
    note: 'totalSeconds: wall clock from the burst\'s submission to the last delivery seen; chainSeconds: block timestamps from the block before the first confirmation to the last delivery',
  });
  if (deliveredAt.size !== requestedAt.size) throw new Error(`${refunded.size} handoffs were refunded instead of delivered`);
} finally {
  await agent?.stop();
  await provider.disconnect().catch(() => {});
  await api?.disconnect();
  await node.stop();
  rmSync(dir, { recursive: true, force: true });
}

if (opts.json) {
  console.log(JSON.stringify(result));
} else {
  const r = result;
  const f = (x, d = 1) => Number(x).toFixed(d);
  console.log(`\nLoanShare handoff delivery at saturation (${r.mode}, ${r.cpus} × ${r.cpu})`);
  console.log('| measure | value |\n|---|---|');
  console.log(`| confirmations (burst, ${r.plans} plans × 3 participants) | ${r.confirmations} in blocks #${r.confirmationBlocks.first}..#${r.confirmationBlocks.last} |`);
  console.log(`| delivered by the agent | ${r.delivered} in ${r.deliverBatchCalls} deliver_batch calls, blocks #${r.deliveryBlocks.first}..#${r.deliveryBlocks.last} |`);
  console.log(`| blocks spanned (first confirmation to last delivery) | ${r.blocksSpanned} |`);
  console.log(`| deliveries per block (max / mean over the delivery span) | ${r.deliveriesPerBlock.max} / ${f(r.deliveriesPerBlock.mean)} |`);
  console.log(`| blocks from confirmation to delivery (p50 / p95 / max) | ${r.confirmToDeliveryBlocks.p50} / ${r.confirmToDeliveryBlocks.p95} / ${r.confirmToDeliveryBlocks.max} |`);
  console.log(`| seconds (wall, burst to last delivery / chain time) | ${f(r.totalSeconds)} / ${f(r.chainSeconds)} |`);
  console.log(JSON.stringify(result));
}
