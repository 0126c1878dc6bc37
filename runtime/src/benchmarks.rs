//! The pallets whose benchmarks the runtime exposes (run with `frame-omni-bencher`
//! against the runtime Wasm built with `--features runtime-benchmarks`).
use crate::*;

impl frame_system_benchmarking::Config for Runtime {}

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_collective, Council]
	[pallet_sudo, Sudo]
	[pallet_consortium, Consortium]
	[pallet_token, Token]
	[pallet_loan_share, LoanShare]
	[pallet_key_exchange, KeyExchange]
);
