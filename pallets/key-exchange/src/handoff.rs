//! The life of a handoff: the request (on a confirmation), the delivery, the acceptance,
//! and the two ways a held fee ends (paid to the contributor, or back to the participant
//! with its share returned to the plan). Also the bookkeeping of the pending list and the
//! deadline queue that go with each step.
use crate::{
	pallet::*,
	types::{deadline_key, pending_key},
	Delivery, DeliveryOf, Handoff, HandoffOf, HandoffStatus,
};
use frame_support::{dispatch::DispatchResult, ensure, pallet_prelude::Get, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use loanshare_primitives::{FeeEscrow, HandoffDue, InstitutionId, PlanId, ShareLedger};
use sp_runtime::{traits::CheckedAdd, ArithmeticError, SaturatedConversion};

impl<T: Config> Pallet<T> {
	/// `now + span`, in blocks.
	fn after(span: BlockNumberFor<T>) -> Result<BlockNumberFor<T>, ArithmeticError> {
		frame_system::Pallet::<T>::block_number()
			.checked_add(&span)
			.ok_or(ArithmeticError::Overflow)
	}

	/// Put the handoff's automatic settlement at `at` into the queue (and the record).
	pub(crate) fn schedule(
		plan: PlanId,
		participant: InstitutionId,
		handoff: &mut HandoffOf<T>,
		at: BlockNumberFor<T>,
	) {
		handoff.deadline = Some(at);
		Deadlines::<T>::insert(deadline_key(at.saturated_into(), plan, participant), ());
	}

	/// Take the handoff's automatic settlement out of the queue.
	pub(crate) fn unschedule(plan: PlanId, participant: InstitutionId, handoff: &HandoffOf<T>) {
		if let Some(at) = handoff.deadline {
			Deadlines::<T>::remove(deadline_key(at.saturated_into(), plan, participant));
		}
	}

	/// Record a pending handoff (the body of `HandoffHook::handoff_due`).
	pub(crate) fn do_handoff_due(due: HandoffDue<'_>) -> DispatchResult {
		ensure!(
			!Handoffs::<T>::contains_key(due.plan, due.participant),
			Error::<T>::HandoffAlreadyExists
		);
		let participant_key_id =
			CurrentKey::<T>::get(due.participant).ok_or(Error::<T>::ParticipantHasNoKey)?;
		ensure!(
			Keys::<T>::contains_key(due.contributor, due.key_id),
			Error::<T>::UnknownContributorKey
		);
		ensure!(!due.wrapped_key.is_empty(), Error::<T>::InvalidWrappedKey);
		let wrapped_key: BoundedVec<u8, T::MaxWrappedKeyLen> =
			due.wrapped_key.to_vec().try_into().map_err(|_| Error::<T>::InvalidWrappedKey)?;
		let deliver_by = Self::after(T::HandoffTimeout::get())?;

		let mut handoff = Handoff {
			contributor: due.contributor,
			escrow: due.escrow,
			wrapped_key,
			contributor_key_id: due.key_id,
			participant_key_id,
			requested_at: frame_system::Pallet::<T>::block_number(),
			status: HandoffStatus::Pending,
			delivered_key: None,
			delivered_key_id: None,
			delivered_at: None,
			deadline: None,
		};
		Self::schedule(due.plan, due.participant, &mut handoff, deliver_by);
		PendingHandoffs::<T>::insert(due.contributor, pending_key(due.plan, due.participant), ());
		Handoffs::<T>::insert(due.plan, due.participant, handoff);
		Self::deposit_event(Event::HandoffRequested {
			plan: due.plan,
			contributor: due.contributor,
			participant: due.participant,
			escrow: due.escrow,
			participant_key_id,
			deliver_by,
		});
		Ok(())
	}

	/// One delivery by `caller`: checks, then W' stored and the challenge window started.
	pub(crate) fn do_deliver(caller: InstitutionId, delivery: DeliveryOf<T>) -> DispatchResult {
		let Delivery { plan, participant, participant_key_id, rewrapped_key } = delivery;
		let mut handoff =
			Handoffs::<T>::get(plan, participant).ok_or(Error::<T>::UnknownHandoff)?;
		ensure!(caller == handoff.contributor, Error::<T>::NotContributor);
		ensure!(handoff.status == HandoffStatus::Pending, Error::<T>::NotPending);
		let current = CurrentKey::<T>::get(participant).ok_or(Error::<T>::ParticipantHasNoKey)?;
		ensure!(participant_key_id == current, Error::<T>::WrongParticipantKey);
		let key = Keys::<T>::get(participant, current).ok_or(Error::<T>::ParticipantHasNoKey)?;
		ensure!(
			u32::try_from(rewrapped_key.len()).ok() == Some(key.bits.div_ceil(8)),
			Error::<T>::WrappedKeyLengthMismatch
		);
		// W' must be below the modulus, or no raw decryption could ever prove it bad.
		let public = loanshare_envelope::parse_public_key(&key.der)
			.map_err(|_| Error::<T>::ParticipantHasNoKey)?;
		loanshare_envelope::check_wrapped_key(&public, &rewrapped_key)
			.map_err(|_| Error::<T>::InvalidWrappedKey)?;
		let challenge_until = Self::after(T::ChallengeWindow::get())?;

		Self::unschedule(plan, participant, &handoff);
		Self::schedule(plan, participant, &mut handoff, challenge_until);
		handoff.status = HandoffStatus::Delivered;
		handoff.delivered_key = Some(rewrapped_key);
		handoff.delivered_key_id = Some(current);
		handoff.delivered_at = Some(frame_system::Pallet::<T>::block_number());
		let contributor = handoff.contributor;
		PendingHandoffs::<T>::remove(contributor, pending_key(plan, participant));
		Handoffs::<T>::insert(plan, participant, handoff);
		Self::deposit_event(Event::HandoffDelivered {
			plan,
			contributor,
			participant,
			participant_key_id: current,
			challenge_until,
		});
		Ok(())
	}

	/// A delivered handoff of `participant`, still within its challenge window.
	pub(crate) fn delivered(
		plan: PlanId,
		participant: InstitutionId,
	) -> Result<HandoffOf<T>, Error<T>> {
		let handoff = Handoffs::<T>::get(plan, participant).ok_or(Error::<T>::UnknownHandoff)?;
		ensure!(handoff.status == HandoffStatus::Delivered, Error::<T>::NotDelivered);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(handoff.deadline.is_some_and(|end| now < end), Error::<T>::ChallengeWindowOver);
		Ok(handoff)
	}

	/// `accept`: the participant ends the challenge window early and the fee is paid.
	pub(crate) fn do_accept(plan: PlanId, participant: InstitutionId) -> DispatchResult {
		let handoff = Self::delivered(plan, participant)?;
		let (contributor, escrow) = (handoff.contributor, handoff.escrow);
		Self::unschedule(plan, participant, &handoff);
		Self::pay(plan, participant, handoff, HandoffStatus::Accepted)?;
		Self::deposit_event(Event::HandoffAccepted { plan, contributor, participant, escrow });
		Ok(())
	}

	/// Pay the held fee to the contributor and close the handoff with `status` (the caller
	/// took it out of the deadline queue and emits the event).
	pub(crate) fn pay(
		plan: PlanId,
		participant: InstitutionId,
		mut handoff: HandoffOf<T>,
		status: HandoffStatus,
	) -> DispatchResult {
		T::Escrow::release(handoff.escrow, handoff.contributor)?;
		handoff.status = status;
		handoff.deadline = None;
		Handoffs::<T>::insert(plan, participant, handoff);
		Ok(())
	}

	/// Return the held fee to the participant and its share to the plan; the handoff leaves
	/// state (the caller took it out of the deadline queue and emits the event, which is
	/// the record). The participant may confirm the plan again.
	pub(crate) fn give_back(
		plan: PlanId,
		participant: InstitutionId,
		handoff: HandoffOf<T>,
	) -> DispatchResult {
		T::Escrow::refund(handoff.escrow)?;
		T::Shares::return_share(plan, participant)?;
		if handoff.status == HandoffStatus::Pending {
			PendingHandoffs::<T>::remove(handoff.contributor, pending_key(plan, participant));
		}
		Handoffs::<T>::remove(plan, participant);
		Ok(())
	}

	/// The timeout of a pending handoff: fee and share back (`refund` and the automatic
	/// settlement).
	pub(crate) fn time_out(
		plan: PlanId,
		participant: InstitutionId,
		handoff: HandoffOf<T>,
	) -> DispatchResult {
		let escrow = handoff.escrow;
		Self::unschedule(plan, participant, &handoff);
		Self::give_back(plan, participant, handoff)?;
		Self::deposit_event(Event::HandoffRefunded { plan, participant, escrow });
		Ok(())
	}

	/// The end of a delivered handoff's challenge window: the fee is paid.
	pub(crate) fn release(
		plan: PlanId,
		participant: InstitutionId,
		handoff: HandoffOf<T>,
	) -> DispatchResult {
		let (contributor, escrow) = (handoff.contributor, handoff.escrow);
		Self::unschedule(plan, participant, &handoff);
		Self::pay(plan, participant, handoff, HandoffStatus::Released)?;
		Self::deposit_event(Event::HandoffReleased { plan, contributor, participant, escrow });
		Ok(())
	}
}
