//! Records kept by the token pallet: redemption requests and used payment references.
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use loanshare_primitives::{InstitutionId, TokenBalance};
use scale_info::TypeInfo;

/// Identifier of a redemption request (increasing from 0).
pub type RedemptionId = u64;

/// Where a redemption request stands.
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
	Debug,
)]
pub enum RedemptionStatus {
	/// Waiting for the issuer: the amount is held by the request.
	Pending,
	/// The issuer paid RMB off-chain (institution id of that issuer); the amount was burned.
	Settled(InstitutionId),
	/// The issuer refused (institution id of that issuer); the amount went back to the requester.
	Rejected(InstitutionId),
}

/// A request to turn tokens back into RMB.
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
	Debug,
)]
pub struct Redemption {
	/// The institution that asked to redeem.
	pub requester: InstitutionId,
	/// Token units (fen) to redeem.
	pub amount: TokenBalance,
	/// Pending, settled or rejected.
	pub status: RedemptionStatus,
}

/// What a used payment reference minted (kept so a reference never mints twice).
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
	Debug,
)]
pub struct RechargeRecord {
	/// The issuer institution that minted.
	pub issuer: InstitutionId,
	/// The institution credited.
	pub to: InstitutionId,
	/// Token units (fen) minted.
	pub amount: TokenBalance,
}
