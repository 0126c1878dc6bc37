//! Shared vocabulary of the LoanShare chain.
//!
//! The pallets never read each other's storage: they are coupled through the
//! small traits in this crate, which the runtime wires together:
//!
//! | trait                   | implemented by       | used by                     |
//! |-------------------------|----------------------|-----------------------------|
//! | [`InstitutionRegistry`] | pallet-consortium    | token, loan-share, key-exchange |
//! | [`InstitutionOrigin`]   | pallet-consortium    | token, loan-share, key-exchange (callers) |
//! | [`FeeEscrow`]           | pallet-token         | loan-share (hold), key-exchange (release/refund) |
//! | [`PublicKeyRegistry`]   | pallet-key-exchange  | loan-share                  |
//! | [`HandoffHook`]         | pallet-key-exchange  | loan-share                  |
//! | [`ShareLedger`]         | pallet-loan-share    | key-exchange (disputes, refunds) |
//!
//! It also declares the `LoanShareApi` runtime API behind the `loanShare_*` RPCs.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, DispatchResult};

pub mod api;
pub mod constants;
pub mod origin;
#[cfg(feature = "std")]
pub mod testing;

pub use origin::{InstitutionOrigin, RoleFilter};

/// Identifier of an admitted institution (assigned by the consortium pallet).
pub type InstitutionId = u32;
/// Token amount in the smallest unit: 1 unit = 0.01 TOKEN = 1 fen (TOKEN is pegged 1:1 to RMB).
pub type TokenBalance = u128;
/// Money amount in fen (1 RMB = 100 fen).
pub type Fen = u128;
/// Identifier of a loan share plan.
pub type PlanId = u64;
/// Identifier of a fee held in escrow by the token pallet.
pub type EscrowId = u64;
/// Identifier of a registered RSA public key (per institution, increasing with rotation).
pub type KeyId = u32;
/// Milliseconds since the Unix epoch (as `pallet_timestamp` keeps it).
pub type Moment = u64;

/// What an institution may do on the chain (an institution can hold several roles).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Role {
	/// 贡献机构: publishes loan share plans, receives fees, hands off borrower data.
	Contributor,
	/// 参与机构: confirms shares of plans, pays fees, receives borrower data.
	Participator,
	/// TOKEN 分发/承兑机构: mints tokens against RMB paid off-chain, settles redemptions.
	TokenIssuer,
	/// 数据服务商: sells risk data services paid in tokens.
	DataServiceProvider,
	/// Reads everything; may receive a wrapped key of every plan.
	Regulator,
}

/// Why an account may not act in a role.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MembershipError {
	/// The account acts for no active institution.
	NotAMember,
	/// The institution is active but does not hold this role.
	MissingRole(Role),
}

/// Who may do what: answered by the consortium pallet.
pub trait InstitutionRegistry<AccountId> {
	/// The *active* institution `who` acts for, if any.
	fn institution_of(who: &AccountId) -> Option<InstitutionId>;
	/// Whether the institution exists and is active (not suspended or removed).
	fn is_active(id: InstitutionId) -> bool;
	/// Whether the institution is active and holds `role`.
	fn has_role(id: InstitutionId, role: Role) -> bool;

	/// The active institution of `who`, which must hold `role` if one is given.
	fn ensure_role(who: &AccountId, role: Option<Role>) -> Result<InstitutionId, MembershipError> {
		let id = Self::institution_of(who).ok_or(MembershipError::NotAMember)?;
		match role {
			Some(role) if !Self::has_role(id, role) => Err(MembershipError::MissingRole(role)),
			_ => Ok(id),
		}
	}
}

/// Escrow of fees, held by the token pallet.
///
/// A `hold` either fully happens (the amount leaves the payer's balance and is
/// recorded under the returned id) or changes nothing.
pub trait FeeEscrow {
	/// Move `amount` out of `payer`'s balance into a new escrow.
	fn hold(payer: InstitutionId, amount: TokenBalance) -> Result<EscrowId, DispatchError>;
	/// Pay the escrowed amount to `to` and close the escrow.
	fn release(id: EscrowId, to: InstitutionId) -> DispatchResult;
	/// Return the escrowed amount to its payer and close the escrow.
	fn refund(id: EscrowId) -> DispatchResult;
	/// The payer and amount of an open escrow.
	fn escrowed(id: EscrowId) -> Option<(InstitutionId, TokenBalance)>;

	/// Benchmark helper: give `who` `amount` tokens out of thin air (keeping the supply invariant).
	#[cfg(feature = "runtime-benchmarks")]
	fn fund_for_benchmark(who: InstitutionId, amount: TokenBalance);
}

