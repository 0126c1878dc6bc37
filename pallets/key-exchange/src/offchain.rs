//! The offchain worker: the contributor's own node delivers its pending handoffs.
//!
//! On every block, if the node's PERSISTENT offchain storage holds
//! * [`PRIVATE_KEY_STORAGE_KEY`]: the institution's RSA private key (PKCS#8 PEM or DER
//!   bytes, stored raw, not SCALE-encoded), and
//! * [`INSTITUTION_ID_STORAGE_KEY`]: the institution id (a SCALE `u32`, 4 bytes little endian),
//!
//! and the keystore holds an `lsho` key of an account acting for that institution, then for
//! each of the institution's pending handoffs (at most [`MAX_DELIVERIES_PER_RUN`] per block)
//! the worker unwraps W with the private key, re-wraps the data key to the participant's
//! current registered key and submits a signed `deliver` transaction.
//!
//! A handoff being worked on is marked "in flight" in offchain storage until
//! [`IN_FLIGHT_BLOCKS`] blocks later, so that the next blocks' workers do not submit it again
//! while the first transaction is still in the pool. Nothing secret is ever logged.
use crate::{Call, Config, Handoff, HandoffStatus, Handoffs, Pallet, PendingByContributor};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::BoundedVec;
use frame_system::{
	offchain::{Account, SendSignedTransaction, Signer},
	pallet_prelude::BlockNumberFor,
};
use loanshare_envelope::RsaPrivateKey;
use loanshare_primitives::{InstitutionId, InstitutionRegistry, PlanId};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
use sp_core::offchain::StorageKind;
use sp_runtime::{
	offchain::storage::{MutateStorageError, StorageRetrievalError, StorageValueRef},
	traits::Saturating,
};

pub use loanshare_primitives::constants::{INSTITUTION_ID_STORAGE_KEY, PRIVATE_KEY_STORAGE_KEY};
/// Prefix of the per-handoff "in flight until block N" markers (followed by `(plan, participant)` SCALE).
pub const IN_FLIGHT_PREFIX: &[u8] = b"loanshare::handoff-in-flight::";
/// Blocks during which a submitted handoff is not attempted again.
pub const IN_FLIGHT_BLOCKS: u32 = 10;
/// Most deliveries submitted per block (RSA work in the worker is bounded).
pub const MAX_DELIVERIES_PER_RUN: usize = 8;

const LOG_TARGET: &str = "runtime::key-exchange";

/// What the worker did with one pending handoff.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Outcome {
	/// A signed `deliver` transaction was submitted to the pool.
	Submitted,
	/// Another run already works on it (in flight).
	InFlight,
	/// The handoff could not be delivered now (see the log); retried after the in-flight period.
	Failed,
}

/// Run the worker for block `now`.
pub fn run<T: Config>(now: BlockNumberFor<T>) {
	let Some(institution) = local_institution() else {
		return;
	};
	let pending = PendingByContributor::<T>::get(institution);
	if pending.is_empty() {
		return;
	}
	let Some(private) = local_private_key() else {
		return;
	};
	let Some(account) = signing_account::<T>(institution) else {
		log::warn!(
			target: LOG_TARGET,
			"institution {institution}: {} pending handoff(s) but no `lsho` key of one of its accounts in the keystore",
			pending.len(),
		);
		return;
	};
	let mut rng = ChaCha20Rng::from_seed(sp_io::offchain::random_seed());
	let mut submitted = 0usize;
	for (plan, participant) in pending {
		if submitted >= MAX_DELIVERIES_PER_RUN {
			break;
		}
		let Some(handoff) = Handoffs::<T>::get(plan, participant) else {
			continue;
		};
		if handoff.status != HandoffStatus::Pending {
			continue;
		}
		let outcome =
			deliver_one::<T>(now, &account, &private, &mut rng, plan, participant, &handoff);
		if outcome == Outcome::Submitted {
			submitted = submitted.saturating_add(1);
		}
	}
}

