//! The pallet's storage invariants, checked by `try_state` on a live chain and after every
//! unit test:
//! - every entry of a contributor's pending list is a pending handoff of that contributor,
//!   listed once, and every pending handoff is listed;
//! - a pending handoff's fee is held in its escrow, paid by its participant; a settled
//!   (delivered, refunded or disputed) handoff's escrow is closed;
//! - a delivered handoff names the re-wrapped key and the key it was wrapped to;
//! - every institution's current key is registered and is its latest one.
use crate::pallet::Config;
use crate::{CurrentKey, HandoffStatus, Handoffs, Keys, Pallet, PendingByContributor};
use alloc::collections::BTreeSet;
use frame_support::ensure;
use loanshare_primitives::FeeEscrow;
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// Check every invariant of the module docs.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut listed = BTreeSet::new();
		for (contributor, entries) in PendingByContributor::<T>::iter() {
			ensure!(!entries.is_empty(), "key-exchange: empty pending list kept");
			for (plan, participant) in entries.iter().copied() {
				ensure!(listed.insert((plan, participant)), "key-exchange: pending entry twice");
				let handoff = Handoffs::<T>::get(plan, participant)
					.ok_or("key-exchange: pending entry without a handoff")?;
				ensure!(
					handoff.contributor == contributor,
					"key-exchange: pending entry under another contributor"
				);
				ensure!(
					handoff.status == HandoffStatus::Pending,
					"key-exchange: pending entry of a settled handoff"
				);
			}
		}
		for (plan, participant, handoff) in Handoffs::<T>::iter() {
			let held = T::Escrow::escrowed(handoff.escrow);
			if handoff.status == HandoffStatus::Pending {
				ensure!(
					listed.contains(&(plan, participant)),
					"key-exchange: pending handoff missing from its contributor's list"
				);
				ensure!(
					held.map(|(payer, _)| payer) == Some(participant),
					"key-exchange: pending handoff without its participant's escrow"
				);
			} else {
				ensure!(held.is_none(), "key-exchange: settled handoff with an open escrow");
			}
			if handoff.status == HandoffStatus::Delivered {
				ensure!(
					handoff.delivered_key.is_some() && handoff.delivered_key_id.is_some(),
					"key-exchange: delivered handoff without its key"
				);
			}
		}
		for (institution, current) in CurrentKey::<T>::iter() {
			ensure!(
				Keys::<T>::contains_key(institution, current),
				"key-exchange: current key not registered"
			);
		}
		for (institution, key_id, _) in Keys::<T>::iter() {
			let current = CurrentKey::<T>::get(institution)
				.ok_or("key-exchange: registered key without a current key")?;
			ensure!(key_id <= current, "key-exchange: a key newer than the current one");
		}
		Ok(())
	}
}
