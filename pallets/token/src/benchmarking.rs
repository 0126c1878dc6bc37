//! Benchmarks (frame-benchmarking v2) of every pallet-token call, in their worst case:
//! longest references and memos, recipients that already hold a balance.
#![cfg(feature = "runtime-benchmarks")]

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{EnsureOrigin, Get};
use loanshare_primitives::{FeeEscrow, InstitutionId, TokenBalance};

const AMOUNT: TokenBalance = 1_000_000;

/// A fresh active institution admitted through origin `O`: its origin and id.
fn institution<T: Config, O: EnsureOrigin<T::RuntimeOrigin, Success = InstitutionId>>(
) -> (T::RuntimeOrigin, InstitutionId) {
	let origin = O::try_successful_origin().expect("the origin can admit an institution");
	let id = O::ensure_origin(origin.clone()).expect("the origin accepts its own success");
	(origin, id)
}

/// The longest reference accepted, made distinct by `tag`.
fn long_reference<T: Config>(tag: u8) -> Vec<u8> {
	vec![tag; T::MaxReferenceLen::get() as usize]
}

/// A funded institution with a pending redemption of `AMOUNT`; returns it and the request id.
fn pending_redemption<T: Config>() -> (InstitutionId, RedemptionId) {
	let (who, id) = institution::<T, T::MemberOrigin>();
	<Pallet<T> as FeeEscrow>::fund_for_benchmark(id, AMOUNT * 2);
	let redemption = NextRedemptionId::<T>::get();
	assert!(Pallet::<T>::request_redemption(who, AMOUNT).is_ok());
	(id, redemption)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn recharge() {
		let (issuer, _) = institution::<T, T::IssuerOrigin>();
		let (_, to) = institution::<T, T::MemberOrigin>();
		<Pallet<T> as FeeEscrow>::fund_for_benchmark(to, 1);
		let payment_ref = long_reference::<T>(7);

		#[extrinsic_call]
		_(issuer as T::RuntimeOrigin, to, AMOUNT, payment_ref);

		assert_eq!(Balances::<T>::get(to), AMOUNT + 1);
		assert_eq!(Pallet::<T>::check_invariant(), Ok(()));
	}

	#[benchmark]
	fn transfer() {
		let (from_account, from) = institution::<T, T::MemberOrigin>();
		let (_, to) = institution::<T, T::MemberOrigin>();
		<Pallet<T> as FeeEscrow>::fund_for_benchmark(from, AMOUNT * 2);
		<Pallet<T> as FeeEscrow>::fund_for_benchmark(to, 1);

		#[extrinsic_call]
		_(from_account as T::RuntimeOrigin, to, AMOUNT);

		assert_eq!(Balances::<T>::get(from), AMOUNT);
		assert_eq!(Balances::<T>::get(to), AMOUNT + 1);
	}

	#[benchmark]
	fn request_redemption() {
		let (who, id) = institution::<T, T::MemberOrigin>();
		<Pallet<T> as FeeEscrow>::fund_for_benchmark(id, AMOUNT * 2);
		let redemption = NextRedemptionId::<T>::get();

		#[extrinsic_call]
		_(who as T::RuntimeOrigin, AMOUNT);

		assert_eq!(Balances::<T>::get(id), AMOUNT);
		assert_eq!(
			Redemptions::<T>::get(redemption).map(|r| r.status),
			Some(RedemptionStatus::Pending)
		);
	}

	#[benchmark]
	fn settle_redemption() {
		let (_, redemption) = pending_redemption::<T>();
		let (issuer, issuer_id) = institution::<T, T::IssuerOrigin>();
		let burned = TotalBurned::<T>::get();
		let payout_ref = long_reference::<T>(9);

		#[extrinsic_call]
		_(issuer as T::RuntimeOrigin, redemption, payout_ref);

		assert_eq!(TotalBurned::<T>::get(), burned + AMOUNT);
		assert_eq!(
			Redemptions::<T>::get(redemption).map(|r| r.status),
			Some(RedemptionStatus::Settled(issuer_id))
		);
	}

	#[benchmark]
	fn reject_redemption() {
		let (requester, redemption) = pending_redemption::<T>();
		let (issuer, issuer_id) = institution::<T, T::IssuerOrigin>();

		#[extrinsic_call]
		_(issuer as T::RuntimeOrigin, redemption);

		assert_eq!(Balances::<T>::get(requester), AMOUNT * 2);
		assert_eq!(
			Redemptions::<T>::get(redemption).map(|r| r.status),
			Some(RedemptionStatus::Rejected(issuer_id))
		);
	}

	#[benchmark]
	fn pay_data_service() {
		let (from_account, from) = institution::<T, T::MemberOrigin>();
		let (_, to) = institution::<T, T::BenchmarkDataServiceProvider>();
		<Pallet<T> as FeeEscrow>::fund_for_benchmark(from, AMOUNT * 2);
		<Pallet<T> as FeeEscrow>::fund_for_benchmark(to, 1);
		let memo = vec![b'm'; T::MaxMemoLen::get() as usize];

		#[extrinsic_call]
		_(from_account as T::RuntimeOrigin, to, AMOUNT, memo);

		assert_eq!(Balances::<T>::get(from), AMOUNT);
		assert_eq!(Balances::<T>::get(to), AMOUNT + 1);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
