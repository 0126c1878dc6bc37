//! # Key-exchange pallet
//!
//! Owns the institutions' RSA public keys and the handoff of each plan's data key from
//! its contributor to every paying participant (the envelope protocol of the project's
//! DOMAIN.md, "The envelope and the handoff"):
//!
//! * [`Pallet::register_key`]: an institution registers or rotates its RSA key
//!   (SubjectPublicKeyInfo DER, validated on chain by `loanshare-envelope`); old keys stay
//!   on record.
//! * [`HandoffHook::handoff_due`] (called by loan-share on a confirmation) records a
//!   pending handoff of W, the data key wrapped to the contributor. The fee stays in escrow.
//! * [`Pallet::deliver`] / [`Pallet::deliver_batch`]: the contributor's agent (native
//!   software of the institution: no private key ever reaches the chain or the node)
//!   stores W', the data key re-wrapped to the participant's current key. The challenge
//!   window starts; the fee is still held.
//! * [`Pallet::accept`]: the participant accepts early and the fee is paid; otherwise it is
//!   paid automatically when the window ends.
//! * [`Pallet::prove_bad_delivery`]: the participant submits the raw RSA decryption of W';
//!   the runtime checks it and judges W' against the plan's envelope. A proven bad delivery
//!   refunds the fee, returns the share to the plan and counts against the contributor.
//! * [`Pallet::complain`] / [`Pallet::rule`]: a complaint about the data's truth goes to
//!   the council, which rules refund or release.
//! * A handoff not delivered within `HandoffTimeout` blocks is refunded automatically
//!   (and its share returned); [`Pallet::refund`] is the manual fallback.
//!
//! The automatic settlements (timeouts, ends of challenge windows) are worked off the
//! front of the `Deadlines` queue in `on_initialize`, at most `MaxAutoSettlePerBlock` a
//! block. The rules live in `handoff.rs` (requests, deliveries, settlement), `dispute.rs`
//! (proofs, complaints, rulings) and `deadlines.rs` (the queue); keys in `keys.rs`.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod deadlines;
mod dispute;
mod handoff;
#[cfg(any(feature = "try-runtime", test))]
mod invariants;
mod keys;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use types::{Delivery, Handoff, HandoffStatus, RegisteredKey};
pub use weights::WeightInfo;

use frame_support::BoundedVec;
use frame_system::pallet_prelude::BlockNumberFor;
use loanshare_primitives::{
	HandoffDue, HandoffHook, InstitutionId, InstitutionOrigin, KeyId, PlanId, PublicKeyRegistry,
};

/// The SPKI DER of a valid 4096-bit RSA public key (the largest accepted), for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub const BENCHMARK_KEY_DER: &[u8] = include_bytes!("../test-keys/bench-4096.spki.der");
/// The private key of [`BENCHMARK_KEY_DER`] (a published test key), for benchmarks that
/// need a real raw decryption.
#[cfg(feature = "runtime-benchmarks")]
pub const BENCHMARK_KEY_PEM: &[u8] = include_bytes!("../test-keys/bench-4096.pem");
/// The SPKI DER of another valid (2048-bit) RSA public key, for benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub const BENCHMARK_KEY_DER_2048: &[u8] = include_bytes!("../test-keys/participant.spki.der");

