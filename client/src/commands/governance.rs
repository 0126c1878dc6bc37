//! Governance from the command line: put a consortium change to the council
//! (`Council.propose`, executed at once when the threshold is 1), vote, close, list
//! proposals; or apply a change with sudo on a development chain.
use super::Ctx;
use crate::{
	chain::{calls, calls::CallSpec, events::value_json, types::Role},
	cli::{CouncilCmd, GovernArgs, GovernCmd},
};
use anyhow::{anyhow, bail};
use serde_json::json;
use std::str::FromStr;
use subxt::utils::AccountId32;

/// Weight allowed to a proposal when it is closed: 0.1 s and 1 MiB of proof.
pub const CLOSE_WEIGHT_BOUND: (u64, u64) = (100_000_000_000, 1 << 20);

fn role(name: &str) -> anyhow::Result<Role> {
	Ok(match name.trim().to_ascii_lowercase().replace('_', "-").as_str() {
		"contributor" => Role::Contributor,
		"participator" | "participant" => Role::Participator,
		"token-issuer" => Role::TokenIssuer,
		"data-service-provider" => Role::DataServiceProvider,
		"regulator" => Role::Regulator,
		other => bail!(
			"unknown role {other:?} (contributor, participator, token-issuer, data-service-provider, regulator)"
		),
	})
}

fn roles(names: &[String]) -> anyhow::Result<Vec<Role>> {
	names.iter().map(|n| role(n)).collect()
}

fn account(text: &str) -> anyhow::Result<AccountId32> {
	AccountId32::from_str(text.trim()).map_err(|e| anyhow!("{text:?} is not an SS58 account: {e}"))
}

fn accounts(list: &[String]) -> anyhow::Result<Vec<AccountId32>> {
	list.iter().map(|a| account(a)).collect()
}

/// The call a governance change makes.
pub fn change_call(change: &GovernCmd) -> anyhow::Result<CallSpec> {
	Ok(match change {
		GovernCmd::Admit { name, roles: r, accounts: a, validator } => {
			let v = validator.as_deref().map(account).transpose()?;
			calls::admit(name, &roles(r)?, &accounts(a)?, v.as_ref())
		},
		GovernCmd::SetRoles { id, roles: r } => calls::set_roles(*id, &roles(r)?),
		GovernCmd::AddAccount { id, account: a } => calls::add_account(*id, &account(a)?),
		GovernCmd::RemoveAccount { id, account: a } => calls::remove_account(*id, &account(a)?),
		GovernCmd::Suspend { id } => calls::suspend(*id),
		GovernCmd::Resume { id } => calls::resume(*id),
		GovernCmd::Remove { id } => calls::remove(*id),
		GovernCmd::SetValidator { id, validator } => {
			let v = validator.as_deref().map(account).transpose()?;
			calls::set_validator(*id, v.as_ref())
		},
		GovernCmd::SetMinValidators { min } => calls::set_min_validators(*min),
		GovernCmd::SetRateCap { bp } => calls::set_rate_cap(*bp),
	})
}

/// `govern <change>`.
pub async fn govern(ctx: &mut Ctx, args: GovernArgs) -> anyhow::Result<()> {
	let inner = change_call(&args.change)?;
	if args.sudo {
		return ctx.send(&calls::sudo(&inner)).await.map(drop);
	}
	propose(ctx, &inner, args.threshold).await
}

/// Puts `inner` to the council (`Council.propose`) with `threshold` approvals, by default
/// a simple majority of the seats. A threshold of 1 runs it at once.
pub async fn propose(
	ctx: &mut Ctx,
	inner: &CallSpec,
	threshold: Option<u32>,
) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let length = at.transactions().call_data(&inner.payload())?.len() as u32;
	let threshold = match threshold {
		Some(t) => t,
		None => {
			let members: Vec<[u8; 32]> = crate::chain::Reader(&at)
				.entry("Council", "Members", ())
				.await?
				.unwrap_or_default();
			simple_majority(members.len())
		},
	};
	ctx.send(&calls::council_propose(threshold, inner, length)).await.map(drop)
}

/// The approvals a simple majority of `seats` needs.
pub fn simple_majority(seats: usize) -> u32 {
	u32::try_from(seats / 2 + 1).unwrap_or(u32::MAX)
}

fn hash(text: &str) -> anyhow::Result<[u8; 32]> {
	let mut h = [0u8; 32];
	hex::decode_to_slice(text.trim().trim_start_matches("0x"), &mut h)
		.map_err(|_| anyhow!("{text:?} is not a 32-byte hex proposal hash"))?;
	Ok(h)
}

/// `council proposals|vote|close`.
pub async fn council(ctx: &mut Ctx, cmd: CouncilCmd) -> anyhow::Result<()> {
	match cmd {
		CouncilCmd::Vote { hash: h, index, nay } => {
			ctx.send(&calls::council_vote(hash(&h)?, index, !nay)).await.map(drop)
		},
		CouncilCmd::Close { hash: h, index } => {
			let h = hash(&h)?;
			let chain = ctx.chain().await?;
			let at = chain.finalized().await?;
			let proposal: Option<scale_value::Value> =
				crate::chain::Reader(&at).entry("Council", "ProposalOf", (h,)).await?;
			proposal.ok_or_else(|| anyhow!("no open proposal 0x{}", hex::encode(h)))?;
			ctx.send(&calls::council_close(h, index, CLOSE_WEIGHT_BOUND, u32::MAX)).await.map(drop)
		},
		CouncilCmd::Proposals => {
			let chain = ctx.chain().await?;
			let at = chain.finalized().await?;
			let r = crate::chain::Reader(&at);
			let hashes: Vec<[u8; 32]> =
				r.entry("Council", "Proposals", ()).await?.unwrap_or_default();
			let mut out = Vec::new();
			for h in hashes {
				let call: Option<scale_value::Value> =
					r.entry("Council", "ProposalOf", (h,)).await?;
				let votes: Option<scale_value::Value> = r.entry("Council", "Voting", (h,)).await?;
				out.push(json!({
					"hash": format!("0x{}", hex::encode(h)),
					"call": call.as_ref().map(value_json),
					"votes": votes.as_ref().map(value_json),
				}));
			}
			ctx.print(&json!(out), || {
				if out.is_empty() {
					return "no open proposals".into();
				}
				out.iter()
					.map(|p| format!("{} {} votes {}", p["hash"], p["call"], p["votes"]))
					.collect::<Vec<_>>()
					.join("\n")
			});
			Ok(())
		},
	}
}

#[cfg(test)]
mod tests {
	#[test]
	fn a_simple_majority_is_more_than_half_the_seats() {
		let m: Vec<u32> = (1..=6).map(super::simple_majority).collect();
		assert_eq!(m, [1, 2, 2, 3, 3, 4]);
	}
}
