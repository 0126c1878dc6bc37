//! Runtime-level tests of the genesis presets: each preset's JSON patch is merged over the
//! default genesis config, as a node does when it builds a chain spec, built into storage,
//! and the resulting consortium, validator set, council, sudo key and token balances are
//! checked against what the preset promises. With the `try-runtime` feature every pallet's
//! `try_state` must also accept the genesis state.
use crate::{genesis, AccountId, Grandpa, Runtime, RuntimeGenesisConfig, Session, TokenBalance};
use frame_support::genesis_builder_helper::build_state;
use loanshare_primitives::{InstitutionId, Role};
use pallet_consortium::{InstitutionStatus, Institutions, NextInstitutionId, Validators};
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What a preset must produce, written out independently of the preset's own tables.
struct Expected {
	/// `(name, sorted roles, acting key, runs a validator)` of each institution, in id order.
	institutions: &'static [(&'static str, &'static [Role], Sr25519Keyring, bool)],
	/// The sudo key, if any.
	sudo: Option<Sr25519Keyring>,
	/// Consortium token balances `(institution, units)`; every other institution holds none.
	tokens: &'static [(InstitutionId, TokenBalance)],
}

/// The `development` preset: four institutions, Alpha validates alone, Alice is sudo.
const DEV: Expected = Expected {
	institutions: &[
		(
			"Alpha Credit",
			&[Role::Contributor, Role::Participator, Role::TokenIssuer],
			Sr25519Keyring::Alice,
			true,
		),
		("Beta Finance", &[Role::Contributor, Role::Participator], Sr25519Keyring::Bob, false),
		("Gamma Lending", &[Role::Participator], Sr25519Keyring::Charlie, false),
		(
			"Delta Data",
			&[Role::Participator, Role::DataServiceProvider],
			Sr25519Keyring::Dave,
			false,
		),
	],
	sudo: Some(Sr25519Keyring::Alice),
	tokens: &[(2, 1_000_000), (3, 1_000_000), (4, 1_000_000)],
};

/// The `local_testnet` preset: three institutions, Alpha and Beta validate, no sudo.
const LOCAL: Expected = Expected {
	institutions: &[
		(
			"Alpha Credit",
			&[Role::Contributor, Role::Participator, Role::TokenIssuer],
			Sr25519Keyring::Alice,
			true,
		),
		("Beta Finance", &[Role::Contributor, Role::Participator], Sr25519Keyring::Bob, true),
		("Gamma Lending", &[Role::Participator], Sr25519Keyring::Charlie, false),
	],
	sudo: None,
	tokens: &[],
};

/// The expectations of a preset, by name.
fn expected(id: &PresetId) -> &'static Expected {
	match id.as_ref() {
		DEV_RUNTIME_PRESET => &DEV,
		LOCAL_TESTNET_RUNTIME_PRESET => &LOCAL,
		other => panic!("no expectations written for preset {other}"),
	}
}

/// The GRANDPA key of a well-known validator (the preset's convention).
fn grandpa_key(key: Sr25519Keyring) -> GrandpaId {
	let ed = match key {
		Sr25519Keyring::Alice => Ed25519Keyring::Alice,
		Sr25519Keyring::Bob => Ed25519Keyring::Bob,
		other => panic!("no GRANDPA key expected for {other:?}"),
	};
	GrandpaId::from(ed.public())
}

/// JSON merge as the node applies a preset patch: objects merge key by key, anything else
/// replaces the default.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		},
		(base, patch) => *base = patch,
	}
}

/// The preset's JSON patch, parsed.
fn patch_of(id: &PresetId) -> Value {
	let bytes = genesis::preset(id).unwrap_or_else(|| panic!("preset {id} is missing"));
	serde_json::from_slice(&bytes).expect("a preset patch is JSON")
}

/// Storage built from the default genesis config with the preset's patch merged over it.
fn ext_for(id: &PresetId) -> sp_io::TestExternalities {
	let mut config =
		serde_json::to_value(RuntimeGenesisConfig::default()).expect("the default config is JSON");
	merge(&mut config, patch_of(id));
	let json = serde_json::to_vec(&config).expect("the merged config is JSON");
	let mut ext = sp_io::TestExternalities::new_empty();
	ext.execute_with(|| {
		build_state::<RuntimeGenesisConfig>(json)
			.unwrap_or_else(|e| panic!("preset {id} does not build: {e}"))
	});
	ext
}

