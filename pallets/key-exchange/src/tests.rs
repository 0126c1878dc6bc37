//! Unit tests of the key-exchange pallet's calls, hook, `HandoffHook`/`PublicKeyRegistry`
//! side and their error paths. Deliveries and disputes use real RSA keys (`test-keys/`),
//! real RSA-OAEP re-wrapping and real AES-GCM envelopes.
use crate::{
	mock::*,
	types::{deadline_key, pending_key},
	CurrentKey, Deadlines, Delivery, Error, Event, HandoffStatus, Handoffs, Keys, Misdeliveries,
	PendingHandoffs,
};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use loanshare_envelope::Fault;
use loanshare_primitives::{
	testing::{TestEscrow, TestRegistry, TestShares},
	HandoffDue, HandoffHook, PublicKeyRegistry, Role,
};
use sp_runtime::DispatchError;

fn reason(text: &[u8]) -> BoundedVec<u8, MaxDisputeReasonLen> {
	text.to_vec().try_into().unwrap()
}

fn contributor() -> RuntimeOrigin {
	RuntimeOrigin::signed(CONTRIBUTOR_ACCOUNT)
}

fn participant() -> RuntimeOrigin {
	RuntimeOrigin::signed(PARTICIPANT_ACCOUNT)
}

fn last_event() -> Event<Test> {
	System::events()
		.into_iter()
		.rev()
		.find_map(|r| match r.event {
			RuntimeEvent::KeyExchange(e) => Some(e),
			_ => None,
		})
		.expect("an event of this pallet")
}

/// A real handoff of plan 7 to PARTICIPANT, delivered honestly at block 2 (window to 22).
fn with_good_delivery(test: impl FnOnce(BoundedVec<u8, MaxWrappedKeyLen>)) {
	build_and_execute(|| {
		let sealed = request_sealed(7, PARTICIPANT);
		System::set_block_number(2);
		let w_prime = honest_rewrap(&sealed.wrapped_key, PARTICIPANT_DER);
		assert_ok!(KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, w_prime.clone()));
		System::reset_events();
		test(w_prime)
	})
}

/// A real handoff of plan 7 to PARTICIPANT, delivered by a faulty contributor at block 2:
/// W' wraps a random data key.
fn with_bad_delivery(test: impl FnOnce(BoundedVec<u8, MaxWrappedKeyLen>)) {
	build_and_execute(|| {
		request_sealed(7, PARTICIPANT);
		System::set_block_number(2);
		let w_prime = garbage_rewrap(PARTICIPANT_DER);
		assert_ok!(KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, w_prime.clone()));
		System::reset_events();
		test(w_prime)
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

fn due(plan: u64, participant: u32, w: &[u8], key_id: u32) -> HandoffDue<'_> {
	HandoffDue { plan, contributor: CONTRIBUTOR, participant, escrow: 42, wrapped_key: w, key_id }
}

#[test]
fn handoff_due_records_a_pending_handoff_with_its_timeout() {
	build_and_execute(|| {
		System::set_block_number(3);
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!(h.contributor, CONTRIBUTOR);
		assert_eq!(h.escrow, 0);
		assert_eq!(h.wrapped_key.as_slice(), &[1u8; 256][..]);
		assert_eq!((h.contributor_key_id, h.participant_key_id, h.requested_at), (1, 1, 3));
		assert_eq!(h.status, HandoffStatus::Pending);
		assert_eq!(h.delivered_key, None);
		assert_eq!(h.deadline, Some(13));
		assert!(PendingHandoffs::<Test>::contains_key(CONTRIBUTOR, pending_key(7, PARTICIPANT)));
		assert!(Deadlines::<Test>::contains_key(deadline_key(13, 7, PARTICIPANT)));
		assert_eq!(
			last_event(),
			Event::HandoffRequested {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				escrow: 0,
				participant_key_id: 1,
				deliver_by: 13,
			}
		);
	});
}

#[test]
fn handoff_due_rejects_a_duplicate_but_not_a_new_confirmation_after_a_refund() {
	build_and_execute(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, PARTICIPANT, &[2u8; 256], 1)),
			Error::<Test>::HandoffAlreadyExists
		);
		run_to_block(11);
		assert!(!Handoffs::<Test>::contains_key(7, PARTICIPANT), "a refunded handoff leaves");
		assert_ok!(request(7, PARTICIPANT, &[3u8; 256], 1));
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Pending);
	});
}

