/**
 * Turning flood measurements into results: per-flood figures (throughput,
 * transactions per full block, block fullness of the saturated blocks), the
 * targets with PASS/FAIL, the machine, and the plain-text table.
 */
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** Targets: confirmations/s ÷ transfers/s, and fullness of saturated blocks (percent of the
 * normal weight, or of the normal length for a flood that length binds). */
const TARGETS = { confirmRatio: 0.8, weightPct: 70 };

const sum = (xs) => xs.reduce((a, b) => a + b, 0);
const mean = (xs) => (xs.length ? sum(xs) / xs.length : 0);
const countBy = (xs) => xs.reduce((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {});

/** The blocks between the first and the last inclusion block, without those two when there are ≥ 3. */
function saturatedBlocks(blocks) {
  return blocks.length >= 3 ? blocks.slice(1, -1) : blocks;
}

/**
 * The figures of one flood. `run` is what `flood` returned, `inspected` what
 * `inspectBlocks` returned, `limits` the normal-class limits
 * { refTime (BigInt), length (bytes) } and the block's `maxBlock` ref time (BigInt).
 */
export function summarise({ label, unit }, run, inspected, limits) {
  const { blocks, startedAt } = inspected;
  const perBlock = blocks.map((b) => ({
    number: b.number,
    timestamp: b.timestamp,
    txs: b.txs,
    units: b.units,
    weightPct: (Number(b.normalRefTime) / Number(limits.refTime)) * 100,
    // Hooks' weight (e.g. a session rotation claims the whole block), against the block's maximum.
    mandatoryPct: (Number(b.mandatoryRefTime) / Number(limits.maxBlock)) * 100,
    lengthPct: (b.length / limits.length) * 100,
  }));
  const saturated = saturatedBlocks(perBlock);
  const units = sum(perBlock.map((b) => b.units));
  const wallSeconds = (blocks.at(-1).timestamp - startedAt) / 1000;
  return {
    label,
    unit,
    sent: run.sent,
    rejected: Object.fromEntries(run.rejected),
    notIncluded: run.missing,
    txsIncluded: sum(perBlock.map((b) => b.txs)),
    failed: countBy(blocks.flatMap((b) => b.failures)),
    units,
    firstBlock: blocks[0].number,
    lastBlock: blocks.at(-1).number,
    blocks: blocks.length,
    wallSeconds,
    submitSeconds: run.submitSeconds,
    perSecond: units / wallSeconds,
    // What a block built from the flood holds: empty blocks (session rotations) are counted apart.
    perFullBlock: mean(saturated.filter((b) => b.txs > 0).map((b) => b.units)),
    saturatedBlocks: saturated.length,
    emptyBlocks: saturated.filter((b) => b.txs === 0).length,
    weightPct: mean(saturated.map((b) => b.weightPct)),
    lengthPct: mean(saturated.map((b) => b.lengthPct)),
    perBlock,
  };
}

/** The targets, each with its measured value and PASS/FAIL (`rows`: transfers, confirmations, plans). */
export function verdicts(rows) {
  const [transfers, confirms] = rows;
  const checks = [{
    what: `${confirms.unit}/s ÷ ${transfers.unit}/s`,
    value: confirms.perSecond / transfers.perSecond,
    target: TARGETS.confirmRatio,
    format: (v) => v.toFixed(2),
  }];
  for (const row of rows) {
    // A flood fills blocks by weight or by length, whichever binds first: plans in full
    // batches are bytes more than compute, so their blocks are judged by length.
    const byLength = row.lengthPct > row.weightPct;
    checks.push({
      what: `${byLength ? 'length' : 'weight'} fullness of saturated blocks, ${row.label}`,
      value: byLength ? row.lengthPct : row.weightPct,
      target: TARGETS.weightPct,
      format: (v) => `${v.toFixed(1)}%`,
    });
  }
  return checks.map(({ format, ...c }) => ({ ...c, shown: format(c.value), targetShown: `≥ ${format(c.target)}`, pass: c.value >= c.target }));
}

/** CPU model, core count, and the node's name and version. */
export async function machine(api) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const [name, version] = await Promise.all([api.rpc.system.name(), api.rpc.system.version()]);
  return { cpu: model.trim(), cores: cpus().length, node: `${name} ${version}`, nodejs: process.version };
}

const COLUMNS = [
  ['flood', (r) => r.label, 'left'],
  ['txs sent', (r) => r.sent],
  ['rejected', (r) => sum(Object.values(r.rejected))],
  ['not incl.', (r) => r.notIncluded],
  ['txs in', (r) => r.txsIncluded],
  ['failed', (r) => sum(Object.values(r.failed))],
  ['units', (r) => `${r.units} ${r.unit}`],
  ['blocks', (r) => `#${r.firstBlock}-#${r.lastBlock} (${r.blocks})`],
  ['wall s', (r) => r.wallSeconds.toFixed(1)],
  ['units/s', (r) => r.perSecond.toFixed(1)],
  ['units/full block', (r) => r.perFullBlock.toFixed(1)],
  ['saturated', (r) => r.saturatedBlocks],
  ['empty', (r) => r.emptyBlocks],
  ['weight %', (r) => r.weightPct.toFixed(1)],
  ['length %', (r) => r.lengthPct.toFixed(1)],
  ['submit/s', (r) => (r.sent / r.submitSeconds).toFixed(0)],
];

/** Plain-text columns, the first left-aligned and the rest right-aligned. */
function table(rows) {
  const cells = [COLUMNS.map(([h]) => h), ...rows.map((r) => COLUMNS.map(([, f]) => String(f(r))))];
  const widths = COLUMNS.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => c.map((s, i) => (COLUMNS[i][2] === 'left' ? s.padEnd(widths[i]) : s.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Details worth a line under the table: refused submissions and failed dispatches. */
function problems(rows) {
  const lines = [];
  for (const r of rows) {
    for (const [msg, n] of Object.entries(r.rejected)) lines.push(`  ${r.label}: ${n} refused at submission: ${msg}`);
    if (r.notIncluded) lines.push(`  ${r.label}: ${r.notIncluded} accepted but never included (dropped)`);
    for (const [err, n] of Object.entries(r.failed)) lines.push(`  ${r.label}: ${n} failed in the block: ${err}`);
  }
  return lines.length ? ['', 'problems:', ...lines] : [];
}

/** The whole plain-text report. */
export function render({ mode, counts, rows, checks, host }) {
  const out = [
    `LoanShare throughput, ${mode} mode: floods of ${counts.blocksPerFlood} full blocks each `
      + `(${counts.transfers} transfers and ${counts.confirmations} confirmations from ${counts.floodAccounts} accounts, `
      + `${counts.plans} plans from ${counts.contributors} contributors)`,
    '',
    table(rows),
    ...problems(rows),
    '',
    'targets:',
    ...checks.map((c) => `  ${c.pass ? 'PASS' : 'FAIL'}  ${c.what} = ${c.shown} (target ${c.targetShown})`),
    '',
    `machine: ${host.cpu}, ${host.cores} cores; node: ${host.node}; Node.js ${host.nodejs}`,
  ];
  return out.join('\n');
}
