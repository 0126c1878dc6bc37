//! Chain specifications: the built-in `dev` and `local` ones come from the
//! runtime's genesis presets; anything else is a JSON file path.
//!
//! `dev` embeds the node's own runtime build, with the benchmarks and the try-runtime checks
//! (the `benchmark` sub-command runs on it); `local`, the base of a consortium's spec,
//! embeds the production build without them (crate `loanshare-runtime-production`).
use sc_service::{ChainType, Properties};

/// The chain spec type of this node (no extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// Token symbol and decimals shown by Polkadot.js for the native fee currency.
fn properties() -> Properties {
	let mut p = Properties::new();
	p.insert("tokenSymbol".into(), "LSG".into());
	p.insert("tokenDecimals".into(), 12.into());
	p.insert("ss58Format".into(), 42.into());
	p
}

/// The development runtime (with benchmarks and try-runtime checks).
fn development_wasm() -> Result<&'static [u8], String> {
	loanshare_runtime::WASM_BINARY
		.ok_or_else(|| "the runtime Wasm was not built (SKIP_WASM_BUILD?)".to_string())
}

/// The production runtime (what a consortium runs).
fn production_wasm() -> Result<&'static [u8], String> {
	loanshare_runtime_production::WASM_BINARY
		.ok_or_else(|| "the production runtime Wasm was not built (SKIP_WASM_BUILD?)".to_string())
}

/// One node, Alice validating, sudo, four institutions.
pub fn development_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(development_wasm()?, None)
		.with_name("LoanShare Development")
		.with_id("loanshare_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// Two validating institutions (Alice, Bob) and a non-validating one; no sudo.
pub fn local_chain_spec() -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(production_wasm()?, None)
		.with_name("LoanShare Local Consortium")
		.with_id("loanshare_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// Resolve a `--chain` argument.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"dev" => Box::new(development_chain_spec()?),
		"" | "local" => Box::new(local_chain_spec()?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}
