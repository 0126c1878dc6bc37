//! Unit tests of the key-exchange pallet's calls, its `HandoffHook`/`PublicKeyRegistry` side
//! and their error paths (the offchain worker is tested in `tests/offchain.rs`, beside this file).
use crate::{
	mock::*, CurrentKey, Error, Event, HandoffStatus, Handoffs, Keys, PendingByContributor,
};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use loanshare_primitives::{
	testing::{TestEscrow, TestRegistry},
	FeeEscrow, HandoffDue, HandoffHook, PublicKeyRegistry, Role,
};
use sp_runtime::DispatchError;

mod offchain;

fn reason(text: &[u8]) -> BoundedVec<u8, MaxDisputeReasonLen> {
	text.to_vec().try_into().unwrap()
}

/// A pending handoff of plan 7 to PARTICIPANT with a 256-byte W.
fn with_pending_handoff(test: impl FnOnce()) {
	build_and_execute(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		System::reset_events();
		test()
	})
}

// ---------------------------------------------------------------- register_key

#[test]
fn first_registration_emits_key_registered() {
	new_test_ext().execute_with(|| {
		TestRegistry::admit(CONTRIBUTOR, CONTRIBUTOR_ACCOUNT, &[Role::Contributor]);
		System::set_block_number(5);
		assert_ok!(KeyExchange::register_key(
			RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
			der(CONTRIBUTOR_DER)
		));
		assert_eq!(CurrentKey::<Test>::get(CONTRIBUTOR), Some(1));
		let key = Keys::<Test>::get(CONTRIBUTOR, 1).unwrap();
		assert_eq!(key.der.as_slice(), CONTRIBUTOR_DER);
		assert_eq!(key.bits, 2048);
		assert_eq!(key.registered_at, 5);
		assert_eq!(<KeyExchange as PublicKeyRegistry>::current_key_id(CONTRIBUTOR), Some(1));
		System::assert_last_event(
			Event::KeyRegistered { institution: CONTRIBUTOR, key_id: 1, bits: 2048 }.into(),
		);
	});
}

#[test]
fn rotation_keeps_the_old_key_and_emits_key_rotated() {
	build_and_execute(|| {
		assert_ok!(KeyExchange::register_key(
			RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
			der(BIG_DER)
		));
		assert_eq!(CurrentKey::<Test>::get(PARTICIPANT), Some(2));
		assert_eq!(Keys::<Test>::get(PARTICIPANT, 1).unwrap().der.as_slice(), PARTICIPANT_DER);
		assert_eq!(Keys::<Test>::get(PARTICIPANT, 2).unwrap().bits, 4096);
		assert_eq!(<KeyExchange as PublicKeyRegistry>::current_key_id(PARTICIPANT), Some(2));
		System::assert_last_event(
			Event::KeyRotated { institution: PARTICIPANT, old: 1, new: 2, bits: 4096 }.into(),
		);
	});
}

#[test]
fn any_account_of_an_institution_registers_for_it() {
	build_and_execute(|| {
		TestRegistry::add_account(CONTRIBUTOR, 11);
		assert_ok!(KeyExchange::register_key(RuntimeOrigin::signed(11), der(BIG_DER)));
		assert_eq!(CurrentKey::<Test>::get(CONTRIBUTOR), Some(2));
	});
}

