// Loan share plans: build and publish one (the borrower's data sealed on this machine),
// confirm a share with the fee computed first, read plans, open delivered borrower data.
import type { ApiPromise } from '@polkadot/api';
import type { Option } from '@polkadot/types-codec';
import type { PalletKeyExchangeHandoff, PalletLoanShareConfirmation, PalletLoanSharePlan } from '@polkadot/types/lookup';
import { type BytesLike, bytesToHex, toBytes } from './bytes.js';
import {
  type BorrowerData, type EnvelopeContext, type OpenedBorrowerData, type PrivateKeyInput, open, publicKeyBits, seal,
} from './envelope.js';
import { type AmountLike, confirmationFee, toFen } from './money.js';
import { type Account, ChainError, type SubmitOptions, type SubmitResult, findEvent, submit } from './tx.js';

/** A plan as the chain stores it and the `loanShare_*` RPCs return it. */
export type Plan = PalletLoanSharePlan;
/** A confirmation (a share taken) as the chain stores it. */
export type Confirmation = PalletLoanShareConfirmation;

/** The chain-wide floor of a plan's minimum share (`MinShareFloor` of the runtime): 100,000 fen = 1,000 RMB. */
export const MIN_SHARE_FLOOR = 100_000n;

/** The kinds of loan (`LoanType`). */
export type LoanType = 'Cash' | 'Consumption' | 'ProvidentFund' | 'Enterprise' | 'CarMortgage' | 'Policy' | 'CarPledge';

/** The envelope's context for a plan of this chain: chain id = genesis hash, the contributor, the plan's external reference. */
export function envelopeContext(api: ApiPromise, contributor: number, externalRef: string | Exclude<BytesLike, string>): EnvelopeContext {
  return { chainId: api.genesisHash.toU8a(), contributor, externalRef };
}

/**
 * A plan to publish, with the borrower's data still in the clear: {@link sealPlan} seals it
 * into a `PlanInput`. Amounts in fen; rates in basis points; times in ms since the epoch.
 */
export interface PlanDraft {
  /** The publishing institution (its id: the envelope is bound to it). */
  contributor: number;
  /** The contributor's current RSA public key (DER SubjectPublicKeyInfo), as registered on chain. */
  contributorPublicKey: BytesLike;
  /** The contributor's own reference, unique per contributor (`LN-2026-000123`). */
  externalRef: string;
  borrower: BorrowerData;
  loanType?: LoanType;
  amount: AmountLike;
  /** Car collateral, for `CarMortgage` and `CarPledge` only. */
  car?: { mileageKm: number; purchaseDate: number } | null;
  risk: { score: number; approvedLimit: AmountLike; suggestedShareLimit: AmountLike };
  /** Risk-data links (traffic fines, phone records, …). */
  links?: string[];
  conditions: {
    sharedLimit: AmountLike;
    /** Default: the chain's floor, 1,000 RMB. */
    minShare?: AmountLike;
    minRateBp: number;
    maxRateBp: number;
    /** Whole TOKEN per 10,000 RMB. */
    tokenRate: number;
    maxParticipants: number;
    /** Default: now (chain time) minus a minute. */
    start?: number;
    end: number;
  };
  /** The id of the contributor's current key; read from the chain if absent. */
  keyId?: number;
}

/** A `PlanInput` for `loanShare.publish` (byte strings as hex, amounts as decimal strings). */
export interface PlanInput {
  externalRef: string;
  loanType: LoanType;
  amount: string;
  car: { mileageKm: number; purchaseDate: number } | null;
  risk: { score: number; approvedLimit: string; suggestedShareLimit: string };
  links: string[];
  conditions: { sharedLimit: string; minShare: string; minRateBp: number; maxRateBp: number; tokenRate: number; maxParticipants: number; start: number; end: number };
  envelope: { version: number; ciphertext: string; nonce: string; commitment: string; wrappedKey: string; keyId: number };
}