#[test]
fn handoff_due_checks_keys_and_the_wrapped_key() {
	build_and_execute(|| {
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, OTHER, &[2u8; 256], 1)),
			Error::<Test>::ParticipantHasNoKey
		);
		assert_noop!(
			<KeyExchange as HandoffHook>::handoff_due(due(7, PARTICIPANT, &[2u8; 256], 2)),
			Error::<Test>::UnknownContributorKey
		);
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
fn a_contributor_may_have_any_number_of_pending_handoffs() {
	build_and_execute(|| {
		TestEscrow::set_balance(PARTICIPANT, 300 * FEE);
		for plan in 1..=300 {
			assert_ok!(request(plan, PARTICIPANT, &[2u8; 256], 1));
		}
		assert_eq!(PendingHandoffs::<Test>::iter_prefix(CONTRIBUTOR).count(), 300);
	});
}

#[test]
fn only_settled_handoffs_are_forgotten() {
	with_good_delivery(|_| {
		assert!(!<KeyExchange as HandoffHook>::is_settled(7, PARTICIPANT), "fee still held");
		<KeyExchange as HandoffHook>::forget(7, PARTICIPANT);
		assert!(Handoffs::<Test>::contains_key(7, PARTICIPANT));
		assert!(<KeyExchange as HandoffHook>::is_settled(7, OTHER), "never requested");
		assert_ok!(KeyExchange::accept(participant(), 7));
		assert!(<KeyExchange as HandoffHook>::is_settled(7, PARTICIPANT));
		<KeyExchange as HandoffHook>::forget(7, PARTICIPANT);
		assert!(!Handoffs::<Test>::contains_key(7, PARTICIPANT));
	});
}

// ---------------------------------------------------------------- deliver

#[test]
fn deliver_stores_w_prime_keeps_the_fee_held_and_starts_the_window() {
	build_and_execute(|| {
		let sealed = request_sealed(7, PARTICIPANT);
		System::set_block_number(4);
		let w_prime = honest_rewrap(&sealed.wrapped_key, PARTICIPANT_DER);
		assert_ok!(KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, w_prime.clone()));
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!(h.status, HandoffStatus::Delivered);
		assert_eq!(h.delivered_key, Some(w_prime));
		assert_eq!((h.delivered_key_id, h.delivered_at, h.deadline), (Some(1), Some(4), Some(24)));
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), 0, "not paid yet");
		assert_eq!(TestEscrow::total_escrowed(), FEE);
		assert!(!PendingHandoffs::<Test>::contains_key(CONTRIBUTOR, pending_key(7, PARTICIPANT)));
		assert!(!Deadlines::<Test>::contains_key(deadline_key(11, 7, PARTICIPANT)));
		assert!(Deadlines::<Test>::contains_key(deadline_key(24, 7, PARTICIPANT)));
		assert_eq!(
			last_event(),
			Event::HandoffDelivered {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				participant_key_id: 1,
				challenge_until: 24,
			}
		);
		// The participant really gets the borrower data with its own private key.
		let data = loanshare_envelope::open(
			&private(PARTICIPANT_PEM),
			h.delivered_key.unwrap().as_slice(),
			&sealed.ciphertext,
			&sealed.nonce,
			&sealed.commitment,
			&loanshare_envelope::Context {
				chain_id: &chain_id(),
				contributor: CONTRIBUTOR,
				external_ref: b"REF-7",
			},
		)
		.unwrap();
		assert_eq!(data, borrower());
	});
}

