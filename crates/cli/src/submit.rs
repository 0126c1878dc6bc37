//! Submitting signed transactions and following them into blocks.
//!
//! `author_submitExtrinsic` returns the transaction hash; the [`Tracker`] then reads
//! each new block of the best chain (`chain_getBlock`), hashes its extrinsics to find
//! the tracked ones, and reads the block's `System.Events` to tell success
//! (`ExtrinsicSuccess`) from failure (`ExtrinsicFailed` with its dispatch error).
use crate::{
	chain::Client,
	events::{describe_error, explain_pool_error},
	tx::{self, Signer, SigningContext, ERA_PERIOD},
};
use anyhow::anyhow;
use loanshare_runtime::{Hash, RuntimeCall, RuntimeEvent};
use sp_runtime::DispatchError;
use std::{collections::HashMap, thread::sleep, time::Duration};

/// How often the tracker looks for new blocks.
pub const POLL_INTERVAL: Duration = Duration::from_millis(400);

/// What became of a tracked transaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TxStatus {
	/// Included and dispatched successfully.
	Success,
	/// Included, but the call failed (its changes were reverted; the fee was paid).
	Failed(DispatchError),
	/// Not included within its mortal era (dropped or invalid in the pool).
	NotIncluded,
}

/// A tracked transaction's fate.
#[derive(Clone, Debug)]
pub struct Outcome {
	/// The caller's tag of the transaction.
	pub tag: usize,
	/// Transaction hash.
	pub hash: Hash,
	/// Inclusion block number (0 if not included).
	pub block_number: u64,
	/// Inclusion block hash (zero if not included).
	pub block_hash: Hash,
	/// Position in the block.
	pub index: u32,
	/// Success or failure.
	pub status: TxStatus,
	/// The events the transaction emitted (including `System.Extrinsic*`).
	pub events: Vec<RuntimeEvent>,
}

impl Outcome {
	/// `Ok` on success, else the error named `Pallet.Error`.
	pub fn ok(&self) -> anyhow::Result<()> {
		match &self.status {
			TxStatus::Success => Ok(()),
			TxStatus::Failed(e) => Err(anyhow!(
				"transaction failed in block #{} with {}",
				self.block_number,
				describe_error(e)
			)),
			TxStatus::NotIncluded => Err(anyhow!(
				"transaction {:?} was not included within {ERA_PERIOD} blocks (dropped by the pool)",
				self.hash
			)),
		}
	}
}

struct Pending {
	tag: usize,
	submitted_at: u64,
}

/// Follows submitted transactions into blocks.
pub struct Tracker<'a> {
	client: &'a Client,
	next_block: u64,
	pending: HashMap<Hash, Pending>,
}

impl<'a> Tracker<'a> {
	/// A tracker of `client`'s best chain.
	pub fn new(client: &'a Client) -> Self {
		Tracker { client, next_block: 0, pending: HashMap::new() }
	}

	/// Follow `hash`, submitted when the best block was `submitted_at`.
	pub fn track(&mut self, hash: Hash, tag: usize, submitted_at: u64) {
		if self.pending.is_empty() {
			self.next_block = self.next_block.max(submitted_at.saturating_add(1));
		} else {
			self.next_block = self.next_block.min(submitted_at.saturating_add(1));
		}
		self.pending.insert(hash, Pending { tag, submitted_at });
	}

	/// How many tracked transactions are not settled yet.
	pub fn pending(&self) -> usize {
		self.pending.len()
	}

