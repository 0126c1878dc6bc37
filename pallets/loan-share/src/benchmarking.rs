//! Benchmarks (frame-benchmarking v2) of every call and of the automatic expiry.
//!
//! Worst cases: largest envelope, links and reference; a confirmation that fills
//! a plan with `MaxParticipants - 1` earlier participants (`confirm_and_fill`, charged up
//! front) and one that leaves it open (`confirm`, what a confirmation is refunded to); `MaxBatch` plans per
//! batch and `MaxExpiriesPerBlock` expiries per block; reaping a plan with `p`
//! settled handoffs. Institutions come from the origins' `try_successful_origin`
//! (their signers funded with native currency for deposits), keys, tokens and settled
//! handoffs from the coupling traits' benchmark helpers, the clock from
//! `Config::BenchmarkHelper`.
use super::*;
use alloc::{boxed::Box, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get, Hooks},
	weights::Weight,
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use loanshare_primitives::{
	FeeEscrow, HandoffHook, InstitutionId, KeyId, Moment, PlanId, PublicKeyRegistry,
};
use sp_runtime::traits::{Bounded, Saturating};

/// The benchmarks' clock at publication.
const T0: Moment = 1_700_000_000_000;
/// How long the benchmarks' plans are open.
const WINDOW: Moment = 24 * 3_600_000;
/// The benchmarks' plan amount (1,000,000 RMB).
const AMOUNT: u128 = 100_000_000;

fn bytes<S: Get<u32>>(seed: u32, fill: u8) -> BoundedVec<u8, S> {
	let mut v = seed.to_be_bytes().to_vec();
	v.resize(S::get() as usize, fill);
	BoundedVec::truncate_from(v)
}

/// A fresh institution admitted through origin `O`, its origin and its id.
fn institution<T: Config, O: EnsureOrigin<T::RuntimeOrigin, Success = InstitutionId>>(
) -> Result<(T::RuntimeOrigin, InstitutionId), BenchmarkError> {
	let origin = O::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
	let id = O::ensure_origin(origin.clone()).map_err(|_| "origin refused its own success")?;
	Ok((origin, id))
}

/// A fresh contributor with a registered key and native currency for deposits: its origin,
/// id and key id.
fn contributor<T: Config>() -> Result<(T::RuntimeOrigin, InstitutionId, KeyId), BenchmarkError> {
	let (origin, id) = institution::<T, T::ContributorOrigin>()?;
	let signer = frame_system::ensure_signed(origin.clone()).map_err(|_| "unsigned origin")?;
	T::Currency::set_balance(&signer, DepositOf::<T>::max_value() / 1_000u32.into());
	T::Keys::register_for_benchmark(id);
	let key = T::Keys::current_key_id(id).ok_or("no contributor key")?;
	Ok((origin, id, key))
}

/// A fresh participant with a registered key and tokens for fees: its origin and id.
fn participant<T: Config>() -> Result<(T::RuntimeOrigin, InstitutionId), BenchmarkError> {
	let (origin, id) = institution::<T, T::ParticipatorOrigin>()?;
	T::Keys::register_for_benchmark(id);
	T::Escrow::fund_for_benchmark(id, AMOUNT);
	Ok((origin, id))
}

/// The largest plan input: every bounded field full.
fn max_input<T: Config>(key_id: KeyId, seed: u32) -> PlanInputOf<T> {
	let links: Vec<_> = (0..T::MaxLinks::get()).map(|i| bytes::<T::MaxLinkLen>(i, b'l')).collect();
	PlanInput {
		external_ref: bytes::<T::MaxRefLen>(seed, b'r'),
		loan_type: LoanType::CarMortgage,
		amount: AMOUNT,
		car: Some(CarCollateral { mileage_km: 42_000, purchase_date: 20_210_315 }),
		risk: RiskResult { score: 700, approved_limit: AMOUNT, suggested_share_limit: AMOUNT },
		links: BoundedVec::truncate_from(links),
		conditions: ShareConditions {
			shared_limit: AMOUNT,
			min_share: T::MinShareFloor::get(),
			min_rate_bp: 0,
			max_rate_bp: RateCapBp::<T>::get(),
			token_rate: 1,
			max_participants: T::MaxParticipants::get(),
			start: T0,
			end: T0.saturating_add(WINDOW),
		},
		envelope: EnvelopeRef {
			version: ENVELOPE_VERSION,
			ciphertext: bytes::<T::MaxCiphertextLen>(seed, 0xc1),
			nonce: [7u8; 12],
			commitment: [9u8; 32],
			wrapped_key: bytes::<T::MaxWrappedKeyLen>(seed, 0x3a),
			key_id,
		},
	}
}

