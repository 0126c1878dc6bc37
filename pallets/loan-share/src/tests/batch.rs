//! `publish_batch`: all or nothing, and the error names the offending item.
use super::{publish::rejections, *};
use frame_support::{assert_noop, assert_ok, traits::Get};

fn batch(items: Vec<PlanInputOf<Test>>) -> BoundedVec<PlanInputOf<Test>, ConstMaxBatch> {
	items.try_into().expect("within MaxBatch")
}

type ConstMaxBatch = <Test as Config>::MaxBatch;

#[test]
fn batch_publishes_every_plan_in_order() {
	build_and_execute(|| {
		let items = batch(vec![input(b"a"), input(b"b"), input(b"c")]);
		assert_ok!(LoanShare::publish_batch(signed(CONTRIB_ACC), items));

		assert_eq!(NextPlanId::<Test>::get(), 3);
		for (id, r) in [(0u64, b"a"), (1, b"b"), (2, b"c")] {
			assert_eq!(plan(id).external_ref.to_vec(), r.to_vec());
			assert_eq!(ByExternalRef::<Test>::get(CONTRIB, ext_ref(r)), Some(id));
		}
		let published: Vec<_> = events()
			.into_iter()
			.map(|e| match e {
				Event::PlanPublished { plan, contributor, .. } => (plan, contributor),
				other => panic!("unexpected event {other:?}"),
			})
			.collect();
		assert_eq!(published, vec![(0, CONTRIB), (1, CONTRIB), (2, CONTRIB)]);
		check_invariants();
	});
}

#[test]
fn a_full_batch_is_accepted() {
	build_and_execute(|| {
		let max = <Test as Config>::MaxBatch::get();
		let items: Vec<_> = (0..max).map(|n| input(format!("ref-{n}").as_bytes())).collect();
		assert_ok!(LoanShare::publish_batch(signed(CONTRIB_ACC), batch(items)));
		assert_eq!(NextPlanId::<Test>::get(), u64::from(max));
	});
}

#[test]
fn one_bad_item_changes_nothing_and_is_named() {
	build_and_execute(|| {
		publish(input(b"existing"));
		let events_before = System::events().len();
		for (case, bad, reason) in rejections() {
			let items = batch(vec![input(b"ok-1"), input(b"ok-2"), bad, input(b"ok-3")]);
			assert_noop!(
				LoanShare::publish_batch(signed(CONTRIB_ACC), items),
				Error::<Test>::BatchItemInvalid { index: 2, reason }
			);
			assert_eq!(System::events().len(), events_before, "case {case} emitted events");
		}
		assert_eq!(NextPlanId::<Test>::get(), 1);
		assert_eq!(ByExternalRef::<Test>::get(CONTRIB, ext_ref(b"ok-1")), None);
	});
}

#[test]
fn duplicate_within_the_batch_is_named() {
	build_and_execute(|| {
		let items = batch(vec![input(b"a"), input(b"b"), input(b"a")]);
		assert_noop!(
			LoanShare::publish_batch(signed(CONTRIB_ACC), items),
			Error::<Test>::BatchItemInvalid {
				index: 2,
				reason: PlanRejection::DuplicateExternalRef
			}
		);
	});
}

#[test]
fn duplicate_of_an_earlier_plan_is_named() {
	build_and_execute(|| {
		publish(input(b"a"));
		let items = batch(vec![input(b"a")]);
		assert_noop!(
			LoanShare::publish_batch(signed(CONTRIB_ACC), items),
			Error::<Test>::BatchItemInvalid {
				index: 0,
				reason: PlanRejection::DuplicateExternalRef
			}
		);
	});
}

#[test]
fn empty_batch_is_rejected() {
	build_and_execute(|| {
		assert_noop!(
			LoanShare::publish_batch(signed(CONTRIB_ACC), batch(vec![])),
			Error::<Test>::EmptyBatch
		);
	});
}

#[test]
fn only_active_contributors_publish_batches() {
	build_and_execute(|| {
		assert_noop!(
			LoanShare::publish_batch(signed(PART_ACC), batch(vec![input(b"a")])),
			TestRegistry::refusal(MembershipError::MissingRole(Role::Contributor))
		);
		assert_noop!(
			LoanShare::publish_batch(signed(OUTSIDER_ACC), batch(vec![input(b"a")])),
			TestRegistry::refusal(MembershipError::NotAMember)
		);
	});
}

#[test]
fn batch_error_fits_a_module_error() {
	// The index and the reason survive the round trip through `DispatchError::Module`.
	let err: sp_runtime::DispatchError =
		Error::<Test>::BatchItemInvalid { index: 513, reason: PlanRejection::MissingCarCollateral }
			.into();
	let sp_runtime::DispatchError::Module(module) = err else { panic!("module error") };
	use codec::Decode;
	let decoded = Error::<Test>::decode(&mut &module.error[..]).expect("decodes");
	assert!(matches!(
		decoded,
		Error::<Test>::BatchItemInvalid { index: 513, reason: PlanRejection::MissingCarCollateral }
	));
}
