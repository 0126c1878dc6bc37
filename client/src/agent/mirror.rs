//! Turning a finalised block into a mirror record and applying it.
//!
//! Every event of the LoanShare pallets is kept (pallet, name, fields as JSON);
//! those the mirror projects into tables also carry a [`DomainEvent`], built from
//! the same field names. A published plan's details are read from the chain at
//! the block that published it.
use super::Agent;
use crate::{
	chain::{events::EventView, events::DOMAIN_PALLETS, types::Plan, Chain, Reader},
	follow::BlockEvents,
};
use anyhow::Context as _;
use futures::{StreamExt, TryStreamExt};
use loanshare_mirror::{Applied, BlockRecord, DomainEvent, EventRecord, PlanDetails};
use serde_json::json;

/// The mirror's details of a plan.
pub fn plan_details(p: &Plan) -> anyhow::Result<PlanDetails> {
	let c = &p.input.conditions;
	Ok(PlanDetails {
		loan_type: format!("{:?}", p.input.loan_type),
		amount: p.input.amount,
		risk_score: p.input.risk.score,
		shared_limit: c.shared_limit,
		min_rate_bp: c.min_rate_bp,
		max_rate_bp: c.max_rate_bp,
		token_rate: c.token_rate,
		max_participants: c.max_participants,
		start_ms: c.start,
		end_ms: c.end,
		input_json: serde_json::to_value(&p.input)?,
	})
}

/// The domain event of an event, when the mirror projects it (`details` for `PlanPublished`).
pub fn domain_event(
	ev: &EventView,
	details: Option<PlanDetails>,
) -> anyhow::Result<Option<DomainEvent>> {
	if ev.pallet == "LoanShare" && ev.variant == "PlanPublished" {
		let details = details.context("PlanPublished without the plan's details")?;
		return Ok(Some(DomainEvent::PlanPublished {
			plan: ev.u64_field("plan").context("PlanPublished.plan")?,
			contributor: ev.u64_field("contributor").context("PlanPublished.contributor")? as u32,
			external_ref: ev
				.fields
				.get("external_ref")
				.and_then(|v| v.as_str())
				.unwrap_or_default()
				.to_owned(),
			details,
		}));
	}
	match serde_json::from_value::<DomainEvent>(json!({ ev.variant.clone(): ev.fields })) {
		Ok(d) => Ok(Some(d)),
		Err(e) if e.to_string().contains("unknown variant") => Ok(None),
		Err(e) => Err(anyhow::anyhow!(
			"{}.{} no longer has the fields the mirror reads: {e}",
			ev.pallet,
			ev.variant
		)),
	}
}

/// The mirror record of a block (the plans it published read at that block, concurrently).
pub async fn block_record(chain: &Chain, block: &BlockEvents) -> anyhow::Result<BlockRecord> {
	let ours: Vec<&EventView> =
		block.events.iter().filter(|e| DOMAIN_PALLETS.contains(&e.pallet.as_str())).collect();
	let published: Vec<u64> = ours
		.iter()
		.filter(|e| e.pallet == "LoanShare" && e.variant == "PlanPublished")
		.map(|e| e.u64_field("plan").context("PlanPublished.plan"))
		.collect::<anyhow::Result<_>>()?;
	let mut details = std::collections::HashMap::new();
	if !published.is_empty() {
		let at = chain.at_number(block.number).await?;
		let r = Reader(&at);
		let number = block.number;
		let reads = published.into_iter().map(|id| {
			let r = &r;
			async move {
				let plan = r
					.plan(id)
					.await?
					.with_context(|| format!("plan {id} published in #{number} is not there"))?;
				anyhow::Ok((id, plan_details(&plan)?))
			}
		});
		details = futures::stream::iter(reads).buffer_unordered(16).try_collect().await?;
	}
	let mut events = Vec::new();
	for ev in ours {
		let details = match ev.variant.as_str() {
			"PlanPublished" if ev.pallet == "LoanShare" => {
				ev.u64_field("plan").and_then(|id| details.remove(&id))
			},
			_ => None,
		};
		events.push(EventRecord {
			index: ev.index,
			pallet: ev.pallet.clone(),
			variant: ev.variant.clone(),
			fields: ev.fields.clone(),
			domain: domain_event(ev, details)?,
		});
	}
	Ok(BlockRecord {
		number: block.number,
		hash: block.hash.clone(),
		timestamp_ms: block.timestamp_ms,
		events,
	})
}

/// Writes one prepared block to the mirror, then wakes the delivery task when caught up.
pub async fn mirror_block(
	agent: &Agent,
	block: &BlockEvents,
	record: &BlockRecord,
) -> anyhow::Result<()> {
	match agent.mirror.apply(record).await? {
		Applied::Committed { events } => {
			agent.metrics.events_mirrored.inc_by(events as u64);
			agent.metrics.blocks_mirrored.inc();
		},
		Applied::AlreadyApplied => {},
	}
	agent.metrics.mirrored_height.set(block.number as i64);
	agent.metrics.finalized_height.set(block.head.max(block.number) as i64);
	agent.metrics.mirror_lag.set(block.head.saturating_sub(block.number) as i64);
	if block.number >= block.head {
		agent.new_block.notify_one();
	}
	Ok(())
}
