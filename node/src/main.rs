//! `loanshare-node`: the node every LoanShare institution runs.
// sc-cli's and sc-service's error types are large and fixed by the framework's signatures.
#![allow(clippy::result_large_err)]
#![warn(missing_docs)]

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod peers;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
