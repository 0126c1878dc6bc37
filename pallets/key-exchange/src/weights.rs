//! Weights of the key-exchange pallet's calls.
//!
//! HAND-ESTIMATED placeholders in the shape `frame-benchmarking-cli` generates: to be
//! regenerated with the benchmark CLI on reference hardware
//! (`benchmark pallet --pallet pallet_key_exchange --extrinsic '*' --output ...`).
#![allow(unused_parens)]
#![allow(unused_imports)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed by the key-exchange pallet.
pub trait WeightInfo {
	/// `register_key` (rotation path, 4096-bit key parsed on chain).
	fn register_key() -> Weight;
	/// `deliver` (includes the escrow release).
	fn deliver() -> Weight;
	/// `refund` (includes the escrow refund).
	fn refund() -> Weight;
	/// `dispute`.
	fn dispute() -> Weight;
}

/// Weights for the key-exchange pallet using the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Consortium::AccountInstitution` (r:1 w:0), `Consortium::Institutions` (r:1 w:0)
	/// Storage: `KeyExchange::CurrentKey` (r:1 w:1)
	/// Storage: `KeyExchange::Keys` (r:1 w:1)
	fn register_key() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `KeyExchange::Handoffs` (r:1 w:1)
	/// Storage: `Consortium::AccountInstitution` (r:1 w:0), `Consortium::Institutions` (r:1 w:0)
	/// Storage: `KeyExchange::CurrentKey` (r:1 w:0), `KeyExchange::Keys` (r:1 w:0)
	/// Storage: `Token::Escrows` (r:1 w:1), `Token::Balances` (r:1 w:1)
	/// Storage: `KeyExchange::PendingByContributor` (r:1 w:1)
	fn deliver() -> Weight {
		Weight::from_parts(45_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `KeyExchange::Handoffs` (r:1 w:1)
	/// Storage: `Token::Escrows` (r:1 w:1), `Token::Balances` (r:1 w:1)
	/// Storage: `KeyExchange::PendingByContributor` (r:1 w:1)
	fn refund() -> Weight {
		Weight::from_parts(35_000_000, 8_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `KeyExchange::Handoffs` (r:1 w:1)
	/// Storage: `Consortium::AccountInstitution` (r:1 w:0), `Consortium::Institutions` (r:1 w:0)
	fn dispute() -> Weight {
		Weight::from_parts(25_000_000, 2_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn register_key() -> Weight {
		Weight::from_parts(60_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn deliver() -> Weight {
		Weight::from_parts(45_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn refund() -> Weight {
		Weight::from_parts(35_000_000, 8_000)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn dispute() -> Weight {
		Weight::from_parts(25_000_000, 2_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
