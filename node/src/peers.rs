//! The closed network, node side: at every finalised block the node asks the runtime which
//! peers belong to active institutions (`ConsortiumApi::authorized_peers`) and lets only
//! those (plus the operator's `--reserved-nodes`) open the sync protocol with it. A chain
//! whose institutions registered no node yet stays open; once any node is registered (at
//! genesis or later) the node denies every other peer, for good, so an unregistered node
//! that has the chain spec cannot sync a block; once its peer id is registered and
//! finalised, it can.
//!
//! Request-response protocols of the network stack do not check peers; a network-level
//! allowlist (firewall or VPN between the institutions) is the second line, see
//! `docs/OPERATING.md`.
use futures::StreamExt;
use loanshare_primitives::api::ConsortiumApi;
use loanshare_runtime::opaque::Block;
use sc_client_api::{BlockchainEvents, HeaderBackend};
use sc_network::{service::traits::NetworkService, PeerId};
use sp_api::{ApiExt, ProvideRuntimeApi};
use std::{collections::HashSet, sync::Arc};

const LOG_TARGET: &str = "loanshare::peers";

/// The peers the finalised chain authorises at `hash`, or `None` if the runtime cannot say
/// (an older runtime without `ConsortiumApi`).
fn authorized_at<C>(
	client: &C,
	hash: <Block as sp_runtime::traits::Block>::Hash,
) -> Option<Vec<Vec<u8>>>
where
	C: ProvideRuntimeApi<Block>,
	C::Api: ConsortiumApi<Block>,
{
	let api = client.runtime_api();
	match api.has_api::<dyn ConsortiumApi<Block>>(hash) {
		Ok(true) => {},
		_ => return None,
	}
	match api.authorized_peers(hash) {
		Ok(raw) => Some(raw),
		Err(e) => {
			log::warn!(target: LOG_TARGET, "cannot read the authorised peers at {hash:?}: {e}");
			None
		},
	}
}

/// Whether the finalised chain already lists nodes (the network is closed from the start).
pub fn network_is_closed<C>(client: &C) -> bool
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block>,
	C::Api: ConsortiumApi<Block>,
{
	authorized_at(client, client.info().finalized_hash).is_some_and(|peers| !peers.is_empty())
}

/// Keeps the network's authorised peer set equal to the finalised chain's; `closed`: whether
/// the node started in reserved-only mode already (else it switches once nodes appear).
pub async fn follow_authorized_peers<C>(
	client: Arc<C>,
	network: Arc<dyn NetworkService>,
	static_peers: HashSet<PeerId>,
	mut closed: bool,
) where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + BlockchainEvents<Block> + 'static,
	C::Api: ConsortiumApi<Block>,
{
	let me = network.local_peer_id();
	let mut applied: Option<HashSet<PeerId>> = None;
	let mut apply = |hash| {
		let Some(raw) = authorized_at(&*client, hash) else { return };
		if raw.is_empty() && !closed {
			return;
		}
		let mut peers: HashSet<PeerId> = raw
			.iter()
			.filter_map(|bytes| match PeerId::from_bytes(bytes) {
				Ok(peer) => Some(peer),
				Err(_) => {
					log::warn!(target: LOG_TARGET, "ignoring an invalid peer id registered on chain");
					None
				},
			})
			.collect();
		peers.extend(static_peers.iter().copied());
		peers.remove(&me);
		if applied.as_ref() == Some(&peers) {
			return;
		}
		log::info!(target: LOG_TARGET, "{} authorised peers at finalised block {hash:?}", peers.len());
		network.set_authorized_peers(peers.clone());
		if !closed {
			// Switched once: the chain now lists nodes, deny everyone else from here on.
			log::info!(target: LOG_TARGET, "nodes are registered on chain: the network is closed");
			network.set_authorized_only(true);
			closed = true;
		}
		applied = Some(peers);
	};
	apply(client.info().finalized_hash);
	let mut finalized = client.finality_notification_stream();
	while let Some(notification) = finalized.next().await {
		apply(notification.hash);
	}
}
