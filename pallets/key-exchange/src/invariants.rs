//! The pallet's storage invariants, checked by `try_state` on a live chain and after every
//! unit test:
//! - exactly the pending handoffs are on their contributor's pending list;
//! - exactly the pending and delivered handoffs have a deadline, and it is queued;
//!   the queue holds nothing else;
//! - a handoff holding its fee (pending, delivered, complained) has its escrow open, paid by
//!   its participant; any other handoff's escrow is closed;
//! - a delivered (or later) handoff names the re-wrapped key and the key it was wrapped to;
//! - every institution's current key is registered and is its latest one.
use crate::pallet::Config;
use crate::{
	types::{deadline_key, pending_key, split_pending_key},
	CurrentKey, Deadlines, HandoffStatus, Handoffs, Keys, Pallet, PendingHandoffs,
};
use frame_support::ensure;
use loanshare_primitives::FeeEscrow;
use sp_runtime::{SaturatedConversion, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Check every invariant of the module docs.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut pending = 0usize;
		for (contributor, key, ()) in PendingHandoffs::<T>::iter() {
			let (plan, participant) = split_pending_key(&key);
			let handoff = Handoffs::<T>::get(plan, participant)
				.ok_or("key-exchange: pending entry without a handoff")?;
			ensure!(
				handoff.contributor == contributor,
				"key-exchange: pending entry under another contributor"
			);
			ensure!(
				handoff.status == HandoffStatus::Pending,
				"key-exchange: pending entry of a delivered or settled handoff"
			);
			pending = pending.saturating_add(1);
		}
		let mut scheduled = 0usize;
		let mut pending_handoffs = 0usize;
		for (plan, participant, handoff) in Handoffs::<T>::iter() {
			let status = handoff.status;
			if status == HandoffStatus::Pending {
				pending_handoffs = pending_handoffs.saturating_add(1);
				ensure!(
					PendingHandoffs::<T>::contains_key(
						handoff.contributor,
						pending_key(plan, participant)
					),
					"key-exchange: pending handoff missing from its contributor's list"
				);
			}
			let expects_deadline =
				matches!(status, HandoffStatus::Pending | HandoffStatus::Delivered);
			ensure!(
				handoff.deadline.is_some() == expects_deadline,
				"key-exchange: a deadline on a handoff that needs none, or none where needed"
			);
			if let Some(at) = handoff.deadline {
				ensure!(
					Deadlines::<T>::contains_key(deadline_key(
						at.saturated_into(),
						plan,
						participant
					)),
					"key-exchange: a handoff's deadline is not queued"
				);
				scheduled = scheduled.saturating_add(1);
			}
			let held = T::Escrow::escrowed(handoff.escrow);
			if status.holds_fee() {
				ensure!(
					held.map(|(payer, _)| payer) == Some(participant),
					"key-exchange: a held fee without its participant's escrow"
				);
			} else {
				ensure!(held.is_none(), "key-exchange: settled handoff with an open escrow");
			}
			if status != HandoffStatus::Pending {
				ensure!(
					handoff.delivered_key.is_some()
						&& handoff.delivered_key_id.is_some()
						&& handoff.delivered_at.is_some(),
					"key-exchange: delivered handoff without its key"
				);
			}
		}
		ensure!(pending == pending_handoffs, "key-exchange: pending list miscounted");
		ensure!(
			Deadlines::<T>::iter_keys().count() == scheduled,
			"key-exchange: a queued deadline of no handoff"
		);
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
