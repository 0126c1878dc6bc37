//! # Consortium pallet
//!
//! Owns the membership of the LoanShare consortium: which institutions are admitted, which
//! [`Role`]s they hold, which accounts act for them, and which account runs each one's
//! validator node (proof of authority: one validator per institution).
//!
//! Every call is gated by [`Config::AdminOrigin`] (a council majority on a production chain,
//! sudo on a development chain). Other pallets ask "who may do what" through the
//! [`InstitutionRegistry`] trait, implemented here by [`Pallet`]; only *active* institutions
//! count. `pallet-session` asks for the validator set through
//! [`pallet_session::SessionManager`], implemented in [`session`].
//!
//! ## Accounts
//! An account acts for at most one institution ([`AccountInstitution`]). The validator
//! account of an institution is kept in its own field (`validator`, not in `accounts`, and not
//! counted against [`Config::MaxAccountsPerInstitution`]), but it is bound in
//! [`AccountInstitution`] too: it acts for its institution like any of its accounts (so it can
//! sign `session.set_keys`, or transactions of the institution's offchain workers) and can be
//! neither an account nor a validator of any other institution.
//!
//! ## Lifecycle
//! `Active` ⇄ `Suspended` (`suspend` / `resume`) → `Removed` (`remove`, final). A suspended
//! institution keeps its accounts bound but counts as no member and its validator leaves the
//! validator set; a removed institution frees all its accounts and its validator.
//!
//! ## When does a validator become an authority?
//! See [`session`]: a change made during session `N` is handed to `pallet-session` when
//! session `N + 1` starts and its keys become the Aura/GRANDPA authorities when session
//! `N + 2` starts.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

mod check_membership;
mod council;
pub mod endowment;
pub mod genesis;
pub mod migrations;
mod nodes;
pub mod origin;
mod registry;
pub mod session;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

pub use check_membership::{CheckMembership, NOT_A_MEMBER};
pub use loanshare_primitives::{InstitutionId, InstitutionRegistry, Role};
pub use origin::EnsureInstitution;
pub use session::SessionKeysOf;
pub use weights::WeightInfo;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, BoundedVec};
use scale_info::TypeInfo;

/// The most roles an institution can hold (one of each [`Role`]).
pub type MaxRoles = ConstU32<5>;

/// The sorted, deduplicated roles of an institution.
pub type RolesOf = BoundedVec<Role, MaxRoles>;

/// Where an institution is in its lifecycle.
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
pub enum InstitutionStatus {
	/// Admitted and acting: its accounts are members, its validator validates.
	Active,
	/// Temporarily barred: accounts stay bound but count as no member; no validator.
	Suspended,
	/// Removed for good: its accounts and validator were freed.
	Removed,
}

/// An admitted institution.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxName, MaxAccounts))]
pub struct Institution<
	AccountId,
	MaxName: frame_support::traits::Get<u32>,
	MaxAccounts: frame_support::traits::Get<u32>,
> {
	/// Display name (UTF-8 by convention, not checked).
	pub name: BoundedVec<u8, MaxName>,
	/// Roles held, sorted and deduplicated, never empty.
	pub roles: RolesOf,
	/// Accounts acting for the institution (the validator account excluded).
	pub accounts: BoundedVec<AccountId, MaxAccounts>,
	/// The account of the institution's validator node, if it runs one.
	pub validator: Option<AccountId>,
	/// Lifecycle status.
	pub status: InstitutionStatus,
}

/// The [`Institution`] type of a runtime.
pub type InstitutionOf<T> = Institution<
	<T as frame_system::Config>::AccountId,
	<T as Config>::MaxNameLen,
	<T as Config>::MaxAccountsPerInstitution,
>;

/// A bounded list of validator accounts.
pub type ValidatorsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxValidators>;

/// Session index, as `pallet-session` counts them.
pub type SessionIndex = u32;

/// The raw bytes of a node's libp2p peer id (38 bytes for an ed25519 node key).
pub type PeerIdOf<T> = BoundedVec<u8, <T as Config>::MaxPeerIdLen>;

