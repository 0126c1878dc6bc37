//! Test doubles of the coupling traits, for the pallets' mocks (std only).
//!
//! [`TestRegistry`] is an in-memory consortium: tests add institutions with
//! [`TestRegistry::admit`] and change them with the other helpers. State is
//! thread-local, so every test thread starts empty; call [`TestRegistry::reset`]
//! when building a fresh test externality.
use crate::{
	EscrowId, FeeEscrow, InstitutionId, InstitutionRegistry, KeyId, PublicKeyRegistry, Role,
	TokenBalance,
};
use sp_runtime::{DispatchError, DispatchResult};
use std::{cell::RefCell, collections::BTreeMap};

#[derive(Clone, Debug, Default)]
struct Member {
	roles: Vec<Role>,
	active: bool,
}

thread_local! {
	static MEMBERS: RefCell<BTreeMap<InstitutionId, Member>> = RefCell::new(BTreeMap::new());
	static ACCOUNTS: RefCell<BTreeMap<u64, InstitutionId>> = RefCell::new(BTreeMap::new());
	static KEYS: RefCell<BTreeMap<InstitutionId, KeyId>> = RefCell::new(BTreeMap::new());
	static BALANCES: RefCell<BTreeMap<InstitutionId, TokenBalance>> = RefCell::new(BTreeMap::new());
	static ESCROWS: RefCell<BTreeMap<EscrowId, (InstitutionId, TokenBalance)>> = RefCell::new(BTreeMap::new());
	static NEXT_ESCROW: RefCell<EscrowId> = const { RefCell::new(0) };
}

/// An in-memory [`InstitutionRegistry`] over `u64` accounts and [`PublicKeyRegistry`].
pub struct TestRegistry;

impl TestRegistry {
	/// Forget every institution, account and key.
	pub fn reset() {
		MEMBERS.with(|m| m.borrow_mut().clear());
		ACCOUNTS.with(|a| a.borrow_mut().clear());
		KEYS.with(|k| k.borrow_mut().clear());
		BALANCES.with(|b| b.borrow_mut().clear());
		ESCROWS.with(|e| e.borrow_mut().clear());
		NEXT_ESCROW.with(|n| *n.borrow_mut() = 0);
	}
	/// Admit an active institution `id` acting through `account`, with `roles`.
	pub fn admit(id: InstitutionId, account: u64, roles: &[Role]) {
		MEMBERS.with(|m| m.borrow_mut().insert(id, Member { roles: roles.to_vec(), active: true }));
		ACCOUNTS.with(|a| a.borrow_mut().insert(account, id));
	}
	/// Let another account act for an existing institution.
	pub fn add_account(id: InstitutionId, account: u64) {
		ACCOUNTS.with(|a| a.borrow_mut().insert(account, id));
	}
	/// Suspend (false) or reactivate (true) an institution.
	pub fn set_active(id: InstitutionId, active: bool) {
		MEMBERS.with(|m| {
			if let Some(member) = m.borrow_mut().get_mut(&id) {
				member.active = active;
			}
		});
	}
	/// Record that `id`'s current public key is `key`.
	pub fn set_key(id: InstitutionId, key: KeyId) {
		KEYS.with(|k| k.borrow_mut().insert(id, key));
	}
	/// Forget `id`'s public key.
	pub fn clear_key(id: InstitutionId) {
		KEYS.with(|k| k.borrow_mut().remove(&id));
	}
}

impl InstitutionRegistry<u64> for TestRegistry {
	fn institution_of(who: &u64) -> Option<InstitutionId> {
		let id = ACCOUNTS.with(|a| a.borrow().get(who).copied())?;
		Self::is_active(id).then_some(id)
	}
	fn is_active(id: InstitutionId) -> bool {
		MEMBERS.with(|m| m.borrow().get(&id).map(|x| x.active).unwrap_or(false))
	}
	fn has_role(id: InstitutionId, role: Role) -> bool {
		MEMBERS.with(|m| {
			m.borrow().get(&id).map(|x| x.active && x.roles.contains(&role)).unwrap_or(false)
		})
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(who: &u64, roles: &[Role]) -> InstitutionId {
		let id = MEMBERS.with(|m| m.borrow().keys().next_back().map(|k| k + 1).unwrap_or(1));
		Self::admit(id, *who, roles);
		id
	}
}

impl PublicKeyRegistry for TestRegistry {
	fn current_key_id(who: InstitutionId) -> Option<KeyId> {
		KEYS.with(|k| k.borrow().get(&who).copied())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(who: InstitutionId) {
		Self::set_key(who, 1);
	}
}

/// An in-memory [`FeeEscrow`] with plain token balances per institution.
pub struct TestEscrow;

impl TestEscrow {
	/// Set an institution's free token balance.
	pub fn set_balance(who: InstitutionId, amount: TokenBalance) {
		BALANCES.with(|b| b.borrow_mut().insert(who, amount));
	}
	/// An institution's free token balance.
	pub fn balance(who: InstitutionId) -> TokenBalance {
		BALANCES.with(|b| b.borrow().get(&who).copied().unwrap_or(0))
	}
	/// The total of all open escrows.
	pub fn total_escrowed() -> TokenBalance {
		ESCROWS.with(|e| e.borrow().values().map(|(_, a)| *a).sum())
	}
}

impl FeeEscrow for TestEscrow {
	fn hold(payer: InstitutionId, amount: TokenBalance) -> Result<EscrowId, DispatchError> {
		let free = Self::balance(payer);
		let rest = free.checked_sub(amount).ok_or(DispatchError::Other("InsufficientBalance"))?;
		Self::set_balance(payer, rest);
		let id = NEXT_ESCROW.with(|n| {
			let id = *n.borrow();
			*n.borrow_mut() = id + 1;
			id
		});
		ESCROWS.with(|e| e.borrow_mut().insert(id, (payer, amount)));
		Ok(id)
	}
	fn release(id: EscrowId, to: InstitutionId) -> DispatchResult {
		let (_, amount) = ESCROWS
			.with(|e| e.borrow_mut().remove(&id))
			.ok_or(DispatchError::Other("UnknownEscrow"))?;
		Self::set_balance(to, Self::balance(to) + amount);
		Ok(())
	}
	fn refund(id: EscrowId) -> DispatchResult {
		let (payer, amount) = ESCROWS
			.with(|e| e.borrow_mut().remove(&id))
			.ok_or(DispatchError::Other("UnknownEscrow"))?;
		Self::set_balance(payer, Self::balance(payer) + amount);
		Ok(())
	}
	fn escrowed(id: EscrowId) -> Option<(InstitutionId, TokenBalance)> {
		ESCROWS.with(|e| e.borrow().get(&id).copied())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn fund_for_benchmark(who: InstitutionId, amount: TokenBalance) {
		Self::set_balance(who, Self::balance(who) + amount);
	}
}
