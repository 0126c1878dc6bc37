#!/usr/bin/env bash
# Regenerate every weight of the runtime from benchmarks run on this machine, with the node's
# `benchmark` sub-command (see docs/BENCHMARKS.md):
#   - the four LoanShare pallets (their calls, hooks and the CheckMembership extension):
#     pallets/*/src/weights.rs, from scripts/weight-template.hbs;
#   - the upstream pallets the runtime uses: runtime/src/weights/<pallet>.rs;
#   - block and extrinsic base weights (`benchmark overhead`):
#     runtime/src/weights/{block,extrinsic}_weights.rs;
#   - ParityDB read/write weights (`benchmark storage`) on a database filled by the
#     throughput benchmark's workload: runtime/src/weights/paritydb_weights.rs.
# Then rebuild (scripts/build.sh) and run the throughput benchmark (scripts/throughput.sh).
#
# Usage: scripts/benchmark.sh [--quick]
#   Steps and repeats: 50 and 20, or LOANSHARE_BENCH_STEPS / LOANSHARE_BENCH_REPEAT.
#   --quick  4 steps, 1 repeat, into a temporary directory: checks that every benchmark runs
#            and every file is generated (CI), without touching the committed weights.
set -Eeuo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
cd "$here"
[ -x "$LOANSHARE_NODE_BIN" ] || { echo "benchmark: no node at $LOANSHARE_NODE_BIN (run scripts/build.sh)" >&2; exit 1; }
# Called by its name, so the generated files record the command, not this machine's paths.
PATH="$(dirname "$LOANSHARE_NODE_BIN"):$PATH"
node=loanshare-node

steps="${LOANSHARE_BENCH_STEPS:-50}"; repeat="${LOANSHARE_BENCH_REPEAT:-20}"; min_duration=10
write_batch=10000
out=.
if [ "${1:-}" = "--quick" ]; then
  steps=4; repeat=1; min_duration=0; write_batch=10
  out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT
  mkdir -p "$out/runtime/src/weights"
  for p in consortium token loan-share key-exchange; do mkdir -p "$out/pallets/$p/src"; done
fi
header=scripts/weight-header.txt
log="${LOANSHARE_BENCH_LOG:-$LOANSHARE_CACHE/benchmark.log}"; : >"$log"
trap 'echo "benchmark: failed; the log is $log" >&2' ERR
start=$(date +%s)

# -- pallets ------------------------------------------------------------------------------
declare -A own=(
  [pallet_consortium]=pallets/consortium/src/weights.rs
  [pallet_token]=pallets/token/src/weights.rs
  [pallet_loan_share]=pallets/loan-share/src/weights.rs
  [pallet_key_exchange]=pallets/key-exchange/src/weights.rs
)
# pallet_collective is left out: its benchmarks set the council's members through
# `SetMembersOrigin`, which LoanShare closes (seats follow membership); the runtime keeps
# upstream's collective weights, priced with the database weights measured here.
upstream=(frame_system pallet_balances pallet_timestamp pallet_sudo)

bench_pallet() { # pallet output [template]
  local pallet="$1" output="$2"; shift 2
  echo "[benchmark] $pallet -> ${output#"$out"/}"
  "$node" benchmark pallet --chain dev --wasm-execution compiled \
    --pallet "$pallet" --extrinsic '*' --steps "$steps" --repeat "$repeat" \
    --min-duration "$min_duration" \
    --header "$header" --output "$output" "$@" >>"$log" 2>&1
}
for pallet in "${!own[@]}"; do
  bench_pallet "$pallet" "$out/${own[$pallet]}" --template scripts/weight-template.hbs
done
for pallet in "${upstream[@]}"; do
  bench_pallet "$pallet" "$out/runtime/src/weights/$pallet.rs"
done

# -- block and extrinsic base weights -------------------------------------------------------
echo "[benchmark] overhead -> runtime/src/weights/{block,extrinsic}_weights.rs"
"$node" benchmark overhead --chain dev --header "$header" \
  --weight-path "$out/runtime/src/weights" \
  $([ "$out" != . ] && echo "--warmup 2 --repeat 5") >>"$log" 2>&1

# -- ParityDB weights, on a database the lending workload filled ---------------------------
db="$(mktemp -d)"
echo "[benchmark] a dev database, filled by the throughput workload (its quick mode)"
"$node" --dev --base-path "$db" --database paritydb --rpc-port 9977 --no-prometheus \
  --pool-limit 100000 --pool-kbytes 1000000 >"$db.log" 2>&1 &
pid=$!
for _ in $(seq 60); do # until its RPC answers
  curl -sf -H 'content-type: application/json' -d '{"id":1,"jsonrpc":"2.0","method":"system_health"}' \
    http://127.0.0.1:9977 >/dev/null && break
  sleep 1
done
if [ "$out" = . ]; then
  ( cd tests && node bench/throughput.mjs --quick --ws ws://127.0.0.1:9977 ) >>"$log" 2>&1 \
    || { kill "$pid"; echo "benchmark: the workload failed (log: $db.log)" >&2; exit 1; }
else
  sleep 15 # the quick check only needs a database to read
fi
kill "$pid"; wait "$pid" 2>/dev/null || true
# Writes are timed in batches of 10,000 keys: about what a saturated block commits (the quick
# check's nearly empty database has fewer keys than that).
echo "[benchmark] storage -> runtime/src/weights/paritydb_weights.rs"
"$node" benchmark storage --dev --base-path "$db" --database paritydb --state-version 1 \
  --batch-size "$write_batch" --header "$header" --weight-path "$out/runtime/src/weights" >>"$log" 2>&1
rm -rf "$db" "$db.log"

if [ "$out" != . ]; then
  n=$(find "$out" -name '*.rs' | wc -l)
  echo "[benchmark] quick run generated $n weight files in $(( $(date +%s) - start )) s"
  [ "$n" -eq $(( ${#own[@]} + ${#upstream[@]} + 3 )) ] || { echo "benchmark: files missing" >&2; exit 1; }
else
  echo "[benchmark] weights regenerated in $(( $(date +%s) - start )) s; rebuild with scripts/build.sh"
fi
