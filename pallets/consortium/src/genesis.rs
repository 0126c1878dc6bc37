//! Genesis: the founding institutions (admitted in order, ids 1, 2, …) and the initial
//! validator set.
//!
//! In a chain spec each founding institution is a JSON object,
//! `{"name": [bytes], "roles": ["Contributor", …], "accounts": [ss58, …], "validator": ss58 | null}`
//! (see [`GenesisInstitution`]); unknown fields are rejected. The positional form
//! `[name, roles, accounts, validator]` of earlier chain specs still reads (serde reads a
//! struct from a sequence, in field order), but only the object form is written.
//!
//! The validators of the founding institutions are the initial validators; the runtime's
//! `pallet-session` genesis `keys` must list the same accounts (with their Aura and GRANDPA
//! keys). Either genesis may be built first: if this one comes first, `pallet-session` takes
//! the set from [`SessionManager::new_session_genesis`](pallet_session::SessionManager);
//! otherwise it uses its `keys` and this one records the same set as handed over.
use crate::{
	Config, Error, MinimumValidators, Pallet, PeerIdOf, QueuedValidators, Role, Validators,
};
use alloc::vec::Vec;

/// One founding institution, as the genesis config lists it.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct GenesisInstitution<AccountId> {
	/// Display name (UTF-8 by convention; an array of bytes in JSON).
	pub name: Vec<u8>,
	/// Roles held, by variant name (`"Contributor"`, `"Participator"`, `"TokenIssuer"`,
	/// `"DataServiceProvider"`, `"Regulator"`); sorted and deduplicated on admission.
	pub roles: Vec<Role>,
	/// Accounts acting for the institution (the validator account excluded).
	pub accounts: Vec<AccountId>,
	/// The account of the institution's validator node, if it runs one.
	pub validator: Option<AccountId>,
	/// The libp2p peer ids (raw bytes) of its nodes; any listed node closes the network to
	/// unlisted ones from the genesis on. May be left out.
	#[serde(default)]
	pub nodes: Vec<Vec<u8>>,
}

/// Admit the founding institutions. An invalid entry aborts the genesis (a chain spec error
/// must not start a chain).
pub(crate) fn build<T: Config>(
	institutions: &[GenesisInstitution<T::AccountId>],
	min_validators: Option<u32>,
) {
	for (i, institution) in institutions.iter().enumerate() {
		let GenesisInstitution { name, roles, accounts, validator, nodes } = institution.clone();
		let admitted = Pallet::<T>::do_admit(name, roles, accounts, validator).and_then(|id| {
			for node in nodes {
				let peer = PeerIdOf::<T>::try_from(node).map_err(|_| Error::<T>::InvalidPeerId)?;
				Pallet::<T>::do_register_node(id, peer)?;
			}
			Ok(id)
		});
		if let Err(e) = admitted {
			let reason: &'static str = e.into();
			panic!(
				"consortium genesis: institution #{} is invalid: {}",
				i.saturating_add(1),
				reason
			);
		}
	}
	if let Some(min) = min_validators {
		let validators = Validators::<T>::get().len();
		assert!(
			min >= 1 && min as usize <= validators,
			"consortium genesis: min_validators {min} must be 1..={validators} (the validators)"
		);
		MinimumValidators::<T>::put(min);
	}
	let queued = Pallet::<T>::next_validator_set();
	if !queued.is_empty() {
		QueuedValidators::<T>::put(queued);
	}
}
