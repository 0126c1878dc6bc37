#!/usr/bin/env bash
# Run the zombienet scenarios (zombienet/*.zndsl) against the loanshare-node binary, each with
# the native provider and a time limit, and print a PASS/FAIL + seconds summary.
#
#   scripts/zombienet.sh                 # every enabled scenario
#   scripts/zombienet.sh 0003            # only the scenarios whose file name starts so
#   scripts/zombienet.sh --list          # the scenarios, enabled or not, and their limits
#   scripts/zombienet.sh --spawn four-institutions   # start a network and keep it running (Ctrl+C stops it)
#
# Environment: LOANSHARE_NODE_BIN (default: $CARGO_TARGET_DIR/release/loanshare-node, i.e.
# ~/.cache/loanshare/target/release/loanshare-node), LOANSHARE_ZOMBIENET_RUNS (where each
# run's node logs and measurements go; default ~/.cache/loanshare/zombienet),
# LOANSHARE_ZOMBIENET_TIMEOUT_SCALE (multiplies every scenario's limit; default 1).
# It exports for the network files and js-scripts: LOANSHARE_ZOMBIENET_DIR (zombienet/),
# LOANSHARE_CLI_BIN (the loanshare client, whose agent scenario 2 runs for Alpha Credit;
# default: next to the node binary) and LOANSHARE_ZOMBIENET_REPORT (the measurements file of
# the running scenario).
# Exits non-zero if a scenario failed or could not run.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# shellcheck disable=SC1091
. scripts/env.sh

export LOANSHARE_NODE_BIN="${LOANSHARE_NODE_BIN:-$HOME/.cache/loanshare/target/release/loanshare-node}"
export LOANSHARE_ZOMBIENET_DIR="$here/zombienet"
export LOANSHARE_CLI_BIN="${LOANSHARE_CLI_BIN:-$(dirname "$LOANSHARE_NODE_BIN")/loanshare}"
# The Wasm scenario 6 upgrades to: this source with the `upgrade-test` feature (built by
# scripts/build.sh, crate runtime/upgrade-test).
export LOANSHARE_UPGRADE_WASM="${LOANSHARE_UPGRADE_WASM:-$(dirname "$LOANSHARE_NODE_BIN")/wbuild/loanshare-runtime-upgrade-test/loanshare_runtime_upgrade_test.compact.compressed.wasm}"
runs="${LOANSHARE_ZOMBIENET_RUNS:-${LOANSHARE_CACHE:-$HOME/.cache/loanshare}/zombienet}"
scale="${LOANSHARE_ZOMBIENET_TIMEOUT_SCALE:-1}"
zombienet="$here/tests/node_modules/.bin/zombienet"

# name | time limit (s) | enabled (1) or why not
scenarios=(
  "0001-blocks-and-finality|600|1"
  "0002-lending-flow|600|1"
  "0003-validator-faults|1200|1"
  "0004-admit-validator|900|1"
  "0005-closed-network|600|1"
  "0006-runtime-upgrade|900|1"
  "0007-suspend-validator|600|1"
)

die() { echo "zombienet.sh: $*" >&2; exit 2; }

preflight() {
  [ -x "$zombienet" ] || die "no zombienet CLI at $zombienet: run scripts/setup.sh (npm ci in tests/)"
  [ -x "$LOANSHARE_NODE_BIN" ] || die "no node binary at $LOANSHARE_NODE_BIN: run scripts/build.sh"
  "$LOANSHARE_NODE_BIN" --version >/dev/null 2>&1 || die "$LOANSHARE_NODE_BIN --version fails"
  [ -x "$LOANSHARE_CLI_BIN" ] || die "no loanshare client at $LOANSHARE_CLI_BIN: run scripts/build.sh"
  command -v timeout >/dev/null || die "coreutils timeout is missing"
}

# Kill what is left of a run: the `timeout` wrapper leads its own process group, which holds
# zombienet and the nodes it spawned (they are not detached), so signal that group only.
cleanup_group() {
  local pgid="$1"
  if kill -0 -- "-$pgid" 2>/dev/null; then
    kill -TERM -- "-$pgid" 2>/dev/null
    sleep 3
    kill -KILL -- "-$pgid" 2>/dev/null
  fi
}

if [ "${1:-}" = "--list" ]; then
  for s in "${scenarios[@]}"; do
    IFS='|' read -r name limit enabled <<<"$s"
    [ "$enabled" = 1 ] && state="enabled" || state="NOT ENABLED: $enabled"
    printf '%-28s %5ss  %s\n' "$name" "$limit" "$state"
  done
  exit 0
fi

if [ "${1:-}" = "--spawn" ]; then
  [ -n "${2:-}" ] || die "usage: scripts/zombienet.sh --spawn <network> (two-institutions, four-institutions, admit-validator)"
  preflight
  net="zombienet/${2%.toml}.toml"
  [ -f "$net" ] || die "no network $net"
  exec "$zombienet" -p native spawn "$net"
fi

preflight
mkdir -p "$runs"
declare -a names=() results=() times=() reports=()
fail=0
for s in "${scenarios[@]}"; do
  IFS='|' read -r name limit enabled <<<"$s"
  if [ $# -gt 0 ]; then
    wanted=0
    for w in "$@"; do case "$name" in "$w"*) wanted=1 ;; esac; done
    [ $wanted = 1 ] || continue
  fi
  if [ "$enabled" != 1 ]; then
    names+=("$name"); results+=("SKIPPED (not yet enabled)"); times+=("-")
    echo "=== $name: not yet enabled: $enabled"
    continue
  fi
  limit=$(awk -v l="$limit" -v s="$scale" 'BEGIN { printf "%d", l * s }')
  dir="$runs/$name"
  rm -rf "$dir" "$dir.log"
  export LOANSHARE_ZOMBIENET_REPORT="$dir.measurements.jsonl"
  rm -f "$LOANSHARE_ZOMBIENET_REPORT"
  reports+=("$LOANSHARE_ZOMBIENET_REPORT")
  echo
  echo "=== $name (limit ${limit}s; node logs in $dir/logs, output in $dir.log)"
  t0=$(date +%s)
  timeout --kill-after=30 "$limit" "$zombienet" -p native -l text -d "$dir" test "zombienet/$name.zndsl" \
    > >(tee "$dir.log") 2>&1 &
  pid=$!
  wait "$pid"; rc=$?
  cleanup_group "$pid"
  secs=$(( $(date +%s) - t0 ))
  if [ $rc = 0 ]; then
    result=PASS
  elif [ $rc = 124 ] || [ $rc = 137 ]; then
    result="FAIL (time limit ${limit}s)"; fail=1
  else
    result="FAIL (exit $rc)"; fail=1
  fi
  names+=("$name"); results+=("$result"); times+=("${secs}s")
done

echo
echo "=== zombienet scenarios (node binary: $LOANSHARE_NODE_BIN)"
for i in "${!names[@]}"; do printf '%-28s %-28s %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"; done
for f in "${reports[@]}"; do
  [ -f "$f" ] || continue
  grep -h '"check":"timing"' "$f" | while read -r line; do echo "timing: $line"; done
done
[ ${#names[@]} -gt 0 ] || die "no scenario matches: $*"
[ $fail = 0 ] && echo "ZOMBIENET: ALL ENABLED SCENARIOS PASSED" || { echo "ZOMBIENET: SOME SCENARIOS FAILED"; exit 1; }
