//! Benchmarks of the key-exchange pallet's calls (frame-benchmarking v2), worst cases:
//! a 4096-bit key parsed on rotation, a full pending list to search, the longest W' and reason.
use super::*;
use crate::Pallet as KeyExchange;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use frame_system::RawOrigin;
use loanshare_primitives::FeeEscrow;
use sp_runtime::traits::Saturating;

const PLAN: PlanId = 1;
const FEE: u128 = 1_000;

fn bounded<S: Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	BoundedVec::truncate_from(bytes.to_vec())
}

/// A pending handoff of `PLAN` from a contributor (2048-bit key) to a participant (4096-bit key),
/// behind a pending list filled up to its bound. Returns both institutions' origins and the
/// participant.
fn pending_handoff<T: Config>() -> (T::RuntimeOrigin, T::RuntimeOrigin, InstitutionId) {
	let (contributor_origin, contributor) = member::<T>();
	let (participant_origin, participant) = member::<T>();
	KeyExchange::<T>::do_register_key(contributor, bounded(BENCHMARK_KEY_DER_2048))
		.expect("valid benchmark key");
	KeyExchange::<T>::do_register_key(participant, bounded(BENCHMARK_KEY_DER))
		.expect("valid benchmark key");

	let filler = T::MaxPendingPerContributor::get().saturating_sub(1);
	let others: Vec<(PlanId, InstitutionId)> =
		(0..filler).map(|i| (PLAN + 1 + PlanId::from(i), participant)).collect();
	PendingByContributor::<T>::insert(contributor, BoundedVec::truncate_from(others));

	T::Escrow::fund_for_benchmark(participant, FEE);
	let escrow = T::Escrow::hold(participant, FEE).expect("funded");
	KeyExchange::<T>::do_handoff_due(HandoffDue {
		plan: PLAN,
		contributor,
		participant,
		escrow,
		wrapped_key: &[1u8; 256],
		key_id: 1,
	})
	.expect("handoff recorded");
	(contributor_origin, participant_origin, participant)
}

/// A fresh active institution (through `MemberOrigin`): its origin and id.
fn member<T: Config>() -> (T::RuntimeOrigin, InstitutionId) {
	let origin = T::MemberOrigin::try_successful_origin().expect("the origin admits a member");
	let id = T::MemberOrigin::ensure_origin(origin.clone()).expect("its own success");
	(origin, id)
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
		let (contributor, _, participant) = pending_handoff::<T>();
		let w_prime: BoundedVec<u8, T::MaxWrappedKeyLen> = bounded(&[7u8; 512]);

		#[extrinsic_call]
		_(contributor as T::RuntimeOrigin, PLAN, participant, w_prime);

		let handoff = Handoffs::<T>::get(PLAN, participant).expect("recorded");
		assert_eq!(handoff.status, HandoffStatus::Delivered);
	}

	#[benchmark]
	fn refund() {
		let (_, _, participant) = pending_handoff::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::HandoffTimeout::get()));
		let caller: T::AccountId = whitelisted_caller();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), PLAN, participant);

		let handoff = Handoffs::<T>::get(PLAN, participant).expect("recorded");
		assert_eq!(handoff.status, HandoffStatus::Refunded);
	}

	#[benchmark]
	fn dispute() {
		let (contributor, participant_account, participant) = pending_handoff::<T>();
		KeyExchange::<T>::deliver(contributor, PLAN, participant, bounded(&[7u8; 512]))
			.expect("delivered");
		let len = T::MaxDisputeReasonLen::get() as usize;
		let reason: BoundedVec<u8, T::MaxDisputeReasonLen> = bounded(&vec![b'x'; len]);

		#[extrinsic_call]
		_(participant_account as T::RuntimeOrigin, PLAN, participant, reason);

		let handoff = Handoffs::<T>::get(PLAN, participant).expect("recorded");
		assert_eq!(handoff.status, HandoffStatus::Disputed);
	}

	impl_benchmark_test_suite!(KeyExchange, crate::mock::new_test_ext(), crate::mock::Test);
}
