#!/usr/bin/env bash
# Build the production runtime Wasm, the one a consortium proposes in a runtime upgrade: the
# runtime alone, without the `runtime-benchmarks` and `try-runtime` code that the development
# build (scripts/build.sh: node, tests, benchmarks) carries. Its own target directory keeps
# the two feature sets from rebuilding each other. Prints the Wasm's path and BLAKE2-256 hash.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/scripts/env.sh"
cd "$here"
export CARGO_TARGET_DIR="$LOANSHARE_CACHE/target-production"
cargo build --release --locked -p loanshare-runtime
wasm="$CARGO_TARGET_DIR/release/wbuild/loanshare-runtime/loanshare_runtime.compact.compressed.wasm"
echo "[build-runtime] $wasm"
python3 -c 'import hashlib,sys; print("[build-runtime] blake2-256 0x" + hashlib.blake2b(open(sys.argv[1],"rb").read(), digest_size=32).hexdigest())' "$wasm"
