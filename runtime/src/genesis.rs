//! Genesis presets: `development` (one validator, sudo, four institutions) and
//! `local_testnet` (two validating institutions plus a non-validating one, no sudo).
//!
//! Both use the well-known development keys (Alice, Bob, ...): they are for
//! development and CI only. A consortium spec is produced from `local_testnet`
//! and edited (see chain-specs/README.md).
//!
//! A patch is built with `build_struct_json_patch!` over [`RuntimeGenesisConfig`]:
//! the pallets' own genesis types are filled in, so a renamed or retyped genesis
//! field breaks the build instead of the chain spec, and only the fields set here
//! appear in the patch (the node merges it over the default config). Founding
//! institutions are [`GenesisInstitution`]s, JSON objects in the patch.
use crate::*;
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use pallet_consortium::genesis::GenesisInstitution;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{PresetId, DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// Native balance every well-known account starts with (pays transaction fees).
const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// An institution of a preset: name, roles, the account acting for it, and
/// whether it runs a validator (whose account is the key's `//stash` derivation,
/// since an account acts for one role only).
pub struct PresetInstitution {
	/// Display name.
	pub name: &'static str,
	/// Roles in the consortium.
	pub roles: &'static [Role],
	/// The well-known key acting for it.
	pub key: Sr25519Keyring,
	/// Whether it runs a validator.
	pub validator: bool,
	/// The peer id of its node, registered at genesis (a closed network), if any.
	pub node: Option<&'static [u8]>,
}

/// The peer id of the node key `0x00…01` (`--node-key`, as `scripts/run-local.sh` starts Alpha's
/// validator): 12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp. Development only.
pub const ALPHA_NODE: &[u8] = &[
	0x00, 0x24, 0x08, 0x01, 0x12, 0x20, 0x4c, 0xb5, 0xab, 0xf6, 0xad, 0x79, 0xfb, 0xf5, 0xab, 0xbc,
	0xca, 0xfc, 0xc2, 0x69, 0xd8, 0x5c, 0xd2, 0x65, 0x1e, 0xd4, 0xb8, 0x85, 0xb5, 0x86, 0x9f, 0x24,
	0x1a, 0xed, 0xf0, 0xa5, 0xba, 0x29,
];
/// The peer id of the node key `0x00…02` (Beta's validator in `scripts/run-local.sh`):
/// 12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD. Development only.
pub const BETA_NODE: &[u8] = &[
	0x00, 0x24, 0x08, 0x01, 0x12, 0x20, 0x74, 0x22, 0xb9, 0x88, 0x75, 0x98, 0x06, 0x8e, 0x32, 0xc4,
	0x44, 0x8a, 0x94, 0x9a, 0xdb, 0x29, 0x0d, 0x0f, 0x4e, 0x35, 0xb9, 0xe0, 0x1b, 0x0e, 0xe5, 0xf1,
	0xa1, 0xe6, 0x00, 0xfe, 0x26, 0x74,
];

/// The institutions of the `development` preset: Alpha validates alone.
pub const DEV_INSTITUTIONS: &[PresetInstitution] = &[
	PresetInstitution {
		name: "Alpha Credit",
		roles: &[Role::Contributor, Role::Participator, Role::TokenIssuer],
		key: Sr25519Keyring::Alice,
		validator: true,
		node: None,
	},
	PresetInstitution {
		name: "Beta Finance",
		roles: &[Role::Contributor, Role::Participator],
		key: Sr25519Keyring::Bob,
		validator: false,
		node: None,
	},
	PresetInstitution {
		name: "Gamma Lending",
		roles: &[Role::Participator],
		key: Sr25519Keyring::Charlie,
		validator: false,
		node: None,
	},
	PresetInstitution {
		name: "Delta Data",
		roles: &[Role::DataServiceProvider, Role::Participator],
		key: Sr25519Keyring::Dave,
		validator: false,
		node: None,
	},
];

/// The institutions of the `local_testnet` preset: Alpha and Beta validate.
pub const LOCAL_INSTITUTIONS: &[PresetInstitution] = &[
	PresetInstitution {
		name: "Alpha Credit",
		roles: &[Role::Contributor, Role::Participator, Role::TokenIssuer],
		key: Sr25519Keyring::Alice,
		validator: true,
		node: Some(ALPHA_NODE),
	},
	PresetInstitution {
		name: "Beta Finance",
		roles: &[Role::Contributor, Role::Participator],
		key: Sr25519Keyring::Bob,
		validator: true,
		node: Some(BETA_NODE),
	},
	PresetInstitution {
		name: "Gamma Lending",
		roles: &[Role::Participator],
		key: Sr25519Keyring::Charlie,
		validator: false,
		node: None,
	},
];

/// The validator account of a well-known institution key.
pub fn validator_account(key: Sr25519Keyring) -> AccountId {
	let stash = match key {
		Sr25519Keyring::Alice => Sr25519Keyring::AliceStash,
		Sr25519Keyring::Bob => Sr25519Keyring::BobStash,
		Sr25519Keyring::Charlie => Sr25519Keyring::CharlieStash,
		Sr25519Keyring::Dave => Sr25519Keyring::DaveStash,
		Sr25519Keyring::Eve => Sr25519Keyring::EveStash,
		_ => Sr25519Keyring::FerdieStash,
	};
	stash.to_account_id()
}

/// The session keys of a well-known validator.
fn session_keys(key: Sr25519Keyring) -> SessionKeys {
	let grandpa = match key {
		Sr25519Keyring::Alice => Ed25519Keyring::Alice,
		Sr25519Keyring::Bob => Ed25519Keyring::Bob,
		Sr25519Keyring::Charlie => Ed25519Keyring::Charlie,
		Sr25519Keyring::Dave => Ed25519Keyring::Dave,
		Sr25519Keyring::Eve => Ed25519Keyring::Eve,
		_ => Ed25519Keyring::Ferdie,
	};
	SessionKeys { aura: AuraId::from(key.public()), grandpa: GrandpaId::from(grandpa.public()) }
}

/// Consortium tokens of the `development` preset, so a demo can confirm at once:
/// Beta, Gamma and Delta hold 10,000.00 TOKEN each (1 unit = 1 fen).
const DEV_TOKEN_BALANCES: &[(InstitutionId, TokenBalance)] =
	&[(2, 1_000_000), (3, 1_000_000), (4, 1_000_000)];

/// The founding institutions of a preset, as the consortium genesis lists them.
pub fn genesis_institutions(
	institutions: &[PresetInstitution],
) -> Vec<GenesisInstitution<AccountId>> {
	institutions
		.iter()
		.map(|i| GenesisInstitution {
			name: i.name.as_bytes().to_vec(),
			roles: i.roles.to_vec(),
			accounts: vec![i.key.to_account_id()],
			validator: i.validator.then(|| validator_account(i.key)),
			nodes: i.node.map(|n| vec![n.to_vec()]).unwrap_or_default(),
		})
		.collect()
}

/// Build the genesis patch of a preset: only the fields set here end up in the patch, the
/// rest of [`RuntimeGenesisConfig`] keeps its defaults.
fn genesis(
	institutions: &[PresetInstitution],
	sudo: Option<AccountId>,
	token_balances: &[(InstitutionId, TokenBalance)],
	min_validators: u32,
) -> Value {
	let endowed: Vec<(AccountId, Balance)> =
		Sr25519Keyring::iter().map(|k| (k.to_account_id(), ENDOWMENT)).collect();
	let session_keys: Vec<(AccountId, AccountId, SessionKeys)> = institutions
		.iter()
		.filter(|i| i.validator)
		.map(|i| (validator_account(i.key), validator_account(i.key), session_keys(i.key)))
		.collect();
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances: endowed },
		session: SessionConfig { keys: session_keys },
		sudo: SudoConfig { key: sudo },
		// The council's seats follow the institutions (pallet-consortium seats it).
		consortium: ConsortiumConfig {
			institutions: genesis_institutions(institutions),
			min_validators: Some(min_validators),
		},
		token: TokenConfig { balances: token_balances.to_vec() },
	})
}

/// The JSON patch of a named preset.
pub fn preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		DEV_RUNTIME_PRESET => genesis(
			DEV_INSTITUTIONS,
			Some(Sr25519Keyring::Alice.to_account_id()),
			DEV_TOKEN_BALANCES,
			1,
		),
		LOCAL_TESTNET_RUNTIME_PRESET => genesis(LOCAL_INSTITUTIONS, None, &[], 2),
		_ => return None,
	};
	serde_json::to_vec(&patch).ok()
}

/// The names of the presets.
pub fn preset_names() -> Vec<PresetId> {
	vec![PresetId::from(DEV_RUNTIME_PRESET), PresetId::from(LOCAL_TESTNET_RUNTIME_PRESET)]
}
