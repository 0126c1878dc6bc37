//! Benchmarks of the key-exchange pallet's calls and hook (frame-benchmarking v2).
//!
//! Worst cases: a 4096-bit key parsed on rotation and checked on delivery; a dispute with a
//! 4096-bit participant key and the largest envelope, whose data key opens the ciphertext
//! but misses the commitment (every step of the judgment runs); `MaxDeliveryBatch`
//! deliveries; `MaxAutoSettlePerBlock` refunds a block, each returning a share that
//! reopens its plan. Plans come from the loan-share pallet's benchmark helper.
use super::*;
use crate::Pallet as KeyExchange;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use loanshare_envelope::{rand_core::SeedableRng, BorrowerData, Context};
use loanshare_primitives::{FeeEscrow, PlanEnvelope, ShareLedger};
use rand_chacha::ChaCha20Rng;
use sp_runtime::traits::{Saturating, Zero};

const FEE: u128 = 1_000;

fn bounded<S: Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(bytes.to_vec())
}

/// A fresh active institution (through `MemberOrigin`): its origin and id.
fn member<T: Config>() -> (T::RuntimeOrigin, InstitutionId) {
	let origin = T::MemberOrigin::try_successful_origin().expect("the origin admits a member");
	let id = T::MemberOrigin::ensure_origin(origin.clone()).expect("its own success");
	(origin, id)
}

/// The parties of the benchmarks: a contributor with a 2048-bit key and a participant with
/// the 4096-bit benchmark key, funded.
struct Parties<T: Config> {
	contributor_origin: T::RuntimeOrigin,
	contributor: InstitutionId,
	participant_origin: T::RuntimeOrigin,
	participant: InstitutionId,
}

fn parties<T: Config>() -> Parties<T> {
	let (contributor_origin, contributor) = member::<T>();
	let (participant_origin, participant) = member::<T>();
	KeyExchange::<T>::do_register_key(contributor, bounded(BENCHMARK_KEY_DER_2048))
		.expect("valid benchmark key");
	KeyExchange::<T>::do_register_key(participant, bounded(BENCHMARK_KEY_DER))
		.expect("valid benchmark key");
	T::Escrow::fund_for_benchmark(participant, FEE.saturating_mul(1_000));
	Parties { contributor_origin, contributor, participant_origin, participant }
}

/// A plan of `p.contributor` filled by `p.participant` (loan-share's helper), with a
/// pending handoff; W is a real wrap of `key` (the data key) to the contributor.
fn plan_with_handoff<T: Config>(
	p: &Parties<T>,
	envelope: PlanEnvelope,
	rng: &mut ChaCha20Rng,
	key: &[u8; 32],
) -> PlanId {
	let plan = T::Shares::plan_for_benchmark(p.contributor, p.participant, envelope);
	let contributor_key =
		loanshare_envelope::parse_public_key(BENCHMARK_KEY_DER_2048).expect("valid key");
	let w = loanshare_envelope::wrap_key(rng, &contributor_key, key).expect("wraps");
	let escrow = T::Escrow::hold(p.participant, FEE).expect("funded");
	KeyExchange::<T>::do_handoff_due(HandoffDue {
		plan,
		contributor: p.contributor,
		participant: p.participant,
		escrow,
		wrapped_key: &w,
		key_id: 1,
	})
	.expect("handoff recorded");
	plan
}

/// A small envelope (its contents do not matter where nobody opens it).
fn small_envelope(contributor: InstitutionId) -> PlanEnvelope {
	PlanEnvelope {
		contributor,
		external_ref: b"bench".to_vec(),
		ciphertext: vec![1u8; 64],
		nonce: [0u8; 12],
		commitment: [0u8; 32],
	}
}

/// W' of `key` to the participant's 4096-bit key.
fn rewrapped<T: Config>(
	rng: &mut ChaCha20Rng,
	key: &[u8; 32],
) -> BoundedVec<u8, T::MaxWrappedKeyLen> {
	let public = loanshare_envelope::parse_public_key(BENCHMARK_KEY_DER).expect("valid key");
	bounded(&loanshare_envelope::wrap_key(rng, &public, key).expect("wraps"))
}

