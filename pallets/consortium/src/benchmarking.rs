//! Benchmarks (frame-benchmarking v2) of every call, in its worst case, and of the
//! `CheckMembership` transaction extension.
use super::*;
use crate::Pallet as Consortium;
use alloc::{boxed::Box, vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	dispatch::{DispatchInfo, PostDispatchInfo},
	pallet_prelude::TransactionSource,
	traits::{EnsureOrigin, Get},
};
use frame_system::RawOrigin;
use sp_runtime::traits::{DispatchTransaction, Dispatchable};

const SEED: u32 = 0;

fn all_roles() -> Vec<Role> {
	vec![
		Role::Regulator,
		Role::DataServiceProvider,
		Role::TokenIssuer,
		Role::Participator,
		Role::Contributor,
	]
}

fn admin<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

fn critical<T: Config>() -> Result<T::RuntimeOrigin, BenchmarkError> {
	T::CriticalOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)
}

/// The longest peer id accepted, made distinct by `tag`.
fn peer_id<T: Config>(tag: u8) -> PeerIdOf<T> {
	let mut bytes = vec![tag; T::MaxPeerIdLen::get() as usize];
	bytes.truncate(T::MaxPeerIdLen::get() as usize);
	BoundedVec::truncate_from(bytes)
}

fn longest_name<T: Config>() -> Vec<u8> {
	vec![b'n'; T::MaxNameLen::get() as usize]
}

fn accounts<T: Config>(tag: &'static str, n: u32) -> Vec<T::AccountId> {
	(0..n).map(|i| account(tag, i, SEED)).collect()
}

/// Admit an institution with `n` accounts and maybe a validator; returns its id.
fn admit_one<T: Config>(
	index: u32,
	n: u32,
	validator: Option<T::AccountId>,
) -> Result<InstitutionId, BenchmarkError> {
	let members = (0..n)
		.map(|i| account("member", index.saturating_mul(1_000).saturating_add(i), SEED))
		.collect();
	Consortium::<T>::do_admit(longest_name::<T>(), all_roles(), members, validator)
		.map_err(|_| BenchmarkError::Stop("cannot admit a benchmark institution"))
}

/// Make sure the validator set has more than `MinValidators` members, so one may leave.
fn enough_validators<T: Config>() -> Result<(), BenchmarkError> {
	let mut i = 0u32;
	while Validators::<T>::get().len() <= T::MinValidators::get() as usize {
		admit_one::<T>(100 + i, 0, Some(account("filler", i, SEED)))?;
		i = i.saturating_add(1);
	}
	Ok(())
}

