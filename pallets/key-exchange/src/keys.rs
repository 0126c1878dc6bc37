//! Registration and rotation of the institutions' RSA public keys.
use crate::{pallet::*, RegisteredKey};
use frame_support::{dispatch::DispatchResult, ensure, pallet_prelude::Get, BoundedVec};
use loanshare_primitives::InstitutionId;

impl<T: Config> Pallet<T> {
	/// Validate `spki_der` and make it `institution`'s new current key.
	pub(crate) fn do_register_key(
		institution: InstitutionId,
		spki_der: BoundedVec<u8, T::MaxKeyLen>,
	) -> DispatchResult {
		let bits = loanshare_envelope::public_key_bits(&spki_der).map_err(|e| match e {
			loanshare_envelope::Error::KeyTooSmall => Error::<T>::KeyTooSmall,
			loanshare_envelope::Error::KeyTooLarge => Error::<T>::KeyTooLarge,
			_ => Error::<T>::InvalidPublicKey,
		})?;
		let bits = u32::try_from(bits).map_err(|_| Error::<T>::KeyTooLarge)?;
		let old = CurrentKey::<T>::get(institution);
		if let Some(old) = old {
			let same = Keys::<T>::get(institution, old).is_some_and(|k| k.der == spki_der);
			ensure!(!same, Error::<T>::SameAsCurrentKey);
		}
		let new = old.unwrap_or(0).checked_add(1).ok_or(sp_runtime::ArithmeticError::Overflow)?;
		ensure!(new <= T::MaxKeysPerInstitution::get(), Error::<T>::TooManyKeys);

		let registered_at = frame_system::Pallet::<T>::block_number();
		Keys::<T>::insert(institution, new, RegisteredKey { der: spki_der, bits, registered_at });
		CurrentKey::<T>::insert(institution, new);
		match old {
			Some(old) => Self::deposit_event(Event::KeyRotated { institution, old, new, bits }),
			None => Self::deposit_event(Event::KeyRegistered { institution, key_id: new, bits }),
		}
		Ok(())
	}
}
