//! `confirm`: every rule, the fee and its escrow, the handoff request, filling.
use super::*;
use crate::index::{expiry_key, ordered};
use frame_support::{assert_noop, assert_ok};
use loanshare_primitives::FeeEscrow;
use sp_runtime::DispatchError;

fn confirm(account: u64, plan: PlanId, amount: u128, rate_bp: u32) -> sp_runtime::DispatchResult {
	LoanShare::confirm(signed(account), plan, amount, rate_bp).map(|_| ()).map_err(|e| e.error)
}

#[test]
fn confirm_records_holds_the_fee_and_requests_the_handoff() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_ok!(confirm(PART_ACC, id, 3_000_000, 1_900));

		// 30,000 RMB at 1 TOKEN per 10,000 RMB = 3 TOKEN = 300 units.
		let c = Confirmations::<Test>::get(id, PART).expect("recorded");
		assert_eq!(
			c,
			Confirmation {
				plan: id,
				participant: PART,
				amount: 3_000_000,
				rate_bp: 1_900,
				fee: 300,
				escrow: c.escrow,
				at: GENESIS_NOW,
			}
		);
		assert_eq!(LoanShare::confirmations(id), vec![c]);
		assert!(TakenBy::<Test>::contains_key(PART, ordered(id)));
		let p = plan(id);
		assert_eq!((p.taken, p.participants, p.status), (3_000_000, 1, PlanStatus::Open));

		assert_eq!(TestEscrow::balance(PART), TOKENS - 300);
		assert_eq!(TestEscrow::escrowed(c.escrow), Some((PART, 300)));
		assert_eq!(
			RecordingHandoff::requests(),
			vec![Handoff {
				plan: id,
				contributor: CONTRIB,
				participant: PART,
				escrow: c.escrow,
				wrapped_key: vec![3u8; 256],
				key_id: CONTRIB_KEY,
			}]
		);
		System::assert_last_event(
			Event::PlanConfirmed {
				plan: id,
				participant: PART,
				amount: 3_000_000,
				rate_bp: 1_900,
				fee: 300,
				escrow: c.escrow,
			}
			.into(),
		);
		check_invariants();
	});
}

#[test]
fn fee_follows_the_worked_example() {
	build_and_execute(|| {
		// 80,000 RMB at 1 TOKEN per 10,000 RMB: 8,000,000 × 1 / 10,000 = 800 units.
		let id = publish(input(b"r"));
		assert_ok!(confirm(PART_ACC, id, 8_000_000, 1_800));
		assert_eq!(Confirmations::<Test>::get(id, PART).map(|c| c.fee), Some(800));
		assert_eq!(TestEscrow::balance(PART), TOKENS - 800);
		assert_eq!(LoanShare::fee_for(8_000_000, 1), Ok(800));
	});
}

#[test]
fn fee_rounds_up() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		// 60,001 fen at 1 TOKEN per 10,000 RMB is 6.0001 units: rounds up to 7.
		assert_ok!(confirm(PART_ACC, id, 60_001, 1_800));
		assert_eq!(Confirmations::<Test>::get(id, PART).map(|c| c.fee), Some(7));
		assert_eq!(TestEscrow::balance(PART), TOKENS - 7);

		assert_eq!(LoanShare::fee_for(1, 1), Ok(1));
		assert_eq!(LoanShare::fee_for(10_000, 1), Ok(1));
		assert_eq!(LoanShare::fee_for(10_001, 1), Ok(2));
		assert_eq!(LoanShare::fee_for(1_000_000, 3), Ok(300));
		assert_eq!(LoanShare::fee_for(1_000_001, 3), Ok(301));
		assert_eq!(
			LoanShare::fee_for(u128::MAX, 2),
			Err(sp_runtime::ArithmeticError::Overflow.into())
		);
	});
}

#[test]
fn higher_token_rate_costs_more() {
	build_and_execute(|| {
		let id = publish(input_with(b"r", |i| i.conditions.token_rate = 5));
		assert_ok!(confirm(PART_ACC, id, 2_000_000, 1_800));
		// 20,000 RMB at 5 TOKEN per 10,000 RMB = 10 TOKEN = 1,000 units.
		assert_eq!(TestEscrow::balance(PART), TOKENS - 1_000);
	});
}

