//! The handoff, both ends: the contributor re-wraps a plan's data key to the
//! participant ([`prepare_delivery`]); the participant opens the borrower data
//! ([`open_plan`]). RSA private keys come from the institution's key directory
//! ([`Keyring`]) and never leave this process.
use crate::{
	chain::{
		calls::{self, CallSpec},
		types::{HandoffStatus, InstitutionId, PlanId},
		At, Reader,
	},
	secrets,
};
use loanshare_envelope::{BorrowerData, RsaPrivateKey};
use std::path::{Path, PathBuf};

/// The institution's RSA private keys, current and rotated, by public key.
pub struct Keyring {
	keys: Vec<(PathBuf, RsaPrivateKey, Vec<u8>)>,
}

impl Keyring {
	/// Loads every private key (`*.pem`, mode 600) of a directory.
	pub fn load(dir: &Path) -> anyhow::Result<Self> {
		let keys = secrets::read_rsa_dir(dir)?;
		if keys.is_empty() {
			anyhow::bail!("no RSA private key (*.pem) in {}", dir.display());
		}
		Ok(Keyring { keys })
	}

	/// The private key whose public key is `der`.
	pub fn for_public(&self, der: &[u8]) -> Option<&RsaPrivateKey> {
		self.keys.iter().find(|(_, _, d)| d.as_slice() == der).map(|(_, k, _)| k)
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

/// Why a handoff cannot be delivered or opened.
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
	#[error("the handoff of plan {plan} to institution {participant} is {status:?}")]
	WrongState {
		/// Plan.
		plan: PlanId,
		/// Participant.
		participant: InstitutionId,
		/// Its status.
		status: HandoffStatus,
	},
	/// The key it needs is not in the key directory.
	#[error("institution {institution}'s key {key_id} is not in the RSA key directory")]
	MissingPrivateKey {
		/// Whose key.
		institution: InstitutionId,
		/// Which key.
		key_id: u32,
	},
	/// The other side has no registered key.
	#[error("institution {0} has no registered RSA key")]
	NoPublicKey(InstitutionId),
	/// Cryptography failed (a wrong key or a bad envelope).
	#[error("{0}")]
	Crypto(String),
	/// Reading the chain failed.
	#[error(transparent)]
	Chain(#[from] anyhow::Error),
}

/// The `deliver` call for a pending handoff of `contributor`'s plan.
pub async fn prepare_delivery(
	at: &At,
	keyring: &Keyring,
	contributor: InstitutionId,
	plan: PlanId,
	participant: InstitutionId,
) -> Result<CallSpec, HandoffError> {
	let r = Reader(at);
	let h =
		r.handoff(plan, participant).await?.ok_or(HandoffError::Unknown { plan, participant })?;
	if h.status != HandoffStatus::Pending {
		return Err(HandoffError::WrongState { plan, participant, status: h.status });
	}
	let own_der = r
		.key(contributor, h.contributor_key_id)
		.await?
		.ok_or(HandoffError::NoPublicKey(contributor))?;
	let private = keyring.for_public(&own_der).ok_or(HandoffError::MissingPrivateKey {
		institution: contributor,
		key_id: h.contributor_key_id,
	})?;
	let (_, participant_der) =
		r.current_key(participant).await?.ok_or(HandoffError::NoPublicKey(participant))?;
	let mut rng = loanshare_envelope::os_rng();
	let rewrapped = loanshare_envelope::rewrap(&mut rng, private, &h.wrapped_key, &participant_der)
		.map_err(|e| {
			HandoffError::Crypto(format!("cannot re-wrap plan {plan}'s data key: {e:?}"))
		})?;
	Ok(calls::deliver(plan, participant, &rewrapped))
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
	let h =
		r.handoff(plan, participant).await?.ok_or(HandoffError::Unknown { plan, participant })?;
	let (Some(wrapped), Some(key_id)) = (h.delivered_key.as_ref(), h.delivered_key_id) else {
		return Err(HandoffError::WrongState { plan, participant, status: h.status });
	};
	let der = r.key(participant, key_id).await?.ok_or(HandoffError::NoPublicKey(participant))?;
	let private = keyring
		.for_public(&der)
		.ok_or(HandoffError::MissingPrivateKey { institution: participant, key_id })?;
	let p = r.plan(plan).await?.ok_or_else(|| anyhow::anyhow!("there is no plan {plan}"))?;
	let ctx = loanshare_envelope::Context {
		chain_id: genesis,
		contributor: p.contributor,
		external_ref: &p.input.external_ref,
	};
	let env = &p.input.envelope;
	loanshare_envelope::open(private, wrapped, &env.ciphertext, &env.nonce, &env.commitment, &ctx)
		.map_err(|e| HandoffError::Crypto(format!("cannot open plan {plan}'s data: {e:?}")))
}
