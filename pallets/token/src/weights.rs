//! Weights of pallet-token's calls.
//!
//! HAND-ESTIMATED placeholders in the shape `frame-benchmarking-cli` generates: regenerate
//! with `loanshare-node benchmark pallet --pallet pallet_token --extrinsic '*'
//! --template <frame-weight-template> --output pallets/token/src/weights.rs` on reference
//! hardware. The read/write counts include the consortium registry look-ups
//! (account → institution: 2 reads; role or activity check: 1 read).
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed by pallet-token.
pub trait WeightInfo {
	fn recharge() -> Weight;
	fn transfer() -> Weight;
	fn request_redemption() -> Weight;
	fn settle_redemption() -> Weight;
	fn reject_redemption() -> Weight;
	fn pay_data_service() -> Weight;
}

/// Weights for pallet-token using the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: registry (3 r), `Token::UsedPaymentRefs` (r/w), `Token::TotalMinted` (r/w),
	/// `Token::Balances` (r/w), registry activity of the recipient (1 r).
	fn recharge() -> Weight {
		Weight::from_parts(32_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: registry (3 r), `Token::Balances` (2 r/w).
	fn transfer() -> Weight {
		Weight::from_parts(24_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: registry (2 r), `Token::Balances` (r/w), `Token::NextRedemptionId` (r/w),
	/// `Token::Redemptions` (w).
	fn request_redemption() -> Weight {
		Weight::from_parts(22_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: registry (3 r), `Token::Redemptions` (r/w), `Token::UsedPayoutRefs` (r/w),
	/// `Token::TotalBurned` (r/w).
	fn settle_redemption() -> Weight {
		Weight::from_parts(30_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: registry (3 r), `Token::Redemptions` (r/w), `Token::Balances` (r/w).
	fn reject_redemption() -> Weight {
		Weight::from_parts(24_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: registry (4 r), `Token::Balances` (2 r/w).
	fn pay_data_service() -> Weight {
		Weight::from_parts(26_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn recharge() -> Weight {
		Weight::from_parts(32_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn transfer() -> Weight {
		Weight::from_parts(24_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn request_redemption() -> Weight {
		Weight::from_parts(22_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn settle_redemption() -> Weight {
		Weight::from_parts(30_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn reject_redemption() -> Weight {
		Weight::from_parts(24_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn pay_data_service() -> Weight {
		Weight::from_parts(26_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
