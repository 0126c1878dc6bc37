//! `publish`: what it records, who may call it, and every publication rule.
use super::*;
use crate::index::{expiry_key, ordered};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn publish_records_the_plan_and_its_indexes() {
	build_and_execute(|| {
		let i = input(b"loan-001");
		assert_ok!(LoanShare::publish(signed(CONTRIB_ACC), Box::new(i.clone())));

		let p = plan(0);
		assert_eq!(p.id, 0);
		assert_eq!(p.contributor, CONTRIB);
		assert_eq!(p.external_ref, i.external_ref);
		assert_eq!(p.loan_type, LoanType::Cash);
		assert_eq!(p.amount, AMOUNT);
		assert_eq!(p.risk, i.risk);
		assert_eq!(p.links, i.links);
		assert_eq!(p.conditions, i.conditions);
		assert_eq!(p.envelope, i.envelope);
		assert_eq!(p.status, PlanStatus::Open);
		assert_eq!((p.taken, p.participants), (0, 0));
		assert_eq!(p.published_at, GENESIS_NOW);

		assert_eq!(NextPlanId::<Test>::get(), 1);
		assert_eq!(ByExternalRef::<Test>::get(CONTRIB, &i.external_ref), Some(0));
		assert!(PlansByContributor::<Test>::contains_key(CONTRIB, ordered(0)));
		assert!(OpenPlans::<Test>::contains_key(ordered(0)));
		assert!(ExpiryQueue::<Test>::contains_key(expiry_key(GENESIS_NOW + DAY, 0)));
		System::assert_has_event(
			Event::PlanPublished { plan: 0, contributor: CONTRIB, external_ref: i.external_ref }
				.into(),
		);
		check_invariants();
	});
}

#[test]
fn plan_ids_increase() {
	build_and_execute(|| {
		assert_eq!(publish(input(b"a")), 0);
		assert_eq!(publish(input(b"b")), 1);
		assert_eq!(plan(1).external_ref.to_vec(), b"b".to_vec());
	});
}

#[test]
fn car_loans_with_collateral_are_accepted() {
	build_and_execute(|| {
		let car = CarCollateral { mileage_km: 30_000, purchase_date: 20_200_101 };
		for (r, loan_type) in [(b"m", LoanType::CarMortgage), (b"p", LoanType::CarPledge)] {
			let id = publish(input_with(r, |i| {
				i.loan_type = loan_type;
				i.car = Some(car);
			}));
			assert_eq!(plan(id).car, Some(car));
		}
	});
}

#[test]
fn bounds_are_inclusive() {
	build_and_execute(|| {
		// max rate equal to the cap, one participant, limit equal to the amount, start in the past.
		publish(input_with(b"edge", |i| {
			i.conditions.min_rate_bp = DEFAULT_CAP_BP;
			i.conditions.max_rate_bp = DEFAULT_CAP_BP;
			i.conditions.max_participants = 1;
			i.conditions.shared_limit = AMOUNT;
			i.conditions.start = GENESIS_NOW - DAY;
			i.conditions.end = GENESIS_NOW + 1;
		}));
		// MaxParticipants (4) itself is fine.
		publish(input_with(b"edge2", |i| i.conditions.max_participants = 4));
	});
}

#[test]
fn only_active_contributors_publish() {
	build_and_execute(|| {
		assert_noop!(
			LoanShare::publish(signed(OUTSIDER_ACC), Box::new(input(b"x"))),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		assert_noop!(
			LoanShare::publish(signed(PART_ACC), Box::new(input(b"x"))),
			TestRegistry::refusal(MembershipError::MissingRole(Role::Contributor))
		);
		TestRegistry::set_active(CONTRIB, false);
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"x"))),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
		assert_noop!(
			LoanShare::publish(RuntimeOrigin::none(), Box::new(input(b"x"))),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn a_second_account_of_the_contributor_publishes_for_it() {
	build_and_execute(|| {
		TestRegistry::add_account(CONTRIB, 11);
		assert_ok!(LoanShare::publish(signed(11), Box::new(input(b"x"))));
		assert_eq!(plan(0).contributor, CONTRIB);
	});
}

#[test]
fn duplicate_external_reference_is_rejected_per_contributor() {
	build_and_execute(|| {
		publish(input(b"sheet-7"));
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"sheet-7"))),
			Error::<Test>::InvalidPlan { reason: PlanRejection::DuplicateExternalRef }
		);
		// Another contributor may use the same reference.
		let other = input_with(b"sheet-7", |i| i.envelope.key_id = 1);
		assert_ok!(LoanShare::publish(signed(BOTH_ACC), Box::new(other)));
		assert_eq!(plan(1).contributor, BOTH);
	});
}

