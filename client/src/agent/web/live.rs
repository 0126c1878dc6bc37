//! Live events for the web app: Server-Sent Events from the agent's follow loop.
//!
//! Each finalised block the agent mirrors is offered to [`Live::publish`], which passes the
//! events of the LoanShare pallets (plans, shares, handoffs, tokens, members) to every open
//! page over `GET /app/api/live` (`text/event-stream`): one `block` event per block, JSON
//! `{"number", "events": [{"pallet", "variant", "fields"}]}`. Pages use them to show new
//! plans without reloading and to follow a handoff to delivered. A page that falls too far
//! behind gets a `resync` event and reloads its data. These are public chain events: no
//! borrower data ever goes through here.
use super::{super::Agent, session::WebUser};
use axum::{
	extract::State,
	response::sse::{Event, KeepAlive, Sse},
};
use loanshare_mirror::BlockRecord;
use serde::Serialize;
use std::{convert::Infallible, sync::Arc, time::Duration};
use tokio::sync::broadcast;

/// Blocks kept for a slow page before it must resync.
const BACKLOG: usize = 256;

/// One event of a block, as pages see it.
#[derive(Clone, Debug, Serialize)]
pub struct LiveEvent {
	/// Pallet name (`LoanShare`, `KeyExchange`, `Token`, `Consortium`).
	pub pallet: String,
	/// Event name (`PlanPublished`, …).
	pub variant: String,
	/// Its fields, as mirrored.
	pub fields: serde_json::Value,
}

/// A mirrored block's events.
#[derive(Clone, Debug, Serialize)]
pub struct LiveBlock {
	/// Block number.
	pub number: u64,
	/// Its LoanShare events.
	pub events: Vec<LiveEvent>,
}

/// The broadcast of mirrored blocks to open pages.
pub struct Live {
	sender: broadcast::Sender<Arc<LiveBlock>>,
}

impl Live {
	/// A broadcast with no page listening yet.
	pub fn new() -> Self {
		Live { sender: broadcast::channel(BACKLOG).0 }
	}

	/// Offers a mirrored block to the open pages (nothing happens without one, or when the
	/// block has no LoanShare event).
	pub fn publish(&self, record: &BlockRecord) {
		if self.sender.receiver_count() == 0 {
			return;
		}
		let events: Vec<LiveEvent> = record
			.events
			.iter()
			.filter(|e| crate::chain::events::DOMAIN_PALLETS.contains(&e.pallet.as_str()))
			.map(|e| LiveEvent {
				pallet: e.pallet.clone(),
				variant: e.variant.clone(),
				fields: e.fields.clone(),
			})
			.collect();
		if !events.is_empty() {
			// No receiver left since the check: nothing to do.
			let _ = self.sender.send(Arc::new(LiveBlock { number: record.number, events }));
		}
	}

	/// A new listener.
	pub fn subscribe(&self) -> broadcast::Receiver<Arc<LiveBlock>> {
		self.sender.subscribe()
	}
}

impl Default for Live {
	fn default() -> Self {
		Self::new()
	}
}

/// `GET /app/api/live`: the event stream (a signed-in user's). A comment every 15 s keeps
/// proxies from closing it; the browser's `EventSource` reconnects by itself.
pub async fn events(
	State(agent): State<Arc<Agent>>,
	_user: WebUser,
) -> Sse<impl futures::Stream<Item = Result<Event, Infallible>>> {
	let rx = agent.web.live.subscribe();
	let hello = Event::default().event("hello").data("{}");
	let stream = futures::stream::unfold((rx, Some(hello)), |(mut rx, first)| async move {
		if let Some(hello) = first {
			return Some((Ok(hello), (rx, None)));
		}
		let event = match rx.recv().await {
			Ok(block) => match Event::default().event("block").json_data(&*block) {
				Ok(e) => e,
				Err(_) => Event::default().event("resync").data("{}"),
			},
			Err(broadcast::error::RecvError::Lagged(_)) => {
				Event::default().event("resync").data("{}")
			},
			Err(broadcast::error::RecvError::Closed) => return None,
		};
		Some((Ok(event), (rx, None)))
	});
	Sse::new(stream)
		.keep_alive(KeepAlive::new().interval(Duration::from_secs(15)).text("keep-alive"))
}
