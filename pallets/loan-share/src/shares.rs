//! The plans' side of a handoff's settlement ([`ShareLedger`], used by key-exchange): a
//! plan's envelope for judging a disputed delivery, and the return of a share whose fee
//! was refunded (timeout, proven bad delivery, council ruling). A returned share leaves
//! the plan's records and counters; a plan that this share had filled opens again while
//! its window lasts.
use crate::{
	index::{expiry_key, ordered},
	pallet::*,
	PlanStatus,
};
use frame_support::dispatch::DispatchResult;
use loanshare_primitives::{InstitutionId, PlanEnvelope, PlanId, ShareLedger};

impl<T: Config> ShareLedger for Pallet<T> {
	fn envelope(plan: PlanId) -> Option<PlanEnvelope> {
		let plan = Plans::<T>::get(plan)?;
		Some(PlanEnvelope {
			contributor: plan.contributor,
			external_ref: plan.external_ref.to_vec(),
			ciphertext: plan.envelope.ciphertext.to_vec(),
			nonce: plan.envelope.nonce,
			commitment: plan.envelope.commitment,
		})
	}

	fn return_share(plan_id: PlanId, participant: InstitutionId) -> DispatchResult {
		// Nothing to return if the plan or the confirmation is gone: the refund itself
		// must never be blocked by the plan's records.
		let Some(mut plan) = Plans::<T>::get(plan_id) else { return Ok(()) };
		let Some(confirmation) = Confirmations::<T>::take(plan_id, participant) else {
			return Ok(());
		};
		TakenBy::<T>::remove(participant, ordered(plan_id));
		plan.taken = plan.taken.saturating_sub(confirmation.amount);
		plan.participants = plan.participants.saturating_sub(1);
		let reopened = plan.status == PlanStatus::Filled && Self::now() <= plan.conditions.end;
		if reopened {
			Self::unschedule_reap(plan_id);
			plan.status = PlanStatus::Open;
			OpenPlans::<T>::insert(ordered(plan_id), ());
			ExpiryQueue::<T>::insert(expiry_key(plan.conditions.end, plan_id), ());
		}
		Plans::<T>::insert(plan_id, plan);
		Self::deposit_event(Event::ShareReturned {
			plan: plan_id,
			participant,
			amount: confirmation.amount,
			reopened,
		});
		Ok(())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn plan_for_benchmark(
		contributor: InstitutionId,
		participant: InstitutionId,
		envelope: PlanEnvelope,
	) -> PlanId {
		crate::benchmarking::filled_plan::<T>(contributor, participant, envelope)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn max_ciphertext_len() -> u32 {
		use frame_support::traits::Get;
		T::MaxCiphertextLen::get()
	}
}