/// Publishes `n` largest plans of one contributor; their ids and the contributor.
fn publish_plans<T: Config>(n: u32) -> Result<(Vec<PlanId>, T::RuntimeOrigin), BenchmarkError> {
	let (origin, _, key) = contributor::<T>()?;
	let mut ids = Vec::new();
	for seed in 0..n {
		ids.push(NextPlanId::<T>::get());
		Pallet::<T>::publish(origin.clone(), Box::new(max_input::<T>(key, seed)))?;
	}
	Ok((ids, origin))
}

/// A plan of `contributor` carrying `envelope`, filled by one confirmation of `participant`
/// (for key-exchange's benchmarks: returning that share reopens the plan). Its id.
pub(crate) fn filled_plan<T: Config>(
	contributor: InstitutionId,
	participant: InstitutionId,
	envelope: loanshare_primitives::PlanEnvelope,
) -> PlanId {
	T::BenchmarkHelper::set_now(T0);
	let id = NextPlanId::<T>::get();
	let mut input = max_input::<T>(1, u32::try_from(id).unwrap_or_default());
	input.external_ref = BoundedVec::truncate_from(envelope.external_ref);
	input.envelope.ciphertext = BoundedVec::truncate_from(envelope.ciphertext);
	input.envelope.nonce = envelope.nonce;
	input.envelope.commitment = envelope.commitment;
	input.conditions.max_participants = 1;
	let amount = input.conditions.shared_limit;
	let mut plan = Plan::<T>::new(id, contributor, input, T0);
	plan.status = PlanStatus::Filled;
	plan.taken = amount;
	plan.participants = 1;
	NextPlanId::<T>::put(id.saturating_add(1));
	PlansByContributor::<T>::insert(contributor, crate::index::ordered(id), ());
	Confirmations::<T>::insert(
		id,
		participant,
		Confirmation { plan: id, participant, amount, rate_bp: 0, fee: 0, escrow: 0, at: T0 },
	);
	TakenBy::<T>::insert(participant, crate::index::ordered(id), ());
	Plans::<T>::insert(id, plan);
	Pallet::<T>::schedule_reap(id);
	id
}

