//! The handoff, both ends: the contributor re-wraps a plan's data key to the
//! participant ([`prepare_delivery`], and [`rewrap_group`] for the agent's batches); the
//! participant opens the borrower data ([`open_plan`]) or checks a delivery before
//! disputing it ([`judge_delivered`]). RSA private keys come from the institution's key
//! directory ([`Keyring`]) and never leave this process.
//!
//! Key rotation: the key directory holds every private key the institution has had. The
//! key a handoff needs is found by its public key, read from the chain
//! (`KeyExchange.Keys(institution, key id)`), so a plan sealed to a key that was rotated
//! away is still delivered, and a delivery to an older key of the participant still opens.
use crate::{
	chain::{
		calls::{self, CallSpec, Delivery},
		types::{Handoff, HandoffStatus, InstitutionId, Plan, PlanId},
		At, Reader,
	},
	secrets,
};
use loanshare_envelope::{BorrowerData, RsaPrivateKey, RsaPublicKey, Verdict};
use std::{
	path::{Path, PathBuf},
	sync::Arc,
};
use zeroize::Zeroizing;

/// The institution's RSA private keys, current and rotated, by public key.
pub struct Keyring {
	keys: Vec<(PathBuf, Arc<RsaPrivateKey>, Vec<u8>)>,
}

impl Keyring {
	/// Loads every private key (`*.pem`, mode 600) of a directory.
	pub fn load(dir: &Path) -> anyhow::Result<Self> {
		let keys = secrets::read_rsa_dir(dir)?;
		if keys.is_empty() {
			anyhow::bail!("no RSA private key (*.pem) in {}", dir.display());
		}
		Ok(Keyring { keys: keys.into_iter().map(|(p, k, d)| (p, Arc::new(k), d)).collect() })
	}

	/// A keyring of keys already loaded (file name for messages, private key).
	pub fn from_keys(keys: Vec<(PathBuf, RsaPrivateKey)>) -> anyhow::Result<Self> {
		let keys = keys
			.into_iter()
			.map(|(path, key)| {
				let der = loanshare_envelope::public_key_der(&key)
					.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
				Ok((path, Arc::new(key), der))
			})
			.collect::<anyhow::Result<_>>()?;
		Ok(Keyring { keys })
	}

	/// The private key whose public key is `der` (SubjectPublicKeyInfo DER).
	pub fn for_public(&self, der: &[u8]) -> Option<&RsaPrivateKey> {
		self.shared_for_public(der).map(|k| &**k)
	}

	/// [`Keyring::for_public`], shared (for work on other threads).
	pub fn shared_for_public(&self, der: &[u8]) -> Option<&Arc<RsaPrivateKey>> {
		self.keys.iter().find(|(_, _, d)| d.as_slice() == der).map(|(_, k, _)| k)
	}

	/// The file the private key of `der` was read from.
	pub fn path_of(&self, der: &[u8]) -> Option<&Path> {
		self.keys.iter().find(|(_, _, d)| d.as_slice() == der).map(|(p, _, _)| p.as_path())
	}

	/// How many keys it holds.
	pub fn len(&self) -> usize {
		self.keys.len()
	}

	/// Whether it holds none.
	pub fn is_empty(&self) -> bool {
		self.keys.is_empty()
	}
}