/** The id of an institution's current RSA key on chain, or undefined if it registered none. */
export async function currentKeyId(api: ApiPromise, institution: number): Promise<number | undefined> {
  const id = await api.query.keyExchange.currentKey(institution);
  return id.isSome ? id.unwrap().toNumber() : undefined;
}

/**
 * Seals the draft's borrower data for the contributor's own key (on this machine: the
 * chain only ever sees the envelope) and returns the `PlanInput` to publish.
 */
export async function sealPlan(api: ApiPromise, draft: PlanDraft): Promise<PlanInput> {
  publicKeyBits(draft.contributorPublicKey);
  const keyId = draft.keyId ?? await currentKeyId(api, draft.contributor);
  if (keyId === undefined) throw new ChainError(`institution ${draft.contributor} has no registered RSA key (keyExchange.registerKey)`, { section: 'loanShare', errorName: 'NoPublicKey' });
  const c = draft.conditions;
  const start = c.start ?? (await api.query.timestamp.now()).toNumber() - 60_000;
  const sealed = await seal(draft.borrower, envelopeContext(api, draft.contributor, draft.externalRef), draft.contributorPublicKey);
  return {
    externalRef: draft.externalRef,
    loanType: draft.loanType ?? 'Cash',
    amount: toFen(draft.amount).toString(),
    car: draft.car ?? null,
    risk: { score: draft.risk.score, approvedLimit: toFen(draft.risk.approvedLimit).toString(), suggestedShareLimit: toFen(draft.risk.suggestedShareLimit).toString() },
    links: draft.links ?? [],
    conditions: {
      sharedLimit: toFen(c.sharedLimit).toString(),
      minShare: toFen(c.minShare ?? MIN_SHARE_FLOOR).toString(),
      minRateBp: c.minRateBp,
      maxRateBp: c.maxRateBp,
      tokenRate: c.tokenRate,
      maxParticipants: c.maxParticipants,
      start,
      end: c.end,
    },
    envelope: {
      version: sealed.version,
      ciphertext: bytesToHex(sealed.ciphertext),
      nonce: bytesToHex(sealed.nonce),
      commitment: bytesToHex(sealed.commitment),
      wrappedKey: bytesToHex(sealed.wrappedKey),
      keyId,
    },
  };
}

/** What {@link publish} resolves with. */
export interface Published extends SubmitResult {
  /** The new plan's id. */
  plan: number;
}

/**
 * Publishes a plan: a `PlanInput` (already sealed, see {@link sealPlan}) or a
 * {@link PlanDraft} (sealed here first). Resolves once the block is finalised with the plan's
 * id; rejects with the module error, e.g. `loanShare.InvalidPlan(DuplicateExternalRef)`.
 */
export async function publish(api: ApiPromise, account: Account, input: PlanInput | PlanDraft, opts?: SubmitOptions): Promise<Published> {
  const planInput = 'borrower' in input ? await sealPlan(api, input) : input;
  const result = await submit(api, api.tx.loanShare.publish(planInput), account, opts);
  const event = findEvent(result.events, 'loanShare', 'PlanPublished');
  if (!event) throw new ChainError('loanShare.publish: no PlanPublished event');
  return { ...result, plan: Number(event.data[0]!.toString()) };
}

/** The fee of a share, before signing: the plan's token rate and the chain's `MinFee`, as the runtime computes it. */
export interface FeeQuote {
  fee: bigint;
  tokenRate: number;
  minFee: bigint;
}

/** A plan by id from storage (at the best block), or null. */
async function storedPlan(api: ApiPromise, plan: number | bigint): Promise<Plan | null> {
  const p = await api.query.loanShare.plans(plan);
  return p.isSome ? p.unwrap() : null;
}

