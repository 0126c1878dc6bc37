//! The storage deposit of plans: a refundable hold on the native currency of the account
//! that signed the publication, sized to what the plan may occupy in state (its own bytes
//! plus `max_participants` confirmations with their escrow and handoff records), released
//! when the plan is reaped after its retention period (`retention.rs`).
//!
//! State is then paid for while it exists: a contributor that publishes many plans locks
//! native currency in proportion, and gets it back as its ended plans are reaped.
use crate::{pallet::*, PlanOf};
use frame_support::traits::{
	fungible::{InspectHold, MutateHold},
	tokens::Precision,
	Get,
};
use loanshare_primitives::PlanId;
use sp_runtime::{traits::Saturating, DispatchError, DispatchResult};

/// The native balance type deposits are held in.
pub type DepositOf<T> = <<T as Config>::Currency as frame_support::traits::fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

/// A plan's deposit: the account it is held on, and how much.
pub type HeldDeposit<T> = (<T as frame_system::Config>::AccountId, DepositOf<T>);

/// The deposits of one publication (one plan, or a batch), held in one go at the end.
pub struct Deposits<'a, T: Config> {
	payer: &'a T::AccountId,
	total: DepositOf<T>,
}

impl<T: Config> Deposits<'_, T> {
	/// Record `plan`'s deposit against the payer (held by [`Self::hold`]).
	pub(crate) fn add(&mut self, plan: &PlanOf<T>) {
		let amount = Pallet::<T>::deposit_for(plan);
		PlanDeposits::<T>::insert(plan.id, (self.payer.clone(), amount));
		self.total = self.total.saturating_add(amount);
	}

	/// Hold the sum of the recorded deposits on the payer; `CannotAffordDeposit` if its
	/// free native balance falls short (the call then changes nothing).
	pub(crate) fn hold(self) -> DispatchResult {
		T::Currency::hold(&HoldReason::PlanDeposit.into(), self.payer, self.total)
			.map_err(|_| Error::<T>::CannotAffordDeposit.into())
	}
}

impl<T: Config> Pallet<T> {
	/// Start collecting the deposits of a publication signed by `payer`.
	pub(crate) fn deposits(payer: &T::AccountId) -> Deposits<'_, T> {
		Deposits { payer, total: Default::default() }
	}

	/// The deposit of `plan`: `PlanDepositBase + DepositPerByte × (the plan's encoded size
	/// + max_participants × ParticipantFootprint)`.
	pub fn deposit_for(plan: &PlanOf<T>) -> DepositOf<T> {
		use codec::Encode;
		let footprint = plan
			.conditions
			.max_participants
			.saturating_mul(T::ParticipantFootprint::get())
			.saturating_add(plan.encoded_size() as u32);
		T::PlanDepositBase::get()
			.saturating_add(T::DepositPerByte::get().saturating_mul(footprint.into()))
	}

	/// Release `plan`'s deposit, if it has one: returns who paid it and how much was
	/// released (less only if the hold was slashed by other means, which nothing does).
	pub(crate) fn release_deposit(plan: PlanId) -> Result<Option<HeldDeposit<T>>, DispatchError> {
		let Some((payer, amount)) = PlanDeposits::<T>::take(plan) else {
			return Ok(None);
		};
		let released = T::Currency::release(
			&HoldReason::PlanDeposit.into(),
			&payer,
			amount,
			Precision::BestEffort,
		)?;
		Ok(Some((payer, released)))
	}

	/// The deposits recorded for each account, summed, equal what is held on it.
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn check_deposits() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		let mut held: BTreeMap<T::AccountId, DepositOf<T>> = BTreeMap::new();
		for (plan, (payer, amount)) in PlanDeposits::<T>::iter() {
			frame_support::ensure!(Plans::<T>::contains_key(plan), "deposit of a missing plan");
			let sum = held.entry(payer).or_default();
			*sum = sum.saturating_add(amount);
		}
		for (payer, sum) in held {
			frame_support::ensure!(
				T::Currency::balance_on_hold(&HoldReason::PlanDeposit.into(), &payer) == sum,
				"held plan deposits disagree with PlanDeposits"
			);
		}
		Ok(())
	}
}
