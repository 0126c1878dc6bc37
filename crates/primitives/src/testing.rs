//! Test doubles of the coupling traits, for the pallets' mocks (std only).
//!
//! [`TestRegistry`] is an in-memory consortium: tests add institutions with
//! [`TestRegistry::admit`] and change them with the other helpers. State is
//! thread-local, so every test thread starts empty; call [`TestRegistry::reset`]
//! when building a fresh test externality.
use crate::{
	EscrowId, FeeEscrow, InstitutionId, InstitutionOrigin, InstitutionRegistry, KeyId,
	MembershipError, PlanEnvelope, PlanId, PublicKeyRegistry, Role, RoleFilter, ShareLedger,
	TokenBalance,
};
use frame_support::traits::EnsureOrigin;
use sp_runtime::{DispatchError, DispatchResult};
use std::{cell::RefCell, collections::BTreeMap, marker::PhantomData};

#[derive(Clone, Debug, Default)]
struct Member {
	roles: Vec<Role>,
	active: bool,
}

thread_local! {
	static MEMBERS: RefCell<BTreeMap<InstitutionId, Member>> = const { RefCell::new(BTreeMap::new()) };
	static ACCOUNTS: RefCell<BTreeMap<u64, InstitutionId>> = const { RefCell::new(BTreeMap::new()) };
	static KEYS: RefCell<BTreeMap<InstitutionId, KeyId>> = const { RefCell::new(BTreeMap::new()) };
	static BALANCES: RefCell<BTreeMap<InstitutionId, TokenBalance>> = const { RefCell::new(BTreeMap::new()) };
	static ESCROWS: RefCell<BTreeMap<EscrowId, (InstitutionId, TokenBalance)>> = const { RefCell::new(BTreeMap::new()) };
	static NEXT_ESCROW: RefCell<EscrowId> = const { RefCell::new(0) };
	static ENVELOPES: RefCell<BTreeMap<PlanId, PlanEnvelope>> = const { RefCell::new(BTreeMap::new()) };
	static RETURNED: RefCell<Vec<(PlanId, InstitutionId)>> = const { RefCell::new(Vec::new()) };
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
		ENVELOPES.with(|e| e.borrow_mut().clear());
		RETURNED.with(|r| r.borrow_mut().clear());
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
}

impl TestRegistry {
	/// The error [`TestInstitutionOrigin`] refuses a caller with (the real registry uses its
	/// pallet's errors: `NotAMember`, `NotAContributor`, ...).
	pub fn refusal(reason: MembershipError) -> DispatchError {
		DispatchError::Other(match reason {
			MembershipError::NotAMember => "NotAMember",
			MembershipError::MissingRole(Role::Contributor) => "NotAContributor",
			MembershipError::MissingRole(Role::Participator) => "NotAParticipator",
			MembershipError::MissingRole(Role::TokenIssuer) => "NotATokenIssuer",
			MembershipError::MissingRole(Role::DataServiceProvider) => "NotADataServiceProvider",
			MembershipError::MissingRole(Role::Regulator) => "NotARegulator",
		})
	}

	/// Admit a new institution (the next free id) acting through a new account with `roles`;
	/// returns both (for benchmarks and tests that need a fresh member).
	pub fn admit_fresh(roles: &[Role]) -> (InstitutionId, u64) {
		let id = MEMBERS.with(|m| m.borrow().keys().next_back().map(|k| k + 1).unwrap_or(1));
		let account = 1_000_000 + u64::from(id);
		Self::admit(id, account, roles);
		(id, account)
	}
}

/// The test double of pallet-consortium's `EnsureInstitution`, over [`TestRegistry`] and
/// `u64` accounts: a signed origin of an active institution holding `R`'s role.
pub struct TestInstitutionOrigin<R>(PhantomData<R>);

