//! Tests of pallet-token: every call, every error path, the escrow and the genesis.
//! Every operation goes through `ok`/`noop!`, which also check the supply invariant.
use crate::{
	mock::*,
	pallet::{
		Balances, Error, Escrows, Event, NextEscrowId, NextRedemptionId, Redemptions, TotalBurned,
		TotalMinted, UsedPaymentRefs, UsedPayoutRefs,
	},
	RechargeRecord, Redemption, RedemptionStatus,
};
use frame_support::{assert_noop, assert_ok, traits::IntegrityTest};
use loanshare_primitives::{testing::TestRegistry, FeeEscrow, MembershipError, Role, TokenBalance};
use sp_runtime::{DispatchError, DispatchResult};

const GENESIS_TOTAL: TokenBalance = ALICE_GENESIS + BOB_GENESIS + SUSPENDED_GENESIS;

fn origin(account: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(account)
}

fn assert_invariant() {
	assert_eq!(Token::check_invariant(), Ok(()));
}

/// Run a successful operation, then check the invariant.
fn ok(result: DispatchResult) {
	assert_ok!(result);
	assert_invariant();
}

/// The operation fails with `$err` and changes nothing; the invariant still holds.
macro_rules! noop {
	($call:expr, $err:expr) => {{
		assert_noop!($call, $err);
		assert_invariant();
	}};
}

fn reference(text: &str) -> Vec<u8> {
	text.as_bytes().to_vec()
}

fn last_event() -> RuntimeEvent {
	System::events().pop().map(|r| r.event).expect("an event was deposited")
}

// --- genesis, constants and the invariant check ------------------------------------------

#[test]
fn genesis_balances_count_as_minted() {
	build_and_execute(|| {
		assert_eq!(Balances::<Test>::get(ALICE), ALICE_GENESIS);
		assert_eq!(Balances::<Test>::get(BOB), BOB_GENESIS);
		assert_eq!(Balances::<Test>::get(SUSPENDED), SUSPENDED_GENESIS);
		assert_eq!(TotalMinted::<Test>::get(), GENESIS_TOTAL);
		assert_eq!(TotalBurned::<Test>::get(), 0);
		assert_eq!(Token::total_supply(), GENESIS_TOTAL);
		assert_invariant();
	});
}

#[test]
fn genesis_adds_up_repeated_institutions_and_skips_zero() {
	ext_with(vec![(ALICE, 100), (BOB, 0), (ALICE, 50)]).execute_with(|| {
		assert_eq!(Token::balance_of(ALICE), 150);
		assert!(!Balances::<Test>::contains_key(BOB));
		assert_eq!(TotalMinted::<Test>::get(), 150);
		assert_invariant();
	});
}

#[test]
#[should_panic(expected = "invalid pallet-token genesis")]
fn genesis_overflow_is_refused() {
	let _ = ext_with(vec![(ALICE, u128::MAX), (BOB, 1)]);
}

#[test]
fn constants_are_in_metadata() {
	use codec::Decode;
	let constants = Token::pallet_constants_metadata();
	let value = |name: &str| {
		constants
			.iter()
			.find(|c| c.name == name)
			.map(|c| c.value.clone())
			.unwrap_or_else(|| panic!("constant {name} missing"))
	};
	assert_eq!(String::decode(&mut &value("Symbol")[..]).ok(), Some("TOKEN".to_string()));
	assert_eq!(u8::decode(&mut &value("Decimals")[..]).ok(), Some(2));
	assert_eq!(u128::decode(&mut &value("FenPerToken")[..]).ok(), Some(100));
	assert_eq!(u32::decode(&mut &value("MaxReferenceLen")[..]).ok(), Some(16));
	assert_eq!(u32::decode(&mut &value("MaxMemoLen")[..]).ok(), Some(32));
}

#[test]
fn integrity_test_accepts_the_mock_configuration() {
	build_and_execute(<Token as IntegrityTest>::integrity_test);
}

#[test]
fn invariant_check_detects_unbacked_tokens_and_over_burning() {
	// Corrupts state on purpose: no invariant check at the end.
	new_test_ext().execute_with(|| {
		Balances::<Test>::insert(BOB, BOB_GENESIS + 1);
		assert!(Token::check_invariant().is_err());
		Balances::<Test>::insert(BOB, BOB_GENESIS);
		assert_invariant();

		Escrows::<Test>::insert(7, (BOB, 1));
		assert!(Token::check_invariant().is_err());
		Escrows::<Test>::remove(7);

		TotalBurned::<Test>::put(GENESIS_TOTAL + 1);
		assert!(Token::check_invariant().is_err());
	});
}

