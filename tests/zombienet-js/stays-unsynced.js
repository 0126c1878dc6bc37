// Scenario 5: a node that is not registered on chain cannot sync. Watches the node named on
// the line for `args[0]` seconds (default 20) while the rest of the network finalises, and
// returns its best block number (the scenario expects 0: not a single block imported).
//   mallory: js-script ../tests/zombienet-js/stays-unsynced.js with "20" return is equal to 0 within 60 seconds
const { connect, heads, sleep, report } = require('./lib');

async function run(nodeName, networkInfo, args) {
  const seconds = Number(args?.[0] || 20);
  const api = await connect(networkInfo, nodeName);
  try {
    let best = 0;
    for (let i = 0; i < seconds; i += 1) {
      best = Math.max(best, (await heads(api)).best);
      await sleep(1000);
    }
    const peers = (await api.rpc.system.peers()).length;
    report({ check: 'unregistered-node', node: nodeName, best, peers, watchedSeconds: seconds });
    return best;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
