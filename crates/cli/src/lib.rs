//! The LoanShare institution client (`loanshare`), as a library so that its parts are
//! tested offline.
//!
//! | module | owns |
//! |--------|------|
//! | [`rpc`] | JSON-RPC over HTTP ([`rpc::Transport`]) |
//! | [`chain`] | typed node access: blocks, storage, versions, `loanShare_*` queries |
//! | [`keys`] | storage keys |
//! | [`tx`] | signing extrinsics with the runtime's types |
//! | [`submit`] | submitting and following transactions into blocks |
//! | [`events`] | rendering events and naming dispatch errors |
//! | [`sheet`] | reading and validating plan sheets (CSV) |
//! | [`import`] | publishing a sheet |
//! | [`gen`] | fake sheets |
//! | [`commands`] | the other commands |
//! | [`money`], [`timefmt`], [`table`] | formats |
#![warn(missing_docs)]
// The JSON-RPC error values carry the node's whole error object; they are returned rarely and
// at human speed, so boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod chain;
pub mod commands;
pub mod events;
pub mod gen;
pub mod import;
pub mod keys;
pub mod money;
pub mod rpc;
pub mod sheet;
pub mod submit;
pub mod table;
pub mod timefmt;
pub mod tx;
