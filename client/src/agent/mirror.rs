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
		min_share: Some(c.min_share),
		min_rate_bp: c.min_rate_bp,
		max_rate_bp: c.max_rate_bp,
		token_rate: c.token_rate,
		max_participants: c.max_participants,
		start_ms: c.start,
		end_ms: c.end,
		input_json: serde_json::to_value(&p.input)?,
	})
}

/// The mirror's details of a plan read undecoded: for plans published under runtimes
/// before minimum shares, whose records [`Plan`] does not decode (their `min_share` is
/// `None`).
pub fn plan_details_untyped(plan: &scale_value::Value) -> anyhow::Result<PlanDetails> {
	let p = crate::chain::events::value_json(plan);
	let input = p.get("input").context("the plan has no input")?;
	let c = input.get("conditions").context("the plan has no conditions")?;
	let field = |v: &serde_json::Value, name: &str| -> anyhow::Result<serde_json::Value> {
		v.get(name).cloned().with_context(|| format!("the plan has no {name}"))
	};
	let amount = |v: &serde_json::Value, name: &str| -> anyhow::Result<u128> {
		let x = field(v, name)?;
		x.as_u64()
			.map(u128::from)
			.or_else(|| x.as_str().and_then(|s| s.parse().ok()))
			.with_context(|| format!("the plan's {name} is not an amount: {x}"))
	};
	let number = |v: &serde_json::Value, name: &str| -> anyhow::Result<u64> {
		let x = field(v, name)?;
		x.as_u64().with_context(|| format!("the plan's {name} is not a number: {x}"))
	};
	let small = |v: &serde_json::Value, name: &str| -> anyhow::Result<u32> {
		u32::try_from(number(v, name)?).with_context(|| format!("the plan's {name} is too large"))
	};
	let risk = field(input, "risk")?;
	Ok(PlanDetails {
		loan_type: match field(input, "loan_type")? {
			serde_json::Value::String(s) => s,
			other => other.to_string(),
		},
		amount: amount(input, "amount")?,
		risk_score: u16::try_from(number(&risk, "score")?).context("the plan's risk score")?,
		shared_limit: amount(c, "shared_limit")?,
		min_share: c.get("min_share").is_some().then(|| amount(c, "min_share")).transpose()?,
		min_rate_bp: small(c, "min_rate_bp")?,
		max_rate_bp: small(c, "max_rate_bp")?,
		token_rate: small(c, "token_rate")?,
		max_participants: small(c, "max_participants")?,
		start_ms: number(c, "start")?,
		end_ms: number(c, "end")?,
		input_json: input.clone(),
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
				let missing = || format!("plan {id} published in #{number} is not there");
				let details = match r.plan(id).await {
					Ok(plan) => plan_details(&plan.with_context(missing)?)?,
					// A plan of an older runtime: read it by its fields.
					Err(typed) => match r.plan_value(id).await {
						Ok(Some(v)) => plan_details_untyped(&v)
							.map_err(|e| anyhow::anyhow!("{typed:#}; read untyped: {e:#}"))?,
						Ok(None) => anyhow::bail!(missing()),
						Err(_) => return Err(typed),
					},
				};
				anyhow::Ok((id, details))
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
			// The web app's open pages hear of the block's events (plans, shares, handoffs).
			agent.web.live.publish(record);
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

#[cfg(test)]
mod tests {
	use super::*;
	use scale_value::Value;

	fn conditions(min_share: Option<u128>) -> Value {
		let mut fields = vec![("shared_limit", Value::u128(900_000))];
		if let Some(m) = min_share {
			fields.push(("min_share", Value::u128(m)));
		}
		fields.extend([
			("min_rate_bp", Value::u128(1200)),
			("max_rate_bp", Value::u128(1800)),
			("token_rate", Value::u128(1)),
			("max_participants", Value::u128(3)),
			("start", Value::u128(10)),
			("end", Value::u128(20)),
		]);
		Value::named_composite(fields)
	}

	fn plan(min_share: Option<u128>) -> Value {
		Value::named_composite([
			("id", Value::u128(4)),
			(
				"input",
				Value::named_composite([
					("loan_type", Value::unnamed_variant("CarMortgage", [])),
					("amount", Value::u128(u128::from(u64::MAX) + 1)),
					(
						"risk",
						Value::named_composite([
							("score", Value::u128(720)),
							("approved_limit", Value::u128(1)),
						]),
					),
					("conditions", conditions(min_share)),
				]),
			),
		])
	}

	#[test]
	fn plans_of_older_runtimes_are_read_by_their_fields() {
		let old = plan_details_untyped(&plan(None)).unwrap();
		assert_eq!((old.loan_type.as_str(), old.min_share), ("CarMortgage", None));
		assert_eq!(
			(old.amount, old.shared_limit, old.risk_score),
			(u128::from(u64::MAX) + 1, 900_000, 720)
		);
		assert_eq!((old.max_participants, old.start_ms, old.end_ms), (3, 10, 20));
		let new = plan_details_untyped(&plan(Some(300_000))).unwrap();
		assert_eq!(new.min_share, Some(300_000));
		let broken = Value::named_composite([(
			"input",
			Value::named_composite([("amount", Value::u128(1))]),
		)]);
		assert!(plan_details_untyped(&broken).unwrap_err().to_string().contains("conditions"));
	}
}