/// A largest plan that `earlier` participants confirmed, the minimum share each.
fn plan_with_participants<T: Config>(earlier: u32) -> Result<PlanId, BenchmarkError> {
	let (ids, _) = publish_plans::<T>(1)?;
	let plan = ids.first().copied().ok_or("no plan")?;
	let rate = RateCapBp::<T>::get();
	for _ in 0..earlier {
		let (origin, _) = participant::<T>()?;
		Pallet::<T>::confirm(origin, plan, T::MinShareFloor::get(), rate)?;
	}
	Ok(plan)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn publish() -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let (origin, _, key) = contributor::<T>()?;
		let id = NextPlanId::<T>::get();
		let input = Box::new(max_input::<T>(key, 0));

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, input);

		assert!(Plans::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn publish_batch(n: Linear<1, { T::MaxBatch::get() }>) -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let (origin, _, key) = contributor::<T>()?;
		let first = NextPlanId::<T>::get();
		let items: Vec<_> = (0..n).map(|seed| max_input::<T>(key, seed)).collect();
		let items = BoundedVec::truncate_from(items);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, items);

		assert_eq!(NextPlanId::<T>::get(), first.saturating_add(n.into()));
		Ok(())
	}

	/// A confirmation that leaves the plan open (what `confirm` is refunded to).
	#[benchmark]
	fn confirm() -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let plan = plan_with_participants::<T>(T::MaxParticipants::get().saturating_sub(2))?;
		let (origin, _) = participant::<T>()?;
		let rate = RateCapBp::<T>::get();
		let amount = T::MinShareFloor::get();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, plan, amount, rate);

		let stored = Plans::<T>::get(plan).ok_or("plan gone")?;
		assert_eq!(stored.status, PlanStatus::Open);
		Ok(())
	}

	/// The worst case of `confirm` (what it is charged up front): it fills the plan.
	#[benchmark]
	fn confirm_and_fill() -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let plan = plan_with_participants::<T>(T::MaxParticipants::get().saturating_sub(1))?;
		let (origin, _) = participant::<T>()?;
		let rate = RateCapBp::<T>::get();

		#[block]
		{
			Pallet::<T>::confirm(origin, plan, T::MinShareFloor::get(), rate)?;
		}

		let stored = Plans::<T>::get(plan).ok_or("plan gone")?;
		assert_eq!(stored.status, PlanStatus::Filled);
		Ok(())
	}

	#[benchmark]
	fn withdraw() -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let (ids, origin) = publish_plans::<T>(1)?;
		let plan = ids.first().copied().ok_or("no plan")?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, plan);

		let stored = Plans::<T>::get(plan).ok_or("plan gone")?;
		assert_eq!(stored.status, PlanStatus::Withdrawn);
		Ok(())
	}

	#[benchmark]
	fn expire() -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let (ids, _) = publish_plans::<T>(1)?;
		let plan = ids.first().copied().ok_or("no plan")?;
		T::BenchmarkHelper::set_now(T0.saturating_add(WINDOW).saturating_add(1));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), plan);

		let stored = Plans::<T>::get(plan).ok_or("plan gone")?;
		assert_eq!(stored.status, PlanStatus::Expired);
		Ok(())
	}

	#[benchmark]
	fn set_rate_cap() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 3_000);

		assert_eq!(RateCapBp::<T>::get(), 3_000);
		Ok(())
	}

	#[benchmark]
	fn on_idle_expire(
		n: Linear<0, { T::MaxExpiriesPerBlock::get() }>,
	) -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let (ids, _) = publish_plans::<T>(n)?;
		T::BenchmarkHelper::set_now(T0.saturating_add(WINDOW).saturating_add(1));
		let block: BlockNumberFor<T> = 1u32.into();

		#[block]
		{
			Pallet::<T>::on_idle(block, Weight::MAX);
		}

		for id in ids {
			let stored = Plans::<T>::get(id).ok_or("plan gone")?;
			assert_eq!(stored.status, PlanStatus::Expired);
		}
		Ok(())
	}

	#[benchmark]
	fn reap(p: Linear<0, { T::MaxParticipants::get() }>) -> Result<(), BenchmarkError> {
		T::BenchmarkHelper::set_now(T0);
		let plan = plan_with_participants::<T>(p)?;
		let participants: Vec<InstitutionId> = Confirmations::<T>::iter_key_prefix(plan).collect();
		T::BenchmarkHelper::set_now(T0.saturating_add(WINDOW).saturating_add(1));
		if Plans::<T>::get(plan).is_some_and(|stored| stored.status == PlanStatus::Open) {
			Pallet::<T>::do_expire(plan)?;
		}
		for id in participants {
			T::Handoff::settle_for_benchmark(plan, id);
		}
		let after_retention = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::Retention::get())
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(after_retention);

		#[block]
		{
			Pallet::<T>::reap_due(Weight::MAX, 1);
		}

		assert!(!Plans::<T>::contains_key(plan));
		assert!(ReapedPlans::<T>::contains_key(plan));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
