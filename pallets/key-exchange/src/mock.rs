//! Test runtime of the key-exchange pallet: `TestRegistry`/`TestEscrow` doubles, u64 accounts,
//! offchain signing with real sr25519 `lsho` keys mapped onto u64 accounts, and the fixed RSA
//! test keys of `test-keys/`.
use crate as pallet_key_exchange;
use codec::{Decode, DecodeWithMemTracking, Encode};
use frame_support::{derive_impl, parameter_types, BoundedVec};
use loanshare_primitives::{
	origin::AnyRole,
	testing::{TestEscrow, TestInstitutionOrigin, TestRegistry},
	FeeEscrow, HandoffDue, HandoffHook, InstitutionId, KeyId, PlanId, Role,
};
use scale_info::TypeInfo;
use sp_core::sr25519;
use sp_runtime::{testing::TestXt, traits::IdentifyAccount, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		KeyExchange: pallet_key_exchange,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	pub const HandoffTimeout: u64 = 10;
	pub const MaxKeyLen: u32 = 600;
	pub const MaxKeysPerInstitution: u32 = 3;
	pub const MaxWrappedKeyLen: u32 = 512;
	pub const MaxPendingPerContributor: u32 = 3;
	pub const MaxDisputeReasonLen: u32 = 64;
}

impl pallet_key_exchange::Config for Test {
	type Registry = TestRegistry;
	type MemberOrigin = TestInstitutionOrigin<AnyRole>;
	type Escrow = TestEscrow;
	type HandoffTimeout = HandoffTimeout;
	type MaxKeyLen = MaxKeyLen;
	type MaxKeysPerInstitution = MaxKeysPerInstitution;
	type MaxWrappedKeyLen = MaxWrappedKeyLen;
	type MaxPendingPerContributor = MaxPendingPerContributor;
	type MaxDisputeReasonLen = MaxDisputeReasonLen;
	type AuthorityId = crate::crypto::DeliveryAuthId;
	type WeightInfo = ();
}

/// The mock's signer: an sr25519 key whose account is the u64 made of its first 8 bytes.
#[derive(
	Clone, PartialEq, Eq, PartialOrd, Ord, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo,
)]
pub struct TestSigner(pub sr25519::Public);

/// The u64 account of an sr25519 key in this mock.
pub fn account_of(public: &sr25519::Public) -> u64 {
	let mut bytes = [0u8; 8];
	bytes.copy_from_slice(&public.0[..8]);
	u64::from_le_bytes(bytes)
}

impl IdentifyAccount for TestSigner {
	type AccountId = u64;
	fn into_account(self) -> u64 {
		account_of(&self.0)
	}
}
impl From<sr25519::Public> for TestSigner {
	fn from(p: sr25519::Public) -> Self {
		Self(p)
	}
}
impl From<TestSigner> for sr25519::Public {
	fn from(s: TestSigner) -> Self {
		s.0
	}
}

/// Extrinsics of the mock: signed by a u64 address, no signature bytes, no extension.
pub type Extrinsic = TestXt<RuntimeCall, ()>;

impl frame_system::offchain::SigningTypes for Test {
	type Public = TestSigner;
	type Signature = sr25519::Signature;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = Extrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	fn create_signed_transaction<
		C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		public: TestSigner,
		account: u64,
		nonce: u32,
	) -> Option<Extrinsic> {
		// Really sign (this needs the key in the keystore), then drop the signature: the
		// mock's extrinsic format carries none.
		C::sign(&(&call, nonce).encode(), public)?;
		Some(Extrinsic::new_signed(call, account, (), ()))
	}
}

pub const CONTRIBUTOR: InstitutionId = 1;
pub const PARTICIPANT: InstitutionId = 2;
pub const OTHER: InstitutionId = 3;
pub const CONTRIBUTOR_ACCOUNT: u64 = 10;
pub const PARTICIPANT_ACCOUNT: u64 = 20;
pub const OTHER_ACCOUNT: u64 = 30;
pub const OUTSIDER: u64 = 99;
pub const FEE: u128 = 800;

pub const CONTRIBUTOR_PEM: &[u8] = include_bytes!("../test-keys/contributor.pem");
pub const CONTRIBUTOR_DER: &[u8] = include_bytes!("../test-keys/contributor.spki.der");
pub const PARTICIPANT_PEM: &[u8] = include_bytes!("../test-keys/participant.pem");
pub const PARTICIPANT_DER: &[u8] = include_bytes!("../test-keys/participant.spki.der");
pub const PARTICIPANT_ROTATED_PEM: &[u8] = include_bytes!("../test-keys/participant-rotated.pem");
pub const PARTICIPANT_ROTATED_DER: &[u8] =
	include_bytes!("../test-keys/participant-rotated.spki.der");
pub const SMALL_DER: &[u8] = include_bytes!("../test-keys/small-1024.spki.der");
pub const LARGE_DER: &[u8] = include_bytes!("../test-keys/large-4160.spki.der");
pub const BIG_DER: &[u8] = include_bytes!("../test-keys/bench-4096.spki.der");

/// A key argument for `register_key`.
pub fn der(bytes: &[u8]) -> BoundedVec<u8, MaxKeyLen> {
	bytes.to_vec().try_into().expect("test key fits MaxKeyLen")
}

/// A wrapped-key argument of `len` bytes.
pub fn wrapped(len: usize) -> BoundedVec<u8, MaxWrappedKeyLen> {
	vec![7u8; len].try_into().expect("fits MaxWrappedKeyLen")
}

/// Fresh state: empty registry and escrow, block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	TestRegistry::reset();
	let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Fresh state with a contributor, a participant and another participator, all with keys
/// registered (contributor key 1, participant key 1), the participant funded.
pub fn new_test_ext_with_members() -> sp_io::TestExternalities {
	let mut ext = new_test_ext();
	ext.execute_with(|| {
		TestRegistry::admit(CONTRIBUTOR, CONTRIBUTOR_ACCOUNT, &[Role::Contributor]);
		TestRegistry::admit(PARTICIPANT, PARTICIPANT_ACCOUNT, &[Role::Participator]);
		TestRegistry::admit(OTHER, OTHER_ACCOUNT, &[Role::Participator]);
		TestEscrow::set_balance(PARTICIPANT, 10_000);
		TestEscrow::set_balance(OTHER, 10_000);
		KeyExchange::do_register_key(CONTRIBUTOR, der(CONTRIBUTOR_DER)).unwrap();
		KeyExchange::do_register_key(PARTICIPANT, der(PARTICIPANT_DER)).unwrap();
		System::reset_events();
	});
	ext
}

/// Runs `test` in [`new_test_ext_with_members`], then checks every invariant (`try_state`).
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext_with_members().execute_with(|| {
		test();
		KeyExchange::do_try_state().expect("invariants hold after the test");
	});
}

/// Hold `FEE` from `participant` and request a handoff of `plan` with wrapped key `w`
/// (wrapped to contributor key `key_id`).
pub fn request(
	plan: PlanId,
	participant: InstitutionId,
	w: &[u8],
	key_id: KeyId,
) -> sp_runtime::DispatchResult {
	let escrow = TestEscrow::hold(participant, FEE)?;
	<KeyExchange as HandoffHook>::handoff_due(HandoffDue {
		plan,
		contributor: CONTRIBUTOR,
		participant,
		escrow,
		wrapped_key: w,
		key_id,
	})
}
