//! The runtime-API queries, the ordered index keys and the JSON form of the types.
use super::*;
use crate::{
	index::{expiry_key, ordered, plan_id, split_expiry_key},
	QUERY_LIMIT,
};
use frame_support::assert_ok;

fn ids(plans: Vec<PlanOf<Test>>) -> Vec<PlanId> {
	plans.into_iter().map(|p| p.id).collect()
}

#[test]
fn index_keys_sort_numerically() {
	assert_eq!(plan_id(ordered(0x0102_0304)), 0x0102_0304);
	assert!(ordered(255) < ordered(256));
	assert!(ordered(256) < ordered(65_536));
	assert_eq!(split_expiry_key(expiry_key(77, 5)), (77, 5));
	assert!(expiry_key(255, 9) < expiry_key(256, 1));
	assert!(expiry_key(256, 1) < expiry_key(256, 2));
}

#[test]
fn plan_returns_the_stored_plan() {
	build_and_execute(|| {
		assert_eq!(LoanShare::plan(0), None);
		let id = publish(input(b"r"));
		assert_eq!(LoanShare::plan(id), Some(plan(id)));
	});
}

#[test]
fn plans_by_contributor_pages_in_id_order() {
	build_and_execute(|| {
		// Ids around 256 check the order does not follow little-endian bytes.
		NextPlanId::<Test>::put(254);
		for n in 0..4u8 {
			publish(input(&[b'c', n]));
		}
		let theirs = input_with(b"b", |i| i.envelope.key_id = 1);
		assert_ok!(LoanShare::publish(signed(BOTH_ACC), Box::new(theirs)));
		publish(input(b"c-last"));

		assert_eq!(
			ids(LoanShare::plans_by_contributor(CONTRIB, 0, 10)),
			vec![254, 255, 256, 257, 259]
		);
		assert_eq!(ids(LoanShare::plans_by_contributor(CONTRIB, 256, 2)), vec![256, 257]);
		assert_eq!(ids(LoanShare::plans_by_contributor(CONTRIB, 258, 10)), vec![259]);
		assert_eq!(ids(LoanShare::plans_by_contributor(BOTH, 0, 10)), vec![258]);
		assert!(LoanShare::plans_by_contributor(PART, 0, 10).is_empty());
		assert!(LoanShare::plans_by_contributor(CONTRIB, 0, 0).is_empty());
	});
}

#[test]
fn paged_queries_are_capped() {
	build_and_execute(|| {
		for n in 0..(QUERY_LIMIT + 5) {
			publish(input(format!("r{n}").as_bytes()));
		}
		assert_eq!(
			LoanShare::plans_by_contributor(CONTRIB, 0, u32::MAX).len(),
			QUERY_LIMIT as usize
		);
		assert_eq!(LoanShare::open_plans(0, u32::MAX).len(), QUERY_LIMIT as usize);
		assert_eq!(ids(LoanShare::open_plans(100, u32::MAX)), vec![100, 101, 102, 103, 104]);
	});
}

#[test]
fn open_plans_lists_only_confirmable_plans() {
	build_and_execute(|| {
		NextPlanId::<Test>::put(250);
		let mut all = Vec::new();
		for n in 0..10u8 {
			all.push(publish(input_with(&[b'o', n], |i| {
				if n == 9 {
					i.conditions.end = GENESIS_NOW + 1_000;
				}
			})));
		}
		// 251 withdrawn, 253 filled, 259 past its end but not yet expired.
		assert_ok!(LoanShare::withdraw(signed(CONTRIB_ACC), 251));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), 253, SHARED, 1_800));
		// 255 partly taken: still open.
		assert_ok!(LoanShare::confirm(signed(PART_ACC), 255, 1, 1_800));
		MockTime::set(GENESIS_NOW + 1_001);

		let open = vec![250, 252, 254, 255, 256, 257, 258];
		assert_eq!(ids(LoanShare::open_plans(0, 100)), open);
		assert_eq!(ids(LoanShare::open_plans(255, 100)), vec![255, 256, 257, 258]);
		assert_eq!(ids(LoanShare::open_plans(251, 2)), vec![252, 254]);
		assert!(LoanShare::open_plans(260, 100).is_empty());
		assert_eq!(all.len(), 10);
	});
}

#[test]
fn confirmations_come_in_confirmation_order() {
	build_and_execute(|| {
		let id = publish(input(b"r"));
		assert!(LoanShare::confirmations(id).is_empty());
		assert_ok!(LoanShare::confirm(signed(PART3_ACC), id, 3, 1_800));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), id, 1, 1_900));
		assert_ok!(LoanShare::confirm(signed(PART2_ACC), id, 2, 2_000));
		let got: Vec<_> = LoanShare::confirmations(id)
			.into_iter()
			.map(|c| (c.participant, c.amount, c.rate_bp))
			.collect();
		assert_eq!(got, vec![(PART3, 3, 1_800), (PART, 1, 1_900), (PART2, 2, 2_000)]);
	});
}

#[test]
fn taken_by_lists_a_participants_confirmations_by_plan() {
	build_and_execute(|| {
		NextPlanId::<Test>::put(255);
		let a = publish(input(b"a"));
		let b = publish(input(b"b"));
		let c = publish(input(b"c"));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), c, 30, 1_800));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), a, 10, 1_800));
		assert_ok!(LoanShare::confirm(signed(PART2_ACC), b, 20, 1_800));

		let mine: Vec<_> =
			LoanShare::taken_by(PART).into_iter().map(|c| (c.plan, c.amount)).collect();
		assert_eq!(mine, vec![(a, 10), (c, 30)]);
		let later: Vec<_> =
			LoanShare::taken_by_from(PART, a + 1, 10).into_iter().map(|c| c.plan).collect();
		assert_eq!(later, vec![c]);
		assert_eq!(LoanShare::taken_by_from(PART, 0, 1).len(), 1);
		assert!(LoanShare::taken_by(PART3).is_empty());
	});
}

#[test]
fn plans_and_confirmations_round_trip_through_json() {
	build_and_execute(|| {
		let id = publish(input_with(b"car", |i| {
			i.loan_type = LoanType::CarPledge;
			i.car = Some(CarCollateral { mileage_km: 12, purchase_date: 20_230_102 });
		}));
		assert_ok!(LoanShare::confirm(signed(PART_ACC), id, 5, 1_800));

		let p = plan(id);
		let json = serde_json::to_string(&p).expect("serialises");
		assert!(json.contains("\"loan_type\":\"CarPledge\""), "{json}");
		assert!(json.contains("\"status\":\"Open\""), "{json}");
		let back: PlanOf<Test> = serde_json::from_str(&json).expect("deserialises");
		assert_eq!(back, p);

		let c = LoanShare::confirmations(id).pop().expect("one");
		let back: ConfirmationOf<Test> =
			serde_json::from_str(&serde_json::to_string(&c).expect("serialises")).expect("parses");
		assert_eq!(back, c);
	});
}

#[test]
fn json_over_a_bound_is_rejected() {
	build_and_execute(|| {
		let mut value = serde_json::to_value(input(b"r")).expect("serialises");
		value["external_ref"] = serde_json::json!(vec![1u8; 33]);
		assert!(serde_json::from_value::<PlanInputOf<Test>>(value).is_err());
	});
}