#[test]
fn register_key_rejects_non_members_and_suspended_institutions() {
	build_and_execute(|| {
		assert_noop!(
			KeyExchange::register_key(RuntimeOrigin::signed(OUTSIDER), der(BIG_DER)),
			TestRegistry::refusal(loanshare_primitives::MembershipError::NotAMember)
		);
		TestRegistry::set_active(OTHER, false);
		assert_noop!(
			KeyExchange::register_key(RuntimeOrigin::signed(OTHER_ACCOUNT), der(BIG_DER)),
			TestRegistry::refusal(loanshare_primitives::MembershipError::NotAMember)
		);
		assert_noop!(
			KeyExchange::register_key(RuntimeOrigin::none(), der(BIG_DER)),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn register_key_rejects_invalid_keys() {
	build_and_execute(|| {
		let origin = || RuntimeOrigin::signed(OTHER_ACCOUNT);
		assert_noop!(
			KeyExchange::register_key(origin(), der(b"not a key")),
			Error::<Test>::InvalidPublicKey
		);
		assert_noop!(
			KeyExchange::register_key(origin(), der(&CONTRIBUTOR_DER[..200])),
			Error::<Test>::InvalidPublicKey
		);
		assert_noop!(
			KeyExchange::register_key(origin(), der(SMALL_DER)),
			Error::<Test>::KeyTooSmall
		);
		assert_noop!(
			KeyExchange::register_key(origin(), der(LARGE_DER)),
			Error::<Test>::KeyTooLarge
		);
		assert_eq!(CurrentKey::<Test>::get(OTHER), None);
	});
}

#[test]
fn register_key_rejects_the_current_key_again() {
	build_and_execute(|| {
		assert_noop!(
			KeyExchange::register_key(
				RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
				der(PARTICIPANT_DER)
			),
			Error::<Test>::SameAsCurrentKey
		);
	});
}

#[test]
fn register_key_stops_at_max_keys_per_institution() {
	build_and_execute(|| {
		let origin = || RuntimeOrigin::signed(PARTICIPANT_ACCOUNT);
		assert_ok!(KeyExchange::register_key(origin(), der(PARTICIPANT_ROTATED_DER)));
		assert_ok!(KeyExchange::register_key(origin(), der(BIG_DER)));
		assert_eq!(CurrentKey::<Test>::get(PARTICIPANT), Some(3));
		assert_noop!(
			KeyExchange::register_key(origin(), der(CONTRIBUTOR_DER)),
			Error::<Test>::TooManyKeys
		);
	});
}

// ---------------------------------------------------------------- handoff_due

#[test]
fn handoff_due_records_a_pending_handoff() {
	build_and_execute(|| {
		System::set_block_number(3);
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!(h.contributor, CONTRIBUTOR);
		assert_eq!(h.escrow, 0);
		assert_eq!(h.wrapped_key.as_slice(), &[1u8; 256][..]);
		assert_eq!(h.contributor_key_id, 1);
		assert_eq!(h.participant_key_id, 1);
		assert_eq!(h.requested_at, 3);
		assert_eq!(h.status, HandoffStatus::Pending);
		assert_eq!(h.delivered_key, None);
		assert_eq!(PendingByContributor::<Test>::get(CONTRIBUTOR).to_vec(), vec![(7, PARTICIPANT)]);
		System::assert_last_event(
			Event::HandoffRequested {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				escrow: 0,
				participant_key_id: 1,
			}
			.into(),
		);
	});
}

fn due(plan: u64, participant: u32, w: &[u8], key_id: u32) -> HandoffDue<'_> {
	HandoffDue { plan, contributor: CONTRIBUTOR, participant, escrow: 42, wrapped_key: w, key_id }
}

#[test]
fn handoff_due_rejects_a_duplicate() {
	with_pending_handoff(|| {
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, PARTICIPANT, &[2u8; 256], 1)),
			Error::<Test>::HandoffAlreadyExists
		);
	});
}

#[test]
fn handoff_due_requires_a_participant_key() {
	build_and_execute(|| {
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, OTHER, &[2u8; 256], 1)),
			Error::<Test>::ParticipantHasNoKey
		);
	});
}

#[test]
fn handoff_due_requires_a_known_contributor_key() {
	build_and_execute(|| {
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, PARTICIPANT, &[2u8; 256], 2)),
			Error::<Test>::UnknownContributorKey
		);
	});
}

#[test]
fn handoff_due_rejects_empty_or_oversized_wrapped_keys() {
	build_and_execute(|| {
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, PARTICIPANT, &[], 1)),
			Error::<Test>::InvalidWrappedKey
		);
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, PARTICIPANT, &[2u8; 513], 1)),
			Error::<Test>::InvalidWrappedKey
		);
	});
}

#[test]
fn handoff_due_stops_at_max_pending_per_contributor() {
	build_and_execute(|| {
		for plan in 1..=3 {
			assert_ok!(request(plan, PARTICIPANT, &[2u8; 256], 1));
		}
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(4, PARTICIPANT, &[2u8; 256], 1)),
			Error::<Test>::TooManyPendingHandoffs
		);
	});
}

// ---------------------------------------------------------------- deliver

#[test]
fn a_pending_handoff_is_unsettled_and_cannot_be_forgotten() {
	with_pending_handoff(|| {
		assert!(!<KeyExchange as HandoffHook>::is_settled(7, PARTICIPANT));
		<KeyExchange as HandoffHook>::forget(7, PARTICIPANT);
		assert!(Handoffs::<Test>::contains_key(7, PARTICIPANT), "a pending handoff stays");
		// A handoff never requested counts as settled (nothing waits on it).
		assert!(<KeyExchange as HandoffHook>::is_settled(7, OTHER));
	});
}

#[test]
fn a_delivered_handoff_is_settled_and_forgotten_when_its_plan_is_reaped() {
	with_pending_handoff(|| {
		assert_ok!(KeyExchange::deliver(
			RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
			7,
			PARTICIPANT,
			wrapped(256)
		));
		assert!(<KeyExchange as HandoffHook>::is_settled(7, PARTICIPANT));
		<KeyExchange as HandoffHook>::forget(7, PARTICIPANT);
		assert!(!Handoffs::<Test>::contains_key(7, PARTICIPANT));
	});
}