/// Why a handoff cannot be delivered, opened or disputed.
#[derive(Debug, thiserror::Error)]
pub enum HandoffError {
	/// No such handoff.
	#[error("no handoff of plan {plan} to institution {participant}")]
	Unknown {
		/// Plan.
		plan: PlanId,
		/// Participant.
		participant: InstitutionId,
	},
	/// Not in the state the operation needs.
	#[error("the handoff of plan {plan} to institution {participant} is {}", .status.describe())]
	WrongState {
		/// Plan.
		plan: PlanId,
		/// Participant.
		participant: InstitutionId,
		/// Its status.
		status: HandoffStatus,
	},
	/// The key it needs is not in the key directory.
	#[error(
		"institution {institution}'s key {key_id} is not in the RSA key directory (keep the \
		 private keys of rotated keys there)"
	)]
	MissingPrivateKey {
		/// Whose key.
		institution: InstitutionId,
		/// Which key.
		key_id: u32,
	},
	/// The institution has no registered key (of that id).
	#[error(
		"institution {institution} has no registered RSA key{}",
		.key_id.map(|k| format!(" {k}")).unwrap_or_default()
	)]
	NoPublicKey {
		/// Whose key.
		institution: InstitutionId,
		/// Which key (`None`: its current key).
		key_id: Option<u32>,
	},
	/// Cryptography failed (a wrong key or a bad envelope).
	#[error("{0}")]
	Crypto(String),
	/// Reading the chain failed.
	#[error(transparent)]
	Chain(#[from] anyhow::Error),
}

/// The registered key `key_id` of `who`, or an error naming it.
async fn registered_key(
	r: &Reader<'_>,
	who: InstitutionId,
	key_id: u32,
) -> Result<Vec<u8>, HandoffError> {
	r.key(who, key_id)
		.await?
		.ok_or(HandoffError::NoPublicKey { institution: who, key_id: Some(key_id) })
}

/// A pending handoff of `contributor`'s plan, and the private key its data key is wrapped to.
async fn pending_handoff<'k>(
	r: &Reader<'_>,
	keyring: &'k Keyring,
	contributor: InstitutionId,
	plan: PlanId,
	participant: InstitutionId,
) -> Result<(Handoff, &'k RsaPrivateKey), HandoffError> {
	let h =
		r.handoff(plan, participant).await?.ok_or(HandoffError::Unknown { plan, participant })?;
	if h.status != HandoffStatus::Pending {
		return Err(HandoffError::WrongState { plan, participant, status: h.status });
	}
	let own_der = registered_key(r, contributor, h.contributor_key_id).await?;
	let private = keyring.for_public(&own_der).ok_or(HandoffError::MissingPrivateKey {
		institution: contributor,
		key_id: h.contributor_key_id,
	})?;
	Ok((h, private))
}

/// The delivery of a pending handoff of `contributor`'s plan: the data key unwrapped with
/// the contributor's key the plan was sealed to and wrapped to the participant's key
/// `participant_key_id` (default: its current key, which the chain requires).
pub async fn prepare_delivery(
	at: &At,
	keyring: &Keyring,
	contributor: InstitutionId,
	plan: PlanId,
	participant: InstitutionId,
	participant_key_id: Option<u32>,
) -> Result<Delivery, HandoffError> {
	let r = Reader(at);
	let (h, private) = pending_handoff(&r, keyring, contributor, plan, participant).await?;
	let (key_id, participant_der) = match participant_key_id {
		Some(id) => (id, registered_key(&r, participant, id).await?),
		None => r
			.current_key(participant)
			.await?
			.ok_or(HandoffError::NoPublicKey { institution: participant, key_id: None })?,
	};
	let mut rng = loanshare_envelope::os_rng();
	let rewrapped = loanshare_envelope::rewrap(&mut rng, private, &h.wrapped_key, &participant_der)
		.map_err(|e| HandoffError::Crypto(format!("cannot re-wrap plan {plan}'s data key: {e}")))?;
	Ok(Delivery { plan, participant, participant_key_id: key_id, rewrapped_key: rewrapped })
}