#[benchmarks(where
	T: Send + Sync,
	<T as frame_system::Config>::RuntimeCall:
		Dispatchable<Info = DispatchInfo, PostInfo = PostDispatchInfo>,
	<T as Config>::RuntimeCall: From<frame_system::Call<T>>,
)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn admit(a: Linear<0, { T::MaxAccountsPerInstitution::get() }>) -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let members = accounts::<T>("new", a);
		let validator: T::AccountId = account("validator", 0, SEED);
		let id = NextInstitutionId::<T>::get();

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			longest_name::<T>(),
			all_roles(),
			members,
			Some(validator.clone()),
		);

		assert!(Institutions::<T>::contains_key(id));
		assert!(Validators::<T>::get().contains(&validator));
		Ok(())
	}

	#[benchmark]
	fn set_roles() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let id = admit_one::<T>(1, 1, None)?;

		#[extrinsic_call]
		_(
			origin as T::RuntimeOrigin,
			id,
			vec![Role::Regulator, Role::Contributor, Role::Regulator],
		);

		let roles = Institutions::<T>::get(id).map(|i| i.roles.into_inner());
		assert_eq!(roles, Some(vec![Role::Contributor, Role::Regulator]));
		Ok(())
	}

	#[benchmark]
	fn add_account() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let id = admit_one::<T>(1, T::MaxAccountsPerInstitution::get().saturating_sub(1), None)?;
		let new: T::AccountId = account("new", 0, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, new.clone());

		assert_eq!(AccountInstitution::<T>::get(&new), Some(id));
		Ok(())
	}

	#[benchmark]
	fn remove_account() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let n = T::MaxAccountsPerInstitution::get().max(1);
		let id = admit_one::<T>(1, n, None)?;
		let last = Institutions::<T>::get(id)
			.and_then(|i| i.accounts.last().cloned())
			.ok_or(BenchmarkError::Stop("no account"))?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, last.clone());

		assert_eq!(AccountInstitution::<T>::get(&last), None);
		Ok(())
	}

	#[benchmark]
	fn suspend() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let id = admit_one::<T>(1, 1, Some(account("validator", 0, SEED)))?;
		enough_validators::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(
			Institutions::<T>::get(id).map(|i| i.status),
			Some(InstitutionStatus::Suspended)
		);
		Ok(())
	}

	#[benchmark]
	fn resume() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let validator: T::AccountId = account("validator", 0, SEED);
		let id = admit_one::<T>(1, 1, Some(validator.clone()))?;
		enough_validators::<T>()?;
		Consortium::<T>::suspend(origin.clone(), id)
			.map_err(|_| BenchmarkError::Stop("suspend"))?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert!(Validators::<T>::get().contains(&validator));
		Ok(())
	}

	#[benchmark]
	fn remove(a: Linear<0, { T::MaxAccountsPerInstitution::get() }>) -> Result<(), BenchmarkError> {
		let origin = critical::<T>()?;
		let validator: T::AccountId = account("validator", 0, SEED);
		let id = admit_one::<T>(1, a, Some(validator.clone()))?;
		enough_validators::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(Institutions::<T>::get(id).map(|i| i.status), Some(InstitutionStatus::Removed));
		assert_eq!(AccountInstitution::<T>::get(&validator), None);
		Ok(())
	}

	#[benchmark]
	fn set_validator() -> Result<(), BenchmarkError> {
		let origin = admin::<T>()?;
		let id = admit_one::<T>(1, 1, Some(account("validator", 0, SEED)))?;
		let new: T::AccountId = account("validator", 1, SEED);

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, Some(new.clone()));

		assert_eq!(AccountInstitution::<T>::get(&new), Some(id));
		assert!(Validators::<T>::get().contains(&new));
		Ok(())
	}

	#[benchmark]
	fn check_membership() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = account("member", 0, SEED);
		admit_one::<T>(0, 1, None)?;
		let ext = CheckMembership::<T>::new();
		let call: <T as frame_system::Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: vec![] }.into();
		let info = DispatchInfo::default();
		let result;

		#[block]
		{
			result = ext.validate_only(
				RawOrigin::Signed(caller).into(),
				&call,
				&info,
				0,
				TransactionSource::External,
				0,
			);
		}

		assert!(result.is_ok());
		Ok(())
	}

	#[benchmark]
	fn register_node() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = account("member", 0, SEED);
		let id = admit_one::<T>(0, 1, None)?;
		// Worst case: the list is one short of full.
		for tag in 1..T::MaxNodesPerInstitution::get() {
			Consortium::<T>::do_register_node(id, peer_id::<T>(tag as u8))
				.map_err(|_| BenchmarkError::Stop("register"))?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), peer_id::<T>(0));

		assert_eq!(NodeOwner::<T>::get(peer_id::<T>(0)), Some(id));
		Ok(())
	}

	#[benchmark]
	fn deregister_node() -> Result<(), BenchmarkError> {
		let caller: T::AccountId = account("member", 0, SEED);
		let id = admit_one::<T>(0, 1, None)?;
		for tag in 0..T::MaxNodesPerInstitution::get() {
			Consortium::<T>::do_register_node(id, peer_id::<T>(tag as u8))
				.map_err(|_| BenchmarkError::Stop("register"))?;
		}

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), peer_id::<T>(0));

		assert_eq!(NodeOwner::<T>::get(peer_id::<T>(0)), None);
		Ok(())
	}

	#[benchmark]
	fn set_min_validators() -> Result<(), BenchmarkError> {
		let origin = critical::<T>()?;
		enough_validators::<T>()?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, 1);

		assert_eq!(MinimumValidators::<T>::get(), 1);
		Ok(())
	}

	#[benchmark]
	fn dispatch_as_root() -> Result<(), BenchmarkError> {
		let origin = critical::<T>()?;
		let call: <T as Config>::RuntimeCall =
			frame_system::Call::<T>::remark { remark: vec![] }.into();

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Box::new(call));

		Ok(())
	}

	impl_benchmark_test_suite!(Consortium, crate::mock::new_test_ext(), crate::mock::Test);
}