/// Check the genesis state of a preset against its expectations.
fn assert_genesis(id: &PresetId) {
	let want = expected(id);
	let validators: Vec<Sr25519Keyring> =
		want.institutions.iter().filter(|i| i.3).map(|i| i.2).collect();
	let mut validator_accounts: Vec<AccountId> =
		validators.iter().map(|k| genesis::validator_account(*k)).collect();
	validator_accounts.sort();

	ext_for(id).execute_with(|| {
		// The institutions, admitted in order with ids 1, 2, …
		let count = want.institutions.len() as InstitutionId;
		assert_eq!(NextInstitutionId::<Runtime>::get(), count + 1, "{id}: institution count");
		for (index, (name, roles, key, validates)) in want.institutions.iter().enumerate() {
			let inst_id = index as InstitutionId + 1;
			let inst = Institutions::<Runtime>::get(inst_id)
				.unwrap_or_else(|| panic!("{id}: institution {inst_id} is missing"));
			assert_eq!(inst.name.to_vec(), name.as_bytes().to_vec(), "{id}: name of {inst_id}");
			assert_eq!(inst.roles.to_vec(), roles.to_vec(), "{id}: roles of {name}");
			assert_eq!(inst.accounts.to_vec(), vec![key.to_account_id()], "{id}: {name}");
			let validator = validates.then(|| genesis::validator_account(*key));
			assert_eq!(inst.validator, validator, "{id}: validator of {name}");
			assert_eq!(inst.status, InstitutionStatus::Active, "{id}: status of {name}");
		}
		assert!(Institutions::<Runtime>::get(count + 1).is_none());

		// The validator set, as the consortium and pallet-session see it, and the
		// authorities derived from the session keys.
		assert_eq!(Validators::<Runtime>::get().into_inner(), validator_accounts, "{id}");
		let mut session_validators = Session::validators();
		session_validators.sort();
		assert_eq!(session_validators, validator_accounts, "{id}: session validators");
		let mut aura: Vec<AuraId> = validators.iter().map(|k| AuraId::from(k.public())).collect();
		aura.sort();
		let mut aura_now = pallet_aura::Authorities::<Runtime>::get().into_inner();
		aura_now.sort();
		assert_eq!(aura_now, aura, "{id}: Aura authorities");
		let mut grandpa: Vec<GrandpaId> = validators.iter().map(|k| grandpa_key(*k)).collect();
		grandpa.sort();
		let mut grandpa_now: Vec<GrandpaId> =
			Grandpa::grandpa_authorities().into_iter().map(|(k, _)| k).collect();
		grandpa_now.sort();
		assert_eq!(grandpa_now, grandpa, "{id}: GRANDPA authorities");

		// One council seat per institution, for its acting account, seated by the consortium.
		assert_eq!(
			pallet_consortium::CouncilSeats::<Runtime>::get().into_inner(),
			pallet_collective::Members::<Runtime, crate::CouncilInstance>::get(),
			"{id}: council seats"
		);
		let mut council: Vec<AccountId> =
			want.institutions.iter().map(|i| i.2.to_account_id()).collect();
		council.sort();
		assert_eq!(
			pallet_collective::Members::<Runtime, crate::CouncilInstance>::get(),
			council,
			"{id}: council"
		);

		assert_eq!(
			pallet_sudo::Key::<Runtime>::get(),
			want.sudo.map(|k| k.to_account_id()),
			"{id}: sudo"
		);

		for inst_id in 1..=count {
			let units =
				want.tokens.iter().find(|(i, _)| *i == inst_id).map(|(_, b)| *b).unwrap_or(0);
			assert_eq!(
				pallet_token::Balances::<Runtime>::get(inst_id),
				units,
				"{id}: tokens of institution {inst_id}"
			);
		}
	});
}

#[test]
fn preset_names_are_development_and_local_testnet() {
	let names = genesis::preset_names();
	assert_eq!(
		names,
		vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
	);
	assert!(genesis::preset(&PresetId::from("no-such-preset")).is_none());
}

#[test]
fn every_preset_builds_the_expected_genesis() {
	for id in genesis::preset_names() {
		assert_genesis(&id);
	}
}

