//! Builds the upgrade-test runtime's Wasm blob (the `loanshare-runtime` crate with its
//! `upgrade-test` feature) into `$CARGO_TARGET_DIR/<profile>/wbuild/loanshare-runtime-upgrade-test/`.
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
