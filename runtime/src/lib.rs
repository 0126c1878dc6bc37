//! The LoanShare runtime.
//!
//! A proof-of-authority solochain: Aura block production and GRANDPA finality,
//! whose authorities follow pallet-session, whose validator set is driven by the
//! consortium of lending institutions. This file owns the basic types, the
//! version and the pallet list; `configs` configures each pallet, `apis`
//! implements the runtime APIs, `genesis` holds the `dev` and `local` presets.
#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime!` and `impl_runtime_apis!` expand to a lot of code.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis;
pub mod migrations;
#[cfg(test)]
mod tests;
pub mod weights;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use loanshare_primitives::{Fen, InstitutionId, KeyId, PlanId, Role, TokenBalance};

/// Block number.
pub type BlockNumber = u32;
/// Transaction signature (sr25519, ed25519 or ecdsa, as Polkadot.js signs).
pub type Signature = MultiSignature;
/// Account identifier: the public key of the signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Native balance, used only to pay transaction fees (the consortium token lives in pallet-token).
pub type Balance = u128;
/// Account nonce.
pub type Nonce = u32;
/// Block and state hash.
pub type Hash = sp_core::H256;

/// One native unit (12 decimals); the native currency only pays for weight.
pub const UNIT: Balance = 1_000_000_000_000;
/// Smallest balance an account may keep.
pub const EXISTENTIAL_DEPOSIT: Balance = UNIT / 1_000;

/// Target block time. 3 s: short enough that a confirmation and its handoff
/// land within seconds for a loan officer, long enough for 2-core validators of
/// different institutions, connected over the internet, to import and vote on
/// each block (GRANDPA finalises 1-2 blocks behind).
pub const MILLISECS_PER_BLOCK: u64 = 3000;
/// Aura slot length; changing it on a live chain halts block production.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;
/// Session length: the validator set can change every 10 blocks (30 s).
pub const SESSION_PERIOD: BlockNumber = 10;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block hash.
	pub type Hash = <BlakeTwo256 as sp_runtime::traits::Hash>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers with `session.setKeys`.
	pub struct SessionKeys {
		/// Block production.
		pub aura: Aura,
		/// Finality votes.
		pub grandpa: Grandpa,
	}
}

/// The runtime version; bump `spec_version` with every runtime change on a live chain (see
/// `docs/UPGRADES.md`).
#[cfg(not(feature = "upgrade-test"))]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("loanshare"),
	impl_name: alloc::borrow::Cow::Borrowed("loanshare"),
	authoring_version: 1,
	spec_version: 103,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	// 2: key-exchange's calls changed (deliver names the key; dispute became a proof).
	transaction_version: 2,
	system_version: 1,
};

/// The `upgrade-test` build's version: the next `spec_version`, for the upgrade scenario.
#[cfg(feature = "upgrade-test")]
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("loanshare"),
	impl_name: alloc::borrow::Cow::Borrowed("loanshare"),
	authoring_version: 1,
	spec_version: 104,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

/// Address format: an account id or an index.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// The checks every transaction goes through, in order.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	pallet_consortium::CheckMembership<Runtime>,
);
/// Extrinsic as the runtime decodes it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// What a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;
/// Runtime migrations, in order (see [`migrations`]).
pub use migrations::Migrations;
/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The council of institutions (pallet-collective instance).
pub type CouncilInstance = pallet_collective::Instance1;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(3)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(4)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(5)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(6)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(7)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(8)]
	pub type Sudo = pallet_sudo;

	// LoanShare's own pallets.
	#[runtime::pallet_index(20)]
	pub type Consortium = pallet_consortium;
	#[runtime::pallet_index(21)]
	pub type Token = pallet_token;
	#[runtime::pallet_index(22)]
	pub type LoanShare = pallet_loan_share;
	#[runtime::pallet_index(23)]
	pub type KeyExchange = pallet_key_exchange;
}

/// A loan share plan as the runtime stores it (returned by the `loanShare_*` RPCs).
pub type Plan = pallet_loan_share::PlanOf<Runtime>;
/// A confirmation as the runtime stores it.
pub type Confirmation = pallet_loan_share::ConfirmationOf<Runtime>;