#[test]
fn presets_list_institutions_as_named_objects() {
	for id in genesis::preset_names() {
		let patch = patch_of(&id);
		let institutions = patch["consortium"]["institutions"]
			.as_array()
			.unwrap_or_else(|| panic!("{id}: consortium.institutions is not a list"));
		assert_eq!(institutions.len(), expected(&id).institutions.len(), "{id}");
		for institution in institutions {
			let fields = institution.as_object().expect("an institution is a JSON object");
			let mut keys: Vec<&str> = fields.keys().map(|k| k.as_str()).collect();
			keys.sort();
			assert_eq!(keys, vec!["accounts", "name", "nodes", "roles", "validator"], "{id}");
		}
		// Only what the preset sets is in the patch; the rest keeps its defaults.
		let mut sections: Vec<&str> =
			patch.as_object().expect("a patch is an object").keys().map(|k| k.as_str()).collect();
		sections.sort();
		assert_eq!(sections, vec!["balances", "consortium", "session", "sudo", "token"], "{id}");
	}
}

#[cfg(feature = "try-runtime")]
#[test]
fn every_preset_passes_try_state() {
	use crate::{AllPalletsWithSystem, BlockNumber};
	use frame_support::traits::{TryState, TryStateSelect};
	for id in genesis::preset_names() {
		ext_for(&id).execute_with(|| {
			let block: BlockNumber = frame_system::Pallet::<Runtime>::block_number();
			AllPalletsWithSystem::try_state(block, TryStateSelect::All)
				.unwrap_or_else(|e| panic!("{id}: try_state failed: {e:?}"));
		});
	}
}

#[cfg(feature = "try-runtime")]
#[test]
fn try_state_catches_a_broken_validator_set() {
	use crate::{AllPalletsWithSystem, BlockNumber};
	use frame_support::traits::{TryState, TryStateSelect};
	for id in genesis::preset_names() {
		ext_for(&id).execute_with(|| {
			// The consortium's validators no longer match its institutions.
			Validators::<Runtime>::kill();
			let block: BlockNumber = frame_system::Pallet::<Runtime>::block_number();
			assert!(
				AllPalletsWithSystem::try_state(block, TryStateSelect::All).is_err(),
				"{id}: try_state accepted a validator set out of sync"
			);
		});
	}
}

#[test]
fn the_local_preset_closes_the_network_to_its_validators_nodes() {
	let mut ext = ext_for(&PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET));
	ext.execute_with(|| {
		let mut peers = crate::Consortium::authorized_peers();
		peers.sort();
		let mut want = vec![genesis::ALPHA_NODE.to_vec(), genesis::BETA_NODE.to_vec()];
		want.sort();
		assert_eq!(peers, want);
		assert_eq!(pallet_consortium::MinimumValidators::<Runtime>::get(), 2);
	});
	let mut ext = ext_for(&PresetId::from(DEV_RUNTIME_PRESET));
	ext.execute_with(|| {
		assert!(crate::Consortium::authorized_peers().is_empty(), "the dev chain stays open");
		assert_eq!(pallet_consortium::MinimumValidators::<Runtime>::get(), 1);
	});
}

#[test]
fn only_the_sudo_key_of_the_dev_chain_may_sign_sudo_as_a_non_member() {
	use crate::{RuntimeCall, RuntimeOrigin};
	use frame_support::{dispatch::DispatchInfo, pallet_prelude::TransactionSource};
	use sp_runtime::traits::DispatchTransaction;
	let check = |who: Sr25519Keyring, call: &RuntimeCall| {
		pallet_consortium::CheckMembership::<Runtime>::new()
			.validate_only(
				RuntimeOrigin::signed(who.to_account_id()),
				call,
				&DispatchInfo::default(),
				0,
				TransactionSource::External,
				0,
			)
			.is_ok()
	};
	let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
	let sudo = RuntimeCall::Sudo(pallet_sudo::Call::sudo { call: Box::new(remark.clone()) });
	ext_for(&PresetId::from(DEV_RUNTIME_PRESET)).execute_with(|| {
		// Alice holds the dev chain's sudo key (and acts for Alpha); Ferdie acts for nobody.
		assert!(check(Sr25519Keyring::Alice, &sudo));
		assert!(!check(Sr25519Keyring::Ferdie, &sudo), "a non-member's sudo call must not pass");
		assert!(!check(Sr25519Keyring::Ferdie, &remark));
	});
	ext_for(&PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)).execute_with(|| {
		// No sudo key on the local chain: nobody outside the consortium gets in.
		assert!(!check(Sr25519Keyring::Ferdie, &sudo));
	});
}