/** The fee (token units) of confirming `amount` fen of `plan`: `max(ceil(amount × token_rate / 10,000), MinFee)`. */
export async function quoteFee(api: ApiPromise, plan: number | bigint, amount: AmountLike): Promise<FeeQuote> {
  const p = await storedPlan(api, plan);
  if (!p) throw new ChainError(`loanShare.PlanNotFound (plan ${plan})`, { section: 'loanShare', pallet: 'LoanShare', errorName: 'PlanNotFound' });
  const tokenRate = p.input.conditions.tokenRate.toNumber();
  const minFee = api.consts.loanShare.minFee.toBigInt();
  return { fee: confirmationFee(amount, tokenRate, minFee), tokenRate, minFee };
}

/** What {@link confirm} resolves with. */
export interface Confirmed extends SubmitResult {
  plan: number;
  /** The fee held (token units), as computed before signing and charged by the chain. */
  fee: bigint;
  /** The escrow holding it. */
  escrow: bigint;
}

/** Options of {@link confirm}. */
export interface ConfirmOptions extends SubmitOptions {
  /** Refuse (before signing) if the fee would exceed this many token units. */
  maxFee?: AmountLike;
}

/**
 * Takes a share of `amount` fen at `rateBp` basis points: computes the fee first (as the
 * runtime does), signs, and resolves once final with the fee and escrow the chain recorded.
 * Rejects with the module error (`loanShare.RateOutOfRange`, `loanShare.AmountExceedsRemaining`, …).
 */
export async function confirm(api: ApiPromise, account: Account, plan: number | bigint, amount: AmountLike, rateBp: number, opts: ConfirmOptions = {}): Promise<Confirmed> {
  const { maxFee, ...submitOpts } = opts;
  const quote = await quoteFee(api, plan, amount);
  if (maxFee !== undefined && quote.fee > toFen(maxFee)) {
    throw new ChainError(`the fee ${quote.fee} exceeds the maximum ${toFen(maxFee)}; nothing was signed`, { errorName: 'FeeAboveMaximum' });
  }
  const result = await submit(api, api.tx.loanShare.confirm(plan, toFen(amount), rateBp), account, submitOpts);
  const event = findEvent(result.events, 'loanShare', 'PlanConfirmed');
  if (!event) throw new ChainError('loanShare.confirm: no PlanConfirmed event');
  const data = event.data as unknown as { fee: { toBigInt(): bigint }; escrow: { toBigInt(): bigint } };
  return { ...result, plan: Number(plan), fee: data.fee.toBigInt(), escrow: data.escrow.toBigInt() };
}

// ---- reading plans (the `loanShare_*` RPCs) ----

/** Reading options: a block to read at (default: the best block). */
export interface ReadOptions {
  at?: string | Uint8Array;
}

/** The node's default page size of `openPlans`/`plansByContributor`. */
const DEFAULT_PAGE = 20;

/** Arguments of an RPC without the trailing absent ones (@polkadot/api would send a zero hash for `at`). */
function rpcArgs<T extends unknown[]>(...args: T): T {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  return args.slice(0, n) as T;
}

/** The API itself, or its view at block `at`. */
async function atBlock(api: ApiPromise, at: ReadOptions['at']) {
  return at === undefined ? api : api.at(at);
}

/**
 * A plan by id, or null if there is none. Read through the runtime API the
 * `loanShare_plan` RPC answers from (`LoanShareApi_plan`): SCALE-exact, and a missing plan is
 * no error (the RPC's 4004 would be logged by @polkadot/api).
 */
export async function readPlan(api: ApiPromise, plan: number | bigint, opts: ReadOptions = {}): Promise<Plan | null> {
  const p = await (await atBlock(api, opts.at)).call.loanShareApi.plan(plan);
  return p.isSome ? p.unwrap() : null;
}

/** Open plans (status Open, end not passed), ids from `start`, at most `limit` (≤ 100, default 20). */
export async function openPlans(api: ApiPromise, opts: ReadOptions & { start?: number | bigint; limit?: number } = {}): Promise<Plan[]> {
  return [...await api.rpc.loanShare.openPlans(...rpcArgs(opts.start ?? 0, opts.limit ?? DEFAULT_PAGE, opts.at))];
}

