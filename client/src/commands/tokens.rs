//! Tokens: recharge, transfer, pay a data service, redeem, redemptions, balances.
use super::Ctx;
use crate::{
	chain::{calls, types::InstitutionId, Reader},
	money::format_fen,
};
use anyhow::anyhow;
use serde_json::json;

fn amount(text: &str) -> anyhow::Result<u128> {
	super::positive_rmb(text).map_err(|e| anyhow!("amount: {e}"))
}

/// `recharge`.
pub async fn recharge(
	ctx: &mut Ctx,
	to: InstitutionId,
	a: &str,
	payment_ref: &str,
) -> anyhow::Result<()> {
	ctx.send(&calls::recharge(to, amount(a)?, payment_ref)).await.map(drop)
}

/// `transfer`.
pub async fn transfer(ctx: &mut Ctx, to: InstitutionId, a: &str) -> anyhow::Result<()> {
	ctx.send(&calls::transfer(to, amount(a)?)).await.map(drop)
}

/// `pay-service`.
pub async fn pay_service(
	ctx: &mut Ctx,
	to: InstitutionId,
	a: &str,
	memo: &str,
) -> anyhow::Result<()> {
	ctx.send(&calls::pay_data_service(to, amount(a)?, memo)).await.map(drop)
}

/// `redeem`.
pub async fn redeem(ctx: &mut Ctx, a: &str) -> anyhow::Result<()> {
	ctx.send(&calls::request_redemption(amount(a)?)).await.map(drop)
}

/// `redemptions`.
pub async fn redemptions(ctx: &mut Ctx, pending_only: bool) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let list: Vec<_> = Reader(&at)
		.redemptions()
		.await?
		.into_iter()
		.filter(|(_, r)| {
			!pending_only || r.status == crate::chain::types::RedemptionStatus::Pending
		})
		.collect();
	let as_json: Vec<_> = list.iter().map(|(id, r)| json!({"id": id, "redemption": r})).collect();
	ctx.print(&json!(as_json), || {
		if list.is_empty() {
			return "no redemptions".into();
		}
		list.iter()
			.map(|(id, r)| {
				format!(
					"#{id:<5} institution {:<3} {:>14} TOKEN  {:?}",
					r.requester,
					format_fen(r.amount),
					r.status
				)
			})
			.collect::<Vec<_>>()
			.join("\n")
	});
	Ok(())
}

/// `balance [--all]`.
pub async fn balance(ctx: &mut Ctx, all: bool) -> anyhow::Result<()> {
	let who = if all { None } else { Some(ctx.institution().await?) };
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let r = Reader(&at);
	let ids: Vec<InstitutionId> = match who {
		Some(w) => vec![w],
		None => r.institutions().await?.into_iter().map(|(id, _)| id).collect(),
	};
	let mut rows = Vec::new();
	for id in ids {
		rows.push((id, r.balance(id).await?));
	}
	let as_json: Vec<_> =
		rows.iter().map(|(id, b)| json!({"institution": id, "balance": b})).collect();
	let value = if all { json!(as_json) } else { as_json.into_iter().next().unwrap_or_default() };
	ctx.print(&value, || {
		rows.iter()
			.map(|(id, b)| format!("institution {id:<3} {:>14} TOKEN", format_fen(*b)))
			.collect::<Vec<_>>()
			.join("\n")
	});
	Ok(())
}
