//! Confirmation: the rules of taking a share, the fee, the escrow and the handoff.
use crate::{index::ordered, pallet::*, types::FEE_RATE_DIVISOR, Confirmation, PlanStatus};
use frame_support::{ensure, traits::Get};
use loanshare_primitives::{
	FeeEscrow, Fen, HandoffDue, HandoffHook, InstitutionId, PlanId, PublicKeyRegistry, TokenBalance,
};
use sp_runtime::{ArithmeticError, DispatchError};

impl<T: Config> Pallet<T> {
	/// The fee of taking `amount` fen at `token_rate` whole TOKEN per 10,000 RMB, in
	/// token units (fen): `ceil(amount × token_rate / 10,000)`.
	///
	/// 10,000 RMB is 1,000,000 fen and a TOKEN is 100 units, so the rate per fen is
	/// `token_rate × 100 / 1,000,000 = token_rate / 10,000` units.
	pub fn fee_for(amount: Fen, token_rate: u32) -> Result<TokenBalance, DispatchError> {
		let scaled = amount.checked_mul(u128::from(token_rate)).ok_or(ArithmeticError::Overflow)?;
		Ok(scaled.div_ceil(FEE_RATE_DIVISOR))
	}

	/// Every confirmation rule, then the fee hold, the handoff request and the records
	/// (`participant`: the caller's institution, an active Participator). Returns whether
	/// the confirmation filled the plan.
	pub(crate) fn do_confirm(
		participant: InstitutionId,
		plan_id: PlanId,
		amount: Fen,
		rate_bp: u32,
	) -> Result<bool, DispatchError> {
		let mut plan = Plans::<T>::get(plan_id).ok_or(Error::<T>::PlanNotFound)?;
		ensure!(plan.status == PlanStatus::Open, Error::<T>::PlanNotOpen);

		let now = Self::now();
		let c = plan.conditions;
		ensure!(now >= c.start, Error::<T>::NotStarted);
		ensure!(now <= c.end, Error::<T>::PlanEnded);

		ensure!(participant != plan.contributor, Error::<T>::SelfConfirmation);
		ensure!(
			!Confirmations::<T>::contains_key(plan_id, participant),
			Error::<T>::AlreadyConfirmed
		);
		ensure!(T::Keys::current_key_id(participant).is_some(), Error::<T>::NoPublicKey);

		ensure!(rate_bp >= c.min_rate_bp && rate_bp <= c.max_rate_bp, Error::<T>::RateOutOfRange);
		ensure!(rate_bp <= RateCapBp::<T>::get(), Error::<T>::RateAboveCap);

		ensure!(amount > 0, Error::<T>::ZeroAmount);
		ensure!(amount >= c.min_share, Error::<T>::AmountBelowMinShare);
		ensure!(amount <= plan.remaining(), Error::<T>::AmountExceedsRemaining);
		ensure!(plan.participants < c.max_participants, Error::<T>::TooManyParticipants);

		let fee = Self::fee_for(amount, c.token_rate)?.max(T::MinFee::get());
		plan.taken = plan.taken.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		plan.participants = plan.participants.checked_add(1).ok_or(ArithmeticError::Overflow)?;

		// Side effects in other pallets come last; should one fail, the call's
		// storage transaction undoes everything.
		let escrow = T::Escrow::hold(participant, fee)?;
		T::Handoff::handoff_due(HandoffDue {
			plan: plan_id,
			contributor: plan.contributor,
			participant,
			escrow,
			wrapped_key: &plan.envelope.wrapped_key,
			key_id: plan.envelope.key_id,
		})?;

		let confirmation =
			Confirmation { plan: plan_id, participant, amount, rate_bp, fee, escrow, at: now };
		Confirmations::<T>::insert(plan_id, participant, confirmation);
		TakenBy::<T>::insert(participant, ordered(plan_id), ());
		Self::deposit_event(Event::PlanConfirmed {
			plan: plan_id,
			participant,
			amount,
			rate_bp,
			fee,
			escrow,
		});

		let filled = plan.taken >= c.shared_limit || plan.participants >= c.max_participants;
		if filled {
			Self::close(&mut plan, PlanStatus::Filled);
			Self::deposit_event(Event::PlanFilled { plan: plan_id });
		}
		Plans::<T>::insert(plan_id, plan);
		Ok(filled)
	}
}
