//! Storage records of the key-exchange pallet: registered keys and handoffs.
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::{BoundedVec, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use loanshare_primitives::{EscrowId, InstitutionId, KeyId};
use scale_info::TypeInfo;

/// An institution's registered RSA public key (kept on record after rotation).
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxKeyLen))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct RegisteredKey<BlockNumber, MaxKeyLen>
where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxKeyLen: Get<u32>,
{
	/// The key as X.509 SubjectPublicKeyInfo DER.
	pub der: BoundedVec<u8, MaxKeyLen>,
	/// RSA modulus size in bits (validated on chain to be within the envelope's bounds).
	pub bits: u32,
	/// The block in which the key was registered.
	pub registered_at: BlockNumber,
}

/// Where a handoff stands.
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
pub enum HandoffStatus {
	/// Waiting for the contributor to deliver the re-wrapped data key.
	Pending,
	/// The contributor delivered W'; the fee was paid to it.
	Delivered,
	/// Nothing was delivered in time; the fee went back to the participant.
	Refunded,
	/// The participant reported that the delivered key does not open the plan's data.
	Disputed,
}

/// The handoff of one plan's data key from its contributor to one participant.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(MaxWrappedKeyLen))]
#[codec(mel_bound(BlockNumber: MaxEncodedLen))]
pub struct Handoff<BlockNumber, MaxWrappedKeyLen>
where
	BlockNumber: Clone + PartialEq + Eq + core::fmt::Debug,
	MaxWrappedKeyLen: Get<u32>,
{
	/// The institution that must deliver.
	pub contributor: InstitutionId,
	/// The escrow holding the participant's fee.
	pub escrow: EscrowId,
	/// W: the data key wrapped to the contributor's key `contributor_key_id`.
	pub wrapped_key: BoundedVec<u8, MaxWrappedKeyLen>,
	/// The contributor key W is wrapped to.
	pub contributor_key_id: KeyId,
	/// The participant's current key when the handoff was requested.
	pub participant_key_id: KeyId,
	/// The block in which the handoff was requested.
	pub requested_at: BlockNumber,
	/// Where the handoff stands.
	pub status: HandoffStatus,
	/// W': the data key re-wrapped to the participant's key `delivered_key_id`, once delivered.
	pub delivered_key: Option<BoundedVec<u8, MaxWrappedKeyLen>>,
	/// The participant key W' is wrapped to (its current key when delivered).
	pub delivered_key_id: Option<KeyId>,
}
