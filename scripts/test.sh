#!/usr/bin/env bash
# The test command: set-up, release build, every unit test, then the end-to-end
# tests against real nodes (and the zombienet scenarios where present).
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

run_stage "build node (release)" bash scripts/build.sh || { fail=1; }
if [ -z "${fail:-}" ]; then
  # Same profile and features as the node build, so the artifacts are shared.
  run_stage "chain-specs/local.json up to date" bash scripts/check-chain-spec.sh || fail=1
  run_stage "unit tests (cargo test --release --workspace)" \
    cargo test --release --locked --workspace || fail=1
  # The pallets' v2 benchmarks, run as tests in their mocks (needs the feature,
  # which must stay out of the node's build: one more compile of the FRAME stack).
  run_stage "benchmark tests (pallets, --features runtime-benchmarks)" \
    cargo test --release --locked --features runtime-benchmarks \
      -p pallet-consortium -p pallet-token -p pallet-loan-share -p pallet-key-exchange || fail=1
  run_stage "end-to-end tests (node --test, @polkadot/api)" \
    bash -c "cd tests && npm test" || fail=1
  if [ -x scripts/zombienet.sh ] && [ "${LOANSHARE_SKIP_ZOMBIENET:-0}" != 1 ]; then
    run_stage "zombienet scenarios" bash scripts/zombienet.sh || fail=1
  fi
fi

echo; echo "=== LoanShare test summary"
for i in "${!names[@]}"; do printf '%-60s %-8s %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"; done
[ -z "${fail:-}" ] && echo "ALL PASSED" || { echo "SOME STAGES FAILED"; exit 1; }
