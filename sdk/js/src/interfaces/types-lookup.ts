// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletBalancesCall (18) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (23) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSessionCall (24) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: LoanshareRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name LoanshareRuntimeSessionKeys (25) */
  interface LoanshareRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (26) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name SpConsensusGrandpaAppPublic (27) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name PalletGrandpaCall (28) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (29) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (30) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (31) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrevote (32) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (33) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (36) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (37) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (39) */
  type SpCoreVoid = Null;

  /** @name PalletCollectiveCall (40) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name SpWeightsWeightV2Weight (43) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletSudoCall (44) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name PalletConsortiumCall (45) */
  interface PalletConsortiumCall extends Enum {
    readonly isAdmit: boolean;
    readonly asAdmit: {
      readonly name: Bytes;
      readonly roles: Vec<LoansharePrimitivesRole>;
      readonly accounts: Vec<AccountId32>;
      readonly validator: Option<AccountId32>;
    } & Struct;
    readonly isSetRoles: boolean;
    readonly asSetRoles: {
      readonly id: u32;
      readonly roles: Vec<LoansharePrimitivesRole>;
    } & Struct;
    readonly isAddAccount: boolean;
    readonly asAddAccount: {
      readonly id: u32;
      readonly account: AccountId32;
    } & Struct;
    readonly isRemoveAccount: boolean;
    readonly asRemoveAccount: {
      readonly id: u32;
      readonly account: AccountId32;
    } & Struct;
    readonly isSuspend: boolean;
    readonly asSuspend: {
      readonly id: u32;
    } & Struct;
    readonly isResume: boolean;
    readonly asResume: {
      readonly id: u32;
    } & Struct;
    readonly isRemove: boolean;
    readonly asRemove: {
      readonly id: u32;
    } & Struct;
    readonly isSetValidator: boolean;
    readonly asSetValidator: {
      readonly id: u32;
      readonly validator: Option<AccountId32>;
    } & Struct;
    readonly isRegisterNode: boolean;
    readonly asRegisterNode: {
      readonly peerId: Bytes;
    } & Struct;
    readonly isDeregisterNode: boolean;
    readonly asDeregisterNode: {
      readonly peerId: Bytes;
    } & Struct;
    readonly isSetMinValidators: boolean;
    readonly asSetMinValidators: {
      readonly min: u32;
    } & Struct;
    readonly isDispatchAsRoot: boolean;
    readonly asDispatchAsRoot: {
      readonly call: Call;
    } & Struct;
    readonly type: 'Admit' | 'SetRoles' | 'AddAccount' | 'RemoveAccount' | 'Suspend' | 'Resume' | 'Remove' | 'SetValidator' | 'RegisterNode' | 'DeregisterNode' | 'SetMinValidators' | 'DispatchAsRoot';
  }

  /** @name LoansharePrimitivesRole (47) */
  interface LoansharePrimitivesRole extends Enum {
    readonly isContributor: boolean;
    readonly isParticipator: boolean;
    readonly isTokenIssuer: boolean;
    readonly isDataServiceProvider: boolean;
    readonly isRegulator: boolean;
    readonly type: 'Contributor' | 'Participator' | 'TokenIssuer' | 'DataServiceProvider' | 'Regulator';
  }

  /** @name PalletTokenCall (49) */
  interface PalletTokenCall extends Enum {
    readonly isRecharge: boolean;
    readonly asRecharge: {
      readonly to: u32;
      readonly amount: Compact<u128>;
      readonly paymentRef: Bytes;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly to: u32;
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isRequestRedemption: boolean;
    readonly asRequestRedemption: {
      readonly amount: Compact<u128>;
    } & Struct;
    readonly isSettleRedemption: boolean;
    readonly asSettleRedemption: {
      readonly id: u64;
      readonly payoutRef: Bytes;
    } & Struct;
    readonly isRejectRedemption: boolean;
    readonly asRejectRedemption: {
      readonly id: u64;
    } & Struct;
    readonly isPayDataService: boolean;
    readonly asPayDataService: {
      readonly to: u32;
      readonly amount: Compact<u128>;
      readonly memo: Bytes;
    } & Struct;
    readonly type: 'Recharge' | 'Transfer' | 'RequestRedemption' | 'SettleRedemption' | 'RejectRedemption' | 'PayDataService';
  }

  /** @name PalletLoanShareCall (50) */
  interface PalletLoanShareCall extends Enum {
    readonly isPublish: boolean;
    readonly asPublish: {
      readonly input: PalletLoanSharePlanInput;
    } & Struct;
    readonly isPublishBatch: boolean;
    readonly asPublishBatch: {
      readonly items: Vec<PalletLoanSharePlanInput>;
    } & Struct;
    readonly isConfirm: boolean;
    readonly asConfirm: {
      readonly plan: u64;
      readonly amount: u128;
      readonly rateBp: u32;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly plan: u64;
    } & Struct;
    readonly isExpire: boolean;
    readonly asExpire: {
      readonly plan: u64;
    } & Struct;
    readonly isSetRateCap: boolean;
    readonly asSetRateCap: {
      readonly bp: u32;
    } & Struct;
    readonly isReapEnded: boolean;
    readonly asReapEnded: {
      readonly max: u32;
    } & Struct;
    readonly type: 'Publish' | 'PublishBatch' | 'Confirm' | 'Withdraw' | 'Expire' | 'SetRateCap' | 'ReapEnded';
  }

  /** @name PalletLoanSharePlanInput (51) */
  interface PalletLoanSharePlanInput extends Struct {
    readonly externalRef: Bytes;
    readonly loanType: PalletLoanShareLoanType;
    readonly amount: u128;
    readonly car: Option<PalletLoanShareCarCollateral>;
    readonly risk: PalletLoanShareRiskResult;
    readonly links: Vec<Bytes>;
    readonly conditions: PalletLoanShareShareConditions;
    readonly envelope: PalletLoanShareEnvelopeRef;
  }

  /** @name PalletLoanShareLoanType (52) */
  interface PalletLoanShareLoanType extends Enum {
    readonly isCash: boolean;
    readonly isConsumption: boolean;
    readonly isProvidentFund: boolean;
    readonly isEnterprise: boolean;
    readonly isCarMortgage: boolean;
    readonly isPolicy: boolean;
    readonly isCarPledge: boolean;
    readonly type: 'Cash' | 'Consumption' | 'ProvidentFund' | 'Enterprise' | 'CarMortgage' | 'Policy' | 'CarPledge';
  }

  /** @name PalletLoanShareCarCollateral (54) */
  interface PalletLoanShareCarCollateral extends Struct {
    readonly mileageKm: u32;
    readonly purchaseDate: u32;
  }

  /** @name PalletLoanShareRiskResult (55) */
  interface PalletLoanShareRiskResult extends Struct {
    readonly score: u16;
    readonly approvedLimit: u128;
    readonly suggestedShareLimit: u128;
  }

  /** @name PalletLoanShareShareConditions (60) */
  interface PalletLoanShareShareConditions extends Struct {
    readonly sharedLimit: u128;
    readonly minShare: u128;
    readonly minRateBp: u32;
    readonly maxRateBp: u32;
    readonly tokenRate: u32;
    readonly maxParticipants: u32;
    readonly start: u64;
    readonly end: u64;
  }

  /** @name PalletLoanShareEnvelopeRef (61) */
  interface PalletLoanShareEnvelopeRef extends Struct {
    readonly version: u8;
    readonly ciphertext: Bytes;
    readonly nonce: U8aFixed;
    readonly commitment: U8aFixed;
    readonly wrappedKey: Bytes;
    readonly keyId: u32;
  }

  /** @name PalletKeyExchangeCall (67) */
  interface PalletKeyExchangeCall extends Enum {
    readonly isRegisterKey: boolean;
    readonly asRegisterKey: {
      readonly spkiDer: Bytes;
    } & Struct;
    readonly isDeliver: boolean;
    readonly asDeliver: {
      readonly plan: u64;
      readonly participant: u32;
      readonly participantKeyId: u32;
      readonly rewrappedKey: Bytes;
    } & Struct;
    readonly isRefund: boolean;
    readonly asRefund: {
      readonly plan: u64;
      readonly participant: u32;
    } & Struct;
    readonly isDeliverBatch: boolean;
    readonly asDeliverBatch: {
      readonly deliveries: Vec<PalletKeyExchangeDelivery>;
    } & Struct;
    readonly isAccept: boolean;
    readonly asAccept: {
      readonly plan: u64;
    } & Struct;
    readonly isProveBadDelivery: boolean;
    readonly asProveBadDelivery: {
      readonly plan: u64;
      readonly decrypted: Bytes;
    } & Struct;
    readonly isComplain: boolean;
    readonly asComplain: {
      readonly plan: u64;
      readonly reason: Bytes;
    } & Struct;
    readonly isRule: boolean;
    readonly asRule: {
      readonly plan: u64;
      readonly participant: u32;
      readonly refund: bool;
    } & Struct;
    readonly type: 'RegisterKey' | 'Deliver' | 'Refund' | 'DeliverBatch' | 'Accept' | 'ProveBadDelivery' | 'Complain' | 'Rule';
  }

  /** @name PalletKeyExchangeDelivery (70) */
  interface PalletKeyExchangeDelivery extends Struct {
    readonly plan: u64;
    readonly participant: u32;
    readonly participantKeyId: u32;
    readonly rewrappedKey: Bytes;
  }

  /** @name SpRuntimeMultiSignature (72) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (74) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (75) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (76) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (77) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (80) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (81) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (82) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name PalletConsortiumCheckMembership (83) */
  type PalletConsortiumCheckMembership = Null;

  /** @name FrameSystemAccountInfo (84) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (85) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (87) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (88) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (90) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (93) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (95) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (96) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (97) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (98) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (99) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (100) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (101) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (102) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (103) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (104) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletBalancesEvent (105) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: LoanshareRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: LoanshareRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: LoanshareRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: LoanshareRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: LoanshareRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (106) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name LoanshareRuntimeRuntimeHoldReason (107) */
  interface LoanshareRuntimeRuntimeHoldReason extends Enum {
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isLoanShare: boolean;
    readonly asLoanShare: PalletLoanShareHoldReason;
    readonly type: 'Session' | 'Council' | 'LoanShare';
  }

  /** @name PalletSessionHoldReason (108) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletCollectiveHoldReason (109) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletLoanShareHoldReason (110) */
  interface PalletLoanShareHoldReason extends Enum {
    readonly isPlanDeposit: boolean;
    readonly type: 'PlanDeposit';
  }

  /** @name PalletBalancesUnexpectedKind (111) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (112) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSessionEvent (113) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletGrandpaEvent (114) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletCollectiveEvent (117) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletSudoEvent (119) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletConsortiumEvent (120) */
  interface PalletConsortiumEvent extends Enum {
    readonly isInstitutionAdmitted: boolean;
    readonly asInstitutionAdmitted: {
      readonly id: u32;
      readonly name: Bytes;
      readonly roles: Vec<LoansharePrimitivesRole>;
      readonly accounts: Vec<AccountId32>;
      readonly validator: Option<AccountId32>;
    } & Struct;
    readonly isRolesChanged: boolean;
    readonly asRolesChanged: {
      readonly id: u32;
      readonly roles: Vec<LoansharePrimitivesRole>;
    } & Struct;
    readonly isAccountAdded: boolean;
    readonly asAccountAdded: {
      readonly id: u32;
      readonly account: AccountId32;
    } & Struct;
    readonly isAccountRemoved: boolean;
    readonly asAccountRemoved: {
      readonly id: u32;
      readonly account: AccountId32;
    } & Struct;
    readonly isValidatorChanged: boolean;
    readonly asValidatorChanged: {
      readonly id: u32;
      readonly old: Option<AccountId32>;
      readonly new_: Option<AccountId32>;
    } & Struct;
    readonly isInstitutionSuspended: boolean;
    readonly asInstitutionSuspended: {
      readonly id: u32;
    } & Struct;
    readonly isInstitutionResumed: boolean;
    readonly asInstitutionResumed: {
      readonly id: u32;
    } & Struct;
    readonly isInstitutionRemoved: boolean;
    readonly asInstitutionRemoved: {
      readonly id: u32;
    } & Struct;
    readonly isCouncilChanged: boolean;
    readonly asCouncilChanged: {
      readonly seats: Vec<AccountId32>;
    } & Struct;
    readonly isNodeRegistered: boolean;
    readonly asNodeRegistered: {
      readonly id: u32;
      readonly peerId: Bytes;
    } & Struct;
    readonly isNodeDeregistered: boolean;
    readonly asNodeDeregistered: {
      readonly id: u32;
      readonly peerId: Bytes;
    } & Struct;
    readonly isMinValidatorsSet: boolean;
    readonly asMinValidatorsSet: {
      readonly min: u32;
    } & Struct;
    readonly isDispatchedAsRoot: boolean;
    readonly asDispatchedAsRoot: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isValidatorSetChanged: boolean;
    readonly asValidatorSetChanged: {
      readonly session: u32;
      readonly validators: Vec<AccountId32>;
    } & Struct;
    readonly type: 'InstitutionAdmitted' | 'RolesChanged' | 'AccountAdded' | 'AccountRemoved' | 'ValidatorChanged' | 'InstitutionSuspended' | 'InstitutionResumed' | 'InstitutionRemoved' | 'CouncilChanged' | 'NodeRegistered' | 'NodeDeregistered' | 'MinValidatorsSet' | 'DispatchedAsRoot' | 'ValidatorSetChanged';
  }

  /** @name PalletTokenEvent (125) */
  interface PalletTokenEvent extends Enum {
    readonly isRecharged: boolean;
    readonly asRecharged: {
      readonly issuer: u32;
      readonly to: u32;
      readonly amount: u128;
      readonly paymentRef: Bytes;
    } & Struct;
    readonly isTransferred: boolean;
    readonly asTransferred: {
      readonly from: u32;
      readonly to: u32;
      readonly amount: u128;
    } & Struct;
    readonly isDataServicePaid: boolean;
    readonly asDataServicePaid: {
      readonly from: u32;
      readonly to: u32;
      readonly amount: u128;
      readonly memo: Bytes;
    } & Struct;
    readonly isRedemptionRequested: boolean;
    readonly asRedemptionRequested: {
      readonly id: u64;
      readonly requester: u32;
      readonly amount: u128;
    } & Struct;
    readonly isRedemptionSettled: boolean;
    readonly asRedemptionSettled: {
      readonly id: u64;
      readonly issuer: u32;
      readonly requester: u32;
      readonly amount: u128;
      readonly payoutRef: Bytes;
    } & Struct;
    readonly isRedemptionRejected: boolean;
    readonly asRedemptionRejected: {
      readonly id: u64;
      readonly issuer: u32;
      readonly requester: u32;
      readonly amount: u128;
    } & Struct;
    readonly isFeeHeld: boolean;
    readonly asFeeHeld: {
      readonly escrow: u64;
      readonly payer: u32;
      readonly amount: u128;
    } & Struct;
    readonly isFeeReleased: boolean;
    readonly asFeeReleased: {
      readonly escrow: u64;
      readonly payer: u32;
      readonly to: u32;
      readonly amount: u128;
    } & Struct;
    readonly isFeeRefunded: boolean;
    readonly asFeeRefunded: {
      readonly escrow: u64;
      readonly payer: u32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'Recharged' | 'Transferred' | 'DataServicePaid' | 'RedemptionRequested' | 'RedemptionSettled' | 'RedemptionRejected' | 'FeeHeld' | 'FeeReleased' | 'FeeRefunded';
  }

  /** @name PalletLoanShareEvent (126) */
  interface PalletLoanShareEvent extends Enum {
    readonly isPlanPublished: boolean;
    readonly asPlanPublished: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly externalRef: Bytes;
    } & Struct;
    readonly isPlanConfirmed: boolean;
    readonly asPlanConfirmed: {
      readonly plan: u64;
      readonly participant: u32;
      readonly amount: u128;
      readonly rateBp: u32;
      readonly fee: u128;
      readonly escrow: u64;
    } & Struct;
    readonly isPlanFilled: boolean;
    readonly asPlanFilled: {
      readonly plan: u64;
    } & Struct;
    readonly isPlanExpired: boolean;
    readonly asPlanExpired: {
      readonly plan: u64;
    } & Struct;
    readonly isPlanWithdrawn: boolean;
    readonly asPlanWithdrawn: {
      readonly plan: u64;
    } & Struct;
    readonly isPlanReaped: boolean;
    readonly asPlanReaped: {
      readonly plan: u64;
      readonly digest: U8aFixed;
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
    } & Struct;
    readonly isReapPostponed: boolean;
    readonly asReapPostponed: {
      readonly plan: u64;
      readonly until: u32;
    } & Struct;
    readonly isShareReturned: boolean;
    readonly asShareReturned: {
      readonly plan: u64;
      readonly participant: u32;
      readonly amount: u128;
      readonly reopened: bool;
    } & Struct;
    readonly isRateCapSet: boolean;
    readonly asRateCapSet: {
      readonly bp: u32;
    } & Struct;
    readonly type: 'PlanPublished' | 'PlanConfirmed' | 'PlanFilled' | 'PlanExpired' | 'PlanWithdrawn' | 'PlanReaped' | 'ReapPostponed' | 'ShareReturned' | 'RateCapSet';
  }

  /** @name PalletKeyExchangeEvent (129) */
  interface PalletKeyExchangeEvent extends Enum {
    readonly isKeyRegistered: boolean;
    readonly asKeyRegistered: {
      readonly institution: u32;
      readonly keyId: u32;
      readonly bits: u32;
    } & Struct;
    readonly isKeyRotated: boolean;
    readonly asKeyRotated: {
      readonly institution: u32;
      readonly old: u32;
      readonly new_: u32;
      readonly bits: u32;
    } & Struct;
    readonly isHandoffRequested: boolean;
    readonly asHandoffRequested: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly participant: u32;
      readonly escrow: u64;
      readonly participantKeyId: u32;
      readonly deliverBy: u32;
    } & Struct;
    readonly isHandoffDelivered: boolean;
    readonly asHandoffDelivered: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly participant: u32;
      readonly participantKeyId: u32;
      readonly challengeUntil: u32;
    } & Struct;
    readonly isDeliveryRejected: boolean;
    readonly asDeliveryRejected: {
      readonly plan: u64;
      readonly participant: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isHandoffAccepted: boolean;
    readonly asHandoffAccepted: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly participant: u32;
      readonly escrow: u64;
    } & Struct;
    readonly isHandoffReleased: boolean;
    readonly asHandoffReleased: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly participant: u32;
      readonly escrow: u64;
    } & Struct;
    readonly isHandoffRefunded: boolean;
    readonly asHandoffRefunded: {
      readonly plan: u64;
      readonly participant: u32;
      readonly escrow: u64;
    } & Struct;
    readonly isBadDeliveryProven: boolean;
    readonly asBadDeliveryProven: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly participant: u32;
      readonly escrow: u64;
      readonly fault: LoanshareEnvelopeDisputeFault;
      readonly misdeliveries: u32;
    } & Struct;
    readonly isHandoffComplained: boolean;
    readonly asHandoffComplained: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly participant: u32;
      readonly reason: Bytes;
    } & Struct;
    readonly isComplaintRuled: boolean;
    readonly asComplaintRuled: {
      readonly plan: u64;
      readonly contributor: u32;
      readonly participant: u32;
      readonly refunded: bool;
    } & Struct;
    readonly isSettlementFailed: boolean;
    readonly asSettlementFailed: {
      readonly plan: u64;
      readonly participant: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'KeyRegistered' | 'KeyRotated' | 'HandoffRequested' | 'HandoffDelivered' | 'DeliveryRejected' | 'HandoffAccepted' | 'HandoffReleased' | 'HandoffRefunded' | 'BadDeliveryProven' | 'HandoffComplained' | 'ComplaintRuled' | 'SettlementFailed';
  }

  /** @name LoanshareEnvelopeDisputeFault (130) */
  interface LoanshareEnvelopeDisputeFault extends Enum {
    readonly isNotTheWrappedKey: boolean;
    readonly isWrongKey: boolean;
    readonly isCommitmentMismatch: boolean;
    readonly type: 'NotTheWrappedKey' | 'WrongKey' | 'CommitmentMismatch';
  }

  /** @name FrameSystemPhase (131) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (135) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (138) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (139) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (140) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (141) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (143) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (144) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (146) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (147) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (152) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name SpRuntimeBlakeTwo256 (153) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name SpRuntimeBlock (154) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (155) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name PalletBalancesBalanceLock (160) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (161) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (164) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (167) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: LoanshareRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (170) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: LoanshareRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name LoanshareRuntimeRuntimeFreezeReason (171) */
  type LoanshareRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (173) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (175) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (176) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (177) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name SpCoreCryptoKeyTypeId (185) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (186) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletGrandpaStoredState (190) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (191) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (193) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletCollectiveVotes (196) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (197) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletSudoError (198) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletConsortiumInstitution (199) */
  interface PalletConsortiumInstitution extends Struct {
    readonly name: Bytes;
    readonly roles: Vec<LoansharePrimitivesRole>;
    readonly accounts: Vec<AccountId32>;
    readonly validator: Option<AccountId32>;
    readonly status: PalletConsortiumInstitutionStatus;
  }

  /** @name PalletConsortiumInstitutionStatus (200) */
  interface PalletConsortiumInstitutionStatus extends Enum {
    readonly isActive: boolean;
    readonly isSuspended: boolean;
    readonly isRemoved: boolean;
    readonly type: 'Active' | 'Suspended' | 'Removed';
  }

  /** @name PalletConsortiumError (203) */
  interface PalletConsortiumError extends Enum {
    readonly isUnknownInstitution: boolean;
    readonly isAlreadyRemoved: boolean;
    readonly isAccountAlreadyBound: boolean;
    readonly isAccountNotFound: boolean;
    readonly isEmptyRoles: boolean;
    readonly isTooManyRoles: boolean;
    readonly isTooManyAccounts: boolean;
    readonly isNameTooLong: boolean;
    readonly isValidatorAlreadyUsed: boolean;
    readonly isTooFewValidators: boolean;
    readonly isTooManyValidators: boolean;
    readonly isNotActive: boolean;
    readonly isNotSuspended: boolean;
    readonly isNotAMember: boolean;
    readonly isNotAContributor: boolean;
    readonly isNotAParticipator: boolean;
    readonly isNotATokenIssuer: boolean;
    readonly isNotADataServiceProvider: boolean;
    readonly isNotARegulator: boolean;
    readonly isTooManyCouncilSeats: boolean;
    readonly isInvalidPeerId: boolean;
    readonly isNodeAlreadyRegistered: boolean;
    readonly isTooManyNodes: boolean;
    readonly isUnknownNode: boolean;
    readonly isInvalidMinValidators: boolean;
    readonly type: 'UnknownInstitution' | 'AlreadyRemoved' | 'AccountAlreadyBound' | 'AccountNotFound' | 'EmptyRoles' | 'TooManyRoles' | 'TooManyAccounts' | 'NameTooLong' | 'ValidatorAlreadyUsed' | 'TooFewValidators' | 'TooManyValidators' | 'NotActive' | 'NotSuspended' | 'NotAMember' | 'NotAContributor' | 'NotAParticipator' | 'NotATokenIssuer' | 'NotADataServiceProvider' | 'NotARegulator' | 'TooManyCouncilSeats' | 'InvalidPeerId' | 'NodeAlreadyRegistered' | 'TooManyNodes' | 'UnknownNode' | 'InvalidMinValidators';
  }

  /** @name PalletTokenRedemption (204) */
  interface PalletTokenRedemption extends Struct {
    readonly requester: u32;
    readonly amount: u128;
    readonly status: PalletTokenRedemptionStatus;
  }

  /** @name PalletTokenRedemptionStatus (205) */
  interface PalletTokenRedemptionStatus extends Enum {
    readonly isPending: boolean;
    readonly isSettled: boolean;
    readonly asSettled: u32;
    readonly isRejected: boolean;
    readonly asRejected: u32;
    readonly type: 'Pending' | 'Settled' | 'Rejected';
  }

  /** @name PalletTokenRechargeRecord (207) */
  interface PalletTokenRechargeRecord extends Struct {
    readonly issuer: u32;
    readonly to: u32;
    readonly amount: u128;
  }

  /** @name PalletTokenError (208) */
  interface PalletTokenError extends Enum {
    readonly isInsufficientBalance: boolean;
    readonly isRecipientNotMember: boolean;
    readonly isNotDataServiceProvider: boolean;
    readonly isDuplicatePaymentReference: boolean;
    readonly isDuplicatePayoutReference: boolean;
    readonly isUnknownRedemption: boolean;
    readonly isZeroAmount: boolean;
    readonly isSelfTransfer: boolean;
    readonly isReferenceTooLong: boolean;
    readonly isEmptyReference: boolean;
    readonly isMemoTooLong: boolean;
    readonly isUnknownEscrow: boolean;
    readonly type: 'InsufficientBalance' | 'RecipientNotMember' | 'NotDataServiceProvider' | 'DuplicatePaymentReference' | 'DuplicatePayoutReference' | 'UnknownRedemption' | 'ZeroAmount' | 'SelfTransfer' | 'ReferenceTooLong' | 'EmptyReference' | 'MemoTooLong' | 'UnknownEscrow';
  }

  /** @name PalletLoanSharePlan (209) */
  interface PalletLoanSharePlan extends Struct {
    readonly id: u64;
    readonly contributor: u32;
    readonly input: PalletLoanSharePlanInput;
    readonly status: PalletLoanSharePlanStatus;
    readonly taken: u128;
    readonly participants: u32;
    readonly publishedAt: u64;
  }

  /** @name PalletLoanSharePlanStatus (210) */
  interface PalletLoanSharePlanStatus extends Enum {
    readonly isOpen: boolean;
    readonly isFilled: boolean;
    readonly isExpired: boolean;
    readonly isWithdrawn: boolean;
    readonly type: 'Open' | 'Filled' | 'Expired' | 'Withdrawn';
  }

  /** @name PalletLoanShareConfirmation (214) */
  interface PalletLoanShareConfirmation extends Struct {
    readonly plan: u64;
    readonly participant: u32;
    readonly amount: u128;
    readonly rateBp: u32;
    readonly fee: u128;
    readonly escrow: u64;
    readonly at: u64;
  }

  /** @name PalletLoanShareError (216) */
  interface PalletLoanShareError extends Enum {
    readonly isPlanNotFound: boolean;
    readonly isPlanNotOpen: boolean;
    readonly isNotStarted: boolean;
    readonly isPlanEnded: boolean;
    readonly isNotEnded: boolean;
    readonly isNotPlanContributor: boolean;
    readonly isHasConfirmations: boolean;
    readonly isSelfConfirmation: boolean;
    readonly isAlreadyConfirmed: boolean;
    readonly isNoPublicKey: boolean;
    readonly isRateOutOfRange: boolean;
    readonly isRateAboveCap: boolean;
    readonly isZeroAmount: boolean;
    readonly isAmountExceedsRemaining: boolean;
    readonly isTooManyParticipants: boolean;
    readonly isCannotAffordDeposit: boolean;
    readonly isEmptyBatch: boolean;
    readonly isInvalidRateCap: boolean;
    readonly isInvalidPlan: boolean;
    readonly asInvalidPlan: {
      readonly reason: PalletLoanSharePlanRejection;
    } & Struct;
    readonly isBatchItemInvalid: boolean;
    readonly asBatchItemInvalid: {
      readonly index: u16;
      readonly reason: PalletLoanSharePlanRejection;
    } & Struct;
    readonly isAmountBelowMinShare: boolean;
    readonly type: 'PlanNotFound' | 'PlanNotOpen' | 'NotStarted' | 'PlanEnded' | 'NotEnded' | 'NotPlanContributor' | 'HasConfirmations' | 'SelfConfirmation' | 'AlreadyConfirmed' | 'NoPublicKey' | 'RateOutOfRange' | 'RateAboveCap' | 'ZeroAmount' | 'AmountExceedsRemaining' | 'TooManyParticipants' | 'CannotAffordDeposit' | 'EmptyBatch' | 'InvalidRateCap' | 'InvalidPlan' | 'BatchItemInvalid' | 'AmountBelowMinShare';
  }

  /** @name PalletLoanSharePlanRejection (217) */
  interface PalletLoanSharePlanRejection extends Enum {
    readonly isEmptyExternalRef: boolean;
    readonly isDuplicateExternalRef: boolean;
    readonly isInvalidRateRange: boolean;
    readonly isRateAboveCap: boolean;
    readonly isInvalidWindow: boolean;
    readonly isEndInPast: boolean;
    readonly isZeroSharedLimit: boolean;
    readonly isSharedLimitAboveAmount: boolean;
    readonly isInvalidMaxParticipants: boolean;
    readonly isZeroTokenRate: boolean;
    readonly isNoPublicKey: boolean;
    readonly isEnvelopeKeyMismatch: boolean;
    readonly isUnsupportedEnvelopeVersion: boolean;
    readonly isEmptyEnvelope: boolean;
    readonly isMissingCarCollateral: boolean;
    readonly isUnexpectedCarCollateral: boolean;
    readonly isMinShareBelowFloor: boolean;
    readonly isMinShareAboveLimit: boolean;
    readonly type: 'EmptyExternalRef' | 'DuplicateExternalRef' | 'InvalidRateRange' | 'RateAboveCap' | 'InvalidWindow' | 'EndInPast' | 'ZeroSharedLimit' | 'SharedLimitAboveAmount' | 'InvalidMaxParticipants' | 'ZeroTokenRate' | 'NoPublicKey' | 'EnvelopeKeyMismatch' | 'UnsupportedEnvelopeVersion' | 'EmptyEnvelope' | 'MissingCarCollateral' | 'UnexpectedCarCollateral' | 'MinShareBelowFloor' | 'MinShareAboveLimit';
  }

  /** @name PalletKeyExchangeRegisteredKey (218) */
  interface PalletKeyExchangeRegisteredKey extends Struct {
    readonly der: Bytes;
    readonly bits: u32;
    readonly registeredAt: u32;
  }

  /** @name PalletKeyExchangeHandoff (219) */
  interface PalletKeyExchangeHandoff extends Struct {
    readonly contributor: u32;
    readonly escrow: u64;
    readonly wrappedKey: Bytes;
    readonly contributorKeyId: u32;
    readonly participantKeyId: u32;
    readonly requestedAt: u32;
    readonly status: PalletKeyExchangeHandoffStatus;
    readonly deliveredKey: Option<Bytes>;
    readonly deliveredKeyId: Option<u32>;
    readonly deliveredAt: Option<u32>;
    readonly deadline: Option<u32>;
  }

  /** @name PalletKeyExchangeHandoffStatus (220) */
  interface PalletKeyExchangeHandoffStatus extends Enum {
    readonly isPending: boolean;
    readonly isDelivered: boolean;
    readonly isComplained: boolean;
    readonly isAccepted: boolean;
    readonly isReleased: boolean;
    readonly isRuledRelease: boolean;
    readonly type: 'Pending' | 'Delivered' | 'Complained' | 'Accepted' | 'Released' | 'RuledRelease';
  }

  /** @name PalletKeyExchangeError (223) */
  interface PalletKeyExchangeError extends Enum {
    readonly isInvalidPublicKey: boolean;
    readonly isKeyTooSmall: boolean;
    readonly isKeyTooLarge: boolean;
    readonly isSameAsCurrentKey: boolean;
    readonly isTooManyKeys: boolean;
    readonly isUnknownHandoff: boolean;
    readonly isHandoffAlreadyExists: boolean;
    readonly isParticipantHasNoKey: boolean;
    readonly isUnknownContributorKey: boolean;
    readonly isInvalidWrappedKey: boolean;
    readonly isWrappedKeyLengthMismatch: boolean;
    readonly isWrongParticipantKey: boolean;
    readonly isNotContributor: boolean;
    readonly isNotParticipant: boolean;
    readonly isNotPending: boolean;
    readonly isNotDelivered: boolean;
    readonly isTimeoutNotReached: boolean;
    readonly isChallengeWindowOver: boolean;
    readonly isNotComplained: boolean;
    readonly isProofDoesNotMatch: boolean;
    readonly isInvalidProof: boolean;
    readonly isDeliveryWasGood: boolean;
    readonly isPlanEnvelopeMissing: boolean;
    readonly isEmptyBatch: boolean;
    readonly type: 'InvalidPublicKey' | 'KeyTooSmall' | 'KeyTooLarge' | 'SameAsCurrentKey' | 'TooManyKeys' | 'UnknownHandoff' | 'HandoffAlreadyExists' | 'ParticipantHasNoKey' | 'UnknownContributorKey' | 'InvalidWrappedKey' | 'WrappedKeyLengthMismatch' | 'WrongParticipantKey' | 'NotContributor' | 'NotParticipant' | 'NotPending' | 'NotDelivered' | 'TimeoutNotReached' | 'ChallengeWindowOver' | 'NotComplained' | 'ProofDoesNotMatch' | 'InvalidProof' | 'DeliveryWasGood' | 'PlanEnvelopeMissing' | 'EmptyBatch';
  }

  /** @name SpRuntimeBlockLazyBlock (224) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (227) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (232) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (233) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (234) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (235) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (239) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (240) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (242) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (245) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (252) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (253) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (255) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name FrameSupportTryRuntimeUpgradeCheckSelect (259) */
  interface FrameSupportTryRuntimeUpgradeCheckSelect extends Enum {
    readonly isNone: boolean;
    readonly isAll: boolean;
    readonly isPreAndPost: boolean;
    readonly isTryState: boolean;
    readonly type: 'None' | 'All' | 'PreAndPost' | 'TryState';
  }

  /** @name FrameSupportTryRuntimeSelect (261) */
  interface FrameSupportTryRuntimeSelect extends Enum {
    readonly isNone: boolean;
    readonly isAll: boolean;
    readonly isRoundRobin: boolean;
    readonly asRoundRobin: u32;
    readonly isOnly: boolean;
    readonly asOnly: Vec<Bytes>;
    readonly isAllExcept: boolean;
    readonly asAllExcept: Vec<Bytes>;
    readonly type: 'None' | 'All' | 'RoundRobin' | 'Only' | 'AllExcept';
  }

  /** @name FrameBenchmarkingUtilsBenchmarkList (267) */
  interface FrameBenchmarkingUtilsBenchmarkList extends Struct {
    readonly pallet: Bytes;
    readonly instance: Bytes;
    readonly benchmarks: Vec<FrameBenchmarkingUtilsBenchmarkMetadata>;
  }

  /** @name FrameBenchmarkingUtilsBenchmarkMetadata (269) */
  interface FrameBenchmarkingUtilsBenchmarkMetadata extends Struct {
    readonly name: Bytes;
    readonly components: Vec<ITuple<[FrameBenchmarkingUtilsBenchmarkParameter, u32, u32]>>;
    readonly povModes: Vec<ITuple<[Bytes, Bytes]>>;
  }

  /** @name FrameBenchmarkingUtilsBenchmarkParameter (272) */
  interface FrameBenchmarkingUtilsBenchmarkParameter extends Enum {
    readonly isA: boolean;
    readonly isB: boolean;
    readonly isC: boolean;
    readonly isD: boolean;
    readonly isE: boolean;
    readonly isF: boolean;
    readonly isG: boolean;
    readonly isH: boolean;
    readonly isI: boolean;
    readonly isJ: boolean;
    readonly isK: boolean;
    readonly isL: boolean;
    readonly isM: boolean;
    readonly isN: boolean;
    readonly isO: boolean;
    readonly isP: boolean;
    readonly isQ: boolean;
    readonly isR: boolean;
    readonly isS: boolean;
    readonly isT: boolean;
    readonly isU: boolean;
    readonly isV: boolean;
    readonly isW: boolean;
    readonly isX: boolean;
    readonly isY: boolean;
    readonly isZ: boolean;
    readonly type: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V' | 'W' | 'X' | 'Y' | 'Z';
  }

  /** @name FrameSupportStorageStorageInfo (274) */
  interface FrameSupportStorageStorageInfo extends Struct {
    readonly palletName: Bytes;
    readonly storageName: Bytes;
    readonly prefix: Bytes;
    readonly maxValues: Option<u32>;
    readonly maxSize: Option<u32>;
  }

  /** @name FrameBenchmarkingUtilsBenchmarkConfig (275) */
  interface FrameBenchmarkingUtilsBenchmarkConfig extends Struct {
    readonly pallet: Bytes;
    readonly instance: Bytes;
    readonly benchmark: Bytes;
    readonly selectedComponents: Vec<ITuple<[FrameBenchmarkingUtilsBenchmarkParameter, u32]>>;
    readonly verify: bool;
    readonly internalRepeats: u32;
  }

  /** @name FrameBenchmarkingUtilsBenchmarkBatch (280) */
  interface FrameBenchmarkingUtilsBenchmarkBatch extends Struct {
    readonly pallet: Bytes;
    readonly instance: Bytes;
    readonly benchmark: Bytes;
    readonly results: Vec<FrameBenchmarkingUtilsBenchmarkResult>;
  }

  /** @name FrameBenchmarkingUtilsBenchmarkResult (282) */
  interface FrameBenchmarkingUtilsBenchmarkResult extends Struct {
    readonly components: Vec<ITuple<[FrameBenchmarkingUtilsBenchmarkParameter, u32]>>;
    readonly extrinsicTime: u128;
    readonly storageRootTime: u128;
    readonly reads: u32;
    readonly repeatReads: u32;
    readonly writes: u32;
    readonly repeatWrites: u32;
    readonly proofSize: u32;
    readonly keys_: Vec<ITuple<[Bytes, u32, u32, bool]>>;
  }

  /** @name LoanshareRuntimeRuntimeError (285) */
  interface LoanshareRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isConsortium: boolean;
    readonly asConsortium: PalletConsortiumError;
    readonly isToken: boolean;
    readonly asToken: PalletTokenError;
    readonly isLoanShare: boolean;
    readonly asLoanShare: PalletLoanShareError;
    readonly isKeyExchange: boolean;
    readonly asKeyExchange: PalletKeyExchangeError;
    readonly type: 'System' | 'Balances' | 'Session' | 'Grandpa' | 'Council' | 'Sudo' | 'Consortium' | 'Token' | 'LoanShare' | 'KeyExchange';
  }

} // declare module
