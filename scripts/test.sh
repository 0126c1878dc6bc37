#!/usr/bin/env bash
# The test command: set-up, the format and feature-forwarding gates, release build,
# clippy, every unit test, then the end-to-end tests against real nodes, the web app in a
# headless browser (and the zombienet scenarios where present).
# Prints a summary table at the end; exits non-zero if any stage failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh || exit 1
. scripts/env.sh

declare -a names=() results=() times=()
run_stage() {
  local name="$1"; shift
  local t0=$(date +%s)
  echo; echo "=== $name: $*"
  "$@"; local rc=$?
  names+=("$name"); results+=("$([ $rc = 0 ] && echo PASS || echo "FAIL($rc)")"); times+=("$(( $(date +%s) - t0 ))s")
  return $rc
}

# Gates that need no build: formatting and feature forwarding.
run_stage "format (cargo fmt --all -- --check)" cargo fmt --all -- --check || fail=1
run_stage "feature forwarding (scripts/check-features.py)" \
  python3 scripts/check-features.py || fail=1
run_stage "client links no runtime or pallet crate (scripts/check-client-deps.sh)" \
  bash scripts/check-client-deps.sh || fail=1
run_stage "build node and client (release)" bash scripts/build.sh || { fail=1; build_failed=1; }
if [ -z "${build_failed:-}" ]; then
  # Lints as errors, in the release profile so that build scripts (the runtime's Wasm
  # build among them) and proc macros are those of the build above.
  run_stage "clippy (release, all targets, -D warnings)" \
    cargo clippy --release --locked --workspace --all-targets --features "$LOANSHARE_FEATURES" \
      -- -D warnings || fail=1
  # Same profile and features as the node build, so the artifacts are shared.
  run_stage "chain-specs/local.json up to date" bash scripts/check-chain-spec.sh || fail=1
  # With the build's features: the pallets' v2 benchmarks run as tests in their mocks, and
  # every pallet's try_state runs on each genesis preset (runtime/src/tests.rs) and after
  # every pallet test.
  # scripts/with-postgres.sh starts a throwaway PostgreSQL for the mirror's tests (which then
  # run on SQLite and PostgreSQL alike) and stops it afterwards.
  run_stage "unit + benchmark + try-state tests (cargo test --release --workspace)" \
    env LOANSHARE_TEST_REQUIRE_POSTGRES=1 bash scripts/with-postgres.sh \
      cargo test --release --locked --workspace --features "$LOANSHARE_FEATURES" || fail=1
  # The benchmark commands stay runnable: every benchmark once into a temporary directory
  # (scripts/benchmark.sh --quick), and the throughput benchmark's short mode, whose table
  # is printed (a measurement: it fails only when something breaks, not on a missed target).
  run_stage "benchmarks run (scripts/benchmark.sh --quick)" bash scripts/benchmark.sh --quick || fail=1
  run_stage "throughput benchmark (scripts/throughput.sh --quick)" bash scripts/throughput.sh --quick || fail=1
  run_stage "client and agent rates (scripts/client-bench.sh --quick)" bash scripts/client-bench.sh --quick || fail=1
  # Handoff delivery at saturation (a burst of ~100 confirmations, the agent delivers them all);
  # its table and JSON are printed.
  run_stage "handoff delivery at saturation (scripts/handoff-bench.sh --quick)" bash scripts/handoff-bench.sh --quick || fail=1
  # The JavaScript SDK (sdk/js): its build and browser bundles, the envelope on the Rust
  # crate's vectors, its published types, and against a dev node (no warning on connect,
  # publish/confirm, a delivery opened by the SDK and by the Rust client, finalised events).
  run_stage "JS SDK (sdk/js: npm test)" bash -c "cd sdk/js && npm test" || fail=1
  # The client's tests run one agent on SQLite and one on the PostgreSQL started here.
  run_stage "end-to-end tests (node --test: nodes, client, agents)" \
    env LOANSHARE_TEST_REQUIRE_POSTGRES=1 bash scripts/with-postgres.sh bash -c "cd tests && npm test" || fail=1
  # The loan officers' web app in headless Chromium (Debian's chromium driven by puppeteer-core)
  # against a dev node and two agents; its screenshots go to $LOANSHARE_CACHE/artifacts/web.
  run_stage "web app in Chromium (tests/web, screenshots in $LOANSHARE_CACHE/artifacts/web)" \
    bash -c "cd tests && npm run test:web" || fail=1
  if [ -x scripts/zombienet.sh ] && [ "${LOANSHARE_SKIP_ZOMBIENET:-0}" != 1 ]; then
    run_stage "zombienet scenarios" bash scripts/zombienet.sh || fail=1
  fi
fi

echo; echo "=== LoanShare test summary"
for i in "${!names[@]}"; do printf '%-60s %-8s %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"; done
[ -z "${fail:-}" ] && echo "ALL PASSED" || { echo "SOME STAGES FAILED"; exit 1; }
