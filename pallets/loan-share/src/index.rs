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

/// `high ‖ low` as one key of `N` bytes (`N` = their lengths' sum).
fn join<const N: usize>(high: &[u8], low: &[u8]) -> [u8; N] {
	let mut key = [0u8; N];
	for (slot, byte) in key.iter_mut().zip(high.iter().chain(low)) {
		*slot = *byte;
	}
	key
}

/// The last 8 bytes of a key: its big-endian plan id.
fn trailing_plan_id(key: &[u8]) -> PlanId {
	PlanId::from_be_bytes(key.last_chunk::<8>().copied().unwrap_or_default())
}

/// The expiry queue key of a plan ending at `end`.
pub fn expiry_key(end: Moment, id: PlanId) -> ExpiryKey {
	join(&end.to_be_bytes(), &id.to_be_bytes())
}

/// The (end, plan id) of an expiry queue key.
pub fn split_expiry_key(key: ExpiryKey) -> (Moment, PlanId) {
	let end = key.first_chunk::<8>().copied().unwrap_or_default();
	(Moment::from_be_bytes(end), trailing_plan_id(&key))
}

/// A reap queue key: the block a plan may be reaped at, then its id, both big-endian.
pub type ReapKey = [u8; 12];

/// The reap queue key of a plan that may be reaped at block `due`.
pub fn reap_key(due: u32, id: PlanId) -> ReapKey {
	join(&due.to_be_bytes(), &id.to_be_bytes())
}

/// The (due block, plan id) of a reap queue key.
pub fn split_reap_key(key: ReapKey) -> (u32, PlanId) {
	let due = key.first_chunk::<4>().copied().unwrap_or_default();
	(u32::from_be_bytes(due), trailing_plan_id(&key))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn keys_round_trip_and_sort_by_time_then_id() {
		assert_eq!(split_expiry_key(expiry_key(1_700_000_000_000, 42)), (1_700_000_000_000, 42));
		assert_eq!(split_reap_key(reap_key(864_000, u64::MAX)), (864_000, u64::MAX));
		assert!(expiry_key(1, u64::MAX) < expiry_key(2, 0));
		assert!(reap_key(7, 3) < reap_key(7, 4));
		assert!(reap_key(7, u64::MAX) < reap_key(8, 0));
		assert_eq!(plan_id(ordered(99)), 99);
	}
}