/// A pending handoff of a fresh plan, ready for delivery: the parties, the plan and W'.
fn pending<T: Config>() -> (Parties<T>, PlanId, BoundedVec<u8, T::MaxWrappedKeyLen>) {
	let mut rng = ChaCha20Rng::from_seed([7u8; 32]);
	let p = parties::<T>();
	let key = [3u8; 32];
	let plan = plan_with_handoff(&p, small_envelope(p.contributor), &mut rng, &key);
	let w_prime = rewrapped::<T>(&mut rng, &key);
	(p, plan, w_prime)
}

/// A delivered handoff of a fresh plan: the parties and the plan.
fn delivered<T: Config>() -> (Parties<T>, PlanId) {
	let (p, plan, w_prime) = pending::<T>();
	KeyExchange::<T>::do_deliver(
		p.contributor,
		Delivery {
			plan,
			participant: p.participant,
			participant_key_id: 1,
			rewrapped_key: w_prime,
		},
	)
	.expect("delivered");
	(p, plan)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_key() {
		let (caller, institution) = member::<T>();
		KeyExchange::<T>::do_register_key(institution, bounded(BENCHMARK_KEY_DER_2048))
			.expect("valid benchmark key");
		let der: BoundedVec<u8, T::MaxKeyLen> = bounded(BENCHMARK_KEY_DER);

		#[extrinsic_call]
		_(caller as T::RuntimeOrigin, der);

		assert_eq!(CurrentKey::<T>::get(institution), Some(2));
	}

	#[benchmark]
	fn deliver() {
		let (p, plan, w_prime) = pending::<T>();

		#[extrinsic_call]
		_(p.contributor_origin as T::RuntimeOrigin, plan, p.participant, 1, w_prime);

		let handoff = Handoffs::<T>::get(plan, p.participant).expect("recorded");
		assert_eq!(handoff.status, HandoffStatus::Delivered);
	}

	#[benchmark]
	fn deliver_batch(n: Linear<1, { T::MaxDeliveryBatch::get() }>) {
		let mut rng = ChaCha20Rng::from_seed([9u8; 32]);
		let p = parties::<T>();
		let key = [3u8; 32];
		let w_prime = rewrapped::<T>(&mut rng, &key);
		let mut items = Vec::new();
		for _ in 0..n {
			let plan = plan_with_handoff(&p, small_envelope(p.contributor), &mut rng, &key);
			items.push(Delivery {
				plan,
				participant: p.participant,
				participant_key_id: 1,
				rewrapped_key: w_prime.clone(),
			});
		}
		let last = items.last().map(|d| d.plan).unwrap_or_default();
		let batch: BoundedVec<_, T::MaxDeliveryBatch> = BoundedVec::truncate_from(items);

		#[extrinsic_call]
		_(p.contributor_origin as T::RuntimeOrigin, batch);

		let handoff = Handoffs::<T>::get(last, p.participant).expect("recorded");
		assert_eq!(handoff.status, HandoffStatus::Delivered);
	}

	#[benchmark]
	fn refund() {
		let (p, plan, _) = pending::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::HandoffTimeout::get()));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), plan, p.participant);

		assert!(!Handoffs::<T>::contains_key(plan, p.participant), "refunded");
	}

	#[benchmark]
	fn accept() {
		let (p, plan) = delivered::<T>();

		#[extrinsic_call]
		_(p.participant_origin as T::RuntimeOrigin, plan);

		let handoff = Handoffs::<T>::get(plan, p.participant).expect("recorded");
		assert_eq!(handoff.status, HandoffStatus::Accepted);
	}

	#[benchmark]
	fn prove_bad_delivery() {
		let mut rng = ChaCha20Rng::from_seed([11u8; 32]);
		let p = parties::<T>();
		let key = [5u8; 32];
		// The largest envelope: the name fills the ciphertext up to its bound.
		let room = (T::Shares::max_ciphertext_len() as usize).saturating_sub(128);
		let data = BorrowerData {
			name: "x".repeat(room),
			id_number: "110101199003074519".into(),
			mobile: "13800138000".into(),
			licence_plate: Some("京A12345".into()),
			engine_number: Some("ENG0001".into()),
		};
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let external_ref = b"bench-dispute".to_vec();
		let ctx = Context {
			chain_id: genesis.as_ref(),
			contributor: p.contributor,
			external_ref: &external_ref,
		};
		let sealed = loanshare_envelope::seal_with(
			&data,
			&[1u8; 32],
			&key,
			&[2u8; 12],
			&ctx,
			BENCHMARK_KEY_DER_2048,
			&mut rng,
		)
		.expect("sealed");
		// The data key opens C, but H is not the plaintext's: every check runs.
		let envelope = PlanEnvelope {
			contributor: p.contributor,
			external_ref: external_ref.clone(),
			ciphertext: sealed.ciphertext,
			nonce: sealed.nonce,
			commitment: [0u8; 32],
		};
		let plan = plan_with_handoff(&p, envelope, &mut rng, &key);
		let w_prime = rewrapped::<T>(&mut rng, &key);
		KeyExchange::<T>::do_deliver(
			p.contributor,
			Delivery {
				plan,
				participant: p.participant,
				participant_key_id: 1,
				rewrapped_key: w_prime.clone(),
			},
		)
		.expect("delivered");
		let private =
			loanshare_envelope::parse_private_key(BENCHMARK_KEY_PEM).expect("benchmark key");
		let em = loanshare_envelope::raw_decrypt_with_rng(&mut rng, &private, &w_prime)
			.expect("decrypts");
		let em: BoundedVec<u8, T::MaxWrappedKeyLen> = bounded(&em);

		#[extrinsic_call]
		_(p.participant_origin as T::RuntimeOrigin, plan, em);

		assert!(!Handoffs::<T>::contains_key(plan, p.participant), "refunded");
	}

	#[benchmark]
	fn complain() {
		let (p, plan) = delivered::<T>();
		let reason: BoundedVec<u8, T::MaxDisputeReasonLen> =
			bounded(&vec![b'x'; T::MaxDisputeReasonLen::get() as usize]);

		#[extrinsic_call]
		_(p.participant_origin as T::RuntimeOrigin, plan, reason);

		let handoff = Handoffs::<T>::get(plan, p.participant).expect("recorded");
		assert_eq!(handoff.status, HandoffStatus::Complained);
	}

	#[benchmark]
	fn rule() -> Result<(), BenchmarkError> {
		let (p, plan) = delivered::<T>();
		KeyExchange::<T>::do_complain(plan, p.participant, BoundedVec::default())
			.expect("complained");
		let council =
			T::RulingOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(council as T::RuntimeOrigin, plan, p.participant, true);

		assert!(!Handoffs::<T>::contains_key(plan, p.participant), "refunded");
		Ok(())
	}

	/// `on_initialize` refunding `n` timed-out handoffs (the dearer settlement: the share
	/// goes back and the plan reopens).
	#[benchmark]
	fn settle_due(n: Linear<0, { T::MaxAutoSettlePerBlock::get() }>) {
		let mut rng = ChaCha20Rng::from_seed([13u8; 32]);
		let p = parties::<T>();
		let mut plans = Vec::new();
		for _ in 0..n {
			plans.push(plan_with_handoff(&p, small_envelope(p.contributor), &mut rng, &[3u8; 32]));
		}
		let due =
			frame_system::Pallet::<T>::block_number().saturating_add(T::HandoffTimeout::get());
		frame_system::Pallet::<T>::set_block_number(due);

		#[block]
		{
			KeyExchange::<T>::settle_due(due);
		}

		for plan in plans {
			assert!(!Handoffs::<T>::contains_key(plan, p.participant), "refunded");
		}
	}

	impl_benchmark_test_suite!(KeyExchange, crate::mock::new_test_ext(), crate::mock::Test);
}