/// Re-wrap and submit one handoff, unless it is in flight.
pub fn deliver_one<T: Config>(
	now: BlockNumberFor<T>,
	account: &Account<T>,
	private: &RsaPrivateKey,
	rng: &mut ChaCha20Rng,
	plan: PlanId,
	participant: InstitutionId,
	handoff: &Handoff<BlockNumberFor<T>, T::MaxWrappedKeyLen>,
) -> Outcome {
	if !acquire_in_flight::<T>(now, plan, participant) {
		return Outcome::InFlight;
	}
	let Some((key_id, key)) = Pallet::<T>::current_key(participant) else {
		log::warn!(target: LOG_TARGET, "plan {plan}: participant {participant} has no key");
		return Outcome::Failed;
	};
	let rewrapped = match loanshare_envelope::rewrap(rng, private, &handoff.wrapped_key, &key.der) {
		Ok(w) => w,
		Err(e) => {
			log::warn!(
				target: LOG_TARGET,
				"plan {plan}: cannot re-wrap to participant {participant} key {key_id}: {e:?} (is the private key of contributor key {}?)",
				handoff.contributor_key_id,
			);
			return Outcome::Failed;
		},
	};
	let Ok(rewrapped_key) = BoundedVec::<u8, T::MaxWrappedKeyLen>::try_from(rewrapped) else {
		log::warn!(target: LOG_TARGET, "plan {plan}: re-wrapped key too long");
		return Outcome::Failed;
	};
	let signer =
		Signer::<T, T::AuthorityId>::any_account().with_filter(alloc::vec![account.public.clone()]);
	let result = signer.send_signed_transaction(|_| Call::deliver {
		plan,
		participant,
		rewrapped_key: rewrapped_key.clone(),
	});
	match result {
		Some((_, Ok(()))) => {
			log::info!(
				target: LOG_TARGET,
				"plan {plan}: submitted delivery to participant {participant} (key {key_id})",
			);
			Outcome::Submitted
		},
		Some((_, Err(()))) => {
			log::warn!(target: LOG_TARGET, "plan {plan}: the pool rejected the delivery");
			Outcome::Failed
		},
		None => {
			log::warn!(target: LOG_TARGET, "plan {plan}: no key could sign the delivery");
			Outcome::Failed
		},
	}
}

/// The institution id configured for this node, if any.
pub fn local_institution() -> Option<InstitutionId> {
	match StorageValueRef::persistent(INSTITUTION_ID_STORAGE_KEY).get::<InstitutionId>() {
		Ok(id) => id,
		Err(StorageRetrievalError::Undecodable) => {
			log::error!(target: LOG_TARGET, "offchain institution id is not a SCALE u32");
			None
		},
	}
}

/// The institution's RSA private key from offchain storage, if present and readable.
fn local_private_key() -> Option<RsaPrivateKey> {
	let raw = zeroize::Zeroizing::new(sp_io::offchain::local_storage_get(
		StorageKind::PERSISTENT,
		PRIVATE_KEY_STORAGE_KEY,
	)?);
	match loanshare_envelope::parse_private_key(&raw) {
		Ok(key) => Some(key),
		Err(_) => {
			log::error!(target: LOG_TARGET, "offchain RSA private key is unreadable (PKCS#8 PEM/DER expected)");
			None
		},
	}
}

/// A keystore account (key type `lsho`) that acts for `institution`.
pub fn signing_account<T: Config>(institution: InstitutionId) -> Option<Account<T>> {
	Signer::<T, T::AuthorityId>::keystore_accounts()
		.find(|account| T::Registry::institution_of(&account.id) == Some(institution))
}

/// The offchain storage key of a handoff's in-flight marker.
pub fn in_flight_key(plan: PlanId, participant: InstitutionId) -> Vec<u8> {
	let mut key = IN_FLIGHT_PREFIX.to_vec();
	(plan, participant).encode_to(&mut key);
	key
}

/// Mark the handoff in flight until `now + IN_FLIGHT_BLOCKS`; false if it already is.
fn acquire_in_flight<T: Config>(
	now: BlockNumberFor<T>,
	plan: PlanId,
	participant: InstitutionId,
) -> bool {
	let key = in_flight_key(plan, participant);
	let marker = StorageValueRef::persistent(&key);
	let until = now.saturating_add(IN_FLIGHT_BLOCKS.into());
	let result =
		marker.mutate(|previous: Result<Option<BlockNumberFor<T>>, StorageRetrievalError>| {
			match previous {
				Ok(Some(busy_until)) if busy_until > now => Err(()),
				_ => Ok(until),
			}
		});
	match result {
		Ok(_) => true,
		Err(MutateStorageError::ValueFunctionFailed(())) => false,
		Err(MutateStorageError::ConcurrentModification(_)) => false,
	}
}
