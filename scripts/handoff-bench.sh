#!/usr/bin/env bash
# Handoff delivery at saturation on a dev node (tests/bench/handoff-bench.mjs): Alpha's agent
# runs, a burst of confirmations of Alpha's plans arrives at once, and the agent delivers every
# handoff. Reports the blocks the deliveries span, deliveries per block (max, mean), the
# blocks from each confirmation to its delivery (p50, p95) and the seconds taken.
#
#   scripts/handoff-bench.sh                  about 1,000 confirmations (334 plans × 3 participants)
#   scripts/handoff-bench.sh --quick          about 100 (run by the test command)
#   scripts/handoff-bench.sh --confirmations N
#
# Needs the release build (scripts/build.sh). Prints a table and the result as JSON (only
# the JSON with --json).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
cd "$here/tests"
[ -d node_modules ] || npm ci --no-audit --no-fund
exec node bench/handoff-bench.mjs "$@"
