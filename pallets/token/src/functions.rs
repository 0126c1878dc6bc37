//! Helpers of the token pallet: balance moves, genesis minting and the
//! supply invariant `TotalMinted − TotalBurned = Σ Balances + Σ pending Redemptions + Σ Escrows`.
use crate::{
	pallet::{
		Balances, Config, Error, Escrows, Pallet, Redemptions, ReferenceOf, TotalBurned,
		TotalMinted,
	},
	Redemption, RedemptionId, RedemptionStatus,
};
use alloc::vec::Vec;
use frame_support::ensure;
use loanshare_primitives::{InstitutionId, TokenBalance};
use sp_runtime::{ArithmeticError, DispatchError};

impl<T: Config> Pallet<T> {
	/// The token units held by institution `who`.
	pub fn balance_of(who: InstitutionId) -> TokenBalance {
		Balances::<T>::get(who)
	}

	/// Tokens in existence: minted minus burned (balances, pending redemptions and escrows).
	pub fn total_supply() -> TokenBalance {
		TotalMinted::<T>::get().saturating_sub(TotalBurned::<T>::get())
	}

	/// Check the supply invariant over the whole state (iterates every balance, redemption
	/// and escrow: for tests and `try_state`, never for dispatch).
	pub fn check_invariant() -> Result<(), &'static str> {
		let supply = TotalMinted::<T>::get()
			.checked_sub(TotalBurned::<T>::get())
			.ok_or("token: more burned than minted")?;
		let mut held: TokenBalance = 0;
		for (_, balance) in Balances::<T>::iter() {
			held = held.checked_add(balance).ok_or("token: sum of balances overflows")?;
		}
		for (_, redemption) in Redemptions::<T>::iter() {
			if redemption.status == RedemptionStatus::Pending {
				held = held
					.checked_add(redemption.amount)
					.ok_or("token: sum of pending redemptions overflows")?;
			}
		}
		for (_, (_, amount)) in Escrows::<T>::iter() {
			held = held.checked_add(amount).ok_or("token: sum of escrows overflows")?;
		}
		ensure!(held == supply, "token: minted - burned != balances + redemptions + escrows");
		Ok(())
	}

	/// A non-empty payment or payout reference within `MaxReferenceLen`.
	pub(crate) fn bounded_reference(raw: Vec<u8>) -> Result<ReferenceOf<T>, DispatchError> {
		ensure!(!raw.is_empty(), Error::<T>::EmptyReference);
		raw.try_into().map_err(|_| Error::<T>::ReferenceTooLong.into())
	}

	/// The redemption `id` if it is still pending.
	pub(crate) fn pending_redemption(id: RedemptionId) -> Result<Redemption, DispatchError> {
		Redemptions::<T>::get(id)
			.filter(|r| r.status == RedemptionStatus::Pending)
			.ok_or_else(|| Error::<T>::UnknownRedemption.into())
	}

	/// Store a balance, dropping the entry when it is zero.
	pub(crate) fn set_balance(who: InstitutionId, amount: TokenBalance) {
		if amount == 0 {
			Balances::<T>::remove(who);
		} else {
			Balances::<T>::insert(who, amount);
		}
	}

	/// Move `amount` from `from` to `to` (distinct institutions); all-or-nothing.
	pub(crate) fn move_balance(
		from: InstitutionId,
		to: InstitutionId,
		amount: TokenBalance,
	) -> Result<(), DispatchError> {
		let from_balance =
			Balances::<T>::get(from).checked_sub(amount).ok_or(Error::<T>::InsufficientBalance)?;
		let to_balance =
			Balances::<T>::get(to).checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		Self::set_balance(from, from_balance);
		Self::set_balance(to, to_balance);
		Ok(())
	}

	/// Credit the genesis balances and count them as minted; all-or-nothing.
	pub(crate) fn mint_genesis(
		balances: &[(InstitutionId, TokenBalance)],
	) -> Result<(), ArithmeticError> {
		let mut minted = TotalMinted::<T>::get();
		let mut credited: alloc::collections::BTreeMap<InstitutionId, TokenBalance> =
			Default::default();
		for &(who, amount) in balances {
			minted = minted.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
			let entry = credited.entry(who).or_insert_with(|| Balances::<T>::get(who));
			*entry = entry.checked_add(amount).ok_or(ArithmeticError::Overflow)?;
		}
		TotalMinted::<T>::put(minted);
		for (who, amount) in credited {
			Self::set_balance(who, amount);
		}
		Ok(())
	}
}
