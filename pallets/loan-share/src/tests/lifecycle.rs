//! How plans end (`withdraw`, `expire`, `on_idle`), the rate cap and genesis.
use super::*;
use crate::{
	index::{expiry_key, ordered},
	WeightInfo,
};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{BuildStorage, DispatchError};

#[test]
fn withdraw_ends_an_unconfirmed_plan() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), id));
		assert_eq!(plan(id).status, PlanStatus::Withdrawn);
		assert!(!OpenPlans::<Test>::contains_key(ordered(id)));
		assert!(!ExpiryQueue::<Test>::contains_key(expiry_key(GENESIS_NOW + DAY, id)));
		System::assert_last_event(Event::PlanWithdrawn { plan: id }.into());
		// The reference stays taken: re-importing the same row creates nothing.
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"r"))),
			Error::<Test>::InvalidPlan { reason: PlanRejection::DuplicateExternalRef }
		);
		check_invariants();
	});
}

#[test]
fn another_account_of_the_contributor_may_withdraw() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		TestRegistry::add_account(CONTRIB, 11);
		assert_ok!(LoanShare::withdraw(signed(11), id));
		assert_eq!(plan(id).status, PlanStatus::Withdrawn);
	});
}

#[test]
fn withdraw_errors() {
	build_and_execute(|| {
		assert_noop!(LoanShare::withdraw(signed(CONTRIB_ACC), 3), Error::<Test>::PlanNotFound);
		let id = publish(input(b"r"));
		assert_noop!(
			LoanShare::withdraw(signed(OUTSIDER_ACC), id),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		assert_noop!(LoanShare::withdraw(signed(BOTH_ACC), id), Error::<Test>::NotPlanContributor);
		assert_noop!(LoanShare::withdraw(RuntimeOrigin::none(), id), DispatchError::BadOrigin);

		assert_ok!(LoanShare::confirm(signed(PART_ACC), id, 1, 1_800));
		assert_noop!(LoanShare::withdraw(signed(CONTRIB_ACC), id), Error::<Test>::HasConfirmations);

		let other = publish(input(b"s"));
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), other));
		assert_noop!(LoanShare::withdraw(signed(CONTRIB_ACC), other), Error::<Test>::PlanNotOpen);
	});
}

#[test]
fn expire_needs_the_end_to_have_passed() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		MockTime::set(GENESIS_NOW + DAY);
		assert_noop!(LoanShare::expire(signed(OUTSIDER_ACC), id), Error::<Test>::NotEnded);
		MockTime::set(GENESIS_NOW + DAY + 1);
		// Anyone signed may expire it.
		assert_ok!(LoanShare::expire(signed(OUTSIDER_ACC), id));
		assert_eq!(plan(id).status, PlanStatus::Expired);
		assert!(!OpenPlans::<Test>::contains_key(ordered(id)));
		assert!(!ExpiryQueue::<Test>::contains_key(expiry_key(GENESIS_NOW + DAY, id)));
		System::assert_last_event(Event::PlanExpired { plan: id }.into());
		check_invariants();
	});
}

#[test]
fn expire_errors() {
	build_and_execute(|| {
		assert_noop!(LoanShare::expire(signed(PART_ACC), 0), Error::<Test>::PlanNotFound);
		let id = publish(input(b"r"));
		assert_noop!(LoanShare::expire(RuntimeOrigin::none(), id), DispatchError::BadOrigin);
		assert_ok!(LoanShare::confirm(signed(PART_ACC), id, SHARED, 1_800));
		MockTime::set(GENESIS_NOW + 2 * DAY);
		// Filled plans do not expire.
		assert_noop!(LoanShare::expire(signed(PART_ACC), id), Error::<Test>::PlanNotOpen);
	});
}

#[test]
fn a_partly_taken_plan_expires_and_keeps_its_confirmations() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), id, 1_000, 1_800));
		MockTime::set(GENESIS_NOW + DAY + 1);
		assert_ok!(LoanShare::expire(signed(PART_ACC), id));
		let p = plan(id);
		assert_eq!((p.status, p.taken, p.participants), (PlanStatus::Expired, 1_000, 1));
		assert_eq!(LoanShare::confirmations(id).len(), 1);
		check_invariants();
	});
}

