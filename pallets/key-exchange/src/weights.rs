// This file is part of LoanShare. Licensed under the Apache License, Version 2.0.

//! Weights of `pallet_key_exchange`: placeholder figures until `scripts/benchmark.sh`
//! regenerates this file (docs/BENCHMARKS.md).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed by `pallet_key_exchange`.
pub trait WeightInfo {
	/// `register_key`.
	fn register_key() -> Weight;
	/// `deliver`.
	fn deliver() -> Weight;
	/// `deliver_batch`.
	fn deliver_batch(n: u32) -> Weight;
	/// `refund`.
	fn refund() -> Weight;
	/// `accept`.
	fn accept() -> Weight;
	/// `prove_bad_delivery`.
	fn prove_bad_delivery() -> Weight;
	/// `complain`.
	fn complain() -> Weight;
	/// `rule`.
	fn rule() -> Weight;
	/// `settle_due`.
	fn settle_due(n: u32) -> Weight;
}

/// Weights for `pallet_key_exchange` using the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_key() -> Weight {
		Weight::from_parts(113279000, 4104)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn deliver() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn deliver_batch(n: u32) -> Weight {
		Weight::from_parts(60000000, 4000).saturating_mul(n.into())
			.saturating_add(T::DbWeight::get().reads(6_u64).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().writes(4_u64).saturating_mul(n.into()))
	}
	fn refund() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn accept() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn prove_bad_delivery() -> Weight {
		Weight::from_parts(900000000, 8000)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn complain() -> Weight {
		Weight::from_parts(40000000, 4000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn settle_due(n: u32) -> Weight {
		Weight::from_parts(60000000, 4000).saturating_mul(n.into())
			.saturating_add(T::DbWeight::get().reads(6_u64).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().writes(5_u64).saturating_mul(n.into()))
	}
}

// For tests and mocks.
impl WeightInfo for () {
	fn register_key() -> Weight {
		Weight::from_parts(113279000, 4104)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn deliver() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn deliver_batch(n: u32) -> Weight {
		Weight::from_parts(60000000, 4000).saturating_mul(n.into())
			.saturating_add(ParityDbWeight::get().reads(6_u64).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().writes(4_u64).saturating_mul(n.into()))
	}
	fn refund() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn accept() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(4_u64))
	}
	fn prove_bad_delivery() -> Weight {
		Weight::from_parts(900000000, 8000)
			.saturating_add(ParityDbWeight::get().reads(10_u64))
			.saturating_add(ParityDbWeight::get().writes(8_u64))
	}
	fn complain() -> Weight {
		Weight::from_parts(40000000, 4000)
			.saturating_add(ParityDbWeight::get().reads(4_u64))
			.saturating_add(ParityDbWeight::get().writes(2_u64))
	}
	fn rule() -> Weight {
		Weight::from_parts(60000000, 4000)
			.saturating_add(ParityDbWeight::get().reads(6_u64))
			.saturating_add(ParityDbWeight::get().writes(5_u64))
	}
	fn settle_due(n: u32) -> Weight {
		Weight::from_parts(60000000, 4000).saturating_mul(n.into())
			.saturating_add(ParityDbWeight::get().reads(6_u64).saturating_mul(n.into()))
			.saturating_add(ParityDbWeight::get().writes(5_u64).saturating_mul(n.into()))
	}
}
