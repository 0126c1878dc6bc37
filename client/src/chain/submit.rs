//! Signing, submitting and following a transaction until it is final.
//!
//! [`send`] signs with the institution's key, submits, and follows the transaction:
//! by default until its block is finalised ([`Wait::Finalized`]), or only into a
//! block ([`Wait::InBlock`]). A transaction the pool refuses, drops or declares
//! invalid is reported at once with the node's reason; one that fails in its block
//! is reported as `Pallet.Error` with the error's fields.
use super::{events::EventView, At, Chain, Config};
use anyhow::anyhow;
use subxt::{
	config::DefaultExtrinsicParamsBuilder,
	error::{DispatchError, TransactionEventsError},
	tx::{Payload, TransactionStatus},
};
use subxt_signer::sr25519::Keypair;

/// How long a transaction stays valid, in blocks (about 3 minutes at 3 s blocks).
pub const MORTALITY_BLOCKS: u64 = 64;

/// How far to follow a transaction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
	/// Until it is in a best block.
	InBlock,
	/// Until its block is finalised (the default).
	Finalized,
}

/// What a transaction did.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Outcome {
	/// Transaction hash.
	pub hash: String,
	/// Block it is in.
	pub block_hash: String,
	/// That block's number.
	pub block_number: u64,
	/// Whether that block was finalised when this returned.
	pub finalized: bool,
	/// Its index in the block.
	pub extrinsic_index: usize,
	/// The events it emitted.
	pub events: Vec<EventView>,
}

/// Why a transaction did not go through.
#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
	/// The call failed in its block; nothing it would have changed was changed.
	#[error("{0}")]
	Failed(String),
	/// The pool refused, dropped or invalidated it.
	#[error("the transaction was not accepted: {0}")]
	Rejected(String),
	/// Anything else (connection, metadata).
	#[error(transparent)]
	Other(#[from] anyhow::Error),
}

/// Signs `call` with `signer`, submits it and follows it as far as `wait` says.
pub async fn send<P: Payload>(
	chain: &Chain,
	signer: &Keypair,
	call: &P,
	wait: Wait,
	nonce: Option<u64>,
) -> Result<Outcome, SubmitError> {
	let at = chain.finalized().await?;
	// The pool's view of the nonce: a transaction of the same signer that is in a best
	// block but not yet finalised (`--in-block` a moment ago) has used one already.
	let nonce = match nonce {
		Some(n) => n,
		None => chain.next_nonce(&signer.public_key().to_account_id()).await?,
	};
	send_at(&at, signer, call, wait, Some(nonce)).await
}

/// A submitted transaction being followed.
pub type Progress =
	subxt::tx::TransactionProgress<Config, subxt::client::OnlineClientAtBlockImpl<Config>>;

/// As [`send`], with the transaction made at a given block (its mortality starts there).
pub async fn send_at<P: Payload>(
	at: &At,
	signer: &Keypair,
	call: &P,
	wait: Wait,
	nonce: Option<u64>,
) -> Result<Outcome, SubmitError> {
	let progress = submit_at(at, signer, call, nonce).await?;
	follow_progress(progress, wait).await
}

/// Signs and submits `call` made at `at`; the pool's refusal is returned at once.
pub async fn submit_at<P: Payload>(
	at: &At,
	signer: &Keypair,
	call: &P,
	nonce: Option<u64>,
) -> Result<Progress, SubmitError> {
	let mut params = DefaultExtrinsicParamsBuilder::<Config>::new().mortal(MORTALITY_BLOCKS);
	if let Some(n) = nonce {
		params = params.nonce(n);
	}
	at.transactions()
		.sign_and_submit_then_watch(call, signer, params.build())
		.await
		.map_err(|e| SubmitError::Rejected(explain_pool_error(&e.to_string())))
}

/// `InvalidTransaction::Custom` code of LoanShare's `CheckMembership` extension.
pub const NOT_A_MEMBER: u8 = 101;

/// The pool's refusal, with LoanShare's own codes named.
pub fn explain_pool_error(message: &str) -> String {
	let lower = message.to_ascii_lowercase();
	if lower.contains(&format!("custom error: {NOT_A_MEMBER}")) {
		return format!(
			"{message} (CheckMembership: the signing account acts for no active institution of the consortium)"
		);
	}
	message.to_owned()
}

