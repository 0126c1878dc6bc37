#!/usr/bin/env bash
# Checks that chain-specs/local.json has the genesis the current runtime's
# `local_testnet` preset produces (the Wasm blob itself depends on the toolchain,
# so only the genesis patch, name, id and properties are compared).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
fresh="$(mktemp)"; trap 'rm -f "$fresh"' EXIT
"$LOANSHARE_NODE_BIN" export-chain-spec --chain local > "$fresh" 2>/dev/null
python3 - "$here/chain-specs/local.json" "$fresh" <<'PY'
import json, sys
def view(path):
    d = json.load(open(path))
    return {k: d.get(k) for k in ("name", "id", "chainType", "properties")} | {"patch": d["genesis"]["runtimeGenesis"]["patch"]}
committed, fresh = view(sys.argv[1]), view(sys.argv[2])
if committed != fresh:
    print("chain-specs/local.json is stale: regenerate it with\n  loanshare-node export-chain-spec --chain local > chain-specs/local.json")
    sys.exit(1)
print("chain-specs/local.json matches the runtime's local_testnet preset")
PY
