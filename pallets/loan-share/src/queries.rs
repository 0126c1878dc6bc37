//! Read-only queries behind `loanshare_primitives::api::LoanShareApi` (the node's
//! `loanShare_*` RPCs). Not for use in transactions: some walk an index.
use crate::{
	index::{ordered, plan_id, OrderedPlanId},
	pallet::*,
	Confirmation, PlanOf,
};
use alloc::vec::Vec;
pub use loanshare_primitives::constants::{QUERY_LIMIT, TAKEN_BY_LIMIT};
use loanshare_primitives::{InstitutionId, PlanId};

/// Keys of an ordered index from `start` on: the raw key to iterate *after*
/// (`None`: from the beginning), since storage iteration excludes its start key.
fn after(start: PlanId) -> Option<OrderedPlanId> {
	start.checked_sub(1).map(ordered)
}

impl<T: Config> Pallet<T> {
	/// One plan by id.
	pub fn plan(id: PlanId) -> Option<PlanOf<T>> {
		Plans::<T>::get(id)
	}

	/// The plans `contributor` published with ids from `start`, oldest first, at most
	/// `limit` (capped at [`QUERY_LIMIT`]).
	pub fn plans_by_contributor(
		contributor: InstitutionId,
		start: PlanId,
		limit: u32,
	) -> Vec<PlanOf<T>> {
		let keys = match after(start) {
			None => PlansByContributor::<T>::iter_key_prefix(contributor),
			Some(key) => PlansByContributor::<T>::iter_key_prefix_from(
				contributor,
				PlansByContributor::<T>::hashed_key_for(contributor, key),
			),
		};
		keys.take(limit.min(QUERY_LIMIT) as usize)
			.filter_map(|key| Plans::<T>::get(plan_id(key)))
			.collect()
	}

	/// The open plans (status `Open`, end not passed) with ids from `start`, oldest
	/// first, at most `limit` (capped at [`QUERY_LIMIT`]).
	pub fn open_plans(start: PlanId, limit: u32) -> Vec<PlanOf<T>> {
		let now = Self::now();
		let keys = match after(start) {
			None => OpenPlans::<T>::iter_keys(),
			Some(key) => OpenPlans::<T>::iter_keys_from(OpenPlans::<T>::hashed_key_for(key)),
		};
		keys.filter_map(|key| Plans::<T>::get(plan_id(key)))
			.filter(|plan| plan.conditions.end >= now)
			.take(limit.min(QUERY_LIMIT) as usize)
			.collect()
	}

	/// The confirmations of a plan (at most `MaxParticipants`), in the order they were
	/// made (escrow ids are handed out in order).
	pub fn confirmations(plan: PlanId) -> Vec<Confirmation> {
		let mut all: Vec<Confirmation> = Confirmations::<T>::iter_prefix_values(plan).collect();
		all.sort_by_key(|c| (c.at, c.escrow));
		all
	}

	/// The confirmations `participant` made, by plan id, oldest first (at most
	/// [`TAKEN_BY_LIMIT`]).
	pub fn taken_by(participant: InstitutionId) -> Vec<Confirmation> {
		Self::taken_by_from(participant, 0, TAKEN_BY_LIMIT)
	}

	/// The confirmations `participant` made of plans with ids from `start`, oldest
	/// first, at most `limit`.
	pub fn taken_by_from(
		participant: InstitutionId,
		start: PlanId,
		limit: u32,
	) -> Vec<Confirmation> {
		let keys = match after(start) {
			None => TakenBy::<T>::iter_key_prefix(participant),
			Some(key) => TakenBy::<T>::iter_key_prefix_from(
				participant,
				TakenBy::<T>::hashed_key_for(participant, key),
			),
		};
		keys.take(limit as usize)
			.filter_map(|key| Confirmations::<T>::get(plan_id(key), participant))
			.collect()
	}
}
