//! The LoanShare runtime as a consortium runs it: `loanshare-runtime` compiled to Wasm with
//! no extra features (see `build.rs`). The development build of the runtime, which the node
//! embeds for the `dev` chain and the benchmarks, carries `runtime-benchmarks` and
//! `try-runtime`; this one does not, so it is what the `local` chain spec embeds and what a
//! runtime upgrade proposes (`scripts/build-runtime.sh`, `docs/UPGRADES.md`).
#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

#[cfg(target_arch = "wasm32")]
pub use loanshare_runtime::*;
