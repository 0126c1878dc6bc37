//! Constants that several crates must agree on: the query RPCs' paging (runtime, node and
//! client) and the node-local offchain-storage keys of the delivery worker (runtime and node).

/// Most plans one `loanShare_*` page returns (the runtime caps, the node's RPC checks).
pub const QUERY_LIMIT: u32 = 100;
/// Plans per page when a `loanShare_*` call gives no `limit`.
pub const DEFAULT_PAGE: u32 = 20;
/// JSON-RPC error code of `loanShare_plan` (and `loanShare_confirmations`) for an unknown plan.
pub const PLAN_NOT_FOUND: i32 = 4004;
/// Most confirmations `loanShare_takenBy` returns.
pub const TAKEN_BY_LIMIT: u32 = 1_000;

/// Offchain storage key (PERSISTENT) of the institution's RSA private key (raw PEM/DER bytes).
pub const PRIVATE_KEY_STORAGE_KEY: &[u8] = b"loanshare::rsa-private-key";
/// Offchain storage key (PERSISTENT) of the node's institution id (SCALE `u32`).
pub const INSTITUTION_ID_STORAGE_KEY: &[u8] = b"loanshare::institution-id";