/** One contributor's plans, ids from `start`, at most `limit` (≤ 100, default 20). */
export async function plansByContributor(api: ApiPromise, contributor: number, opts: ReadOptions & { start?: number | bigint; limit?: number } = {}): Promise<Plan[]> {
  return [...await api.rpc.loanShare.plansByContributor(...rpcArgs(contributor, opts.start ?? 0, opts.limit ?? DEFAULT_PAGE, opts.at))];
}

/** Every plan matching `filter`, paging through `openPlans` (or one contributor's plans) 100 at a time. */
export async function* allPlans(api: ApiPromise, opts: ReadOptions & { contributor?: number } = {}): AsyncGenerator<Plan> {
  let start = 0n;
  for (;;) {
    const page = opts.contributor === undefined
      ? await openPlans(api, { start, limit: 100, at: opts.at })
      : await plansByContributor(api, opts.contributor, { start, limit: 100, at: opts.at });
    yield* page;
    if (page.length < 100) return;
    start = page[page.length - 1]!.id.toBigInt() + 1n;
  }
}

/** The confirmations of a plan, in confirmation order; null if there is no such plan. */
export async function confirmations(api: ApiPromise, plan: number | bigint, opts: ReadOptions = {}): Promise<Confirmation[] | null> {
  const at = await atBlock(api, opts.at);
  if ((await at.call.loanShareApi.plan(plan)).isNone) return null;
  return [...await at.call.loanShareApi.confirmations(plan)];
}

/** What an institution has taken as a participant. */
export async function takenBy(api: ApiPromise, participant: number, opts: ReadOptions = {}): Promise<Confirmation[]> {
  return [...await api.rpc.loanShare.takenBy(...rpcArgs(participant, opts.at))];
}

// ---- the participant's side of the handoff ----

/** The handoff of `plan`'s borrower data to `participant` (null if none). */
export async function handoff(api: ApiPromise, plan: number | bigint, participant: number): Promise<PalletKeyExchangeHandoff | null> {
  const h: Option<PalletKeyExchangeHandoff> = await api.query.keyExchange.handoffs(plan, participant);
  return h.isSome ? h.unwrap() : null;
}

/**
 * Opens the borrower data delivered to `participant` for `plan` with the participant's RSA
 * private key (PEM, DER or CryptoKey; it never leaves this process). Rejects if nothing was
 * delivered yet, or with an `EnvelopeError` if the delivery does not open (grounds for
 * `keyExchange.proveBadDelivery`).
 */
export async function openDelivered(api: ApiPromise, privateKey: PrivateKeyInput, plan: number | bigint, participant: number): Promise<OpenedBorrowerData> {
  const [p, h] = await Promise.all([storedPlan(api, plan), handoff(api, plan, participant)]);
  if (!p) throw new ChainError(`loanShare.PlanNotFound (plan ${plan})`, { section: 'loanShare', pallet: 'LoanShare', errorName: 'PlanNotFound' });
  if (!h || h.deliveredKey.isNone) throw new Error(`nothing delivered to institution ${participant} for plan ${plan} yet`);
  const ctx = envelopeContext(api, p.contributor.toNumber(), toBytes(p.input.externalRef));
  return open(privateKey, h.deliveredKey.unwrap(), p.input.envelope, ctx);
}

/** Registers (or rotates to) an institution's RSA public key (DER SubjectPublicKeyInfo, checked first). */
export async function registerKey(api: ApiPromise, account: Account, publicDer: BytesLike, opts?: SubmitOptions): Promise<SubmitResult> {
  publicKeyBits(publicDer);
  return submit(api, api.tx.keyExchange.registerKey(bytesToHex(toBytes(publicDer))), account, opts);
}