#[test]
fn deliver_rejects_bad_callers_keys_lengths_and_states() {
	build_and_execute(|| {
		let sealed = request_sealed(7, PARTICIPANT);
		let w_prime = honest_rewrap(&sealed.wrapped_key, PARTICIPANT_DER);
		assert_noop!(
			KeyExchange::deliver(contributor(), 8, PARTICIPANT, 1, w_prime.clone()),
			Error::<Test>::UnknownHandoff
		);
		assert_noop!(
			KeyExchange::deliver(participant(), 7, PARTICIPANT, 1, w_prime.clone()),
			Error::<Test>::NotContributor
		);
		assert_noop!(
			KeyExchange::deliver(
				RuntimeOrigin::signed(OUTSIDER),
				7,
				PARTICIPANT,
				1,
				w_prime.clone()
			),
			DispatchError::Other("NotAMember")
		);
		assert_noop!(
			KeyExchange::deliver(contributor(), 7, PARTICIPANT, 2, w_prime.clone()),
			Error::<Test>::WrongParticipantKey
		);
		assert_noop!(
			KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, wrapped(255)),
			Error::<Test>::WrappedKeyLengthMismatch
		);
		let above_modulus: BoundedVec<u8, MaxWrappedKeyLen> = vec![0xff; 256].try_into().unwrap();
		assert_noop!(
			KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, above_modulus),
			Error::<Test>::InvalidWrappedKey
		);
		assert_ok!(KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, w_prime.clone()));
		assert_noop!(
			KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, w_prime),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn after_a_rotation_the_delivery_names_and_uses_the_new_key() {
	build_and_execute(|| {
		let sealed = request_sealed(7, PARTICIPANT);
		assert_ok!(KeyExchange::register_key(participant(), der(PARTICIPANT_ROTATED_DER)));
		let stale = honest_rewrap(&sealed.wrapped_key, PARTICIPANT_DER);
		assert_noop!(
			KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, stale),
			Error::<Test>::WrongParticipantKey
		);
		let fresh = honest_rewrap(&sealed.wrapped_key, PARTICIPANT_ROTATED_DER);
		assert_ok!(KeyExchange::deliver(contributor(), 7, PARTICIPANT, 2, fresh.clone()));
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().delivered_key_id, Some(2));
		// A good delivery to the rotated key cannot be disputed with it.
		let em = raw_decrypt(PARTICIPANT_ROTATED_PEM, &fresh);
		assert_noop!(
			KeyExchange::prove_bad_delivery(participant(), 7, em),
			Error::<Test>::DeliveryWasGood
		);
	});
}

#[test]
fn a_contributor_rotation_still_delivers_plans_sealed_to_its_old_key() {
	build_and_execute(|| {
		let sealed = request_sealed(7, PARTICIPANT);
		// The contributor rotates after sealing: the handoff names key 1, which stays.
		assert_ok!(KeyExchange::register_key(contributor(), der(BIG_DER)));
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().contributor_key_id, 1);
		assert_eq!(Keys::<Test>::get(CONTRIBUTOR, 1).unwrap().der.as_slice(), CONTRIBUTOR_DER);
		let w_prime = honest_rewrap(&sealed.wrapped_key, PARTICIPANT_DER);
		assert_ok!(KeyExchange::deliver(contributor(), 7, PARTICIPANT, 1, w_prime));
	});
}

// ---------------------------------------------------------------- deliver_batch

