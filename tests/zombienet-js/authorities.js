// The on-chain authorities are exactly the validators named in the args, each with the
// keys zombienet derived for it, which follow our presets' convention: session validators =
// the validator accounts `//Name//stash`, Aura authorities = sr25519 `//Name`, GRANDPA
// authorities = ed25519 `//Name`, and `session.nextKeys` of each validator holds that pair.
// This is the check that the session keys zombienet writes into the genesis match our
// runtime's SessionKeys {aura, grandpa}. With the consortium pallet, its own validator list
// (who *should* validate, from which it plans the sessions) must be the same accounts:
// otherwise its next change would hand pallet-session a different set. Returns the number
// of validators.
//   alice: js-script ../tests/zombienet-js/authorities.js with "alice,bob" return is equal to 2 within 30 seconds
const { Keyring } = require('@polkadot/keyring');
const { cryptoWaitReady } = require('@polkadot/util-crypto');
const { u8aToHex } = require('@polkadot/util');
const { connect, report } = require('./lib');

const nameCase = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const sameSet = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

async function run(nodeName, networkInfo, args) {
  const names = (args || []).map((a) => a.trim().toLowerCase()).filter(Boolean);
  if (!names.length) throw new Error('pass the validator node names, e.g. with "alice,bob"');
  await cryptoWaitReady();
  const sr = new Keyring({ type: 'sr25519', ss58Format: 42 });
  const ed = new Keyring({ type: 'ed25519', ss58Format: 42 });
  const expected = names.map((n) => ({
    name: n,
    account: sr.createFromUri(`//${nameCase(n)}//stash`).address,
    aura: u8aToHex(sr.createFromUri(`//${nameCase(n)}`).publicKey),
    grandpa: u8aToHex(ed.createFromUri(`//${nameCase(n)}`).publicKey),
  }));

  const api = await connect(networkInfo, nodeName);
  try {
    const validators = (await api.query.session.validators()).map((v) => v.toString());
    const aura = (await api.query.aura.authorities()).map((k) => k.toHex());
    const grandpa = (await api.call.grandpaApi.grandpaAuthorities()).map(([k]) => k.toHex());
    const problems = [];
    if (!sameSet(validators, expected.map((e) => e.account))) problems.push(`session validators ${validators}`);
    if (!sameSet(aura, expected.map((e) => e.aura))) problems.push(`aura authorities ${aura}`);
    if (!sameSet(grandpa, expected.map((e) => e.grandpa))) problems.push(`grandpa authorities ${grandpa}`);
    if (api.query.consortium?.validators) {
      const should = (await api.query.consortium.validators()).map((v) => v.toString());
      if (!sameSet(should, expected.map((e) => e.account))) problems.push(`consortium validators ${should}`);
    }
    for (const e of expected) {
      const keys = await api.query.session.nextKeys(e.account);
      if (keys.isNone) {
        problems.push(`${e.name} has no session keys`);
        continue;
      }
      const k = keys.unwrap();
      if (k.aura.toHex() !== e.aura || k.grandpa.toHex() !== e.grandpa) {
        problems.push(`${e.name}'s session keys are ${k.toString()}`);
      }
    }
    if (problems.length) {
      throw new Error(`expected validators ${names.join(',')}; found: ${problems.join('; ')}`);
    }
    report({ check: 'authorities', node: nodeName, validators: names });
    return validators.length;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
