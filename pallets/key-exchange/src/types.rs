//! Storage records of the key-exchange pallet: registered keys, handoffs, the items of
//! `deliver_batch`, and the ordered keys of the pending list and the deadline queue.
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::{BoundedVec, Get},
	CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use loanshare_primitives::{EscrowId, InstitutionId, KeyId, PlanId};
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

/// Where a handoff stands. The fee is held in the first three and paid to the contributor
/// in the others. A handoff whose fee goes back to the participant (timeout, proven bad
/// delivery, council ruling) leaves state at once, its share returning to the plan: its
/// events are its record.
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
	/// Waiting for the contributor to deliver the re-wrapped data key (until the timeout).
	Pending,
	/// W' is delivered; the challenge window runs and the fee is still held.
	Delivered,
	/// The participant complained about the data's truth; the council rules.
	Complained,
	/// The participant accepted the delivery; the fee was paid to the contributor.
	Accepted,
	/// The challenge window passed without a proven bad delivery; the fee was paid.
	Released,
	/// The council rejected a complaint; the fee was paid to the contributor.
	RuledRelease,
}

impl HandoffStatus {
	/// Whether the participant's fee is still held (the handoff is not over).
	pub fn holds_fee(self) -> bool {
		matches!(self, Self::Pending | Self::Delivered | Self::Complained)
	}
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
	/// The participant key W' is wrapped to (named by the contributor, checked to be current).
	pub delivered_key_id: Option<KeyId>,
	/// The block W' was delivered in (the challenge window runs from there).
	pub delivered_at: Option<BlockNumber>,
	/// The block the chain settles the handoff by itself: the refund of an undelivered one,
	/// the payment of a delivered one at the end of its window (`None` once settled or
	/// before the council).
	pub deadline: Option<BlockNumber>,
}

/// One item of `deliver_batch`: W' for the handoff of `plan` to `participant`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxWrappedKeyLen))]
pub struct Delivery<MaxWrappedKeyLen: Get<u32>> {
	/// The plan.
	pub plan: PlanId,
	/// The participant the data key is for.
	pub participant: InstitutionId,
	/// The participant key W' is wrapped to (must be its current key).
	pub participant_key_id: KeyId,
	/// W': the data key RSA-OAEP-wrapped to that key.
	pub rewrapped_key: BoundedVec<u8, MaxWrappedKeyLen>,
}

/// A pending-list key: plan id (big-endian) then participant (big-endian), so that a
/// contributor's pending handoffs iterate oldest plan first.
pub type PendingKey = [u8; 12];

/// A deadline-queue key: the block (big-endian), plan id, participant; iterates by block.
pub type DeadlineKey = [u8; 16];

/// The pending-list key of the handoff of `plan` to `participant`.
pub fn pending_key(plan: PlanId, participant: InstitutionId) -> PendingKey {
	let mut key = [0u8; 12];
	for (slot, byte) in
		key.iter_mut().zip(plan.to_be_bytes().into_iter().chain(participant.to_be_bytes()))
	{
		*slot = byte;
	}
	key
}

/// The (plan, participant) of a pending-list key.
pub fn split_pending_key(key: &PendingKey) -> (PlanId, InstitutionId) {
	let plan = key.first_chunk::<8>().copied().unwrap_or_default();
	let participant = key.last_chunk::<4>().copied().unwrap_or_default();
	(PlanId::from_be_bytes(plan), InstitutionId::from_be_bytes(participant))
}

/// The deadline-queue key of the handoff of `plan` to `participant` due at block `at`.
pub fn deadline_key(at: u32, plan: PlanId, participant: InstitutionId) -> DeadlineKey {
	let mut key = [0u8; 16];
	let pending = pending_key(plan, participant);
	for (slot, byte) in key.iter_mut().zip(at.to_be_bytes().iter().chain(pending.iter())) {
		*slot = *byte;
	}
	key
}

/// The (block, plan, participant) of a deadline-queue key.
pub fn split_deadline_key(key: &DeadlineKey) -> (u32, PlanId, InstitutionId) {
	let at = key.first_chunk::<4>().copied().unwrap_or_default();
	let pending = key.last_chunk::<12>().copied().unwrap_or_default();
	let (plan, participant) = split_pending_key(&pending);
	(u32::from_be_bytes(at), plan, participant)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn keys_round_trip_and_sort_by_block_then_plan_then_participant() {
		assert_eq!(split_pending_key(&pending_key(u64::MAX, 7)), (u64::MAX, 7));
		assert_eq!(split_deadline_key(&deadline_key(28_800, 42, 3)), (28_800, 42, 3));
		assert!(pending_key(1, u32::MAX) < pending_key(2, 0));
		assert!(deadline_key(5, u64::MAX, u32::MAX) < deadline_key(6, 0, 0));
		assert!(deadline_key(5, 1, 9) < deadline_key(5, 2, 0));
	}
}