#[test]
fn deliver_batch_applies_good_items_and_rejects_bad_ones_alone() {
	build_and_execute(|| {
		TestEscrow::set_balance(PARTICIPANT, 10_000);
		let a = request_sealed(1, PARTICIPANT);
		let b = request_sealed(2, PARTICIPANT);
		let item = |plan, key_id, w: BoundedVec<u8, MaxWrappedKeyLen>| Delivery {
			plan,
			participant: PARTICIPANT,
			participant_key_id: key_id,
			rewrapped_key: w,
		};
		let batch: BoundedVec<_, MaxDeliveryBatch> = vec![
			item(1, 1, honest_rewrap(&a.wrapped_key, PARTICIPANT_DER)),
			item(2, 9, honest_rewrap(&b.wrapped_key, PARTICIPANT_DER)),
			item(3, 1, wrapped(256)),
		]
		.try_into()
		.unwrap();
		assert_ok!(KeyExchange::deliver_batch(contributor(), batch));
		assert_eq!(Handoffs::<Test>::get(1, PARTICIPANT).unwrap().status, HandoffStatus::Delivered);
		assert_eq!(Handoffs::<Test>::get(2, PARTICIPANT).unwrap().status, HandoffStatus::Pending);
		let events: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::KeyExchange(e @ Event::DeliveryRejected { .. }) => Some(e),
				_ => None,
			})
			.collect();
		assert_eq!(
			events,
			vec![
				Event::DeliveryRejected {
					plan: 2,
					participant: PARTICIPANT,
					error: Error::<Test>::WrongParticipantKey.into()
				},
				Event::DeliveryRejected {
					plan: 3,
					participant: PARTICIPANT,
					error: Error::<Test>::UnknownHandoff.into()
				},
			]
		);
	});
}

#[test]
fn deliver_batch_rejects_an_empty_batch_and_outsiders() {
	build_and_execute(|| {
		assert_noop!(
			KeyExchange::deliver_batch(contributor(), BoundedVec::default()),
			Error::<Test>::EmptyBatch
		);
		assert_noop!(
			KeyExchange::deliver_batch(RuntimeOrigin::signed(OUTSIDER), BoundedVec::default()),
			DispatchError::Other("NotAMember")
		);
	});
}

// ---------------------------------------------------------------- accept and the window

#[test]
fn accept_pays_the_contributor_at_once() {
	with_good_delivery(|_| {
		assert_ok!(KeyExchange::accept(participant(), 7));
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!((h.status, h.deadline), (HandoffStatus::Accepted, None));
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), FEE);
		assert_eq!(TestEscrow::total_escrowed(), 0);
		assert_eq!(Deadlines::<Test>::iter_keys().count(), 0);
		assert_eq!(
			last_event(),
			Event::HandoffAccepted {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				escrow: 0
			}
		);
		assert_noop!(KeyExchange::accept(participant(), 7), Error::<Test>::NotDelivered);
	});
}

#[test]
fn only_the_participant_accepts_a_delivered_handoff() {
	with_good_delivery(|_| {
		System::set_block_number(15); // past the timeout, but delivered
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT),
			Error::<Test>::NotPending
		);
		assert_noop!(
			KeyExchange::accept(RuntimeOrigin::signed(OTHER_ACCOUNT), 7),
			Error::<Test>::UnknownHandoff
		);
		assert_noop!(KeyExchange::accept(participant(), 8), Error::<Test>::UnknownHandoff);
	});
	build_and_execute(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		assert_noop!(KeyExchange::accept(participant(), 7), Error::<Test>::NotDelivered);
	});
}

#[test]
fn the_fee_is_released_automatically_when_the_window_ends() {
	with_good_delivery(|_| {
		run_to_block(21);
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), 0, "the window runs to block 22");
		run_to_block(22);
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!(h.status, HandoffStatus::Released);
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), FEE);
		assert_eq!(
			last_event(),
			Event::HandoffReleased {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				escrow: 0
			}
		);
		// Too late for anything else now.
		assert_noop!(KeyExchange::accept(participant(), 7), Error::<Test>::NotDelivered);
	});
}

#[test]
fn nothing_can_be_challenged_once_the_window_is_over() {
	with_bad_delivery(|w_prime| {
		System::set_block_number(22); // the hook has not run yet
		let em = raw_decrypt(PARTICIPANT_PEM, &w_prime);
		assert_noop!(
			KeyExchange::prove_bad_delivery(participant(), 7, em),
			Error::<Test>::ChallengeWindowOver
		);
		assert_noop!(
			KeyExchange::complain(participant(), 7, reason(b"late")),
			Error::<Test>::ChallengeWindowOver
		);
		assert_noop!(KeyExchange::accept(participant(), 7), Error::<Test>::ChallengeWindowOver);
	});
}