// --- recharge ----------------------------------------------------------------------------

#[test]
fn recharge_mints_to_the_recipient_and_records_the_reference() {
	build_and_execute(|| {
		ok(Token::recharge(origin(ISSUER_ACCOUNT), BOB, 80_000, reference("BANK-0001")));
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS + 80_000);
		assert_eq!(TotalMinted::<Test>::get(), GENESIS_TOTAL + 80_000);
		let key = reference("BANK-0001").try_into().expect("short reference");
		assert_eq!(
			UsedPaymentRefs::<Test>::get(&key),
			Some(RechargeRecord { issuer: ISSUER, to: BOB, amount: 80_000 })
		);
		System::assert_last_event(
			Event::Recharged { issuer: ISSUER, to: BOB, amount: 80_000, payment_ref: key }.into(),
		);
	});
}

#[test]
fn recharge_may_credit_an_institution_without_balance() {
	build_and_execute(|| {
		ok(Token::recharge(origin(ISSUER_ACCOUNT), DSP, 1, reference("P-1")));
		assert_eq!(Token::balance_of(DSP), 1);
	});
}

#[test]
fn recharge_requires_an_active_issuer() {
	build_and_execute(|| {
		noop!(
			Token::recharge(origin(ALICE_ACCOUNT), ALICE, 100, reference("P-1")),
			TestRegistry::refusal(MembershipError::MissingRole(Role::TokenIssuer))
		);
		noop!(
			Token::recharge(origin(OUTSIDER_ACCOUNT), ALICE, 100, reference("P-1")),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		// The suspended institution holds TokenIssuer but is not active.
		noop!(
			Token::recharge(origin(SUSPENDED_ACCOUNT), ALICE, 100, reference("P-1")),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		noop!(
			Token::recharge(RuntimeOrigin::root(), ALICE, 100, reference("P-1")),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn recharge_requires_an_active_recipient() {
	build_and_execute(|| {
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), STRANGER, 100, reference("P-1")),
			Error::<Test>::RecipientNotMember
		);
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), SUSPENDED, 100, reference("P-1")),
			Error::<Test>::RecipientNotMember
		);
	});
}

#[test]
fn a_payment_reference_never_mints_twice_whoever_quotes_it() {
	build_and_execute(|| {
		ok(Token::recharge(origin(ISSUER_ACCOUNT), ALICE, 100, reference("P-1")));
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), ALICE, 100, reference("P-1")),
			Error::<Test>::DuplicatePaymentReference
		);
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), BOB, 7, reference("P-1")),
			Error::<Test>::DuplicatePaymentReference
		);
		TestRegistry::admit(7, 70, &[Role::TokenIssuer]);
		noop!(
			Token::recharge(origin(70), BOB, 7, reference("P-1")),
			Error::<Test>::DuplicatePaymentReference
		);
		ok(Token::recharge(origin(70), BOB, 7, reference("P-2")));
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS + 7);
	});
}

#[test]
fn recharge_rejects_bad_amounts_and_references() {
	build_and_execute(|| {
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), ALICE, 0, reference("P-1")),
			Error::<Test>::ZeroAmount
		);
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), ALICE, 1, vec![b'x'; 17]),
			Error::<Test>::ReferenceTooLong
		);
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), ALICE, 1, Vec::new()),
			Error::<Test>::EmptyReference
		);
		// Exactly MaxReferenceLen is fine.
		ok(Token::recharge(origin(ISSUER_ACCOUNT), ALICE, 1, vec![b'x'; 16]));
	});
}

#[test]
fn recharge_overflow_is_refused() {
	build_and_execute(|| {
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), BOB, u128::MAX, reference("P-1")),
			sp_runtime::ArithmeticError::Overflow
		);
		let room = u128::MAX - GENESIS_TOTAL;
		ok(Token::recharge(origin(ISSUER_ACCOUNT), DSP, room, reference("P-2")));
		noop!(
			Token::recharge(origin(ISSUER_ACCOUNT), DSP, 1, reference("P-3")),
			sp_runtime::ArithmeticError::Overflow
		);
	});
}

// --- transfer ----------------------------------------------------------------------------

