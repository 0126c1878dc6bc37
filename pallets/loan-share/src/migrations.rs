//! Storage migrations of the loan-share pallet, run by the runtime's `Migrations` on an
//! upgrade and checked with `try-runtime` (`pre_upgrade` / `post_upgrade`).
//!
//! v1 → v2: retention and deposits. The per-plan participant list `ConfirmationsOf` is
//! gone (a plan's confirmations are read by prefix, its `participants` counts them), and
//! every plan that had already ended is queued for reaping one retention period after the
//! upgrade. Plans published before v2 hold no deposit; reaping them releases nothing.
//!
//! The step reads every plan once: fine for the chains that exist (thousands of plans);
//! a chain with millions would need a multi-block migration instead.
use crate::{pallet::*, PlanStatus};
use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	storage::migration::clear_storage_prefix,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// The v1 → v2 step, without the version check (see [`MigrateV1ToV2`]).
pub struct InnerMigrateV1ToV2<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV1ToV2<T> {
	fn on_runtime_upgrade() -> Weight {
		let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
		let cleared = clear_storage_prefix(pallet, b"ConfirmationsOf", b"", None, None);
		let ended: Vec<_> = Plans::<T>::iter()
			.filter(|(_, plan)| plan.status != PlanStatus::Open)
			.map(|(id, _)| id)
			.collect();
		let plans = Plans::<T>::iter_keys().count() as u64;
		for id in &ended {
			Pallet::<T>::schedule_reap(*id);
		}
		T::DbWeight::get().reads_writes(
			plans.saturating_add(u64::from(cleared.loops)),
			u64::from(cleared.unique).saturating_add(ended.len() as u64),
		)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(Vec::new())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		Pallet::<T>::do_try_state()
	}
}

/// v1 → v2, run only when the pallet's on-chain storage version is 1 (then set to 2).
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	InnerMigrateV1ToV2<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
