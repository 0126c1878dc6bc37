#!/usr/bin/env bash
# Build the release node (and with it the runtime Wasm) into the shared target directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
cd "$here"
start=$(date +%s)
# Node and CLI together: they then share one feature set (and all artifacts).
# With them, the upgrade-test runtime's Wasm (the runtime-upgrade scenario's target).
cargo build --release --locked --features "$LOANSHARE_FEATURES" \
  -p loanshare-node -p loanshare-client -p loanshare-runtime-upgrade-test -p loanshare-runtime-production
echo "[build] loanshare-node and loanshare ready in $(( $(date +%s) - start )) s: $LOANSHARE_NODE_BIN"