/// A registered key as stored by the runtime.
pub type RegisteredKeyOf<T> = RegisteredKey<BlockNumberFor<T>, <T as Config>::MaxKeyLen>;
/// A handoff as stored by the runtime.
pub type HandoffOf<T> = Handoff<BlockNumberFor<T>, <T as Config>::MaxWrappedKeyLen>;
/// An item of `deliver_batch`.
pub type DeliveryOf<T> = Delivery<<T as Config>::MaxWrappedKeyLen>;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::types::{DeadlineKey, PendingKey};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use loanshare_envelope::Fault;
	use loanshare_primitives::{EscrowId, FeeEscrow, ShareLedger};

	/// The in-code storage version (1: challenge window, deadline queue, pending map).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Configuration of the key-exchange pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// Callers of every call but `rule` and `refund`: any active institution
		/// (pallet-consortium's `EnsureInstitution<Runtime, AnyRole>`); yields it.
		type MemberOrigin: InstitutionOrigin<Self::RuntimeOrigin>;
		/// Who rules on complaints about the data's truth (the council, simple majority).
		type RulingOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Holds the participants' fees (the token pallet): paid on acceptance or at the end
		/// of the challenge window, refunded on timeout or a proven bad delivery.
		type Escrow: FeeEscrow;
		/// The plans (loan-share): their envelopes, and where a refunded share goes back.
		type Shares: ShareLedger;
		/// Blocks after a handoff request after which an undelivered handoff is refunded.
		#[pallet::constant]
		type HandoffTimeout: Get<BlockNumberFor<Self>>;
		/// Blocks after a delivery during which the participant may prove a bad delivery or
		/// complain; the fee is paid to the contributor when they pass.
		#[pallet::constant]
		type ChallengeWindow: Get<BlockNumberFor<Self>>;
		/// Most deliveries in one `deliver_batch`.
		#[pallet::constant]
		type MaxDeliveryBatch: Get<u32>;
		/// Most handoffs settled automatically (timeouts and ends of windows) per block.
		#[pallet::constant]
		type MaxAutoSettlePerBlock: Get<u32>;
		/// Maximum length of a public key's SPKI DER (about 600 bytes covers 4096-bit keys).
		#[pallet::constant]
		type MaxKeyLen: Get<u32>;
		/// Maximum number of keys an institution may register over its lifetime (rotation history).
		#[pallet::constant]
		type MaxKeysPerInstitution: Get<u32>;
		/// Maximum length of a wrapped data key W or W' (512 bytes = a 4096-bit RSA ciphertext).
		#[pallet::constant]
		type MaxWrappedKeyLen: Get<u32>;
		/// Maximum length of a complaint's reason.
		#[pallet::constant]
		type MaxDisputeReasonLen: Get<u32>;
		/// Weights of this pallet's calls and hook.
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

	/// Handoffs by plan and participant institution (kept after they are settled, as a
	/// record, until their plan is reaped).
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

	/// Each contributor's undelivered handoffs, keyed by plan id then participant, both
	/// big-endian (oldest plan first): its agent's to-do list.
	#[pallet::storage]
	pub type PendingHandoffs<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InstitutionId, Identity, PendingKey, (), OptionQuery>;

	/// The automatic settlements to come, keyed by block, plan and participant (big-endian):
	/// the timeout of a pending handoff, or the end of a delivered one's challenge window.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageMap<_, Identity, DeadlineKey, (), OptionQuery>;

	/// How many bad deliveries were proven against each contributor.
	#[pallet::storage]
	pub type Misdeliveries<T: Config> = StorageMap<_, Twox64Concat, InstitutionId, u32, ValueQuery>;

	/// Events of the key-exchange pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An institution registered its first public key.
		KeyRegistered { institution: InstitutionId, key_id: KeyId, bits: u32 },
		/// An institution replaced its current key; the old one stays on record.
		KeyRotated { institution: InstitutionId, old: KeyId, new: KeyId, bits: u32 },
		/// A participant paid for a plan's data; its contributor must deliver the data key
		/// before block `deliver_by`, or the fee goes back.
		HandoffRequested {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			escrow: EscrowId,
			participant_key_id: KeyId,
			deliver_by: BlockNumberFor<T>,
		},
		/// The contributor delivered the re-wrapped data key; the fee stays held until the
		/// participant accepts or block `challenge_until`.
		HandoffDelivered {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			participant_key_id: KeyId,
			challenge_until: BlockNumberFor<T>,
		},
		/// An item of a `deliver_batch` was not applied (nothing of it changed).
		DeliveryRejected { plan: PlanId, participant: InstitutionId, error: DispatchError },
		/// The participant accepted the delivery; the fee was paid to the contributor.
		HandoffAccepted {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			escrow: EscrowId,
		},
		/// The challenge window ended without a proven bad delivery; the fee was paid.
		HandoffReleased {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			escrow: EscrowId,
		},
		/// Nothing was delivered in time; the fee went back to the participant and its
		/// share to the plan.
		HandoffRefunded { plan: PlanId, participant: InstitutionId, escrow: EscrowId },
		/// The participant proved that W' does not open the plan's data: the fee went back,
		/// the share returned to the plan, and the contributor now has `misdeliveries`.
		BadDeliveryProven {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			escrow: EscrowId,
			fault: Fault,
			misdeliveries: u32,
		},
		/// The participant complained about the truth of the data; the council rules.
		HandoffComplained {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			reason: BoundedVec<u8, T::MaxDisputeReasonLen>,
		},
		/// The council ruled on a complaint: the fee went back (`refunded`) or was paid.
		ComplaintRuled {
			plan: PlanId,
			contributor: InstitutionId,
			participant: InstitutionId,
			refunded: bool,
		},
		/// An automatic settlement failed and was dropped from the queue (its handoff
		/// stays as it was; `refund` or governance can settle it).
		SettlementFailed { plan: PlanId, participant: InstitutionId, error: DispatchError },
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
		/// The participant has no registered public key.
		ParticipantHasNoKey,
		/// The contributor has no registered key with the given id.
		UnknownContributorKey,
		/// The wrapped key is empty or longer than `MaxWrappedKeyLen`, or a delivered W' is
		/// not below the participant's modulus (no RSA ciphertext).
		InvalidWrappedKey,
		/// The re-wrapped key's length is not the participant's RSA modulus size.
		WrappedKeyLengthMismatch,
		/// W' must be wrapped to the participant's current key (named by its id).
		WrongParticipantKey,
		/// Only an account of the handoff's contributor may deliver.
		NotContributor,
		/// Only an account of the handoff's participant may do this.
		NotParticipant,
		/// The handoff is not pending (already delivered or settled).
		NotPending,
		/// The handoff is not delivered and awaiting acceptance or a challenge.
		NotDelivered,
		/// The handoff timeout has not passed yet.
		TimeoutNotReached,
		/// The challenge window of this delivery is over.
		ChallengeWindowOver,
		/// The handoff is not before the council (no complaint).
		NotComplained,
		/// The proof is not the raw RSA decryption of W' under the participant's key.
		ProofDoesNotMatch,
		/// The proof is not as long as the participant's modulus.
		InvalidProof,
		/// The delivered key opens the plan's data and matches its commitment: the delivery
		/// was good, the dispute is rejected.
		DeliveryWasGood,
		/// The plan's envelope is no longer in state.
		PlanEnvelopeMissing,
		/// `deliver_batch` was given no deliveries.
		EmptyBatch,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Settle up to `MaxAutoSettlePerBlock` handoffs whose deadline has come: refund the
		/// undelivered ones, pay the delivered ones whose window ended.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::settle_due(now)
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
			assert!(T::MaxDeliveryBatch::get() >= 1, "MaxDeliveryBatch must be >= 1");
			assert!(T::MaxAutoSettlePerBlock::get() >= 1, "MaxAutoSettlePerBlock must be >= 1");
			assert!(
				!T::HandoffTimeout::get().is_zero(),
				"HandoffTimeout must be at least one block"
			);
			assert!(
				!T::ChallengeWindow::get().is_zero(),
				"ChallengeWindow must be at least one block"
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
		/// gets the next key id and becomes current; earlier keys stay on record. Emits
		/// `KeyRegistered` or `KeyRotated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_key())]
		pub fn register_key(
			origin: OriginFor<T>,
			spki_der: BoundedVec<u8, T::MaxKeyLen>,
		) -> DispatchResult {
			let institution = T::MemberOrigin::ensure_institution(origin)?;
			Self::do_register_key(institution, spki_der)
		}

		/// Deliver W', the plan's data key re-wrapped to the participant's key
		/// `participant_key_id`, which must be its current key.
		///
		/// Only an account of the handoff's contributor, only while pending. The fee stays
		/// held: the challenge window starts (`HandoffDelivered`).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deliver())]
		pub fn deliver(
			origin: OriginFor<T>,
			plan: PlanId,
			participant: InstitutionId,
			participant_key_id: KeyId,
			rewrapped_key: BoundedVec<u8, T::MaxWrappedKeyLen>,
		) -> DispatchResult {
			let caller = T::MemberOrigin::ensure_institution(origin)?;
			Self::do_deliver(
				caller,
				Delivery { plan, participant, participant_key_id, rewrapped_key },
			)
		}

		/// Return the fee of a handoff that was not delivered within `HandoffTimeout`
		/// blocks, and its share to the plan.
		///
		/// Anyone signed, once the timeout has passed and the handoff is still pending. The
		/// chain does the same automatically; this is for when it falls behind. Emits
		/// `HandoffRefunded`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::refund())]
		pub fn refund(
			origin: OriginFor<T>,
			plan: PlanId,
			participant: InstitutionId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			let handoff =
				Handoffs::<T>::get(plan, participant).ok_or(Error::<T>::UnknownHandoff)?;
			ensure!(handoff.status == HandoffStatus::Pending, Error::<T>::NotPending);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(handoff.deadline.is_some_and(|d| now >= d), Error::<T>::TimeoutNotReached);
			Self::time_out(plan, participant, handoff)
		}

		/// Deliver several handoffs at once (caller: the contributor's institution).
		///
		/// Each item is applied on its own, as [`Pallet::deliver`] would: a good one emits
		/// `HandoffDelivered`, a bad one `DeliveryRejected` with its error and changes
		/// nothing. Fails as a whole only for an empty batch or a caller that is no
		/// institution.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::deliver_batch(deliveries.len() as u32))]
		pub fn deliver_batch(
			origin: OriginFor<T>,
			deliveries: BoundedVec<DeliveryOf<T>, T::MaxDeliveryBatch>,
		) -> DispatchResult {
			let caller = T::MemberOrigin::ensure_institution(origin)?;
			ensure!(!deliveries.is_empty(), Error::<T>::EmptyBatch);
			for delivery in deliveries {
				let (plan, participant) = (delivery.plan, delivery.participant);
				let applied = frame_support::storage::with_storage_layer(|| {
					Self::do_deliver(caller, delivery)
				});
				if let Err(error) = applied {
					Self::deposit_event(Event::DeliveryRejected { plan, participant, error });
				}
			}
			Ok(())
		}

		/// Accept the delivered data of `plan` (caller: the participant's institution): the
		/// fee is paid to the contributor at once. Emits `HandoffAccepted`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::accept())]
		pub fn accept(origin: OriginFor<T>, plan: PlanId) -> DispatchResult {
			let participant = T::MemberOrigin::ensure_institution(origin)?;
			Self::do_accept(plan, participant)
		}

		/// Prove that the delivered W' of `plan` does not open the plan's data (caller: the
		/// participant's institution, within the challenge window).
		///
		/// `decrypted` is EM, the raw RSA decryption of W' under the participant's key (as
		/// many bytes as its modulus, big-endian): the runtime checks EM^e mod n = W', then
		/// OAEP-decodes EM to a data key and tries it on the plan's envelope (AES-GCM tag,
		/// then commitment). If any step fails the contributor is at fault: the fee goes
		/// back, the share returns to the plan, the contributor's misdelivery count rises
		/// (`BadDeliveryProven`). If the key opens the data the call fails with
		/// `DeliveryWasGood` and nothing changes.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::prove_bad_delivery())]
		pub fn prove_bad_delivery(
			origin: OriginFor<T>,
			plan: PlanId,
			decrypted: BoundedVec<u8, T::MaxWrappedKeyLen>,
		) -> DispatchResult {
			let participant = T::MemberOrigin::ensure_institution(origin)?;
			Self::do_prove_bad_delivery(plan, participant, &decrypted)
		}

		/// Complain that the delivered data of `plan` is authentic but false (caller: the
		/// participant's institution, within the challenge window). The fee stays held
		/// until the council rules. Emits `HandoffComplained`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::complain())]
		pub fn complain(
			origin: OriginFor<T>,
			plan: PlanId,
			reason: BoundedVec<u8, T::MaxDisputeReasonLen>,
		) -> DispatchResult {
			let participant = T::MemberOrigin::ensure_institution(origin)?;
			Self::do_complain(plan, participant, reason)
		}

		/// Rule on a complaint (caller: `RulingOrigin`, the council): `refund` returns the
		/// fee to the participant and the share to the plan, otherwise the fee is paid to
		/// the contributor. Emits `ComplaintRuled`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::rule())]
		pub fn rule(
			origin: OriginFor<T>,
			plan: PlanId,
			participant: InstitutionId,
			refund: bool,
		) -> DispatchResult {
			T::RulingOrigin::ensure_origin(origin)?;
			Self::do_rule(plan, participant, refund)
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
	fn handoff_due(due: HandoffDue<'_>) -> sp_runtime::DispatchResult {
		Self::do_handoff_due(due)
	}

	fn is_settled(plan: PlanId, participant: InstitutionId) -> bool {
		Handoffs::<T>::get(plan, participant).is_none_or(|handoff| !handoff.status.holds_fee())
	}

	fn forget(plan: PlanId, participant: InstitutionId) {
		if Self::is_settled(plan, participant) {
			Handoffs::<T>::remove(plan, participant);
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn settle_for_benchmark(plan: PlanId, participant: InstitutionId) {
		if let Some(handoff) = Handoffs::<T>::get(plan, participant) {
			Self::unschedule(plan, participant, &handoff);
			let _ = Self::pay(plan, participant, handoff, HandoffStatus::Accepted);
		}
	}
}

impl<T: Config> Pallet<T> {
	/// The institution's current registered key, if any.
	pub fn current_key(who: InstitutionId) -> Option<(KeyId, RegisteredKeyOf<T>)> {
		let id = CurrentKey::<T>::get(who)?;
		Keys::<T>::get(who, id).map(|key| (id, key))
	}
}
