// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    consortium: {
      /**
       * The account already acts for an institution (or is listed twice).
       **/
      AccountAlreadyBound: AugmentedError<ApiType>;
      /**
       * The account does not act for this institution (validators: use `set_validator`).
       **/
      AccountNotFound: AugmentedError<ApiType>;
      /**
       * The institution was removed (final).
       **/
      AlreadyRemoved: AugmentedError<ApiType>;
      /**
       * An institution must hold at least one role.
       **/
      EmptyRoles: AugmentedError<ApiType>;
      /**
       * The validator minimum must be at least 1 and at most the current validator count.
       **/
      InvalidMinValidators: AugmentedError<ApiType>;
      /**
       * The peer id is empty.
       **/
      InvalidPeerId: AugmentedError<ApiType>;
      /**
       * The name is longer than `MaxNameLen`.
       **/
      NameTooLong: AugmentedError<ApiType>;
      /**
       * The peer id is already registered (by this or another institution).
       **/
      NodeAlreadyRegistered: AugmentedError<ApiType>;
      /**
       * The caller's institution does not hold the Contributor role.
       **/
      NotAContributor: AugmentedError<ApiType>;
      /**
       * The institution is not active (suspend needs an active one).
       **/
      NotActive: AugmentedError<ApiType>;
      /**
       * The caller's institution does not hold the DataServiceProvider role.
       **/
      NotADataServiceProvider: AugmentedError<ApiType>;
      /**
       * The caller acts for no active institution.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * The caller's institution does not hold the Participator role.
       **/
      NotAParticipator: AugmentedError<ApiType>;
      /**
       * The caller's institution does not hold the Regulator role.
       **/
      NotARegulator: AugmentedError<ApiType>;
      /**
       * The caller's institution does not hold the TokenIssuer role.
       **/
      NotATokenIssuer: AugmentedError<ApiType>;
      /**
       * The institution is not suspended (resume needs a suspended one).
       **/
      NotSuspended: AugmentedError<ApiType>;
      /**
       * The validator set would shrink below `MinValidators`.
       **/
      TooFewValidators: AugmentedError<ApiType>;
      /**
       * More accounts than `MaxAccountsPerInstitution`.
       **/
      TooManyAccounts: AugmentedError<ApiType>;
      /**
       * More council seats than `MaxCouncilSeats`.
       **/
      TooManyCouncilSeats: AugmentedError<ApiType>;
      /**
       * The institution has `MaxNodesPerInstitution` nodes.
       **/
      TooManyNodes: AugmentedError<ApiType>;
      /**
       * More roles than there are (cannot happen after deduplication).
       **/
      TooManyRoles: AugmentedError<ApiType>;
      /**
       * The validator set would grow beyond `MaxValidators`.
       **/
      TooManyValidators: AugmentedError<ApiType>;
      /**
       * No institution has this id.
       **/
      UnknownInstitution: AugmentedError<ApiType>;
      /**
       * The caller's institution registered no such node.
       **/
      UnknownNode: AugmentedError<ApiType>;
      /**
       * The validator account already acts for an institution (as an account or validator).
       **/
      ValidatorAlreadyUsed: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    keyExchange: {
      /**
       * The challenge window of this delivery is over.
       **/
      ChallengeWindowOver: AugmentedError<ApiType>;
      /**
       * The delivered key opens the plan's data and matches its commitment: the delivery
       * was good, the dispute is rejected.
       **/
      DeliveryWasGood: AugmentedError<ApiType>;
      /**
       * `deliver_batch` was given no deliveries.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * A handoff for this plan and participant already exists.
       **/
      HandoffAlreadyExists: AugmentedError<ApiType>;
      /**
       * The proof is not as long as the participant's modulus.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * The key is not a valid RSA SubjectPublicKeyInfo DER.
       **/
      InvalidPublicKey: AugmentedError<ApiType>;
      /**
       * The wrapped key is empty or longer than `MaxWrappedKeyLen`, or a delivered W' is
       * not below the participant's modulus (no RSA ciphertext).
       **/
      InvalidWrappedKey: AugmentedError<ApiType>;
      /**
       * The RSA modulus is above the maximum (4096 bits).
       **/
      KeyTooLarge: AugmentedError<ApiType>;
      /**
       * The RSA modulus is below the minimum (2048 bits).
       **/
      KeyTooSmall: AugmentedError<ApiType>;
      /**
       * The handoff is not before the council (no complaint).
       **/
      NotComplained: AugmentedError<ApiType>;
      /**
       * Only an account of the handoff's contributor may deliver.
       **/
      NotContributor: AugmentedError<ApiType>;
      /**
       * The handoff is not delivered and awaiting acceptance or a challenge.
       **/
      NotDelivered: AugmentedError<ApiType>;
      /**
       * Only an account of the handoff's participant may do this.
       **/
      NotParticipant: AugmentedError<ApiType>;
      /**
       * The handoff is not pending (already delivered or settled).
       **/
      NotPending: AugmentedError<ApiType>;
      /**
       * The participant has no registered public key.
       **/
      ParticipantHasNoKey: AugmentedError<ApiType>;
      /**
       * The plan's envelope is no longer in state.
       **/
      PlanEnvelopeMissing: AugmentedError<ApiType>;
      /**
       * The proof is not the raw RSA decryption of W' under the participant's key.
       **/
      ProofDoesNotMatch: AugmentedError<ApiType>;
      /**
       * The key is already the institution's current key.
       **/
      SameAsCurrentKey: AugmentedError<ApiType>;
      /**
       * The handoff timeout has not passed yet.
       **/
      TimeoutNotReached: AugmentedError<ApiType>;
      /**
       * The institution registered the maximum number of keys.
       **/
      TooManyKeys: AugmentedError<ApiType>;
      /**
       * The contributor has no registered key with the given id.
       **/
      UnknownContributorKey: AugmentedError<ApiType>;
      /**
       * No handoff for this plan and participant.
       **/
      UnknownHandoff: AugmentedError<ApiType>;
      /**
       * The re-wrapped key's length is not the participant's RSA modulus size.
       **/
      WrappedKeyLengthMismatch: AugmentedError<ApiType>;
      /**
       * W' must be wrapped to the participant's current key (named by its id).
       **/
      WrongParticipantKey: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    loanShare: {
      /**
       * The participant already confirmed this plan.
       **/
      AlreadyConfirmed: AugmentedError<ApiType>;
      /**
       * The amount is below the plan's minimum share.
       **/
      AmountBelowMinShare: AugmentedError<ApiType>;
      /**
       * The amount is above what remains of the shared limit.
       **/
      AmountExceedsRemaining: AugmentedError<ApiType>;
      /**
       * Item `index` (0-based) of a batch cannot be published, for `reason`; nothing
       * of the batch was published.
       **/
      BatchItemInvalid: AugmentedError<ApiType>;
      /**
       * The signer cannot afford the plan's storage deposit in native currency
       * (nothing was published).
       **/
      CannotAffordDeposit: AugmentedError<ApiType>;
      /**
       * `publish_batch` was given no plans.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * Someone already confirmed the plan (it can no longer be withdrawn).
       **/
      HasConfirmations: AugmentedError<ApiType>;
      /**
       * The plan cannot be published, for `reason` (nothing was published).
       **/
      InvalidPlan: AugmentedError<ApiType>;
      /**
       * A rate cap must be positive.
       **/
      InvalidRateCap: AugmentedError<ApiType>;
      /**
       * The institution has no registered public key.
       **/
      NoPublicKey: AugmentedError<ApiType>;
      /**
       * The plan's window is not over yet (it cannot expire).
       **/
      NotEnded: AugmentedError<ApiType>;
      /**
       * Only the plan's contributor may do this.
       **/
      NotPlanContributor: AugmentedError<ApiType>;
      /**
       * The plan's window has not started yet.
       **/
      NotStarted: AugmentedError<ApiType>;
      /**
       * The plan's window is over.
       **/
      PlanEnded: AugmentedError<ApiType>;
      /**
       * No plan has this id.
       **/
      PlanNotFound: AugmentedError<ApiType>;
      /**
       * The plan is filled, expired or withdrawn.
       **/
      PlanNotOpen: AugmentedError<ApiType>;
      /**
       * The rate is above the regulatory cap.
       **/
      RateAboveCap: AugmentedError<ApiType>;
      /**
       * The rate is outside the plan's range.
       **/
      RateOutOfRange: AugmentedError<ApiType>;
      /**
       * A contributor cannot confirm its own plan.
       **/
      SelfConfirmation: AugmentedError<ApiType>;
      /**
       * The plan has its maximum number of participants.
       **/
      TooManyParticipants: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    token: {
      /**
       * This payment reference already minted.
       **/
      DuplicatePaymentReference: AugmentedError<ApiType>;
      /**
       * This payout reference already settled a redemption.
       **/
      DuplicatePayoutReference: AugmentedError<ApiType>;
      /**
       * The payment or payout reference is empty.
       **/
      EmptyReference: AugmentedError<ApiType>;
      /**
       * The paying institution's balance is smaller than the amount.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The memo is longer than `MaxMemoLen`.
       **/
      MemoTooLong: AugmentedError<ApiType>;
      /**
       * The recipient does not hold the DataServiceProvider role.
       **/
      NotDataServiceProvider: AugmentedError<ApiType>;
      /**
       * The recipient is not an active institution.
       **/
      RecipientNotMember: AugmentedError<ApiType>;
      /**
       * The payment or payout reference is longer than `MaxReferenceLen`.
       **/
      ReferenceTooLong: AugmentedError<ApiType>;
      /**
       * Paying one's own institution.
       **/
      SelfTransfer: AugmentedError<ApiType>;
      /**
       * No open escrow with this id.
       **/
      UnknownEscrow: AugmentedError<ApiType>;
      /**
       * No pending redemption with this id (never requested, or already settled/rejected).
       **/
      UnknownRedemption: AugmentedError<ApiType>;
      /**
       * The amount is zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
