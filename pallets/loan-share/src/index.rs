//! Keys of the ordered indexes (`OpenPlans`, `PlansByContributor`, `TakenBy`,
//! `ExpiryQueue`, `ReapQueue`).
//!
//! Those maps use the `Identity` hasher over big-endian numbers, so that the
//! trie iterates them in numeric order: plan ids ascending, and expiries by
//! (end, plan id) ascending. SCALE encodes integers little-endian, which would
//! not sort, hence the byte arrays.
use loanshare_primitives::{Moment, PlanId};

/// A plan id as an ordered (big-endian) key.
pub type OrderedPlanId = [u8; 8];

/// An expiry queue key: the plan's end then its id, both big-endian.
pub type ExpiryKey = [u8; 16];

/// The ordered key of a plan id.
pub fn ordered(id: PlanId) -> OrderedPlanId {
	id.to_be_bytes()
}

/// The plan id of an ordered key.
pub fn plan_id(key: OrderedPlanId) -> PlanId {
	PlanId::from_be_bytes(key)
}

/// The expiry queue key of a plan ending at `end`.
pub fn expiry_key(end: Moment, id: PlanId) -> ExpiryKey {
	let mut key = [0u8; 16];
	let (high, low) = key.split_at_mut(8);
	high.copy_from_slice(&end.to_be_bytes());
	low.copy_from_slice(&id.to_be_bytes());
	key
}

/// The (end, plan id) of an expiry queue key.
pub fn split_expiry_key(key: ExpiryKey) -> (Moment, PlanId) {
	let mut end = [0u8; 8];
	let mut id = [0u8; 8];
	let (high, low) = key.split_at(8);
	end.copy_from_slice(high);
	id.copy_from_slice(low);
	(Moment::from_be_bytes(end), PlanId::from_be_bytes(id))
}

/// A reap queue key: the block a plan may be reaped at, then its id, both big-endian.
pub type ReapKey = [u8; 12];

/// The reap queue key of a plan that may be reaped at block `due`.
pub fn reap_key(due: u32, id: PlanId) -> ReapKey {
	let mut key = [0u8; 12];
	let (high, low) = key.split_at_mut(4);
	high.copy_from_slice(&due.to_be_bytes());
	low.copy_from_slice(&id.to_be_bytes());
	key
}

/// The (due block, plan id) of a reap queue key.
pub fn split_reap_key(key: ReapKey) -> (u32, PlanId) {
	let mut due = [0u8; 4];
	let mut id = [0u8; 8];
	let (high, low) = key.split_at(4);
	due.copy_from_slice(high);
	id.copy_from_slice(low);
	(u32::from_be_bytes(due), PlanId::from_be_bytes(id))
}
