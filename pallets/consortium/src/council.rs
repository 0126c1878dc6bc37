//! The council follows membership: one seat per *active* institution, held by its voting
//! account (the first of its `accounts`). Every call that changes who is active, or an
//! active institution's first account, reseats the council through
//! [`Config::Council`](crate::Config::Council) (pallet-collective's `ChangeMembers`); nothing
//! else may change the seats. [`CouncilSeats`] keeps the seats handed over, sorted.
use crate::{Config, CouncilSeats, Error, Event, InstitutionOf, InstitutionStatus, Pallet};
use alloc::vec::Vec;
use frame_support::traits::ChangeMembers;

impl<T: Config> Pallet<T> {
	/// The account holding `inst`'s council seat, if it holds one (active, with an account).
	pub fn voting_account(inst: &InstitutionOf<T>) -> Option<T::AccountId> {
		(inst.status == InstitutionStatus::Active).then(|| inst.accounts.first().cloned())?
	}

	/// Move a council seat from `outgoing` to `incoming` (either may be `None`), keeping
	/// [`CouncilSeats`] sorted, and tell the council. No-op when both are the same.
	pub(crate) fn reseat(
		outgoing: Option<T::AccountId>,
		incoming: Option<T::AccountId>,
	) -> Result<(), Error<T>> {
		if outgoing == incoming {
			return Ok(());
		}
		let mut seats = CouncilSeats::<T>::get();
		if let Some(out) = &outgoing {
			if let Ok(pos) = seats.binary_search(out) {
				seats.remove(pos);
			}
		}
		if let Some(inc) = &incoming {
			let pos = seats.binary_search(inc).err().ok_or(Error::<T>::AccountAlreadyBound)?;
			seats.try_insert(pos, inc.clone()).map_err(|_| Error::<T>::TooManyCouncilSeats)?;
		}
		let incoming: Vec<T::AccountId> = incoming.into_iter().collect();
		let outgoing: Vec<T::AccountId> = outgoing.into_iter().collect();
		T::Council::change_members_sorted(&incoming, &outgoing, &seats);
		CouncilSeats::<T>::put(&seats);
		Self::deposit_event(Event::CouncilChanged { seats });
		Ok(())
	}

	/// The seats the council should have: the voting accounts of the active institutions,
	/// sorted (for `try_state` and the v1 migration; iterates every institution).
	pub(crate) fn expected_seats() -> Vec<T::AccountId> {
		let mut seats: Vec<T::AccountId> = crate::Institutions::<T>::iter_values()
			.filter_map(|i| Self::voting_account(&i))
			.collect();
		seats.sort();
		seats
	}
}
