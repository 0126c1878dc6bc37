//! Storage migrations of the key-exchange pallet, run by the runtime's `Migrations` on an
//! upgrade and checked with `try-runtime`.
//!
//! v0 → v1: the trustworthy handoff. Before v1 a delivery paid the fee at once and a
//! dispute only set a status; the per-contributor pending list was a bounded vector.
//! Each handoff is rewritten in the new layout:
//! - pending → pending, with its timeout queued (`requested_at + HandoffTimeout`; one
//!   already past is settled by the next blocks) and listed in `PendingHandoffs`;
//! - delivered or disputed (their fee was paid under the old rules) → `Released`, with
//!   `delivered_at` set to the request block (the delivery block was not recorded);
//! - refunded → removed (a refunded handoff no longer stays in state; its events are
//!   the record).
//!
//! `PendingByContributor` is cleared. The step reads every handoff once: fine for the
//! chains that exist; millions of handoffs would need a multi-block migration.
use crate::{pallet::*, types::pending_key, Handoff, HandoffStatus};
use codec::{Decode, Encode};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	storage::migration::clear_storage_prefix,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
	BoundedVec,
};
use frame_system::pallet_prelude::BlockNumberFor;
use loanshare_primitives::{EscrowId, InstitutionId, KeyId};
use sp_runtime::Saturating;

/// The v0 layout of a handoff's status.
#[derive(Encode, Decode, Clone, Copy, PartialEq, Eq, Debug)]
pub enum OldHandoffStatus {
	/// Waiting for delivery.
	Pending,
	/// Delivered (the fee was paid at once).
	Delivered,
	/// Refunded after the timeout.
	Refunded,
	/// Disputed (the fee had been paid).
	Disputed,
}

/// The v0 layout of a handoff.
#[derive(Encode, Decode, Clone, PartialEq, Eq, Debug)]
pub struct OldHandoff<BlockNumber, MaxLen: Get<u32>> {
	/// The contributor.
	pub contributor: InstitutionId,
	/// The escrow of the fee.
	pub escrow: EscrowId,
	/// W.
	pub wrapped_key: BoundedVec<u8, MaxLen>,
	/// The contributor key W is wrapped to.
	pub contributor_key_id: KeyId,
	/// The participant's key at the request.
	pub participant_key_id: KeyId,
	/// The request block.
	pub requested_at: BlockNumber,
	/// The old status.
	pub status: OldHandoffStatus,
	/// W'.
	pub delivered_key: Option<BoundedVec<u8, MaxLen>>,
	/// The key W' is wrapped to.
	pub delivered_key_id: Option<KeyId>,
}

/// The v0 → v1 step, without the version check (see [`MigrateV0ToV1`]).
pub struct InnerMigrateV0ToV1<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut count = 0u64;
		Handoffs::<T>::translate::<OldHandoff<BlockNumberFor<T>, T::MaxWrappedKeyLen>, _>(
			|plan, participant, old| {
				count = count.saturating_add(1);
				let status = match old.status {
					OldHandoffStatus::Pending => HandoffStatus::Pending,
					OldHandoffStatus::Refunded => return None,
					OldHandoffStatus::Delivered | OldHandoffStatus::Disputed => {
						HandoffStatus::Released
					},
				};
				let delivered = old.delivered_key.is_some();
				let mut handoff = Handoff {
					contributor: old.contributor,
					escrow: old.escrow,
					wrapped_key: old.wrapped_key,
					contributor_key_id: old.contributor_key_id,
					participant_key_id: old.participant_key_id,
					requested_at: old.requested_at,
					status,
					delivered_key: old.delivered_key,
					delivered_key_id: old.delivered_key_id,
					delivered_at: delivered.then_some(old.requested_at),
					deadline: None,
				};
				if status == HandoffStatus::Pending {
					let at = old.requested_at.saturating_add(T::HandoffTimeout::get());
					Pallet::<T>::schedule(plan, participant, &mut handoff, at);
					PendingHandoffs::<T>::insert(
						handoff.contributor,
						pending_key(plan, participant),
						(),
					);
				}
				Some(handoff)
			},
		);
		let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
		let cleared = clear_storage_prefix(pallet, b"PendingByContributor", b"", None, None);
		T::DbWeight::get().reads_writes(
			count.saturating_add(u64::from(cleared.loops)),
			count.saturating_mul(3).saturating_add(u64::from(cleared.unique)),
		)
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
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
