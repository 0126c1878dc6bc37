//! Weights of the consortium pallet's calls and of the `CheckMembership` extension.
//!
//! HAND-ESTIMATED in the shape `frame-benchmarking-cli` generates (base time plus database
//! reads/writes via `T::DbWeight`). Regenerate them with the benchmark CLI, e.g.
//! `loanshare-node benchmark pallet --pallet pallet_consortium --extrinsic '*'
//! --output pallets/consortium/src/weights.rs --template <frame weight template>`.
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed by the consortium pallet.
pub trait WeightInfo {
	/// `admit` with `a` accounts (and a validator).
	fn admit(a: u32) -> Weight;
	/// `set_roles`.
	fn set_roles() -> Weight;
	/// `add_account`.
	fn add_account() -> Weight;
	/// `remove_account`.
	fn remove_account() -> Weight;
	/// `suspend`.
	fn suspend() -> Weight;
	/// `resume`.
	fn resume() -> Weight;
	/// `remove` of an institution with `a` accounts (and a validator).
	fn remove(a: u32) -> Weight;
	/// `set_validator`.
	fn set_validator() -> Weight;
	/// The `CheckMembership` transaction extension.
	fn check_membership() -> Weight;
	/// `register_node`.
	fn register_node() -> Weight;
	/// `deregister_node`.
	fn deregister_node() -> Weight;
	/// `set_min_validators`.
	fn set_min_validators() -> Weight;
	/// `dispatch_as_root`, without the inner call.
	fn dispatch_as_root() -> Weight;
}

/// Weights for the consortium pallet, using the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Consortium::AccountInstitution` (r:a+1 w:a+1), `Consortium::NextInstitutionId`
	/// (r:1 w:1), `Consortium::Validators` (r:1 w:1), `Consortium::Institutions` (r:0 w:1)
	fn admit(a: u32) -> Weight {
		Weight::from_parts(30_000_000, 3_600)
			.saturating_add(Weight::from_parts(3_500_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(a.into())))
			.saturating_add(Weight::from_parts(0, 2_500).saturating_mul(a.into()))
	}
	/// Storage: `Consortium::Institutions` (r:1 w:1)
	fn set_roles() -> Weight {
		Weight::from_parts(15_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Consortium::Institutions` (r:1 w:1), `Consortium::AccountInstitution` (r:1 w:1)
	fn add_account() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Institutions` (r:1 w:1), `Consortium::AccountInstitution` (r:0 w:1)
	fn remove_account() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Institutions` (r:1 w:1), `Consortium::Validators` (r:1 w:1)
	fn suspend() -> Weight {
		Weight::from_parts(20_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Institutions` (r:1 w:1), `Consortium::Validators` (r:1 w:1)
	fn resume() -> Weight {
		Weight::from_parts(20_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Institutions` (r:1 w:1), `Consortium::Validators` (r:1 w:1),
	/// `Consortium::AccountInstitution` (r:0 w:a+1)
	fn remove(a: u32) -> Weight {
		Weight::from_parts(25_000_000, 5_000)
			.saturating_add(Weight::from_parts(1_500_000, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(a.into())))
	}
	/// Storage: `Consortium::Institutions` (r:1 w:1), `Consortium::AccountInstitution` (r:1 w:2),
	/// `Consortium::Validators` (r:1 w:1)
	fn set_validator() -> Weight {
		Weight::from_parts(25_000_000, 5_000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Consortium::AccountInstitution` (r:1 w:0), `Consortium::Institutions` (r:1 w:0)
	fn check_membership() -> Weight {
		Weight::from_parts(8_000_000, 3_600).saturating_add(T::DbWeight::get().reads(2_u64))
	}
	/// Storage: `Consortium::AccountInstitution` (r:1), `Consortium::Institutions` (r:1),
	/// `Consortium::NodeOwner` (r:1 w:1), `Consortium::Nodes` (r:1 w:1)
	fn register_node() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: as `register_node`.
	fn deregister_node() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Validators` (r:1), `Consortium::MinimumValidators` (w:1)
	fn set_min_validators() -> Weight {
		Weight::from_parts(10_000_000, 2_000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// No storage of its own (the inner call is weighed separately).
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(10_000_000, 0)
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn admit(a: u32) -> Weight {
		Weight::from_parts(30_000_000, 3_600)
			.saturating_add(Weight::from_parts(3_500_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(a.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(a.into())))
			.saturating_add(Weight::from_parts(0, 2_500).saturating_mul(a.into()))
	}
	fn set_roles() -> Weight {
		Weight::from_parts(15_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn add_account() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_account() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn suspend() -> Weight {
		Weight::from_parts(20_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn resume() -> Weight {
		Weight::from_parts(20_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove(a: u32) -> Weight {
		Weight::from_parts(25_000_000, 5_000)
			.saturating_add(Weight::from_parts(1_500_000, 0).saturating_mul(a.into()))
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(a.into())))
	}
	fn set_validator() -> Weight {
		Weight::from_parts(25_000_000, 5_000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn check_membership() -> Weight {
		Weight::from_parts(8_000_000, 3_600).saturating_add(RocksDbWeight::get().reads(2_u64))
	}
	/// Storage: `Consortium::AccountInstitution` (r:1), `Consortium::Institutions` (r:1),
	/// `Consortium::NodeOwner` (r:1 w:1), `Consortium::Nodes` (r:1 w:1)
	fn register_node() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: as `register_node`.
	fn deregister_node() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Consortium::Validators` (r:1), `Consortium::MinimumValidators` (w:1)
	fn set_min_validators() -> Weight {
		Weight::from_parts(10_000_000, 2_000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// No storage of its own (the inner call is weighed separately).
	fn dispatch_as_root() -> Weight {
		Weight::from_parts(10_000_000, 0)
	}
}
