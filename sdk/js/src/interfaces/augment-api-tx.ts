// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, Vec, bool, u128, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { LoansharePrimitivesRole, LoanshareRuntimeSessionKeys, PalletBalancesAdjustmentDirection, PalletKeyExchangeDelivery, PalletLoanSharePlanInput, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    consortium: {
      /**
       * Let `account` act for a (not removed) institution.
       **/
      addAccount: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, account: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Admit an institution: it is active at once, its `accounts` act for it, and its
       * `validator` (if any) joins the validator set at the next session rotation.
       * 
       * `roles` are sorted and deduplicated and must not be empty; no account (nor the
       * validator) may already act for an institution or be listed twice.
       **/
      admit: AugmentedSubmittable<(name: Bytes | string | Uint8Array, roles: Vec<LoansharePrimitivesRole> | (LoansharePrimitivesRole | 'Contributor' | 'Participator' | 'TokenIssuer' | 'DataServiceProvider' | 'Regulator' | number | Uint8Array)[], accounts: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], validator: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [Bytes, Vec<LoansharePrimitivesRole>, Vec<AccountId32>, Option<AccountId32>]>;
      /**
       * Deregister a node of the caller's institution: it is disconnected once the block is
       * finalised. Emits `NodeDeregistered`.
       **/
      deregisterNode: AugmentedSubmittable<(peerId: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Dispatch `call` as Root (caller: `CriticalOrigin`, two thirds of the council): the
       * consortium's way to authorise a runtime upgrade (`system.authorize_upgrade`) or
       * anything else that needs Root. Emits `DispatchedAsRoot` with the call's result.
       **/
      dispatchAsRoot: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Register a node of the caller's institution (caller: any account of an active
       * institution): its libp2p peer id, as raw bytes (`system_localPeerId` decoded from
       * base58). Nodes of active institutions may connect to the network once the block is
       * finalised. Emits `NodeRegistered`.
       **/
      registerNode: AugmentedSubmittable<(peerId: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Remove an institution for good (caller: `CriticalOrigin`): its accounts, validator
       * and nodes are freed, its validator leaves the set (guarded by the validator
       * minimum) and its council seat goes. The record stays, with status `Removed`.
       **/
      remove: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Stop `account` acting for a (not removed) institution; the account is free again.
       **/
      removeAccount: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, account: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, AccountId32]>;
      /**
       * Make a suspended institution active again; its validator rejoins the set.
       **/
      resume: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Set the validator minimum (caller: `CriticalOrigin`): at least 1 and at most the
       * current number of validators. Emits `MinValidatorsSet`.
       **/
      setMinValidators: AugmentedSubmittable<(min: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Replace the roles of a (not removed) institution.
       **/
      setRoles: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, roles: Vec<LoansharePrimitivesRole> | (LoansharePrimitivesRole | 'Contributor' | 'Participator' | 'TokenIssuer' | 'DataServiceProvider' | 'Regulator' | number | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u32, Vec<LoansharePrimitivesRole>]>;
      /**
       * Set, replace (`Some`) or take away (`None`) a (not removed) institution's validator
       * account. The new account must act for no institution yet; the old one is freed.
       * Taking an active institution's validator away is guarded by `MinValidators`.
       **/
      setValidator: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array, validator: Option<AccountId32> | null | Uint8Array | AccountId32 | string) => SubmittableExtrinsic<ApiType>, [u32, Option<AccountId32>]>;
      /**
       * Suspend an active institution: it counts as no member and its validator leaves the
       * validator set (guarded by `MinValidators`).
       **/
      suspend: AugmentedSubmittable<(id: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    keyExchange: {
      /**
       * Accept the delivered data of `plan` (caller: the participant's institution): the
       * fee is paid to the contributor at once. Emits `HandoffAccepted`.
       **/
      accept: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Complain that the delivered data of `plan` is authentic but false (caller: the
       * participant's institution, within the challenge window). The fee stays held
       * until the council rules. Emits `HandoffComplained`.
       **/
      complain: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array, reason: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Bytes]>;
      /**
       * Deliver W', the plan's data key re-wrapped to the participant's key
       * `participant_key_id`, which must be its current key.
       * 
       * Only an account of the handoff's contributor, only while pending. The fee stays
       * held: the challenge window starts (`HandoffDelivered`).
       **/
      deliver: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array, participant: u32 | AnyNumber | Uint8Array, participantKeyId: u32 | AnyNumber | Uint8Array, rewrappedKey: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32, u32, Bytes]>;
      /**
       * Deliver several handoffs at once (caller: the contributor's institution).
       * 
       * Each item is applied on its own, as [`Pallet::deliver`] would: a good one emits
       * `HandoffDelivered`, a bad one `DeliveryRejected` with its error and changes
       * nothing. Fails as a whole only for an empty batch or a caller that is no
       * institution.
       **/
      deliverBatch: AugmentedSubmittable<(deliveries: Vec<PalletKeyExchangeDelivery> | (PalletKeyExchangeDelivery | { plan?: any; participant?: any; participantKeyId?: any; rewrappedKey?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<PalletKeyExchangeDelivery>]>;
      /**
       * Prove that the delivered W' of `plan` does not open the plan's data (caller: the
       * participant's institution, within the challenge window).
       * 
       * `decrypted` is EM, the raw RSA decryption of W' under the participant's key (as
       * many bytes as its modulus, big-endian): the runtime checks EM^e mod n = W', then
       * OAEP-decodes EM to a data key and tries it on the plan's envelope (AES-GCM tag,
       * then commitment). If any step fails the contributor is at fault: the fee goes
       * back, the share returns to the plan, the contributor's misdelivery count rises
       * (`BadDeliveryProven`). If the key opens the data the call fails with
       * `DeliveryWasGood` and nothing changes.
       **/
      proveBadDelivery: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array, decrypted: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Bytes]>;
      /**
       * Return the fee of a handoff that was not delivered within `HandoffTimeout`
       * blocks, and its share to the plan.
       * 
       * Anyone signed, once the timeout has passed and the handoff is still pending. The
       * chain does the same automatically; this is for when it falls behind. Emits
       * `HandoffRefunded`.
       **/
      refund: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array, participant: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32]>;
      /**
       * Register (first time) or rotate the caller's institution's RSA public key.
       * 
       * `spki_der` is a SubjectPublicKeyInfo DER RSA key of 2048 to 4096 bits. The new key
       * gets the next key id and becomes current; earlier keys stay on record. Emits
       * `KeyRegistered` or `KeyRotated`.
       **/
      registerKey: AugmentedSubmittable<(spkiDer: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Rule on a complaint (caller: `RulingOrigin`, the council): `refund` returns the
       * fee to the participant and the share to the plan, otherwise the fee is paid to
       * the contributor. Emits `ComplaintRuled`.
       **/
      rule: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array, participant: u32 | AnyNumber | Uint8Array, refund: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32, bool]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    loanShare: {
      /**
       * Take a share of `plan`: `amount` fen at `rate_bp` (caller: `ParticipatorOrigin`).
       * 
       * Checks: the plan is open and now is within `[start, end]`; the caller is not
       * the contributor, has not confirmed it yet and has a registered public key;
       * the rate is within the plan's range and at most the rate cap;
       * `min_share ≤ amount ≤` what remains; fewer than `max_participants` confirmed.
       * The fee, `ceil(amount × token_rate / 10,000)` token units but at least
       * `MinFee`, leaves the
       * participant's balance into escrow, and a handoff is requested. Emits
       * `PlanConfirmed`, then `PlanFilled` if the limit or the count is reached.
       * 
       * Charged as a confirmation that fills the plan; one that leaves it open is
       * refunded to its own, lower weight.
       **/
      confirm: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array, rateBp: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128, u32]>;
      /**
       * Expire an open plan whose end has passed (caller: anyone signed).
       * `on_idle` does the same automatically. Emits `PlanExpired`.
       **/
      expire: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Publish a loan share plan (caller: `ContributorOrigin`).
       * 
       * Checks: non-empty external reference not used before by this contributor;
       * `min_rate_bp ≤ max_rate_bp ≤` the rate cap; `start < end`, `end` in the future;
       * `0 < shared_limit ≤ amount`; `1 ≤ max_participants ≤ MaxParticipants`;
       * `token_rate > 0`; the envelope is version 1, non-empty and wrapped to the
       * contributor's current key; car collateral exactly for car loans. A failed check
       * is `InvalidPlan { reason }`. Emits `PlanPublished`.
       **/
      publish: AugmentedSubmittable<(input: PalletLoanSharePlanInput | { externalRef?: any; loanType?: any; amount?: any; car?: any; risk?: any; links?: any; conditions?: any; envelope?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletLoanSharePlanInput]>;
      /**
       * Publish several plans at once, all or nothing (caller: `ContributorOrigin`).
       * 
       * Each item is checked as by `publish` (including against the earlier items'
       * external references). The first bad item fails the whole batch with
       * `BatchItemInvalid { index, reason }`, naming its 0-based position and why;
       * nothing is published and no event is emitted. Emits `PlanPublished` per plan.
       **/
      publishBatch: AugmentedSubmittable<(items: Vec<PalletLoanSharePlanInput> | (PalletLoanSharePlanInput | { externalRef?: any; loanType?: any; amount?: any; car?: any; risk?: any; links?: any; conditions?: any; envelope?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<PalletLoanSharePlanInput>]>;
      /**
       * Reap up to `max` ended plans whose retention period is over, oldest first
       * (caller: anyone signed). `on_idle` does the same with spare block weight; this
       * call is for when blocks stay full. Each reaped plan's records (the plan, its
       * confirmations and indexes, its settled handoffs) leave state, its deposit is
       * released and its digest kept in `ReapedPlans`; a plan with an unsettled handoff is
       * postponed by another retention period. Emits `PlanReaped` or `ReapPostponed` per
       * plan. Charged for `max` plans of `MaxParticipants` each, refunded to what was done.
       **/
      reapEnded: AugmentedSubmittable<(max: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Set the regulatory cap on annual rates, in basis points (caller: `AdminOrigin`).
       * 
       * Applies to later publications and to every later confirmation, also of
       * plans published under a higher cap. Emits `RateCapSet`.
       **/
      setRateCap: AugmentedSubmittable<(bp: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Withdraw an open plan nobody has confirmed (caller: `MemberOrigin`, acting for
       * the plan's contributor).
       * Emits `PlanWithdrawn`.
       **/
      withdraw: AugmentedSubmittable<(plan: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: LoanshareRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [LoanshareRuntimeSessionKeys, Bytes]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
    token: {
      /**
       * Pay `amount` token units to data service provider `to` for the service in `memo`.
       * The recipient must be an active institution holding the DataServiceProvider role.
       **/
      payDataService: AugmentedSubmittable<(to: u32 | AnyNumber | Uint8Array, amount: Compact<u128> | AnyNumber | Uint8Array, memo: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Compact<u128>, Bytes]>;
      /**
       * Mint `amount` token units to institution `to`, which paid the same amount of fen
       * off-chain under `payment_ref`. Caller: an account of a TokenIssuer institution.
       * A payment reference can mint only once, whichever issuer quotes it.
       **/
      recharge: AugmentedSubmittable<(to: u32 | AnyNumber | Uint8Array, amount: Compact<u128> | AnyNumber | Uint8Array, paymentRef: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Compact<u128>, Bytes]>;
      /**
       * Reject pending redemption `id`: the held amount goes back to the requester.
       * Caller: an account of a TokenIssuer institution.
       **/
      rejectRedemption: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Ask to redeem `amount` token units for RMB. The amount leaves the caller's
       * institution's balance at once and is held by the new request until an issuer
       * settles or rejects it.
       **/
      requestRedemption: AugmentedSubmittable<(amount: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>]>;
      /**
       * Settle pending redemption `id` after paying its RMB off-chain under `payout_ref`:
       * the held amount is burned. Caller: an account of a TokenIssuer institution.
       * A payout reference can settle only once.
       **/
      settleRedemption: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, payoutRef: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Bytes]>;
      /**
       * Move `amount` token units from the caller's institution to institution `to`.
       **/
      transfer: AugmentedSubmittable<(to: u32 | AnyNumber | Uint8Array, amount: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Compact<u128>]>;
      /**
       * Generic tx
       **/
      [key: string]: SubmittableExtrinsicFunction<ApiType>;
    };
  } // AugmentedSubmittables
} // declare module
