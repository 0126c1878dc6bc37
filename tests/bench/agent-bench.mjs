/**
 * The institution software's rates, on a real dev node:
 *   1. import: `loanshare import` of an N-row XLSX sheet (validation, sealing, publishing,
 *      waiting for finality), in plans per second;
 *   2. delivery: M confirmations are made while the contributor's agent is stopped, then the
 *      agent is started and the time until it has delivered all of them is measured;
 *   3. mirror: a fresh agent (empty SQLite database, no delivery) catches up from block 1 to
 *      the finalised head: blocks and events per second.
 * Usage: node bench/agent-bench.mjs [--quick] [--json] [--mirror-url ws://…]
 *   --quick       200 rows and 60 confirmations instead of 1,000 and 240
 *   --mirror-url  also time a mirror catch-up against an existing chain (e.g. one with 1,000+ blocks)
 */
import { mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { startNode } from '../e2e/lib/node.js';
import { keyring, submit } from '../e2e/lib/chain.js';
import { cliJson, keyFile, startAgent, until } from '../e2e/lib/client.js';
import { NonceSigner, flood } from './flood.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const asJson = args.includes('--json');
const mirrorUrl = args.includes('--mirror-url') ? args[args.indexOf('--mirror-url') + 1] : null;
const ROWS = quick ? 200 : 1000;
const CONFIRMS = quick ? 60 : 240;
const log = (...m) => { if (!asJson) console.error('[agent-bench]', ...m); };

async function mirrorCatchUp(node, dir, name) {
  const t0 = performance.now();
  const agent = await startAgent(node, ['--no-deliver', '--database', `sqlite://${join(dir, `${name}.db`)}?mode=rwc`,
    '--api-tokens', join(dir, 'tokens')]);
  const api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
  const head = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  await api.disconnect();
  const status = await until(async () => {
    const s = (await agent.get('/api/v1/status', process.env.BENCH_TOKEN)).json;
    return s?.mirrored?.number >= head && s;
  }, { ms: 100, timeout: 1_800_000, what: 'the mirror catch-up' });
  const seconds = (performance.now() - t0) / 1000;
  await agent.stop();
  return { blocks: head, events: status.events, seconds, blocksPerSecond: head / seconds, eventsPerSecond: status.events / seconds };
}

const dir = mkdtempSync(join(tmpdir(), 'loanshare-agent-bench-'));
const node = await startNode({ name: 'agent-bench' });
const result = { mode: quick ? 'quick' : 'full', cpus: cpus().length, cpu: cpus()[0]?.model };
try {
  const alpha = keyFile(dir, 'alpha', '//Alice');
  const tok = await cliJson(node, ['api-token', 'new', 'bench', '--file', join(dir, 'tokens')]);
  process.env.BENCH_TOKEN = tok.token;
  chmodSync(join(dir, 'tokens'), 0o600);
  const provider = new WsProvider(node.url);
  const api = await ApiPromise.create({ provider, noInitWarn: true });
  const k = await keyring();
  const participants = [[k.bob, 'beta'], [k.charlie, 'gamma'], [k.dave, 'delta']];
  await cliJson(node, ['keygen', '--out', join(dir, 'alpha')]);
  await cliJson(node, ['--key-file', alpha, 'register-key', join(dir, 'alpha', 'rsa.pub.der'), '--in-block']);
  for (const [, who] of participants) {
    await cliJson(node, ['keygen', '--out', join(dir, who)]);
  }
  for (const [i, [, who]] of participants.entries()) {
    const f = keyFile(dir, who, ['//Bob', '//Charlie', '//Dave'][i]);
    await cliJson(node, ['--key-file', f, 'register-key', join(dir, who, 'rsa.pub.der'), '--in-block']);
  }

  // 1. Import.
  const sheet = join(dir, 'plans.xlsx');
  await cliJson(node, ['gen-sheet', sheet, '--rows', String(ROWS), '--prefix', 'BX']);
  const dry = await cliJson(node, ['--key-file', alpha, 'import', sheet, '--dry-run']);
  log(`import: ${ROWS} rows validated and sealed in ${dry.seconds.toFixed(2)} s`);
  const imp = await cliJson(node, ['--key-file', alpha, 'import', sheet]);
  result.import = { rows: ROWS, published: imp.report.published, batches: imp.report.batches, seconds: imp.seconds,
    plansPerSecond: imp.report.published / imp.seconds, validateAndSealSeconds: dry.seconds };
  log(`import: ${imp.report.published} plans published and finalised in ${imp.seconds.toFixed(1)} s`);

  // 2. Delivery backlog: confirmations while the agent is down, then the agent.
  const plans = [];
  for (let start = 0; plans.length < CONFIRMS;) {
    const page = (await api.call.loanShareApi.plansByContributor(1, start, 100)).toJSON();
    if (!page.length) break;
    plans.push(...page.filter((p) => p.status === 'Open'));
    start = page[page.length - 1].id + 1;
  }
  plans.splice(CONFIRMS);
  // Each confirmation takes the plan's minimum share (fee at least MinFee): enough tokens first.
  for (const [i, [, who]] of participants.entries()) {
    await submit(api, api.tx.token.recharge(i + 2, 100_000_000, `agent-bench-${who}-${Date.now()}`), k.alice);
  }
  const signers = await Promise.all(participants.map(([pair]) => new NonceSigner(api, pair).sync()));
  const xts = plans.map((p, i) => signers[i % signers.length].sign(
    api.tx.loanShare.confirm(p.id, BigInt(p.input.conditions.minShare), p.input.conditions.minRateBp)));
  const run = await flood(provider, xts);
  const pendingNow = async () => (await api.query.keyExchange.pendingHandoffs.keys(1)).length;
  await until(async () => {
    const fin = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    return fin >= run.blocks.at(-1).number;
  }, { what: 'finality of the confirmations' });
  const backlog = await pendingNow();
  log(`delivery: ${backlog} handoffs pending (${run.rejected.size ? [...run.rejected] : 'none refused'})`);
  const t0 = performance.now();
  const agent = await startAgent(node, ['--key-file', alpha, '--rsa-key-dir', join(dir, 'alpha'),
    '--database', `sqlite://${join(dir, 'deliver.db')}?mode=rwc`, '--api-tokens', join(dir, 'tokens')]);
  // The agent mirrors the run so far first; delivery starts once it has caught up.
  const finalised = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
  await until(async () => (await agent.get('/api/v1/status', tok.token)).json?.mirrored?.number >= finalised,
    { ms: 100, timeout: 900_000, what: 'the agent to catch up' });
  const t1 = performance.now();
  await until(async () => (await pendingNow()) === 0, { ms: 200, timeout: 900_000, what: 'the deliveries' });
  const deliverSeconds = (performance.now() - t1) / 1000;
  const totalSeconds = (performance.now() - t0) / 1000;
  await agent.stop();
  result.delivery = { handoffs: backlog, seconds: deliverSeconds, perSecond: backlog / deliverSeconds, totalSeconds,
    note: 'from the agent having caught up to an empty finalised pending list (totalSeconds: from agent start)' };
  log(`delivery: ${backlog} delivered in ${deliverSeconds.toFixed(1)} s after catching up (${totalSeconds.toFixed(1)} s from start)`);
  await api.disconnect();

  // 3. Mirror catch-up from block 1.
  result.mirror = await mirrorCatchUp(node, dir, 'catchup');
  log(`mirror: ${result.mirror.blocks} blocks, ${result.mirror.events} events in ${result.mirror.seconds.toFixed(1)} s`);
  if (mirrorUrl) {
    result.mirrorExisting = await mirrorCatchUp({ url: mirrorUrl }, dir, 'existing');
    log(`mirror of ${mirrorUrl}: ${result.mirrorExisting.blocks} blocks, ${result.mirrorExisting.events} events in ${result.mirrorExisting.seconds.toFixed(1)} s`);
  }
} finally {
  await node.stop();
}
if (asJson) {
  console.log(JSON.stringify(result));
} else {
  const f = (x, d = 1) => Number(x).toFixed(d);
  console.log(`\nLoanShare client and agent rates (${result.mode}, ${result.cpus} × ${result.cpu})`);
  console.log(`| measure | amount | seconds | rate |\n|---|---|---|---|`);
  console.log(`| import of an XLSX sheet (validate, seal, publish, finalised) | ${result.import.published} plans | ${f(result.import.seconds)} | ${f(result.import.plansPerSecond)} plans/s |`);
  console.log(`| of which validation and sealing | ${result.import.rows} rows | ${f(result.import.validateAndSealSeconds, 2)} | ${f(result.import.rows / result.import.validateAndSealSeconds)} rows/s |`);
  console.log(`| delivery of a backlog by the agent | ${result.delivery.handoffs} handoffs | ${f(result.delivery.seconds)} | ${f(result.delivery.perSecond)} /s |`);
  for (const [label, m] of [['mirror catch-up from block 1', result.mirror], ['mirror catch-up, existing chain', result.mirrorExisting]]) {
    if (m) console.log(`| ${label} | ${m.blocks} blocks, ${m.events} events | ${f(m.seconds)} | ${f(m.blocksPerSecond)} blocks/s, ${f(m.eventsPerSecond)} events/s |`);
  }
}
