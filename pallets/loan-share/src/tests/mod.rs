//! Unit tests: fixtures shared by the per-topic modules.
//!
//! Institutions of every test (see [`setup`]):
//!
//! | id | account | roles                     | key | tokens |
//! |----|---------|---------------------------|-----|--------|
//! | 1  | 10      | Contributor               | 5   | 0      |
//! | 2  | 20      | Contributor, Participator | 1   | 10,000 |
//! | 3  | 30      | Participator              | 1   | 10,000 |
//! | 4  | 40      | Participator              | 1   | 10,000 |
//! | 5  | 50      | Participator              | 1   | 10,000 |
//! | 6  | 60      | TokenIssuer               | 1   | 10,000 |
//!
//! Account 99 acts for nobody.
use crate::{mock::*, pallet::*, types::*};
use frame_support::{traits::Hooks, weights::Weight, BoundedVec};
use loanshare_primitives::{
	testing::{TestEscrow, TestRegistry},
	InstitutionId, MembershipError, PlanId, Role,
};

mod batch;
mod confirm;
mod lifecycle;
mod publish;
mod queries;
mod retention;
mod shares;

pub const CONTRIB: InstitutionId = 1;
pub const CONTRIB_ACC: u64 = 10;
pub const CONTRIB_KEY: u32 = 5;
pub const BOTH: InstitutionId = 2;
pub const BOTH_ACC: u64 = 20;
pub const PART: InstitutionId = 3;
pub const PART_ACC: u64 = 30;
pub const PART2: InstitutionId = 4;
pub const PART2_ACC: u64 = 40;
pub const PART3: InstitutionId = 5;
pub const PART3_ACC: u64 = 50;
pub const ISSUER: InstitutionId = 6;
pub const ISSUER_ACC: u64 = 60;
pub const OUTSIDER_ACC: u64 = 99;
pub const TOKENS: u128 = 10_000;

/// One day in ms.
pub const DAY: u64 = 86_400_000;
/// Default plan: requested 100,000 RMB.
pub const AMOUNT: u128 = 10_000_000;
/// Default plan: shares 80,000 RMB.
pub const SHARED: u128 = 8_000_000;
/// Default plan: the smallest share is the mock's floor (1 fen).
pub const MIN_SHARE: u128 = 1;

/// Runs `test` with the institutions of the table above, then checks every invariant.
pub fn build_and_execute(test: impl FnOnce()) {
	crate::mock::build_and_execute(|| {
		setup();
		test();
	});
}

/// Admits the institutions of the table above.
pub fn setup() {
	TestRegistry::admit(CONTRIB, CONTRIB_ACC, &[Role::Contributor]);
	TestRegistry::set_key(CONTRIB, CONTRIB_KEY);
	TestRegistry::admit(BOTH, BOTH_ACC, &[Role::Contributor, Role::Participator]);
	for (id, acc) in [(PART, PART_ACC), (PART2, PART2_ACC), (PART3, PART3_ACC)] {
		TestRegistry::admit(id, acc, &[Role::Participator]);
	}
	TestRegistry::admit(ISSUER, ISSUER_ACC, &[Role::TokenIssuer]);
	for id in [BOTH, PART, PART2, PART3, ISSUER] {
		TestRegistry::set_key(id, 1);
		TestEscrow::set_balance(id, TOKENS);
	}
}

/// A signed origin.
pub fn signed(account: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(account)
}

/// Bytes as a bounded vector (panics if too long: test fixtures only).
pub fn bounded<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	bytes.to_vec().try_into().expect("fixture fits its bound")
}

/// An external reference.
pub fn ext_ref(r: &[u8]) -> ExternalRefOf<Test> {
	bounded(r)
}

/// A valid plan input of [`CONTRIB`]: a cash loan of 100,000 RMB sharing 80,000 RMB
/// at 18–20%, 1 TOKEN per 10,000 RMB, up to 3 participants, open for a day from now.
pub fn input(external_ref: &[u8]) -> PlanInputOf<Test> {
	let now = MockTime::get();
	PlanInput {
		external_ref: bounded(external_ref),
		loan_type: LoanType::Cash,
		amount: AMOUNT,
		car: None,
		risk: RiskResult { score: 720, approved_limit: AMOUNT, suggested_share_limit: SHARED },
		links: vec![bounded(b"https://risk.example/fines/1")].try_into().expect("one link"),
		conditions: ShareConditions {
			shared_limit: SHARED,
			min_share: MIN_SHARE,
			min_rate_bp: 1_800,
			max_rate_bp: 2_000,
			token_rate: 1,
			max_participants: 3,
			start: now,
			end: now + DAY,
		},
		envelope: EnvelopeRef {
			version: ENVELOPE_VERSION,
			ciphertext: bounded(b"ciphertext of the borrower data"),
			nonce: [1u8; 12],
			commitment: [2u8; 32],
			wrapped_key: bounded(&[3u8; 256]),
			key_id: CONTRIB_KEY,
		},
	}
}

/// [`input`] changed by `f`.
pub fn input_with(
	external_ref: &[u8],
	f: impl FnOnce(&mut PlanInputOf<Test>),
) -> PlanInputOf<Test> {
	let mut i = input(external_ref);
	f(&mut i);
	i
}

/// Publishes `input` as [`CONTRIB`] and returns the plan id.
pub fn publish(input: PlanInputOf<Test>) -> PlanId {
	let id = NextPlanId::<Test>::get();
	LoanShare::publish(signed(CONTRIB_ACC), Box::new(input)).expect("valid plan");
	id
}

/// The stored plan `id`.
pub fn plan(id: PlanId) -> PlanOf<Test> {
	Plans::<Test>::get(id).expect("plan exists")
}

/// This pallet's events so far, oldest first.
pub fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::LoanShare(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// Runs `on_idle` with unlimited weight; returns the weight it used.
pub fn idle() -> Weight {
	LoanShare::on_idle(System::block_number(), Weight::MAX)
}

/// The indexes agree with the plans.
pub fn check_invariants() {
	LoanShare::do_try_state().expect("invariants hold");
}

#[test]
fn integrity_test_passes_for_the_mock() {
	build_and_execute(|| {
		<LoanShare as Hooks<u64>>::integrity_test();
	});
}

/// Every call's worst case, with the generated weights, fits well inside a block: at least
/// 20 of any single call, and a full batch, the expiries or the reaps of one block within
/// half of it.
#[test]
fn weights_sane() {
	use crate::WeightInfo;
	use loanshare_primitives::testing::assert_fits_in_block;
	type W = ();
	assert_fits_in_block("publish", W::publish(), 20);
	assert_fits_in_block("confirm", W::confirm(), 20);
	assert_fits_in_block("confirm_and_fill", W::confirm_and_fill(), 20);
	assert!(W::confirm().all_lte(W::confirm_and_fill()), "the refund never charges more");
	assert_fits_in_block("withdraw", W::withdraw(), 20);
	assert_fits_in_block("expire", W::expire(), 20);
	assert_fits_in_block("set_rate_cap", W::set_rate_cap(), 20);
	// Runtime bounds: MaxBatch 100, MaxParticipants 50, 20 expiries and 20 reaps a block.
	assert_fits_in_block("publish_batch(100)", W::publish_batch(100), 2);
	assert_fits_in_block("on_idle_expire(20)", W::on_idle_expire(20), 2);
	assert_fits_in_block("reap(50) x 20", W::reap(50).saturating_mul(20), 2);
}