/// The council's seats: one voting account per active institution, sorted.
pub type SeatsOf<T> =
	BoundedVec<<T as frame_system::Config>::AccountId, <T as Config>::MaxCouncilSeats>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::boxed::Box;
	use alloc::vec::Vec;
	use frame_support::{
		dispatch::GetDispatchInfo,
		pallet_prelude::*,
		traits::{ChangeMembers, Contains, ContainsPair, EnsureOrigin, UnfilteredDispatchable},
	};
	use frame_system::pallet_prelude::*;
	use loanshare_primitives::InstitutionOrigin;

	/// The in-code storage version (1: council seats, node registry, minimum validators;
	/// see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the consortium pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// Routine administration: admit, roles, accounts, validators, suspend and resume
		/// (a simple majority of the council, or root on a development chain).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Critical actions: remove an institution, change the validator minimum, dispatch a
		/// call as Root (runtime upgrades) (two thirds of the council, or root).
		type CriticalOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// A call the council's two thirds may dispatch as Root through `dispatch_as_root`.
		type RuntimeCall: Parameter
			+ UnfilteredDispatchable<RuntimeOrigin = Self::RuntimeOrigin>
			+ GetDispatchInfo;

		/// The council whose seats follow membership (pallet-collective's `ChangeMembers`):
		/// one seat per active institution, its first account.
		type Council: ChangeMembers<Self::AccountId>;

		/// Most council seats (the council's own `MaxMembers`).
		#[pallet::constant]
		type MaxCouncilSeats: Get<u32>;

		/// Most nodes one institution may register.
		#[pallet::constant]
		type MaxNodesPerInstitution: Get<u32>;

		/// Longest peer id, in bytes.
		#[pallet::constant]
		type MaxPeerIdLen: Get<u32>;

		/// Longest institution name, in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;

		/// Most accounts one institution may have (its validator account not counted).
		#[pallet::constant]
		type MaxAccountsPerInstitution: Get<u32>;

		/// Largest validator set (at most one validator per institution).
		#[pallet::constant]
		type MaxValidators: Get<u32>;

		/// The validator minimum until genesis or `set_min_validators` sets
		/// [`MinimumValidators`]: suspending or removing an institution, or taking its
		/// validator away, fails with `TooFewValidators` if the set would shrink below it.
		#[pallet::constant]
		type MinValidators: Get<u32>;

		/// Which validator accounts have registered session keys. Validators without keys are
		/// left out of the set handed to `pallet-session` (which would skip them anyway) until
		/// they register. Use [`SessionKeysOf<Runtime>`](crate::SessionKeysOf) (or
		/// `Everything` to hand over every validator).
		type SessionKeys: Contains<Self::AccountId>;

		/// Which calls a signer acting for no active institution may still sign (checked by
		/// the [`CheckMembership`](crate::CheckMembership) transaction extension), e.g.
		/// `sudo` by the sudo key alone on a development chain.
		type PublicCalls: ContainsPair<Self::AccountId, <Self as frame_system::Config>::RuntimeCall>;

		/// The native currency (which pays transaction fees): every account the council adds
		/// to an institution is endowed from it, so that it can pay its first fees.
		type NativeCurrency: frame_support::traits::fungible::Mutate<Self::AccountId>;

		/// What each newly bound account (by `admit`, `add_account` or `set_validator`) is
		/// minted in native currency; zero endows nothing. Genesis accounts are funded by the
		/// chain spec instead.
		#[pallet::constant]
		type AccountEndowment: Get<crate::endowment::NativeBalanceOf<Self>>;

		/// Weights of the calls and of the transaction extension.
		type WeightInfo: WeightInfo;
	}

	/// Every institution ever admitted (removed ones stay, with status `Removed`).
	#[pallet::storage]
	pub type Institutions<T: Config> =
		StorageMap<_, Blake2_128Concat, InstitutionId, InstitutionOf<T>, OptionQuery>;

	/// The institution each bound account (ordinary or validator) acts for.
	#[pallet::storage]
	pub type AccountInstitution<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, InstitutionId, OptionQuery>;

	/// The first institution id.
	#[pallet::type_value]
	pub fn FirstInstitutionId() -> InstitutionId {
		1
	}

	/// The id the next admitted institution gets (ids start at 1).
	#[pallet::storage]
	pub type NextInstitutionId<T: Config> =
		StorageValue<_, InstitutionId, ValueQuery, FirstInstitutionId>;

	/// The validators of the active institutions, sorted: who *should* validate.
	#[pallet::storage]
	pub type Validators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// The validator set last handed to `pallet-session` (by `new_session`), sorted.
	#[pallet::storage]
	pub type QueuedValidators<T: Config> = StorageValue<_, ValidatorsOf<T>, ValueQuery>;

	/// Fewest validators of active institutions the chain may be left with (GRANDPA needs
	/// more than two thirds of them online: with 4, one may fail).
	#[pallet::storage]
	pub type MinimumValidators<T: Config> = StorageValue<_, u32, ValueQuery, T::MinValidators>;

	/// The council's seats as last handed to [`Config::Council`], sorted.
	#[pallet::storage]
	pub type CouncilSeats<T: Config> = StorageValue<_, SeatsOf<T>, ValueQuery>;

	/// The peer ids of each institution's nodes.
	#[pallet::storage]
	pub type Nodes<T: Config> = StorageMap<
		_,
		Twox64Concat,
		InstitutionId,
		BoundedVec<PeerIdOf<T>, T::MaxNodesPerInstitution>,
		ValueQuery,
	>;

	/// Which institution registered a peer id (a peer id belongs to one institution).
	#[pallet::storage]
	pub type NodeOwner<T: Config> =
		StorageMap<_, Blake2_128Concat, PeerIdOf<T>, InstitutionId, OptionQuery>;

	/// Genesis: the founding institutions, admitted in order with ids 1, 2, ….
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The validator minimum, if not `MinValidators`.
		pub min_validators: Option<u32>,
		/// `(name, roles, accounts, validator)` of each founding institution.
		pub institutions: Vec<crate::genesis::GenesisInstitution<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			crate::genesis::build::<T>(&self.institutions, self.min_validators);
		}
	}

	/// Events of the consortium pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An institution was admitted (active at once).
		InstitutionAdmitted {
			/// Its new id.
			id: InstitutionId,
			/// Its name.
			name: BoundedVec<u8, T::MaxNameLen>,
			/// Its roles.
			roles: RolesOf,
			/// The accounts acting for it.
			accounts: BoundedVec<T::AccountId, T::MaxAccountsPerInstitution>,
			/// Its validator account, if any.
			validator: Option<T::AccountId>,
		},
		/// An institution's roles were replaced.
		RolesChanged {
			/// The institution.
			id: InstitutionId,
			/// Its roles from now on.
			roles: RolesOf,
		},
		/// An account now acts for an institution.
		AccountAdded {
			/// The institution.
			id: InstitutionId,
			/// The account.
			account: T::AccountId,
		},
		/// An account no longer acts for an institution.
		AccountRemoved {
			/// The institution.
			id: InstitutionId,
			/// The account.
			account: T::AccountId,
		},
		/// An institution's validator account was set, replaced or taken away.
		ValidatorChanged {
			/// The institution.
			id: InstitutionId,
			/// The validator before.
			old: Option<T::AccountId>,
			/// The validator from now on.
			new: Option<T::AccountId>,
		},
		/// An institution was suspended.
		InstitutionSuspended {
			/// The institution.
			id: InstitutionId,
		},
		/// A suspended institution is active again.
		InstitutionResumed {
			/// The institution.
			id: InstitutionId,
		},
		/// An institution was removed for good; its accounts and validator were freed.
		InstitutionRemoved {
			/// The institution.
			id: InstitutionId,
		},
		/// The council's seats changed (they follow the active institutions).
		CouncilChanged {
			/// The seats from now on, sorted.
			seats: SeatsOf<T>,
		},
		/// An institution registered a node: the node may connect to the network.
		NodeRegistered {
			/// The institution.
			id: InstitutionId,
			/// The node's peer id (raw bytes).
			peer_id: PeerIdOf<T>,
		},
		/// A node was deregistered (or its institution removed): it is disconnected.
		NodeDeregistered {
			/// The institution.
			id: InstitutionId,
			/// The node's peer id (raw bytes).
			peer_id: PeerIdOf<T>,
		},
		/// The validator minimum was changed.
		MinValidatorsSet {
			/// The new minimum.
			min: u32,
		},
		/// The council's two thirds dispatched a call as Root.
		DispatchedAsRoot {
			/// What the call returned.
			result: DispatchResult,
		},
		/// A new validator set was handed to `pallet-session`: it is queued now and its keys
		/// become the authorities when session `session` starts.
		ValidatorSetChanged {
			/// The session the set validates from.
			session: SessionIndex,
			/// The validators, sorted.
			validators: ValidatorsOf<T>,
		},
	}

	/// Errors of the consortium pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// No institution has this id.
		UnknownInstitution,
		/// The institution was removed (final).
		AlreadyRemoved,
		/// The account already acts for an institution (or is listed twice).
		AccountAlreadyBound,
		/// The account does not act for this institution (validators: use `set_validator`).
		AccountNotFound,
		/// An institution must hold at least one role.
		EmptyRoles,
		/// More roles than there are (cannot happen after deduplication).
		TooManyRoles,
		/// More accounts than `MaxAccountsPerInstitution`.
		TooManyAccounts,
		/// The name is longer than `MaxNameLen`.
		NameTooLong,
		/// The validator account already acts for an institution (as an account or validator).
		ValidatorAlreadyUsed,
		/// The validator set would shrink below `MinValidators`.
		TooFewValidators,
		/// The validator set would grow beyond `MaxValidators`.
		TooManyValidators,
		/// The institution is not active (suspend needs an active one).
		NotActive,
		/// The institution is not suspended (resume needs a suspended one).
		NotSuspended,
		/// The caller acts for no active institution.
		NotAMember,
		/// The caller's institution does not hold the Contributor role.
		NotAContributor,
		/// The caller's institution does not hold the Participator role.
		NotAParticipator,
		/// The caller's institution does not hold the TokenIssuer role.
		NotATokenIssuer,
		/// The caller's institution does not hold the DataServiceProvider role.
		NotADataServiceProvider,
		/// The caller's institution does not hold the Regulator role.
		NotARegulator,
		/// More council seats than `MaxCouncilSeats`.
		TooManyCouncilSeats,
		/// The peer id is empty.
		InvalidPeerId,
		/// The peer id is already registered (by this or another institution).
		NodeAlreadyRegistered,
		/// The institution has `MaxNodesPerInstitution` nodes.
		TooManyNodes,
		/// The caller's institution registered no such node.
		UnknownNode,
		/// The validator minimum must be at least 1 and at most the current validator count.
		InvalidMinValidators,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// The constants agree with each other.
		fn integrity_test() {
			assert!(T::MinValidators::get() >= 1, "MinValidators must be at least 1");
			assert!(
				Self::endowment_is_sane(),
				"AccountEndowment must be zero or at least the existential deposit"
			);
			assert!(
				T::MinValidators::get() <= T::MaxValidators::get(),
				"MinValidators must not exceed MaxValidators"
			);
			assert!(T::MaxNameLen::get() >= 1, "MaxNameLen must be positive");
			assert!(
				T::MaxAccountsPerInstitution::get() >= 1,
				"MaxAccountsPerInstitution must be positive"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Admit an institution: it is active at once, its `accounts` act for it, and its
		/// `validator` (if any) joins the validator set at the next session rotation.
		///
		/// `roles` are sorted and deduplicated and must not be empty; no account (nor the
		/// validator) may already act for an institution or be listed twice.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::admit(accounts.len() as u32))]
		pub fn admit(
			origin: OriginFor<T>,
			name: Vec<u8>,
			roles: Vec<Role>,
			accounts: Vec<T::AccountId>,
			validator: Option<T::AccountId>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let endowed: Vec<T::AccountId> =
				accounts.iter().chain(validator.iter()).cloned().collect();
			Self::do_admit(name, roles, accounts, validator)?;
			endowed.iter().try_for_each(Self::endow)
		}

		/// Replace the roles of a (not removed) institution.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_roles())]
		pub fn set_roles(
			origin: OriginFor<T>,
			id: InstitutionId,
			roles: Vec<Role>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let roles = Self::normalize_roles(roles)?;
			let mut inst = Self::live(id)?;
			inst.roles = roles.clone();
			Institutions::<T>::insert(id, inst);
			Self::deposit_event(Event::RolesChanged { id, roles });
			Ok(())
		}

		/// Let `account` act for a (not removed) institution.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_account())]
		pub fn add_account(
			origin: OriginFor<T>,
			id: InstitutionId,
			account: T::AccountId,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let mut inst = Self::live(id)?;
			ensure!(
				!AccountInstitution::<T>::contains_key(&account),
				Error::<T>::AccountAlreadyBound
			);
			let seat_before = Self::voting_account(&inst);
			inst.accounts.try_push(account.clone()).map_err(|_| Error::<T>::TooManyAccounts)?;
			Self::reseat(seat_before, Self::voting_account(&inst))?;
			Institutions::<T>::insert(id, inst);
			AccountInstitution::<T>::insert(&account, id);
			Self::endow(&account)?;
			Self::deposit_event(Event::AccountAdded { id, account });
			Ok(())
		}

		/// Stop `account` acting for a (not removed) institution; the account is free again.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_account())]
		pub fn remove_account(
			origin: OriginFor<T>,
			id: InstitutionId,
			account: T::AccountId,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let mut inst = Self::live(id)?;
			let pos = inst
				.accounts
				.iter()
				.position(|a| a == &account)
				.ok_or(Error::<T>::AccountNotFound)?;
			let seat_before = Self::voting_account(&inst);
			inst.accounts.remove(pos);
			Self::reseat(seat_before, Self::voting_account(&inst))?;
			Institutions::<T>::insert(id, inst);
			AccountInstitution::<T>::remove(&account);
			Self::deposit_event(Event::AccountRemoved { id, account });
			Ok(())
		}

		/// Suspend an active institution: it counts as no member and its validator leaves the
		/// validator set (guarded by `MinValidators`).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::suspend())]
		pub fn suspend(origin: OriginFor<T>, id: InstitutionId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let mut inst = Self::live(id)?;
			ensure!(inst.status == InstitutionStatus::Active, Error::<T>::NotActive);
			if let Some(v) = &inst.validator {
				Self::leave_validator_set(v)?;
			}
			Self::reseat(Self::voting_account(&inst), None)?;
			inst.status = InstitutionStatus::Suspended;
			Institutions::<T>::insert(id, inst);
			Self::deposit_event(Event::InstitutionSuspended { id });
			Ok(())
		}

		/// Make a suspended institution active again; its validator rejoins the set.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::resume())]
		pub fn resume(origin: OriginFor<T>, id: InstitutionId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let mut inst = Self::live(id)?;
			ensure!(inst.status == InstitutionStatus::Suspended, Error::<T>::NotSuspended);
			if let Some(v) = &inst.validator {
				Self::join_validator_set(v)?;
			}
			inst.status = InstitutionStatus::Active;
			Self::reseat(None, Self::voting_account(&inst))?;
			Institutions::<T>::insert(id, inst);
			Self::deposit_event(Event::InstitutionResumed { id });
			Ok(())
		}

		/// Remove an institution for good (caller: `CriticalOrigin`): its accounts, validator
		/// and nodes are freed, its validator leaves the set (guarded by the validator
		/// minimum) and its council seat goes. The record stays, with status `Removed`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::remove(T::MaxAccountsPerInstitution::get()))]
		pub fn remove(origin: OriginFor<T>, id: InstitutionId) -> DispatchResult {
			T::CriticalOrigin::ensure_origin(origin)?;
			let mut inst = Self::live(id)?;
			if let (InstitutionStatus::Active, Some(v)) = (inst.status, &inst.validator) {
				Self::leave_validator_set(v)?;
			}
			Self::reseat(Self::voting_account(&inst), None)?;
			Self::forget_nodes(id);
			for account in inst.accounts.iter().chain(inst.validator.iter()) {
				AccountInstitution::<T>::remove(account);
			}
			inst.accounts = BoundedVec::new();
			inst.validator = None;
			inst.status = InstitutionStatus::Removed;
			Institutions::<T>::insert(id, inst);
			Self::deposit_event(Event::InstitutionRemoved { id });
			Ok(())
		}

		/// Set, replace (`Some`) or take away (`None`) a (not removed) institution's validator
		/// account. The new account must act for no institution yet; the old one is freed.
		/// Taking an active institution's validator away is guarded by `MinValidators`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::set_validator())]
		pub fn set_validator(
			origin: OriginFor<T>,
			id: InstitutionId,
			validator: Option<T::AccountId>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let mut inst = Self::live(id)?;
			if let Some(new) = &validator {
				ensure!(
					!AccountInstitution::<T>::contains_key(new),
					Error::<T>::ValidatorAlreadyUsed
				);
			}
			if inst.status == InstitutionStatus::Active {
				match (&inst.validator, &validator) {
					(Some(old), Some(new)) => Self::swap_validator(old, new)?,
					(Some(old), None) => Self::leave_validator_set(old)?,
					(None, Some(new)) => Self::join_validator_set(new)?,
					(None, None) => {},
				}
			}
			if let Some(old) = &inst.validator {
				AccountInstitution::<T>::remove(old);
			}
			if let Some(new) = &validator {
				AccountInstitution::<T>::insert(new, id);
				Self::endow(new)?;
			}
			let old = core::mem::replace(&mut inst.validator, validator.clone());
			Institutions::<T>::insert(id, inst);
			Self::deposit_event(Event::ValidatorChanged { id, old, new: validator });
			Ok(())
		}

		/// Register a node of the caller's institution (caller: any account of an active
		/// institution): its libp2p peer id, as raw bytes (`system_localPeerId` decoded from
		/// base58). Nodes of active institutions may connect to the network once the block is
		/// finalised. Emits `NodeRegistered`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::register_node())]
		pub fn register_node(origin: OriginFor<T>, peer_id: PeerIdOf<T>) -> DispatchResult {
			let id =
				crate::EnsureInstitution::<T, crate::origin::AnyRole>::ensure_institution(origin)?;
			Self::do_register_node(id, peer_id)?;
			Ok(())
		}

		/// Deregister a node of the caller's institution: it is disconnected once the block is
		/// finalised. Emits `NodeDeregistered`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::deregister_node())]
		pub fn deregister_node(origin: OriginFor<T>, peer_id: PeerIdOf<T>) -> DispatchResult {
			let id =
				crate::EnsureInstitution::<T, crate::origin::AnyRole>::ensure_institution(origin)?;
			Self::do_deregister_node(id, peer_id)?;
			Ok(())
		}

		/// Set the validator minimum (caller: `CriticalOrigin`): at least 1 and at most the
		/// current number of validators. Emits `MinValidatorsSet`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::set_min_validators())]
		pub fn set_min_validators(origin: OriginFor<T>, min: u32) -> DispatchResult {
			T::CriticalOrigin::ensure_origin(origin)?;
			ensure!(
				min >= 1 && min as usize <= Validators::<T>::get().len(),
				Error::<T>::InvalidMinValidators
			);
			MinimumValidators::<T>::put(min);
			Self::deposit_event(Event::MinValidatorsSet { min });
			Ok(())
		}

		/// Dispatch `call` as Root (caller: `CriticalOrigin`, two thirds of the council): the
		/// consortium's way to authorise a runtime upgrade (`system.authorize_upgrade`) or
		/// anything else that needs Root. Emits `DispatchedAsRoot` with the call's result.
		#[pallet::call_index(11)]
		#[pallet::weight({
			let info = call.get_dispatch_info();
			(T::WeightInfo::dispatch_as_root().saturating_add(info.call_weight), info.class)
		})]
		pub fn dispatch_as_root(
			origin: OriginFor<T>,
			call: Box<<T as Config>::RuntimeCall>,
		) -> DispatchResultWithPostInfo {
			T::CriticalOrigin::ensure_origin(origin)?;
			let result = call.dispatch_bypass_filter(frame_system::RawOrigin::Root.into());
			Self::deposit_event(Event::DispatchedAsRoot {
				result: result.map(|_| ()).map_err(|e| e.error),
			});
			Ok(Pays::No.into())
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Sort and deduplicate `roles`; they must not be empty.
	pub(crate) fn normalize_roles(mut roles: alloc::vec::Vec<Role>) -> Result<RolesOf, Error<T>> {
		roles.sort();
		roles.dedup();
		frame_support::ensure!(!roles.is_empty(), Error::<T>::EmptyRoles);
		RolesOf::try_from(roles).map_err(|_| Error::<T>::TooManyRoles)
	}

	/// The institution `id`, which must exist and not be removed.
	pub(crate) fn live(id: InstitutionId) -> Result<InstitutionOf<T>, Error<T>> {
		let inst = Institutions::<T>::get(id).ok_or(Error::<T>::UnknownInstitution)?;
		frame_support::ensure!(
			inst.status != InstitutionStatus::Removed,
			Error::<T>::AlreadyRemoved
		);
		Ok(inst)
	}

	/// Admit an institution (checks everything before writing anything). Used by `admit` and
	/// the genesis build.
	pub(crate) fn do_admit(
		name: alloc::vec::Vec<u8>,
		roles: alloc::vec::Vec<Role>,
		accounts: alloc::vec::Vec<T::AccountId>,
		validator: Option<T::AccountId>,
	) -> Result<InstitutionId, sp_runtime::DispatchError> {
		use frame_support::ensure;
		let name =
			BoundedVec::<u8, T::MaxNameLen>::try_from(name).map_err(|_| Error::<T>::NameTooLong)?;
		let roles = Self::normalize_roles(roles)?;
		let accounts = BoundedVec::<T::AccountId, T::MaxAccountsPerInstitution>::try_from(accounts)
			.map_err(|_| Error::<T>::TooManyAccounts)?;
		for (i, account) in accounts.iter().enumerate() {
			ensure!(
				!AccountInstitution::<T>::contains_key(account)
					&& !accounts.iter().take(i).any(|a| a == account),
				Error::<T>::AccountAlreadyBound
			);
		}
		if let Some(v) = &validator {
			ensure!(
				!AccountInstitution::<T>::contains_key(v) && !accounts.contains(v),
				Error::<T>::ValidatorAlreadyUsed
			);
		}
		let id = NextInstitutionId::<T>::get();
		let next = id.checked_add(1).ok_or(sp_runtime::ArithmeticError::Overflow)?;
		// Last fallible step: joining the validator set (writes only on success).
		if let Some(v) = &validator {
			Self::join_validator_set(v)?;
		}
		NextInstitutionId::<T>::put(next);
		for account in accounts.iter().chain(validator.iter()) {
			AccountInstitution::<T>::insert(account, id);
		}
		let inst = Institution {
			name: name.clone(),
			roles: roles.clone(),
			accounts: accounts.clone(),
			validator: validator.clone(),
			status: InstitutionStatus::Active,
		};
		Self::reseat(None, Self::voting_account(&inst))?;
		Institutions::<T>::insert(id, inst);
		Self::deposit_event(Event::InstitutionAdmitted { id, name, roles, accounts, validator });
		Ok(id)
	}

	/// Add `v` to [`Validators`] (kept sorted).
	pub(crate) fn join_validator_set(v: &T::AccountId) -> Result<(), Error<T>> {
		Validators::<T>::try_mutate(|set| {
			let pos = set.binary_search(v).err().ok_or(Error::<T>::ValidatorAlreadyUsed)?;
			set.try_insert(pos, v.clone()).map_err(|_| Error::<T>::TooManyValidators)
		})
	}

	/// Take `v` out of [`Validators`], unless fewer than [`MinimumValidators`] would remain.
	pub(crate) fn leave_validator_set(v: &T::AccountId) -> Result<(), Error<T>> {
		Validators::<T>::try_mutate(|set| {
			if let Ok(pos) = set.binary_search(v) {
				let remaining = set.len().saturating_sub(1);
				frame_support::ensure!(
					remaining >= MinimumValidators::<T>::get() as usize,
					Error::<T>::TooFewValidators
				);
				set.remove(pos);
			}
			Ok(())
		})
	}

	/// Replace `old` by `new` in [`Validators`] (the size does not change).
	pub(crate) fn swap_validator(old: &T::AccountId, new: &T::AccountId) -> Result<(), Error<T>> {
		Validators::<T>::try_mutate(|set| {
			if let Ok(pos) = set.binary_search(old) {
				set.remove(pos);
			}
			let pos = set.binary_search(new).err().ok_or(Error::<T>::ValidatorAlreadyUsed)?;
			set.try_insert(pos, new.clone()).map_err(|_| Error::<T>::TooManyValidators)
		})
	}

	/// The institution `who` is bound to, whatever its status.
	pub fn bound_institution(who: &T::AccountId) -> Option<InstitutionId> {
		AccountInstitution::<T>::get(who)
	}

	/// Check the storage invariants (try-runtime and tests).
	#[cfg(any(feature = "try-runtime", test))]
	pub(crate) fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::ensure;
		let mut expected: alloc::vec::Vec<T::AccountId> = alloc::vec::Vec::new();
		for (id, inst) in Institutions::<T>::iter() {
			ensure!(id > 0 && id < NextInstitutionId::<T>::get(), "institution id out of range");
			ensure!(!inst.roles.is_empty(), "institution without roles");
			if inst.status == InstitutionStatus::Removed {
				ensure!(inst.accounts.is_empty() && inst.validator.is_none(), "removed but bound");
			}
			for a in inst.accounts.iter().chain(inst.validator.iter()) {
				ensure!(AccountInstitution::<T>::get(a) == Some(id), "account not bound back");
			}
			if let (InstitutionStatus::Active, Some(v)) = (inst.status, &inst.validator) {
				expected.push(v.clone());
			}
		}
		for (a, id) in AccountInstitution::<T>::iter() {
			let inst = Institutions::<T>::get(id).ok_or("bound to unknown institution")?;
			ensure!(
				inst.accounts.contains(&a) || inst.validator.as_ref() == Some(&a),
				"binding without account"
			);
		}
		expected.sort();
		ensure!(Validators::<T>::get().into_inner() == expected, "validator set out of sync");
		ensure!(
			CouncilSeats::<T>::get().into_inner() == Self::expected_seats(),
			"council seats are not the active institutions' voting accounts"
		);
		for (id, nodes) in Nodes::<T>::iter() {
			ensure!(!nodes.is_empty(), "empty node list kept");
			for peer in nodes.iter() {
				ensure!(NodeOwner::<T>::get(peer) == Some(id), "node not owned back");
			}
		}
		for (peer, id) in NodeOwner::<T>::iter() {
			ensure!(Nodes::<T>::get(id).contains(&peer), "owned node not listed");
		}
		let min = MinimumValidators::<T>::get();
		ensure!(min >= 1, "validator minimum below 1");
		Ok(())
	}
}
