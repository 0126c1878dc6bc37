//! Weights of `pallet-loan-share`.
//!
//! HAND-ESTIMATED placeholders in the shape `frame-benchmarking-cli` generates:
//! regenerate them with the benchmark CLI on reference hardware, e.g.
//! `loanshare-node benchmark pallet --pallet pallet_loan_share --extrinsic '*'
//! --output pallets/loan-share/src/weights.rs --template <frame template>`.
//! The read/write counts include the coupled pallets (registry, keys, escrow,
//! handoff) as wired in the LoanShare runtime.
#![allow(unused_parens)]
#![allow(unused_imports)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed by `pallet-loan-share`.
pub trait WeightInfo {
	/// `publish` (worst case: largest envelope, links and reference).
	fn publish() -> Weight;
	/// `publish_batch` of `n` plans.
	fn publish_batch(n: u32) -> Weight;
	/// `confirm` (worst case: the confirmation fills the plan).
	fn confirm() -> Weight;
	/// `withdraw`.
	fn withdraw() -> Weight;
	/// `expire`.
	fn expire() -> Weight;
	/// `set_rate_cap`.
	fn set_rate_cap() -> Weight;
	/// The automatic expiry of `n` plans in `on_idle`.
	fn on_idle_expire(n: u32) -> Weight;
	/// Reaping one ended plan with `p` confirmations.
	fn reap(p: u32) -> Weight;
}

/// Weights for `pallet-loan-share` using the LoanShare runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: Consortium (r:2), KeyExchange keys (r:1), Timestamp `Now` (r:1),
	/// LoanShare `RateCapBp` (r:1), `ByExternalRef` (r:1 w:1), `NextPlanId` (r:1 w:1),
	/// `PlansByContributor` (w:1), `OpenPlans` (w:1), `ExpiryQueue` (w:1), `Plans` (w:1).
	fn publish() -> Weight {
		Weight::from_parts(60_000_000, 3_200)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// As `publish`, the role, key, time and cap read once; per plan `ByExternalRef`
	/// (r:1 w:1) and five writes.
	fn publish_batch(n: u32) -> Weight {
		Weight::from_parts(30_000_000, 1_500)
			.saturating_add(Weight::from_parts(40_000_000, 3_200).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().reads(1_u64).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64).saturating_mul(n.into()))
	}
	/// Storage: `Plans` (r:1 w:1), Consortium (r:2), `Confirmations` (r:1 w:1),
	/// KeyExchange keys (r:1), Timestamp `Now` (r:1), `RateCapBp` (r:1),
	/// `ConfirmationsOf` (r:1 w:1), Token balance and escrow (r:2 w:3),
	/// KeyExchange handoff (r:1 w:2), `TakenBy` (w:1), `OpenPlans` (w:1), `ExpiryQueue` (w:1).
	fn confirm() -> Weight {
		Weight::from_parts(80_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(12_u64))
			.saturating_add(T::DbWeight::get().writes(11_u64))
	}
	/// Storage: `Plans` (r:1 w:1), Consortium (r:1), `OpenPlans` (w:1), `ExpiryQueue` (w:1).
	fn withdraw() -> Weight {
		Weight::from_parts(30_000_000, 3_200)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Plans` (r:1 w:1), Timestamp `Now` (r:1), `OpenPlans` (w:1), `ExpiryQueue` (w:1).
	fn expire() -> Weight {
		Weight::from_parts(30_000_000, 3_200)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `RateCapBp` (w:1).
	fn set_rate_cap() -> Weight {
		Weight::from_parts(8_000_000, 0).saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Timestamp `Now` (r:1), `ExpiryQueue` (r:n+1 w:n), `Plans` (r:n w:n),
	/// `OpenPlans` (w:n).
	fn on_idle_expire(n: u32) -> Weight {
		Weight::from_parts(5_000_000, 500)
			.saturating_add(Weight::from_parts(25_000_000, 3_200).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().reads(2_u64).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().writes(3_u64).saturating_mul(n.into()))
	}
	fn reap(p: u32) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads(2_u64).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64).saturating_mul(p.into()))
	}
}

/// For tests and mocks: the same estimates with RocksDB weights.
impl WeightInfo for () {
	fn publish() -> Weight {
		Weight::from_parts(60_000_000, 3_200)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn publish_batch(n: u32) -> Weight {
		Weight::from_parts(30_000_000, 1_500)
			.saturating_add(Weight::from_parts(40_000_000, 3_200).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().reads(1_u64).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64).saturating_mul(n.into()))
	}
	fn confirm() -> Weight {
		Weight::from_parts(80_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(12_u64))
			.saturating_add(RocksDbWeight::get().writes(11_u64))
	}
	fn withdraw() -> Weight {
		Weight::from_parts(30_000_000, 3_200)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn expire() -> Weight {
		Weight::from_parts(30_000_000, 3_200)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn set_rate_cap() -> Weight {
		Weight::from_parts(8_000_000, 0).saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn on_idle_expire(n: u32) -> Weight {
		Weight::from_parts(5_000_000, 500)
			.saturating_add(Weight::from_parts(25_000_000, 3_200).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().reads(2_u64).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().writes(3_u64).saturating_mul(n.into()))
	}
	fn reap(p: u32) -> Weight {
		Weight::from_parts(40_000_000, 6_000)
			.saturating_add(Weight::from_parts(10_000_000, 3_000).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads(2_u64).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64).saturating_mul(p.into()))
	}
}