/// `0x…` hex to bytes (test data only).
#[cfg(feature = "try-runtime")]
fn unhex(text: &str) -> Vec<u8> {
	let digits = text.trim_start_matches("0x").as_bytes();
	let nibble = |c: u8| (c as char).to_digit(16).expect("hex digit") as u8;
	digits.chunks(2).map(|pair| (nibble(pair[0]) << 4) | nibble(pair[1])).collect()
}

/// The migrations run on the real state of a spec-100 chain: the `local` chain of the
/// previous release (its committed chain spec), started with that release's runtime and
/// dumped with `state_getPairs` (`tests-data/local-spec100-snapshot.json`, `:code` left
/// out). Every migration's `pre_upgrade`/`post_upgrade` and every pallet's `try_state` run.
#[cfg(feature = "try-runtime")]
#[test]
fn the_migrations_upgrade_a_spec_100_chain_snapshot() {
	use frame_support::traits::{GetStorageVersion, StorageVersion, UpgradeCheckSelect};
	let snapshot: Value =
		serde_json::from_str(include_str!("../tests-data/local-spec100-snapshot.json"))
			.expect("a JSON snapshot");
	assert_eq!(snapshot["specVersion"], 100);
	let top = snapshot["pairs"]
		.as_array()
		.expect("key/value pairs")
		.iter()
		.map(|pair| {
			(unhex(pair[0].as_str().expect("a key")), unhex(pair[1].as_str().expect("a value")))
		})
		.collect();
	let storage = sp_core::storage::Storage { top, children_default: Default::default() };
	sp_io::TestExternalities::new(storage).execute_with(|| {
		type Consortium = pallet_consortium::Pallet<Runtime>;
		assert_eq!(Consortium::on_chain_storage_version(), StorageVersion::new(0));
		assert!(pallet_consortium::CouncilSeats::<Runtime>::get().is_empty());
		crate::Executive::try_runtime_upgrade(UpgradeCheckSelect::All)
			.expect("every migration and every try_state pass");
		assert_eq!(Consortium::on_chain_storage_version(), StorageVersion::new(1));
		let seats = pallet_consortium::CouncilSeats::<Runtime>::get().into_inner();
		assert_eq!(seats.len(), 3, "Alpha, Beta and Gamma each hold a seat");
		assert_eq!(seats, pallet_collective::Members::<Runtime, crate::CouncilInstance>::get());
		assert_eq!(
			pallet_loan_share::Pallet::<Runtime>::on_chain_storage_version(),
			StorageVersion::new(3)
		);
		assert_eq!(
			pallet_key_exchange::Pallet::<Runtime>::on_chain_storage_version(),
			StorageVersion::new(1)
		);
	});
}

#[test]
fn on_the_local_chain_an_admitted_institution_pays_its_own_fees() {
	use crate::{configs::AccountEndowment, Balances, RuntimeCall, RuntimeOrigin};
	use frame_support::{dispatch::GetDispatchInfo, traits::fungible::Inspect};
	use sp_runtime::traits::Dispatchable;
	ext_for(&LOCAL_TESTNET_RUNTIME_PRESET.into()).execute_with(|| {
		frame_system::Pallet::<Runtime>::set_block_number(1);
		let newcomer = AccountId::from([7u8; 32]);
		assert_eq!(Balances::balance(&newcomer), 0);
		// What the council's motion dispatches (its origin is checked by the council tests).
		let admit = RuntimeCall::Consortium(pallet_consortium::Call::admit {
			name: b"Epsilon Bank".to_vec(),
			roles: vec![Role::Participator],
			accounts: vec![newcomer.clone()],
			validator: None,
		});
		assert!(admit.dispatch(RuntimeOrigin::root()).is_ok());
		assert_eq!(Balances::balance(&newcomer), AccountEndowment::get());

		// Its first transaction's fee is affordable many times over.
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![0; 64] });
		let fee = pallet_transaction_payment::Pallet::<Runtime>::compute_fee(
			100,
			&remark.get_dispatch_info(),
			0,
		);
		assert!(fee > 0);
		assert!(fee.saturating_mul(1_000) < AccountEndowment::get(), "fee {fee}");
	});
}

