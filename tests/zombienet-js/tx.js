// Submitting extrinsics from the zombienet js-scripts.
const { Keyring } = require('@polkadot/keyring');
const { cryptoWaitReady } = require('@polkadot/util-crypto');

const nameCase = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** The well-known sr25519 account `//Name` (as zombienet and our presets use). */
async function account(name) {
  await cryptoWaitReady();
  return new Keyring({ type: 'sr25519', ss58Format: 42 }).createFromUri(`//${nameCase(name)}`);
}

/**
 * Sign and submit `tx`, resolve with its events once it is in a block; reject if it is
 * invalid or its dispatch fails (with the module error's name).
 */
function submit(api, tx, signer, label = tx.method.method) {
  return new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(signer, { nonce: -1 }, (result) => {
      const { status, dispatchError, events } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub();
        reject(new Error(`${label}: ${status.type}`));
        return;
      }
      if (!status.isInBlock) return;
      unsub();
      if (dispatchError) {
        let why = dispatchError.toString();
        if (dispatchError.isModule) {
          const m = api.registry.findMetaError(dispatchError.asModule);
          why = `${m.section}.${m.name}`;
        }
        reject(new Error(`${label} failed: ${why}`));
        return;
      }
      resolve({ blockHash: status.asInBlock.toHex(), events: events.map((e) => e.event) });
    })
      .then((u) => (unsub = u))
      .catch(reject);
  });
}

/** The first event `section.method` among `events`, or throw. */
function event(events, section, method) {
  const e = events.find((ev) => ev.section === section && ev.method === method);
  if (!e) throw new Error(`no ${section}.${method} event (got ${events.map((x) => `${x.section}.${x.method}`).join(', ')})`);
  return e;
}

/**
 * Pass `call` through the council: `proposer` proposes it, the proposer and the `voters`
 * vote aye (pallet-collective does not count the proposer's aye by itself), then the motion
 * is closed, which executes it. `critical`: the call needs two thirds of the council
 * (ConsortiumCritical) rather than a strict majority (ConsortiumAdmin). Returns the close's
 * events.
 */
async function councilMotion(api, call, proposer, voters, { critical = false } = {}) {
  const members = (await api.query.council.members()).length;
  const threshold = critical ? Math.ceil((2 * members) / 3) : Math.floor(members / 2) + 1;
  const length = call.encodedLength;
  const proposed = await submit(api, api.tx.council.propose(threshold, call, length), proposer, 'council.propose');
  const ev = event(proposed.events, 'council', 'Proposed');
  const index = ev.data[1];
  const hash = ev.data[2];
  for (const v of [proposer, ...voters]) {
    await submit(api, api.tx.council.vote(hash, index, true), v, 'council.vote');
  }
  const info = await api.call.transactionPaymentCallApi.queryCallInfo(call, length);
  const closed = await submit(api, api.tx.council.close(hash, index, info.weight, length), proposer, 'council.close');
  const executed = event(closed.events, 'council', 'Executed');
  if (executed.data[1].isErr) throw new Error(`the council motion executed with ${executed.data[1].toString()}`);
  return closed.events;
}

module.exports = { account, submit, event, councilMotion, nameCase };
