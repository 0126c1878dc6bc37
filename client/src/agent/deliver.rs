//! Delivery rounds: after each mirrored head the agent reads the handoffs its
//! institution owes at the finalised block, re-wraps each data key to the
//! participant's current key and submits the deliveries with consecutive nonces.
//!
//! A handoff stays in the in-flight set from submission until it leaves the
//! finalised pending list (or its transaction fails), so it is never sent twice.
use super::Agent;
use crate::{
	chain::{submit::Wait, Reader},
	delivery::{prepare_delivery, HandoffError},
};
use futures::StreamExt;
use std::{collections::HashSet, sync::Arc};

/// Most deliveries submitted in one round.
pub const MAX_PER_ROUND: usize = 200;
/// Deliveries prepared (chain reads, re-wrapping) at once.
pub const PREPARE_IN_FLIGHT: usize = 16;

/// Runs delivery rounds as blocks are mirrored, until the agent stops.
pub async fn run(agent: Arc<Agent>) {
	let mut in_flight: HashSet<(u64, u32)> = HashSet::new();
	loop {
		agent.new_block.notified().await;
		if let Err(e) = round(&agent, &mut in_flight).await {
			log::warn!("delivery round failed: {e:#}");
			agent.metrics.delivery_failures.with_label_values(&["round"]).inc();
		}
	}
}

async fn round(agent: &Agent, in_flight: &mut HashSet<(u64, u32)>) -> anyhow::Result<()> {
	let Some(contributor) = agent.institution else { return Ok(()) };
	let chain = agent.chain().await?;
	let at = chain.finalized().await?;
	let head = at.block_number() as i64;
	agent.metrics.finalized_height.set(agent.metrics.finalized_height.get().max(head));
	agent.metrics.mirror_lag.set((head - agent.metrics.mirrored_height.get()).max(0));
	let pending = Reader(&at).pending_of(contributor).await?;
	agent.metrics.pending_handoffs.set(pending.len() as i64);
	let still: HashSet<(u64, u32)> = pending.iter().copied().collect();
	in_flight.retain(|h| still.contains(h));
	if !agent.delivers {
		return Ok(());
	}
	let Some(keyring) = agent.keyring.as_ref() else { return Ok(()) };
	let todo: Vec<(u64, u32)> =
		pending.into_iter().filter(|h| !in_flight.contains(h)).take(MAX_PER_ROUND).collect();
	let at = &at;
	let prepared: Vec<_> = futures::stream::iter(todo)
		.map(|(plan, participant)| async move {
			let call = prepare_delivery(at, keyring, contributor, plan, participant).await;
			((plan, participant), call)
		})
		.buffered(PREPARE_IN_FLIGHT)
		.collect()
		.await;
	let mut calls = Vec::new();
	let mut which = Vec::new();
	for ((plan, participant), result) in prepared {
		match result {
			Ok(call) => {
				calls.push(call);
				which.push((plan, participant));
			},
			Err(e) => {
				let reason = match &e {
					HandoffError::MissingPrivateKey { .. } => "missing_key",
					HandoffError::NoPublicKey(_) => "no_participant_key",
					HandoffError::Crypto(_) => "crypto",
					_ => "chain",
				};
				agent.metrics.delivery_failures.with_label_values(&[reason]).inc();
				log::warn!("cannot deliver plan {plan} to institution {participant}: {e}");
			},
		}
	}
	if calls.is_empty() {
		return Ok(());
	}
	in_flight.extend(which.iter().copied());
	log::info!("delivering {} handoffs", calls.len());
	let results = agent.submit_calls(&calls, Wait::InBlock).await;
	for ((plan, participant), r) in which.into_iter().zip(results) {
		match r {
			Ok(o) => {
				agent.metrics.deliveries.inc();
				log::info!(
					"delivered plan {plan} to institution {participant} in block #{}",
					o.block_number
				);
			},
			Err(e) => {
				in_flight.remove(&(plan, participant));
				agent.metrics.delivery_failures.with_label_values(&["transaction"]).inc();
				log::warn!("delivery of plan {plan} to institution {participant} failed: {e}");
			},
		}
	}
	Ok(())
}
