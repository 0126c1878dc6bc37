#!/usr/bin/env bash
# Build the release node (and with it the runtime Wasm) into the shared target directory.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
cd "$here"
start=$(date +%s)
cargo build --release --locked -p loanshare-node
echo "[build] loanshare-node ready in $(( $(date +%s) - start )) s: $LOANSHARE_NODE_BIN"
