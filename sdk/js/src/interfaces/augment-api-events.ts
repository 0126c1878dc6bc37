// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u32, u64 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, LoanshareEnvelopeDisputeFault, LoansharePrimitivesRole, LoanshareRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: LoanshareRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: LoanshareRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: LoanshareRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: LoanshareRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: LoanshareRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: LoanshareRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: LoanshareRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: LoanshareRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: LoanshareRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: LoanshareRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    consortium: {
      /**
       * An account now acts for an institution.
       **/
      AccountAdded: AugmentedEvent<ApiType, [id: u32, account: AccountId32], { id: u32, account: AccountId32 }>;
      /**
       * An account no longer acts for an institution.
       **/
      AccountRemoved: AugmentedEvent<ApiType, [id: u32, account: AccountId32], { id: u32, account: AccountId32 }>;
      /**
       * The council's seats changed (they follow the active institutions).
       **/
      CouncilChanged: AugmentedEvent<ApiType, [seats: Vec<AccountId32>], { seats: Vec<AccountId32> }>;
      /**
       * The council's two thirds dispatched a call as Root.
       **/
      DispatchedAsRoot: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * An institution was admitted (active at once).
       **/
      InstitutionAdmitted: AugmentedEvent<ApiType, [id: u32, name: Bytes, roles: Vec<LoansharePrimitivesRole>, accounts: Vec<AccountId32>, validator: Option<AccountId32>], { id: u32, name: Bytes, roles: Vec<LoansharePrimitivesRole>, accounts: Vec<AccountId32>, validator: Option<AccountId32> }>;
      /**
       * An institution was removed for good; its accounts and validator were freed.
       **/
      InstitutionRemoved: AugmentedEvent<ApiType, [id: u32], { id: u32 }>;
      /**
       * A suspended institution is active again.
       **/
      InstitutionResumed: AugmentedEvent<ApiType, [id: u32], { id: u32 }>;
      /**
       * An institution was suspended.
       **/
      InstitutionSuspended: AugmentedEvent<ApiType, [id: u32], { id: u32 }>;
      /**
       * The validator minimum was changed.
       **/
      MinValidatorsSet: AugmentedEvent<ApiType, [min: u32], { min: u32 }>;
      /**
       * A node was deregistered (or its institution removed): it is disconnected.
       **/
      NodeDeregistered: AugmentedEvent<ApiType, [id: u32, peerId: Bytes], { id: u32, peerId: Bytes }>;
      /**
       * An institution registered a node: the node may connect to the network.
       **/
      NodeRegistered: AugmentedEvent<ApiType, [id: u32, peerId: Bytes], { id: u32, peerId: Bytes }>;
      /**
       * An institution's roles were replaced.
       **/
      RolesChanged: AugmentedEvent<ApiType, [id: u32, roles: Vec<LoansharePrimitivesRole>], { id: u32, roles: Vec<LoansharePrimitivesRole> }>;
      /**
       * An institution's validator account was set, replaced or taken away.
       **/
      ValidatorChanged: AugmentedEvent<ApiType, [id: u32, old: Option<AccountId32>, new_: Option<AccountId32>], { id: u32, old: Option<AccountId32>, new_: Option<AccountId32> }>;
      /**
       * A new validator set was handed to `pallet-session`: it is queued now and its keys
       * become the authorities when session `session` starts.
       **/
      ValidatorSetChanged: AugmentedEvent<ApiType, [session: u32, validators: Vec<AccountId32>], { session: u32, validators: Vec<AccountId32> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    keyExchange: {
      /**
       * The participant proved that W' does not open the plan's data: the fee went back,
       * the share returned to the plan, and the contributor now has `misdeliveries`.
       **/
      BadDeliveryProven: AugmentedEvent<ApiType, [plan: u64, contributor: u32, participant: u32, escrow: u64, fault: LoanshareEnvelopeDisputeFault, misdeliveries: u32], { plan: u64, contributor: u32, participant: u32, escrow: u64, fault: LoanshareEnvelopeDisputeFault, misdeliveries: u32 }>;
      /**
       * The council ruled on a complaint: the fee went back (`refunded`) or was paid.
       **/
      ComplaintRuled: AugmentedEvent<ApiType, [plan: u64, contributor: u32, participant: u32, refunded: bool], { plan: u64, contributor: u32, participant: u32, refunded: bool }>;
      /**
       * An item of a `deliver_batch` was not applied (nothing of it changed).
       **/
      DeliveryRejected: AugmentedEvent<ApiType, [plan: u64, participant: u32, error: SpRuntimeDispatchError], { plan: u64, participant: u32, error: SpRuntimeDispatchError }>;
      /**
       * The participant accepted the delivery; the fee was paid to the contributor.
       **/
      HandoffAccepted: AugmentedEvent<ApiType, [plan: u64, contributor: u32, participant: u32, escrow: u64], { plan: u64, contributor: u32, participant: u32, escrow: u64 }>;
      /**
       * The participant complained about the truth of the data; the council rules.
       **/
      HandoffComplained: AugmentedEvent<ApiType, [plan: u64, contributor: u32, participant: u32, reason: Bytes], { plan: u64, contributor: u32, participant: u32, reason: Bytes }>;
      /**
       * The contributor delivered the re-wrapped data key; the fee stays held until the
       * participant accepts or block `challenge_until`.
       **/
      HandoffDelivered: AugmentedEvent<ApiType, [plan: u64, contributor: u32, participant: u32, participantKeyId: u32, challengeUntil: u32], { plan: u64, contributor: u32, participant: u32, participantKeyId: u32, challengeUntil: u32 }>;
      /**
       * Nothing was delivered in time; the fee went back to the participant and its
       * share to the plan.
       **/
      HandoffRefunded: AugmentedEvent<ApiType, [plan: u64, participant: u32, escrow: u64], { plan: u64, participant: u32, escrow: u64 }>;
      /**
       * The challenge window ended without a proven bad delivery; the fee was paid.
       **/
      HandoffReleased: AugmentedEvent<ApiType, [plan: u64, contributor: u32, participant: u32, escrow: u64], { plan: u64, contributor: u32, participant: u32, escrow: u64 }>;
      /**
       * A participant paid for a plan's data; its contributor must deliver the data key
       * before block `deliver_by`, or the fee goes back.
       **/
      HandoffRequested: AugmentedEvent<ApiType, [plan: u64, contributor: u32, participant: u32, escrow: u64, participantKeyId: u32, deliverBy: u32], { plan: u64, contributor: u32, participant: u32, escrow: u64, participantKeyId: u32, deliverBy: u32 }>;
      /**
       * An institution registered its first public key.
       **/
      KeyRegistered: AugmentedEvent<ApiType, [institution: u32, keyId: u32, bits: u32], { institution: u32, keyId: u32, bits: u32 }>;
      /**
       * An institution replaced its current key; the old one stays on record.
       **/
      KeyRotated: AugmentedEvent<ApiType, [institution: u32, old: u32, new_: u32, bits: u32], { institution: u32, old: u32, new_: u32, bits: u32 }>;
      /**
       * An automatic settlement failed and was dropped from the queue (its handoff
       * stays as it was; `refund` or governance can settle it).
       **/
      SettlementFailed: AugmentedEvent<ApiType, [plan: u64, participant: u32, error: SpRuntimeDispatchError], { plan: u64, participant: u32, error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    loanShare: {
      /**
       * A participant took a share of a plan; its fee is in escrow.
       **/
      PlanConfirmed: AugmentedEvent<ApiType, [plan: u64, participant: u32, amount: u128, rateBp: u32, fee: u128, escrow: u64], { plan: u64, participant: u32, amount: u128, rateBp: u32, fee: u128, escrow: u64 }>;
      /**
       * A plan's end passed before it was filled.
       **/
      PlanExpired: AugmentedEvent<ApiType, [plan: u64], { plan: u64 }>;
      /**
       * A plan reached its shared limit or participant count.
       **/
      PlanFilled: AugmentedEvent<ApiType, [plan: u64], { plan: u64 }>;
      /**
       * A contributor published a plan.
       **/
      PlanPublished: AugmentedEvent<ApiType, [plan: u64, contributor: u32, externalRef: Bytes], { plan: u64, contributor: u32, externalRef: Bytes }>;
      /**
       * An ended plan was removed from state after its retention period; its deposit
       * was released.
       **/
      PlanReaped: AugmentedEvent<ApiType, [plan: u64, digest: U8aFixed, deposit: Option<ITuple<[AccountId32, u128]>>], { plan: u64, digest: U8aFixed, deposit: Option<ITuple<[AccountId32, u128]>> }>;
      /**
       * The contributor withdrew a plan nobody had confirmed.
       **/
      PlanWithdrawn: AugmentedEvent<ApiType, [plan: u64], { plan: u64 }>;
      /**
       * Governance set the regulatory rate cap.
       **/
      RateCapSet: AugmentedEvent<ApiType, [bp: u32], { bp: u32 }>;
      /**
       * An ended plan could not be reaped yet (a handoff of it is unsettled); it is
       * looked at again after another retention period.
       **/
      ReapPostponed: AugmentedEvent<ApiType, [plan: u64, until: u32], { plan: u64, until: u32 }>;
      /**
       * A participant's share came back to the plan: its fee was refunded (the handoff
       * timed out, a bad delivery was proven, or the council ruled a refund).
       **/
      ShareReturned: AugmentedEvent<ApiType, [plan: u64, participant: u32, amount: u128, reopened: bool], { plan: u64, participant: u32, amount: u128, reopened: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    token: {
      /**
       * A data service provider was paid.
       **/
      DataServicePaid: AugmentedEvent<ApiType, [from: u32, to: u32, amount: u128, memo: Bytes], { from: u32, to: u32, amount: u128, memo: Bytes }>;
      /**
       * A fee left the payer's balance into an escrow.
       **/
      FeeHeld: AugmentedEvent<ApiType, [escrow: u64, payer: u32, amount: u128], { escrow: u64, payer: u32, amount: u128 }>;
      /**
       * An escrowed fee went back to its payer and the escrow closed.
       **/
      FeeRefunded: AugmentedEvent<ApiType, [escrow: u64, payer: u32, amount: u128], { escrow: u64, payer: u32, amount: u128 }>;
      /**
       * An escrowed fee was paid out and the escrow closed.
       **/
      FeeReleased: AugmentedEvent<ApiType, [escrow: u64, payer: u32, to: u32, amount: u128], { escrow: u64, payer: u32, to: u32, amount: u128 }>;
      /**
       * An issuer minted `amount` to `to` against the off-chain payment `payment_ref`.
       **/
      Recharged: AugmentedEvent<ApiType, [issuer: u32, to: u32, amount: u128, paymentRef: Bytes], { issuer: u32, to: u32, amount: u128, paymentRef: Bytes }>;
      /**
       * An issuer rejected a redemption; the amount went back to the requester.
       **/
      RedemptionRejected: AugmentedEvent<ApiType, [id: u64, issuer: u32, requester: u32, amount: u128], { id: u64, issuer: u32, requester: u32, amount: u128 }>;
      /**
       * An institution asked to redeem tokens; the amount is now held by the request.
       **/
      RedemptionRequested: AugmentedEvent<ApiType, [id: u64, requester: u32, amount: u128], { id: u64, requester: u32, amount: u128 }>;
      /**
       * An issuer paid RMB out and settled a redemption; the amount was burned.
       **/
      RedemptionSettled: AugmentedEvent<ApiType, [id: u64, issuer: u32, requester: u32, amount: u128, payoutRef: Bytes], { id: u64, issuer: u32, requester: u32, amount: u128, payoutRef: Bytes }>;
      /**
       * Tokens moved between institutions.
       **/
      Transferred: AugmentedEvent<ApiType, [from: u32, to: u32, amount: u128], { from: u32, to: u32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