/// The institutions' registered RSA public keys: answered by the key-exchange pallet.
pub trait PublicKeyRegistry {
	/// The id of the institution's current (latest) key, if it registered one.
	fn current_key_id(who: InstitutionId) -> Option<KeyId>;

	/// Benchmark helper: register some valid key for `who`.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(who: InstitutionId);
}

/// What loan-share tells the key-exchange pallet when a share was confirmed.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct HandoffDue<'a> {
	/// The plan whose borrower data is due.
	pub plan: PlanId,
	/// The institution that published the plan and must deliver.
	pub contributor: InstitutionId,
	/// The institution that paid and must receive the data.
	pub participant: InstitutionId,
	/// The escrow holding the participant's fee.
	pub escrow: EscrowId,
	/// The plan's data key, RSA-OAEP-wrapped to the contributor's key `key_id`.
	pub wrapped_key: &'a [u8],
	/// The contributor key the data key is wrapped to.
	pub key_id: KeyId,
}

/// Loan-share → key-exchange: a handoff is due after a confirmation; an ended plan's
/// settled handoffs go when the plan is reaped.
pub trait HandoffHook {
	/// Record a handoff request. An error aborts the confirmation (nothing changes).
	fn handoff_due(due: HandoffDue<'_>) -> DispatchResult;
	/// Whether the handoff of `plan` to `participant` is over (or was never requested): no
	/// escrow waits on it, so its record may go.
	fn is_settled(plan: PlanId, participant: InstitutionId) -> bool;
	/// Remove the record of a settled handoff (its plan is being reaped).
	fn forget(plan: PlanId, participant: InstitutionId);
	/// Benchmark helper: settle the pending handoff of `plan` to `participant` (as a
	/// delivery would), so that reaping meets the worst case of removing it.
	#[cfg(feature = "runtime-benchmarks")]
	fn settle_for_benchmark(plan: PlanId, participant: InstitutionId);
}

/// The public envelope of a plan, as a dispute needs it to judge a delivered data key.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PlanEnvelope {
	/// The institution that published (and sealed) the plan.
	pub contributor: InstitutionId,
	/// The contributor's external reference (part of the AES-GCM associated data).
	pub external_ref: alloc::vec::Vec<u8>,
	/// `C`: the AES-256-GCM ciphertext with its tag.
	pub ciphertext: alloc::vec::Vec<u8>,
	/// `N`: the GCM nonce.
	pub nonce: [u8; 12],
	/// `H`: the commitment to the plaintext.
	pub commitment: [u8; 32],
}

/// Key-exchange → loan-share: what a handoff's settlement needs of the plan it belongs to.
pub trait ShareLedger {
	/// The envelope of `plan`, if the plan is still in state.
	fn envelope(plan: PlanId) -> Option<PlanEnvelope>;
	/// The share `participant` took of `plan` is given back (its fee was refunded: the
	/// handoff timed out, a bad delivery was proven or the council ruled a refund). The
	/// confirmation goes, the plan's taken amount and participant count drop, and an early
	/// filled plan reopens while its window lasts.
	fn return_share(plan: PlanId, participant: InstitutionId) -> DispatchResult;
	/// Benchmark helper: a plan of `contributor` sealed as `envelope` describes, filled by one
	/// confirmation of `participant` (the worst case of returning a share: the plan
	/// reopens). Returns its id.
	#[cfg(feature = "runtime-benchmarks")]
	fn plan_for_benchmark(
		contributor: InstitutionId,
		participant: InstitutionId,
		envelope: PlanEnvelope,
	) -> PlanId;
	/// Benchmark helper: the longest ciphertext a plan may carry.
	#[cfg(feature = "runtime-benchmarks")]
	fn max_ciphertext_len() -> u32;
}

impl ShareLedger for () {
	fn envelope(_: PlanId) -> Option<PlanEnvelope> {
		None
	}
	fn return_share(_: PlanId, _: InstitutionId) -> DispatchResult {
		Ok(())
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn plan_for_benchmark(_: InstitutionId, _: InstitutionId, _: PlanEnvelope) -> PlanId {
		0
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn max_ciphertext_len() -> u32 {
		0
	}
}

impl PublicKeyRegistry for () {
	fn current_key_id(_: InstitutionId) -> Option<KeyId> {
		Some(0)
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(_: InstitutionId) {}
}

impl HandoffHook for () {
	fn handoff_due(_: HandoffDue<'_>) -> DispatchResult {
		Ok(())
	}
	fn is_settled(_: PlanId, _: InstitutionId) -> bool {
		true
	}
	fn forget(_: PlanId, _: InstitutionId) {}
	#[cfg(feature = "runtime-benchmarks")]
	fn settle_for_benchmark(_: PlanId, _: InstitutionId) {}
}