#[test]
fn on_idle_expires_due_plans_in_end_order_and_bounded() {
	build_and_execute(|| {
		// Ends: plan 0 at +5h, 1 at +1h, 2 at +4h, 3 at +2h, 4 at +3h, 5 at +2 days.
		let hour = 3_600_000;
		let ends = [5 * hour, hour, 4 * hour, 2 * hour, 3 * hour, 2 * DAY];
		for (n, end) in ends.iter().enumerate() {
			publish(input_with(format!("r{n}").as_bytes(), |i| {
				i.conditions.end = GENESIS_NOW + end
			}));
		}
		// Nothing is due yet.
		assert_eq!(idle(), <() as WeightInfo>::on_idle_expire(0));
		assert!(events().iter().all(|e| matches!(e, Event::PlanPublished { .. })));

		MockTime::set(GENESIS_NOW + DAY);
		System::reset_events();
		// MaxExpiriesPerBlock = 3: the three earliest ends first.
		assert_eq!(idle(), <() as WeightInfo>::on_idle_expire(3));
		assert_eq!(
			events(),
			vec![
				Event::PlanExpired { plan: 1 },
				Event::PlanExpired { plan: 3 },
				Event::PlanExpired { plan: 4 },
			]
		);
		System::reset_events();
		assert_eq!(idle(), <() as WeightInfo>::on_idle_expire(2));
		assert_eq!(events(), vec![Event::PlanExpired { plan: 2 }, Event::PlanExpired { plan: 0 }]);
		assert_eq!(plan(5).status, PlanStatus::Open);
		for id in 0..5 {
			assert_eq!(plan(id).status, PlanStatus::Expired);
		}
		check_invariants();
	});
}

#[test]
fn on_idle_skips_plans_that_ended_otherwise() {
	build_and_execute(|| {
		let withdrawn = publish(input(b"w"));
		let filled = publish(input(b"f"));
		let open = publish(input(b"o"));
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), withdrawn));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), filled, SHARED, 1_800));
		MockTime::set(GENESIS_NOW + DAY + 1);
		System::reset_events();
		idle();
		assert_eq!(events(), vec![Event::PlanExpired { plan: open }]);
		assert_eq!(plan(withdrawn).status, PlanStatus::Withdrawn);
		assert_eq!(plan(filled).status, PlanStatus::Filled);
		check_invariants();
	});
}

#[test]
fn on_idle_respects_the_remaining_weight() {
	build_and_execute(|| {
		for n in 0..3u8 {
			publish(input(&[b'r', n]));
		}
		MockTime::set(GENESIS_NOW + DAY + 1);
		let two = <() as WeightInfo>::on_idle_expire(2);
		assert_eq!(LoanShare::on_idle(1, Weight::zero()), Weight::zero());
		assert_eq!(plan(0).status, PlanStatus::Open);
		assert_eq!(LoanShare::on_idle(1, two), two);
		assert_eq!(
			(plan(0).status, plan(1).status, plan(2).status),
			(PlanStatus::Expired, PlanStatus::Expired, PlanStatus::Open)
		);
	});
}

#[test]
fn set_rate_cap_by_admin_only() {
	build_and_execute(|| {
		assert_eq!(RateCapBp::<Test>::get(), DEFAULT_CAP_BP);
		assert_ok!(LoanShare::set_rate_cap(RuntimeOrigin::root(), 3_600));
		assert_eq!(RateCapBp::<Test>::get(), 3_600);
		System::assert_last_event(Event::RateCapSet { bp: 3_600 }.into());
		assert_noop!(LoanShare::set_rate_cap(signed(CONTRIB_ACC), 1), DispatchError::BadOrigin);
		assert_noop!(
			LoanShare::set_rate_cap(RuntimeOrigin::root(), 0),
			Error::<Test>::InvalidRateCap
		);
		// A higher cap admits higher rates.
		publish(input_with(b"r", |i| i.conditions.max_rate_bp = 3_600));
	});
}

#[test]
fn genesis_sets_the_rate_cap() {
	let storage = RuntimeGenesisConfig {
		loan_share: crate::GenesisConfig { rate_cap_bp: Some(1_500), ..Default::default() },
		..Default::default()
	}
	.build_storage()
	.expect("valid genesis");
	sp_io::TestExternalities::new(storage).execute_with(|| {
		assert_eq!(RateCapBp::<Test>::get(), 1_500);
	});
	// Without a value the configured default applies.
	build_and_execute(|| assert_eq!(RateCapBp::<Test>::get(), DEFAULT_CAP_BP));
}

#[test]
fn genesis_config_reads_camel_case_json() {
	let config: crate::GenesisConfig<Test> =
		serde_json::from_str(r#"{ "rateCapBp": 2000 }"#).expect("valid json");
	assert_eq!(config.rate_cap_bp, Some(2_000));
}

#[test]
#[should_panic(expected = "rate cap must be positive")]
fn genesis_rejects_a_zero_cap() {
	let _ = RuntimeGenesisConfig {
		loan_share: crate::GenesisConfig { rate_cap_bp: Some(0), ..Default::default() },
		..Default::default()
	}
	.build_storage();
}
