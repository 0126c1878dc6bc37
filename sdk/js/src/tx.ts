// Signing and submitting transactions: resolve on finality (by default) with the
// extrinsic's own events, reject with the module error's name.
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { DispatchError, EventRecord } from '@polkadot/types/interfaces';
import type { Signer } from '@polkadot/types/types';

/**
 * Who signs: a keyring pair (`new Keyring({ type: 'sr25519' }).addFromUri(…)`), or an
 * address with a `Signer` (a browser extension's `injector.signer`).
 */
export type Account = KeyringPair | { address: string; signer: Signer };

/** The pool error code of a transaction refused by `CheckMembership` (signer acts for no active institution). */
export const NOT_A_MEMBER = 101;

/**
 * A transaction that failed. A dispatch failure names the module error: `section` (the
 * pallet as @polkadot/api names it: `loanShare`), `pallet` (as the metadata names it:
 * `LoanShare`), `errorName` (`PlanNotOpen`) and, for errors with a reason
 * (`InvalidPlan { reason }`), `reason`; the message is `loanShare.InvalidPlan(EndInPast)`.
 * A transaction the pool refused has `pool` (the node's message or the status:
 * `Invalid`, `Dropped`, `Usurped`); one refused by `CheckMembership` also gets
 * `errorName = 'NotAMember'`.
 */
export class ChainError extends Error {
  section?: string;
  pallet?: string;
  errorName?: string;
  reason?: string;
  pool?: string;
  /** The block the failed extrinsic is in. */
  blockHash?: string;

  constructor(message: string, details: { section?: string; pallet?: string; errorName?: string; reason?: string; pool?: string; blockHash?: string } = {}) {
    super(message);
    this.name = 'ChainError';
    Object.assign(this, details);
  }
}

/** What a transaction did: its block and its own events. */
export interface SubmitResult {
  /** The hash of the extrinsic. */
  txHash: string;
  /** The block it is in (finalised, unless `waitFor: 'inBlock'`). */
  blockHash: string;
  blockNumber: number;
  /** The events of this extrinsic (ending with `system.ExtrinsicSuccess`). */
  events: EventRecord[];
}

/** Options of {@link submit}. */
export interface SubmitOptions {
  /** Resolve once the block is finalised (default) or as soon as it is included. */
  waitFor?: 'finalized' | 'inBlock';
  /** The nonce; default the next one of the account, counting its transactions in the pool. */
  nonce?: number;
  /** A tip, in the native currency's smallest unit. */
  tip?: bigint | number;
  /** Give up waiting after this long (ms); default 5 minutes. The transaction may still land. */
  timeoutMs?: number;
}

function moduleError(api: ApiPromise, error: DispatchError, blockHash?: string): ChainError {
  if (error.isModule) {
    const module = error.asModule;
    const meta = api.registry.findMetaError(module);
    let reason: string | undefined;
    if (meta.args.length) {
      try {
        const nested = api.registry.createType(meta.args[0]!, module.error.toU8a().subarray(1)) as unknown as { type?: string; toString(): string };
        reason = nested.type ?? nested.toString();
      } catch {
        reason = undefined;
      }
    }
    const pallet = api.runtimeMetadata.asLatest.pallets.find((p) => p.index.eq(module.index))?.name.toString();
    return new ChainError(`${meta.section}.${meta.name}${reason ? `(${reason})` : ''}`, { section: meta.section, pallet, errorName: meta.name, reason, blockHash });
  }
  if (error.isToken || error.isArithmetic || error.isTransactional) {
    const inner = error.isToken ? error.asToken : error.isArithmetic ? error.asArithmetic : error.asTransactional;
    return new ChainError(`${error.type}.${inner.type}`, { section: error.type, errorName: inner.type, blockHash });
  }
  return new ChainError(error.type === 'Other' ? error.toString() : error.type, { errorName: error.type, blockHash });
}

function poolError(message: string): ChainError {
  const notMember = new RegExp(`Custom error: ${NOT_A_MEMBER}\\b`).test(message);
  return new ChainError(notMember ? `consortium.NotAMember (CheckMembership refused the transaction: ${message})` : message,
    notMember ? { pool: message, section: 'consortium', pallet: 'Consortium', errorName: 'NotAMember' } : { pool: message });
}

/**
 * Signs `tx` with `account`, submits it and resolves when its block is finalised (or
 * included, with `waitFor: 'inBlock'`) with the block and the extrinsic's own events.
 * Rejects with a {@link ChainError}: the module error (`loanShare.PlanNotOpen`) if the
 * call failed, the pool's reason if the transaction was refused or dropped.
 */
export function submit(api: ApiPromise, tx: SubmittableExtrinsic<'promise'>, account: Account, opts: SubmitOptions = {}): Promise<SubmitResult> {
  const { waitFor = 'finalized', nonce = -1, tip, timeoutMs = 300_000 } = opts;
  const [pair, signer] = 'signer' in account && !('sign' in account) ? [account.address, account.signer] : [account as KeyringPair, undefined];
  return new Promise<SubmitResult>((resolve, reject) => {
    let unsub: (() => void) | undefined;
    let done = false;
    const finish = (f: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unsub?.();
      f();
    };
    const timer = setTimeout(() => finish(() => reject(new ChainError(`no ${waitFor === 'finalized' ? 'finalised' : 'included'} block for ${tx.hash.toHex()} within ${timeoutMs} ms`, { pool: 'Timeout' }))), timeoutMs);
    tx.signAndSend(pair, { nonce, tip, signer }, (result) => {
      const { status, events, dispatchError } = result;
      const settled = waitFor === 'finalized' ? status.isFinalized : status.isInBlock || status.isFinalized;
      if (settled) {
        const blockHash = (status.isFinalized ? status.asFinalized : status.asInBlock).toHex();
        if (dispatchError) {
          finish(() => reject(moduleError(api, dispatchError, blockHash)));
          return;
        }
        const txHash = result.txHash.toHex();
        api.rpc.chain.getHeader(blockHash).then(
          (header) => finish(() => resolve({ txHash, blockHash, blockNumber: header.number.toNumber(), events })),
          (error: Error) => finish(() => reject(error)),
        );
      } else if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
        finish(() => reject(new ChainError(`transaction ${status.type}`, { pool: status.type })));
      }
    }).then(
      (u) => {
        if (done) u();
        else unsub = u;
      },
      (error: Error) => finish(() => reject(poolError(error.message))),
    );
  });
}

/** The first event `section.method` among a result's events (or any event records), or undefined. */
export function findEvent(events: EventRecord[], section: string, method: string): EventRecord['event'] | undefined {
  return events.find(({ event }) => event.section === section && event.method === method)?.event;
}
