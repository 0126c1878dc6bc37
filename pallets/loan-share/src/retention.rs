//! Retention: an ended plan (filled, expired or withdrawn) stays in state for
//! `Retention` blocks, so that its handoffs settle and institutions' software can read
//! it; then it is *reaped*. Reaping removes the plan, its confirmations, its index
//! entries and (through [`HandoffHook::forget`]) its settled handoff records, keeps the
//! BLAKE2-256 digest of the plan's last stored state in `ReapedPlans`, and releases the
//! plan's deposit. The events of its life stay in the chain's blocks: with the digest,
//! they are the permanent record (the agent's mirror database keeps the rest).
//!
//! A plan with a handoff still pending is postponed by another retention period.
//! Reaping runs in `on_idle` (at most `MaxReapsPerBlock` plans a block, as spare weight
//! allows) and through the `reap_ended` call, for when blocks stay full.
//!
//! The contributor's external reference stays in `ByExternalRef` for good: references
//! are never reused, so re-importing an old spreadsheet cannot publish its rows again.
use crate::{
	index::{ordered, reap_key, split_reap_key, ReapKey},
	lifecycle::affordable,
	pallet::*,
	PlanStatus, WeightInfo,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{traits::Get, weights::Weight};
use loanshare_primitives::{HandoffHook, InstitutionId, PlanId};
use sp_runtime::{
	traits::{BlakeTwo256, Hash},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// The current block number, as the reap queue keys it.
	fn block_now() -> u32 {
		frame_system::Pallet::<T>::block_number().saturated_into()
	}

	/// The block a plan ending now (or postponed now) may be reaped at.
	fn reap_due_block() -> u32 {
		let retention: u32 = T::Retention::get().saturated_into();
		Self::block_now().saturating_add(retention)
	}

	/// Queue a plan that just ended for reaping after the retention period.
	pub(crate) fn schedule_reap(id: PlanId) {
		Self::queue_reap(id, Self::reap_due_block());
	}

	/// Queue plan `id` for reaping at block `due`.
	fn queue_reap(id: PlanId, due: u32) {
		ReapQueue::<T>::insert(reap_key(due, id), ());
		ReapAt::<T>::insert(id, due);
	}

	/// Take a plan that opened again out of the reap queue.
	pub(crate) fn unschedule_reap(id: PlanId) {
		if let Some(due) = ReapAt::<T>::take(id) {
			ReapQueue::<T>::remove(reap_key(due, id));
		}
	}

	/// Reap the plans at the front of the reap queue whose block has come: at most `max`,
	/// and only as many as `limit` pays for (each priced at `MaxParticipants`
	/// confirmations). Returns the weight used.
	pub(crate) fn reap_due(limit: Weight, max: u32) -> Weight {
		let worst = T::WeightInfo::reap(T::MaxParticipants::get());
		let affordable = affordable(max, limit, |n| worst.saturating_mul(u64::from(n)));
		if affordable == 0 {
			return Weight::zero();
		}
		let now = Self::block_now();
		let due: Vec<ReapKey> = ReapQueue::<T>::iter_keys()
			.take(affordable as usize)
			.take_while(|key| split_reap_key(*key).0 <= now)
			.collect();
		let mut used = T::DbWeight::get().reads(1);
		for key in due {
			ReapQueue::<T>::remove(key);
			ReapAt::<T>::remove(split_reap_key(key).1);
			used = used.saturating_add(Self::reap_plan(split_reap_key(key).1));
		}
		used
	}

	/// Reap one ended plan, or postpone it if a handoff of it is unsettled. Returns the
	/// weight used.
	fn reap_plan(id: PlanId) -> Weight {
		let Some(plan) = Plans::<T>::get(id) else {
			return T::WeightInfo::reap(0);
		};
		if plan.status == PlanStatus::Open {
			// Never queued while open; nothing to do.
			return T::WeightInfo::reap(0);
		}
		let participants: Vec<InstitutionId> = Confirmations::<T>::iter_key_prefix(id).collect();
		let weight = T::WeightInfo::reap(participants.len() as u32);
		if !participants.iter().all(|who| T::Handoff::is_settled(id, *who)) {
			let until = Self::reap_due_block();
			Self::queue_reap(id, until);
			Self::deposit_event(Event::ReapPostponed { plan: id, until: until.into() });
			return weight;
		}
		for who in &participants {
			Confirmations::<T>::remove(id, who);
			TakenBy::<T>::remove(who, ordered(id));
			T::Handoff::forget(id, *who);
		}
		PlansByContributor::<T>::remove(plan.contributor, ordered(id));
		Plans::<T>::remove(id);
		let digest = BlakeTwo256::hash(&plan.encode()).0;
		ReapedPlans::<T>::insert(id, digest);
		// Releasing what this pallet holds cannot fail; were it to, the plan is gone
		// anyway and the deposit record with it (`try_state` would then flag the hold).
		let deposit = Self::release_deposit(id).ok().flatten();
		Self::deposit_event(Event::PlanReaped { plan: id, digest, deposit });
		weight
	}

	/// The reap queue holds exactly the ended plans, each once; reaped plans are gone.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn check_retention() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		let mut queued: Vec<PlanId> =
			ReapQueue::<T>::iter_keys().map(|key| split_reap_key(key).1).collect();
		let before = queued.len();
		queued.sort_unstable();
		queued.dedup();
		ensure!(queued.len() == before, "a plan is queued for reaping twice");
		let mut ended = 0usize;
		for (id, plan) in Plans::<T>::iter() {
			if plan.status != PlanStatus::Open {
				ended = ended.saturating_add(1);
				ensure!(
					queued.binary_search(&id).is_ok(),
					"an ended plan is not queued for reaping"
				);
			}
			ensure!(!ReapedPlans::<T>::contains_key(id), "a reaped plan is still stored");
		}
		ensure!(queued.len() == ended, "the reap queue names a plan that is not ended");
		for key in ReapQueue::<T>::iter_keys() {
			let (due, id) = split_reap_key(key);
			ensure!(ReapAt::<T>::get(id) == Some(due), "ReapAt disagrees with the reap queue");
		}
		ensure!(ReapAt::<T>::iter_keys().count() == ended, "a stale ReapAt entry");
		Ok(())
	}
}
