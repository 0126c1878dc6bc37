# Sourced by the LoanShare scripts: where builds go and which toolchain builds the Wasm runtime.
export LOANSHARE_CACHE="${LOANSHARE_CACHE:-$HOME/.cache/loanshare}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$LOANSHARE_CACHE/target}"
# (WASM_BUILD_WORKSPACE_HINT is set for every build in .cargo/config.toml.)
if [ -f "$LOANSHARE_CACHE/toolchain.env" ]; then
  # shellcheck disable=SC1091
  . "$LOANSHARE_CACHE/toolchain.env"
  export WASM_BUILD_TOOLCHAIN
fi
export LOANSHARE_NODE_BIN="${LOANSHARE_NODE_BIN:-$CARGO_TARGET_DIR/release/loanshare-node}"
export LOANSHARE_CLI_BIN="${LOANSHARE_CLI_BIN:-$CARGO_TARGET_DIR/release/loanshare}"
# The one feature set of every build and test: the node's `benchmark` sub-command with the
# pallets' benchmarks, and the runtime's try-runtime checks (try_state after every pallet test).
# Node, unit tests, benchmark tests and clippy all use it, so the FRAME stack compiles once.
export LOANSHARE_FEATURES="loanshare-node/runtime-benchmarks,loanshare-node/try-runtime"
