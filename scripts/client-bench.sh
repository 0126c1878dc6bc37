#!/usr/bin/env bash
# The institution software's rates on a dev node (tests/bench/agent-bench.mjs): import of
# an XLSX sheet, the agent's delivery of a backlog, and the mirror's catch-up from block 1.
#
#   scripts/client-bench.sh            1,000-row sheet, 240 handoffs
#   scripts/client-bench.sh --quick    200 rows, 60 handoffs (run by the test command)
#   scripts/client-bench.sh --mirror-url ws://HOST:PORT   also a catch-up of an existing chain
#
# Needs the release build (scripts/build.sh). Prints a table (or JSON with --json).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
cd "$here/tests"
[ -d node_modules ] || npm ci --no-audit --no-fund
exec node bench/agent-bench.mjs "$@"
