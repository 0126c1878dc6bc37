//! Storage migrations of the consortium pallet, run by the runtime's `Migrations` on an
//! upgrade and checked with `try-runtime` (`pre_upgrade` / `post_upgrade`).
//!
//! v0 → v1: the council follows membership. A chain on storage version 0 kept its council
//! as a separate list set at genesis; v1 records the seats in [`CouncilSeats`] (the voting
//! accounts of the active institutions) and hands exactly those seats to the council. The
//! validator minimum ([`MinimumValidators`](crate::MinimumValidators)) and the node registry
//! start from their defaults (no nodes registered: the network stays open until the first
//! node registers).
use crate::{Config, CouncilSeats, NextInstitutionId, Pallet, SeatsOf};
#[cfg(feature = "try-runtime")]
use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{ChangeMembers, Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// The v0 → v1 step, without the version check (see [`MigrateV0ToV1`]).
pub struct InnerMigrateV0ToV1<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
	fn on_runtime_upgrade() -> Weight {
		// Ids are handed out in order and records are never deleted: this many were read.
		let institutions = u64::from(NextInstitutionId::<T>::get().saturating_sub(1));
		let seats = Pallet::<T>::expected_seats();
		if seats.len() > T::MaxCouncilSeats::get() as usize {
			log::error!(
				target: "runtime::consortium",
				"{} active institutions but only {} council seats: the last ones get none",
				seats.len(),
				T::MaxCouncilSeats::get()
			);
		}
		let seats: SeatsOf<T> = SeatsOf::<T>::truncate_from(seats);
		// The council's old members are unknown here (no coupling through its storage):
		// handing over the full new list makes it exactly the members.
		T::Council::set_members_sorted(&seats, &[]);
		CouncilSeats::<T>::put(&seats);
		log::info!(target: "runtime::consortium", "council reseated: {} seats", seats.len());
		T::DbWeight::get().reads_writes(institutions.saturating_add(1), 4)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		let active = Pallet::<T>::expected_seats().len() as u32;
		Ok(active.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		let active = u32::decode(&mut &state[..]).map_err(|_| "pre_upgrade state")?;
		frame_support::ensure!(
			CouncilSeats::<T>::get().len() as u32 == active,
			"one council seat per active institution"
		);
		Pallet::<T>::do_try_state()
	}
}

/// v0 → v1, run only when the pallet's on-chain storage version is 0 (then set to 1).
pub type MigrateV0ToV1<T> = VersionedMigration<
	0,
	1,
	InnerMigrateV0ToV1<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
