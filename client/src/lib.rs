//! The institution's LoanShare software, as a library: the `loanshare` command line
//! and the `loanshare agent` service are thin layers over these modules.
//!
//! | module | owns |
//! |--------|------|
//! | [`chain`] | the node connection, typed reads, calls, submission, events (subxt) |
//! | [`follow`] | following blocks in order, without gaps |
//! | [`publish`] | validating, sealing and batching a plan sheet |
//! | [`delivery`] | the handoff: re-wrapping, opening and judging delivered data keys |
//! | [`config`] | the configuration file and its profiles |
//! | [`secrets`] | signing keys and RSA private keys from files |
//! | [`cli`], [`commands`] | the command line |
//! | [`agent`] | the long-running service |
#![warn(missing_docs)]

pub mod agent;
pub mod chain;
pub mod cli;
pub mod commands;
pub mod config;
pub mod delivery;
pub mod follow;
pub mod publish;
pub mod secrets;

/// Money formats, from the sheet library (one definition).
pub use loanshare_sheet::money;
