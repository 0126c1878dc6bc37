//! Publishing a plan sheet: validate every cell offline and against the chain,
//! skip rows already published (by external reference), seal the borrower data
//! to the contributor's registered key, and cut the plans into `publish_batch`
//! transactions. Used by `loanshare import` and by the agent's `POST /api/v1/sheets`.
use crate::chain::{
	calls::{publish_batch, PublishBatch},
	submit::{Outcome, SubmitError},
	types::*,
	Chain, Reader,
};
use anyhow::anyhow;
use futures::{StreamExt, TryStreamExt};
use loanshare_sheet::{Sheet, SheetErrors, SheetPlan, Window};
use serde::Serialize;
use std::collections::HashSet;

/// Why a sheet cannot be published.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
	/// Bad cells or a bad sheet; nothing was sent.
	#[error("{}", describe(.0))]
	Cells(SheetErrors),
	/// The institution, its key or the chain is not ready.
	#[error(transparent)]
	Chain(#[from] anyhow::Error),
}

/// Every problem of a sheet, one per line.
pub fn describe(e: &SheetErrors) -> String {
	sheet_problems(e).join("\n")
}

/// Every problem of a sheet: the whole sheet's first, then each bad cell's.
fn sheet_problems(e: &SheetErrors) -> Vec<String> {
	e.sheet.iter().map(ToString::to_string).chain(e.cells.iter().map(ToString::to_string)).collect()
}

impl PrepareError {
	/// Every problem, one string each.
	pub fn problems(&self) -> Vec<String> {
		match self {
			PrepareError::Cells(e) => sheet_problems(e),
			PrepareError::Chain(e) => vec![format!("{e:#}")],
		}
	}
}

/// A validated, sealed sheet ready to publish.
pub struct Prepared {
	/// Rows in the sheet.
	pub rows: usize,
	/// Rows already published (skipped).
	pub skipped: usize,
	/// The plans to publish with their sheet row numbers.
	pub inputs: Vec<(usize, PlanInput)>,
}

/// Parses a UTC offset such as `+08:00`, `-05:30` or `Z`, in minutes.
pub fn parse_utc_offset(text: &str) -> anyhow::Result<i32> {
	let t = text.trim();
	if t.eq_ignore_ascii_case("z") || t == "0" {
		return Ok(0);
	}
	let (sign, rest) = match t.chars().next() {
		Some('+') => (1, &t[1..]),
		Some('-') => (-1, &t[1..]),
		_ => anyhow::bail!("UTC offset {text:?}: write it as +08:00"),
	};
	let (h, m) = rest.split_once(':').unwrap_or((rest, "0"));
	let (h, m): (i32, i32) = (
		h.parse().map_err(|_| anyhow!("UTC offset {text:?}: bad hours"))?,
		m.parse().map_err(|_| anyhow!("UTC offset {text:?}: bad minutes"))?,
	);
	if !(0..=14).contains(&h) || !(0..60).contains(&m) {
		anyhow::bail!("UTC offset {text:?} is out of range");
	}
	Ok(sign * (h * 60 + m))
}

fn plan_input(
	p: &SheetPlan,
	w: Window,
	sealed: loanshare_envelope::Sealed,
	key_id: u32,
) -> PlanInput {
	PlanInput {
		external_ref: p.external_ref.as_bytes().to_vec(),
		loan_type: chain_loan_type(p.loan_type),
		amount: p.amount_fen,
		car: p
			.car
			.map(|c| CarCollateral { mileage_km: c.mileage_km, purchase_date: c.purchase_date }),
		risk: RiskResult {
			score: p.risk.score,
			approved_limit: p.risk.approved_limit_fen,
			suggested_share_limit: p.risk.suggested_share_limit_fen,
		},
		links: p.links.iter().map(|l| l.as_bytes().to_vec()).collect(),
		conditions: ShareConditions {
			shared_limit: p.conditions.shared_limit_fen,
			min_share: p.conditions.min_share_fen,
			min_rate_bp: p.conditions.min_rate_bp,
			max_rate_bp: p.conditions.max_rate_bp,
			token_rate: p.conditions.token_rate,
			max_participants: p.conditions.max_participants,
			start: w.start_ms,
			end: w.end_ms,
		},
		envelope: EnvelopeRef {
			version: sealed.version,
			ciphertext: sealed.ciphertext,
			nonce: sealed.nonce,
			commitment: sealed.commitment,
			wrapped_key: sealed.wrapped_key,
			key_id,
		},
	}
}