	/// Reads the blocks produced since the last call; returns the settled transactions.
	pub fn poll(&mut self) -> anyhow::Result<Vec<Outcome>> {
		let mut settled = Vec::new();
		if self.pending.is_empty() {
			return Ok(settled);
		}
		let (best, _) = self.client.best_block()?;
		while self.next_block <= best && !self.pending.is_empty() {
			let number = self.next_block;
			let block_hash = self
				.client
				.block_hash(number)?
				.ok_or_else(|| anyhow!("block #{number} disappeared"))?;
			let xts = self.client.block_extrinsics(block_hash)?;
			let mut found = Vec::new();
			for (index, xt) in xts.iter().enumerate() {
				let hash = Hash::from(sp_crypto_hashing::blake2_256(xt));
				if let Some(p) = self.pending.remove(&hash) {
					found.push((index as u32, hash, p.tag));
				}
			}
			if !found.is_empty() {
				let records = self.client.events(block_hash)?;
				for (index, hash, tag) in found {
					let events: Vec<RuntimeEvent> = records
						.iter()
						.filter(|r| r.phase == frame_system::Phase::ApplyExtrinsic(index))
						.map(|r| r.event.clone())
						.collect();
					let status = events
						.iter()
						.find_map(|e| match e {
							RuntimeEvent::System(frame_system::Event::ExtrinsicSuccess {
								..
							}) => Some(TxStatus::Success),
							RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
								dispatch_error,
								..
							}) => Some(TxStatus::Failed(*dispatch_error)),
							_ => None,
						})
						.ok_or_else(|| {
							anyhow!("block #{number} has no result event for extrinsic {index}")
						})?;
					settled.push(Outcome {
						tag,
						hash,
						block_number: number,
						block_hash,
						index,
						status,
						events,
					});
				}
			}
			self.next_block = number.saturating_add(1);
		}
		// A mortal transaction cannot be included after its era ends.
		let expired: Vec<Hash> = self
			.pending
			.iter()
			.filter(|(_, p)| best > p.submitted_at.saturating_add(ERA_PERIOD + 1))
			.map(|(h, _)| *h)
			.collect();
		for hash in expired {
			if let Some(p) = self.pending.remove(&hash) {
				settled.push(Outcome {
					tag: p.tag,
					hash,
					block_number: 0,
					block_hash: Hash::zero(),
					index: 0,
					status: TxStatus::NotIncluded,
					events: Vec::new(),
				});
			}
		}
		Ok(settled)
	}

	/// Polls until every tracked transaction is settled.
	pub fn wait_all(&mut self) -> anyhow::Result<Vec<Outcome>> {
		let mut all = Vec::new();
		while self.pending() > 0 {
			let got = self.poll()?;
			if got.is_empty() {
				sleep(POLL_INTERVAL);
			}
			all.extend(got);
		}
		Ok(all)
	}
}

/// Signs and submits `call` with `nonce` in `ctx`; returns the transaction hash.
/// A pool rejection is returned as an error with an explanation where one is known.
pub fn submit_call(
	client: &Client,
	signer: &Signer,
	call: RuntimeCall,
	nonce: u32,
	ctx: &SigningContext,
) -> anyhow::Result<Hash> {
	let xt = tx::sign(call, signer, nonce, ctx);
	let (bytes, _) = tx::encode(&xt);
	client.submit(&bytes).map_err(|e| {
		let text = e.to_string();
		match explain_pool_error(&text) {
			Some(why) => anyhow!("the node refused the transaction: {text}\n  → {why}"),
			None => anyhow!("the node refused the transaction: {text}"),
		}
	})
}

/// Signs, submits and waits for one call; fails with the dispatch error if it failed.
pub fn send(client: &Client, signer: &Signer, call: RuntimeCall) -> anyhow::Result<Outcome> {
	let ctx = client.signing_context()?;
	warn_on_version_mismatch(ctx.spec_version);
	let nonce = client.next_nonce(&signer.account)?;
	let hash = submit_call(client, signer, call, nonce, &ctx)?;
	let mut tracker = Tracker::new(client);
	tracker.track(hash, 0, ctx.block_number);
	let outcome =
		tracker.wait_all()?.pop().ok_or_else(|| anyhow!("the transaction was lost track of"))?;
	outcome.ok()?;
	Ok(outcome)
}

/// Warns (once per process) when the node's runtime is not the one this client was built with.
pub fn warn_on_version_mismatch(node_spec_version: u32) {
	use std::sync::Once;
	static WARNED: Once = Once::new();
	let ours = loanshare_runtime::VERSION.spec_version;
	if node_spec_version != ours {
		WARNED.call_once(|| {
			eprintln!(
				"warning: the node runs spec_version {node_spec_version}, this client was built for {ours}; \
				 call and event encodings may differ"
			)
		});
	}
}
