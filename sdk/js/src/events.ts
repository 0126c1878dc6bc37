// Following the chain through its finalised events, block by block, none skipped.
import type { ApiPromise } from '@polkadot/api';
import type { EventRecord } from '@polkadot/types/interfaces';

/** One finalised event with where it happened. */
export interface FinalizedEvent {
  blockNumber: number;
  blockHash: string;
  /** Its position among the block's events. */
  index: number;
  /** The extrinsic that emitted it (its index in the block), or null (block initialisation/finalisation). */
  extrinsicIndex: number | null;
  /** `section.method`, e.g. `loanShare.PlanPublished`. */
  name: string;
  event: EventRecord['event'];
  record: EventRecord;
}

/** Options of {@link watchFinalized}. */
export interface WatchOptions {
  /**
   * The first block to report (default: the finalised head when watching starts). Blocks
   * from there to the finalised head are read first (a cursor kept by the caller resumes exactly).
   */
  from?: number;
  /** Only these events: `'loanShare'` (a section), `'loanShare.PlanPublished'`, or a predicate. */
  filter?: string | string[] | ((e: FinalizedEvent) => boolean);
  /** Called once a block's events have all been delivered (e.g. to store a cursor). */
  onBlock?: (blockNumber: number, blockHash: string) => void | Promise<void>;
  /** Called with an error of the subscription or of a callback; watching goes on. Default: console.error. */
  onError?: (error: unknown) => void;
}

function matcher(filter: WatchOptions['filter']): (e: FinalizedEvent) => boolean {
  if (filter === undefined) return () => true;
  if (typeof filter === 'function') return filter;
  const names = Array.isArray(filter) ? filter : [filter];
  return (e) => names.some((n) => (n.includes('.') ? e.name === n : e.event.section === n));
}

/**
 * Calls `onEvent` for every event of every finalised block, in chain order, each exactly
 * once (the finalised-heads subscription may jump several blocks; the blocks in between
 * are read too). `onEvent` may be async: the next event waits for it. Resolves with a
 * function that stops watching.
 */
export async function watchFinalized(
  api: ApiPromise,
  onEvent: (e: FinalizedEvent) => void | Promise<void>,
  opts: WatchOptions = {},
): Promise<() => void> {
  const wanted = matcher(opts.filter);
  const onError = opts.onError ?? ((error: unknown) => console.error('watchFinalized:', error));
  let next = opts.from;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();

  const readBlock = async (n: number) => {
    const hash = await api.rpc.chain.getBlockHash(n);
    const records = await (await api.at(hash)).query.system.events();
    const blockHash = hash.toHex();
    for (const [index, record] of records.entries()) {
      if (stopped) return;
      const { event, phase } = record;
      const e: FinalizedEvent = {
        blockNumber: n,
        blockHash,
        index,
        extrinsicIndex: phase.isApplyExtrinsic ? phase.asApplyExtrinsic.toNumber() : null,
        name: `${event.section}.${event.method}`,
        event,
        record,
      };
      if (wanted(e)) await onEvent(e);
    }
    if (!stopped) await opts.onBlock?.(n, blockHash);
  };

  const catchUp = async (head: number) => {
    next ??= head;
    while (!stopped && next <= head) {
      await readBlock(next);
      next += 1;
    }
  };

  const unsub = await api.rpc.chain.subscribeFinalizedHeads((header) => {
    const head = header.number.toNumber();
    queue = queue.then(() => catchUp(head)).catch((error: unknown) => {
      // The block that failed is read again with the next head.
      onError(error);
    });
  });
  return () => {
    stopped = true;
    unsub();
  };
}