// ---------------------------------------------------------------- timeouts

#[test]
fn an_undelivered_handoff_is_refunded_automatically_and_its_share_returned() {
	build_and_execute(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000 - FEE);
		run_to_block(10);
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Pending);
		run_to_block(11);
		assert!(!Handoffs::<Test>::contains_key(7, PARTICIPANT));
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000);
		assert_eq!(TestShares::returned(), vec![(7, PARTICIPANT)]);
		assert!(!PendingHandoffs::<Test>::contains_key(CONTRIBUTOR, pending_key(7, PARTICIPANT)));
		assert_eq!(
			last_event(),
			Event::HandoffRefunded { plan: 7, participant: PARTICIPANT, escrow: 0 }
		);
	});
}

#[test]
fn automatic_settlement_is_bounded_per_block_and_catches_up() {
	build_and_execute(|| {
		for plan in 1..=5 {
			assert_ok!(request(plan, PARTICIPANT, &[1u8; 256], 1));
		}
		let refunded = || 5 - Handoffs::<Test>::iter().count();
		run_to_block(11);
		assert_eq!(refunded(), 2, "MaxAutoSettlePerBlock = 2");
		run_to_block(12);
		assert_eq!(refunded(), 4);
		run_to_block(13);
		assert_eq!(refunded(), 5);
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000);
	});
}

#[test]
fn manual_refund_only_after_the_timeout_and_only_while_pending() {
	build_and_execute(|| {
		assert_ok!(request(7, PARTICIPANT, &[1u8; 256], 1));
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT),
			Error::<Test>::TimeoutNotReached
		);
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::none(), 7, PARTICIPANT),
			DispatchError::BadOrigin
		);
		System::set_block_number(11); // without the hook: the chain fell behind
		assert_ok!(KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT));
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000);
		assert_eq!(Deadlines::<Test>::iter_keys().count(), 0);
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 7, PARTICIPANT),
			Error::<Test>::UnknownHandoff
		);
		assert_noop!(
			KeyExchange::refund(RuntimeOrigin::signed(OUTSIDER), 8, PARTICIPANT),
			Error::<Test>::UnknownHandoff
		);
	});
}

// ---------------------------------------------------------------- prove_bad_delivery

#[test]
fn a_garbage_delivery_is_proven_and_refunded() {
	with_bad_delivery(|w_prime| {
		let em = raw_decrypt(PARTICIPANT_PEM, &w_prime);
		assert_ok!(KeyExchange::prove_bad_delivery(participant(), 7, em));
		assert!(!Handoffs::<Test>::contains_key(7, PARTICIPANT), "settled by the refund");
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000, "fee back");
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), 0);
		assert_eq!(TestShares::returned(), vec![(7, PARTICIPANT)], "share back to the plan");
		assert_eq!(Misdeliveries::<Test>::get(CONTRIBUTOR), 1);
		assert_eq!(Deadlines::<Test>::iter_keys().count(), 0);
		assert_eq!(
			last_event(),
			Event::BadDeliveryProven {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				escrow: 0,
				fault: Fault::WrongKey,
				misdeliveries: 1,
			}
		);
	});
}

#[test]
fn a_dispute_of_a_correct_delivery_is_rejected() {
	with_good_delivery(|w_prime| {
		let em = raw_decrypt(PARTICIPANT_PEM, &w_prime);
		assert_noop!(
			KeyExchange::prove_bad_delivery(participant(), 7, em),
			Error::<Test>::DeliveryWasGood
		);
	});
}

#[test]
fn a_delivery_whose_data_does_not_match_the_commitment_is_proven() {
	with_good_delivery(|w_prime| {
		let mut envelope = <TestShares as loanshare_primitives::ShareLedger>::envelope(7).unwrap();
		envelope.commitment = [0u8; 32];
		TestShares::set_envelope(7, envelope);
		let em = raw_decrypt(PARTICIPANT_PEM, &w_prime);
		assert_ok!(KeyExchange::prove_bad_delivery(participant(), 7, em));
		assert!(matches!(
			last_event(),
			Event::BadDeliveryProven { fault: Fault::CommitmentMismatch, .. }
		));
	});
}

