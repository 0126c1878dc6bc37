//! Configuration of every pallet in the runtime.
//!
//! Governance: the council has one seat per active institution (pallet-consortium
//! keeps it in step with membership; nothing else can change it). Routine
//! administration ([`ConsortiumAdmin`]) needs a strict majority of it; critical
//! actions ([`ConsortiumCritical`]: runtime upgrades and anything else needing Root
//! through `consortium.dispatch_as_root`, removing an institution, the validator
//! minimum) need two thirds. Root (sudo) is accepted too, which matters only on
//! the `dev` chain: the `local` and consortium specs have no sudo key.
use crate::*;
use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, EitherOfDiverse, VariantCountOf},
	weights::{ConstantMultiplier, IdentityFee, Weight},
};
use frame_system::{limits::BlockLength, limits::BlockWeights, EnsureRoot};
use loanshare_primitives::origin;
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::One, Perbill};

/// Three quarters of every block for ordinary transactions, a quarter kept for
/// operational ones (council motions and votes, session keys), so that governance can
/// act, e.g. suspend a misbehaving member, even while members saturate the chain.
const NORMAL_DISPATCH_RATIO: Perbill =
	Perbill::from_percent(loanshare_primitives::constants::NORMAL_DISPATCH_PERCENT as u32);

/// The most bytes of a block: 2 MiB.
///
/// A block must reach every validator and be imported within its 3 s slot. Validators are
/// 2-core machines of different institutions on the internet: at 100 Mbit/s a 2 MiB block
/// takes 0.17 s per hop to send (5 MiB took 0.42 s, sent to several peers at once), leaving
/// the rest of the slot to import it and to vote. 2 MiB still holds what members need:
/// the normal 1.5 MiB fits two `publish_batch` calls of `MaxBatch` (100) largest plans
/// (about 6.8 KB each: full envelope, links and reference), or some 10,000 transfers.
const MAX_BLOCK_LENGTH: u32 = 2 * 1024 * 1024;

/// 2 MiB blocks, 75% of it for normal transactions.
/// The replacement the deprecation note names does not exist in frame-system 49.
#[allow(deprecated)]
fn block_length() -> BlockLength {
	BlockLength::max_with_normal_ratio(MAX_BLOCK_LENGTH, NORMAL_DISPATCH_RATIO)
}

parameter_types! {
	/// How many recent block hashes the chain keeps (for mortal transactions).
	pub const BlockHashCount: BlockNumber = 2400;
	/// The runtime version, as `frame_system` reports it.
	pub const Version: RuntimeVersion = VERSION;
	/// One second of compute in a 3 s block, the rest for import and networking; the base
	/// weights of a block and of an extrinsic are those measured on this chain's validators
	/// (`weights::block_weights`, `weights::extrinsic_weights`).
	pub RuntimeBlockWeights: BlockWeights = runtime_block_weights();
	/// At most 2 MiB per block (see [`MAX_BLOCK_LENGTH`]).
	pub RuntimeBlockLength: BlockLength = block_length();
	/// The generic Substrate SS58 prefix.
	pub const SS58Prefix: u8 = 42;
}