#[test]
fn deliver_stores_w_prime_and_pays_the_contributor() {
	with_pending_handoff(|| {
		assert_eq!(TestEscrow::total_escrowed(), FEE);
		assert_ok!(KeyExchange::deliver(
			RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
			7,
			PARTICIPANT,
			wrapped(256)
		));
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!(h.status, HandoffStatus::Delivered);
		assert_eq!(h.delivered_key, Some(wrapped(256)));
		assert_eq!(h.delivered_key_id, Some(1));
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), FEE);
		assert_eq!(TestEscrow::total_escrowed(), 0);
		assert!(!PendingByContributor::<Test>::contains_key(CONTRIBUTOR));
		System::assert_last_event(
			Event::HandoffDelivered {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				participant_key_id: 1,
			}
			.into(),
		);
	});
}

#[test]
fn deliver_targets_the_participants_current_key() {
	with_pending_handoff(|| {
		assert_ok!(KeyExchange::register_key(
			RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
			der(BIG_DER)
		));
		// The 4096-bit key needs a 512-byte W'.
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				7,
				PARTICIPANT,
				wrapped(256)
			),
			Error::<Test>::WrappedKeyLengthMismatch
		);
		assert_ok!(KeyExchange::deliver(
			RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
			7,
			PARTICIPANT,
			wrapped(512)
		));
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!(h.participant_key_id, 1);
		assert_eq!(h.delivered_key_id, Some(2));
	});
}

#[test]
fn deliver_keeps_other_pending_handoffs() {
	build_and_execute(|| {
		assert_ok!(KeyExchange::do_register_key(OTHER, der(BIG_DER)));
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		assert_ok!(request(7, OTHER, &[1u8; 256], 1));
		assert_ok!(request(8, PARTICIPANT, &[1u8; 256], 1));
		TestRegistry::add_account(CONTRIBUTOR, 11);
		assert_ok!(KeyExchange::deliver(RuntimeOrigin::signed(11), 7, OTHER, wrapped(512)));
		assert_eq!(
			PendingByContributor::<Test>::get(CONTRIBUTOR).to_vec(),
			vec![(7, PARTICIPANT), (8, PARTICIPANT)]
		);
	});
}

#[test]
fn deliver_rejects_unknown_handoffs() {
	with_pending_handoff(|| {
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				8,
				PARTICIPANT,
				wrapped(256)
			),
			Error::<Test>::UnknownHandoff
		);
	});
}

#[test]
fn only_the_contributor_delivers() {
	with_pending_handoff(|| {
		assert_noop!(
			KeyExchange::deliver(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT, wrapped(256)),
			TestRegistry::refusal(loanshare_primitives::MembershipError::NotAMember)
		);
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
				7,
				PARTICIPANT,
				wrapped(256)
			),
			Error::<Test>::NotContributor
		);
		TestRegistry::set_active(CONTRIBUTOR, false);
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				7,
				PARTICIPANT,
				wrapped(256)
			),
			TestRegistry::refusal(loanshare_primitives::MembershipError::NotAMember)
		);
	});
}

#[test]
fn deliver_rejects_a_wrong_length() {
	with_pending_handoff(|| {
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				7,
				PARTICIPANT,
				wrapped(255)
			),
			Error::<Test>::WrappedKeyLengthMismatch
		);
	});
}

#[test]
fn deliver_only_once_and_never_after_a_refund() {
	with_pending_handoff(|| {
		assert_ok!(KeyExchange::deliver(
			RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
			7,
			PARTICIPANT,
			wrapped(256)
		));
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				7,
				PARTICIPANT,
				wrapped(256)
			),
			Error::<Test>::NotPending
		);
		assert_ok!(request(8, PARTICIPANT, &[1u8; 256], 1));
		System::set_block_number(20);
		assert_ok!(KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 8, PARTICIPANT));
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				8,
				PARTICIPANT,
				wrapped(256)
			),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn deliver_fails_whole_when_the_escrow_fails() {
	// Corrupts the state on purpose (an escrow closed behind the pallet's back), so it runs
	// without the closing invariant check.
	new_test_ext_with_members().execute_with(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		// Close the escrow behind the pallet's back: release must fail and nothing change.
		assert_ok!(TestEscrow::refund(0));
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				7,
				PARTICIPANT,
				wrapped(256)
			),
			DispatchError::Other("UnknownEscrow")
		);
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Pending);
	});
}

// ---------------------------------------------------------------- refund