#[test]
fn a_proof_must_be_the_decryption_of_w_prime() {
	with_bad_delivery(|w_prime| {
		let mut em = raw_decrypt(PARTICIPANT_PEM, &w_prime).into_inner();
		// Any other block: its e-th power is not W'.
		let last = em.len() - 1;
		em[last] ^= 1;
		assert_noop!(
			KeyExchange::prove_bad_delivery(participant(), 7, em.clone().try_into().unwrap()),
			Error::<Test>::ProofDoesNotMatch
		);
		em.pop();
		assert_noop!(
			KeyExchange::prove_bad_delivery(participant(), 7, em.try_into().unwrap()),
			Error::<Test>::InvalidProof
		);
		// A block as long as the modulus but not below it has no e-th power to compare.
		let above_modulus: BoundedVec<u8, MaxWrappedKeyLen> = vec![0xff; 256].try_into().unwrap();
		assert_noop!(
			KeyExchange::prove_bad_delivery(participant(), 7, above_modulus),
			Error::<Test>::ProofDoesNotMatch
		);
		// Only the participant proves, only what was delivered.
		let em = raw_decrypt(PARTICIPANT_PEM, &w_prime);
		assert_noop!(
			KeyExchange::prove_bad_delivery(RuntimeOrigin::signed(OTHER_ACCOUNT), 7, em.clone()),
			Error::<Test>::UnknownHandoff
		);
		assert_noop!(
			KeyExchange::prove_bad_delivery(RuntimeOrigin::signed(OUTSIDER), 7, em),
			DispatchError::Other("NotAMember")
		);
	});
}

#[test]
fn a_pending_handoff_cannot_be_disputed() {
	build_and_execute(|| {
		request_sealed(7, PARTICIPANT);
		assert_noop!(
			KeyExchange::prove_bad_delivery(participant(), 7, wrapped(256)),
			Error::<Test>::NotDelivered
		);
		assert_noop!(
			KeyExchange::complain(participant(), 7, reason(b"x")),
			Error::<Test>::NotDelivered
		);
	});
}

// ---------------------------------------------------------------- complaints

#[test]
fn a_complaint_waits_for_the_council_which_refunds() {
	with_good_delivery(|_| {
		assert_ok!(KeyExchange::complain(participant(), 7, reason(b"borrower unknown")));
		let h = Handoffs::<Test>::get(7, PARTICIPANT).unwrap();
		assert_eq!((h.status, h.deadline), (HandoffStatus::Complained, None));
		assert_eq!(
			last_event(),
			Event::HandoffComplained {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				reason: reason(b"borrower unknown"),
			}
		);
		run_to_block(40);
		assert_eq!(TestEscrow::total_escrowed(), FEE, "no automatic release while complained");
		assert_noop!(
			KeyExchange::rule(participant(), 7, PARTICIPANT, true),
			DispatchError::BadOrigin
		);
		assert_ok!(KeyExchange::rule(RuntimeOrigin::root(), 7, PARTICIPANT, true));
		assert!(!Handoffs::<Test>::contains_key(7, PARTICIPANT));
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000);
		assert_eq!(TestShares::returned(), vec![(7, PARTICIPANT)]);
		assert_eq!(
			last_event(),
			Event::ComplaintRuled {
				plan: 7,
				contributor: CONTRIBUTOR,
				participant: PARTICIPANT,
				refunded: true
			}
		);
		assert_noop!(
			KeyExchange::rule(RuntimeOrigin::root(), 7, PARTICIPANT, false),
			Error::<Test>::UnknownHandoff
		);
	});
}