/// The block's weight limits: [`BLOCK_REF_TIME`](loanshare_primitives::constants::BLOCK_REF_TIME)
/// in all, three quarters of it for normal transactions, the rest reserved for operational
/// ones; measured base weights.
fn runtime_block_weights() -> BlockWeights {
	let max_block = Weight::from_parts(loanshare_primitives::constants::BLOCK_REF_TIME, u64::MAX);
	BlockWeights::builder()
		.base_block(weights::block_weights::BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |class| {
			class.base_extrinsic = weights::extrinsic_weights::ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |class| {
			class.max_total = Some(NORMAL_DISPATCH_RATIO * max_block);
		})
		.for_class(DispatchClass::Operational, |class| {
			class.max_total = Some(max_block);
			// Operational transactions may use what normal ones leave.
			class.reserved = Some(max_block.saturating_sub(NORMAL_DISPATCH_RATIO * max_block));
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic()
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// ParityDB (the node's only database), measured by `benchmark storage`.
	type DbWeight = weights::paritydb_weights::constants::ParityDbWeight;
	type SystemWeightInfo = weights::frame_system::WeightInfo<Runtime>;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	/// Fees do not rise with congestion: a permissioned chain has no fee market.
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// The fee per byte of a transaction: filling the normal share of a block's length
	/// (1.5 MiB) costs about what filling its normal weight (0.75 s, 0.75 UNIT at one unit
	/// per picosecond) costs, so neither is a cheap way to crowd others out.
	pub const TransactionByteFee: Balance = UNIT / 2_000_000;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = sp_runtime::traits::ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<ConstU32<SESSION_PERIOD>, ConstU32<0>>;
	type NextSessionRotation =
		pallet_session::PeriodicSessions<ConstU32<SESSION_PERIOD>, ConstU32<0>>;
	type SessionManager = ValidatorSetManager;
	type SessionHandler = <SessionKeys as sp_runtime::traits::OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = ();
}

/// The consortium decides the validator set at each session boundary.
pub type ValidatorSetManager = Consortium;

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<64>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = ConstU32<64>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

parameter_types! {
	/// How long a council motion stays open: a day, so that institutions in different
	/// offices can vote (a motion closes as soon as its threshold is reached). Stored in
	/// state under `:CouncilMotionDuration:`, so a Root call (`system.set_storage`) can
	/// change it without an upgrade.
	pub storage CouncilMotionDuration: BlockNumber = DAYS;
	/// Motions may use half a block.
	pub MaxCouncilProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

impl pallet_collective::Config<CouncilInstance> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = MaxCouncilSeats;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	// Seats follow membership (pallet-consortium): no origin may set them directly.
	type SetMembersOrigin = frame_system::EnsureNever<()>;
	type MaxProposalWeight = MaxCouncilProposalWeight;
	type DisapproveOrigin = ConsortiumAdmin;
	type KillOrigin = ConsortiumAdmin;
	type Consideration = ();
}

/// Routine governance: root (dev chain only) or more than half of the council.
pub type ConsortiumAdmin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionMoreThan<AccountId, CouncilInstance, 1, 2>,
>;

/// Critical governance: root (dev chain only) or at least two thirds of the council.
pub type ConsortiumCritical = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionAtLeast<AccountId, CouncilInstance, 2, 3>,
>;

/// The most council seats (one per active institution).
pub type MaxCouncilSeats = ConstU32<100>;

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = weights::pallet_sudo::WeightInfo<Runtime>;
}

parameter_types! {
	/// The consortium token's symbol (1 TOKEN = 1 RMB).
	pub const TokenSymbol: &'static str = "TOKEN";
}

/// Calls an account that acts for no institution may still sign: only `sudo`, and only by
/// the sudo key (which exists on the `dev` chain alone). Everything else of a non-member is
/// refused in the pool (validators' key registration goes through their institution).
pub struct PublicCalls;
impl frame_support::traits::ContainsPair<AccountId, RuntimeCall> for PublicCalls {
	fn contains(who: &AccountId, call: &RuntimeCall) -> bool {
		matches!(call, RuntimeCall::Sudo(_))
			&& pallet_sudo::Key::<Runtime>::get().as_ref() == Some(who)
	}
}

impl pallet_consortium::Config for Runtime {
	type AdminOrigin = ConsortiumAdmin;
	type CriticalOrigin = ConsortiumCritical;
	type RuntimeCall = RuntimeCall;
	type Council = Council;
	type MaxCouncilSeats = MaxCouncilSeats;
	// A validator and a few full nodes (RPC, backup) per institution.
	type MaxNodesPerInstitution = ConstU32<8>;
	// An ed25519 peer id is 38 bytes; room for other key types.
	type MaxPeerIdLen = ConstU32<64>;
	type MaxNameLen = ConstU32<64>;
	type MaxAccountsPerInstitution = ConstU32<16>;
	type MaxValidators = ConstU32<64>;
	// The default minimum until genesis or the council sets another: GRANDPA needs more than
	// two thirds of the set online, so a production chain runs at least 4 validators and sets
	// the minimum to 4 at genesis (one may fail); the 2-validator `local` preset uses 2.
	type MinValidators = ConstU32<2>;
	type SessionKeys = pallet_consortium::SessionKeysOf<Runtime>;
	type PublicCalls = PublicCalls;
	type NativeCurrency = Balances;
	type AccountEndowment = AccountEndowment;
	type WeightInfo = pallet_consortium::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	/// Native currency minted into each account the council binds to an institution, so a
	/// newly admitted member pays its own fees and deposits from its first transaction:
	/// 1,000 UNIT pays about five million transfers' fees, or the deposits of some ten
	/// thousand plans held at once (see the loan-share deposit below). Stored in state
	/// (`:AccountEndowment:`), so governance can change it without an upgrade.
	pub storage AccountEndowment: Balance = 1_000 * UNIT;
}

/// Any active institution, whatever its roles (the caller's institution is the success).
pub type AnyInstitution = pallet_consortium::EnsureInstitution<Runtime, origin::AnyRole>;

impl pallet_token::Config for Runtime {
	type Registry = Consortium;
	type MemberOrigin = AnyInstitution;
	type IssuerOrigin = pallet_consortium::EnsureInstitution<Runtime, origin::TokenIssuer>;
	type Symbol = TokenSymbol;
	type Decimals = ConstU8<2>;
	type MaxReferenceLen = ConstU32<64>;
	type MaxMemoLen = ConstU32<256>;
	type WeightInfo = pallet_token::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkDataServiceProvider =
		pallet_consortium::EnsureInstitution<Runtime, origin::DataServiceProvider>;
}

/// Lets the loan-share benchmarks move the clock.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkClock;
#[cfg(feature = "runtime-benchmarks")]
impl pallet_loan_share::BenchmarkHelper for BenchmarkClock {
	fn set_now(now: loanshare_primitives::Moment) {
		pallet_timestamp::Now::<Runtime>::put(now);
	}
}

impl pallet_loan_share::Config for Runtime {
	type ContributorOrigin = pallet_consortium::EnsureInstitution<Runtime, origin::Contributor>;
	type ParticipatorOrigin = pallet_consortium::EnsureInstitution<Runtime, origin::Participator>;
	type MemberOrigin = AnyInstitution;
	type Escrow = Token;
	type Keys = KeyExchange;
	type Handoff = KeyExchange;
	type Time = Timestamp;
	type AdminOrigin = ConsortiumAdmin;
	// 24% a year: the regulatory cap on private lending rates.
	type DefaultRateCapBp = ConstU32<2400>;
	type MaxBatch = ConstU32<100>;
	type MaxRefLen = ConstU32<64>;
	type MaxLinks = ConstU32<8>;
	type MaxLinkLen = ConstU32<256>;
	type MaxCiphertextLen = ConstU32<4096>;
	type MaxWrappedKeyLen = MaxWrappedKeyLen;
	// Fair shares: at least 1,000 RMB a share, at least 1.00 TOKEN a fee.
	type MinShareFloor = ConstU128<100_000>;
	type MinFee = ConstU128<100>;
	type MaxParticipants = ConstU32<50>;
	type MaxExpiriesPerBlock = ConstU32<20>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PlanDepositBase = PlanDepositBase;
	type DepositPerByte = DepositPerByte;
	type ParticipantFootprint = ParticipantFootprint;
	type Retention = PlanRetention;
	// A reap removes up to 3 records per confirmation (MaxParticipants = 50): 20 plans use
	// a small share of an idle block.
	type MaxReapsPerBlock = ConstU32<20>;
	type WeightInfo = pallet_loan_share::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkClock;
}

parameter_types! {
	/// Every plan holds this much native currency while it is in state (covers the index
	/// entries and the digest kept for good).
	pub const PlanDepositBase: Balance = UNIT / 100;
	/// Per byte a plan may occupy: state is paid for while it exists. A largest plan with
	/// 50 participant slots (about 5 KB plus 50 × 1.6 KB) holds about 0.73 UNIT.
	pub const DepositPerByte: Balance = UNIT / 100_000;
	/// What one confirmation may occupy, with its escrow and handoff records, in bytes:
	/// the confirmation and its index (~120), the escrow (~60), the handoff with the
	/// original and the delivered wrapped keys and its blocks (2 × `MaxWrappedKeyLen` +
	/// ~80), its pending-list and deadline-queue entries (~2 × 60), and the storage keys
	/// of the records (~4 × 48).
	pub const ParticipantFootprint: u32 = 120 + 60 + 2 * 512 + 80 + 2 * 60 + 4 * 48;
	/// An ended plan stays readable for 30 days (institutions reconcile monthly), then
	/// it is reaped.
	pub const PlanRetention: BlockNumber = 30 * DAYS;
}

/// The longest SPKI DER of an accepted RSA key (4096 bits), from the envelope crate.
pub type MaxKeyLen = ConstU32<{ loanshare_envelope::MAX_SPKI_DER_LEN as u32 }>;
/// The longest RSA-wrapped data key (to a 4096-bit key), from the envelope crate.
pub type MaxWrappedKeyLen =
	ConstU32<{ loanshare_envelope::wrapped_key_len(loanshare_envelope::MAX_RSA_BITS) as u32 }>;

impl pallet_key_exchange::Config for Runtime {
	type MemberOrigin = AnyInstitution;
	// Complaints about the data's truth: a simple majority of the council.
	type RulingOrigin = ConsortiumAdmin;
	type Escrow = Token;
	type Shares = LoanShare;
	// A contributor's agent has 10 minutes to deliver; then the fee goes back by itself.
	type HandoffTimeout = ConstU32<{ 10 * MINUTES }>;
	// A participant has a day to check the data and prove a bad delivery or complain.
	type ChallengeWindow = ConstU32<DAYS>;
	// 100 re-wrapped keys of 512 bytes: about 52 KB, well inside a block.
	type MaxDeliveryBatch = ConstU32<100>;
	// Timeouts and ends of windows settled per block (in `on_initialize`); a burst of
	// 1,000 confirmations settles within 10 blocks.
	type MaxAutoSettlePerBlock = ConstU32<100>;
	type MaxKeyLen = MaxKeyLen;
	type MaxKeysPerInstitution = ConstU32<16>;
	type MaxWrappedKeyLen = MaxWrappedKeyLen;
	type MaxDisputeReasonLen = ConstU32<256>;
	type WeightInfo = pallet_key_exchange::weights::SubstrateWeight<Runtime>;
}