impl<O, R> EnsureOrigin<O> for TestInstitutionOrigin<R>
where
	O: Into<Result<frame_support::dispatch::RawOrigin<u64>, O>>
		+ From<frame_support::dispatch::RawOrigin<u64>>
		+ Clone,
	R: RoleFilter,
{
	type Success = InstitutionId;

	fn try_origin(o: O) -> Result<InstitutionId, O> {
		match o.clone().into() {
			Ok(frame_support::dispatch::RawOrigin::Signed(who)) => {
				TestRegistry::ensure_role(&who, R::ROLE).map_err(|_| o)
			},
			_ => Err(o),
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn try_successful_origin() -> Result<O, ()> {
		let (_, account) = TestRegistry::admit_fresh(&[R::ROLE.unwrap_or(Role::Participator)]);
		Ok(O::from(frame_support::dispatch::RawOrigin::Signed(account)))
	}
}

impl<O, R> InstitutionOrigin<O> for TestInstitutionOrigin<R>
where
	O: Into<Result<frame_support::dispatch::RawOrigin<u64>, O>>
		+ From<frame_support::dispatch::RawOrigin<u64>>
		+ Clone,
	R: RoleFilter,
{
	fn ensure_institution(o: O) -> Result<InstitutionId, DispatchError> {
		match o.into() {
			Ok(frame_support::dispatch::RawOrigin::Signed(who)) => {
				TestRegistry::ensure_role(&who, R::ROLE).map_err(TestRegistry::refusal)
			},
			_ => Err(DispatchError::BadOrigin),
		}
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

/// An in-memory [`ShareLedger`]: tests store plans' envelopes and read back which shares
/// were returned (reset with [`TestRegistry::reset`]).
pub struct TestShares;

impl TestShares {
	/// Make `envelope` the envelope of `plan`.
	pub fn set_envelope(plan: PlanId, envelope: PlanEnvelope) {
		ENVELOPES.with(|e| e.borrow_mut().insert(plan, envelope));
	}
	/// Every share returned so far, in order.
	pub fn returned() -> Vec<(PlanId, InstitutionId)> {
		RETURNED.with(|r| r.borrow().clone())
	}
}

impl ShareLedger for TestShares {
	fn envelope(plan: PlanId) -> Option<PlanEnvelope> {
		ENVELOPES.with(|e| e.borrow().get(&plan).cloned())
	}
	fn return_share(plan: PlanId, participant: InstitutionId) -> DispatchResult {
		RETURNED.with(|r| r.borrow_mut().push((plan, participant)));
		Ok(())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn plan_for_benchmark(
		_contributor: InstitutionId,
		_participant: InstitutionId,
		envelope: PlanEnvelope,
	) -> PlanId {
		let plan = ENVELOPES.with(|e| e.borrow().keys().next_back().map_or(1, |k| k + 1));
		Self::set_envelope(plan, envelope);
		plan
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn max_ciphertext_len() -> u32 {
		1_024
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

/// Asserts that at least `per_block` calls of `weight` (a call's worst case, from the
/// generated weights) fit in the normal share of a LoanShare block
/// ([`BLOCK_REF_TIME`](crate::constants::BLOCK_REF_TIME) ×
/// [`NORMAL_DISPATCH_PERCENT`](crate::constants::NORMAL_DISPATCH_PERCENT)), and that it is
/// not zero (a weight nobody measured).
pub fn assert_fits_in_block(name: &str, weight: frame_support::weights::Weight, per_block: u64) {
	use crate::constants::{BLOCK_REF_TIME, NORMAL_DISPATCH_PERCENT};
	let normal = BLOCK_REF_TIME / 100 * u64::from(NORMAL_DISPATCH_PERCENT);
	assert!(weight.ref_time() > 0, "{name}: zero weight");
	assert!(
		weight.ref_time().saturating_mul(per_block) <= normal,
		"{name}: {} ps; {per_block} of them exceed a block's normal {normal} ps",
		weight.ref_time()
	);
}