/// The `deliver` call of a pending handoff with a `W'` prepared elsewhere, sent as it is;
/// only the handoff's state and the participant's key are checked.
pub async fn delivery_as_given(
	at: &At,
	plan: PlanId,
	participant: InstitutionId,
	participant_key_id: Option<u32>,
	rewrapped_key: Vec<u8>,
) -> Result<CallSpec, HandoffError> {
	let r = Reader(at);
	let h =
		r.handoff(plan, participant).await?.ok_or(HandoffError::Unknown { plan, participant })?;
	if h.status != HandoffStatus::Pending {
		return Err(HandoffError::WrongState { plan, participant, status: h.status });
	}
	let key_id = match participant_key_id {
		Some(id) => id,
		None => {
			r.current_key(participant)
				.await?
				.ok_or(HandoffError::NoPublicKey { institution: participant, key_id: None })?
				.0
		},
	};
	Ok(calls::deliver(&Delivery { plan, participant, participant_key_id: key_id, rewrapped_key }))
}

/// One recipient of a plan's data key in [`rewrap_group`].
#[derive(Clone)]
pub struct Recipient {
	/// The plan.
	pub plan: PlanId,
	/// The participant.
	pub participant: InstitutionId,
	/// Its key's id.
	pub key_id: u32,
	/// Its key.
	pub key: Arc<RsaPublicKey>,
}

/// The deliveries of one wrapped data key `W` to several recipients: `W` is unwrapped once
/// with `private`, then wrapped to each recipient. CPU-bound (one RSA decryption, one
/// encryption per recipient): run it on a blocking thread. The data key is wiped when done.
pub fn rewrap_group(
	private: &RsaPrivateKey,
	wrapped: &[u8],
	recipients: Vec<Recipient>,
) -> Vec<(Recipient, Result<Delivery, String>)> {
	let mut rng = loanshare_envelope::os_rng();
	let key = match loanshare_envelope::unwrap_key_with_rng(&mut rng, private, wrapped) {
		Ok(k) => Zeroizing::new(k),
		Err(e) => {
			let why = format!("cannot unwrap the plan's data key: {e}");
			return recipients.into_iter().map(|r| (r, Err(why.clone()))).collect();
		},
	};
	recipients
		.into_iter()
		.map(|r| {
			let result = loanshare_envelope::wrap_key(&mut rng, &r.key, &key)
				.map(|w| Delivery {
					plan: r.plan,
					participant: r.participant,
					participant_key_id: r.key_id,
					rewrapped_key: w,
				})
				.map_err(|e| format!("cannot wrap the data key to key {}: {e}", r.key_id));
			(r, result)
		})
		.collect()
}

/// The envelope context of a plan: the chain, its contributor, its reference.
fn context<'a>(
	genesis: &'a [u8; 32],
	contributor: InstitutionId,
	external_ref: &'a [u8],
) -> loanshare_envelope::Context<'a> {
	loanshare_envelope::Context { chain_id: genesis, contributor, external_ref }
}

/// The delivered `W'` of a handoff, the participant key it was wrapped to (DER) with its
/// private key, and the plan whose envelope it opens.
async fn delivered<'k>(
	r: &Reader<'_>,
	keyring: &'k Keyring,
	plan: PlanId,
	participant: InstitutionId,
) -> Result<(Handoff, Vec<u8>, Vec<u8>, &'k RsaPrivateKey, Plan), HandoffError> {
	let h =
		r.handoff(plan, participant).await?.ok_or(HandoffError::Unknown { plan, participant })?;
	let (Some(wrapped), Some(key_id)) = (h.delivered_key.clone(), h.delivered_key_id) else {
		return Err(HandoffError::WrongState { plan, participant, status: h.status });
	};
	let der = registered_key(r, participant, key_id).await?;
	let private = keyring
		.for_public(&der)
		.ok_or(HandoffError::MissingPrivateKey { institution: participant, key_id })?;
	let p = r.plan(plan).await?.ok_or_else(|| anyhow::anyhow!("there is no plan {plan}"))?;
	Ok((h, wrapped, der, private, p))
}

