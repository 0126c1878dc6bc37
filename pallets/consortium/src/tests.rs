//! Unit tests: genesis, every call and error path, the minimum-validator guard, session
//! rotation, the registry answers and the `CheckMembership` extension.
use crate::{
	mock::*, AccountInstitution, EnsureInstitution, Error, Event, InstitutionStatus, Institutions,
	NextInstitutionId, QueuedValidators, Validators, NOT_A_MEMBER,
};
use frame_support::{assert_noop, assert_ok, dispatch::DispatchInfo, pallet_prelude::*};
use loanshare_primitives::{InstitutionRegistry, MembershipError, Role};
use pallet_session::SessionManager;
use sp_runtime::{
	traits::{DispatchTransaction, TransactionExtension, TxBaseImplication},
	transaction_validity::TransactionSource,
	DispatchError,
};

type C = Consortium;

fn root() -> RuntimeOrigin {
	RuntimeOrigin::root()
}

fn validators() -> Vec<u64> {
	Validators::<Test>::get().into_inner()
}

fn status(id: u32) -> InstitutionStatus {
	Institutions::<Test>::get(id).unwrap().status
}

fn bound(account: u64) -> Option<u32> {
	AccountInstitution::<Test>::get(account)
}

fn check_invariants() {
	assert_ok!(C::do_try_state());
}

fn last_set_event() -> Option<(u32, Vec<u64>)> {
	System::events().into_iter().rev().find_map(|r| match r.event {
		RuntimeEvent::Consortium(Event::ValidatorSetChanged { session, validators }) => {
			Some((session, validators.into_inner()))
		},
		_ => None,
	})
}

// ---------------------------------------------------------------- genesis

#[test]
fn genesis_admits_institutions_in_order() {
	build_and_execute(|| {
		assert_eq!(NextInstitutionId::<Test>::get(), 4);
		let alpha = Institutions::<Test>::get(1).unwrap();
		assert_eq!(alpha.name.to_vec(), b"Alpha".to_vec());
		assert_eq!(alpha.roles.to_vec(), vec![Role::Contributor, Role::Participator]);
		assert_eq!(alpha.accounts.to_vec(), vec![11, 12]);
		assert_eq!(alpha.validator, Some(1));
		assert_eq!(alpha.status, InstitutionStatus::Active);
		assert_eq!(Institutions::<Test>::get(3).unwrap().name.to_vec(), b"Gamma".to_vec());
		assert!(Institutions::<Test>::get(4).is_none());
		for (account, id) in [(11, 1), (12, 1), (1, 1), (21, 2), (2, 2), (31, 3), (3, 3)] {
			assert_eq!(bound(account), Some(id));
		}
		assert_eq!(validators(), vec![1, 2, 3]);
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert_eq!(Authorities::get(), vec![1, 2, 3]);
		check_invariants();
	});
}

#[test]
fn empty_genesis_is_fine() {
	ext_with(vec![], vec![]).execute_with(|| {
		assert_eq!(NextInstitutionId::<Test>::get(), 1);
		assert!(validators().is_empty());
		assert_eq!(<C as SessionManager<u64>>::new_session(2), None);
		check_invariants();
	});
}

#[test]
#[should_panic(expected = "consortium genesis: institution #2 is invalid: AccountAlreadyBound")]
fn genesis_rejects_an_account_bound_twice() {
	let mut list = genesis_institutions();
	list[1].accounts = vec![11];
	let _ = ext_with(list, vec![1, 2, 3]);
}

#[test]
#[should_panic(expected = "EmptyRoles")]
fn genesis_rejects_empty_roles() {
	let _ = ext_with(vec![institution(b"X", vec![], vec![5], None)], vec![]);
}

#[test]
fn genesis_config_serde_round_trip() {
	let config =
		crate::GenesisConfig::<Test> { institutions: genesis_institutions(), min_validators: None };
	let json = serde_json::to_value(&config).unwrap();
	assert_eq!(
		json["institutions"][0],
		serde_json::json!({
			"name": b"Alpha".to_vec(),
			"roles": ["Participator", "Contributor"],
			"accounts": [11, 12],
			"validator": 1,
			"nodes": [],
		})
	);
	assert_eq!(json["institutions"][1]["validator"], serde_json::json!(2));
	let back: crate::GenesisConfig<Test> = serde_json::from_value(json).unwrap();
	assert_eq!(back.institutions, genesis_institutions());
	let entry = |roles: serde_json::Value| {
		let mut entry = serde_json::json!({ "name": [66], "accounts": [7], "validator": null });
		entry["roles"] = roles;
		entry
	};
	let parse = |institution: serde_json::Value| {
		serde_json::from_value::<crate::GenesisConfig<Test>>(
			serde_json::json!({ "institutions": [institution] }),
		)
	};
	let parsed = parse(entry(serde_json::json!(["Regulator", "DataServiceProvider"]))).unwrap();
	assert_eq!(
		parsed.institutions,
		vec![institution(b"B", vec![Role::Regulator, Role::DataServiceProvider], vec![7], None)]
	);
	assert!(parse(entry(serde_json::json!(["Banker"]))).is_err());
	// Unknown fields are rejected.
	let mut unknown = entry(serde_json::json!(["Regulator"]));
	unknown["x"] = serde_json::json!(1);
	assert!(parse(unknown).is_err());
	// The positional form of earlier chain specs still reads, in field order, but no
	// longer with a fifth element.
	let positional = parse(serde_json::json!([[66], ["Regulator"], [7], 7])).unwrap();
	assert_eq!(
		positional.institutions,
		vec![institution(b"B", vec![Role::Regulator], vec![7], Some(7))]
	);
	assert!(parse(serde_json::json!([[66], ["Regulator"], [7], null, 1])).is_err());
}

