#!/usr/bin/env bash
# Build the production runtime Wasm, the one the `local` spec embeds and a consortium proposes
# in a runtime upgrade: `loanshare-runtime` without the `runtime-benchmarks` and `try-runtime`
# code that the development build (the node's own runtime, the tests, the benchmarks) carries
# (crate runtime/production; scripts/build.sh builds it too). Prints its path and BLAKE2-256.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
cd "$here"
cargo build --release --locked -p loanshare-runtime-production
wasm="$CARGO_TARGET_DIR/release/wbuild/loanshare-runtime-production/loanshare_runtime_production.compact.compressed.wasm"
echo "[build-runtime] $wasm ($(stat -c %s "$wasm") bytes)"
python3 -c 'import hashlib,sys; print("[build-runtime] blake2-256 0x" + hashlib.blake2b(open(sys.argv[1],"rb").read(), digest_size=32).hexdigest())' "$wasm"
