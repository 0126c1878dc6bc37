// Scenario 7: the council suspends the institution whose validator runs on the node named in
// args[0] (default "dave"); that validator must leave the Aura/GRANDPA authorities within two
// session rotations and then author nothing, while the others go on. Steps:
//   1. the council (strict majority) passes consortium.suspend(<its institution>);
//   2. wait until its Aura key is no longer an authority (the consortium hands the smaller set
//      to pallet-session at the next rotation; it takes effect one rotation later);
//   3. watch 12 more blocks: none has an Aura slot of the suspended key, and blocks go on.
// Returns the number of authorities afterwards.
//   alice: js-script ../tests/zombienet-js/suspend-validator.js with "dave" within 300 seconds
const { Keyring } = require('@polkadot/keyring');
const { cryptoWaitReady } = require('@polkadot/util-crypto');
const { u8aToHex } = require('@polkadot/util');
const { connect, until, heads, report } = require('./lib');
const { account, event, councilMotion, nameCase } = require('./tx');

async function run(nodeName, networkInfo, args) {
  const target = (args?.[0] || 'dave').trim().toLowerCase();
  await cryptoWaitReady();
  const api = await connect(networkInfo, nodeName);
  try {
    const acting = (await account(target)).address;
    const entries = await api.query.consortium.institutions.entries();
    const found = entries.find(([, v]) => v.unwrap().accounts.map((a) => a.toString()).includes(acting));
    if (!found) throw new Error(`no institution acts through //${nameCase(target)}`);
    const id = found[0].args[0].toNumber();
    const auraKey = u8aToHex(new Keyring({ type: 'sr25519' }).createFromUri(`//${nameCase(target)}`).publicKey);

    // A strict majority of the four seats: Alice proposes, Bob and Charlie vote aye with her.
    const alice = await account('alice');
    const voters = [await account('bob'), await account('charlie')];
    const events = await councilMotion(api, api.tx.consortium.suspend(id), alice, voters);
    event(events, 'consortium', 'InstitutionSuspended');
    const suspendedAt = (await heads(api)).best;

    // 2. out of the authorities
    const count = await until(async () => {
      const authorities = (await api.query.aura.authorities()).map((a) => a.toHex());
      return authorities.includes(auraKey) ? 0 : authorities.length;
    }, 1000);
    const goneAt = (await heads(api)).best;

    // 3. no block of the suspended key from here on
    const authorities = (await api.query.aura.authorities()).map((a) => a.toHex());
    const from = goneAt + 1;
    await until(async () => (await heads(api)).best >= from + 12, 1000);
    for (let n = from; n <= from + 12; n += 1) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const header = await api.rpc.chain.getHeader(hash);
      const digest = header.digest.logs.find((l) => l.isPreRuntime && l.asPreRuntime[0].toString() === 'aura');
      const slot = api.createType('u64', digest.asPreRuntime[1]).toBigInt();
      const author = authorities[Number(slot % BigInt(authorities.length))];
      if (author === auraKey) throw new Error(`block ${n} was authored by the suspended validator`);
    }
    report({ check: 'suspend-validator', node: target, institution: id, suspendedAt, outOfAuthoritiesAt: goneAt, blocksToLeave: goneAt - suspendedAt, authorities: count });
    return count;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
