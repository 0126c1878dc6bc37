// Scenario 4: the council admits an institution whose validator runs the node named in
// arg 0 (default "eve"), and that validator becomes an authority (the consortium pallet is
// pallet-session's SessionManager: ValidatorSetManager = Consortium in runtime/src/configs.rs).
//
// Steps:
//   1. Alice proposes consortium.admit(name, roles, [//Name], Some(//Name//stash)) to the
//      council, Alice and Bob vote aye (2 of the 3 `local` members: a strict majority), the motion is
//      closed and executed. (First, because the runtime's CheckMembership extension only
//      lets accounts of active institutions, or their validators, sign transactions.)
//   2. the new validator account `//Name//stash` registers its session keys
//      (session.setKeys): the well-known `//Name` keys zombienet put in the node's keystore,
//      with the proof of possession pallet-session requires: the SCALE tuple of each key's
//      signature of "POP_" ++ the validator account id, in SessionKeys field order
//      (aura, grandpa);
//   3. wait until the candidate is among the session validators and the Aura and GRANDPA
//      authorities: the consortium hands it over at the first rotation after it registered
//      its keys, and pallet-session makes it an authority one rotation later (10-block
//      sessions: at most ~20 blocks, 60 s).
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

    // 1. the council admits the institution with the candidate as its validator
    const alice = await account('alice');
    const bob = await account('bob');
    const admit = api.tx.consortium.admit(`${nameCase(candidate)} Lending`, ['Participator'], [acting.address], who.address);
    const events = await councilMotion(api, admit, alice, [bob]);
    event(events, 'consortium', 'InstitutionAdmitted');

    // 2. session keys with their proof of possession
    const statement = u8aConcat(stringToU8a('POP_'), who.publicKey);
    const proof = u8aConcat(aura.sign(statement), grandpa.sign(statement));
    const keys = { aura: u8aToHex(aura.publicKey), grandpa: u8aToHex(grandpa.publicKey) };
    await submit(api, api.tx.session.setKeys(keys, u8aToHex(proof)), who, 'session.setKeys');

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