/// The chain's loan type of a sheet's.
pub fn chain_loan_type(t: loanshare_sheet::LoanType) -> LoanType {
	use loanshare_sheet::LoanType as S;
	match t {
		S::Cash => LoanType::Cash,
		S::Consumption => LoanType::Consumption,
		S::ProvidentFund => LoanType::ProvidentFund,
		S::Enterprise => LoanType::Enterprise,
		S::CarMortgage => LoanType::CarMortgage,
		S::Policy => LoanType::Policy,
		S::CarPledge => LoanType::CarPledge,
	}
}

/// Validates and seals a sheet for `contributor`; nothing is sent.
pub async fn prepare(
	chain: &Chain,
	contributor: InstitutionId,
	sheet: &Sheet,
	utc_offset_minutes: i32,
) -> Result<Prepared, PrepareError> {
	let at = chain.finalized().await?;
	let r = Reader(&at);
	let rl = r.limits()?;
	let limits = loanshare_sheet::Limits {
		max_ref_len: rl.max_ref_len as usize,
		max_links: rl.max_links as usize,
		max_link_len: rl.max_link_len as usize,
		max_participants: rl.max_participants,
		min_share_floor_fen: rl.min_share_floor,
		..Default::default()
	};
	let opts = loanshare_sheet::Options { utc_offset_minutes };
	let plans = loanshare_sheet::validate(sheet, &limits, &opts).map_err(PrepareError::Cells)?;
	let now: u64 = r.entry("Timestamp", "Now", ()).await?.unwrap_or_default();
	let cap: u32 = r.entry("LoanShare", "RateCapBp", ()).await?.unwrap_or(u32::MAX);
	let windows =
		loanshare_sheet::resolve_windows(sheet, &plans, now, &opts).map_err(PrepareError::Cells)?;
	loanshare_sheet::check_rate_cap(sheet, &plans, cap).map_err(PrepareError::Cells)?;
	let (key_id, der) = r.current_key(contributor).await?.ok_or_else(|| {
		anyhow!("institution {contributor} has no registered RSA key: run `loanshare register-key` first")
	})?;
	// Skip what the contributor already published: references are never reused, even
	// after a plan is reaped (`LoanShare.ByExternalRef`).
	let keys: Vec<(InstitutionId, Vec<u8>)> =
		plans.iter().map(|p| (contributor, p.external_ref.as_bytes().to_vec())).collect();
	let lookups = keys.into_iter().map(|key| {
		let r = &r;
		async move {
			let found = r.entry::<_, PlanId>("LoanShare", "ByExternalRef", key.clone()).await?;
			anyhow::Ok(found.map(|_| key.1))
		}
	});
	let existing: HashSet<Vec<u8>> = futures::stream::iter(lookups)
		.buffer_unordered(LOOKUPS_IN_FLIGHT)
		.try_collect::<Vec<_>>()
		.await?
		.into_iter()
		.flatten()
		.collect();
	let genesis = chain.genesis();
	let mut rng = loanshare_envelope::os_rng();
	let mut inputs = Vec::new();
	for (p, w) in plans.iter().zip(windows) {
		if existing.contains(p.external_ref.as_bytes()) {
			continue;
		}
		let ctx = loanshare_envelope::Context {
			chain_id: &genesis,
			contributor,
			external_ref: p.external_ref.as_bytes(),
		};
		let sealed = loanshare_envelope::seal(&mut rng, &p.borrower, &ctx, &der)
			.map_err(|e| anyhow!("row {}: cannot seal the borrower data: {e:?}", p.row))?;
		inputs.push((p.row, plan_input(p, w, sealed, key_id)));
	}
	Ok(Prepared { rows: plans.len(), skipped: plans.len() - inputs.len(), inputs })
}

