//! Genesis: the founding institutions (admitted in order, ids 1, 2, …) and the initial
//! validator set, plus the serde form of the genesis list.
//!
//! The validators of the founding institutions are the initial validators; the runtime's
//! `pallet-session` genesis `keys` must list the same accounts (with their Aura and GRANDPA
//! keys). Either genesis may be built first: if this one comes first, `pallet-session` takes
//! the set from [`SessionManager::new_session_genesis`](pallet_session::SessionManager);
//! otherwise it uses its `keys` and this one records the same set as handed over.
use crate::{Config, Pallet, QueuedValidators, Role};
use alloc::vec::Vec;

/// One founding institution: `(name, roles, accounts, validator)`.
pub type GenesisInstitution<AccountId> = (Vec<u8>, Vec<Role>, Vec<AccountId>, Option<AccountId>);

/// Admit the founding institutions. An invalid entry aborts the genesis (a chain spec error
/// must not start a chain).
pub(crate) fn build<T: Config>(institutions: &[GenesisInstitution<T::AccountId>]) {
	for (i, (name, roles, accounts, validator)) in institutions.iter().enumerate() {
		if let Err(e) =
			Pallet::<T>::do_admit(name.clone(), roles.clone(), accounts.clone(), validator.clone())
		{
			let reason: &'static str = e.into();
			panic!(
				"consortium genesis: institution #{} is invalid: {}",
				i.saturating_add(1),
				reason
			);
		}
	}
	let queued = Pallet::<T>::next_validator_set();
	if !queued.is_empty() {
		QueuedValidators::<T>::put(queued);
	}
}

/// Serde form of the genesis list, the same as deriving serde on it: roles as their variant
/// names (`"Contributor"`, …), a name as an array of bytes. (`Role` derives serde only with
/// `std`, but the runtime builds its genesis in Wasm too.)
pub mod institutions_serde {
	use super::{GenesisInstitution, Role};
	use alloc::vec::Vec;
	use serde::{Deserialize, Deserializer, Serialize, Serializer};

	/// Mirror of [`Role`] with serde in every build.
	#[derive(Serialize, Deserialize, Clone, Copy)]
	enum RoleRepr {
		Contributor,
		Participator,
		TokenIssuer,
		DataServiceProvider,
		Regulator,
	}

	impl From<Role> for RoleRepr {
		fn from(r: Role) -> Self {
			match r {
				Role::Contributor => Self::Contributor,
				Role::Participator => Self::Participator,
				Role::TokenIssuer => Self::TokenIssuer,
				Role::DataServiceProvider => Self::DataServiceProvider,
				Role::Regulator => Self::Regulator,
			}
		}
	}

	impl From<RoleRepr> for Role {
		fn from(r: RoleRepr) -> Self {
			match r {
				RoleRepr::Contributor => Self::Contributor,
				RoleRepr::Participator => Self::Participator,
				RoleRepr::TokenIssuer => Self::TokenIssuer,
				RoleRepr::DataServiceProvider => Self::DataServiceProvider,
				RoleRepr::Regulator => Self::Regulator,
			}
		}
	}

	type Repr<A> = (Vec<u8>, Vec<RoleRepr>, Vec<A>, Option<A>);

	/// Serialize the genesis list.
	#[allow(clippy::ptr_arg)]
	pub fn serialize<S: Serializer, A: Serialize + Clone>(
		list: &Vec<GenesisInstitution<A>>,
		s: S,
	) -> Result<S::Ok, S::Error> {
		let repr: Vec<Repr<A>> = list
			.iter()
			.map(|(n, r, a, v)| {
				(n.clone(), r.iter().copied().map(RoleRepr::from).collect(), a.clone(), v.clone())
			})
			.collect();
		repr.serialize(s)
	}

	/// Deserialize the genesis list.
	pub fn deserialize<'de, D: Deserializer<'de>, A: Deserialize<'de>>(
		d: D,
	) -> Result<Vec<GenesisInstitution<A>>, D::Error> {
		let repr: Vec<Repr<A>> = Deserialize::deserialize(d)?;
		Ok(repr
			.into_iter()
			.map(|(n, r, a, v)| (n, r.into_iter().map(Role::from).collect(), a, v))
			.collect())
	}
}
