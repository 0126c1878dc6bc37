/**
 * Floods of pre-signed extrinsics: offline signing with locally counted nonces,
 * submission of many extrinsics in flight (`author_submitExtrinsic`), tracking
 * which block includes each of them, and per-block facts read afterwards
 * (normal-class weight, encoded length, timestamp, dispatch outcomes).
 *
 * Extrinsics are kept as hex strings: decoding tens of thousands of them into
 * @polkadot/api objects would cost memory and CPU that the node needs.
 */
import { blake2AsHex } from '@polkadot/util-crypto';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** An account that signs offline (immortal era) with consecutive nonces it counts itself. */
export class NonceSigner {
  constructor(api, pair, nonce = null) {
    this.api = api;
    this.pair = pair;
    this.address = pair.address;
    this.nonce = nonce;
  }

  /** Read the next nonce from the chain (the pool included). */
  async sync() {
    this.nonce = (await this.api.rpc.system.accountNextIndex(this.address)).toNumber();
    return this;
  }

  /** Sign `tx` with the next nonce; returns the encoded extrinsic as hex. */
  sign(tx) {
    const { api } = this;
    const signed = tx.sign(this.pair, {
      nonce: this.nonce,
      blockHash: api.genesisHash,
      genesisHash: api.genesisHash,
      runtimeVersion: api.runtimeVersion,
      signedExtensions: api.registry.signedExtensions,
      version: api.extrinsicType,
    });
    this.nonce += 1;
    return signed.toHex();
  }
}

/**
 * Submit every extrinsic with up to `concurrency` requests in flight. Calls
 * `onRejected(hash, message)` for each one the node refuses.
 */
async function submitAll(provider, extrinsics, hashes, concurrency, onRejected) {
  let next = 0;
  const worker = async () => {
    while (next < extrinsics.length) {
      const i = next++;
      try {
        await provider.send('author_submitExtrinsic', [extrinsics[i]]);
      } catch (err) {
        onRejected(hashes[i], err.message);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, extrinsics.length) }, worker));
}

/** Best block number. */
async function bestNumber(provider) {
  return parseInt((await provider.send('chain_getHeader', [])).number, 16);
}

/** Block `number`: its hash, encoded extrinsics length and the indices of extrinsics in `pending` (removed from it). */
async function scanBlock(provider, number, pending) {
  const hash = await provider.send('chain_getBlockHash', [number]);
  const { block } = await provider.send('chain_getBlock', [hash]);
  const ours = [];
  let length = 0;
  block.extrinsics.forEach((hex, index) => {
    length += (hex.length - 2) / 2;
    if (pending.delete(blake2AsHex(hex))) ours.push(index);
  });
  return { number, hash, length, ours };
}

/**
 * Follow new blocks until every hash in `pending` is included, or until
 * `stallBlocks` blocks in a row include none of them once `submitted()` is true.
 */
async function trackInclusion(provider, pending, fromNumber, submitted, { stallBlocks, timeoutMs }) {
  const blocks = [];
  const deadline = Date.now() + timeoutMs;
  let next = fromNumber + 1;
  let idle = 0;
  while (pending.size > 0 && idle < stallBlocks) {
    if (Date.now() > deadline) throw new Error(`${pending.size} extrinsics still not included after ${timeoutMs / 1000} s`);
    const best = await bestNumber(provider);
    if (next > best) {
      await sleep(250);
      continue;
    }
    for (; next <= best && pending.size > 0; next++) {
      const block = await scanBlock(provider, next, pending);
      blocks.push(block);
      idle = block.ours.length || !submitted() ? 0 : idle + 1;
    }
  }
  const firstOurs = blocks.findIndex((b) => b.ours.length);
  const lastOurs = blocks.findLastIndex((b) => b.ours.length);
  return firstOurs < 0 ? [] : blocks.slice(firstOurs, lastOurs + 1);
}

/**
 * Submit pre-signed `extrinsics` through `provider` and wait for their inclusion.
 * Returns { sent, rejected: Map(message -> count), missing, submitSeconds, blocks:
 * [{ number, hash, length, ours: [extrinsic index] }] } with the blocks from the
 * first to the last one including any of them. `missing` counts those accepted
 * but never included (dropped by the pool).
 */
export async function flood(provider, extrinsics, { concurrency = 256, stallBlocks = 6, timeoutMs = 900_000 } = {}) {
  const hashes = extrinsics.map((x) => blake2AsHex(x));
  const pending = new Set(hashes);
  const rejected = new Map();
  const onRejected = (hash, message) => {
    pending.delete(hash);
    rejected.set(message, (rejected.get(message) ?? 0) + 1);
  };
  const fromNumber = await bestNumber(provider);
  let done = false;
  const started = performance.now();
  const submission = submitAll(provider, extrinsics, hashes, concurrency, onRejected).then(() => {
    done = true;
    return (performance.now() - started) / 1000;
  });
  const blocks = await trackInclusion(provider, pending, fromNumber, () => done, { stallBlocks, timeoutMs });
  return { sent: extrinsics.length, rejected, missing: pending.size, submitSeconds: await submission, blocks };
}

/** `section.name` of a dispatch error. */
function errorName(api, dispatchError) {
  if (!dispatchError.isModule) return dispatchError.toString();
  const meta = api.registry.findMetaError(dispatchError.asModule);
  return `${meta.section}.${meta.name}`;
}

/** The dispatch error of one extrinsic's events (ExtrinsicFailed, or a sudo call that failed), if any. */
function failureOf(api, events) {
  for (const { section, method, data } of events) {
    if (section === 'system' && method === 'ExtrinsicFailed') return errorName(api, data[0]);
    if (section === 'sudo' && method === 'Sudid' && data[0].isErr) return errorName(api, data[0].asErr);
  }
  return null;
}

/** Events of a block grouped by extrinsic index. */
function eventsByExtrinsic(records) {
  const byIndex = new Map();
  for (const { phase, event } of records) {
    if (!phase.isApplyExtrinsic) continue;
    const i = phase.asApplyExtrinsic.toNumber();
    if (!byIndex.has(i)) byIndex.set(i, []);
    byIndex.get(i).push(event);
  }
  return byIndex;
}

/**
 * What the chain recorded in each flood block: its timestamp, normal- and
 * mandatory-class weight (ref time), and for our extrinsics the `unit` events (`section.method`)
 * they emitted and the failures. Also the timestamp of the block before the first.
 */
export async function inspectBlocks(api, blocks, unit) {
  if (!blocks.length) return { startedAt: null, blocks: [] };
  const parent = await api.rpc.chain.getBlockHash(blocks[0].number - 1);
  const startedAt = (await (await api.at(parent)).query.timestamp.now()).toNumber();
  const inspected = [];
  for (const block of blocks) {
    const at = await api.at(block.hash);
    const [now, weight, records] = await Promise.all([at.query.timestamp.now(), at.query.system.blockWeight(), at.query.system.events()]);
    const byIndex = eventsByExtrinsic(records);
    const failures = [];
    let units = 0;
    for (const i of block.ours) {
      const events = byIndex.get(i) ?? [];
      const failure = failureOf(api, events);
      if (failure) failures.push(failure);
      else units += events.filter((e) => `${e.section}.${e.method}` === unit).length;
    }
    inspected.push({
      number: block.number,
      timestamp: now.toNumber(),
      txs: block.ours.length,
      units,
      failures,
      normalRefTime: weight.normal.refTime.toBigInt(),
      mandatoryRefTime: weight.mandatory.refTime.toBigInt(),
      length: block.length,
    });
  }
  return { startedAt, blocks: inspected };
}
