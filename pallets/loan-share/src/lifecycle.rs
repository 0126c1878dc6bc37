//! How plans end (filled, withdrawn, expired, automatic expiry in `on_idle`),
//! plus the shared helpers: the clock and the invariants.
use crate::{
	index::{expiry_key, ordered, split_expiry_key, ExpiryKey},
	pallet::*,
	PlanOf, PlanStatus, WeightInfo,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{Get, UnixTime},
	weights::Weight,
};
use loanshare_primitives::{InstitutionId, Moment, PlanId};
use sp_runtime::{DispatchResult, SaturatedConversion};

/// How many items, at most `max`, a hook may handle when handling `n` of them weighs
/// `weight_of(n)` and it has `limit` to spend.
pub(crate) fn affordable(max: u32, limit: Weight, weight_of: impl Fn(u32) -> Weight) -> u32 {
	let mut n = 0u32;
	while n < max && weight_of(n.saturating_add(1)).all_lte(limit) {
		n = n.saturating_add(1);
	}
	n
}

impl<T: Config> Pallet<T> {
	/// Now, in ms since the Unix epoch.
	pub(crate) fn now() -> Moment {
		T::Time::now().as_millis().saturated_into::<Moment>()
	}

	/// Ends an open plan with `status`: it leaves the open and expiry indexes and is
	/// queued for reaping after the retention period. The caller stores the plan and
	/// emits the event.
	pub(crate) fn close(plan: &mut PlanOf<T>, status: PlanStatus) {
		plan.status = status;
		OpenPlans::<T>::remove(ordered(plan.id));
		ExpiryQueue::<T>::remove(expiry_key(plan.conditions.end, plan.id));
		Self::schedule_reap(plan.id);
	}

	/// `withdraw`: the contributor ends an open plan nobody confirmed.
	pub(crate) fn do_withdraw(caller: InstitutionId, plan_id: PlanId) -> DispatchResult {
		let mut plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::PlanNotFound)?;
		ensure!(caller == plan.contributor, Error::<T>::NotPlanContributor);
		ensure!(plan.status == PlanStatus::Open, Error::<T>::PlanNotOpen);
		ensure!(plan.participants == 0, Error::<T>::HasConfirmations);
		Self::close(&mut plan, PlanStatus::Withdrawn);
		Plans::<T>::insert(plan_id, plan);
		Self::deposit_event(Event::PlanWithdrawn { plan: plan_id });
		Ok(())
	}

	/// `expire`: ends an open plan whose end has passed.
	pub(crate) fn do_expire(plan_id: PlanId) -> DispatchResult {
		let mut plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::PlanNotFound)?;
		ensure!(plan.status == PlanStatus::Open, Error::<T>::PlanNotOpen);
		ensure!(Self::now() > plan.conditions.end, Error::<T>::NotEnded);
		Self::close(&mut plan, PlanStatus::Expired);
		Plans::<T>::insert(plan_id, plan);
		Self::deposit_event(Event::PlanExpired { plan: plan_id });
		Ok(())
	}

	/// Expires the plans at the front of the expiry queue whose end has passed: at
	/// most `MaxExpiriesPerBlock`, and only as many as `limit` pays for.
	/// Returns the weight used.
	pub(crate) fn expire_due(limit: Weight) -> Weight {
		let affordable =
			affordable(T::MaxExpiriesPerBlock::get(), limit, T::WeightInfo::on_idle_expire);
		if affordable == 0 {
			return Weight::zero();
		}

		let now = Self::now();
		let due: Vec<ExpiryKey> = ExpiryQueue::<T>::iter_keys()
			.take(affordable as usize)
			.take_while(|key| split_expiry_key(*key).0 < now)
			.collect();
		let count = due.len() as u32;
		for key in due {
			ExpiryQueue::<T>::remove(key);
			let (_, plan_id) = split_expiry_key(key);
			if let Some(mut plan) = Plans::<T>::get(plan_id) {
				if plan.status == PlanStatus::Open {
					Self::close(&mut plan, PlanStatus::Expired);
					Plans::<T>::insert(plan_id, plan);
					Self::deposit_event(Event::PlanExpired { plan: plan_id });
				}
			}
		}
		T::WeightInfo::on_idle_expire(count)
	}

	/// The indexes agree with the plans: exactly the open plans are in `OpenPlans`
	/// and `ExpiryQueue`, and every plan's counters match its confirmations.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut open = 0usize;
		for (id, plan) in Plans::<T>::iter() {
			ensure!(plan.id == id, "plan stored under another id");
			let is_open = plan.status == PlanStatus::Open;
			ensure!(
				OpenPlans::<T>::contains_key(ordered(id)) == is_open,
				"OpenPlans disagrees with a plan's status"
			);
			ensure!(
				ExpiryQueue::<T>::contains_key(expiry_key(plan.conditions.end, id)) == is_open,
				"ExpiryQueue disagrees with a plan's status"
			);
			if is_open {
				open = open.saturating_add(1);
			}
			let mut taken = 0u128;
			let mut participants = 0u32;
			for (p, c) in Confirmations::<T>::iter_prefix(id) {
				ensure!(
					c.participant == p && c.plan == id,
					"confirmation stored under another key"
				);
				taken = taken.saturating_add(c.amount);
				participants = participants.saturating_add(1);
				ensure!(TakenBy::<T>::contains_key(p, ordered(id)), "missing TakenBy entry");
			}
			ensure!(
				participants == plan.participants,
				"participant count disagrees with the confirmations"
			);
			ensure!(taken == plan.taken, "taken disagrees with the confirmations");
			ensure!(plan.taken <= plan.conditions.shared_limit, "plan over its shared limit");
			ensure!(
				ByExternalRef::<T>::get(plan.contributor, &plan.external_ref) == Some(id),
				"ByExternalRef disagrees"
			);
		}
		ensure!(OpenPlans::<T>::iter_keys().count() == open, "stale OpenPlans entry");
		ensure!(ExpiryQueue::<T>::iter_keys().count() == open, "stale ExpiryQueue entry");
		Self::check_retention()?;
		Self::check_deposits()
	}
}