#[test]
fn transfer_moves_tokens_between_institutions() {
	build_and_execute(|| {
		ok(Token::transfer(origin(ALICE_ACCOUNT), BOB, 1_234));
		assert_eq!(Token::balance_of(ALICE), ALICE_GENESIS - 1_234);
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS + 1_234);
		System::assert_last_event(
			Event::Transferred { from: ALICE, to: BOB, amount: 1_234 }.into(),
		);
	});
}

#[test]
fn any_account_of_an_institution_spends_its_balance() {
	build_and_execute(|| {
		ok(Token::transfer(origin(ALICE_SECOND_ACCOUNT), BOB, 10));
		assert_eq!(Token::balance_of(ALICE), ALICE_GENESIS - 10);
		System::assert_last_event(Event::Transferred { from: ALICE, to: BOB, amount: 10 }.into());
	});
}

#[test]
fn transferring_everything_removes_the_balance_entry() {
	build_and_execute(|| {
		ok(Token::transfer(origin(BOB_ACCOUNT), ALICE, BOB_GENESIS));
		assert!(!Balances::<Test>::contains_key(BOB));
		assert_eq!(Token::balance_of(ALICE), ALICE_GENESIS + BOB_GENESIS);
	});
}

#[test]
fn transfer_error_paths() {
	build_and_execute(|| {
		noop!(
			Token::transfer(origin(BOB_ACCOUNT), ALICE, BOB_GENESIS + 1),
			Error::<Test>::InsufficientBalance
		);
		noop!(Token::transfer(origin(DSP_ACCOUNT), ALICE, 1), Error::<Test>::InsufficientBalance);
		noop!(Token::transfer(origin(BOB_ACCOUNT), ALICE, 0), Error::<Test>::ZeroAmount);
		noop!(Token::transfer(origin(ALICE_SECOND_ACCOUNT), ALICE, 1), Error::<Test>::SelfTransfer);
		noop!(Token::transfer(origin(BOB_ACCOUNT), STRANGER, 1), Error::<Test>::RecipientNotMember);
		noop!(
			Token::transfer(origin(BOB_ACCOUNT), SUSPENDED, 1),
			Error::<Test>::RecipientNotMember
		);
		noop!(
			Token::transfer(origin(OUTSIDER_ACCOUNT), BOB, 1),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		// A suspended institution's balance is frozen: its accounts act for no one.
		noop!(
			Token::transfer(origin(SUSPENDED_ACCOUNT), BOB, 1),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
	});
}

// --- redemption --------------------------------------------------------------------------

fn request(account: u64, amount: TokenBalance) -> u64 {
	let id = NextRedemptionId::<Test>::get();
	ok(Token::request_redemption(origin(account), amount));
	id
}

#[test]
fn request_redemption_holds_the_amount_at_once() {
	build_and_execute(|| {
		let id = request(BOB_ACCOUNT, 2_000);
		assert_eq!(id, 0);
		assert_eq!(NextRedemptionId::<Test>::get(), 1);
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS - 2_000);
		assert_eq!(
			Redemptions::<Test>::get(id),
			Some(Redemption { requester: BOB, amount: 2_000, status: RedemptionStatus::Pending })
		);
		// Nothing burned yet: the request still holds the tokens.
		assert_eq!(Token::total_supply(), GENESIS_TOTAL);
		System::assert_last_event(
			Event::RedemptionRequested { id, requester: BOB, amount: 2_000 }.into(),
		);
		assert_eq!(request(BOB_ACCOUNT, 1), 1);
	});
}

#[test]
fn request_redemption_error_paths() {
	build_and_execute(|| {
		noop!(
			Token::request_redemption(origin(BOB_ACCOUNT), BOB_GENESIS + 1),
			Error::<Test>::InsufficientBalance
		);
		noop!(Token::request_redemption(origin(BOB_ACCOUNT), 0), Error::<Test>::ZeroAmount);
		noop!(
			Token::request_redemption(origin(OUTSIDER_ACCOUNT), 1),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		noop!(
			Token::request_redemption(origin(SUSPENDED_ACCOUNT), 1),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
	});
}

#[test]
fn settle_redemption_burns_and_records_the_payout() {
	build_and_execute(|| {
		let id = request(BOB_ACCOUNT, 2_000);
		ok(Token::settle_redemption(origin(ISSUER_ACCOUNT), id, reference("OUT-1")));
		assert_eq!(TotalBurned::<Test>::get(), 2_000);
		assert_eq!(Token::total_supply(), GENESIS_TOTAL - 2_000);
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS - 2_000);
		assert_eq!(
			Redemptions::<Test>::get(id).map(|r| r.status),
			Some(RedemptionStatus::Settled(ISSUER))
		);
		let key = reference("OUT-1").try_into().expect("short reference");
		assert_eq!(UsedPayoutRefs::<Test>::get(&key), Some(id));
		System::assert_last_event(
			Event::RedemptionSettled {
				id,
				issuer: ISSUER,
				requester: BOB,
				amount: 2_000,
				payout_ref: key,
			}
			.into(),
		);
	});
}

#[test]
fn a_redemption_settles_only_once() {
	build_and_execute(|| {
		let id = request(BOB_ACCOUNT, 2_000);
		ok(Token::settle_redemption(origin(ISSUER_ACCOUNT), id, reference("OUT-1")));
		noop!(
			Token::settle_redemption(origin(ISSUER_ACCOUNT), id, reference("OUT-2")),
			Error::<Test>::UnknownRedemption
		);
		noop!(
			Token::reject_redemption(origin(ISSUER_ACCOUNT), id),
			Error::<Test>::UnknownRedemption
		);
		noop!(
			Token::settle_redemption(origin(ISSUER_ACCOUNT), 42, reference("OUT-3")),
			Error::<Test>::UnknownRedemption
		);
	});
}

#[test]
fn a_payout_reference_settles_only_once() {
	build_and_execute(|| {
		let first = request(BOB_ACCOUNT, 100);
		let second = request(ALICE_ACCOUNT, 100);
		ok(Token::settle_redemption(origin(ISSUER_ACCOUNT), first, reference("OUT-1")));
		noop!(
			Token::settle_redemption(origin(ISSUER_ACCOUNT), second, reference("OUT-1")),
			Error::<Test>::DuplicatePayoutReference
		);
		// Payment and payout references are separate namespaces.
		ok(Token::recharge(origin(ISSUER_ACCOUNT), BOB, 1, reference("OUT-1")));
	});
}

#[test]
fn settle_redemption_error_paths() {
	build_and_execute(|| {
		let id = request(BOB_ACCOUNT, 100);
		noop!(
			Token::settle_redemption(origin(ALICE_ACCOUNT), id, reference("OUT-1")),
			TestRegistry::refusal(MembershipError::MissingRole(Role::TokenIssuer))
		);
		noop!(
			Token::settle_redemption(origin(OUTSIDER_ACCOUNT), id, reference("OUT-1")),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		noop!(
			Token::settle_redemption(origin(ISSUER_ACCOUNT), id, vec![b'x'; 17]),
			Error::<Test>::ReferenceTooLong
		);
		noop!(
			Token::settle_redemption(origin(ISSUER_ACCOUNT), id, Vec::new()),
			Error::<Test>::EmptyReference
		);
	});
}

#[test]
fn settle_refuses_a_burn_total_overflow() {
	// Corrupts the burned total on purpose: no invariant check at the end.
	new_test_ext().execute_with(|| {
		let id = request(BOB_ACCOUNT, 100);
		// Only reachable with a corrupted total; the call must still fail cleanly.
		TotalBurned::<Test>::put(u128::MAX - 50);
		assert_noop!(
			Token::settle_redemption(origin(ISSUER_ACCOUNT), id, reference("OUT-1")),
			sp_runtime::ArithmeticError::Overflow
		);
	});
}

#[test]
fn reject_redemption_returns_the_amount() {
	build_and_execute(|| {
		let id = request(BOB_ACCOUNT, 2_000);
		ok(Token::reject_redemption(origin(ISSUER_ACCOUNT), id));
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS);
		assert_eq!(TotalBurned::<Test>::get(), 0);
		assert_eq!(
			Redemptions::<Test>::get(id).map(|r| r.status),
			Some(RedemptionStatus::Rejected(ISSUER))
		);
		System::assert_last_event(
			Event::RedemptionRejected { id, issuer: ISSUER, requester: BOB, amount: 2_000 }.into(),
		);
		noop!(
			Token::reject_redemption(origin(ISSUER_ACCOUNT), id),
			Error::<Test>::UnknownRedemption
		);
		noop!(
			Token::settle_redemption(origin(ISSUER_ACCOUNT), id, reference("OUT-1")),
			Error::<Test>::UnknownRedemption
		);
	});
}

#[test]
fn reject_redemption_error_paths() {
	build_and_execute(|| {
		let id = request(BOB_ACCOUNT, 100);
		noop!(
			Token::reject_redemption(origin(BOB_ACCOUNT), id),
			TestRegistry::refusal(MembershipError::MissingRole(Role::TokenIssuer))
		);
		noop!(
			Token::reject_redemption(origin(OUTSIDER_ACCOUNT), id),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		noop!(
			Token::reject_redemption(origin(ISSUER_ACCOUNT), id + 1),
			Error::<Test>::UnknownRedemption
		);
	});
}

// --- data services -------------------------------------------------------------------------

#[test]
fn pay_data_service_pays_the_provider() {
	build_and_execute(|| {
		ok(Token::pay_data_service(origin(BOB_ACCOUNT), DSP, 300, reference("risk report #9")));
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS - 300);
		assert_eq!(Token::balance_of(DSP), 300);
		System::assert_last_event(
			Event::DataServicePaid {
				from: BOB,
				to: DSP,
				amount: 300,
				memo: reference("risk report #9").try_into().expect("short memo"),
			}
			.into(),
		);
		// An empty memo is allowed.
		ok(Token::pay_data_service(origin(ALICE_ACCOUNT), DSP, 1, Vec::new()));
	});
}

#[test]
fn pay_data_service_error_paths() {
	build_and_execute(|| {
		noop!(
			Token::pay_data_service(origin(BOB_ACCOUNT), ALICE, 1, Vec::new()),
			Error::<Test>::NotDataServiceProvider
		);
		noop!(
			Token::pay_data_service(origin(BOB_ACCOUNT), STRANGER, 1, Vec::new()),
			Error::<Test>::RecipientNotMember
		);
		noop!(
			Token::pay_data_service(origin(BOB_ACCOUNT), DSP, 1, vec![b'm'; 33]),
			Error::<Test>::MemoTooLong
		);
		noop!(
			Token::pay_data_service(origin(BOB_ACCOUNT), DSP, BOB_GENESIS + 1, Vec::new()),
			Error::<Test>::InsufficientBalance
		);
		noop!(
			Token::pay_data_service(origin(BOB_ACCOUNT), DSP, 0, Vec::new()),
			Error::<Test>::ZeroAmount
		);
		noop!(
			Token::pay_data_service(origin(OUTSIDER_ACCOUNT), DSP, 1, Vec::new()),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		ok(Token::recharge(origin(ISSUER_ACCOUNT), DSP, 10, reference("P-1")));
		noop!(
			Token::pay_data_service(origin(DSP_ACCOUNT), DSP, 1, Vec::new()),
			Error::<Test>::SelfTransfer
		);
		// A suspended provider is not paid.
		TestRegistry::set_active(DSP, false);
		noop!(
			Token::pay_data_service(origin(BOB_ACCOUNT), DSP, 1, Vec::new()),
			Error::<Test>::RecipientNotMember
		);
	});
}

// --- fee escrow ------------------------------------------------------------------------------

fn hold(payer: u32, amount: TokenBalance) -> u64 {
	let id = Token::hold(payer, amount).expect("hold succeeds");
	assert_invariant();
	id
}

#[test]
fn hold_moves_the_fee_into_an_escrow() {
	build_and_execute(|| {
		let escrow = hold(ALICE, 800);
		assert_eq!(escrow, 0);
		assert_eq!(NextEscrowId::<Test>::get(), 1);
		assert_eq!(Token::balance_of(ALICE), ALICE_GENESIS - 800);
		assert_eq!(Token::escrowed(escrow), Some((ALICE, 800)));
		assert_eq!(last_event(), Event::FeeHeld { escrow, payer: ALICE, amount: 800 }.into());
		assert_eq!(hold(ALICE, 1), 1);
	});
}

#[test]
fn hold_is_all_or_nothing() {
	build_and_execute(|| {
		noop!(Token::hold(BOB, BOB_GENESIS + 1), Error::<Test>::InsufficientBalance);
		noop!(Token::hold(STRANGER, 1), Error::<Test>::InsufficientBalance);
		assert_eq!(Token::escrowed(0), None);
	});
}

#[test]
fn a_zero_fee_can_be_held_and_released() {
	build_and_execute(|| {
		let escrow = hold(BOB, 0);
		assert_eq!(Token::escrowed(escrow), Some((BOB, 0)));
		ok(Token::release(escrow, ALICE));
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS);
	});
}

#[test]
fn release_pays_the_fee_to_another_institution() {
	build_and_execute(|| {
		let escrow = hold(BOB, 800);
		ok(Token::release(escrow, ALICE));
		assert_eq!(Token::balance_of(ALICE), ALICE_GENESIS + 800);
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS - 800);
		assert_eq!(Token::escrowed(escrow), None);
		assert_eq!(
			last_event(),
			Event::FeeReleased { escrow, payer: BOB, to: ALICE, amount: 800 }.into()
		);
		noop!(Token::release(escrow, ALICE), Error::<Test>::UnknownEscrow);
		noop!(Token::refund(escrow), Error::<Test>::UnknownEscrow);
	});
}

#[test]
fn release_requires_an_active_recipient() {
	build_and_execute(|| {
		let escrow = hold(BOB, 800);
		noop!(Token::release(escrow, STRANGER), Error::<Test>::RecipientNotMember);
		noop!(Token::release(escrow, SUSPENDED), Error::<Test>::RecipientNotMember);
		noop!(Token::release(escrow + 1, ALICE), Error::<Test>::UnknownEscrow);
	});
}

#[test]
fn refund_returns_the_fee_to_its_payer_even_if_suspended() {
	build_and_execute(|| {
		let escrow = hold(BOB, 800);
		TestRegistry::set_active(BOB, false);
		ok(Token::refund(escrow));
		assert_eq!(Token::balance_of(BOB), BOB_GENESIS);
		assert_eq!(Token::escrowed(escrow), None);
		assert_eq!(last_event(), Event::FeeRefunded { escrow, payer: BOB, amount: 800 }.into());
		noop!(Token::refund(escrow), Error::<Test>::UnknownEscrow);
	});
}

#[cfg(feature = "runtime-benchmarks")]
#[test]
fn benchmark_funding_counts_as_minted() {
	build_and_execute(|| {
		Token::fund_for_benchmark(DSP, 5_000);
		assert_eq!(Token::balance_of(DSP), 5_000);
		assert_eq!(TotalMinted::<Test>::get(), GENESIS_TOTAL + 5_000);
		assert_invariant();
		// Saturates at the representable supply instead of breaking the invariant.
		Token::fund_for_benchmark(DSP, u128::MAX);
		assert_eq!(TotalMinted::<Test>::get(), u128::MAX);
		assert_invariant();
	});
}

// --- a full story ----------------------------------------------------------------------------

#[test]
fn supply_stays_consistent_through_a_mixed_history() {
	build_and_execute(|| {
		ok(Token::recharge(origin(ISSUER_ACCOUNT), BOB, 8_000_000, reference("P-1")));
		let fee = hold(BOB, 800);
		ok(Token::transfer(origin(BOB_ACCOUNT), ALICE, 500_000));
		let redemption = request(ALICE_ACCOUNT, 200_000);
		ok(Token::pay_data_service(origin(ALICE_ACCOUNT), DSP, 3_000, Vec::new()));
		ok(Token::release(fee, ALICE));
		let second = request(BOB_ACCOUNT, 1_000);
		ok(Token::settle_redemption(origin(ISSUER_ACCOUNT), redemption, reference("OUT-1")));
		ok(Token::reject_redemption(origin(ISSUER_ACCOUNT), second));
		let refunded = hold(DSP, 3_000);
		ok(Token::refund(refunded));

		assert_eq!(Token::total_supply(), GENESIS_TOTAL + 8_000_000 - 200_000);
		let sum: TokenBalance = Balances::<Test>::iter().map(|(_, b)| b).sum();
		assert_eq!(sum, Token::total_supply());
		assert_eq!(Token::balance_of(DSP), 3_000);
		assert_eq!(Token::balance_of(ALICE), ALICE_GENESIS + 500_000 - 200_000 - 3_000 + 800);
	});
}

/// Every call's worst case, with the generated weights, fits well inside a block (at least
/// 20 of any of them).
#[test]
fn weights_sane() {
	use crate::WeightInfo;
	use loanshare_primitives::testing::assert_fits_in_block;
	type W = ();
	assert_fits_in_block("recharge", W::recharge(), 20);
	assert_fits_in_block("transfer", W::transfer(), 20);
	assert_fits_in_block("request_redemption", W::request_redemption(), 20);
	assert_fits_in_block("settle_redemption", W::settle_redemption(), 20);
	assert_fits_in_block("reject_redemption", W::reject_redemption(), 20);
	assert_fits_in_block("pay_data_service", W::pay_data_service(), 20);
}
