//! Deposits and retention: a plan holds its deposit while it is in state; an ended plan
//! is reaped after `Retention` blocks (records gone, digest kept, deposit released), not
//! before, and not while a handoff of it is pending.
use super::*;
use crate::{
	deposit::DepositOf,
	index::{ordered, reap_key},
	HoldReason,
};
use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::traits::{BlakeTwo256, Hash};

fn held(who: u64) -> DepositOf<Test> {
	Balances::balance_on_hold(&HoldReason::PlanDeposit.into(), &who)
}

/// Moves to block `n` and runs `on_idle` there.
fn idle_at(n: u64) -> Weight {
	System::set_block_number(n);
	idle()
}

#[test]
fn publishing_holds_a_deposit_sized_to_the_plan_and_its_participants() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		let stored = plan(id);
		let expected = DEPOSIT_BASE
			+ DEPOSIT_PER_BYTE
				* (stored.encoded_size() as u64 + 3 * u64::from(PARTICIPANT_FOOTPRINT));
		assert_eq!(LoanShare::deposit_for(&stored), expected);
		assert_eq!(PlanDeposits::<Test>::get(id), Some((CONTRIB_ACC, expected)));
		assert_eq!(held(CONTRIB_ACC), expected);
		assert_eq!(Balances::balance(&CONTRIB_ACC), NATIVE - expected);
	});
}

#[test]
fn a_batch_holds_the_sum_of_its_plans_deposits_at_once() {
	build_and_execute(|| {
		let items = vec![input(b"a"), input(b"b"), input(b"c")];
		assert_ok!(LoanShare::publish_batch(signed(CONTRIB_ACC), items.try_into().unwrap()));
		let sum: u64 = (0..3).map(|id| PlanDeposits::<Test>::get(id).unwrap().1).sum();
		assert_eq!(held(CONTRIB_ACC), sum);
		let holds = System::events()
			.into_iter()
			.filter(|r| {
				matches!(r.event, RuntimeEvent::Balances(pallet_balances::Event::Held { .. }))
			})
			.count();
		assert_eq!(holds, 1, "one hold for the whole batch");
	});
}

#[test]
fn a_contributor_that_cannot_afford_the_deposit_publishes_nothing() {
	build_and_execute(|| {
		<Balances as frame_support::traits::fungible::Mutate<u64>>::set_balance(&CONTRIB_ACC, 10);
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"r"))),
			Error::<Test>::CannotAffordDeposit
		);
		let batch = vec![input(b"a")].try_into().unwrap();
		assert_noop!(
			LoanShare::publish_batch(signed(CONTRIB_ACC), batch),
			Error::<Test>::CannotAffordDeposit
		);
	});
}

#[test]
fn an_ended_plan_is_reaped_after_its_retention_and_its_deposit_released() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		let deposit = PlanDeposits::<Test>::get(id).unwrap().1;
		assert_ok!(LoanShare::confirm(signed(PART_ACC), id, 1_000_000, 1_900));
		assert_ok!(LoanShare::confirm(signed(PART2_ACC), id, 1_000_000, 1_900));
		MockTime::set(GENESIS_NOW + DAY + 1);
		assert_ok!(LoanShare::expire(signed(PART_ACC), id));
		let ended = plan(id);
		assert!(ReapQueue::<Test>::contains_key(reap_key(1 + RETENTION as u32, id)));

		// Not before the retention is over.
		idle_at(RETENTION);
		assert!(Plans::<Test>::contains_key(id));

		idle_at(1 + RETENTION);
		let digest = BlakeTwo256::hash(&ended.encode()).0;
		assert!(!Plans::<Test>::contains_key(id));
		assert_eq!(ReapedPlans::<Test>::get(id), Some(digest));
		assert_eq!(Confirmations::<Test>::iter_prefix(id).count(), 0);
		assert!(!TakenBy::<Test>::contains_key(PART, ordered(id)));
		assert!(!PlansByContributor::<Test>::contains_key(CONTRIB, ordered(id)));
		assert!(PlanDeposits::<Test>::get(id).is_none());
		assert_eq!(held(CONTRIB_ACC), 0);
		assert_eq!(Balances::balance(&CONTRIB_ACC), NATIVE);
		let mut forgotten = RecordingHandoff::forgotten();
		forgotten.sort();
		assert_eq!(forgotten, vec![(id, PART), (id, PART2)]);
		// The reference stays taken for good.
		assert_eq!(ByExternalRef::<Test>::get(CONTRIB, ext_ref(b"r")), Some(id));
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"r"))),
			Error::<Test>::InvalidPlan { reason: PlanRejection::DuplicateExternalRef }
		);
		System::assert_has_event(
			Event::PlanReaped { plan: id, digest, deposit: Some((CONTRIB_ACC, deposit)) }.into(),
		);
		// Queries answer "not found" for a reaped plan.
		assert_eq!(LoanShare::plan(id), None);
	});
}