#[test]
fn time_window_is_inclusive() {
	build_and_execute(|| {
		let start = GENESIS_NOW + 1_000;
		let end = start + DAY;
		let id = publish(input_with(b"r", |i| {
			i.conditions.start = start;
			i.conditions.end = end;
		}));

		MockTime::set(start - 1);
		assert_noop!(confirm(PART_ACC, id, 1, 1_800), Error::<Test>::NotStarted);
		MockTime::set(start);
		assert_ok!(confirm(PART_ACC, id, 1, 1_800));
		MockTime::set(end);
		assert_ok!(confirm(PART2_ACC, id, 1, 1_800));
		MockTime::set(end + 1);
		assert_noop!(confirm(PART3_ACC, id, 1, 1_800), Error::<Test>::PlanEnded);
	});
}

#[test]
fn rate_must_be_within_the_plan_range() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_noop!(confirm(PART_ACC, id, 1, 1_799), Error::<Test>::RateOutOfRange);
		assert_noop!(confirm(PART_ACC, id, 1, 2_001), Error::<Test>::RateOutOfRange);
		assert_ok!(confirm(PART_ACC, id, 1, 1_800));
		assert_ok!(confirm(PART2_ACC, id, 1, 2_000));
	});
}

#[test]
fn rate_must_be_within_a_cap_lowered_after_publication() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_ok!(LoanShare::set_rate_cap(RuntimeOrigin::root(), 1_850));
		assert_noop!(confirm(PART_ACC, id, 1, 1_900), Error::<Test>::RateAboveCap);
		assert_ok!(confirm(PART_ACC, id, 1, 1_850));
	});
}

#[test]
fn amount_must_be_positive_and_within_what_remains() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_noop!(confirm(PART_ACC, id, 0, 1_800), Error::<Test>::ZeroAmount);
		assert_noop!(
			confirm(PART_ACC, id, SHARED + 1, 1_800),
			Error::<Test>::AmountExceedsRemaining
		);
		assert_ok!(confirm(PART_ACC, id, 5_000_000, 1_800));
		assert_noop!(
			confirm(PART2_ACC, id, 3_000_001, 1_800),
			Error::<Test>::AmountExceedsRemaining
		);
		assert_eq!(plan(id).remaining(), 3_000_000);
	});
}

#[test]
fn reaching_the_limit_fills_the_plan() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_ok!(confirm(PART_ACC, id, 5_000_000, 1_800));
		assert_ok!(confirm(PART2_ACC, id, 3_000_000, 1_800));

		let p = plan(id);
		assert_eq!((p.status, p.taken, p.participants), (PlanStatus::Filled, SHARED, 2));
		assert!(!OpenPlans::<Test>::contains_key(ordered(id)));
		assert!(!ExpiryQueue::<Test>::contains_key(expiry_key(p.conditions.end, id)));
		let tail: Vec<_> = events().into_iter().rev().take(2).collect();
		assert_eq!(tail[0], Event::PlanFilled { plan: id });
		assert!(matches!(tail[1], Event::PlanConfirmed { participant: PART2, .. }));

		assert_noop!(confirm(PART3_ACC, id, 1, 1_800), Error::<Test>::PlanNotOpen);
		check_invariants();
	});
}

#[test]
fn reaching_the_participant_count_fills_the_plan() {
	build_and_execute(|| {
		let id = publish(input_with(b"r", |i| i.conditions.max_participants = 2));
		assert_ok!(confirm(PART_ACC, id, 1, 1_800));
		assert_eq!(plan(id).status, PlanStatus::Open);
		assert_ok!(confirm(PART2_ACC, id, 1, 1_800));
		assert_eq!(plan(id).status, PlanStatus::Filled);
		System::assert_last_event(Event::PlanFilled { plan: id }.into());
		assert_noop!(confirm(PART3_ACC, id, 1, 1_800), Error::<Test>::PlanNotOpen);
		check_invariants();
	});
}

#[test]
fn participant_count_is_enforced_even_on_an_open_plan() {
	// Corrupts the state on purpose, so it runs without the closing invariant check.
	new_test_ext().execute_with(|| {
		setup();
		// A plan left open at its count (not reachable through the calls, which fill
		// it): the count rule still holds.
		let id = publish(input_with(b"r", |i| i.conditions.max_participants = 1));
		Plans::<Test>::mutate(id, |p| {
			if let Some(p) = p {
				p.participants = 1;
			}
		});
		assert_noop!(confirm(PART_ACC, id, 1, 1_800), Error::<Test>::TooManyParticipants);
	});
}

#[test]
fn a_participant_confirms_a_plan_once() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_ok!(confirm(PART_ACC, id, 1, 1_800));
		assert_noop!(confirm(PART_ACC, id, 1, 1_800), Error::<Test>::AlreadyConfirmed);
	});
}

