//! Disputes of a delivery: the on-chain proof of a bad delivery (the raw RSA decryption
//! of W', judged against the plan's envelope by `loanshare-envelope`), complaints about
//! the data's truth, and the council's rulings on them.
use crate::{pallet::*, HandoffStatus};
use frame_support::{dispatch::DispatchResult, ensure, BoundedVec};
use loanshare_envelope::{Context, Verdict};
use loanshare_primitives::{InstitutionId, PlanId, ShareLedger};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// `prove_bad_delivery`: judge W' by EM, its raw decryption; refund on a proven fault.
	pub(crate) fn do_prove_bad_delivery(
		plan: PlanId,
		participant: InstitutionId,
		decrypted: &[u8],
	) -> DispatchResult {
		let handoff = Self::delivered(plan, participant)?;
		let (Some(delivered), Some(key_id)) = (&handoff.delivered_key, handoff.delivered_key_id)
		else {
			return Err(Error::<T>::NotDelivered.into());
		};
		let key = Keys::<T>::get(participant, key_id).ok_or(Error::<T>::ParticipantHasNoKey)?;
		ensure!(
			u32::try_from(decrypted.len()).ok() == Some(key.bits.div_ceil(8)),
			Error::<T>::InvalidProof
		);
		let envelope = T::Shares::envelope(plan).ok_or(Error::<T>::PlanEnvelopeMissing)?;
		let genesis = frame_system::Pallet::<T>::block_hash(
			frame_system::pallet_prelude::BlockNumberFor::<T>::zero(),
		);
		let ctx = Context {
			chain_id: genesis.as_ref(),
			contributor: envelope.contributor,
			external_ref: &envelope.external_ref,
		};
		let verdict = loanshare_envelope::judge_delivery(
			&key.der,
			delivered,
			decrypted,
			&envelope.ciphertext,
			&envelope.nonce,
			&envelope.commitment,
			&ctx,
		)
		.map_err(|e| match e {
			loanshare_envelope::Error::ProofMismatch => Error::<T>::ProofDoesNotMatch,
			_ => Error::<T>::InvalidProof,
		})?;
		let fault = match verdict {
			Verdict::Good => return Err(Error::<T>::DeliveryWasGood.into()),
			Verdict::Fault(fault) => fault,
		};

		let (contributor, escrow) = (handoff.contributor, handoff.escrow);
		Self::unschedule(plan, participant, &handoff);
		Self::give_back(plan, participant, handoff)?;
		let misdeliveries = Misdeliveries::<T>::mutate(contributor, |count| {
			*count = count.saturating_add(1);
			*count
		});
		Self::deposit_event(Event::BadDeliveryProven {
			plan,
			contributor,
			participant,
			escrow,
			fault,
			misdeliveries,
		});
		Ok(())
	}

	/// `complain`: the delivery goes before the council; the automatic payment is off.
	pub(crate) fn do_complain(
		plan: PlanId,
		participant: InstitutionId,
		reason: BoundedVec<u8, T::MaxDisputeReasonLen>,
	) -> DispatchResult {
		let mut handoff = Self::delivered(plan, participant)?;
		Self::unschedule(plan, participant, &handoff);
		handoff.status = HandoffStatus::Complained;
		handoff.deadline = None;
		let contributor = handoff.contributor;
		Handoffs::<T>::insert(plan, participant, handoff);
		Self::deposit_event(Event::HandoffComplained { plan, contributor, participant, reason });
		Ok(())
	}

	/// `rule`: the council's decision on a complaint.
	pub(crate) fn do_rule(
		plan: PlanId,
		participant: InstitutionId,
		refund: bool,
	) -> DispatchResult {
		let handoff = Handoffs::<T>::get(plan, participant).ok_or(Error::<T>::UnknownHandoff)?;
		ensure!(handoff.status == HandoffStatus::Complained, Error::<T>::NotComplained);
		let contributor = handoff.contributor;
		if refund {
			Self::give_back(plan, participant, handoff)?;
		} else {
			Self::pay(plan, participant, handoff, HandoffStatus::RuledRelease)?;
		}
		Self::deposit_event(Event::ComplaintRuled {
			plan,
			contributor,
			participant,
			refunded: refund,
		});
		Ok(())
	}
}
