//! Constants that several crates must agree on: the block's compute budget (runtime and the
//! pallets' weight tests) and the query RPCs' paging (runtime, node and client).

/// Compute per block, in picoseconds of reference time: one second of each 3 s slot, the
/// rest left for networking, import on the other validators and GRANDPA.
pub const BLOCK_REF_TIME: u64 = 1_000_000_000_000;
/// Percent of each block (weight and length) for ordinary transactions; the rest is kept
/// for operational ones (governance).
pub const NORMAL_DISPATCH_PERCENT: u8 = 75;

/// Most plans one `loanShare_*` page returns (the runtime caps, the node's RPC checks).
pub const QUERY_LIMIT: u32 = 100;
/// Plans per page when a `loanShare_*` call gives no `limit`.
pub const DEFAULT_PAGE: u32 = 20;
/// JSON-RPC error code of `loanShare_plan` (and `loanShare_confirmations`) for an unknown plan.
pub const PLAN_NOT_FOUND: i32 = 4004;
/// Most confirmations `loanShare_takenBy` returns.
pub const TAKEN_BY_LIMIT: u32 = 1_000;
