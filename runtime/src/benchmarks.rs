//! The pallets whose benchmarks the runtime exposes (run with `frame-omni-bencher`
//! against the runtime Wasm built with `--features runtime-benchmarks`).
frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_collective, Council]
	[pallet_sudo, Sudo]
);
