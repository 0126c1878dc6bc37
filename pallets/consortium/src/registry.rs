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

	/// Admits (without a validator) an institution named "benchmark" acting through `who`;
	/// if `who` already acts for an institution, that one is made active and given `roles`
	/// on top of its own.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(who: &T::AccountId, roles: &[Role]) -> InstitutionId {
		use crate::{Institution, NextInstitutionId, RolesOf};
		use alloc::vec::Vec;
		use frame_support::BoundedVec;

		let mut wanted: Vec<Role> = roles.to_vec();
		if let Some(id) = AccountInstitution::<T>::get(who) {
			Institutions::<T>::mutate(id, |maybe| {
				if let Some(inst) = maybe {
					wanted.extend(inst.roles.iter().copied());
					wanted.sort();
					wanted.dedup();
					inst.roles = RolesOf::truncate_from(wanted);
					if inst.status == InstitutionStatus::Suspended {
						if let Some(v) = &inst.validator {
							let _ = Self::join_validator_set(v);
						}
					}
					inst.status = InstitutionStatus::Active;
				}
			});
			return id;
		}
		wanted.sort();
		wanted.dedup();
		let id = NextInstitutionId::<T>::get();
		NextInstitutionId::<T>::put(id.saturating_add(1));
		let inst = Institution {
			name: BoundedVec::truncate_from(b"benchmark".to_vec()),
			roles: RolesOf::truncate_from(wanted),
			accounts: BoundedVec::truncate_from(alloc::vec![who.clone()]),
			validator: None,
			status: InstitutionStatus::Active,
		};
		Institutions::<T>::insert(id, inst);
		AccountInstitution::<T>::insert(who, id);
		id
	}
}
