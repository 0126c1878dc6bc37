// Helpers for driving the LoanShare chain through @polkadot/api: signing, typed
// errors, well-known dev accounts and the institutions of the dev preset.
import { Keyring } from '@polkadot/api';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** The dev preset's institutions: id -> well-known account. */
export const DEV = { alpha: { id: 1, uri: '//Alice' }, beta: { id: 2, uri: '//Bob' }, gamma: { id: 3, uri: '//Charlie' }, delta: { id: 4, uri: '//Dave' } };

export async function keyring() {
  await cryptoWaitReady();
  const k = new Keyring({ type: 'sr25519' });
  return {
    alice: k.addFromUri('//Alice'), bob: k.addFromUri('//Bob'), charlie: k.addFromUri('//Charlie'),
    dave: k.addFromUri('//Dave'), ferdie: k.addFromUri('//Ferdie'),
  };
}

/** A dispatch or pool failure with the module error's `section.name` when there is one. */
export class ChainError extends Error {
  constructor(message, { section, name, reason, pool } = {}) {
    super(message);
    this.section = section;
    this.errorName = name;
    this.reason = reason;
    this.pool = pool;
  }
}

/** The name of a module error's nested reason (e.g. `InvalidPlan { reason }`), if it has one. */
function nestedReason(api, module, meta) {
  if (!meta.args?.length) return undefined;
  const bytes = module.error.toU8a().subarray(1);
  const reason = api.registry.createType(meta.args[0], bytes);
  return reason.type ?? reason.toString();
}

/**
 * Sign, submit and wait until the extrinsic is in a block. Resolves with
 * { blockHash, blockNumber, events } (events of this extrinsic only); rejects
 * with a ChainError carrying the module error name if it failed.
 */
export function submit(api, tx, signer) {
  return new Promise((resolve, reject) => {
    let unsub;
    tx.signAndSend(signer, { nonce: -1 }, async (result) => {
      const { status, events, dispatchError } = result;
      if (status.isInBlock || status.isFinalized) {
        unsub?.();
        const blockHash = status.isInBlock ? status.asInBlock : status.asFinalized;
        if (dispatchError) {
          if (dispatchError.isModule) {
            const meta = api.registry.findMetaError(dispatchError.asModule);
            const reason = nestedReason(api, dispatchError.asModule, meta);
            const text = `${meta.section}.${meta.name}${reason ? `(${reason})` : ''}`;
            reject(new ChainError(text, { section: meta.section, name: meta.name, reason }));
          } else {
            reject(new ChainError(dispatchError.toString()));
          }
          return;
        }
        const header = await api.rpc.chain.getHeader(blockHash);
        resolve({ blockHash, blockNumber: header.number.toNumber(), events: events.map((e) => e.event) });
      } else if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub?.();
        reject(new ChainError(`transaction ${status.type}`, { pool: status.type }));
      }
    }).then((u) => { unsub = u; }).catch((e) => reject(new ChainError(e.message, { pool: e.message })));
  });
}

/** The first event `section.method` among `events`, or undefined. */
export function findEvent(events, section, method) {
  return events.find((e) => e.section === section && e.method === method);
}

/** An institution's consortium-token balance (in fen). */
export async function tokenBalance(api, id) {
  return BigInt((await api.query.token.balances(id)).toString());
}

/** Every event `section.method` in the blocks from `from` to the best block, as { block, event }. */
export async function eventsSince(api, from, section, method) {
  const best = (await api.rpc.chain.getHeader()).number.toNumber();
  const out = [];
  for (let n = from; n <= best; n++) {
    const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
    for (const { event } of events) {
      if (event.section === section && event.method === method) out.push({ block: n, event });
    }
  }
  return out;
}

/** A field of an event by name (metadata field names, camelCase), or else by position. */
export function field(event, name, index) {
  return event.data[name] ?? event.data[index];
}

/** The best block's number. */
export async function bestNumber(api) {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

/** The finalised head's number. */
export async function finalizedNumber(api) {
  return (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
}

/**
 * Binds the account of secret URI `uri` to `institution` through sudo (dev chain), as the
 * council would with `consortium.addAccount`; the account is endowed for fees. Resolves with
 * its pair once the binding is final (the agent reads its institution at the finalised head).
 * Agents sign with such an account of their own, so their nonces never race a test's.
 */
export async function bindAccount(api, sudo, institution, uri) {
  await cryptoWaitReady();
  const pair = new Keyring({ type: 'sr25519' }).addFromUri(uri);
  const r = await submit(api, api.tx.sudo.sudo(api.tx.consortium.addAccount(institution, pair.address)), sudo);
  const sudid = findEvent(r.events, 'sudo', 'Sudid');
  if (!sudid || sudid.data[0].isErr) throw new ChainError(`binding ${uri} to institution ${institution} failed`);
  for (const deadline = Date.now() + 120_000; (await finalizedNumber(api)) < r.blockNumber;) {
    if (Date.now() > deadline) throw new ChainError(`the binding of ${uri} (block #${r.blockNumber}) was not finalised in 2 minutes`);
    await new Promise((res) => setTimeout(res, 500));
  }
  return pair;
}

/**
 * Passes `call` through the council: `proposer` proposes it with a simple majority of the
 * seats, the proposer and `voters` vote aye, and the motion is closed, which executes it.
 * Resolves with the close's events; rejects if the motion or the call failed.
 */
export async function councilMotion(api, call, proposer, voters) {
  const members = (await api.query.council.members()).length;
  const threshold = Math.floor(members / 2) + 1;
  const length = call.encodedLength;
  const proposed = await submit(api, api.tx.council.propose(threshold, call, length), proposer);
  const ev = findEvent(proposed.events, 'council', 'Proposed');
  if (!ev) throw new ChainError('council.propose: no Proposed event (a threshold of 1 executes at once)');
  const [, index, hash] = ev.data;
  for (const v of [proposer, ...voters]) await submit(api, api.tx.council.vote(hash, index, true), v);
  const info = await api.call.transactionPaymentCallApi.queryCallInfo(call, length);
  const closed = await submit(api, api.tx.council.close(hash, index, info.weight, length), proposer);
  const executed = findEvent(closed.events, 'council', 'Executed');
  if (!executed) throw new ChainError('council.close: the motion was not executed');
  if (executed.data[1].isErr) {
    const err = executed.data[1].asErr;
    const name = err.isModule ? (({ section, name: n }) => `${section}.${n}`)(api.registry.findMetaError(err.asModule)) : err.toString();
    throw new ChainError(`the council's motion failed: ${name}`, { name: err.isModule ? api.registry.findMetaError(err.asModule).name : undefined });
  }
  return closed.events;
}