#[test]
fn every_way_of_ending_queues_the_plan_for_reaping() {
	build_and_execute(|| {
		let withdrawn = publish(input(b"w"));
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), withdrawn));
		let filled = publish(input_with(b"f", |i| i.conditions.max_participants = 1));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), filled, 1_000_000, 1_900));
		assert_eq!(plan(filled).status, PlanStatus::Filled);
		let expired = publish(input(b"e"));
		MockTime::set(GENESIS_NOW + DAY + 1);
		idle();
		assert_eq!(plan(expired).status, PlanStatus::Expired);
		check_invariants();

		idle_at(1 + RETENTION);
		idle(); // at most MaxReapsPerBlock (2) a block
		for id in [withdrawn, filled, expired] {
			assert!(ReapedPlans::<Test>::contains_key(id), "plan {id} reaped");
		}
		assert_eq!(held(CONTRIB_ACC), 0);
	});
}

#[test]
fn a_plan_with_a_pending_handoff_is_postponed() {
	build_and_execute(|| {
		let id = publish(input_with(b"r", |i| i.conditions.max_participants = 1));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), id, 1_000_000, 1_900));
		RecordingHandoff::set_pending(id, PART, true);

		idle_at(1 + RETENTION);
		let until = 1 + 2 * RETENTION;
		System::assert_has_event(Event::ReapPostponed { plan: id, until }.into());
		assert!(Plans::<Test>::contains_key(id));
		assert!(ReapQueue::<Test>::contains_key(reap_key(until as u32, id)));
		assert!(RecordingHandoff::forgotten().is_empty());

		RecordingHandoff::set_pending(id, PART, false);
		idle_at(until);
		assert!(ReapedPlans::<Test>::contains_key(id));
	});
}

#[test]
fn on_idle_reaps_at_most_max_reaps_per_block_and_only_what_weight_allows() {
	build_and_execute(|| {
		for r in [b"a", b"b", b"c"] {
			let id = publish(input(r));
			assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), id));
		}
		System::set_block_number(1 + RETENTION);
		// No weight: nothing.
		assert_eq!(LoanShare::on_idle(System::block_number(), Weight::zero()), Weight::zero());
		assert_eq!(ReapedPlans::<Test>::iter().count(), 0);
		// MaxReapsPerBlock is 2 in the mock.
		idle();
		assert_eq!(ReapedPlans::<Test>::iter().count(), 2);
		idle();
		assert_eq!(ReapedPlans::<Test>::iter().count(), 3);
	});
}

#[test]
fn reap_ended_lets_anyone_clear_due_plans_and_is_refunded_to_what_it_did() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), id));
		// Nothing due yet: succeeds, does nothing.
		assert_ok!(LoanShare::reap_ended(signed(OUTSIDER_ACC), 5));
		assert!(Plans::<Test>::contains_key(id));
		System::set_block_number(1 + RETENTION);
		let post = LoanShare::reap_ended(signed(OUTSIDER_ACC), 5).expect("reaps");
		assert!(ReapedPlans::<Test>::contains_key(id));
		let charged = post.actual_weight.expect("refunded");
		assert!(charged.all_lte(<() as crate::WeightInfo>::reap(4).saturating_mul(2)));
		assert_noop!(
			LoanShare::reap_ended(RuntimeOrigin::none(), 1),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn try_state_catches_an_unqueued_ended_plan_and_a_wrong_hold() {
	// Corrupts state on purpose: `new_test_ext` without the final try_state.
	new_test_ext().execute_with(|| {
		setup();
		let id = publish(input(b"r"));
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), id));
		check_invariants();
		ReapQueue::<Test>::remove(reap_key(1 + RETENTION as u32, id));
		assert!(LoanShare::do_try_state().is_err());
		ReapQueue::<Test>::insert(reap_key(1 + RETENTION as u32, id), ());
		check_invariants();
		PlanDeposits::<Test>::mutate(id, |d| d.as_mut().unwrap().1 += 1);
		assert!(LoanShare::do_try_state().is_err());
	});
}
