//! The token pallet as the chain's [`FeeEscrow`]: fees held out of a payer's balance,
//! later released to another institution or refunded. Each step emits an event.
//!
//! A zero-amount hold is allowed (a plan may charge a zero fee rate); it opens an
//! escrow like any other so that release/refund work uniformly.
use crate::pallet::{Balances, Config, Error, Escrows, Event, NextEscrowId, Pallet};
use frame_support::ensure;
use loanshare_primitives::{EscrowId, FeeEscrow, InstitutionId, InstitutionRegistry, TokenBalance};
use sp_runtime::{ArithmeticError, DispatchError, DispatchResult};

impl<T: Config> FeeEscrow for Pallet<T> {
	fn hold(payer: InstitutionId, amount: TokenBalance) -> Result<EscrowId, DispatchError> {
		let balance =
			Balances::<T>::get(payer).checked_sub(amount).ok_or(Error::<T>::InsufficientBalance)?;
		let escrow = NextEscrowId::<T>::get();
		let next = escrow.checked_add(1).ok_or(ArithmeticError::Overflow)?;

		Self::set_balance(payer, balance);
		NextEscrowId::<T>::put(next);
		Escrows::<T>::insert(escrow, (payer, amount));
		Self::deposit_event(Event::FeeHeld { escrow, payer, amount });
		Ok(escrow)
	}

	fn release(escrow: EscrowId, to: InstitutionId) -> DispatchResult {
		let (payer, amount) = Escrows::<T>::get(escrow).ok_or(Error::<T>::UnknownEscrow)?;
		ensure!(T::Registry::is_active(to), Error::<T>::RecipientNotMember);
		let balance =
			Balances::<T>::get(to).checked_add(amount).ok_or(ArithmeticError::Overflow)?;

		Escrows::<T>::remove(escrow);
		Self::set_balance(to, balance);
		Self::deposit_event(Event::FeeReleased { escrow, payer, to, amount });
		Ok(())
	}

	fn refund(escrow: EscrowId) -> DispatchResult {
		let (payer, amount) = Escrows::<T>::get(escrow).ok_or(Error::<T>::UnknownEscrow)?;
		let balance =
			Balances::<T>::get(payer).checked_add(amount).ok_or(ArithmeticError::Overflow)?;

		Escrows::<T>::remove(escrow);
		Self::set_balance(payer, balance);
		Self::deposit_event(Event::FeeRefunded { escrow, payer, amount });
		Ok(())
	}

	fn escrowed(escrow: EscrowId) -> Option<(InstitutionId, TokenBalance)> {
		Escrows::<T>::get(escrow)
	}

	/// Mints `amount` to `who` (counted in `TotalMinted`, so the invariant holds).
	/// Saturates instead of failing: benchmark setup only.
	#[cfg(feature = "runtime-benchmarks")]
	fn fund_for_benchmark(who: InstitutionId, amount: TokenBalance) {
		use crate::pallet::TotalMinted;
		let minted = TotalMinted::<T>::get();
		let room = TokenBalance::MAX.saturating_sub(minted);
		let amount = amount.min(room);
		TotalMinted::<T>::put(minted.saturating_add(amount));
		Self::set_balance(who, Balances::<T>::get(who).saturating_add(amount));
	}
}