#[test]
fn the_council_may_release_a_complained_fee() {
	with_good_delivery(|_| {
		assert_noop!(
			KeyExchange::rule(RuntimeOrigin::root(), 7, PARTICIPANT, false),
			Error::<Test>::NotComplained
		);
		assert_ok!(KeyExchange::complain(participant(), 7, reason(b"x")));
		assert_ok!(KeyExchange::rule(RuntimeOrigin::root(), 7, PARTICIPANT, false));
		assert_eq!(
			Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status,
			HandoffStatus::RuledRelease
		);
		assert_eq!(TestEscrow::balance(CONTRIBUTOR), FEE);
		assert!(TestShares::returned().is_empty());
		assert_noop!(
			KeyExchange::rule(RuntimeOrigin::root(), 8, PARTICIPANT, false),
			Error::<Test>::UnknownHandoff
		);
	});
}

// ---------------------------------------------------------------- migrations

#[test]
fn migration_v0_to_v1_moves_handoffs_to_the_new_rules() {
	use crate::migrations::{MigrateV0ToV1, OldHandoff, OldHandoffStatus};
	use codec::Encode;
	use frame_support::{
		storage::unhashed,
		traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
		StorageHasher, Twox64Concat,
	};
	build_and_execute(|| {
		StorageVersion::new(0).put::<KeyExchange>();
		System::set_block_number(5);
		let escrow =
			<TestEscrow as loanshare_primitives::FeeEscrow>::hold(PARTICIPANT, FEE).unwrap();
		let old = |status, delivered: bool, escrow| OldHandoff::<u64, MaxWrappedKeyLen> {
			contributor: CONTRIBUTOR,
			escrow,
			wrapped_key: wrapped(256),
			contributor_key_id: 1,
			participant_key_id: 1,
			requested_at: 3,
			status,
			delivered_key: delivered.then(|| wrapped(256)),
			delivered_key_id: delivered.then_some(1),
		};
		let put = |plan: u64, h: OldHandoff<u64, MaxWrappedKeyLen>| {
			unhashed::put_raw(&Handoffs::<Test>::hashed_key_for(plan, PARTICIPANT), &h.encode())
		};
		put(1, old(OldHandoffStatus::Pending, false, escrow));
		put(2, old(OldHandoffStatus::Delivered, true, 100));
		put(3, old(OldHandoffStatus::Disputed, true, 101));
		put(4, old(OldHandoffStatus::Refunded, false, 102));
		let mut list_key =
			frame_support::storage::storage_prefix(b"KeyExchange", b"PendingByContributor")
				.to_vec();
		list_key.extend(Twox64Concat::hash(&CONTRIBUTOR.encode()));
		unhashed::put_raw(&list_key, &vec![(1u64, PARTICIPANT)].encode());

		MigrateV0ToV1::<Test>::on_runtime_upgrade();

		assert_eq!(KeyExchange::on_chain_storage_version(), StorageVersion::new(1));
		let pending = Handoffs::<Test>::get(1, PARTICIPANT).unwrap();
		assert_eq!((pending.status, pending.deadline), (HandoffStatus::Pending, Some(13)));
		assert!(PendingHandoffs::<Test>::contains_key(CONTRIBUTOR, pending_key(1, PARTICIPANT)));
		assert!(Deadlines::<Test>::contains_key(deadline_key(13, 1, PARTICIPANT)));
		for plan in [2, 3] {
			let h = Handoffs::<Test>::get(plan, PARTICIPANT).unwrap();
			assert_eq!(
				(h.status, h.delivered_at, h.deadline),
				(HandoffStatus::Released, Some(3), None)
			);
		}
		assert!(!Handoffs::<Test>::contains_key(4, PARTICIPANT), "refunded handoffs leave");
		assert_eq!(unhashed::get_raw(&list_key), None, "the old pending list is gone");
		// The migrated pending handoff times out under the new rules.
		run_to_block(13);
		assert!(!Handoffs::<Test>::contains_key(1, PARTICIPANT));
		assert_eq!(TestEscrow::balance(PARTICIPANT), 10_000);
	});
}
