// Scenario 5: the institution of the node this line runs on (its `//Name` account) registers
// the node named in args[0] (e.g. "mallory") as one of its nodes: consortium.registerNode
// with that node's peer id (from its own `system_localPeerId`, base58 decoded to raw bytes).
// Waits until the registration is finalised and returns the number of authorised peers.
//   alice: js-script ../tests/zombienet-js/register-node.js with "mallory" within 120 seconds
const { base58Decode, cryptoWaitReady } = require('@polkadot/util-crypto');
const { u8aToHex } = require('@polkadot/util');
const { connect, until, heads, report } = require('./lib');
const { account, submit, event } = require('./tx');

async function run(nodeName, networkInfo, args) {
  const target = (args?.[0] || 'mallory').trim().toLowerCase();
  await cryptoWaitReady();
  const targetApi = await connect(networkInfo, target);
  const peerId = (await targetApi.rpc.system.localPeerId()).toString();
  await targetApi.disconnect();
  const api = await connect(networkInfo, nodeName);
  try {
    const signer = await account(nodeName);
    const bytes = u8aToHex(base58Decode(peerId));
    const r = await submit(api, api.tx.consortium.registerNode(bytes), signer, 'consortium.registerNode');
    event(r.events, 'consortium', 'NodeRegistered');
    const header = await api.rpc.chain.getHeader(r.blockHash);
    const included = header.number.toNumber();
    await until(async () => (await heads(api)).finalised >= included, 1000);
    const peers = await api.call.consortiumApi.authorizedPeers();
    report({ check: 'register-node', by: nodeName, node: target, peerId, block: included, authorised: peers.length });
    return peers.length;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
