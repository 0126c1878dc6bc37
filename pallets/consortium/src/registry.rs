//! [`InstitutionRegistry`] for [`Pallet`]: who acts for which *active* institution and which
//! roles it holds (what the token, loan-share and key-exchange pallets ask).
use crate::{
	AccountInstitution, Config, InstitutionId, InstitutionStatus, Institutions, Pallet, Role,
};
use loanshare_primitives::InstitutionRegistry;

impl<T: Config> InstitutionRegistry<T::AccountId> for Pallet<T> {
	fn institution_of(who: &T::AccountId) -> Option<InstitutionId> {
		let id = AccountInstitution::<T>::get(who)?;
		Self::is_active(id).then_some(id)
	}

	fn is_active(id: InstitutionId) -> bool {
		Institutions::<T>::get(id).is_some_and(|i| i.status == InstitutionStatus::Active)
	}

	fn has_role(id: InstitutionId, role: Role) -> bool {
		Institutions::<T>::get(id).is_some_and(|i| {
			i.status == InstitutionStatus::Active && i.roles.binary_search(&role).is_ok()
		})
	}
}
