// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { Text, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec } from '@polkadot/types-codec/types';
import type { FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    consortium: {
      /**
       * What each newly bound account (by `admit`, `add_account` or `set_validator`) is
       * minted in native currency; zero endows nothing. Genesis accounts are funded by the
       * chain spec instead.
       **/
      accountEndowment: u128 & AugmentedConst<ApiType>;
      /**
       * Most accounts one institution may have (its validator account not counted).
       **/
      maxAccountsPerInstitution: u32 & AugmentedConst<ApiType>;
      /**
       * Most council seats (the council's own `MaxMembers`).
       **/
      maxCouncilSeats: u32 & AugmentedConst<ApiType>;
      /**
       * Longest institution name, in bytes.
       **/
      maxNameLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most nodes one institution may register.
       **/
      maxNodesPerInstitution: u32 & AugmentedConst<ApiType>;
      /**
       * Longest peer id, in bytes.
       **/
      maxPeerIdLen: u32 & AugmentedConst<ApiType>;
      /**
       * Largest validator set (at most one validator per institution).
       **/
      maxValidators: u32 & AugmentedConst<ApiType>;
      /**
       * The validator minimum until genesis or `set_min_validators` sets
       * [`MinimumValidators`]: suspending or removing an institution, or taking its
       * validator away, fails with `TooFewValidators` if the set would shrink below it.
       **/
      minValidators: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    council: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    keyExchange: {
      /**
       * Blocks after a delivery during which the participant may prove a bad delivery or
       * complain; the fee is paid to the contributor when they pass.
       **/
      challengeWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks after a handoff request after which an undelivered handoff is refunded.
       **/
      handoffTimeout: u32 & AugmentedConst<ApiType>;
      /**
       * Most handoffs settled automatically (timeouts and ends of windows) per block.
       **/
      maxAutoSettlePerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most deliveries in one `deliver_batch`.
       **/
      maxDeliveryBatch: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum length of a complaint's reason.
       **/
      maxDisputeReasonLen: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum length of a public key's SPKI DER (about 600 bytes covers 4096-bit keys).
       **/
      maxKeyLen: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum number of keys an institution may register over its lifetime (rotation history).
       **/
      maxKeysPerInstitution: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum length of a wrapped data key W or W' (512 bytes = a 4096-bit RSA ciphertext).
       **/
      maxWrappedKeyLen: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    loanShare: {
      /**
       * The regulatory annual-rate cap (basis points) until genesis or governance sets
       * [`RateCapBp`].
       **/
      defaultRateCapBp: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit per byte a plan and its confirmations may occupy in state.
       **/
      depositPerByte: u128 & AugmentedConst<ApiType>;
      /**
       * Most plans in one `publish_batch` (at most 65,536: the failing index is a `u16`).
       **/
      maxBatch: u32 & AugmentedConst<ApiType>;
      /**
       * Longest envelope ciphertext, in bytes.
       **/
      maxCiphertextLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most plans expired automatically per block (in `on_idle`).
       **/
      maxExpiriesPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Longest risk-data link, in bytes.
       **/
      maxLinkLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most risk-data links of a plan.
       **/
      maxLinks: u32 & AugmentedConst<ApiType>;
      /**
       * Most participants of one plan (bounds `max_participants`).
       **/
      maxParticipants: u32 & AugmentedConst<ApiType>;
      /**
       * Most plans reaped automatically per block (in `on_idle`).
       **/
      maxReapsPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Longest external reference, in bytes.
       **/
      maxRefLen: u32 & AugmentedConst<ApiType>;
      /**
       * Longest RSA-wrapped data key, in bytes (512 for a 4096-bit key).
       **/
      maxWrappedKeyLen: u32 & AugmentedConst<ApiType>;
      /**
       * The smallest fee of a confirmation, in token units (a fee computed below it is
       * raised to it).
       **/
      minFee: u128 & AugmentedConst<ApiType>;
      /**
       * The smallest `min_share` a plan may state, in fen (fair shares).
       **/
      minShareFloor: u128 & AugmentedConst<ApiType>;
      /**
       * Bytes of state one confirmation may occupy with its escrow and handoff records (in
       * every pallet): the plan's deposit pays for `max_participants` of them up front.
       **/
      participantFootprint: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit every plan holds, whatever its size.
       **/
      planDepositBase: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks an ended plan (filled, expired, withdrawn) stays in state before it is
       * reaped: its records are removed and its deposit released, leaving a digest.
       **/
      retention: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    session: {
      /**
       * The amount to be held when setting keys.
       **/
      keyDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    token: {
      /**
       * Number of decimals of one TOKEN: 2 (one unit = 0.01 TOKEN).
       **/
      decimals: u8 & AugmentedConst<ApiType>;
      /**
       * The fixed price: fen of RMB per whole TOKEN, `10^Decimals` (100: 1 TOKEN = 1 RMB,
       * one token unit = one fen).
       **/
      fenPerToken: u128 & AugmentedConst<ApiType>;
      /**
       * Longest memo of a data service payment, in bytes.
       **/
      maxMemoLen: u32 & AugmentedConst<ApiType>;
      /**
       * Longest payment or payout reference, in bytes.
       **/
      maxReferenceLen: u32 & AugmentedConst<ApiType>;
      /**
       * The token's symbol, e.g. `"TOKEN"` (shown by wallets).
       **/
      symbol: Text & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module
