//! The LoanShare runtime as the runtime-upgrade scenario's target: compiled to Wasm only
//! (see `build.rs`), it is `loanshare-runtime` with the `upgrade-test` feature.
#![cfg_attr(not(feature = "std"), no_std)]

#[cfg(target_arch = "wasm32")]
pub use loanshare_runtime::*;
