//! `loanshare import` and `loanshare gen-sheet`.
use super::Ctx;
use crate::{
	chain::submit,
	cli::ImportArgs,
	publish::{self, PrepareError},
};
use anyhow::{anyhow, bail};
use serde_json::json;
use std::{path::Path, time::Instant};

/// `import <sheet>`: every cell checked, nothing sent unless all are good.
pub async fn import(ctx: &mut Ctx, args: ImportArgs) -> anyhow::Result<()> {
	let started = Instant::now();
	let sheet = loanshare_sheet::read_sheet(&args.sheet)
		.map_err(|e| anyhow!("{}: {e}", args.sheet.display()))?;
	let offset = publish::parse_utc_offset(&args.utc_offset)?;
	let signer = ctx.signer()?;
	let contributor = ctx.signer_institution(&signer).await?;
	if let Some(i) = ctx.global.institution.filter(|i| *i != contributor) {
		bail!("the signer acts for institution {contributor}, not {i} (--institution)");
	}
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let max_batch = crate::chain::Reader(&at).limits()?.max_batch as usize;
	if args.batch == 0 || args.batch > max_batch {
		bail!("--batch must be between 1 and {max_batch} (the runtime's MaxBatch)");
	}
	let prepared = match publish::prepare(&chain, contributor, &sheet, offset).await {
		Ok(p) => p,
		Err(e @ PrepareError::Cells(_)) => {
			let problems = e.problems();
			if ctx.global.json {
				println!("{}", json!({"error": "bad cells", "problems": problems}));
			}
			bail!(
				"{} problems in {}; nothing was sent:\n{}",
				problems.len(),
				args.sheet.display(),
				problems.join("\n")
			);
		},
		Err(e) => return Err(e.into()),
	};
	let sealed_in = started.elapsed();
	if !ctx.global.json {
		eprintln!(
			"{} rows valid; {} already published (skipped); {} to publish (sealed in {:.2?})",
			prepared.rows,
			prepared.skipped,
			prepared.inputs.len(),
			sealed_in
		);
	}
	let mut rep =
		publish::Report { rows: prepared.rows, skipped: prepared.skipped, ..Default::default() };
	if !args.dry_run && !prepared.inputs.is_empty() {
		let batches = publish::batches(&prepared, args.batch);
		let mut results = Vec::new();
		for window in batches.chunks(args.in_flight.max(1)) {
			let payloads: Vec<_> = window.iter().map(|b| b.payload.clone()).collect();
			let r = submit::submit_all(&chain, &signer, &payloads, ctx.wait()).await;
			let stop = r.iter().any(|x| matches!(x, Err(submit::SubmitError::Rejected(_))));
			results.extend(r);
			if stop {
				break;
			}
			if !ctx.global.json {
				eprintln!("{} of {} batches done", results.len(), batches.len());
			}
		}
		let sent = results.len();
		rep = publish::report(&prepared, &batches[..sent], results);
	}
	let secs = started.elapsed().as_secs_f64();
	ctx.print(&json!({"report": rep, "seconds": secs, "dry_run": args.dry_run}), || {
		let mut s = format!(
			"{} rows: {} published in {} batches, {} skipped, in {secs:.1} s ({:.1} plans/s)",
			rep.rows,
			rep.published,
			rep.batches,
			rep.skipped,
			rep.published as f64 / secs.max(1e-9)
		);
		for f in &rep.failures {
			s.push_str(&format!("\nfailed: {f}"));
		}
		s
	});
	if !rep.failures.is_empty() {
		bail!(
			"{} batches failed; re-run the import to publish the rest (published rows are skipped)",
			rep.failures.len()
		);
	}
	Ok(())
}

/// `gen-sheet`: a sheet of fake plans (XLSX, UTF-8 CSV or GB18030 CSV).
pub fn gen_sheet(
	ctx: &Ctx,
	out: &Path,
	rows: usize,
	seed: u64,
	prefix: &str,
	gbk: bool,
) -> anyhow::Result<()> {
	let is_xlsx = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
	if is_xlsx {
		loanshare_sheet::gen::write_xlsx(out, rows, seed, prefix)?;
	} else {
		let bytes = if gbk {
			loanshare_sheet::gen::csv_gbk(rows, seed, prefix)
		} else {
			loanshare_sheet::gen::csv(rows, seed, prefix)
		};
		std::fs::write(out, bytes)?;
	}
	ctx.print(&json!({"file": out, "rows": rows}), || {
		format!("wrote {rows} plans to {}", out.display())
	});
	Ok(())
}
