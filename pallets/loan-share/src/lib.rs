//! # Loan share pallet
//!
//! The heart of LoanShare: contributors publish loan share plans (public terms
//! plus an encrypted envelope of the borrower's data), participants confirm
//! shares of them, paying a token fee into escrow, and each confirmation asks
//! the key-exchange pallet to hand the borrower data over.
//!
//! This file declares the pallet (config, storage, events, errors, calls and
//! hooks); the rules live in `publish.rs`, `confirm.rs` and `lifecycle.rs`, the storage
//! deposit in `deposit.rs`, the removal of ended plans after their retention in
//! `retention.rs`, the
//! read-only queries behind the runtime API in `queries.rs`, the data types in
//! [`types`].
//!
//! The rules are those of the domain model ("A loan share plan", "A
//! confirmation"); this crate's README lists calls, events, errors and config.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod confirm;
mod deposit;
pub mod index;
mod lifecycle;
pub mod migrations;
mod publish;
mod queries;
mod retention;
mod shares;
pub mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use deposit::{DepositOf, HeldDeposit};
pub use queries::QUERY_LIMIT;
pub use types::*;
pub use weights::WeightInfo;

/// Benchmark support the runtime provides: moving the clock.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Make `Config::Time` report `now` (ms since the Unix epoch).
	fn set_now(now: loanshare_primitives::Moment);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::deposit::{DepositOf, HeldDeposit};
	use crate::index::{ExpiryKey, OrderedPlanId, ReapKey};
	use alloc::boxed::Box;
	use frame_support::{
		pallet_prelude::*,
		traits::{fungible, UnixTime},
	};
	use frame_system::pallet_prelude::*;
	use loanshare_primitives::{
		EscrowId, FeeEscrow, Fen, HandoffHook, InstitutionId, InstitutionOrigin, PlanId,
		PublicKeyRegistry, TokenBalance,
	};
	use sp_runtime::{traits::Zero, ArithmeticError};

	/// The in-code storage version (3: plans state a minimum share).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Callers that publish: an active Contributor (pallet-consortium's
		/// `EnsureInstitution<Runtime, Contributor>`); yields the institution.
		type ContributorOrigin: InstitutionOrigin<Self::RuntimeOrigin>;
		/// Callers that confirm: an active Participator; yields the institution.
		type ParticipatorOrigin: InstitutionOrigin<Self::RuntimeOrigin>;
		/// Callers that act for a plan they published (withdraw): any active institution.
		type MemberOrigin: InstitutionOrigin<Self::RuntimeOrigin>;
		/// Where confirmation fees are held until the handoff (the token pallet).
		type Escrow: FeeEscrow;
		/// The institutions' registered public keys (the key-exchange pallet).
		type Keys: PublicKeyRegistry;
		/// Told about every confirmation, to request the borrower-data handoff (key-exchange).
		type Handoff: HandoffHook;
		/// Wall-clock time (`pallet_timestamp`); plans' windows are in ms since the Unix epoch.
		type Time: UnixTime;
		/// Consortium governance: sets the regulatory rate cap.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The regulatory annual-rate cap (basis points) until genesis or governance sets
		/// [`RateCapBp`].
		#[pallet::constant]
		type DefaultRateCapBp: Get<u32>;
		/// Most plans in one `publish_batch` (at most 65,536: the failing index is a `u16`).
		#[pallet::constant]
		type MaxBatch: Get<u32>;
		/// Longest external reference, in bytes.
		#[pallet::constant]
		type MaxRefLen: Get<u32>;
		/// Most risk-data links of a plan.
		#[pallet::constant]
		type MaxLinks: Get<u32>;
		/// Longest risk-data link, in bytes.
		#[pallet::constant]
		type MaxLinkLen: Get<u32>;
		/// Longest envelope ciphertext, in bytes.
		#[pallet::constant]
		type MaxCiphertextLen: Get<u32>;
		/// Longest RSA-wrapped data key, in bytes (512 for a 4096-bit key).
		#[pallet::constant]
		type MaxWrappedKeyLen: Get<u32>;
		/// The smallest `min_share` a plan may state, in fen (fair shares).
		#[pallet::constant]
		type MinShareFloor: Get<Fen>;
		/// The smallest fee of a confirmation, in token units (a fee computed below it is
		/// raised to it).
		#[pallet::constant]
		type MinFee: Get<TokenBalance>;
		/// Most participants of one plan (bounds `max_participants`).
		#[pallet::constant]
		type MaxParticipants: Get<u32>;
		/// Most plans expired automatically per block (in `on_idle`).
		#[pallet::constant]
		type MaxExpiriesPerBlock: Get<u32>;
		/// The native currency: the storage deposit of each plan is held on it.
		type Currency: fungible::MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ fungible::Mutate<Self::AccountId>;
		/// The runtime's hold reasons (this pallet's [`HoldReason`] among them).
		type RuntimeHoldReason: From<HoldReason>;
		/// The deposit every plan holds, whatever its size.
		#[pallet::constant]
		type PlanDepositBase: Get<DepositOf<Self>>;
		/// The deposit per byte a plan and its confirmations may occupy in state.
		#[pallet::constant]
		type DepositPerByte: Get<DepositOf<Self>>;
		/// Bytes of state one confirmation may occupy with its escrow and handoff records (in
		/// every pallet): the plan's deposit pays for `max_participants` of them up front.
		#[pallet::constant]
		type ParticipantFootprint: Get<u32>;
		/// Blocks an ended plan (filled, expired, withdrawn) stays in state before it is
		/// reaped: its records are removed and its deposit released, leaving a digest.
		#[pallet::constant]
		type Retention: Get<BlockNumberFor<Self>>;
		/// Most plans reaped automatically per block (in `on_idle`).
		#[pallet::constant]
		type MaxReapsPerBlock: Get<u32>;
		/// Weights of the calls and the hook.
		type WeightInfo: WeightInfo;
		/// Moves the clock in benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: crate::BenchmarkHelper;
	}

	/// Plans by id.
	#[pallet::storage]
	pub type Plans<T: Config> = StorageMap<_, Twox64Concat, PlanId, PlanOf<T>>;

	/// The id the next plan gets.
	#[pallet::storage]
	pub type NextPlanId<T: Config> = StorageValue<_, PlanId, ValueQuery>;

	/// A contributor's external references and the plans they name (never reused).
	#[pallet::storage]
	pub type ByExternalRef<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		InstitutionId,
		Blake2_128Concat,
		ExternalRefOf<T>,
		PlanId,
	>;

	/// Every plan a contributor published, keyed by big-endian plan id (iterates oldest first).
	#[pallet::storage]
	pub type PlansByContributor<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InstitutionId, Identity, OrderedPlanId, ()>;

	/// The plans with status `Open`, keyed by big-endian plan id (iterates oldest first).
	#[pallet::storage]
	pub type OpenPlans<T: Config> = StorageMap<_, Identity, OrderedPlanId, ()>;

	/// Confirmations by plan and participant (at most `max_participants` per plan; the
	/// plan's `participants` counts them).
	#[pallet::storage]
	pub type Confirmations<T: Config> =
		StorageDoubleMap<_, Twox64Concat, PlanId, Twox64Concat, InstitutionId, Confirmation>;

	/// Every plan an institution confirmed, keyed by big-endian plan id (iterates oldest first).
	#[pallet::storage]
	pub type TakenBy<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InstitutionId, Identity, OrderedPlanId, ()>;

	/// Open plans by (end, id), big-endian: the automatic expiry walks it from the front.
	#[pallet::storage]
	pub type ExpiryQueue<T: Config> = StorageMap<_, Identity, ExpiryKey, ()>;

	/// The storage deposit of each plan not reaped yet: the account it is held on, and how
	/// much.
	#[pallet::storage]
	pub type PlanDeposits<T: Config> = StorageMap<_, Twox64Concat, PlanId, HeldDeposit<T>>;

	/// Ended plans by (the block they may be reaped at, id), big-endian: `on_idle` and
	/// `reap_ended` walk it from the front.
	#[pallet::storage]
	pub type ReapQueue<T: Config> = StorageMap<_, Identity, ReapKey, ()>;

	/// The block each queued plan may be reaped at (its `ReapQueue` entry), so that a plan
	/// that opens again (a share came back) leaves the queue.
	#[pallet::storage]
	pub type ReapAt<T: Config> = StorageMap<_, Twox64Concat, PlanId, u32>;

	/// What is left of a reaped plan: the BLAKE2-256 hash of its last stored state (the
	/// SCALE encoding of the `Plan`). With the events, the permanent record.
	#[pallet::storage]
	pub type ReapedPlans<T: Config> = StorageMap<_, Twox64Concat, PlanId, [u8; 32]>;

	/// The regulatory cap on annual rates, in basis points (publication and confirmation).
	#[pallet::storage]
	pub type RateCapBp<T: Config> = StorageValue<_, u32, ValueQuery, T::DefaultRateCapBp>;

	/// Genesis: the regulatory rate cap (`None` keeps `DefaultRateCapBp`).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The regulatory rate cap in basis points, if not `DefaultRateCapBp`; must be > 0.
		pub rate_cap_bp: Option<u32>,
		/// Unused.
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(bp) = self.rate_cap_bp {
				assert!(bp > 0, "loan-share genesis: the rate cap must be positive");
				RateCapBp::<T>::put(bp);
			}
		}
	}

	/// Why this pallet holds native currency.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The storage deposit of a plan, released when the plan is reaped.
		PlanDeposit,
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A contributor published a plan.
		PlanPublished {
			/// The new plan.
			plan: PlanId,
			/// The publishing institution.
			contributor: InstitutionId,
			/// The contributor's own reference.
			external_ref: ExternalRefOf<T>,
		},
		/// A participant took a share of a plan; its fee is in escrow.
		PlanConfirmed {
			/// The plan.
			plan: PlanId,
			/// The institution that took the share.
			participant: InstitutionId,
			/// Amount taken, in fen.
			amount: Fen,
			/// Annual rate, in basis points.
			rate_bp: u32,
			/// Fee, in token units.
			fee: TokenBalance,
			/// The escrow holding the fee (the handoff settles it).
			escrow: EscrowId,
		},
		/// A plan reached its shared limit or participant count.
		PlanFilled {
			/// The plan.
			plan: PlanId,
		},
		/// A plan's end passed before it was filled.
		PlanExpired {
			/// The plan.
			plan: PlanId,
		},
		/// The contributor withdrew a plan nobody had confirmed.
		PlanWithdrawn {
			/// The plan.
			plan: PlanId,
		},
		/// An ended plan was removed from state after its retention period; its deposit
		/// was released.
		PlanReaped {
			/// The plan.
			plan: PlanId,
			/// BLAKE2-256 of the plan's last stored state (kept in `ReapedPlans`).
			digest: [u8; 32],
			/// The account the deposit was released to, and how much (`None` for a plan
			/// published before deposits existed).
			deposit: Option<HeldDeposit<T>>,
		},
		/// An ended plan could not be reaped yet (a handoff of it is unsettled); it is
		/// looked at again after another retention period.
		ReapPostponed {
			/// The plan.
			plan: PlanId,
			/// The block it will be looked at again.
			until: BlockNumberFor<T>,
		},
		/// A participant's share came back to the plan: its fee was refunded (the handoff
		/// timed out, a bad delivery was proven, or the council ruled a refund).
		ShareReturned {
			/// The plan.
			plan: PlanId,
			/// The institution whose share it was.
			participant: InstitutionId,
			/// The amount returned to the plan, in fen.
			amount: Fen,
			/// Whether the plan, filled by this share, opened again (its window lasts).
			reopened: bool,
		},
		/// Governance set the regulatory rate cap.
		RateCapSet {
			/// The new cap, in basis points.
			bp: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No plan has this id.
		PlanNotFound,
		/// The plan is filled, expired or withdrawn.
		PlanNotOpen,
		/// The plan's window has not started yet.
		NotStarted,
		/// The plan's window is over.
		PlanEnded,
		/// The plan's window is not over yet (it cannot expire).
		NotEnded,
		/// Only the plan's contributor may do this.
		NotPlanContributor,
		/// Someone already confirmed the plan (it can no longer be withdrawn).
		HasConfirmations,
		/// A contributor cannot confirm its own plan.
		SelfConfirmation,
		/// The participant already confirmed this plan.
		AlreadyConfirmed,
		/// The institution has no registered public key.
		NoPublicKey,
		/// The rate is outside the plan's range.
		RateOutOfRange,
		/// The rate is above the regulatory cap.
		RateAboveCap,
		/// The amount is zero.
		ZeroAmount,
		/// The amount is above what remains of the shared limit.
		AmountExceedsRemaining,
		/// The plan has its maximum number of participants.
		TooManyParticipants,
		/// The signer cannot afford the plan's storage deposit in native currency
		/// (nothing was published).
		CannotAffordDeposit,
		/// `publish_batch` was given no plans.
		EmptyBatch,
		/// A rate cap must be positive.
		InvalidRateCap,
		/// The plan cannot be published, for `reason` (nothing was published).
		InvalidPlan {
			/// Why it was rejected.
			reason: PlanRejection,
		},
		/// Item `index` (0-based) of a batch cannot be published, for `reason`; nothing
		/// of the batch was published.
		BatchItemInvalid {
			/// Position of the first offending item in the batch.
			index: u16,
			/// Why it was rejected.
			reason: PlanRejection,
		},
		/// The amount is below the plan's minimum share.
		AmountBelowMinShare,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Expire up to `MaxExpiriesPerBlock` plans whose end passed, then reap up to
		/// `MaxReapsPerBlock` ended plans whose retention is over, as weight allows.
		fn on_idle(_n: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let expired = Self::expire_due(remaining);
			let reaped =
				Self::reap_due(remaining.saturating_sub(expired), T::MaxReapsPerBlock::get());
			expired.saturating_add(reaped)
		}

		fn integrity_test() {
			assert!(T::MaxBatch::get() >= 1, "MaxBatch must be at least 1");
			assert!(
				T::MaxBatch::get() <= u32::from(u16::MAX).saturating_add(1),
				"MaxBatch must fit a u16 index"
			);
			assert!(T::MaxParticipants::get() >= 1, "MaxParticipants must be at least 1");
			assert!(T::MaxExpiriesPerBlock::get() >= 1, "MaxExpiriesPerBlock must be at least 1");
			assert!(T::MaxReapsPerBlock::get() >= 1, "MaxReapsPerBlock must be at least 1");
			assert!(
				!T::Retention::get().is_zero(),
				"Retention must be positive (confirmations' handoffs need time to settle)"
			);
			assert!(T::DefaultRateCapBp::get() > 0, "DefaultRateCapBp must be positive");
			// Every wrapped key the envelope crate can produce must fit.
			let widest = loanshare_envelope::wrapped_key_len(loanshare_envelope::MAX_RSA_BITS);
			assert!(
				T::MaxWrappedKeyLen::get() as usize >= widest,
				"MaxWrappedKeyLen must hold a key wrapped to the largest RSA key"
			);
			assert!(
				T::MaxCiphertextLen::get() as usize > loanshare_envelope::TAG_LEN,
				"MaxCiphertextLen must exceed the AES-GCM tag"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Publish a loan share plan (caller: `ContributorOrigin`).
		///
		/// Checks: non-empty external reference not used before by this contributor;
		/// `min_rate_bp ≤ max_rate_bp ≤` the rate cap; `start < end`, `end` in the future;
		/// `0 < shared_limit ≤ amount`; `1 ≤ max_participants ≤ MaxParticipants`;
		/// `token_rate > 0`; the envelope is version 1, non-empty and wrapped to the
		/// contributor's current key; car collateral exactly for car loans. A failed check
		/// is `InvalidPlan { reason }`. Emits `PlanPublished`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::publish())]
		pub fn publish(origin: OriginFor<T>, input: Box<PlanInputOf<T>>) -> DispatchResult {
			let contributor = T::ContributorOrigin::ensure_institution(origin.clone())?;
			let payer = ensure_signed(origin)?;
			let ctx = Self::publish_context(contributor);
			Self::validate_plan(&ctx, &input)
				.map_err(|reason| Error::<T>::InvalidPlan { reason })?;
			let mut deposits = Self::deposits(&payer);
			Self::insert_plan(contributor, *input, ctx.now, &mut deposits)?;
			deposits.hold()
		}

		/// Publish several plans at once, all or nothing (caller: `ContributorOrigin`).
		///
		/// Each item is checked as by `publish` (including against the earlier items'
		/// external references). The first bad item fails the whole batch with
		/// `BatchItemInvalid { index, reason }`, naming its 0-based position and why;
		/// nothing is published and no event is emitted. Emits `PlanPublished` per plan.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::publish_batch(items.len() as u32))]
		pub fn publish_batch(
			origin: OriginFor<T>,
			items: BoundedVec<PlanInputOf<T>, T::MaxBatch>,
		) -> DispatchResult {
			let contributor = T::ContributorOrigin::ensure_institution(origin.clone())?;
			let payer = ensure_signed(origin)?;
			ensure!(!items.is_empty(), Error::<T>::EmptyBatch);
			let ctx = Self::publish_context(contributor);
			let mut deposits = Self::deposits(&payer);
			for (position, input) in items.into_iter().enumerate() {
				let index = u16::try_from(position).map_err(|_| ArithmeticError::Overflow)?;
				Self::validate_plan(&ctx, &input)
					.map_err(|reason| Error::<T>::BatchItemInvalid { index, reason })?;
				Self::insert_plan(contributor, input, ctx.now, &mut deposits)?;
			}
			// One hold for the whole batch.
			deposits.hold()
		}

		/// Take a share of `plan`: `amount` fen at `rate_bp` (caller: `ParticipatorOrigin`).
		///
		/// Checks: the plan is open and now is within `[start, end]`; the caller is not
		/// the contributor, has not confirmed it yet and has a registered public key;
		/// the rate is within the plan's range and at most the rate cap;
		/// `min_share ≤ amount ≤` what remains; fewer than `max_participants` confirmed.
		/// The fee, `ceil(amount × token_rate / 10,000)` token units but at least
		/// `MinFee`, leaves the
		/// participant's balance into escrow, and a handoff is requested. Emits
		/// `PlanConfirmed`, then `PlanFilled` if the limit or the count is reached.
		///
		/// Charged as a confirmation that fills the plan; one that leaves it open is
		/// refunded to its own, lower weight.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::confirm_and_fill())]
		pub fn confirm(
			origin: OriginFor<T>,
			plan: PlanId,
			amount: Fen,
			rate_bp: u32,
		) -> DispatchResultWithPostInfo {
			let participant = T::ParticipatorOrigin::ensure_institution(origin)?;
			let filled = Self::do_confirm(participant, plan, amount, rate_bp)?;
			Ok((!filled).then(T::WeightInfo::confirm).into())
		}

		/// Withdraw an open plan nobody has confirmed (caller: `MemberOrigin`, acting for
		/// the plan's contributor).
		/// Emits `PlanWithdrawn`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let caller = T::MemberOrigin::ensure_institution(origin)?;
			Self::do_withdraw(caller, plan)
		}

		/// Expire an open plan whose end has passed (caller: anyone signed).
		/// `on_idle` does the same automatically. Emits `PlanExpired`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::expire())]
		pub fn expire(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire(plan)
		}

		/// Reap up to `max` ended plans whose retention period is over, oldest first
		/// (caller: anyone signed). `on_idle` does the same with spare block weight; this
		/// call is for when blocks stay full. Each reaped plan's records (the plan, its
		/// confirmations and indexes, its settled handoffs) leave state, its deposit is
		/// released and its digest kept in `ReapedPlans`; a plan with an unsettled handoff is
		/// postponed by another retention period. Emits `PlanReaped` or `ReapPostponed` per
		/// plan. Charged for `max` plans of `MaxParticipants` each, refunded to what was done.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::reap(T::MaxParticipants::get()).saturating_mul((*max).min(T::MaxReapsPerBlock::get()).into()))]
		pub fn reap_ended(origin: OriginFor<T>, max: u32) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let used = Self::reap_due(Weight::MAX, max.min(T::MaxReapsPerBlock::get()));
			Ok(Some(used).into())
		}

		/// Set the regulatory cap on annual rates, in basis points (caller: `AdminOrigin`).
		///
		/// Applies to later publications and to every later confirmation, also of
		/// plans published under a higher cap. Emits `RateCapSet`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_rate_cap())]
		pub fn set_rate_cap(origin: OriginFor<T>, bp: u32) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(bp > 0, Error::<T>::InvalidRateCap);
			RateCapBp::<T>::put(bp);
			Self::deposit_event(Event::RateCapSet { bp });
			Ok(())
		}
	}
}
