// Scenario 4 (NOT YET ENABLED in scripts/zombienet.sh): the council admits an institution
// whose validator is the node named in arg 0 (default "eve"), and that validator becomes an
// authority two session rotations later.
//
// Needs the consortium pallet in the runtime as pallet-session's SessionManager
// (ValidatorSetManager = Consortium in runtime/src/configs.rs); until then this script
// stops at its first check.
//
// Steps:
//   1. the candidate's validator account `//Name//stash` registers its session keys
//      (session.setKeys): the well-known `//Name` keys zombienet put in the node's keystore,
//      with the proof of possession pallet-session requires: the SCALE tuple of each key's
//      signature of "POP_" ++ the validator account id, in SessionKeys field order
//      (aura, grandpa);
//   2. Alice proposes consortium.admit(name, roles, [//Name], Some(//Name//stash)) to the
//      council, Bob votes aye (2 of the 3 `local` members: a strict majority), the motion is
//      closed and executed;
//   3. wait until the candidate is among the session validators and the Aura and GRANDPA
//      authorities (at most two rotations: 20 blocks after the current session ends).
// Returns the number of validators afterwards.
//   alice: js-script ../tests/zombienet-js/admit-validator.js with "eve" within 240 seconds
const { Keyring } = require('@polkadot/keyring');
const { cryptoWaitReady } = require('@polkadot/util-crypto');
const { u8aConcat, u8aToHex, stringToU8a } = require('@polkadot/util');
const { connect, until, report } = require('./lib');
const { account, submit, event, councilMotion, nameCase } = require('./tx');

async function run(nodeName, networkInfo, args) {
  const candidate = (args?.[0] || 'eve').trim().toLowerCase();
  await cryptoWaitReady();
  const api = await connect(networkInfo, nodeName);
  try {
    if (!api.tx.consortium?.admit) {
      throw new Error('the runtime has no consortium pallet: scenario 4 cannot run yet');
    }
    const acting = await account(candidate);
    const who = await account(`${candidate}//stash`);
    const aura = new Keyring({ type: 'sr25519' }).createFromUri(`//${nameCase(candidate)}`);
    const grandpa = new Keyring({ type: 'ed25519' }).createFromUri(`//${nameCase(candidate)}`);

    // 1. session keys with their proof of possession
    const statement = u8aConcat(stringToU8a('POP_'), who.publicKey);
    const proof = u8aConcat(aura.sign(statement), grandpa.sign(statement));
    const keys = { aura: u8aToHex(aura.publicKey), grandpa: u8aToHex(grandpa.publicKey) };
    await submit(api, api.tx.session.setKeys(keys, u8aToHex(proof)), who, 'session.setKeys');

    // 2. the council admits the institution with the candidate as its validator
    const alice = await account('alice');
    const bob = await account('bob');
    const admit = api.tx.consortium.admit(`${nameCase(candidate)} Lending`, ['Participator'], [acting.address], who.address);
    const events = await councilMotion(api, admit, alice, [bob]);
    event(events, 'consortium', 'InstitutionAdmitted');

    // 3. the candidate becomes an authority
    const t0 = Date.now();
    const auraKey = u8aToHex(aura.publicKey);
    const count = await until(async () => {
      const validators = (await api.query.session.validators()).map((v) => v.toString());
      const authorities = (await api.query.aura.authorities()).map((a) => a.toHex());
      return validators.includes(who.address) && authorities.includes(auraKey) ? validators.length : 0;
    }, 3000);
    report({ check: 'admit-validator', candidate, validators: count, secondsToAuthority: (Date.now() - t0) / 1000 });
    return count;
  } finally {
    await api.disconnect();
  }
}

module.exports = { run };
