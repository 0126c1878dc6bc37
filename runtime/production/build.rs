//! Builds the production runtime's Wasm blob (`loanshare-runtime` without extra features) into
//! `$CARGO_TARGET_DIR/<profile>/wbuild/loanshare-runtime-production/`.
fn main() {
	substrate_wasm_builder::WasmBuilder::build_using_defaults();
}