/// Storage look-ups in flight at once (one per row, for its reference).
pub const LOOKUPS_IN_FLIGHT: usize = 32;

/// Plans per `publish_batch` unless told otherwise.
pub const DEFAULT_BATCH: usize = 50;

/// One `publish_batch` transaction and the sheet rows in it.
pub struct Batch {
	/// Sheet row numbers, in order.
	pub rows: Vec<usize>,
	/// The call.
	pub payload: subxt::tx::DynamicPayload<PublishBatch>,
}

/// Cuts the plans into batches of at most `size`.
pub fn batches(prepared: &Prepared, size: usize) -> Vec<Batch> {
	prepared
		.inputs
		.chunks(size.max(1))
		.map(|chunk| Batch {
			rows: chunk.iter().map(|(row, _)| *row).collect(),
			payload: publish_batch(chunk.iter().map(|(_, i)| i.clone()).collect()),
		})
		.collect()
}

/// What an import did.
#[derive(Debug, Default, Serialize)]
pub struct Report {
	/// Rows in the sheet.
	pub rows: usize,
	/// Rows already published (skipped).
	pub skipped: usize,
	/// Plans published now.
	pub published: usize,
	/// Their ids.
	pub plan_ids: Vec<PlanId>,
	/// `publish_batch` transactions sent.
	pub batches: usize,
	/// Batches that failed, with their rows and why (none of their plans was published).
	pub failures: Vec<String>,
}

/// Reads the outcome of each batch into a report.
pub fn report(
	prepared: &Prepared,
	batches: &[Batch],
	results: Vec<Result<Outcome, SubmitError>>,
) -> Report {
	let mut rep = Report {
		rows: prepared.rows,
		skipped: prepared.skipped,
		batches: batches.len(),
		..Default::default()
	};
	for (b, r) in batches.iter().zip(results) {
		match r {
			Ok(o) => {
				for e in o
					.events
					.iter()
					.filter(|e| e.pallet == "LoanShare" && e.variant == "PlanPublished")
				{
					if let Some(id) = e.u64_field("plan") {
						rep.plan_ids.push(id);
					}
				}
			},
			Err(e) => {
				let (first, last) =
					(b.rows.first().copied().unwrap_or(0), b.rows.last().copied().unwrap_or(0));
				let mut why = e.to_string();
				if let Some(index) = batch_item_index(&why) {
					if let Some(row) = b.rows.get(index) {
						why = format!("row {row}: {why}");
					}
				}
				rep.failures.push(format!(
					"rows {first}–{last}: {why}; none of its {} plans was published",
					b.rows.len()
				));
			},
		}
	}
	rep.plan_ids.sort_unstable();
	rep.published = rep.plan_ids.len();
	rep
}

/// The item index of a `BatchItemInvalid { index, … }` error message.
fn batch_item_index(message: &str) -> Option<usize> {
	let rest = message.split("BatchItemInvalid").nth(1)?;
	let after = rest.split("index:").nth(1)?;
	after.trim_start().split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn utc_offsets() {
		assert_eq!(parse_utc_offset("+08:00").unwrap(), 480);
		assert_eq!(parse_utc_offset("-05:30").unwrap(), -330);
		assert_eq!(parse_utc_offset("Z").unwrap(), 0);
		assert!(parse_utc_offset("8").is_err());
		assert!(parse_utc_offset("+15:00").is_err());
	}

	#[test]
	fn batch_item_errors_name_the_item() {
		assert_eq!(
			batch_item_index("LoanShare.BatchItemInvalid { index: 3, reason: AmountZero }"),
			Some(3)
		);
		assert_eq!(batch_item_index("LoanShare.CannotAffordDeposit"), None);
	}
}
