#!/usr/bin/env bash
# The institution's client must not link the runtime or any pallet/FRAME crate: it reads
# the chain's metadata instead, so a runtime upgrade never needs a rebuilt client.
# Fails if `cargo tree` finds loanshare-runtime, a pallet or a FRAME runtime crate below it
# (frame-metadata and frame-decode, which subxt reads metadata with, are client crates).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if cargo tree --locked -p loanshare-client -i loanshare-runtime >/dev/null 2>&1; then
  echo "loanshare-client depends on loanshare-runtime:" >&2
  cargo tree --locked -p loanshare-client -i loanshare-runtime >&2
  exit 1
fi
found=$(cargo tree --locked -p loanshare-client --prefix none --edges normal,build \
  | awk '{print $1}' | sort -u | grep -E '^(loanshare-runtime|loanshare-primitives|pallet-|frame-(support|system|executive|benchmarking)|sp-runtime$|sc-)' || true)
if [ -n "$found" ]; then
  echo "loanshare-client links runtime-side crates:" >&2
  echo "$found" >&2
  exit 1
fi
echo "loanshare-client: no runtime, pallet, FRAME or node crate in its dependency tree"
echo "(cargo tree -p loanshare-client -i loanshare-runtime: $(cargo tree --locked -p loanshare-client -i loanshare-runtime 2>&1 | tail -1))"
