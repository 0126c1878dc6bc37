#!/usr/bin/env bash
# The main job: set-up, build, start a local consortium chain of two validating
# institutions (Alpha = Alice, Beta = Bob) and run the whole lending flow on it
# (keys -> recharge -> publish -> confirm -> the contributor's agent delivers -> open -> accept),
# then the same through the `loanshare` client and the agent's REST API, printing each step,
# and prints the address of Alpha's web app (user `admin`; its password is printed too).
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
  --no-prometheus --no-telemetry --no-mdns \
  > "$work/alpha.log" 2>&1 & pids+=($!)
"$node_bin" --chain "$spec" --bob --validator --base-path "$work/beta" --port 30334 --rpc-port 9945 \
  --node-key 0000000000000000000000000000000000000000000000000000000000000002 \
  --bootnodes /ip4/127.0.0.1/tcp/30333/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp \
  --no-prometheus --no-telemetry --no-mdns > "$work/beta.log" 2>&1 & pids+=($!)

rpc() { curl -sf -H 'content-type: application/json' -d "{\"id\":1,\"jsonrpc\":\"2.0\",\"method\":\"$1\",\"params\":$2}" http://127.0.0.1:9944; }
for _ in $(seq 1 120); do rpc system_health '[]' >/dev/null 2>&1 && break; sleep 1; done
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
cli="$LOANSHARE_CLI_BIN"
# Each institution's signing key lives in a key file readable only by its user (the
# development accounts here; `loanshare account new` makes a real one).
umask 077
printf '//Alice\n' > "$work/alpha.key"; printf '//Bob\n' > "$work/beta.key"
mkdir -p "$work/alpha-rsa" "$work/beta-rsa"
cp "$work/keys/alpha.pem" "$work/alpha-rsa/rsa.pem"; cp "$work/keys/beta.pem" "$work/beta-rsa/rsa.pem"
umask 022
token=$("$cli" api-token new back-office --write --file "$work/alpha-tokens" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
# A user of the web app that Alpha's agent serves: an administrator (who may also do what a
# loan officer does). The password goes through the environment, never the command line.
web_password="${LOANSHARE_WEB_PASSWORD:-$(openssl rand -hex 8)}"
LOANSHARE_USER_PASSWORD="$web_password" "$cli" user add admin --role admin \
  --database "sqlite://$work/alpha-mirror.db?mode=rwc" >/dev/null
umask 077; printf '%s\n' "$web_password" > "$work/web-admin.password"; umask 022
echo "[run-local] starting Alpha's agent: delivers Alpha's handoffs, mirrors into SQLite, REST on http://127.0.0.1:8480"
"$cli" --endpoint ws://127.0.0.1:9944 --key-file "$work/alpha.key" --rsa-key-dir "$work/alpha-rsa" agent \
  --database "sqlite://$work/alpha-mirror.db?mode=rwc" --listen 127.0.0.1:8480 --api-tokens "$work/alpha-tokens" \
  > "$work/alpha-agent.log" 2>&1 & pids+=($!)
echo "[run-local] chain is finalising (block #$((num))); running the lending flow"
(cd tests && node demo/lending-demo.js ws://127.0.0.1:9944 "$work/keys")

echo; echo "[run-local] the same institutions through the loanshare client: import an Excel sheet and a GBK CSV, confirm, open"
L=("$cli" --endpoint ws://127.0.0.1:9944)
"${L[@]}" gen-sheet "$work/plans.xlsx" --rows 20 --prefix XL
"${L[@]}" gen-sheet "$work/plans-gbk.csv" --rows 5 --prefix GB --gbk
"${L[@]}" --key-file "$work/alpha.key" import "$work/plans.xlsx"
"${L[@]}" --key-file "$work/alpha.key" import "$work/plans-gbk.csv"
"${L[@]}" --key-file "$work/alpha.key" import "$work/plans.xlsx"   # creates nothing
"${L[@]}" plans --contributor 1 --limit 5
first=$("${L[@]}" plans --contributor 1 --json | python3 -c 'import json,sys; d=[p for p in json.load(sys.stdin) if p["status"]=="Open"]; print(d[-1]["id"])')
read -r rate share < <("${L[@]}" plan "$first" --json | python3 -c 'import json,sys
c = json.load(sys.stdin)["input"]["conditions"]
print(c["min_rate_bp"], "%d.%02d" % divmod(int(c["min_share"]), 100))')
# The smallest share the plan allows (its min_share), at its lowest rate.
"${L[@]}" --key-file "$work/beta.key" confirm "$first" "$share" "$rate"
for _ in $(seq 1 30); do
  "${L[@]}" --key-file "$work/beta.key" --rsa-key-dir "$work/beta-rsa" open "$first" 2>/dev/null && break; sleep 2
done
# The data opened: Beta accepts, and the fee held since the confirmation goes to Alpha.
"${L[@]}" --key-file "$work/beta.key" accept "$first"
"${L[@]}" balance --all
echo "[run-local] Alpha's back office asks its agent (REST, API token):"
curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:8480/api/v1/handoffs?plan=$first"; echo
curl -sf -H "Authorization: Bearer $token" http://127.0.0.1:8480/api/v1/status; echo
echo "[run-local] logs: $work/alpha.log $work/beta.log $work/alpha-agent.log"
echo "[run-local] Alpha's web app: http://127.0.0.1:8480/  (user admin, password $web_password, also in $work/web-admin.password)"
if [ "${1:-}" = "--keep" ]; then echo "[run-local] nodes keep running; Ctrl-C to stop"; wait; fi
