#!/usr/bin/env bash
# The throughput benchmark (tests/bench/throughput.mjs): one dev node, saturated in turn with
# balances transfers, loanShare confirmations and publish_batch plans; prints the table of
# rates, block fullness and the ratios against their targets (docs/BENCHMARKS.md).
# Usage: scripts/throughput.sh [--quick] [--json <path>]   (build first: scripts/build.sh)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
[ -x "$LOANSHARE_NODE_BIN" ] || { echo "throughput: no node at $LOANSHARE_NODE_BIN (run scripts/build.sh)" >&2; exit 1; }
cd "$here/tests"
[ -d node_modules ] || npm ci --no-audit --no-fund
exec node bench/throughput.mjs --node "$LOANSHARE_NODE_BIN" "$@"