// ---------------------------------------------------------------- admit

#[test]
fn admit_works() {
	build_and_execute(|| {
		assert_ok!(C::admit(
			root(),
			b"Delta".to_vec(),
			vec![Role::Regulator, Role::DataServiceProvider, Role::Regulator],
			vec![41, 42],
			Some(4),
		));
		let inst = Institutions::<Test>::get(4).unwrap();
		assert_eq!(inst.roles.to_vec(), vec![Role::DataServiceProvider, Role::Regulator]);
		assert_eq!(inst.accounts.to_vec(), vec![41, 42]);
		assert_eq!(inst.validator, Some(4));
		assert_eq!(inst.status, InstitutionStatus::Active);
		assert_eq!(NextInstitutionId::<Test>::get(), 5);
		assert_eq!((bound(41), bound(42), bound(4)), (Some(4), Some(4), Some(4)));
		assert_eq!(validators(), vec![1, 2, 3, 4]);
		System::assert_has_event(
			Event::InstitutionAdmitted {
				id: 4,
				name: inst.name.clone(),
				roles: inst.roles.clone(),
				accounts: inst.accounts.clone(),
				validator: Some(4),
			}
			.into(),
		);
		check_invariants();
	});
}

// ---------------------------------------------------------------- endowment

#[test]
fn admission_endows_every_new_account_and_the_validator() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		assert_ok!(C::admit(
			root(),
			b"Delta".to_vec(),
			vec![Role::Participator],
			vec![141, 142],
			Some(104)
		));
		for who in [141, 142, 104] {
			assert_eq!(Balances::free_balance(who), ENDOWMENT);
			System::assert_has_event(
				pallet_balances::Event::Minted { who, amount: ENDOWMENT }.into(),
			);
		}
		assert_eq!(Balances::total_issuance(), issuance + 3 * ENDOWMENT);
		// A new account of the institution pays its own way from the start.
		assert_ok!(C::add_account(root(), 4, 143));
		assert_eq!(Balances::free_balance(143), ENDOWMENT);
		assert_ok!(C::set_validator(root(), 4, Some(105)));
		assert_eq!(Balances::free_balance(105), ENDOWMENT);
	});
}

