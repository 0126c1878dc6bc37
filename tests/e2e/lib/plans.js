// Building loan share plans for @polkadot/api: the public part plus a sealed envelope.
import { u8aToHex } from '@polkadot/util';
import { confirmationFee as fee } from '@loanshare/sdk/money';
import { seal } from './envelope.js';

/** The chain-wide floor of a plan's minimum share (`MinShareFloor`): 100,000 fen = 1,000 RMB. */
export const MIN_SHARE_FLOOR = 100_000;

/**
 * A `PlanInput` for `loanShare.publish`, with the borrower's fields sealed for
 * the contributor's own key (registered as `keyExchange.currentKey(contributor)`).
 * Amounts are in fen; `minShare` (the smallest share a participant may take) defaults to the floor.
 * `now` (chain time, ms) and `keyId` (that key's id) are read from the chain unless given.
 */
export async function planInput(api, { contributor, contributorPublicDer, externalRef, borrower, amount = 12_000_000, sharedLimit = 10_000_000, minShare = MIN_SHARE_FLOOR, rate = [1800, 2000], tokenRate = 1, maxParticipants = 3, durationMs = 3_600_000, now, keyId }) {
  now ??= (await api.query.timestamp.now()).toNumber();
  keyId ??= (await api.query.keyExchange.currentKey(contributor)).unwrap().toNumber();
  const ctx = envelopeContext(api, contributor, externalRef);
  const env = await seal(borrower, ctx, contributorPublicDer);
  return {
    externalRef,
    loanType: 'Cash',
    amount,
    car: null,
    risk: { score: 720, approvedLimit: amount, suggestedShareLimit: sharedLimit },
    links: ['https://risk.example/traffic/123'],
    conditions: { sharedLimit, minShare, minRateBp: rate[0], maxRateBp: rate[1], tokenRate, maxParticipants, start: now - 60_000, end: now + durationMs },
    envelope: {
      version: 1,
      ciphertext: u8aToHex(env.ciphertext),
      nonce: u8aToHex(env.nonce),
      commitment: u8aToHex(env.commitment),
      wrappedKey: u8aToHex(env.wrappedKey),
      keyId,
    },
  };
}

/**
 * The fee (token units, fen) of a confirmation of `amount` fen at the plan's `tokenRate`:
 * max(ceil(amount × tokenRate / 10,000), MinFee).
 */
export function confirmationFee(api, amount, tokenRate = 1) {
  return fee(amount, tokenRate, BigInt(api.consts.loanShare.minFee.toString()));
}

/** The envelope's associated-data context: chain id = genesis hash, contributor id, external reference. */
export function envelopeContext(api, contributor, externalRef) {
  return { chainId: api.genesisHash.toU8a(), contributor, externalRef: new TextEncoder().encode(externalRef) };
}

/** Poll until the handoff (plan, participant) is delivered; resolves with it. */
export async function waitDelivered(api, plan, participant, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const h = await api.query.keyExchange.handoffs(plan, participant);
    if (h.isSome && h.unwrap().status.isDelivered) return h.unwrap();
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`handoff (${plan}, ${participant}) not delivered within ${timeoutMs} ms`);
}