/// Follows a submitted transaction as far as `wait` says.
pub async fn follow_progress(mut progress: Progress, wait: Wait) -> Result<Outcome, SubmitError> {
	let hash = format!("{:?}", progress.extrinsic_hash());
	while let Some(status) = progress.next().await {
		let status = status.map_err(|e| anyhow!("lost track of transaction {hash}: {e}"))?;
		let (in_block, finalized) = match status {
			TransactionStatus::InBestBlock(b) if wait == Wait::InBlock => (b, false),
			TransactionStatus::InFinalizedBlock(b) => (b, true),
			TransactionStatus::Invalid { message } => {
				return Err(SubmitError::Rejected(explain_pool_error(&format!(
					"invalid: {message}"
				))))
			},
			TransactionStatus::Dropped { message } => {
				return Err(SubmitError::Rejected(format!("dropped: {message}")))
			},
			TransactionStatus::Error { message } => {
				return Err(SubmitError::Rejected(format!("error: {message}")))
			},
			_ => continue,
		};
		let block_hash = in_block.block_hash();
		let events = match in_block.wait_for_success().await {
			Ok(events) => events,
			Err(TransactionEventsError::ExtrinsicFailed(e)) => {
				return Err(SubmitError::Failed(describe_dispatch_error(&e)))
			},
			Err(e) => return Err(SubmitError::Other(anyhow!("transaction {hash}: {e}"))),
		};
		let block =
			in_block.at().await.map_err(|e| anyhow!("cannot read block {block_hash:?}: {e}"))?;
		let mut views = Vec::new();
		for ev in events.iter() {
			let ev = ev.map_err(|e| anyhow!("cannot decode an event of {hash}: {e}"))?;
			views.push(EventView::from_event(&ev)?);
		}
		return Ok(Outcome {
			hash,
			block_hash: format!("{block_hash:?}"),
			block_number: block.block_number(),
			finalized,
			extrinsic_index: events.extrinsic_index(),
			events: views,
		});
	}
	Err(SubmitError::Other(anyhow!("the node stopped reporting on transaction {hash}")))
}

/// Signs and submits calls in order with consecutive nonces (from the signer's
/// next nonce, pool included), then follows them all concurrently. A call the pool
/// refuses does not use up a nonce.
pub async fn submit_all<P: Payload>(
	chain: &Chain,
	signer: &Keypair,
	payloads: &[P],
	wait: Wait,
) -> Vec<Result<Outcome, SubmitError>> {
	let prepared = async {
		let nonce = chain.next_nonce(&signer.public_key().to_account_id()).await?;
		let at = chain.finalized().await?;
		anyhow::Ok((at, nonce))
	}
	.await;
	let (at, mut next) = match prepared {
		Ok(p) => p,
		Err(e) => return all_failed(payloads.len(), &format!("{e:#}")),
	};
	let mut progresses = Vec::with_capacity(payloads.len());
	for p in payloads {
		let r = submit_at(&at, signer, p, Some(next)).await;
		if r.is_ok() {
			next += 1;
		}
		progresses.push(r);
	}
	let follows = progresses.into_iter().map(|p| async move {
		match p {
			Ok(p) => follow_progress(p, wait).await,
			Err(e) => Err(e),
		}
	});
	futures::future::join_all(follows).await
}

/// `count` results that all failed with the same reason (nothing was submitted).
pub fn all_failed(count: usize, reason: &str) -> Vec<Result<Outcome, SubmitError>> {
	(0..count).map(|_| Err(SubmitError::Other(anyhow!("{reason}")))).collect()
}

/// A dispatch error as `Pallet.Error { fields }`, or the system error's name.
pub fn describe_dispatch_error(e: &DispatchError) -> String {
	match e {
		DispatchError::Module(m) => {
			let name = match m.details() {
				Ok(d) => format!("{}.{}", d.pallet.name(), d.variant.name),
				Err(_) => format!("pallet #{} error #{}", m.pallet_index(), m.error_index()),
			};
			let fields = m
				.as_root_error::<scale_value::Value>()
				.ok()
				.and_then(|v| inner_fields(&v))
				.unwrap_or_default();
			format!("{name}{fields}")
		},
		other => other.to_string(),
	}
}

/// The fields of `Pallet(Error { … })`, rendered, when there are any.
fn inner_fields(v: &scale_value::Value) -> Option<String> {
	let scale_value::ValueDef::Variant(pallet) = &v.value else { return None };
	let inner = pallet.values.values().next()?;
	let scale_value::ValueDef::Variant(error) = &inner.value else { return None };
	if error.values.is_empty() {
		return None;
	}
	Some(format!(" {}", error.values))
}

#[cfg(test)]
mod tests {
	#[test]
	fn membership_refusals_are_named() {
		for m in [
			"Invalid Transaction: Custom error: 101",
			"invalid: Invalid transaction with custom error: 101",
		] {
			assert!(super::explain_pool_error(m).contains("CheckMembership"), "{m}");
		}
		assert_eq!(super::explain_pool_error("Custom error: 1"), "Custom error: 1");
	}
}