/// Every LoanShare call's worst case, with the runtime's generated weights and database
/// weights, fits well inside the normal share of a block: a single call within 5% of it
/// (so a block holds at least 20 of the heaviest), a batch or hook at its bound within 50%.
#[test]
fn every_calls_worst_case_fits_well_inside_a_block() {
	use crate::configs::RuntimeBlockWeights;
	use frame_support::{dispatch::DispatchClass, traits::Get, weights::Weight};
	use pallet_consortium::WeightInfo as _;
	use pallet_key_exchange::WeightInfo as _;
	use pallet_loan_share::WeightInfo as _;
	use pallet_token::WeightInfo as _;
	type Consortium = pallet_consortium::weights::SubstrateWeight<Runtime>;
	type Token = pallet_token::weights::SubstrateWeight<Runtime>;
	type LoanShare = pallet_loan_share::weights::SubstrateWeight<Runtime>;
	type KeyExchange = pallet_key_exchange::weights::SubstrateWeight<Runtime>;

	let normal = RuntimeBlockWeights::get()
		.get(DispatchClass::Normal)
		.max_total
		.expect("a normal limit")
		.ref_time();
	let single = normal / 20;
	let bulk = normal / 2;
	let accounts = <Runtime as pallet_consortium::Config>::MaxAccountsPerInstitution::get();
	let batch = <Runtime as pallet_loan_share::Config>::MaxBatch::get();
	let participants = <Runtime as pallet_loan_share::Config>::MaxParticipants::get();
	let expiries = <Runtime as pallet_loan_share::Config>::MaxExpiriesPerBlock::get();
	let reaps: u32 = <Runtime as pallet_loan_share::Config>::MaxReapsPerBlock::get();
	let deliveries = <Runtime as pallet_key_exchange::Config>::MaxDeliveryBatch::get();
	let settlements = <Runtime as pallet_key_exchange::Config>::MaxAutoSettlePerBlock::get();

	let singles: Vec<(&str, Weight)> = vec![
		("consortium.admit", Consortium::admit(accounts)),
		("consortium.remove", Consortium::remove(accounts)),
		("consortium.set_roles", Consortium::set_roles()),
		("consortium.add_account", Consortium::add_account()),
		("consortium.set_validator", Consortium::set_validator()),
		("consortium.register_node", Consortium::register_node()),
		("CheckMembership", Consortium::check_membership()),
		("token.recharge", Token::recharge()),
		("token.transfer", Token::transfer()),
		("loanShare.publish", LoanShare::publish()),
		("loanShare.confirm", LoanShare::confirm()),
		("loanShare.confirm_and_fill", LoanShare::confirm_and_fill()),
		("loanShare.withdraw", LoanShare::withdraw()),
		("loanShare.expire", LoanShare::expire()),
		("loanShare.reap(MaxParticipants)", LoanShare::reap(participants)),
		("keyExchange.register_key", KeyExchange::register_key()),
		("keyExchange.deliver", KeyExchange::deliver()),
		("keyExchange.refund", KeyExchange::refund()),
		("keyExchange.accept", KeyExchange::accept()),
		("keyExchange.prove_bad_delivery", KeyExchange::prove_bad_delivery()),
		("keyExchange.complain", KeyExchange::complain()),
		("keyExchange.rule", KeyExchange::rule()),
	];
	for (name, weight) in singles {
		assert!(weight.ref_time() > 0, "{name}: no weight");
		assert!(weight.ref_time() <= single, "{name}: {weight:?} is over 5% of a block");
	}
	let bulks: Vec<(&str, Weight)> = vec![
		("loanShare.publish_batch(MaxBatch)", LoanShare::publish_batch(batch)),
		("loanShare on_idle expiry", LoanShare::on_idle_expire(expiries)),
		("loanShare reaping", LoanShare::reap(participants).saturating_mul(reaps.into())),
		("keyExchange.deliver_batch(MaxDeliveryBatch)", KeyExchange::deliver_batch(deliveries)),
		("keyExchange automatic settlement", KeyExchange::settle_due(settlements)),
	];
	for (name, weight) in bulks {
		assert!(weight.ref_time() <= bulk, "{name}: {weight:?} is over half a block");
	}
}
