//! # Key-exchange pallet
//!
//! Owns the institutions' RSA public keys and the handoff of each plan's data
//! key from its contributor to every paying participant (see the envelope
//! protocol in the project's DOMAIN.md):
//!
//! * [`Pallet::register_key`]: an institution registers or rotates its RSA key
//!   (SubjectPublicKeyInfo DER, validated on chain by `loanshare-envelope`);
//!   old keys stay on record.
//! * [`HandoffHook::handoff_due`] (called by loan-share on a confirmation)
//!   records a pending handoff of W, the data key wrapped to the contributor.
//! * [`Pallet::deliver`]: the contributor stores W', the data key re-wrapped to
//!   the participant's current key; the escrowed fee is released to it.
//!   The contributor's own node does this automatically in its offchain worker
//!   (see [`offchain`]).
//! * [`Pallet::refund`]: after `HandoffTimeout` blocks without delivery anyone
//!   can return the fee to the participant.
//! * [`Pallet::dispute`]: the participant records that W' did not open the data.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
pub mod crypto;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
#[cfg(test)]
mod mock;
pub mod offchain;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use offchain::{INSTITUTION_ID_STORAGE_KEY, PRIVATE_KEY_STORAGE_KEY};
pub use types::{Handoff, HandoffStatus, RegisteredKey};
pub use weights::WeightInfo;

