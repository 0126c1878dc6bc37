// The node has caught up with the reference nodes (args; default: every other node): for
// each reference, the node's finalised head reaches the reference's finalised head as read
// at the start, with the same block hash at that height (one chain, no fork), and its best
// head reaches the reference's best head as read at the start. Returns the seconds it took.
//   dave: js-script ../tests/zombienet-js/caught-up.js with "alice,bob" within 60 seconds
const { connect, heads, until, others, report } = require('./lib');

async function run(nodeName, networkInfo, args) {
  const refs = others(networkInfo, nodeName, args);
  const t0 = Date.now();
  const api = await connect(networkInfo, nodeName);
  const refApis = await Promise.all(refs.map((r) => connect(networkInfo, r)));
  try {
    const targets = await Promise.all(refApis.map((a) => heads(a)));
    const best = Math.max(...targets.map((t) => t.best));
    const fin = targets.reduce((a, b) => (b.finalised > a.finalised ? b : a));
    const before = await heads(api);
    await until(async () => {
      const h = await heads(api);
      return h.best >= best && h.finalised >= fin.finalised;
    });
    const ours = (await api.rpc.chain.getBlockHash(fin.finalised)).toHex();
    if (ours !== fin.finalisedHash) {
      throw new Error(`${nodeName} has ${ours} at #${fin.finalised}, the reference ${fin.finalisedHash}`);
    }
    const seconds = (Date.now() - t0) / 1000;
    report({ check: 'caught-up', node: nodeName, refs, before, target: { best, finalised: fin.finalised }, seconds });
    return seconds;
  } finally {
    await Promise.all([api, ...refApis].map((a) => a.disconnect()));
  }
}

module.exports = { run };
