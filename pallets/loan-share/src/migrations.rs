//! Storage migrations of the loan-share pallet, run by the runtime's `Migrations` on an
//! upgrade and checked with `try-runtime` (`pre_upgrade` / `post_upgrade`).
//!
//! v1 → v2: retention and deposits. The per-plan participant list `ConfirmationsOf` is
//! gone (a plan's confirmations are read by prefix, its `participants` counts them), and
//! every plan that had already ended is queued for reaping one retention period after the
//! upgrade. Plans published before v2 hold no deposit; reaping them releases nothing.
//!
//! The step reads every plan once: fine for the chains that exist (thousands of plans);
//! a chain with millions would need a multi-block migration instead.
use crate::{pallet::*, PlanStatus};
use alloc::vec::Vec;
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	storage::migration::clear_storage_prefix,
	traits::{Get, PalletInfoAccess, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// The v1 → v2 step, without the version check (see [`MigrateV1ToV2`]).
pub struct InnerMigrateV1ToV2<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV1ToV2<T> {
	fn on_runtime_upgrade() -> Weight {
		let pallet = <Pallet<T> as PalletInfoAccess>::name().as_bytes();
		let cleared = clear_storage_prefix(pallet, b"ConfirmationsOf", b"", None, None);
		let ended: Vec<_> = Plans::<T>::iter()
			.filter(|(_, plan)| plan.status != PlanStatus::Open)
			.map(|(id, _)| id)
			.collect();
		let plans = Plans::<T>::iter_keys().count() as u64;
		for id in &ended {
			Pallet::<T>::schedule_reap(*id);
		}
		T::DbWeight::get().reads_writes(
			plans.saturating_add(u64::from(cleared.loops)),
			u64::from(cleared.unique).saturating_add(ended.len() as u64),
		)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<Vec<u8>, sp_runtime::TryRuntimeError> {
		Ok(Vec::new())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		Pallet::<T>::do_try_state()
	}
}

/// v1 → v2, run only when the pallet's on-chain storage version is 1 (then set to 2).
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	InnerMigrateV1ToV2<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The v2 layout of a plan's share conditions (before `min_share`).
#[derive(codec::Encode, codec::Decode, Clone, PartialEq, Eq, Debug)]
pub struct OldShareConditions {
	/// Shared limit, fen.
	pub shared_limit: loanshare_primitives::Fen,
	/// Lowest rate, bp.
	pub min_rate_bp: u32,
	/// Highest rate, bp.
	pub max_rate_bp: u32,
	/// Fee rate.
	pub token_rate: u32,
	/// Most participants.
	pub max_participants: u32,
	/// Window start.
	pub start: loanshare_primitives::Moment,
	/// Window end.
	pub end: loanshare_primitives::Moment,
}

/// The v2 layout of a plan (its input with the old conditions).
#[derive(codec::Encode, codec::Decode)]
pub struct OldPlan<T: Config> {
	id: loanshare_primitives::PlanId,
	contributor: loanshare_primitives::InstitutionId,
	external_ref: crate::ExternalRefOf<T>,
	loan_type: crate::LoanType,
	amount: loanshare_primitives::Fen,
	car: Option<crate::CarCollateral>,
	risk: crate::RiskResult,
	links: crate::RiskLinks<T>,
	conditions: OldShareConditions,
	envelope: crate::EnvelopeRef<T>,
	status: PlanStatus,
	taken: loanshare_primitives::Fen,
	participants: u32,
	published_at: loanshare_primitives::Moment,
}

/// The v2 → v3 step, without the version check (see [`MigrateV2ToV3`]): every plan gets
/// `min_share` = the chain's floor, or its shared limit where that is smaller (plans
/// published before fair shares keep working, and get the floor's protection); the reap
/// queue gets its by-plan index `ReapAt`.
pub struct InnerMigrateV2ToV3<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV2ToV3<T> {
	fn on_runtime_upgrade() -> Weight {
		let mut count = 0u64;
		let floor = T::MinShareFloor::get();
		Plans::<T>::translate::<OldPlan<T>, _>(|_, old| {
			count = count.saturating_add(1);
			let c = old.conditions;
			let input = crate::PlanInput {
				external_ref: old.external_ref,
				loan_type: old.loan_type,
				amount: old.amount,
				car: old.car,
				risk: old.risk,
				links: old.links,
				conditions: crate::ShareConditions {
					shared_limit: c.shared_limit,
					min_share: floor.min(c.shared_limit),
					min_rate_bp: c.min_rate_bp,
					max_rate_bp: c.max_rate_bp,
					token_rate: c.token_rate,
					max_participants: c.max_participants,
					start: c.start,
					end: c.end,
				},
				envelope: old.envelope,
			};
			let mut plan = crate::Plan::<T>::new(old.id, old.contributor, input, old.published_at);
			plan.status = old.status;
			plan.taken = old.taken;
			plan.participants = old.participants;
			Some(plan)
		});
		// Index the reap queue by plan (a plan that opens again must leave it).
		let queued: Vec<_> = ReapQueue::<T>::iter_keys().collect();
		for key in &queued {
			let (due, id) = crate::index::split_reap_key(*key);
			ReapAt::<T>::insert(id, due);
		}
		let queued = queued.len() as u64;
		T::DbWeight::get().reads_writes(count.saturating_add(queued), count.saturating_add(queued))
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_: Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		Pallet::<T>::do_try_state()
	}
}

/// v2 → v3, run only when the pallet's on-chain storage version is 2 (then set to 3).
pub type MigrateV2ToV3<T> = VersionedMigration<
	2,
	3,
	InnerMigrateV2ToV3<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::tests::{
		build_and_execute, check_invariants, input, plan, publish, signed, CONTRIB_ACC,
	};
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};

	#[test]
	fn v2_to_v3_gives_every_plan_the_floor_as_its_minimum_share() {
		build_and_execute(|| {
			let open = publish(input(b"open"));
			let ended = publish(input(b"ended"));
			assert!(Pallet::<crate::mock::Test>::withdraw(signed(CONTRIB_ACC), ended).is_ok());
			for id in [open, ended] {
				let p = plan(id);
				let i = p.input.clone();
				let c = i.conditions;
				let old = OldPlan::<crate::mock::Test> {
					id,
					contributor: p.contributor,
					external_ref: i.external_ref,
					loan_type: i.loan_type,
					amount: i.amount,
					car: i.car,
					risk: i.risk,
					links: i.links,
					conditions: OldShareConditions {
						shared_limit: c.shared_limit,
						min_rate_bp: c.min_rate_bp,
						max_rate_bp: c.max_rate_bp,
						token_rate: c.token_rate,
						max_participants: c.max_participants,
						start: c.start,
						end: c.end,
					},
					envelope: i.envelope,
					status: p.status,
					taken: p.taken,
					participants: p.participants,
					published_at: p.published_at,
				};
				frame_support::storage::unhashed::put_raw(
					&Plans::<crate::mock::Test>::hashed_key_for(id),
					&old.encode(),
				);
			}
			// A v2 chain had no by-plan index of the reap queue.
			let _ = ReapAt::<crate::mock::Test>::clear(u32::MAX, None);
			StorageVersion::new(2).put::<Pallet<crate::mock::Test>>();

			MigrateV2ToV3::<crate::mock::Test>::on_runtime_upgrade();

			assert_eq!(
				Pallet::<crate::mock::Test>::on_chain_storage_version(),
				StorageVersion::new(3)
			);
			for id in [open, ended] {
				assert_eq!(plan(id).conditions.min_share, 1, "the mock's floor");
			}
			assert!(ReapAt::<crate::mock::Test>::contains_key(ended));
			check_invariants();
		});
	}
}
