// Helpers shared by the zombienet js-scripts.
//
// zombienet calls `run(nodeName, networkInfo, args)` of a script once per node named on the
// .zndsl line; `networkInfo.nodesByName[name].wsUri` is each node's RPC endpoint. A script
// throws to fail the assertion; its return value is compared when the line says
// `return is ...`.
const { ApiPromise, WsProvider } = require('@polkadot/api');
const fs = require('node:fs');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Connect to a node of the network by name (no auto-reconnect: a failure is an error). */
async function connect(networkInfo, name) {
  const node = networkInfo.nodesByName[name];
  if (!node) throw new Error(`no node named ${name} in the network`);
  const provider = new WsProvider(node.wsUri, 1000);
  const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: false });
  await api.isReady;
  return api;
}

/** Best and finalised block numbers of a node. */
async function heads(api) {
  const [best, finHash] = await Promise.all([api.rpc.chain.getHeader(), api.rpc.chain.getFinalizedHead()]);
  const fin = await api.rpc.chain.getHeader(finHash);
  return { best: best.number.toNumber(), finalised: fin.number.toNumber(), finalisedHash: finHash.toHex() };
}

/** Poll `fn` every `every` ms until it returns a truthy value (zombienet's `within` bounds it). */
async function until(fn, every = 1000) {
  for (;;) {
    const v = await fn();
    if (v) return v;
    await sleep(every);
  }
}

/** The names of the other nodes of the network, or those given as arguments. */
function others(networkInfo, self, args) {
  const given = (args || []).map((a) => a.trim()).filter(Boolean);
  return given.length ? given : Object.keys(networkInfo.nodesByName).filter((n) => n !== self);
}

/** Append a measurement to $LOANSHARE_ZOMBIENET_REPORT (JSON lines), if set. */
function report(record) {
  const file = process.env.LOANSHARE_ZOMBIENET_REPORT;
  const line = JSON.stringify({ at: new Date().toISOString(), ...record });
  console.log(`[loanshare] ${line}`);
  if (file) fs.appendFileSync(file, line + '\n');
}

module.exports = { connect, heads, until, sleep, others, report };