#[test]
fn a_failed_admission_endows_nobody() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		// (Accounts above 100 start empty in the mock.) Account 11 already acts for Alpha: nothing is admitted and nothing minted.
		assert_noop!(
			C::admit(root(), b"Delta".to_vec(), vec![Role::Participator], vec![141, 11], None),
			Error::<Test>::AccountAlreadyBound
		);
		assert_eq!(Balances::free_balance(141), 0);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn a_zero_endowment_mints_nothing() {
	build_and_execute(|| {
		AccountEndowment::set(0);
		let issuance = Balances::total_issuance();
		assert_ok!(C::admit(root(), b"Delta".to_vec(), vec![Role::Participator], vec![141], None));
		assert_eq!(Balances::free_balance(141), 0);
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn admit_without_validator_and_accounts() {
	build_and_execute(|| {
		assert_ok!(C::admit(root(), b"Lone".to_vec(), vec![Role::Participator], vec![], None));
		let inst = Institutions::<Test>::get(4).unwrap();
		assert!(inst.accounts.is_empty());
		assert_eq!(inst.validator, None);
		assert_eq!(validators(), vec![1, 2, 3]);
		check_invariants();
	});
}

#[test]
fn admit_requires_admin() {
	build_and_execute(|| {
		assert_noop!(
			C::admit(
				RuntimeOrigin::signed(11),
				b"X".to_vec(),
				vec![Role::Participator],
				vec![41],
				None
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn admit_rejects_bad_input() {
	build_and_execute(|| {
		let p = || vec![Role::Participator];
		assert_noop!(
			C::admit(root(), vec![b'x'; 17], p(), vec![41], None),
			Error::<Test>::NameTooLong
		);
		assert_noop!(
			C::admit(root(), b"X".to_vec(), vec![], vec![41], None),
			Error::<Test>::EmptyRoles
		);
		assert_noop!(
			C::admit(root(), b"X".to_vec(), p(), vec![41, 42, 43, 44, 45], None),
			Error::<Test>::TooManyAccounts
		);
		// Bound elsewhere as an account, as a validator, or listed twice.
		for accounts in [vec![41, 11], vec![1], vec![41, 42, 41]] {
			assert_noop!(
				C::admit(root(), b"X".to_vec(), p(), accounts, None),
				Error::<Test>::AccountAlreadyBound
			);
		}
		// The validator is bound elsewhere (as account or validator) or is one of its accounts.
		for (accounts, v) in [(vec![41], 11), (vec![41], 2), (vec![41], 41)] {
			assert_noop!(
				C::admit(root(), b"X".to_vec(), p(), accounts, Some(v)),
				Error::<Test>::ValidatorAlreadyUsed
			);
		}
	});
}

#[test]
fn admit_respects_max_validators() {
	build_and_execute(|| {
		for v in 4..=6 {
			assert_ok!(C::admit(root(), b"V".to_vec(), vec![Role::Participator], vec![], Some(v)));
		}
		assert_noop!(
			C::admit(root(), b"V".to_vec(), vec![Role::Participator], vec![], Some(7)),
			Error::<Test>::TooManyValidators
		);
		// Without a validator it is still fine.
		assert_ok!(C::admit(root(), b"V".to_vec(), vec![Role::Participator], vec![], None));
		check_invariants();
	});
}

#[test]
fn admit_fails_on_id_overflow() {
	build_and_execute(|| {
		NextInstitutionId::<Test>::put(u32::MAX);
		assert_noop!(
			C::admit(root(), b"X".to_vec(), vec![Role::Participator], vec![41], Some(4)),
			sp_runtime::ArithmeticError::Overflow
		);
		assert_eq!(validators(), vec![1, 2, 3]);
	});
}

// ---------------------------------------------------------------- set_roles

#[test]
fn set_roles_works() {
	build_and_execute(|| {
		assert_ok!(C::set_roles(
			root(),
			2,
			vec![Role::TokenIssuer, Role::Contributor, Role::TokenIssuer]
		));
		let roles = Institutions::<Test>::get(2).unwrap().roles;
		assert_eq!(roles.to_vec(), vec![Role::Contributor, Role::TokenIssuer]);
		System::assert_last_event(Event::RolesChanged { id: 2, roles }.into());
		assert!(!C::has_role(2, Role::Participator));
		assert!(C::has_role(2, Role::TokenIssuer));
		// Allowed while suspended too.
		assert_ok!(C::suspend(root(), 3));
		assert_ok!(C::set_roles(root(), 3, vec![Role::Regulator]));
		assert_eq!(Institutions::<Test>::get(3).unwrap().roles.to_vec(), vec![Role::Regulator]);
	});
}

#[test]
fn set_roles_errors() {
	build_and_execute(|| {
		assert_noop!(
			C::set_roles(RuntimeOrigin::signed(11), 1, vec![Role::Regulator]),
			DispatchError::BadOrigin
		);
		assert_noop!(C::set_roles(root(), 1, vec![]), Error::<Test>::EmptyRoles);
		assert_noop!(
			C::set_roles(root(), 9, vec![Role::Regulator]),
			Error::<Test>::UnknownInstitution
		);
		assert_ok!(C::admit(root(), b"X".to_vec(), vec![Role::Participator], vec![41], None));
		assert_ok!(C::remove(root(), 4));
		assert_noop!(C::set_roles(root(), 4, vec![Role::Regulator]), Error::<Test>::AlreadyRemoved);
	});
}

// ---------------------------------------------------------------- accounts

#[test]
fn add_account_works() {
	build_and_execute(|| {
		assert_ok!(C::add_account(root(), 2, 22));
		assert_eq!(Institutions::<Test>::get(2).unwrap().accounts.to_vec(), vec![21, 22]);
		assert_eq!(bound(22), Some(2));
		assert_eq!(C::institution_of(&22), Some(2));
		System::assert_last_event(Event::AccountAdded { id: 2, account: 22 }.into());
		check_invariants();
	});
}

#[test]
fn add_account_errors() {
	build_and_execute(|| {
		assert_noop!(C::add_account(RuntimeOrigin::signed(11), 1, 13), DispatchError::BadOrigin);
		assert_noop!(C::add_account(root(), 9, 13), Error::<Test>::UnknownInstitution);
		for account in [21, 11, 1, 2] {
			assert_noop!(C::add_account(root(), 1, account), Error::<Test>::AccountAlreadyBound);
		}
		assert_ok!(C::add_account(root(), 1, 13));
		assert_ok!(C::add_account(root(), 1, 14));
		assert_noop!(C::add_account(root(), 1, 15), Error::<Test>::TooManyAccounts);
		assert_ok!(C::admit(root(), b"X".to_vec(), vec![Role::Participator], vec![41], None));
		assert_ok!(C::remove(root(), 4));
		assert_noop!(C::add_account(root(), 4, 42), Error::<Test>::AlreadyRemoved);
	});
}

#[test]
fn remove_account_works_and_frees_it() {
	build_and_execute(|| {
		assert_ok!(C::remove_account(root(), 1, 11));
		assert_eq!(Institutions::<Test>::get(1).unwrap().accounts.to_vec(), vec![12]);
		assert_eq!(bound(11), None);
		assert_eq!(C::institution_of(&11), None);
		System::assert_last_event(Event::AccountRemoved { id: 1, account: 11 }.into());
		// Free to act for another institution now.
		assert_ok!(C::add_account(root(), 2, 11));
		assert_eq!(C::institution_of(&11), Some(2));
		check_invariants();
	});
}

#[test]
fn remove_account_errors() {
	build_and_execute(|| {
		assert_noop!(C::remove_account(RuntimeOrigin::signed(1), 1, 11), DispatchError::BadOrigin);
		assert_noop!(C::remove_account(root(), 9, 11), Error::<Test>::UnknownInstitution);
		// Another institution's account, an unbound one, and the validator account.
		for account in [21, 99, 1] {
			assert_noop!(C::remove_account(root(), 1, account), Error::<Test>::AccountNotFound);
		}
		assert_ok!(C::suspend(root(), 1));
		assert_ok!(C::remove(root(), 1));
		assert_noop!(C::remove_account(root(), 1, 11), Error::<Test>::AlreadyRemoved);
	});
}

// ---------------------------------------------------------------- suspend / resume

#[test]
fn suspend_and_resume_work() {
	build_and_execute(|| {
		assert_ok!(C::suspend(root(), 2));
		assert_eq!(status(2), InstitutionStatus::Suspended);
		assert_eq!(validators(), vec![1, 3]);
		System::assert_last_event(Event::InstitutionSuspended { id: 2 }.into());
		// Accounts stay bound but count as no member.
		assert_eq!(bound(21), Some(2));
		assert_eq!(C::institution_of(&21), None);
		assert!(!C::is_active(2));
		assert!(!C::has_role(2, Role::Participator));
		check_invariants();

		assert_ok!(C::resume(root(), 2));
		assert_eq!(status(2), InstitutionStatus::Active);
		assert_eq!(validators(), vec![1, 2, 3]);
		System::assert_last_event(Event::InstitutionResumed { id: 2 }.into());
		assert_eq!(C::institution_of(&21), Some(2));
		check_invariants();
	});
}

#[test]
fn suspend_errors() {
	build_and_execute(|| {
		assert_noop!(C::suspend(RuntimeOrigin::signed(1), 1), DispatchError::BadOrigin);
		assert_noop!(C::suspend(root(), 9), Error::<Test>::UnknownInstitution);
		assert_ok!(C::suspend(root(), 1));
		assert_noop!(C::suspend(root(), 1), Error::<Test>::NotActive);
		assert_ok!(C::remove(root(), 1));
		assert_noop!(C::suspend(root(), 1), Error::<Test>::AlreadyRemoved);
	});
}

#[test]
fn suspend_keeps_min_validators() {
	build_and_execute(|| {
		assert_ok!(C::suspend(root(), 1));
		// Two validators left = MinValidators: no further one may go.
		assert_noop!(C::suspend(root(), 2), Error::<Test>::TooFewValidators);
		assert_noop!(C::remove(root(), 3), Error::<Test>::TooFewValidators);
		assert_noop!(C::set_validator(root(), 3, None), Error::<Test>::TooFewValidators);
		// An institution without a validator can always be suspended.
		assert_ok!(C::admit(root(), b"X".to_vec(), vec![Role::Participator], vec![41], None));
		assert_ok!(C::suspend(root(), 4));
		// Once another validator joins, one may go again.
		assert_ok!(C::resume(root(), 1));
		assert_ok!(C::suspend(root(), 2));
		assert_eq!(validators(), vec![1, 3]);
		check_invariants();
	});
}

#[test]
fn resume_errors() {
	build_and_execute(|| {
		assert_noop!(C::resume(RuntimeOrigin::signed(1), 1), DispatchError::BadOrigin);
		assert_noop!(C::resume(root(), 9), Error::<Test>::UnknownInstitution);
		assert_noop!(C::resume(root(), 1), Error::<Test>::NotSuspended);
		assert_ok!(C::suspend(root(), 1));
		assert_ok!(C::remove(root(), 1));
		assert_noop!(C::resume(root(), 1), Error::<Test>::AlreadyRemoved);
	});
}

#[test]
fn resume_respects_max_validators() {
	build_and_execute(|| {
		assert_ok!(C::suspend(root(), 3));
		for v in 4..=7 {
			assert_ok!(C::admit(root(), b"V".to_vec(), vec![Role::Participator], vec![], Some(v)));
		}
		assert_eq!(validators().len(), 6);
		assert_noop!(C::resume(root(), 3), Error::<Test>::TooManyValidators);
	});
}

// ---------------------------------------------------------------- remove

#[test]
fn remove_is_final_and_frees_accounts() {
	build_and_execute(|| {
		assert_ok!(C::remove(root(), 1));
		let inst = Institutions::<Test>::get(1).unwrap();
		assert_eq!(inst.status, InstitutionStatus::Removed);
		assert!(inst.accounts.is_empty());
		assert_eq!(inst.validator, None);
		assert_eq!(inst.name.to_vec(), b"Alpha".to_vec());
		assert_eq!((bound(11), bound(12), bound(1)), (None, None, None));
		assert_eq!(validators(), vec![2, 3]);
		System::assert_last_event(Event::InstitutionRemoved { id: 1 }.into());
		assert!(!C::is_active(1));
		// Its accounts and validator may join a new institution, which gets a new id.
		assert_ok!(C::admit(
			root(),
			b"New".to_vec(),
			vec![Role::Participator],
			vec![11, 12],
			Some(1)
		));
		assert_eq!(bound(11), Some(4));
		check_invariants();
	});
}

#[test]
fn remove_suspended_institution_needs_no_guard() {
	build_and_execute(|| {
		assert_ok!(C::suspend(root(), 1));
		assert_eq!(validators(), vec![2, 3]);
		assert_ok!(C::remove(root(), 1));
		assert_eq!(validators(), vec![2, 3]);
		assert_eq!(bound(1), None);
		check_invariants();
	});
}

#[test]
fn remove_errors() {
	build_and_execute(|| {
		assert_noop!(C::remove(RuntimeOrigin::signed(1), 1), DispatchError::BadOrigin);
		assert_noop!(C::remove(root(), 9), Error::<Test>::UnknownInstitution);
		assert_ok!(C::remove(root(), 1));
		assert_noop!(C::remove(root(), 1), Error::<Test>::AlreadyRemoved);
		assert_noop!(C::remove(root(), 2), Error::<Test>::TooFewValidators);
	});
}

// ---------------------------------------------------------------- set_validator

#[test]
fn set_validator_replaces_and_frees_the_old_one() {
	build_and_execute(|| {
		assert_ok!(C::set_validator(root(), 2, Some(5)));
		assert_eq!(Institutions::<Test>::get(2).unwrap().validator, Some(5));
		assert_eq!((bound(2), bound(5)), (None, Some(2)));
		assert_eq!(validators(), vec![1, 3, 5]);
		System::assert_last_event(
			Event::ValidatorChanged { id: 2, old: Some(2), new: Some(5) }.into(),
		);
		check_invariants();
	});
}

#[test]
fn set_validator_adds_and_takes_away() {
	build_and_execute(|| {
		assert_ok!(C::admit(root(), b"X".to_vec(), vec![Role::Participator], vec![41], None));
		assert_ok!(C::set_validator(root(), 4, Some(4)));
		assert_eq!(validators(), vec![1, 2, 3, 4]);
		assert_eq!(bound(4), Some(4));
		System::assert_last_event(
			Event::ValidatorChanged { id: 4, old: None, new: Some(4) }.into(),
		);
		assert_ok!(C::set_validator(root(), 4, None));
		assert_eq!(validators(), vec![1, 2, 3]);
		assert_eq!(bound(4), None);
		System::assert_last_event(
			Event::ValidatorChanged { id: 4, old: Some(4), new: None }.into(),
		);
		check_invariants();
	});
}

#[test]
fn set_validator_of_suspended_institution_applies_on_resume() {
	build_and_execute(|| {
		assert_ok!(C::suspend(root(), 3));
		assert_ok!(C::set_validator(root(), 3, Some(6)));
		assert_eq!(validators(), vec![1, 2]);
		assert_eq!(bound(6), Some(3));
		assert_ok!(C::resume(root(), 3));
		assert_eq!(validators(), vec![1, 2, 6]);
		check_invariants();
	});
}

#[test]
fn set_validator_errors() {
	build_and_execute(|| {
		assert_noop!(
			C::set_validator(RuntimeOrigin::signed(1), 1, Some(5)),
			DispatchError::BadOrigin
		);
		assert_noop!(C::set_validator(root(), 9, Some(5)), Error::<Test>::UnknownInstitution);
		// Bound elsewhere, one of its own accounts, or already its validator.
		for v in [2, 21, 11, 1] {
			assert_noop!(C::set_validator(root(), 1, Some(v)), Error::<Test>::ValidatorAlreadyUsed);
		}
		assert_ok!(C::suspend(root(), 1));
		assert_noop!(C::set_validator(root(), 2, None), Error::<Test>::TooFewValidators);
		for v in 4..=7 {
			assert_ok!(C::admit(root(), b"V".to_vec(), vec![Role::Participator], vec![], Some(v)));
		}
		assert_ok!(C::admit(root(), b"X".to_vec(), vec![Role::Participator], vec![], None));
		assert_noop!(C::set_validator(root(), 8, Some(8)), Error::<Test>::TooManyValidators);
		assert_ok!(C::remove(root(), 1));
		assert_noop!(C::set_validator(root(), 1, Some(9)), Error::<Test>::AlreadyRemoved);
	});
}

// ---------------------------------------------------------------- registry

#[test]
fn registry_answers() {
	build_and_execute(|| {
		assert_eq!(C::institution_of(&11), Some(1));
		assert_eq!(C::institution_of(&1), Some(1));
		assert_eq!(C::institution_of(&99), None);
		assert!(C::is_active(1));
		assert!(!C::is_active(9));
		assert!(C::has_role(1, Role::Contributor));
		assert!(!C::has_role(1, Role::TokenIssuer));
		assert!(!C::has_role(9, Role::Contributor));
		assert_eq!(C::ensure_role(&12, Some(Role::Participator)), Ok(1));
		assert_eq!(C::ensure_role(&12, None), Ok(1));
		assert_eq!(
			C::ensure_role(&12, Some(Role::TokenIssuer)),
			Err(MembershipError::MissingRole(Role::TokenIssuer))
		);
		assert_eq!(C::ensure_role(&99, Some(Role::Participator)), Err(MembershipError::NotAMember));
		assert_ok!(C::suspend(root(), 1));
		assert_eq!(C::ensure_role(&12, Some(Role::Participator)), Err(MembershipError::NotAMember));
		assert_eq!(C::bound_institution(&12), Some(1));
		assert_ok!(C::remove(root(), 1));
		assert_eq!(C::bound_institution(&12), None);
		assert!(!C::has_role(1, Role::Contributor));
	});
}

// ---------------------------------------------------------------- origins

fn signed(who: u64) -> RuntimeOrigin {
	RuntimeOrigin::signed(who)
}

#[test]
fn institution_origin_yields_the_institution_and_names_the_refusal() {
	use crate::origin::{AnyRole, Contributor, TokenIssuer};
	use frame_support::traits::EnsureOrigin;
	use loanshare_primitives::InstitutionOrigin;
	build_and_execute(|| {
		// Account 12 acts for institution 1 (Contributor + Participator).
		assert_eq!(EnsureInstitution::<Test, Contributor>::ensure_institution(signed(12)), Ok(1));
		assert_eq!(EnsureInstitution::<Test, AnyRole>::ensure_institution(signed(12)), Ok(1));
		assert_eq!(EnsureInstitution::<Test, Contributor>::try_origin(signed(12)).ok(), Some(1));
		// A member without the role, a non-member and an unsigned origin are told apart.
		assert_eq!(
			EnsureInstitution::<Test, TokenIssuer>::ensure_institution(signed(12)),
			Err(Error::<Test>::NotATokenIssuer.into())
		);
		assert!(EnsureInstitution::<Test, TokenIssuer>::try_origin(signed(12)).is_err());
		assert_eq!(
			EnsureInstitution::<Test, AnyRole>::ensure_institution(signed(99)),
			Err(Error::<Test>::NotAMember.into())
		);
		assert_eq!(
			EnsureInstitution::<Test, AnyRole>::ensure_institution(RuntimeOrigin::root()),
			Err(sp_runtime::DispatchError::BadOrigin)
		);
		// A suspended institution's accounts are no members.
		assert_ok!(C::suspend(root(), 1));
		assert_eq!(
			EnsureInstitution::<Test, Contributor>::ensure_institution(signed(12)),
			Err(Error::<Test>::NotAMember.into())
		);
	});
}

#[cfg(feature = "runtime-benchmarks")]
#[test]
fn successful_origin_admits_a_fresh_institution() {
	use crate::origin::{AnyRole, TokenIssuer};
	use frame_support::traits::EnsureOrigin;
	build_and_execute(|| {
		let o = EnsureInstitution::<Test, TokenIssuer>::try_successful_origin().unwrap();
		assert_eq!(EnsureInstitution::<Test, TokenIssuer>::ensure_origin(o).ok(), Some(4));
		let o = EnsureInstitution::<Test, AnyRole>::try_successful_origin().unwrap();
		assert_eq!(EnsureInstitution::<Test, AnyRole>::ensure_origin(o).ok(), Some(5));
		assert!(C::has_role(5, Role::Participator));
		assert_eq!(validators(), vec![1, 2, 3]);
		check_invariants();
	});
}

// ---------------------------------------------------------------- sessions

#[test]
fn new_session_reports_changes_only() {
	build_and_execute(|| {
		assert_eq!(<C as SessionManager<u64>>::new_session(2), None);
		assert_ok!(C::suspend(root(), 3));
		assert_eq!(<C as SessionManager<u64>>::new_session(2), Some(vec![1, 2]));
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2]);
		assert_eq!(last_set_event(), Some((2, vec![1, 2])));
		assert_eq!(<C as SessionManager<u64>>::new_session(3), None);
		// A round trip back to the queued set is no change either.
		assert_ok!(C::resume(root(), 3));
		assert_ok!(C::suspend(root(), 3));
		assert_eq!(<C as SessionManager<u64>>::new_session(4), None);
	});
}

#[test]
fn admitted_validator_becomes_authority_two_rotations_later() {
	build_and_execute(|| {
		assert_eq!(Session::current_index(), 0);
		assert_ok!(C::admit(
			root(),
			b"Delta".to_vec(),
			vec![Role::Participator],
			vec![41],
			Some(4)
		));
		set_keys(4);
		// Rotation into session 1: the new set is queued (for session 2), not active yet.
		Session::rotate_session();
		assert_eq!(Session::current_index(), 1);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert_eq!(Authorities::get(), vec![1, 2, 3]);
		assert!(Session::queued_keys().iter().any(|(v, _)| *v == 4));
		assert_eq!(last_set_event(), Some((2, vec![1, 2, 3, 4])));
		// Rotation into session 2: validator 4 is an authority.
		Session::rotate_session();
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
		assert_eq!(Authorities::get(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn validator_without_keys_waits_for_them() {
	build_and_execute(|| {
		assert_ok!(C::admit(
			root(),
			b"Delta".to_vec(),
			vec![Role::Participator],
			vec![41],
			Some(4)
		));
		Session::rotate_session();
		Session::rotate_session();
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert_eq!(last_set_event(), None);
		assert_eq!(QueuedValidators::<Test>::get().into_inner(), vec![1, 2, 3]);
		set_keys(4);
		Session::rotate_session();
		assert_eq!(last_set_event(), Some((4, vec![1, 2, 3, 4])));
		Session::rotate_session();
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn suspended_validator_leaves_by_block_rotation() {
	build_and_execute(|| {
		assert_ok!(C::suspend(root(), 2));
		run_to_block(SESSION_LENGTH);
		assert_eq!(Session::current_index(), 1);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		run_to_block(2 * SESSION_LENGTH);
		assert_eq!(Session::current_index(), 2);
		assert_eq!(Session::validators(), vec![1, 3]);
		assert_eq!(Authorities::get(), vec![1, 3]);
		// Nothing changes afterwards.
		run_to_block(4 * SESSION_LENGTH);
		assert_eq!(Session::validators(), vec![1, 3]);
	});
}

#[test]
fn replaced_validator_hands_over() {
	build_and_execute(|| {
		assert_ok!(C::set_validator(root(), 3, Some(7)));
		set_keys(7);
		Session::rotate_session();
		Session::rotate_session();
		assert_eq!(Session::validators(), vec![1, 2, 7]);
		assert_eq!(Authorities::get(), vec![1, 2, 7]);
	});
}

#[test]
fn empty_set_is_never_handed_over() {
	ext_with(genesis_institutions(), vec![]).execute_with(|| {
		assert!(C::next_validator_set().is_empty());
		assert_eq!(<C as SessionManager<u64>>::new_session(2), None);
		assert!(QueuedValidators::<Test>::get().is_empty());
	});
}

// ---------------------------------------------------------------- CheckMembership

fn remark() -> RuntimeCall {
	RuntimeCall::System(frame_system::Call::remark { remark: vec![] })
}

fn check(origin: RuntimeOrigin, call: &RuntimeCall) -> Result<(), TransactionValidityError> {
	crate::CheckMembership::<Test>::new()
		.validate_only(origin, call, &DispatchInfo::default(), 0, TransactionSource::External, 0)
		.map(|_| ())
}

#[test]
fn check_membership_lets_members_through() {
	build_and_execute(|| {
		assert_ok!(check(RuntimeOrigin::signed(11), &remark()));
		// The validator account acts for its institution too.
		assert_ok!(check(RuntimeOrigin::signed(1), &remark()));
		// Unsigned transactions are not its business (the pipeline's final origin check is).
		let call = remark();
		let (_, (), origin) = crate::CheckMembership::<Test>::new()
			.validate(
				RuntimeOrigin::none(),
				&call,
				&DispatchInfo::default(),
				0,
				(),
				&TxBaseImplication(&call),
				TransactionSource::External,
			)
			.unwrap();
		assert!(origin.as_signer().is_none());
	});
}

#[test]
fn check_membership_rejects_non_members() {
	build_and_execute(|| {
		let rejected = Err(InvalidTransaction::Custom(NOT_A_MEMBER).into());
		assert_eq!(check(RuntimeOrigin::signed(99), &remark()), rejected);
		// Public calls pass.
		let public = RuntimeCall::System(frame_system::Call::remark_with_event { remark: vec![] });
		assert_ok!(check(RuntimeOrigin::signed(99), &public));
		// A call public for one key only (sudo's, on a dev chain) passes for that key alone.
		assert_ok!(check(RuntimeOrigin::signed(7), &remark()));
		assert_eq!(check(RuntimeOrigin::signed(8), &remark()), rejected);
		// Suspended members are rejected; resumed ones pass again.
		assert_ok!(C::suspend(root(), 1));
		assert_eq!(check(RuntimeOrigin::signed(11), &remark()), rejected);
		assert_ok!(C::resume(root(), 1));
		assert_ok!(check(RuntimeOrigin::signed(11), &remark()));
		// Removed members are rejected.
		assert_ok!(C::remove(root(), 1));
		assert_eq!(check(RuntimeOrigin::signed(11), &remark()), rejected);
	});
}

#[test]
fn check_membership_in_block_and_weight() {
	build_and_execute(|| {
		let ext = crate::CheckMembership::<Test>::new();
		assert_eq!(ext.weight(&remark()), <() as crate::WeightInfo>::check_membership());
		let info = DispatchInfo::default();
		let rejected: TransactionValidityError = InvalidTransaction::Custom(NOT_A_MEMBER).into();
		assert_eq!(
			ext.clone()
				.validate_and_prepare(RuntimeOrigin::signed(99), &remark(), &info, 0, 0)
				.err(),
			Some(rejected)
		);
		assert!(ext
			.validate_and_prepare(RuntimeOrigin::signed(12), &remark(), &info, 0, 0)
			.is_ok());
	});
}

#[test]
fn integrity_test_passes_for_the_mock() {
	use frame_support::traits::IntegrityTest;
	build_and_execute(<C as IntegrityTest>::integrity_test);
}

// ---------------------------------------------------------------- council seats

fn seats() -> Vec<u64> {
	crate::CouncilSeats::<Test>::get().into_inner()
}

#[test]
fn council_follows_membership() {
	build_and_execute(|| {
		// Genesis: one seat per active institution, its first account.
		assert_eq!(seats(), vec![11, 21, 31]);
		assert_eq!(CouncilMembers::get(), vec![11, 21, 31]);
		// Admission gives a seat (an institution without accounts gets none yet).
		assert_ok!(C::admit(root(), b"D".to_vec(), vec![Role::Participator], vec![41, 42], None));
		assert_ok!(C::admit(root(), b"E".to_vec(), vec![Role::Participator], vec![], None));
		assert_eq!(seats(), vec![11, 21, 31, 41]);
		assert_ok!(C::add_account(root(), 5, 51));
		assert_eq!(seats(), vec![11, 21, 31, 41, 51]);
		// Suspension takes the seat, resumption gives it back.
		assert_ok!(C::suspend(root(), 2));
		assert_eq!(seats(), vec![11, 31, 41, 51]);
		assert_ok!(C::resume(root(), 2));
		assert_eq!(seats(), vec![11, 21, 31, 41, 51]);
		// Removing the voting account moves the seat to the next account.
		assert_ok!(C::remove_account(root(), 1, 11));
		assert_eq!(seats(), vec![12, 21, 31, 41, 51]);
		// Removal takes the seat for good.
		assert_ok!(C::remove(root(), 4));
		assert_eq!(seats(), vec![12, 21, 31, 51]);
		assert_eq!(CouncilMembers::get(), seats());
		assert!(System::events()
			.iter()
			.any(|r| matches!(r.event, RuntimeEvent::Consortium(Event::CouncilChanged { .. }))));
	});
}

#[test]
fn a_failed_call_leaves_the_council_alone() {
	build_and_execute(|| {
		// Beta's removal would leave one validator (the minimum is 2 after Gamma's): refused.
		assert_ok!(C::remove(root(), 3));
		assert_noop!(C::remove(root(), 2), Error::<Test>::TooFewValidators);
		assert_eq!(seats(), vec![11, 21]);
		assert_eq!(CouncilMembers::get(), vec![11, 21]);
	});
}

// ---------------------------------------------------------------- critical actions

#[test]
fn critical_actions_need_the_critical_origin() {
	build_and_execute(|| {
		assert_noop!(C::remove(RuntimeOrigin::signed(11), 3), DispatchError::BadOrigin);
		assert_noop!(C::set_min_validators(RuntimeOrigin::signed(11), 1), DispatchError::BadOrigin);
		let call = Box::new(RuntimeCall::System(frame_system::Call::remark_with_event {
			remark: b"hi".to_vec(),
		}));
		assert_noop!(
			C::dispatch_as_root(RuntimeOrigin::signed(11), call),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn dispatch_as_root_runs_the_call_as_root_and_reports_its_result() {
	build_and_execute(|| {
		// A call only root may make succeeds...
		let call = Box::new(RuntimeCall::Consortium(crate::Call::set_min_validators { min: 3 }));
		assert_ok!(C::dispatch_as_root(root(), call));
		assert_eq!(crate::MinimumValidators::<Test>::get(), 3);
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Consortium(Event::DispatchedAsRoot { result: Ok(()) })
		)));
		// ...and a failing inner call is reported, not hidden.
		let call = Box::new(RuntimeCall::Consortium(crate::Call::set_min_validators { min: 9 }));
		assert_ok!(C::dispatch_as_root(root(), call));
		assert!(System::events().iter().any(|r| matches!(
			r.event,
			RuntimeEvent::Consortium(Event::DispatchedAsRoot { result: Err(_) })
		)));
		assert_eq!(crate::MinimumValidators::<Test>::get(), 3);
	});
}

#[test]
fn the_validator_minimum_guards_suspend_and_remove() {
	build_and_execute(|| {
		assert_noop!(C::set_min_validators(root(), 0), Error::<Test>::InvalidMinValidators);
		assert_noop!(C::set_min_validators(root(), 4), Error::<Test>::InvalidMinValidators);
		assert_ok!(C::set_min_validators(root(), 3));
		assert_noop!(C::suspend(root(), 1), Error::<Test>::TooFewValidators);
		assert_noop!(C::remove(root(), 2), Error::<Test>::TooFewValidators);
		assert_noop!(C::set_validator(root(), 3, None), Error::<Test>::TooFewValidators);
		assert_ok!(C::set_min_validators(root(), 2));
		assert_ok!(C::suspend(root(), 1));
	});
}

// ---------------------------------------------------------------- nodes

fn peer(n: u8) -> crate::PeerIdOf<Test> {
	vec![0, 36, 8, 1, 18, 32, n].try_into().unwrap()
}

#[test]
fn institutions_register_their_nodes_and_only_active_ones_are_authorised() {
	build_and_execute(|| {
		assert_ok!(C::register_node(RuntimeOrigin::signed(11), peer(1)));
		assert_ok!(C::register_node(RuntimeOrigin::signed(12), peer(2)));
		assert_ok!(C::register_node(RuntimeOrigin::signed(21), peer(3)));
		assert_eq!(C::authorized_peers().len(), 3);
		// Bounded, unique, non-empty, members only.
		assert_noop!(
			C::register_node(RuntimeOrigin::signed(11), peer(4)),
			Error::<Test>::TooManyNodes
		);
		assert_noop!(
			C::register_node(RuntimeOrigin::signed(31), peer(3)),
			Error::<Test>::NodeAlreadyRegistered
		);
		assert_noop!(
			C::register_node(RuntimeOrigin::signed(31), Default::default()),
			Error::<Test>::InvalidPeerId
		);
		assert_noop!(
			C::register_node(RuntimeOrigin::signed(99), peer(5)),
			Error::<Test>::NotAMember
		);
		// Suspension disconnects the institution's nodes; removal forgets them.
		assert_ok!(C::suspend(root(), 1));
		assert_eq!(C::authorized_peers(), vec![peer(3).into_inner()]);
		assert_ok!(C::resume(root(), 1));
		assert_eq!(C::authorized_peers().len(), 3);
		assert_ok!(C::remove(root(), 1));
		assert_eq!(C::authorized_peers(), vec![peer(3).into_inner()]);
		assert_ok!(C::register_node(RuntimeOrigin::signed(31), peer(1)));
		// Only the owner deregisters.
		assert_noop!(
			C::deregister_node(RuntimeOrigin::signed(31), peer(3)),
			Error::<Test>::UnknownNode
		);
		assert_ok!(C::deregister_node(RuntimeOrigin::signed(21), peer(3)));
		assert_eq!(C::authorized_peers(), vec![peer(1).into_inner()]);
	});
}

// ---------------------------------------------------------------- migrations

#[test]
fn migration_v0_to_v1_seats_the_council_once() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		// A chain of storage version 0: no recorded seats, a council set at genesis apart.
		StorageVersion::new(0).put::<C>();
		crate::CouncilSeats::<Test>::kill();
		CouncilMembers::set(vec![11, 99]);
		crate::migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(C::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!(seats(), vec![11, 21, 31]);
		assert_eq!(CouncilMembers::get(), vec![11, 21, 31]);
		// A second run changes nothing.
		CouncilMembers::set(vec![5]);
		crate::migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(CouncilMembers::get(), vec![5]);
		CouncilMembers::set(vec![11, 21, 31]);
	});
}

/// Every call's worst case, with the generated weights, fits well inside a block (at least
/// 20 of any of them; the transaction extension at least 1,000).
#[test]
fn weights_sane() {
	use crate::WeightInfo;
	use loanshare_primitives::testing::assert_fits_in_block;
	type W = ();
	// The runtime's bound: 16 accounts per institution.
	assert_fits_in_block("admit(16)", W::admit(16), 20);
	assert_fits_in_block("remove(16)", W::remove(16), 20);
	assert_fits_in_block("set_roles", W::set_roles(), 20);
	assert_fits_in_block("add_account", W::add_account(), 20);
	assert_fits_in_block("remove_account", W::remove_account(), 20);
	assert_fits_in_block("suspend", W::suspend(), 20);
	assert_fits_in_block("resume", W::resume(), 20);
	assert_fits_in_block("set_validator", W::set_validator(), 20);
	assert_fits_in_block("register_node", W::register_node(), 20);
	assert_fits_in_block("deregister_node", W::deregister_node(), 20);
	assert_fits_in_block("set_min_validators", W::set_min_validators(), 20);
	assert_fits_in_block("dispatch_as_root", W::dispatch_as_root(), 20);
	assert_fits_in_block("check_membership", W::check_membership(), 1_000);
}