/// Opens the borrower data of `plan` delivered to `participant`.
pub async fn open_plan(
	at: &At,
	genesis: &[u8; 32],
	keyring: &Keyring,
	plan: PlanId,
	participant: InstitutionId,
) -> Result<BorrowerData, HandoffError> {
	let r = Reader(at);
	let (_, wrapped, _, private, p) = delivered(&r, keyring, plan, participant).await?;
	let ctx = context(genesis, p.contributor, &p.input.external_ref);
	let env = &p.input.envelope;
	loanshare_envelope::open(private, &wrapped, &env.ciphertext, &env.nonce, &env.commitment, &ctx)
		.map_err(|e| {
			HandoffError::Crypto(format!(
				"the key delivered for plan {plan} does not open its data ({e}); if it is the \
				 contributor's fault, prove it with `loanshare dispute {plan}` within the \
				 challenge window"
			))
		})
}

/// What the participant's own check of a delivery found ([`judge_delivered`]).
pub struct Judged {
	/// The handoff.
	pub handoff: Handoff,
	/// The verdict the chain would reach on `em`.
	pub verdict: Verdict,
	/// `EM`: the raw RSA decryption of the delivered key, the proof of a bad delivery. It
	/// reveals the data key of a good delivery: send it only when the verdict is a fault.
	pub em: Zeroizing<Vec<u8>>,
}

/// Judges the delivery of `plan` to `participant` as the chain would judge a proof:
/// raw-decrypts `W'` with the participant's key it was delivered to, then checks what it
/// wraps against the plan's envelope.
pub async fn judge_delivered(
	at: &At,
	genesis: &[u8; 32],
	keyring: &Keyring,
	plan: PlanId,
	participant: InstitutionId,
) -> Result<Judged, HandoffError> {
	let r = Reader(at);
	let (handoff, wrapped, der, private, p) = delivered(&r, keyring, plan, participant).await?;
	let ctx = context(genesis, p.contributor, &p.input.external_ref);
	let env = &p.input.envelope;
	let em = Zeroizing::new(loanshare_envelope::raw_decrypt(private, &wrapped).map_err(|e| {
		HandoffError::Crypto(format!("cannot decrypt the key delivered for plan {plan}: {e}"))
	})?);
	let verdict = loanshare_envelope::judge_delivery(
		&der,
		&wrapped,
		&em,
		&env.ciphertext,
		&env.nonce,
		&env.commitment,
		&ctx,
	)
	.map_err(|e| HandoffError::Crypto(format!("cannot judge the delivery of plan {plan}: {e}")))?;
	Ok(Judged { handoff, verdict, em })
}

#[cfg(test)]
mod tests {
	use super::*;
	use loanshare_envelope::{Context, Fault};

	fn keypair() -> (RsaPrivateKey, Vec<u8>) {
		loanshare_envelope::generate_keypair(2048).unwrap()
	}

	fn borrower() -> BorrowerData {
		BorrowerData {
			name: "张三".into(),
			id_number: "110101199003074514".into(),
			mobile: "13800138000".into(),
			licence_plate: None,
			engine_number: None,
		}
	}

