#!/usr/bin/env bash
# LoanShare one-time machine set-up. Idempotent: safe to re-run.
#
# Installs the system packages the build needs and makes a Wasm-capable Rust
# toolchain available for the runtime build. Two paths:
#   1. rustup can add `wasm32v1-none` (a machine with internet): use it.
#   2. it cannot (the package-registry-only machines): Debian's rustc-web +
#      rust-web-src + lld-22, linked as the rustup toolchain `loanshare-wasm`,
#      with a `wasm32v1-none` sysroot built once with build-std and embedded
#      bitcode (see docs/TOOLCHAIN.md for the why and the failure modes).
# Prints `export WASM_BUILD_TOOLCHAIN=...` hints; scripts/env.sh reads the result.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${LOANSHARE_CACHE:-$HOME/.cache/loanshare}"
mkdir -p "$cache"
state="$cache/toolchain.env"
log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

sudo_cmd=""
if [ "$(id -u)" != 0 ]; then sudo_cmd="sudo"; fi

apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing Debian packages: ${missing[*]}"
    $sudo_cmd apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# --- system packages for the native build --------------------------------
apt_install clang libclang-dev protobuf-compiler pkg-config make git curl ca-certificates openssl python3
# PostgreSQL for the agent's mirror tests (started per test run by scripts/with-postgres.sh).
apt_install postgresql
# Headless Chromium for the web app's browser tests (tests/web drives Debian's chromium with
# puppeteer-core; nothing downloads a browser), and a small CJK font so that the Chinese
# pages' screenshots show Chinese.
apt_install chromium fonts-wqy-microhei

# --- native toolchain (pinned by rust-toolchain.toml) ----------------------
if ! command -v rustup >/dev/null; then
  echo "rustup is required (https://rustup.rs)" >&2; exit 1
fi
native="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' "$here/rust-toolchain.toml")"
if ! rustup run "$native" rustc --version >/dev/null 2>&1; then
  log "installing native toolchain $native"
  rustup toolchain install "$native" --profile minimal
fi
# rustfmt and clippy: the format and lint gates of scripts/test.sh.
for component in rustfmt clippy; do
  if ! rustup component list --installed --toolchain "$native" 2>/dev/null | grep -q "^$component-"; then
    log "adding $component to $native"
    rustup component add "$component" --toolchain "$native" \
      || log "cannot add $component here: the $component stage of scripts/test.sh will fail"
  fi
done

# --- Wasm toolchain ---------------------------------------------------------
wasm_toolchain=""
force_debian="${LOANSHARE_DEBIAN_WASM:-0}"   # 1: take path 2 even where rustup could work
if [ "$force_debian" != 1 ] && rustup target list --installed --toolchain "$native" 2>/dev/null | grep -qx wasm32v1-none; then
  wasm_toolchain="$native"
elif [ "$force_debian" != 1 ] && timeout 120 rustup target add wasm32v1-none --toolchain "$native" >/dev/null 2>&1; then
  log "rustup added wasm32v1-none to $native"
  wasm_toolchain="$native"
else
  log "rustup cannot add wasm32v1-none here: using Debian's rustc-web with a self-built sysroot"
  apt_install rustc-web rust-web-src lld-22
  name=loanshare-wasm
  if ! rustup run "$name" rustc --version >/dev/null 2>&1; then
    rustup toolchain link "$name" /usr
  fi
  sysroot="$(rustup run "$name" rustc --print sysroot)"
  libdir="$sysroot/lib/rustlib/wasm32v1-none/lib"
  if ! ls "$libdir"/libcore-*.rlib >/dev/null 2>&1; then
    log "building the wasm32v1-none sysroot (once, ~1 min)"
    work="$cache/wasm-sysroot-build"
    rm -rf "$work"; mkdir -p "$work/src"
    cat > "$work/Cargo.toml" <<'TOML'
[package]
name = "sysroot-seed"
version = "0.0.0"
edition = "2021"
[lib]
crate-type = ["rlib"]
path = "src/lib.rs"
[workspace]
TOML
    echo '#![no_std]' > "$work/src/lib.rs"
    (cd "$work" && RUSTFLAGS="-C embed-bitcode=yes" RUSTC_BOOTSTRAP=1 \
      CARGO_TARGET_DIR="$work/target" RUSTUP_TOOLCHAIN="$name" \
      cargo build -q --release --target wasm32v1-none -Zbuild-std=core,alloc)
    $sudo_cmd mkdir -p "$libdir"
    for lib in core alloc compiler_builtins; do
      $sudo_cmd cp "$work"/target/wasm32v1-none/release/deps/lib${lib}-*.rlib "$libdir/"
    done
    # A changed sysroot invalidates earlier runtime Wasm builds (cargo does not notice).
    rm -rf "${CARGO_TARGET_DIR:-$cache/target}"/*/wbuild 2>/dev/null || true
  fi
  wasm_toolchain="$name"
fi
echo "WASM_BUILD_TOOLCHAIN=$wasm_toolchain" > "$state"
log "Wasm toolchain: $wasm_toolchain (recorded in $state)"

# --- Node.js tooling for the end-to-end and zombienet tests ----------------
if ! command -v npm >/dev/null; then
  log "npm not found: installing Debian's nodejs and npm"
  apt_install nodejs npm
fi
# The JavaScript SDK (sdk/js): its tooling, and its build (dist/), which the tests import
# through "@loanshare/sdk": "file:../sdk/js" (a link: it must be built before they run).
if [ -f "$here/sdk/js/package.json" ]; then
  if [ ! -d "$here/sdk/js/node_modules" ] || [ "$here/sdk/js/package-lock.json" -nt "$here/sdk/js/node_modules" ]; then
    log "installing the JS SDK's tooling (npm ci in sdk/js/)"
    (cd "$here/sdk/js" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
  fi
  if [ ! -f "$here/sdk/js/dist/index.js" ] \
    || [ -n "$(find "$here/sdk/js/src" "$here/sdk/js/package.json" "$here/sdk/js/tsconfig.json" -newer "$here/sdk/js/dist/index.js" -print -quit)" ]; then
    log "building the JS SDK (sdk/js: tsc to dist/)"
    (cd "$here/sdk/js" && npm run --silent build)
  fi
fi
if [ -f "$here/tests/package.json" ]; then
  if [ ! -d "$here/tests/node_modules" ] || [ "$here/tests/package-lock.json" -nt "$here/tests/node_modules" ]; then
    log "installing the test tooling (npm ci in tests/)"
    (cd "$here/tests" && npm ci --no-audit --no-fund --loglevel=error && touch node_modules)
  fi
fi
log "setup complete"