#[test]
fn a_contributor_cannot_confirm_its_own_plan() {
	build_and_execute(|| {
		let own = input_with(b"r", |i| i.envelope.key_id = 1);
		assert_ok!(LoanShare::publish(signed(BOTH_ACC), Box::new(own)));
		assert_noop!(confirm(BOTH_ACC, 0, 1, 1_800), Error::<Test>::SelfConfirmation);
		// It may confirm other contributors' plans.
		let other = publish(input(b"r"));
		assert_ok!(confirm(BOTH_ACC, other, 1, 1_800));
	});
}

#[test]
fn only_active_participators_confirm() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_noop!(
			confirm(OUTSIDER_ACC, id, 1, 1_800),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		assert_noop!(
			confirm(ISSUER_ACC, id, 1, 1_800),
			TestRegistry::refusal(MembershipError::MissingRole(Role::Participator))
		);
		assert_noop!(
			confirm(CONTRIB_ACC, id, 1, 1_800),
			TestRegistry::refusal(MembershipError::MissingRole(Role::Participator))
		);
		TestRegistry::set_active(PART, false);
		assert_noop!(
			confirm(PART_ACC, id, 1, 1_800),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		assert_noop!(
			LoanShare::confirm(RuntimeOrigin::none(), id, 1, 1_800),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn participant_needs_a_registered_key() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		TestRegistry::clear_key(PART);
		assert_noop!(confirm(PART_ACC, id, 1, 1_800), Error::<Test>::NoPublicKey);
	});
}

#[test]
fn insufficient_tokens_change_nothing() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		TestEscrow::set_balance(PART, 799);
		assert_noop!(
			confirm(PART_ACC, id, 8_000_000, 1_800),
			DispatchError::Other("InsufficientBalance")
		);
		assert_eq!(TestEscrow::balance(PART), 799);
		assert_eq!(TestEscrow::total_escrowed(), 0);
		assert!(RecordingHandoff::requests().is_empty());
		// Exactly the fee is enough.
		TestEscrow::set_balance(PART, 800);
		assert_ok!(confirm(PART_ACC, id, 8_000_000, 1_800));
		assert_eq!(TestEscrow::balance(PART), 0);
	});
}

#[test]
fn a_refused_handoff_aborts_the_confirmation() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		RecordingHandoff::fail(true);
		assert_noop!(confirm(PART_ACC, id, 1, 1_800), DispatchError::Other("HandoffRefused"));
		assert!(Confirmations::<Test>::get(id, PART).is_none());
	});
}

#[test]
fn unknown_or_closed_plans_cannot_be_confirmed() {
	build_and_execute(|| {
		assert_noop!(confirm(PART_ACC, 7, 1, 1_800), Error::<Test>::PlanNotFound);
		let id = publish(input(b"r"));
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), id));
		assert_noop!(confirm(PART_ACC, id, 1, 1_800), Error::<Test>::PlanNotOpen);
	});
}

#[test]
fn a_confirmation_that_leaves_the_plan_open_is_refunded_to_its_own_weight() {
	use crate::WeightInfo;
	use frame_support::dispatch::GetDispatchInfo;
	build_and_execute(|| {
		let id = publish(input_with(b"r", |i| i.conditions.max_participants = 2));
		let call = crate::Call::<Test>::confirm { plan: id, amount: 1_000_000, rate_bp: 1_900 };
		assert_eq!(call.get_dispatch_info().call_weight, <() as WeightInfo>::confirm_and_fill());

		let open = LoanShare::confirm(signed(PART_ACC), id, 1_000_000, 1_900).expect("confirms");
		assert_eq!(open.actual_weight, Some(<() as WeightInfo>::confirm()));
		let fills = LoanShare::confirm(signed(PART2_ACC), id, 1_000_000, 1_900).expect("fills");
		assert_eq!(fills.actual_weight, None, "charged in full");
		assert_eq!(plan(id).status, PlanStatus::Filled);
	});
}

#[test]
fn a_fee_below_the_minimum_is_raised_to_it() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		// 1 fen would cost 1 unit; the mock's minimum fee is MIN_FEE.
		assert_ok!(confirm(PART_ACC, id, 1, 1_800));
		assert_eq!(Confirmations::<Test>::get(id, PART).map(|c| c.fee), Some(MIN_FEE));
		assert_eq!(TestEscrow::balance(PART), TOKENS - MIN_FEE);
	});
}

#[test]
fn a_share_below_the_plans_minimum_is_refused() {
	build_and_execute(|| {
		let id = publish(input_with(b"r", |i| i.conditions.min_share = 2_000_000));
		assert_noop!(confirm(PART_ACC, id, 1_999_999, 1_800), Error::<Test>::AmountBelowMinShare);
		assert_ok!(confirm(PART_ACC, id, 2_000_000, 1_800));
		assert_eq!(plan(id).taken, 2_000_000);
	});
}