#[test]
fn refund_after_the_timeout_returns_the_fee() {
	with_pending_handoff(|| {
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000 - FEE);
		System::set_block_number(1 + 10);
		assert_ok!(KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT));
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000);
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), 0);
		assert_eq!(TestEscrow::total_escrowed(), 0);
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Refunded);
		assert!(PendingByContributor::<Test>::get(CONTRIBUTOR).is_empty());
		System::assert_last_event(
			Event::HandoffRefunded { plan: 7, participant: PARTICIPANT, escrow: 0 }.into(),
		);
	});
}

#[test]
fn refund_before_the_timeout_fails() {
	with_pending_handoff(|| {
		System::set_block_number(1 + 9);
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::signed(PARTICIPANT_ACCOUNT), 7, PARTICIPANT),
			Error::<Test>::TimeoutNotReached
		);
	});
}

#[test]
fn refund_rejects_unknown_settled_and_unsigned() {
	with_pending_handoff(|| {
		System::set_block_number(30);
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 8, PARTICIPANT),
			Error::<Test>::UnknownHandoff
		);
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::none(), 7, PARTICIPANT),
			DispatchError::BadOrigin
		);
		assert_ok!(KeyExchange::deliver(
			RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
			7,
			PARTICIPANT,
			wrapped(256)
		));
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT),
			Error::<Test>::NotPending
		);
	});
}

// ---------------------------------------------------------------- dispute

fn with_delivered_handoff(test: impl FnOnce()) {
	with_pending_handoff(|| {
		assert_ok!(KeyExchange::deliver(
			RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
			7,
			PARTICIPANT,
			wrapped(256)
		));
		test()
	})
}

#[test]
fn the_participant_disputes_a_delivery() {
	with_delivered_handoff(|| {
		assert_ok!(KeyExchange::dispute(
			RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
			7,
			PARTICIPANT,
			reason(b"commitment mismatch")
		));
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Disputed);
		System::assert_last_event(
			Event::HandoffDisputed {
				plan: 7,
				participant: PARTICIPANT,
				reason: reason(b"commitment mismatch"),
			}
			.into(),
		);
		// Once only.
		assert_noop!(
			KeyExchange::dispute(
				RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
				7,
				PARTICIPANT,
				reason(b"again")
			),
			Error::<Test>::NotDelivered
		);
	});
}

#[test]
fn only_the_participant_disputes() {
	with_delivered_handoff(|| {
		assert_noop!(
			KeyExchange::dispute(
				RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT),
				7,
				PARTICIPANT,
				reason(b"x")
			),
			Error::<Test>::NotParticipant
		);
		assert_noop!(
			KeyExchange::dispute(
				RuntimeOrigin::signed(OTHER_ACCOUNT),
				7,
				PARTICIPANT,
				reason(b"x")
			),
			Error::<Test>::NotParticipant
		);
		assert_noop!(
			KeyExchange::dispute(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT, reason(b"x")),
			TestRegistry::refusal(loanshare_primitives::MembershipError::NotAMember)
		);
	});
}

#[test]
fn dispute_needs_a_delivered_handoff() {
	with_pending_handoff(|| {
		assert_noop!(
			KeyExchange::dispute(
				RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
				7,
				PARTICIPANT,
				reason(b"x")
			),
			Error::<Test>::NotDelivered
		);
		assert_noop!(
			KeyExchange::dispute(
				RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
				8,
				PARTICIPANT,
				reason(b"x")
			),
			Error::<Test>::UnknownHandoff
		);
	});
}

#[test]
fn integrity_test_passes_for_the_mock() {
	use frame_support::traits::IntegrityTest;
	build_and_execute(<KeyExchange as IntegrityTest>::integrity_test);
}

#[test]
fn try_state_detects_an_unlisted_pending_handoff_and_a_lost_escrow() {
	new_test_ext_with_members().execute_with(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		assert_ok!(KeyExchange::do_try_state());
		PendingByContributor::<Test>::remove(CONTRIBUTOR);
		assert!(KeyExchange::do_try_state().is_err());
	});
	new_test_ext_with_members().execute_with(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		let escrow = Handoffs::<Test>::get(7, PARTICIPANT).unwrap().escrow;
		assert_ok!(TestEscrow::refund(escrow));
		assert!(KeyExchange::do_try_state().is_err());
	});
}

/// Every call's worst case, with the generated weights, fits well inside a block (at least
/// 20 of any of them).
#[test]
fn weights_sane() {
	use crate::WeightInfo;
	use loanshare_primitives::testing::assert_fits_in_block;
	type W = ();
	assert_fits_in_block("register_key", W::register_key(), 20);
	assert_fits_in_block("deliver", W::deliver(), 20);
	assert_fits_in_block("refund", W::refund(), 20);
	assert_fits_in_block("dispute", W::dispute(), 20);
}
