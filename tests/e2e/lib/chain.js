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
