//! The runtime's own weights, generated on LoanShare's validator class (2 cores) by
//! `scripts/benchmark.sh` (see docs/BENCHMARKS.md); do not edit the generated files.
//!
//! - `block_weights` / `extrinsic_weights`: the base weight of a block and of every
//!   extrinsic (`benchmark overhead`);
//! - `paritydb_weights`: a storage read and write on ParityDB, the node's only database
//!   (`benchmark storage`, on a database the lending workload filled);
//! - `frame_system`, `pallet_balances`, `pallet_sudo`, `pallet_timestamp`: the upstream
//!   pallets' calls (`benchmark pallet`).
//!
//! The LoanShare pallets keep theirs in `pallets/*/src/weights.rs`. The council
//! (pallet-collective) keeps upstream's: its benchmarks need an origin LoanShare closes.
pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod pallet_balances;
pub mod pallet_sudo;
pub mod pallet_timestamp;
// The storage template documents the fields of a struct expression.
#[allow(unused_doc_comments)]
pub mod paritydb_weights;
