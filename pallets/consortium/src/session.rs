//! Proof of authority: [`pallet_session::SessionManager`] for [`Pallet`], and
//! [`SessionKeysOf`], the usual [`Config::SessionKeys`](crate::Config::SessionKeys).
//!
//! [`Validators`] holds the validators of the active institutions, updated at once by the
//! calls. When `pallet-session` plans a session it asks [`Pallet`] for the next set: the
//! validators in [`Validators`] that have registered session keys. If that set differs from
//! the one handed over last time ([`QueuedValidators`]) and is not empty, it is handed over
//! (and [`Event::ValidatorSetChanged`] emitted); otherwise `None` keeps the current one.
//!
//! ## Timeline
//! `pallet-session` queues one session ahead. A change made during session `N` (admitting an
//! institution with a validator, suspending, resuming, removing, `set_validator`):
//! - at the end of session `N` (rotation into `N + 1`), `new_session(N + 2)` hands over the new
//!   set, provided the new validator has called `session.set_keys` by then; its keys are
//!   queued;
//! - at the end of session `N + 1` (rotation into `N + 2`), the queued keys become the Aura and
//!   GRANDPA authorities: the new validator authors and finalises from session `N + 2` on.
//!
//! A validator that registers its keys later joins at the first rotation after registering
//! (plus the one-session queue). A validator that leaves stops being an authority two
//! rotations after the change, likewise.
use crate::{Config, Event, Pallet, QueuedValidators, SessionIndex, Validators, ValidatorsOf};
use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::traits::Contains;

impl<T: Config> Pallet<T> {
	/// The validators that should validate next: those of active institutions that have
	/// session keys.
	pub fn next_validator_set() -> ValidatorsOf<T> {
		let mut set = Validators::<T>::get();
		set.retain(T::SessionKeys::contains);
		set
	}

	/// Hand the next set to `pallet-session` if it changed (always, if not empty, at genesis).
	fn plan_session(index: SessionIndex, genesis: bool) -> Option<Vec<T::AccountId>> {
		let next = Self::next_validator_set();
		if next.is_empty() || (!genesis && next == QueuedValidators::<T>::get()) {
			return None;
		}
		QueuedValidators::<T>::put(&next);
		Self::deposit_event(Event::ValidatorSetChanged {
			session: index,
			validators: next.clone(),
		});
		Some(next.into_inner())
	}
}

impl<T: Config> pallet_session::SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan_session(new_index, false)
	}

	fn new_session_genesis(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		Self::plan_session(new_index, true)
	}

	fn end_session(_end_index: SessionIndex) {}

	fn start_session(_start_index: SessionIndex) {}
}

/// Whether an account has registered session keys with `pallet-session` of runtime `R`
/// (`ValidatorId = AccountId`): use as `type SessionKeys = SessionKeysOf<Runtime>;`.
pub struct SessionKeysOf<R>(PhantomData<R>);

impl<R> Contains<<R as frame_system::Config>::AccountId> for SessionKeysOf<R>
where
	R: pallet_session::Config<ValidatorId = <R as frame_system::Config>::AccountId>,
{
	fn contains(who: &<R as frame_system::Config>::AccountId) -> bool {
		pallet_session::NextKeys::<R>::contains_key(who)
	}
}
