// Measure, on one node, over the next `blocks` blocks (arg 0, default 20):
//   - block time: on-chain timestamps of the first and last measured block / their distance
//     (and how many Aura slots stayed empty in between);
//   - time to finality: for each block, from its on-chain timestamp (the start of the slot
//     it was authored in) and from the moment this node first saw it as best, to the moment
//     this node saw it finalised.
// Reports the figures (stdout, and $LOANSHARE_ZOMBIENET_REPORT) and returns the mean block
// time in milliseconds.
//   alice: js-script ../tests/zombienet-js/timing.js with "20" return is lower than 6000 within 150 seconds
const { connect, report } = require('./lib');

const SLOT_MS = 3000;
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pct = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function run(nodeName, networkInfo, args) {
  const blocks = parseInt(args?.[0] ?? '20', 10);
  const api = await connect(networkInfo, nodeName);
  const seenAt = new Map(); // number -> ms
  const finalisedAt = new Map(); // number -> ms
  let first = null;
  let done;
  const finished = new Promise((r) => (done = r));
  try {
    const unsubNew = await api.rpc.chain.subscribeNewHeads((h) => {
      const n = h.number.toNumber();
      if (first === null) first = n + 1; // the first block we see being imported from scratch
      if (!seenAt.has(n)) seenAt.set(n, Date.now());
    });
    const unsubFin = await api.rpc.chain.subscribeFinalizedHeads((h) => {
      const f = h.number.toNumber();
      const now = Date.now();
      for (const n of seenAt.keys()) if (n <= f && !finalisedAt.has(n)) finalisedAt.set(n, now);
      if (first !== null && f >= first + blocks - 1) done();
    });
    await finished;
    unsubNew();
    unsubFin();

    const last = first + blocks - 1;
    const ts = async (n) => {
      const hash = await api.rpc.chain.getBlockHash(n);
      return (await api.query.timestamp.now.at(hash)).toNumber();
    };
    const t0 = await ts(first);
    const t1 = await ts(last);
    const blockMs = (t1 - t0) / (last - first);
    const emptySlots = Math.round((t1 - t0) / SLOT_MS) - (last - first);
    const fromImport = [];
    const fromSlot = [];
    for (let n = first; n <= last; n++) {
      if (!finalisedAt.has(n) || !seenAt.has(n)) continue;
      fromImport.push(finalisedAt.get(n) - seenAt.get(n));
      fromSlot.push(finalisedAt.get(n) - (await ts(n)));
    }
    const r = (x) => Math.round(x);
    const figures = {
      check: 'timing',
      node: nodeName,
      network: Object.keys(networkInfo.nodesByName).join(','),
      blocks: `#${first}..#${last}`,
      meanBlockMs: r(blockMs),
      emptySlots,
      finalityFromImportMs: { mean: r(mean(fromImport)), p50: pct(fromImport, 50), max: Math.max(...fromImport) },
      finalityFromSlotMs: { mean: r(mean(fromSlot)), p50: pct(fromSlot, 50), max: Math.max(...fromSlot) },
    };
    report(figures);
    return r(blockMs);
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
