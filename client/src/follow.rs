//! Following the chain block by block, in order, without gaps: the engine of
//! `loanshare watch` and of the agent.
//!
//! [`Follower`] subscribes to finalised (or best) heads and, for every head, reads
//! each block from the last one handled up to it by number, so blocks finalised
//! together and blocks missed while disconnected are all handled, once, in order.
use crate::chain::{events::EventView, Chain};
use anyhow::Context as _;
use futures::StreamExt;

/// One block's events.
#[derive(Debug, Clone)]
pub struct BlockEvents {
	/// Block number.
	pub number: u64,
	/// Block hash, `0x…`.
	pub hash: String,
	/// The block's timestamp (unix ms), when the runtime has one.
	pub timestamp_ms: Option<u64>,
	/// Its events, in order.
	pub events: Vec<EventView>,
	/// The head being caught up to when it was read (its own number when following live).
	pub head: u64,
}

/// Which heads to follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Heads {
	/// Finalised blocks (never reorganised).
	Finalized,
	/// Best blocks (may be reorganised away).
	Best,
}

/// Reads one block's events by number.
pub async fn read_block(chain: &Chain, number: u64) -> anyhow::Result<BlockEvents> {
	let at = chain.at_number(number).await?;
	let hash = format!("{:?}", at.block_hash());
	let events = at.events().fetch().await.with_context(|| format!("events of block #{number}"))?;
	let mut views = Vec::with_capacity(events.len() as usize);
	for ev in events.iter() {
		let ev = ev.with_context(|| format!("an event of block #{number}"))?;
		views.push(EventView::from_event(&ev)?);
	}
	let timestamp_ms =
		crate::chain::Reader(&at).entry::<_, u64>("Timestamp", "Now", ()).await.ok().flatten();
	Ok(BlockEvents { number, hash, timestamp_ms, events: views, head: number })
}

/// The latest finalised block's number.
pub async fn finalized_number(chain: &Chain) -> anyhow::Result<u64> {
	Ok(chain.finalized().await?.block_number())
}

/// Blocks read ahead at once while catching up (their reads overlap; they are handled in order).
pub const READ_AHEAD: usize = 16;

/// Calls `handle` for every block from `next` on, in order, as heads arrive; returns
/// when `handle` returns `false` or the connection fails.
pub async fn follow<F, Fut>(chain: &Chain, next: u64, heads: Heads, handle: F) -> anyhow::Result<()>
where
	F: FnMut(BlockEvents) -> Fut,
	Fut: std::future::Future<Output = anyhow::Result<bool>>,
{
	follow_prepared(chain, next, heads, |b| async move { Ok(b) }, handle).await
}

/// As [`follow`], with `prepare` run on up to [`READ_AHEAD`] blocks at once (reading
/// more of the chain for each, say) before `handle` takes them one by one, in order.
pub async fn follow_prepared<P, PFut, T, F, Fut>(
	chain: &Chain,
	mut next: u64,
	heads: Heads,
	prepare: P,
	mut handle: F,
) -> anyhow::Result<()>
where
	P: Fn(BlockEvents) -> PFut,
	PFut: std::future::Future<Output = anyhow::Result<T>>,
	F: FnMut(T) -> Fut,
	Fut: std::future::Future<Output = anyhow::Result<bool>>,
{
	let mut stream = match heads {
		Heads::Finalized => chain.api.stream_blocks().await,
		Heads::Best => chain.api.stream_best_blocks().await,
	}
	.context("cannot subscribe to new blocks")?;
	// Catch up to the current finalised head first.
	let mut head = finalized_number(chain).await?;
	loop {
		if next <= head {
			let prepare = &prepare;
			let mut blocks = futures::stream::iter(next..=head)
				.map(|n| async move {
					let mut block = read_block(chain, n).await?;
					block.head = head;
					prepare(block).await
				})
				.buffered(READ_AHEAD);
			while let Some(item) = blocks.next().await {
				if !handle(item?).await? {
					return Ok(());
				}
				next += 1;
			}
		}
		match stream.next().await {
			Some(Ok(b)) => head = head.max(b.number()),
			Some(Err(e)) => return Err(anyhow::anyhow!("the block subscription failed: {e}")),
			None => anyhow::bail!("the node closed the block subscription"),
		}
	}
}
