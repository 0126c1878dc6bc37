//! Test runtime: System, Balances, Consortium and Session (validator set managed by the
//! consortium, `UintAuthorityId` session keys, sessions of [`SESSION_LENGTH`] blocks).
//!
//! Genesis: institutions 1 "Alpha" (Contributor + Participator; accounts 11, 12; validator 1),
//! 2 "Beta" (Participator; account 21; validator 2), 3 "Gamma" (TokenIssuer; account 31;
//! validator 3); session keys for validators 1, 2 and 3. `MinValidators` is 2.
use crate as pallet_consortium;
use crate::Role;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ChangeMembers, ConstU32, ConstU64, ContainsPair, Hooks},
};
use frame_system::EnsureRoot;
use sp_core::crypto::key_types::DUMMY;
use sp_runtime::{
	testing::UintAuthorityId,
	traits::{ConvertInto, OpaqueKeys},
	BuildStorage,
};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Consortium: pallet_consortium,
		Session: pallet_session,
	}
);

/// Blocks per session.
pub const SESSION_LENGTH: u64 = 5;

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type RuntimeEvent = RuntimeEvent;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig as pallet_balances::DefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeEvent = RuntimeEvent;
}

parameter_types! {
	/// The authorities the session handler was last told about (key ids).
	pub static Authorities: Vec<u64> = Vec::new();
}

/// Records the authorities `pallet-session` hands to the consensus engines.
pub struct TestSessionHandler;
impl pallet_session::SessionHandler<u64> for TestSessionHandler {
	const KEY_TYPE_IDS: &'static [sp_runtime::KeyTypeId] = &[DUMMY];
	fn on_genesis_session<Ks: OpaqueKeys>(validators: &[(u64, Ks)]) {
		Authorities::set(keys_of(validators));
	}
	fn on_new_session<Ks: OpaqueKeys>(
		_changed: bool,
		validators: &[(u64, Ks)],
		_queued: &[(u64, Ks)],
	) {
		Authorities::set(keys_of(validators));
	}
	fn on_disabled(_validator_index: u32) {}
}

fn keys_of<Ks: OpaqueKeys>(validators: &[(u64, Ks)]) -> Vec<u64> {
	validators.iter().filter_map(|(_, k)| k.get::<UintAuthorityId>(DUMMY).map(|k| k.0)).collect()
}

impl pallet_session::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = u64;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<ConstU64<SESSION_LENGTH>, ConstU64<0>>;
	type NextSessionRotation =
		pallet_session::PeriodicSessions<ConstU64<SESSION_LENGTH>, ConstU64<0>>;
	type SessionManager = Consortium;
	type SessionHandler = TestSessionHandler;
	type Keys = UintAuthorityId;
	type DisablingStrategy = ();
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = ConstU64<0>;
}

/// Non-members may send `System::remark_with_event`, and account 7 (a "sudo key") `remark`.
pub struct PublicCalls;
impl ContainsPair<u64, RuntimeCall> for PublicCalls {
	fn contains(who: &u64, call: &RuntimeCall) -> bool {
		match call {
			RuntimeCall::System(frame_system::Call::remark_with_event { .. }) => true,
			RuntimeCall::System(frame_system::Call::remark { .. }) => *who == 7,
			_ => false,
		}
	}
}

parameter_types! {
	/// The council's members as the consortium last set them.
	pub static CouncilMembers: Vec<u64> = Vec::new();
}

/// A council that records its members (pallet-collective's role).
pub struct TestCouncil;
impl ChangeMembers<u64> for TestCouncil {
	fn change_members_sorted(_incoming: &[u64], _outgoing: &[u64], sorted_new: &[u64]) {
		CouncilMembers::set(sorted_new.to_vec());
	}
}

impl pallet_consortium::Config for Test {
	type AdminOrigin = EnsureRoot<u64>;
	type CriticalOrigin = EnsureRoot<u64>;
	type RuntimeCall = RuntimeCall;
	type Council = TestCouncil;
	type MaxCouncilSeats = ConstU32<8>;
	type MaxNodesPerInstitution = ConstU32<2>;
	type MaxPeerIdLen = ConstU32<64>;
	type MaxNameLen = ConstU32<16>;
	type MaxAccountsPerInstitution = ConstU32<4>;
	type MaxValidators = ConstU32<6>;
	type MinValidators = ConstU32<2>;
	type SessionKeys = pallet_consortium::SessionKeysOf<Test>;
	type PublicCalls = PublicCalls;
	type NativeCurrency = Balances;
	type AccountEndowment = AccountEndowment;
	type WeightInfo = ();
}

parameter_types! {
	/// What a newly bound account is minted (the test balances' existential deposit is 1).
	pub static AccountEndowment: u64 = ENDOWMENT;
}

/// The endowment in the mock.
pub const ENDOWMENT: u64 = 500;

/// The genesis institutions (see the module docs).
pub fn genesis_institutions() -> Vec<crate::genesis::GenesisInstitution<u64>> {
	vec![
		institution(b"Alpha", vec![Role::Participator, Role::Contributor], vec![11, 12], Some(1)),
		institution(b"Beta", vec![Role::Participator], vec![21], Some(2)),
		institution(b"Gamma", vec![Role::TokenIssuer], vec![31], Some(3)),
	]
}

/// A genesis institution from its parts.
pub fn institution(
	name: &[u8],
	roles: Vec<Role>,
	accounts: Vec<u64>,
	validator: Option<u64>,
) -> crate::genesis::GenesisInstitution<u64> {
	crate::genesis::GenesisInstitution {
		name: name.to_vec(),
		roles,
		accounts,
		validator,
		nodes: vec![],
	}
}

/// Build a test externality from the given consortium and session genesis.
pub fn ext_with(
	institutions: Vec<crate::genesis::GenesisInstitution<u64>>,
	session_keys: Vec<u64>,
) -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=100).map(|a| (a, 1_000)).collect(),
		dev_accounts: None,
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_consortium::GenesisConfig::<Test> { institutions, min_validators: None }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_session::GenesisConfig::<Test> {
		keys: session_keys.into_iter().map(|v| (v, v, UintAuthorityId(v))).collect(),
		non_authority_keys: vec![],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The standard test externality (see the module docs).
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext_with(genesis_institutions(), vec![1, 2, 3])
}

/// Runs `test` in [`new_test_ext`], then checks every invariant (`try_state`).
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Consortium::do_try_state().expect("invariants hold after the test");
	});
}

/// Register `UintAuthorityId(who)` as `who`'s session keys.
pub fn set_keys(who: u64) {
	frame_support::assert_ok!(Session::set_keys(
		RuntimeOrigin::signed(who),
		UintAuthorityId(who),
		vec![]
	));
}

/// Advance block by block to `n`, rotating sessions as `pallet-session` does.
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Session::on_initialize(next);
	}
}
