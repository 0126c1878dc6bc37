// The node authors `count` (arg 0, default 1) new blocks from now on: blocks imported on
// this node whose Aura slot belongs to this node's own key (the well-known `//Name` key
// zombienet put in its keystore). Returns the number of the last such block.
//   dave: js-script ../tests/zombienet-js/authors.js with "1" within 60 seconds
const { Keyring } = require('@polkadot/keyring');
const { cryptoWaitReady } = require('@polkadot/util-crypto');
const { u8aToHex } = require('@polkadot/util');
const { connect, report } = require('./lib');

const nameCase = (s) => s.charAt(0).toUpperCase() + s.slice(1);

async function run(nodeName, networkInfo, args) {
  const count = parseInt(args?.[0] ?? '1', 10);
  await cryptoWaitReady();
  const own = u8aToHex(new Keyring({ type: 'sr25519' }).createFromUri(`//${nameCase(nodeName)}`).publicKey);
  const api = await connect(networkInfo, nodeName);
  const t0 = Date.now();
  const seen = new Set();
  const mine = [];
  let done;
  let fail;
  const finished = new Promise((resolve, reject) => {
    done = resolve;
    fail = reject;
  });
  let start = null;
  try {
    // (an error in the handler must fail this script, not become an unhandled rejection,
    // which would make zombienet abort the whole run)
    const unsub = await api.rpc.chain.subscribeNewHeads(async (h) => {
      try {
        await onHead(h);
      } catch (e) {
        fail(e);
      }
    });
    async function onHead(h) {
      const n = h.number.toNumber();
      if (start === null) start = n; // the head at subscription time is not "new"
      if (n <= start || seen.has(h.hash.toHex())) return;
      seen.add(h.hash.toHex());
      const pre = h.digest.logs.find((l) => l.isPreRuntime && l.asPreRuntime[0].isAura);
      if (!pre) return;
      const slot = api.createType('u64', pre.asPreRuntime[1].toU8a(true)).toBigInt();
      const authorities = (await api.query.aura.authorities.at(h.parentHash)).map((a) => a.toHex());
      const author = authorities[Number(slot % BigInt(authorities.length))];
      if (author === own) {
        mine.push(n);
        if (mine.length >= count) done();
      }
    }
    await finished;
    unsub();
    report({ check: 'authors', node: nodeName, blocks: mine, seconds: (Date.now() - t0) / 1000 });
    return mine[mine.length - 1];
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