/// Every publication rule: the mutation breaking it and the error it gives.
pub fn rejections() -> Vec<(&'static str, PlanInputOf<Test>, PlanRejection)> {
	use PlanRejection::*;
	let car = CarCollateral { mileage_km: 1, purchase_date: 20_240_101 };
	vec![
		("empty ref", input(b""), EmptyExternalRef),
		(
			"min above max",
			input_with(b"r", |i| {
				i.conditions.min_rate_bp = 2_001;
				i.conditions.max_rate_bp = 2_000;
			}),
			InvalidRateRange,
		),
		(
			"max above cap",
			input_with(b"r", |i| i.conditions.max_rate_bp = DEFAULT_CAP_BP + 1),
			RateAboveCap,
		),
		(
			"start equals end",
			input_with(b"r", |i| i.conditions.start = i.conditions.end),
			InvalidWindow,
		),
		(
			"start after end",
			input_with(b"r", |i| i.conditions.start = i.conditions.end + 1),
			InvalidWindow,
		),
		(
			"end is now",
			input_with(b"r", |i| {
				i.conditions.start = GENESIS_NOW - DAY;
				i.conditions.end = GENESIS_NOW;
			}),
			EndInPast,
		),
		("zero limit", input_with(b"r", |i| i.conditions.shared_limit = 0), ZeroSharedLimit),
		(
			"limit above amount",
			input_with(b"r", |i| i.conditions.shared_limit = AMOUNT + 1),
			SharedLimitAboveAmount,
		),
		(
			"no participants",
			input_with(b"r", |i| i.conditions.max_participants = 0),
			InvalidMaxParticipants,
		),
		(
			"more participants than MaxParticipants",
			input_with(b"r", |i| i.conditions.max_participants = 5),
			InvalidMaxParticipants,
		),
		("zero token rate", input_with(b"r", |i| i.conditions.token_rate = 0), ZeroTokenRate),
		(
			"envelope wrapped to an old key",
			input_with(b"r", |i| i.envelope.key_id = CONTRIB_KEY - 1),
			EnvelopeKeyMismatch,
		),
		(
			"envelope version 2",
			input_with(b"r", |i| i.envelope.version = 2),
			UnsupportedEnvelopeVersion,
		),
		(
			"empty ciphertext",
			input_with(b"r", |i| i.envelope.ciphertext = bounded(b"")),
			EmptyEnvelope,
		),
		(
			"empty wrapped key",
			input_with(b"r", |i| i.envelope.wrapped_key = bounded(b"")),
			EmptyEnvelope,
		),
		(
			"car mortgage without car",
			input_with(b"r", |i| i.loan_type = LoanType::CarMortgage),
			MissingCarCollateral,
		),
		(
			"car pledge without car",
			input_with(b"r", |i| i.loan_type = LoanType::CarPledge),
			MissingCarCollateral,
		),
		("car on a cash loan", input_with(b"r", |i| i.car = Some(car)), UnexpectedCarCollateral),
	]
}

#[test]
fn every_publication_rule_has_its_error() {
	build_and_execute(|| {
		for (case, bad, reason) in rejections() {
			let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
			let result = LoanShare::publish(signed(CONTRIB_ACC), Box::new(bad));
			assert_eq!(result, Err(Error::<Test>::InvalidPlan { reason }.into()), "case: {case}");
			assert_eq!(
				before,
				sp_io::storage::root(sp_runtime::StateVersion::V1),
				"case {case} changed storage"
			);
		}
		assert!(events().is_empty());
	});
}

#[test]
fn contributor_without_key_cannot_publish() {
	build_and_execute(|| {
		TestRegistry::clear_key(CONTRIB);
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"r"))),
			Error::<Test>::InvalidPlan { reason: PlanRejection::NoPublicKey }
		);
	});
}

#[test]
fn after_key_rotation_the_envelope_must_use_the_new_key() {
	build_and_execute(|| {
		TestRegistry::set_key(CONTRIB, CONTRIB_KEY + 1);
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"r"))),
			Error::<Test>::InvalidPlan { reason: PlanRejection::EnvelopeKeyMismatch }
		);
		let rotated = input_with(b"r", |i| i.envelope.key_id = CONTRIB_KEY + 1);
		assert_ok!(LoanShare::publish(signed(CONTRIB_ACC), Box::new(rotated)));
	});
}

#[test]
fn the_current_rate_cap_applies_at_publication() {
	build_and_execute(|| {
		assert_ok!(LoanShare::set_rate_cap(RuntimeOrigin::root(), 1_900));
		assert_noop!(
			LoanShare::publish(signed(CONTRIB_ACC), Box::new(input(b"r"))),
			Error::<Test>::InvalidPlan { reason: PlanRejection::RateAboveCap }
		);
		publish(input_with(b"r", |i| i.conditions.max_rate_bp = 1_900));
	});
}

#[test]
fn the_minimum_share_is_between_the_floor_and_the_shared_limit() {
	build_and_execute(|| {
		for (min_share, reason) in [
			(0, PlanRejection::MinShareBelowFloor),
			(SHARED + 1, PlanRejection::MinShareAboveLimit),
		] {
			let i = input_with(b"m", |i| i.conditions.min_share = min_share);
			assert_noop!(
				LoanShare::publish(signed(CONTRIB_ACC), Box::new(i)),
				Error::<Test>::InvalidPlan { reason }
			);
		}
		let id = publish(input_with(b"m", |i| i.conditions.min_share = SHARED));
		assert_eq!(plan(id).conditions.min_share, SHARED);
	});
}