	/// An institution that rotated its key: plans sealed to the old key and to the new one
	/// are both delivered, each with its own private key, found by the registered public key.
	#[test]
	fn the_keyring_finds_rotated_keys_by_their_public_key() {
		let dir = tempfile::tempdir().unwrap();
		let (old, old_der) = keypair();
		let (new, new_der) = keypair();
		for (name, key) in [("rsa-2025-01", &old), ("rsa-2026-03", &new)] {
			let pem = loanshare_envelope::private_key_to_pem(key).unwrap();
			secrets::write_private(&dir.path().join(format!("{name}.pem")), pem.as_bytes())
				.unwrap();
			// Public halves in the same directory are not taken for private keys.
			std::fs::write(dir.path().join(format!("{name}.pub.pem")), b"x").unwrap();
		}
		let ring = Keyring::load(dir.path()).unwrap();
		assert_eq!(ring.len(), 2);
		assert!(ring.path_of(&old_der).unwrap().ends_with("rsa-2025-01.pem"));
		assert!(ring.path_of(&new_der).unwrap().ends_with("rsa-2026-03.pem"));
		let (_, stranger) = keypair();
		assert!(ring.for_public(&stranger).is_none());

		let genesis = [7u8; 32];
		let ctx = Context { chain_id: &genesis, contributor: 1, external_ref: b"L-1" };
		let (participant, participant_der) = keypair();
		let participant_key =
			Arc::new(loanshare_envelope::parse_public_key(&participant_der).unwrap());
		let mut rng = loanshare_envelope::os_rng();
		for der in [&old_der, &new_der] {
			let sealed = loanshare_envelope::seal(&mut rng, &borrower(), &ctx, der).unwrap();
			let private = ring.for_public(der).unwrap();
			let recipient =
				Recipient { plan: 1, participant: 2, key_id: 5, key: participant_key.clone() };
			let out = rewrap_group(private, &sealed.wrapped_key, vec![recipient]);
			let delivery = out[0].1.as_ref().unwrap();
			assert_eq!((delivery.participant, delivery.participant_key_id), (2, 5));
			let opened = loanshare_envelope::open(
				&participant,
				&delivery.rewrapped_key,
				&sealed.ciphertext,
				&sealed.nonce,
				&sealed.commitment,
				&ctx,
			)
			.unwrap();
			assert_eq!(opened, borrower());
			// The other key does not unwrap it.
			let other = if der == &old_der { &new } else { &old };
			let out = rewrap_group(other, &sealed.wrapped_key, vec![out[0].0.clone()]);
			assert!(out[0].1.is_err());
		}
	}

	/// One unwrapping serves every participant of a plan; each gets a key that opens the
	/// envelope, and a participant's own check of a good delivery says so (no dispute).
	#[test]
	fn a_group_is_rewrapped_once_for_every_participant_and_judged_good() {
		let (contributor, contributor_der) = keypair();
		let genesis = [1u8; 32];
		let ctx = Context { chain_id: &genesis, contributor: 1, external_ref: b"L-9" };
		let mut rng = loanshare_envelope::os_rng();
		let sealed =
			loanshare_envelope::seal(&mut rng, &borrower(), &ctx, &contributor_der).unwrap();
		let participants: Vec<(RsaPrivateKey, Vec<u8>)> = (0..3).map(|_| keypair()).collect();
		let recipients = participants
			.iter()
			.enumerate()
			.map(|(i, (_, der))| Recipient {
				plan: 9,
				participant: 10 + i as u32,
				key_id: 1,
				key: Arc::new(loanshare_envelope::parse_public_key(der).unwrap()),
			})
			.collect();
		let out = rewrap_group(&contributor, &sealed.wrapped_key, recipients);
		assert_eq!(out.len(), 3);
		for ((private, der), (_, delivery)) in participants.iter().zip(out) {
			let w = delivery.unwrap().rewrapped_key;
			let em = loanshare_envelope::raw_decrypt(private, &w).unwrap();
			let verdict = loanshare_envelope::judge_delivery(
				der,
				&w,
				&em,
				&sealed.ciphertext,
				&sealed.nonce,
				&sealed.commitment,
				&ctx,
			)
			.unwrap();
			assert_eq!(verdict, Verdict::Good);
		}
		// A key wrapped under another plan's context is a fault the participant can prove.
		let (private, der) = &participants[0];
		let other_ctx = Context { chain_id: &genesis, contributor: 1, external_ref: b"L-10" };
		let other = loanshare_envelope::seal(&mut rng, &borrower(), &other_ctx, der).unwrap();
		let em = loanshare_envelope::raw_decrypt(private, &other.wrapped_key).unwrap();
		let verdict = loanshare_envelope::judge_delivery(
			der,
			&other.wrapped_key,
			&em,
			&sealed.ciphertext,
			&sealed.nonce,
			&sealed.commitment,
			&ctx,
		)
		.unwrap();
		assert_eq!(verdict, Verdict::Fault(Fault::WrongKey));
	}
}