use frame_support::{dispatch::DispatchResult, ensure, pallet_prelude::Get, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use loanshare_primitives::{
	HandoffDue, HandoffHook, InstitutionId, InstitutionOrigin, InstitutionRegistry, KeyId, PlanId,
	PublicKeyRegistry,
};

/// The SPKI DER of a valid 4096-bit RSA public key (the largest accepted), for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub const BENCHMARK_KEY_DER: &[u8] = include_bytes!("../test-keys/bench-4096.spki.der");
/// The SPKI DER of another valid (2048-bit) RSA public key, for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub const BENCHMARK_KEY_DER_2048: &[u8] = include_bytes!("../test-keys/participant.spki.der");

/// A registered key as stored by the runtime.
pub type RegisteredKeyOf<T> = RegisteredKey<BlockNumberFor<T>, <T as Config>::MaxKeyLen>;
/// A handoff as stored by the runtime.
pub type HandoffOf<T> = Handoff<BlockNumberFor<T>, <T as Config>::MaxWrappedKeyLen>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::{offchain::CreateSignedTransaction, pallet_prelude::*};
	use loanshare_primitives::{EscrowId, FeeEscrow};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the key-exchange pallet.
	#[pallet::config]
	pub trait Config:
		CreateSignedTransaction<Call<Self>> + frame_system::Config<RuntimeEvent: From<Event<Self>>>
	{
		/// Which institution a signing account acts for (the consortium pallet): asked by the
		/// offchain worker, to find its institution's signing key.
		type Registry: InstitutionRegistry<Self::AccountId>;
		/// Callers of every call: any active institution (pallet-consortium's
		/// `EnsureInstitution<Runtime, AnyRole>`); yields it.
		type MemberOrigin: InstitutionOrigin<Self::RuntimeOrigin>;
		/// Holds the participants' fees (the token pallet): released on delivery, refunded on timeout.
		type Escrow: FeeEscrow;
		/// Blocks after a handoff request from which an undelivered handoff may be refunded.
		#[pallet::constant]
		type HandoffTimeout: Get<BlockNumberFor<Self>>;
		/// Maximum length of a public key's SPKI DER (about 600 bytes covers 4096-bit keys).
		#[pallet::constant]
		type MaxKeyLen: Get<u32>;
		/// Maximum number of keys an institution may register over its lifetime (rotation history).
		#[pallet::constant]
		type MaxKeysPerInstitution: Get<u32>;
		/// Maximum length of a wrapped data key W or W' (512 bytes = a 4096-bit RSA ciphertext).
		#[pallet::constant]
		type MaxWrappedKeyLen: Get<u32>;
		/// Maximum number of undelivered handoffs a contributor may have at once.
		#[pallet::constant]
		type MaxPendingPerContributor: Get<u32>;
		/// Maximum length of a dispute's reason.
		#[pallet::constant]
		type MaxDisputeReasonLen: Get<u32>;
		/// The keys (key type `lsho`, see [`crate::crypto`]) the offchain worker signs `deliver` with.
		type AuthorityId: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Every registered key by institution and key id; rotation keeps old keys here.
	#[pallet::storage]
	pub type Keys<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		InstitutionId,
		Twox64Concat,
		KeyId,
		RegisteredKeyOf<T>,
		OptionQuery,
	>;

	/// The id of each institution's current (latest) key.
	#[pallet::storage]
	pub type CurrentKey<T: Config> = StorageMap<_, Twox64Concat, InstitutionId, KeyId, OptionQuery>;

	/// Handoffs by plan and participant institution (kept after they are settled, as a record).
	#[pallet::storage]
	pub type Handoffs<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		PlanId,
		Twox64Concat,
		InstitutionId,
		HandoffOf<T>,
		OptionQuery,
	>;

	/// The pending handoffs of each contributor as (plan, participant): the offchain worker's to-do list.
	#[pallet::storage]
	pub type PendingByContributor<T: Config> = StorageMap<
		_,
		Twox64Concat,
		InstitutionId,
		BoundedVec<(PlanId, InstitutionId), T::MaxPendingPerContributor>,
		ValueQuery,
	>;

	/// Events of the key-exchange pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An institution registered its first public key.
		KeyRegistered { institution: InstitutionId, key_id: KeyId, bits: u32 },
		/// An institution replaced its current key; the old one stays on record.
		KeyRotated { institution: InstitutionId, old: KeyId, new: KeyId, bits: u32 },
		/// A participant paid for a plan's data; its contributor must deliver the data key.
		HandoffRequested {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			escrow: EscrowId,
			participant_key_id: KeyId,
		},
		/// The contributor delivered the re-wrapped data key; the fee was paid to it.
		HandoffDelivered {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			participant_key_id: KeyId,
		},
		/// The handoff timed out; the fee went back to the participant.
		HandoffRefunded { plan: PlanId, participant: InstitutionId, escrow: EscrowId },
		/// The participant disputed the delivered key.
		HandoffDisputed {
			plan: PlanId,
			participant: InstitutionId,
			reason: BoundedVec<u8, T::MaxDisputeReasonLen>,
		},
	}

	/// Errors of the key-exchange pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The key is not a valid RSA SubjectPublicKeyInfo DER.
		InvalidPublicKey,
		/// The RSA modulus is below the minimum (2048 bits).
		KeyTooSmall,
		/// The RSA modulus is above the maximum (4096 bits).
		KeyTooLarge,
		/// The key is already the institution's current key.
		SameAsCurrentKey,
		/// The institution registered the maximum number of keys.
		TooManyKeys,
		/// No handoff for this plan and participant.
		UnknownHandoff,
		/// A handoff for this plan and participant already exists.
		HandoffAlreadyExists,
		/// The contributor has the maximum number of pending handoffs.
		TooManyPendingHandoffs,
		/// The participant has no registered public key.
		ParticipantHasNoKey,
		/// The contributor has no registered key with the given id.
		UnknownContributorKey,
		/// The wrapped key is empty or longer than `MaxWrappedKeyLen`.
		InvalidWrappedKey,
		/// The re-wrapped key's length is not the participant's RSA modulus size.
		WrappedKeyLengthMismatch,
		/// Only an account of the handoff's contributor may deliver.
		NotContributor,
		/// Only an account of the handoff's participant may dispute.
		NotParticipant,
		/// The handoff is not pending (already delivered, refunded or disputed).
		NotPending,
		/// Only a delivered handoff can be disputed.
		NotDelivered,
		/// The handoff timeout has not passed yet.
		TimeoutNotReached,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Delivers this node's institution's pending handoffs (see [`crate::offchain`]).
		fn offchain_worker(now: BlockNumberFor<T>) {
			crate::offchain::run::<T>(now);
		}

		/// The bounds agree with the envelope crate: every valid key and wrapped key fits.
		fn integrity_test() {
			use sp_runtime::traits::Zero;
			assert!(
				T::MaxKeyLen::get() as usize >= loanshare_envelope::MAX_SPKI_DER_LEN,
				"MaxKeyLen must hold the SPKI DER of the largest accepted RSA key"
			);
			assert!(
				T::MaxWrappedKeyLen::get() as usize
					>= loanshare_envelope::wrapped_key_len(loanshare_envelope::MAX_RSA_BITS),
				"MaxWrappedKeyLen must hold a key wrapped to the largest accepted RSA key"
			);
			assert!(T::MaxKeysPerInstitution::get() >= 1, "MaxKeysPerInstitution must be >= 1");
			assert!(
				T::MaxPendingPerContributor::get() >= 1,
				"MaxPendingPerContributor must be >= 1"
			);
			assert!(
				!T::HandoffTimeout::get().is_zero(),
				"HandoffTimeout must be at least one block"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register (first time) or rotate the caller's institution's RSA public key.
		///
		/// `spki_der` is a SubjectPublicKeyInfo DER RSA key of 2048 to 4096 bits. The new key
		/// gets the next key id and becomes current; earlier keys stay on record.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_key())]
		pub fn register_key(
			origin: OriginFor<T>,
			spki_der: BoundedVec<u8, T::MaxKeyLen>,
		) -> DispatchResult {
			let institution = T::MemberOrigin::ensure_institution(origin)?;
			Self::do_register_key(institution, spki_der)
		}

		/// Deliver W', the plan's data key re-wrapped to the participant's current key.
		///
		/// Only an account of the handoff's contributor, only while pending. Releases the
		/// escrowed fee to the contributor.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deliver())]
		pub fn deliver(
			origin: OriginFor<T>,
			plan: PlanId,
			participant: InstitutionId,
			rewrapped_key: BoundedVec<u8, T::MaxWrappedKeyLen>,
		) -> DispatchResult {
			let caller = T::MemberOrigin::ensure_institution(origin)?;
			let mut handoff =
				Handoffs::<T>::get(plan, participant).ok_or(Error::<T>::UnknownHandoff)?;
			ensure!(caller == handoff.contributor, Error::<T>::NotContributor);
			ensure!(handoff.status == HandoffStatus::Pending, Error::<T>::NotPending);
			let key_id =
				CurrentKey::<T>::get(participant).ok_or(Error::<T>::ParticipantHasNoKey)?;
			let key = Keys::<T>::get(participant, key_id).ok_or(Error::<T>::ParticipantHasNoKey)?;
			let expected_len = key.bits.div_ceil(8);
			ensure!(
				u32::try_from(rewrapped_key.len()).ok() == Some(expected_len),
				Error::<T>::WrappedKeyLengthMismatch
			);

			T::Escrow::release(handoff.escrow, handoff.contributor)?;
			handoff.status = HandoffStatus::Delivered;
			handoff.delivered_key = Some(rewrapped_key);
			handoff.delivered_key_id = Some(key_id);
			let contributor = handoff.contributor;
			Handoffs::<T>::insert(plan, participant, handoff);
			Self::forget_pending(contributor, plan, participant);
			Self::deposit_event(Event::HandoffDelivered {
				plan,
				contributor,
				participant,
				participant_key_id: key_id,
			});
			Ok(())
		}

		/// Return the fee of a handoff that was not delivered within `HandoffTimeout` blocks.
		///
		/// Anyone may call this once the timeout has passed and the handoff is still pending.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::refund())]
		pub fn refund(
			origin: OriginFor<T>,
			plan: PlanId,
			participant: InstitutionId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let mut handoff =
				Handoffs::<T>::get(plan, participant).ok_or(Error::<T>::UnknownHandoff)?;
			ensure!(handoff.status == HandoffStatus::Pending, Error::<T>::NotPending);
			let now = frame_system::Pallet::<T>::block_number();
			let deadline = handoff
				.requested_at
				.checked_add(&T::HandoffTimeout::get())
				.ok_or(sp_runtime::ArithmeticError::Overflow)?;
			ensure!(now >= deadline, Error::<T>::TimeoutNotReached);

			T::Escrow::refund(handoff.escrow)?;
			handoff.status = HandoffStatus::Refunded;
			let (contributor, escrow) = (handoff.contributor, handoff.escrow);
			Handoffs::<T>::insert(plan, participant, handoff);
			Self::forget_pending(contributor, plan, participant);
			Self::deposit_event(Event::HandoffRefunded { plan, participant, escrow });
			Ok(())
		}

		/// Record that the delivered key did not open the plan's data (or its commitment failed).
		///
		/// Only an account of the handoff's participant, only once delivered.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::dispute())]
		pub fn dispute(
			origin: OriginFor<T>,
			plan: PlanId,
			participant: InstitutionId,
			reason: BoundedVec<u8, T::MaxDisputeReasonLen>,
		) -> DispatchResult {
			let caller = T::MemberOrigin::ensure_institution(origin)?;
			let mut handoff =
				Handoffs::<T>::get(plan, participant).ok_or(Error::<T>::UnknownHandoff)?;
			ensure!(caller == participant, Error::<T>::NotParticipant);
			ensure!(handoff.status == HandoffStatus::Delivered, Error::<T>::NotDelivered);

			handoff.status = HandoffStatus::Disputed;
			Handoffs::<T>::insert(plan, participant, handoff);
			Self::deposit_event(Event::HandoffDisputed { plan, participant, reason });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Validate `spki_der` and make it `institution`'s new current key.
		pub(crate) fn do_register_key(
			institution: InstitutionId,
			spki_der: BoundedVec<u8, T::MaxKeyLen>,
		) -> DispatchResult {
			let bits = loanshare_envelope::public_key_bits(&spki_der).map_err(|e| match e {
				loanshare_envelope::Error::KeyTooSmall => Error::<T>::KeyTooSmall,
				loanshare_envelope::Error::KeyTooLarge => Error::<T>::KeyTooLarge,
				_ => Error::<T>::InvalidPublicKey,
			})?;
			let bits = u32::try_from(bits).map_err(|_| Error::<T>::KeyTooLarge)?;
			let old = CurrentKey::<T>::get(institution);
			if let Some(old) = old {
				let same = Keys::<T>::get(institution, old).is_some_and(|k| k.der == spki_der);
				ensure!(!same, Error::<T>::SameAsCurrentKey);
			}
			let new =
				old.unwrap_or(0).checked_add(1).ok_or(sp_runtime::ArithmeticError::Overflow)?;
			ensure!(new <= T::MaxKeysPerInstitution::get(), Error::<T>::TooManyKeys);

			let registered_at = frame_system::Pallet::<T>::block_number();
			Keys::<T>::insert(
				institution,
				new,
				RegisteredKey { der: spki_der, bits, registered_at },
			);
			CurrentKey::<T>::insert(institution, new);
			match old {
				Some(old) => Self::deposit_event(Event::KeyRotated { institution, old, new, bits }),
				None => {
					Self::deposit_event(Event::KeyRegistered { institution, key_id: new, bits })
				},
			}
			Ok(())
		}

		/// Record a pending handoff (the body of [`HandoffHook::handoff_due`]).
		pub(crate) fn do_handoff_due(due: HandoffDue<'_>) -> DispatchResult {
			ensure!(
				!Handoffs::<T>::contains_key(due.plan, due.participant),
				Error::<T>::HandoffAlreadyExists
			);
			let participant_key_id =
				CurrentKey::<T>::get(due.participant).ok_or(Error::<T>::ParticipantHasNoKey)?;
			ensure!(
				Keys::<T>::contains_key(due.contributor, due.key_id),
				Error::<T>::UnknownContributorKey
			);
			ensure!(!due.wrapped_key.is_empty(), Error::<T>::InvalidWrappedKey);
			let wrapped_key: BoundedVec<u8, T::MaxWrappedKeyLen> =
				due.wrapped_key.to_vec().try_into().map_err(|_| Error::<T>::InvalidWrappedKey)?;
			let mut pending = PendingByContributor::<T>::get(due.contributor);
			pending
				.try_push((due.plan, due.participant))
				.map_err(|_| Error::<T>::TooManyPendingHandoffs)?;

			PendingByContributor::<T>::insert(due.contributor, pending);
			Handoffs::<T>::insert(
				due.plan,
				due.participant,
				Handoff {
					contributor: due.contributor,
					escrow: due.escrow,
					wrapped_key,
					contributor_key_id: due.key_id,
					participant_key_id,
					requested_at: frame_system::Pallet::<T>::block_number(),
					status: HandoffStatus::Pending,
					delivered_key: None,
					delivered_key_id: None,
				},
			);
			Self::deposit_event(Event::HandoffRequested {
				plan: due.plan,
				contributor: due.contributor,
				participant: due.participant,
				escrow: due.escrow,
				participant_key_id,
			});
			Ok(())
		}

		/// Drop a settled handoff from its contributor's pending list.
		pub(crate) fn forget_pending(
			contributor: InstitutionId,
			plan: PlanId,
			participant: InstitutionId,
		) {
			PendingByContributor::<T>::mutate_exists(contributor, |list| {
				if let Some(entries) = list {
					entries.retain(|entry| *entry != (plan, participant));
					if entries.is_empty() {
						*list = None;
					}
				}
			});
		}
	}
}

impl<T: Config> PublicKeyRegistry for Pallet<T> {
	fn current_key_id(who: InstitutionId) -> Option<KeyId> {
		CurrentKey::<T>::get(who)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(who: InstitutionId) {
		if CurrentKey::<T>::get(who).is_some() {
			return;
		}
		if let Ok(der) = BoundedVec::<u8, T::MaxKeyLen>::try_from(BENCHMARK_KEY_DER.to_vec()) {
			let _ = Self::do_register_key(who, der);
		}
	}
}

impl<T: Config> HandoffHook for Pallet<T> {
	fn handoff_due(due: HandoffDue<'_>) -> DispatchResult {
		Self::do_handoff_due(due)
	}

	fn is_settled(plan: PlanId, participant: InstitutionId) -> bool {
		Handoffs::<T>::get(plan, participant)
			.is_none_or(|handoff| handoff.status != HandoffStatus::Pending)
	}

	fn forget(plan: PlanId, participant: InstitutionId) {
		if Self::is_settled(plan, participant) {
			Handoffs::<T>::remove(plan, participant);
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn settle_for_benchmark(plan: PlanId, participant: InstitutionId) {
		Handoffs::<T>::mutate(plan, participant, |entry| {
			if let Some(handoff) = entry {
				handoff.status = HandoffStatus::Delivered;
				Self::forget_pending(handoff.contributor, plan, participant);
			}
		});
	}
}

impl<T: Config> Pallet<T> {
	/// The institution's current registered key, if any (used by the offchain worker).
	pub fn current_key(who: InstitutionId) -> Option<(KeyId, RegisteredKeyOf<T>)> {
		let id = CurrentKey::<T>::get(who)?;
		Keys::<T>::get(who, id).map(|key| (id, key))
	}
}
