#!/usr/bin/env bash
# The main job: set-up, build, start a local consortium chain of two validating
# institutions (Alpha = Alice, Beta = Bob) and run the whole lending flow on it
# (keys -> recharge -> publish -> confirm -> offchain handoff -> open), printing each step.
# The nodes keep running with --keep (Ctrl-C to stop); otherwise they stop at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
bash scripts/setup.sh
. scripts/env.sh
bash scripts/build.sh

work="$LOANSHARE_CACHE/run-local"
rm -rf "$work"; mkdir -p "$work/keys"
node_bin="$LOANSHARE_NODE_BIN"
spec="$here/chain-specs/local.json"
if [ ! -f "$spec" ]; then
  "$node_bin" export-chain-spec --chain local > "$work/local.json"
  spec="$work/local.json"
fi

echo "[run-local] generating each institution's RSA key pair (kept in $work/keys)"
for who in alpha beta gamma; do
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/keys/$who.pem" 2>/dev/null
  openssl pkey -in "$work/keys/$who.pem" -pubout -outform DER -out "$work/keys/$who.der"
  chmod 600 "$work/keys/$who.pem"
done

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

echo "[run-local] starting Alpha's validator (Alice, RPC ws://127.0.0.1:9944) and Beta's (Bob, 9945)"
"$node_bin" --chain "$spec" --alice --validator --base-path "$work/alpha" --port 30333 --rpc-port 9944 \
  --node-key 0000000000000000000000000000000000000000000000000000000000000001 \
  --rsa-key-file "$work/keys/alpha.pem" --institution-id 1 --no-prometheus --no-telemetry --no-mdns \
  > "$work/alpha.log" 2>&1 & pids+=($!)
"$node_bin" --chain "$spec" --bob --validator --base-path "$work/beta" --port 30334 --rpc-port 9945 \
  --node-key 0000000000000000000000000000000000000000000000000000000000000002 \
  --bootnodes /ip4/127.0.0.1/tcp/30333/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp \
  --no-prometheus --no-telemetry --no-mdns > "$work/beta.log" 2>&1 & pids+=($!)

rpc() { curl -sf -H 'content-type: application/json' -d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$1\",\"params\":$2}" http://127.0.0.1:9944; }
for _ in $(seq 1 120); do rpc system_health '[]' >/dev/null 2>&1 && break; sleep 1; done
# Alpha's delivery worker signs `deliver` with an account of Alpha: Alice's key, type `lsho`.
alice_pub=0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d
rpc author_insertKey "[\"lsho\",\"//Alice\",\"$alice_pub\"]" >/dev/null
echo "[run-local] waiting for the first finalised block"
num=0
for _ in $(seq 1 120); do
  fin=$(rpc chain_getFinalizedHead '[]' | sed 's/.*"result":"\([^"]*\)".*/\1/')
  num=$(rpc chain_getHeader "[\"$fin\"]" | sed 's/.*"number":"\([^"]*\)".*/\1/')
  [ -n "$num" ] && [ $((num)) -ge 1 ] && break; sleep 1
done
if [ $((num)) -lt 1 ]; then
  echo "[run-local] the chain did not finalise a block in 2 minutes; last log lines:" >&2
  tail -5 "$work/alpha.log" "$work/beta.log" >&2
  exit 1
fi
echo "[run-local] chain is finalising (block #$((num))); running the lending flow"
(cd tests && node demo/lending-demo.js ws://127.0.0.1:9944 "$work/keys")

echo; echo "[run-local] the same institutions through the loanshare CLI: import a loan system's sheet, confirm, open"
cli="$LOANSHARE_CLI_BIN"
mkdir -p "$work/cli-keys"
"$cli" --suri //Alice import crates/cli/examples/sample-plans.csv --key "$work/keys/alpha.der" --institution 1
"$cli" --suri //Alice import crates/cli/examples/sample-plans.csv --key "$work/keys/alpha.der" --institution 1   # creates nothing
"$cli" plans --open
first=$("$cli" plans --open --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d[0]["id"])')
"$cli" --suri //Bob confirm "$first" --amount-rmb 10000 --rate-bp 1900
for _ in $(seq 1 30); do
  "$cli" open "$first" --key "$work/keys/beta.pem" --institution 2 2>/dev/null && break; sleep 2
done
"$cli" balance 1
echo "[run-local] logs: $work/alpha.log $work/beta.log"
if [ "${1:-}" = "--keep" ]; then echo "[run-local] nodes keep running; Ctrl-C to stop"; wait; fi
