//! Publication: the checks on a plan, and recording it.
use crate::{
	deposit::Deposits,
	index::{expiry_key, ordered},
	pallet::*,
	types::{PlanInput, PlanRejection, ENVELOPE_VERSION},
	Plan,
};
use frame_support::{ensure, traits::Get};
use loanshare_primitives::{InstitutionId, KeyId, Moment, PlanId, PublicKeyRegistry};
use sp_runtime::{ArithmeticError, DispatchError};

/// What the checks of one publication call need, read once per call.
pub(crate) struct PublishContext {
	/// The publishing institution.
	pub contributor: InstitutionId,
	/// Now, in ms since the Unix epoch.
	pub now: Moment,
	/// The regulatory rate cap, in basis points.
	pub cap_bp: u32,
	/// The contributor's current public key, if any.
	pub key: Option<KeyId>,
}

impl<T: Config> Pallet<T> {
	/// Reads what checking `contributor`'s publications needs.
	pub(crate) fn publish_context(contributor: InstitutionId) -> PublishContext {
		PublishContext {
			contributor,
			now: Self::now(),
			cap_bp: RateCapBp::<T>::get(),
			key: T::Keys::current_key_id(contributor),
		}
	}

	/// Every publication rule for one plan (the caller's role is checked already).
	pub(crate) fn validate_plan(
		ctx: &PublishContext,
		input: &PlanInput<T>,
	) -> Result<(), PlanRejection> {
		use PlanRejection::*;
		ensure!(!input.external_ref.is_empty(), EmptyExternalRef);
		ensure!(
			!ByExternalRef::<T>::contains_key(ctx.contributor, &input.external_ref),
			DuplicateExternalRef
		);

		let c = &input.conditions;
		ensure!(c.min_rate_bp <= c.max_rate_bp, InvalidRateRange);
		ensure!(c.max_rate_bp <= ctx.cap_bp, RateAboveCap);
		ensure!(c.start < c.end, InvalidWindow);
		ensure!(c.end > ctx.now, EndInPast);
		ensure!(c.shared_limit > 0, ZeroSharedLimit);
		ensure!(c.shared_limit <= input.amount, SharedLimitAboveAmount);
		ensure!(c.min_share >= T::MinShareFloor::get(), MinShareBelowFloor);
		ensure!(c.min_share <= c.shared_limit, MinShareAboveLimit);
		ensure!(
			c.max_participants >= 1 && c.max_participants <= T::MaxParticipants::get(),
			InvalidMaxParticipants
		);
		ensure!(c.token_rate > 0, ZeroTokenRate);

		let envelope = &input.envelope;
		let key = ctx.key.ok_or(NoPublicKey)?;
		ensure!(envelope.key_id == key, EnvelopeKeyMismatch);
		ensure!(envelope.version == ENVELOPE_VERSION, UnsupportedEnvelopeVersion);
		ensure!(!envelope.ciphertext.is_empty() && !envelope.wrapped_key.is_empty(), EmptyEnvelope);

		match (input.loan_type.is_car_loan(), input.car.is_some()) {
			(true, false) => Err(MissingCarCollateral),
			(false, true) => Err(UnexpectedCarCollateral),
			_ => Ok(()),
		}
	}

	/// Records a checked plan and its indexes; emits `PlanPublished`.
	pub(crate) fn insert_plan(
		contributor: InstitutionId,
		input: PlanInput<T>,
		now: Moment,
		deposits: &mut Deposits<'_, T>,
	) -> Result<PlanId, DispatchError> {
		let id = NextPlanId::<T>::get();
		let next = id.checked_add(1).ok_or(ArithmeticError::Overflow)?;
		let plan = Plan::<T>::new(id, contributor, input, now);
		let external_ref = plan.external_ref.clone();
		deposits.add(&plan);

		NextPlanId::<T>::put(next);
		ByExternalRef::<T>::insert(contributor, &external_ref, id);
		PlansByContributor::<T>::insert(contributor, ordered(id), ());
		OpenPlans::<T>::insert(ordered(id), ());
		ExpiryQueue::<T>::insert(expiry_key(plan.conditions.end, id), ());
		Plans::<T>::insert(id, plan);

		Self::deposit_event(Event::PlanPublished { plan: id, contributor, external_ref });
		Ok(id)
	}
}
