//! [`EnsureInstitution`]: the origin other pallets take their callers through. Its success
//! is the caller's [`InstitutionId`]; the role filter `R` (`AnyRole`, `Contributor`, ...)
//! says which role the institution must hold.
use crate::{Config, Error, InstitutionId, Pallet, Role};
use core::marker::PhantomData;
use frame_support::traits::EnsureOrigin;
use frame_system::{pallet_prelude::OriginFor, RawOrigin};
use loanshare_primitives::{InstitutionOrigin, InstitutionRegistry, MembershipError, RoleFilter};
use sp_runtime::DispatchError;

pub use loanshare_primitives::origin::{
	AnyRole, Contributor, DataServiceProvider, Participator, Regulator, TokenIssuer,
};

/// A signed origin whose signer acts for an active institution holding `R`'s role (modelled
/// on pallet-ranked-collective's `EnsureRankedMember`). Success: the institution's id.
pub struct EnsureInstitution<T, R>(PhantomData<(T, R)>);

impl<T: Config> Pallet<T> {
	/// The error a client sees when refused for `reason`.
	pub fn refusal(reason: MembershipError) -> DispatchError {
		match reason {
			MembershipError::NotAMember => Error::<T>::NotAMember,
			MembershipError::MissingRole(Role::Contributor) => Error::<T>::NotAContributor,
			MembershipError::MissingRole(Role::Participator) => Error::<T>::NotAParticipator,
			MembershipError::MissingRole(Role::TokenIssuer) => Error::<T>::NotATokenIssuer,
			MembershipError::MissingRole(Role::DataServiceProvider) => {
				Error::<T>::NotADataServiceProvider
			},
			MembershipError::MissingRole(Role::Regulator) => Error::<T>::NotARegulator,
		}
		.into()
	}
}

impl<T: Config, R: RoleFilter> EnsureOrigin<OriginFor<T>> for EnsureInstitution<T, R> {
	type Success = InstitutionId;

	fn try_origin(o: OriginFor<T>) -> Result<InstitutionId, OriginFor<T>> {
		match o.clone().into() {
			Ok(RawOrigin::Signed(who)) => Pallet::<T>::ensure_role(&who, R::ROLE).map_err(|_| o),
			_ => Err(o),
		}
	}

	/// Admits a fresh institution (no validator) with `R`'s role, or Participator for
	/// `AnyRole`, acting through a fresh account, and returns that account's origin.
	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<OriginFor<T>, ()> {
		let role = R::ROLE.unwrap_or(Role::Participator);
		let account = Pallet::<T>::admit_for_benchmark(&[role]).map_err(|_| ())?;
		Ok(RawOrigin::Signed(account).into())
	}
}

impl<T: Config, R: RoleFilter> InstitutionOrigin<OriginFor<T>> for EnsureInstitution<T, R> {
	fn ensure_institution(o: OriginFor<T>) -> Result<InstitutionId, DispatchError> {
		match o.into() {
			Ok(RawOrigin::Signed(who)) => {
				Pallet::<T>::ensure_role(&who, R::ROLE).map_err(Pallet::<T>::refusal)
			},
			_ => Err(DispatchError::BadOrigin),
		}
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Admit an institution named "benchmark" with `roles` through a fresh account derived
	/// from its id (benchmarks only); returns the account.
	pub fn admit_for_benchmark(roles: &[Role]) -> Result<T::AccountId, DispatchError> {
		use codec::{Decode, Encode};
		use sp_runtime::traits::TrailingZeroInput;
		let id = crate::NextInstitutionId::<T>::get();
		let account = T::AccountId::decode(&mut TrailingZeroInput::new(
			&(id, b"loanshare/benchmark").encode(),
		))
		.map_err(|_| DispatchError::Other("account from seed"))?;
		Self::do_admit(b"benchmark".to_vec(), roles.to_vec(), alloc::vec![account.clone()], None)?;
		Ok(account)
	}
}
