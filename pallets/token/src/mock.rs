//! Test runtime for pallet-token: System + Token over `u64` accounts, with the in-memory
//! `TestRegistry` as the consortium and a fixed cast of institutions.
use crate as pallet_token;
use frame_support::{derive_impl, parameter_types, traits::ConstU8};
use loanshare_primitives::{
	origin::{AnyRole, TokenIssuer},
	testing::{TestInstitutionOrigin, TestRegistry},
	InstitutionId, Role, TokenBalance,
};
use sp_runtime::BuildStorage;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Token: pallet_token,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const TokenSymbol: &'static str = "TOKEN";
	pub const MaxReferenceLen: u32 = 16;
	pub const MaxMemoLen: u32 = 32;
}

impl pallet_token::Config for Test {
	type Registry = TestRegistry;
	type MemberOrigin = TestInstitutionOrigin<AnyRole>;
	type IssuerOrigin = TestInstitutionOrigin<TokenIssuer>;
	type Symbol = TokenSymbol;
	type Decimals = ConstU8<2>;
	type MaxReferenceLen = MaxReferenceLen;
	type MaxMemoLen = MaxMemoLen;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkDataServiceProvider =
		TestInstitutionOrigin<loanshare_primitives::origin::DataServiceProvider>;
}

/// Institution 1: the token issuer, acting through account 10.
pub const ISSUER: InstitutionId = 1;
pub const ISSUER_ACCOUNT: u64 = 10;
/// Institution 2: a lender (contributor and participator), accounts 20 and 21.
pub const ALICE: InstitutionId = 2;
pub const ALICE_ACCOUNT: u64 = 20;
pub const ALICE_SECOND_ACCOUNT: u64 = 21;
/// Institution 3: another lender, account 30.
pub const BOB: InstitutionId = 3;
pub const BOB_ACCOUNT: u64 = 30;
/// Institution 4: a data service provider, account 40.
pub const DSP: InstitutionId = 4;
pub const DSP_ACCOUNT: u64 = 40;
/// Institution 5: admitted, then suspended; account 50.
pub const SUSPENDED: InstitutionId = 5;
pub const SUSPENDED_ACCOUNT: u64 = 50;
/// Institution 6: never admitted.
pub const STRANGER: InstitutionId = 6;
/// An account that acts for no institution.
pub const OUTSIDER_ACCOUNT: u64 = 99;

/// Genesis balances (token units): Alice 10,000.00 TOKEN, Bob 50.00 TOKEN, suspended 5.00.
pub const ALICE_GENESIS: TokenBalance = 1_000_000;
pub const BOB_GENESIS: TokenBalance = 5_000;
pub const SUSPENDED_GENESIS: TokenBalance = 500;

/// Admit the cast into a fresh `TestRegistry`.
pub fn admit_institutions() {
	TestRegistry::reset();
	TestRegistry::admit(ISSUER, ISSUER_ACCOUNT, &[Role::TokenIssuer]);
	TestRegistry::admit(ALICE, ALICE_ACCOUNT, &[Role::Contributor, Role::Participator]);
	TestRegistry::add_account(ALICE, ALICE_SECOND_ACCOUNT);
	TestRegistry::admit(BOB, BOB_ACCOUNT, &[Role::Participator]);
	TestRegistry::admit(DSP, DSP_ACCOUNT, &[Role::DataServiceProvider]);
	TestRegistry::admit(SUSPENDED, SUSPENDED_ACCOUNT, &[Role::Participator, Role::TokenIssuer]);
	TestRegistry::set_active(SUSPENDED, false);
}

/// Storage with the given token genesis balances, and the cast admitted.
pub fn ext_with(balances: Vec<(InstitutionId, TokenBalance)>) -> sp_io::TestExternalities {
	admit_institutions();
	let mut storage = frame_system::GenesisConfig::<Test>::default()
		.build_storage()
		.expect("system genesis builds");
	pallet_token::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.expect("token genesis builds");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// The standard test state: the cast admitted, Alice, Bob and the suspended institution funded.
pub fn new_test_ext() -> sp_io::TestExternalities {
	ext_with(vec![(ALICE, ALICE_GENESIS), (BOB, BOB_GENESIS), (SUSPENDED, SUSPENDED_GENESIS)])
}

/// Runs `test` in the standard test state, then checks the supply invariant (`try_state`).
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::check_invariant().expect("the supply invariant holds");
	});
}
