//! Test runtime of the key-exchange pallet: `TestRegistry`/`TestEscrow`/`TestShares`
//! doubles, u64 accounts, Root as the council, and the fixed RSA test keys of `test-keys/`
//! (real keys: deliveries and disputes use real RSA-OAEP and AES-GCM).
use crate as pallet_key_exchange;
use frame_support::{derive_impl, parameter_types, BoundedVec};
use frame_system::EnsureRoot;
use loanshare_envelope::{BorrowerData, Context, Sealed};
use loanshare_primitives::{
	origin::AnyRole,
	testing::{TestEscrow, TestInstitutionOrigin, TestRegistry, TestShares},
	FeeEscrow, HandoffDue, HandoffHook, InstitutionId, KeyId, PlanEnvelope, PlanId, Role,
};
use sp_runtime::BuildStorage;

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
	pub const ChallengeWindow: u64 = 20;
	pub const MaxDeliveryBatch: u32 = 4;
	pub const MaxAutoSettlePerBlock: u32 = 2;
	pub const MaxKeyLen: u32 = 600;
	pub const MaxKeysPerInstitution: u32 = 3;
	pub const MaxWrappedKeyLen: u32 = 512;
	pub const MaxDisputeReasonLen: u32 = 64;
}

impl pallet_key_exchange::Config for Test {
	type MemberOrigin = TestInstitutionOrigin<AnyRole>;
	type RulingOrigin = EnsureRoot<u64>;
	type Escrow = TestEscrow;
	type Shares = TestShares;
	type HandoffTimeout = HandoffTimeout;
	type ChallengeWindow = ChallengeWindow;
	type MaxDeliveryBatch = MaxDeliveryBatch;
	type MaxAutoSettlePerBlock = MaxAutoSettlePerBlock;
	type MaxKeyLen = MaxKeyLen;
	type MaxKeysPerInstitution = MaxKeysPerInstitution;
	type MaxWrappedKeyLen = MaxWrappedKeyLen;
	type MaxDisputeReasonLen = MaxDisputeReasonLen;
	type WeightInfo = ();
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

/// The chain id the mock's envelopes are sealed for: the genesis block's hash as
/// frame-system's genesis records it.
pub fn chain_id() -> Vec<u8> {
	System::block_hash(0).as_ref().to_vec()
}

/// The borrower data of the mock's plans.
pub fn borrower() -> BorrowerData {
	BorrowerData {
		name: "张三".into(),
		id_number: "110101199003074519".into(),
		mobile: "13800138000".into(),
		licence_plate: None,
		engine_number: None,
	}
}

/// Seal plan `plan`'s borrower data to the contributor's key 1 (reference `REF-<plan>`),
/// make it the plan's envelope in `TestShares`, and return the sealed envelope.
pub fn seal_plan(plan: PlanId) -> Sealed {
	let external_ref = format!("REF-{plan}").into_bytes();
	let chain = chain_id();
	let ctx = Context { chain_id: &chain, contributor: CONTRIBUTOR, external_ref: &external_ref };
	let mut rng = loanshare_envelope::os_rng();
	let sealed =
		loanshare_envelope::seal(&mut rng, &borrower(), &ctx, CONTRIBUTOR_DER).expect("sealed");
	TestShares::set_envelope(
		plan,
		PlanEnvelope {
			contributor: CONTRIBUTOR,
			external_ref,
			ciphertext: sealed.ciphertext.clone(),
			nonce: sealed.nonce,
			commitment: sealed.commitment,
		},
	);
	sealed
}

/// Hold `FEE` from `participant` and request a real handoff of a freshly sealed `plan`;
/// returns the envelope.
pub fn request_sealed(plan: PlanId, participant: InstitutionId) -> Sealed {
	let sealed = seal_plan(plan);
	request(plan, participant, &sealed.wrapped_key, 1).expect("handoff requested");
	sealed
}

/// The private key of an RSA test key.
pub fn private(pem: &[u8]) -> loanshare_envelope::RsaPrivateKey {
	loanshare_envelope::parse_private_key(pem).expect("test key parses")
}

/// W' as an honest contributor makes it: W unwrapped with the contributor's key, wrapped to
/// the participant's public key `recipient_der`.
pub fn honest_rewrap(w: &[u8], recipient_der: &[u8]) -> BoundedVec<u8, MaxWrappedKeyLen> {
	let mut rng = loanshare_envelope::os_rng();
	let w_prime = loanshare_envelope::rewrap(&mut rng, &private(CONTRIBUTOR_PEM), w, recipient_der)
		.expect("rewrapped");
	w_prime.try_into().expect("fits")
}

/// W' of a faulty contributor: a random data key wrapped to `recipient_der`.
pub fn garbage_rewrap(recipient_der: &[u8]) -> BoundedVec<u8, MaxWrappedKeyLen> {
	let mut rng = loanshare_envelope::os_rng();
	let public = loanshare_envelope::parse_public_key(recipient_der).expect("key");
	let w_prime = loanshare_envelope::wrap_key(&mut rng, &public, &[0x5a; 32]).expect("wrapped");
	w_prime.try_into().expect("fits")
}

/// EM: the raw RSA decryption of `w_prime` with the private key `pem`.
pub fn raw_decrypt(pem: &[u8], w_prime: &[u8]) -> BoundedVec<u8, MaxWrappedKeyLen> {
	loanshare_envelope::raw_decrypt(&private(pem), w_prime)
		.expect("decrypts")
		.try_into()
		.expect("fits")
}

/// Run `on_initialize` for each block up to `n` (the automatic settlements).
pub fn run_to_block(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		KeyExchange::on_initialize(next);
	}
}
