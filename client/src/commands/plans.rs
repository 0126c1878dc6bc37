//! Plans and shares: list and show plans, confirm a share (fee shown first), a
//! plan's confirmations, what an institution has taken.
use super::Ctx;
use crate::{
	chain::{
		calls,
		types::{Confirmation, Fen, InstitutionId, Plan, PlanId},
		Reader,
	},
	money::{format_bp, format_fen},
};
use anyhow::{anyhow, bail};
use serde_json::json;

/// The fee of taking `amount` fen at `token_rate`, as the runtime charges it:
/// `max(ceil(amount × rate / 10,000), min_fee)`.
pub fn fee_for(amount: Fen, token_rate: u32, min_fee: Fen) -> Option<Fen> {
	amount.checked_mul(u128::from(token_rate)).map(|s| s.div_ceil(10_000).max(min_fee))
}

fn plan_line(p: &Plan) -> String {
	let i = &p.input;
	format!(
		"#{:<6} {:<10} inst {:<3} {:<16} {:>14} RMB  risk {:>3}  share {:>14} (min {}) taken {:>14}  rate {}–{}  {:?}",
		p.id,
		std::str::from_utf8(&i.external_ref).unwrap_or("?"),
		p.contributor,
		format!("{:?}", i.loan_type),
		format_fen(i.amount),
		i.risk.score,
		format_fen(i.conditions.shared_limit),
		format_fen(i.conditions.min_share),
		format_fen(p.taken),
		format_bp(i.conditions.min_rate_bp),
		format_bp(i.conditions.max_rate_bp),
		p.status
	)
}

fn confirmation_line(c: &Confirmation) -> String {
	format!(
		"plan #{:<6} participant {:<3} {:>14} RMB at {}  fee {} TOKEN  escrow {}",
		c.plan,
		c.participant,
		format_fen(c.amount),
		format_bp(c.rate_bp),
		format_fen(c.fee),
		c.escrow
	)
}

/// `plans`.
pub async fn plans(
	ctx: &mut Ctx,
	contributor: Option<InstitutionId>,
	start: PlanId,
	limit: u32,
) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let r = Reader(&at);
	let list = match contributor {
		Some(c) => r.plans_by_contributor(c, start, limit).await?,
		None => r.open_plans(start, limit).await?,
	};
	ctx.print(&serde_json::to_value(&list)?, || {
		if list.is_empty() {
			"no plans".into()
		} else {
			list.iter().map(plan_line).collect::<Vec<_>>().join("\n")
		}
	});
	Ok(())
}

/// `plan <id>`.
pub async fn plan(ctx: &mut Ctx, id: PlanId) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let p = Reader(&at).plan(id).await?.ok_or_else(|| anyhow!("there is no plan {id}"))?;
	ctx.print(&serde_json::to_value(&p)?, || {
		let i = &p.input;
		let links: Vec<String> = i.links.iter().map(|l| String::from_utf8_lossy(l).into_owned()).collect();
		format!(
			"{}\n  car: {:?}\n  approved limit {} RMB, suggested share {} RMB, minimum share {} RMB\n  token rate {} per 10,000 RMB, at most {} participants ({} so far)\n  window {} – {} (unix ms)\n  links: {}",
			plan_line(&p),
			i.car,
			format_fen(i.risk.approved_limit),
			format_fen(i.risk.suggested_share_limit),
			format_fen(i.conditions.min_share),
			i.conditions.token_rate,
			i.conditions.max_participants,
			p.participants,
			i.conditions.start,
			i.conditions.end,
			links.join(" | ")
		)
	});
	Ok(())
}

/// `confirm <plan> <amount> <rate>`: checks the plan, shows the fee, then signs.
pub async fn confirm(
	ctx: &mut Ctx,
	plan: PlanId,
	amount: &str,
	rate_bp: u32,
) -> anyhow::Result<()> {
	let amount = super::positive_rmb(amount).map_err(|e| anyhow!("amount: {e}"))?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let p = Reader(&at).plan(plan).await?.ok_or_else(|| anyhow!("there is no plan {plan}"))?;
	let c = &p.input.conditions;
	if amount < c.min_share {
		bail!(
			"{} RMB is below plan {plan}'s minimum share of {} RMB",
			format_fen(amount),
			format_fen(c.min_share)
		);
	}
	let left = c.shared_limit.saturating_sub(p.taken);
	if amount > left {
		bail!(
			"{} RMB is more than the {} RMB left of plan {plan}",
			format_fen(amount),
			format_fen(left)
		);
	}
	if rate_bp < c.min_rate_bp || rate_bp > c.max_rate_bp {
		bail!(
			"rate {} is outside plan {plan}'s range {}–{}",
			format_bp(rate_bp),
			format_bp(c.min_rate_bp),
			format_bp(c.max_rate_bp)
		);
	}
	let min_fee: Fen = Reader(&at).constant("LoanShare", "MinFee")?;
	let fee = fee_for(amount, c.token_rate, min_fee).ok_or_else(|| anyhow!("amount too large"))?;
	if !ctx.global.json {
		println!(
			"taking {} RMB of plan {plan} at {}: fee {} TOKEN, held until the data is delivered",
			format_fen(amount),
			format_bp(rate_bp),
			format_fen(fee)
		);
	}
	ctx.send(&calls::confirm(plan, amount, rate_bp)).await.map(drop)
}

/// `confirmations <plan>`.
pub async fn confirmations(ctx: &mut Ctx, plan: PlanId) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let list = Reader(&at).confirmations(plan).await?;
	ctx.print(&serde_json::to_value(&list)?, || {
		if list.is_empty() {
			format!("plan {plan} has no confirmations")
		} else {
			list.iter().map(confirmation_line).collect::<Vec<_>>().join("\n")
		}
	});
	Ok(())
}

/// `taken`: an institution's confirmations.
pub async fn taken(ctx: &mut Ctx) -> anyhow::Result<()> {
	let who = ctx.institution().await?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let list = Reader(&at).taken_by(who).await?;
	let total: Fen = list.iter().map(|c| c.amount).sum();
	ctx.print(&json!({"institution": who, "total": total, "confirmations": list}), || {
		let mut lines: Vec<String> = list.iter().map(confirmation_line).collect();
		lines.push(format!(
			"institution {who} has taken {} RMB in {} shares",
			format_fen(total),
			list.len()
		));
		lines.join("\n")
	});
	Ok(())
}

#[cfg(test)]
mod tests {
	#[test]
	fn fee_rounds_up_like_the_runtime() {
		// 10,000 RMB at 1 TOKEN per 10,000 RMB = 1 TOKEN = 100 units.
		assert_eq!(super::fee_for(1_000_000, 1, 0), Some(100));
		assert_eq!(super::fee_for(1, 1, 0), Some(1));
		assert_eq!(super::fee_for(u128::MAX, 2, 0), None);
		// The fee has a floor: 1.00 TOKEN = 100 units.
		assert_eq!(super::fee_for(100_000, 1, 100), Some(100));
		assert_eq!(super::fee_for(100_000_000, 1, 100), Some(10_000));
	}
}
