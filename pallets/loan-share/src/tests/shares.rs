//! The plans' side of a handoff's settlement (`ShareLedger`): envelopes for disputes, and
//! shares returned when a fee is refunded.
use super::*;
use crate::index::{expiry_key, ordered};
use frame_support::assert_ok;
use loanshare_primitives::ShareLedger;

fn confirm(account: u64, plan: PlanId, amount: u128) {
	assert_ok!(LoanShare::confirm(signed(account), plan, amount, 1_800));
}

#[test]
fn the_envelope_of_a_plan_is_what_was_published() {
	build_and_execute(|| {
		let id = publish(input(b"env"));
		let p = plan(id);
		let e = <LoanShare as ShareLedger>::envelope(id).expect("an envelope");
		assert_eq!(e.contributor, CONTRIB);
		assert_eq!(e.external_ref, b"env".to_vec());
		assert_eq!(e.ciphertext, p.envelope.ciphertext.to_vec());
		assert_eq!((e.nonce, e.commitment), (p.envelope.nonce, p.envelope.commitment));
		assert_eq!(<LoanShare as ShareLedger>::envelope(id + 1), None);
	});
}

#[test]
fn a_returned_share_reopens_a_plan_it_had_filled() {
	build_and_execute(|| {
		let id = publish(input_with(b"r", |i| i.conditions.max_participants = 2));
		confirm(PART_ACC, id, 3_000_000);
		confirm(PART2_ACC, id, 2_000_000);
		assert_eq!(plan(id).status, PlanStatus::Filled);

		assert_ok!(<LoanShare as ShareLedger>::return_share(id, PART2));
		let p = plan(id);
		assert_eq!((p.status, p.taken, p.participants), (PlanStatus::Open, 3_000_000, 1));
		assert!(Confirmations::<Test>::get(id, PART2).is_none());
		assert!(!TakenBy::<Test>::contains_key(PART2, ordered(id)));
		assert!(OpenPlans::<Test>::contains_key(ordered(id)));
		assert!(ExpiryQueue::<Test>::contains_key(expiry_key(p.conditions.end, id)));
		assert_eq!(
			events().last(),
			Some(&Event::ShareReturned {
				plan: id,
				participant: PART2,
				amount: 2_000_000,
				reopened: true
			})
		);
		check_invariants();
		// Another institution (or the same again) may take the freed share.
		confirm(PART3_ACC, id, 2_000_000);
		assert_eq!(plan(id).status, PlanStatus::Filled);
	});
}

#[test]
fn a_plan_past_its_end_stays_closed_when_a_share_returns() {
	build_and_execute(|| {
		let id = publish(input_with(b"r", |i| i.conditions.max_participants = 1));
		confirm(PART_ACC, id, 3_000_000);
		MockTime::set(plan(id).conditions.end + 1);
		assert_ok!(<LoanShare as ShareLedger>::return_share(id, PART));
		let p = plan(id);
		assert_eq!((p.status, p.taken, p.participants), (PlanStatus::Filled, 0, 0));
		assert!(matches!(events().last(), Some(Event::ShareReturned { reopened: false, .. })));
		check_invariants();
	});
}

#[test]
fn returning_a_share_that_is_not_there_changes_nothing() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		let before = plan(id);
		assert_ok!(<LoanShare as ShareLedger>::return_share(id, PART));
		assert_ok!(<LoanShare as ShareLedger>::return_share(id + 5, PART));
		assert_eq!(plan(id), before);
		assert!(!events().iter().any(|e| matches!(e, Event::ShareReturned { .. })));
	});
}
