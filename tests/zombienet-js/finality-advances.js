// The node's best AND finalised heads both advance by at least `blocks` (arg 0, default 5)
// from where they are when the script starts. Returns the finalised advance.
//   alice: js-script ../tests/zombienet-js/finality-advances.js with "5" within 60 seconds
const { connect, heads, until, report } = require('./lib');

async function run(nodeName, networkInfo, args) {
  const blocks = parseInt(args?.[0] ?? '5', 10);
  const api = await connect(networkInfo, nodeName);
  try {
    const t0 = Date.now();
    const start = await heads(api);
    const end = await until(async () => {
      const h = await heads(api);
      return h.best >= start.best + blocks && h.finalised >= start.finalised + blocks ? h : null;
    });
    report({
      check: 'finality-advances',
      node: nodeName,
      from: start,
      to: { best: end.best, finalised: end.finalised },
      seconds: (Date.now() - t0) / 1000,
    });
    return end.finalised - start.finalised;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
