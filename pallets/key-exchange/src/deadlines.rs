//! The automatic settlements: every block, `on_initialize` takes the handoffs whose
//! deadline has come off the front of the `Deadlines` queue (at most
//! `MaxAutoSettlePerBlock`): an undelivered one is refunded (its share returned to the
//! plan), a delivered one whose challenge window ended is paid to its contributor. A
//! contributor whose agent is down therefore never traps a participant's fee.
use crate::{pallet::*, types::split_deadline_key, HandoffStatus, WeightInfo};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{DispatchError, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// Settle the due handoffs at the front of the queue; returns the weight used.
	pub(crate) fn settle_due(now: BlockNumberFor<T>) -> Weight {
		let now: u32 = now.saturated_into();
		let due: Vec<_> = Deadlines::<T>::iter_keys()
			.take(T::MaxAutoSettlePerBlock::get() as usize)
			.take_while(|key| split_deadline_key(key).0 <= now)
			.collect();
		for key in &due {
			let (_, plan, participant) = split_deadline_key(key);
			let settled = frame_support::storage::with_storage_layer(|| {
				Deadlines::<T>::remove(key);
				let handoff = Handoffs::<T>::get(plan, participant)
					.ok_or(DispatchError::from(Error::<T>::UnknownHandoff))?;
				match handoff.status {
					HandoffStatus::Pending => Self::time_out(plan, participant, handoff),
					HandoffStatus::Delivered => Self::release(plan, participant, handoff),
					_ => Err(Error::<T>::NotDelivered.into()),
				}
			});
			if let Err(error) = settled {
				// Never retried by the queue: drop the entry so the queue keeps moving.
				Deadlines::<T>::remove(key);
				Self::deposit_event(Event::SettlementFailed { plan, participant, error });
			}
		}
		T::WeightInfo::settle_due(due.len() as u32)
	}
}
