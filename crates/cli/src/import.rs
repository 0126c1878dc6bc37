//! `loanshare import`: publish a sheet of plans as a contributor.
//!
//! 1. The whole sheet is validated offline ([`crate::sheet::parse_sheet`]); then against
//!    the chain: the signer acts for `--institution`, `--key` is that institution's current
//!    registered key, every window ends in the future and every rate is under the cap.
//!    Any error stops the import before anything is signed.
//! 2. Rows whose `external_ref` the contributor already published (found through
//!    `loanShare_plansByContributor`) are skipped, so importing a sheet twice creates
//!    nothing new.
//! 3. The borrower fields of each remaining row are sealed locally (envelope v1, chain id
//!    = genesis hash) and the plans are published with `LoanShare.publish_batch`, up to
//!    `MaxBatch` per transaction, several transactions in flight (consecutive nonces).
use crate::{
	chain::Client,
	events::{batch_item_error, describe_error},
	sheet::{parse_sheet, resolve_windows, Limits, SheetRow, Window},
	submit::{submit_call, warn_on_version_mismatch, Tracker, TxStatus, POLL_INTERVAL},
	tx::Signer,
};
use anyhow::{anyhow, bail, Context as _};
use frame_support::{traits::Get, BoundedVec};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use loanshare_envelope::{Context, Sealed};
use loanshare_primitives::{InstitutionId, KeyId, PlanId};
use loanshare_runtime::{Runtime, RuntimeCall, RuntimeEvent};
use pallet_loan_share::{EnvelopeRef, PlanInputOf, ShareConditions};
use std::{
	collections::HashSet,
	time::{Duration, Instant},
};

/// How an import runs.
#[derive(Clone, Debug)]
pub struct ImportOptions {
	/// The contributor institution the signer acts for.
	pub institution: InstitutionId,
	/// The contributor's public key (SPKI DER), which must be its current registered key.
	pub public_der: Vec<u8>,
	/// Plans per `publish_batch` (1..=`MaxBatch`).
	pub batch_size: usize,
	/// Transactions submitted ahead of their inclusion.
	pub in_flight: usize,
	/// Validate and seal, but send nothing.
	pub dry_run: bool,
	/// Draw progress bars on stderr.
	pub progress: bool,
}

/// What an import did.
#[derive(Clone, Debug, Default)]
pub struct ImportReport {
	/// Rows in the sheet.
	pub rows: usize,
	/// Rows already on chain (skipped).
	pub skipped: usize,
	/// Plans published now.
	pub published: usize,
	/// `publish_batch` transactions sent.
	pub batches: usize,
	/// Ids of the published plans.
	pub plan_ids: Vec<PlanId>,
	/// Time spent sealing envelopes.
	pub seal_time: Duration,
	/// From the first submission to the last inclusion.
	pub publish_time: Duration,
	/// Batches that failed, described with their rows.
	pub failures: Vec<String>,
}

impl ImportReport {
	/// Published plans per second of publishing (submission to inclusion).
	pub fn plans_per_second(&self) -> f64 {
		let secs = self.publish_time.as_secs_f64();
		if secs > 0.0 {
			self.published as f64 / secs
		} else {
			0.0
		}
	}
}

/// The largest batch the runtime accepts.
pub fn max_batch() -> usize {
	<<Runtime as pallet_loan_share::Config>::MaxBatch as Get<u32>>::get() as usize
}

fn bar(len: usize, show: bool, what: &str) -> ProgressBar {
	let pb = ProgressBar::with_draw_target(
		Some(len as u64),
		if show { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() },
	);
	let style = ProgressStyle::with_template(&format!(
		"{what:>10} [{{bar:40}}] {{pos}}/{{len}} {{per_sec}} eta {{eta}}"
	))
	.unwrap_or_else(|_| ProgressStyle::default_bar())
	.progress_chars("=> ");
	pb.set_style(style);
	pb
}

/// Builds the `PlanInput` of a row from its sealed envelope.
pub fn plan_input(
	row: &SheetRow,
	window: Window,
	sealed: Sealed,
	key_id: KeyId,
) -> anyhow::Result<PlanInputOf<Runtime>> {
	let too_long = |what: &str| anyhow!("row {}: {what} is too long for the runtime", row.row);
	let links = row
		.links
		.iter()
		.map(|l| BoundedVec::try_from(l.as_bytes().to_vec()).map_err(|_| too_long("a link")))
		.collect::<Result<Vec<_>, _>>()?;
	Ok(PlanInputOf::<Runtime> {
		external_ref: BoundedVec::try_from(row.external_ref.as_bytes().to_vec())
			.map_err(|_| too_long("external_ref"))?,
		loan_type: row.loan_type,
		amount: row.amount,
		car: row.car,
		risk: row.risk,
		links: BoundedVec::try_from(links).map_err(|_| too_long("risk_links"))?,
		conditions: ShareConditions {
			shared_limit: row.shared_limit,
			min_rate_bp: row.min_rate_bp,
			max_rate_bp: row.max_rate_bp,
			token_rate: row.token_rate,
			max_participants: row.max_participants,
			start: window.start,
			end: window.end,
		},
		envelope: EnvelopeRef {
			version: sealed.version,
			ciphertext: BoundedVec::try_from(sealed.ciphertext)
				.map_err(|_| too_long("the sealed data"))?,
			nonce: sealed.nonce,
			commitment: sealed.commitment,
			wrapped_key: BoundedVec::try_from(sealed.wrapped_key)
				.map_err(|_| too_long("the wrapped key"))?,
			key_id,
		},
	})
}

/// The checks against the chain; returns the current key id and each row's window.
fn check_chain(
	client: &Client,
	signer: &Signer,
	rows: &[SheetRow],
	opts: &ImportOptions,
) -> anyhow::Result<(KeyId, Vec<Window>)> {
	loanshare_envelope::public_key_bits(&opts.public_der)
		.map_err(|e| anyhow!("--key is not a usable RSA public key: {e}"))?;
	match client.institution_of(&signer.account)? {
		Some(i) if i == opts.institution => {},
		Some(i) => bail!(
			"the signer {} acts for institution {i}, not {} (--institution)",
			signer.ss58(),
			opts.institution
		),
		None => bail!("the signer {} acts for no institution of the consortium", signer.ss58()),
	}
	let (key_id, key) = client.current_key(opts.institution)?.ok_or_else(|| {
		anyhow!(
			"institution {} has no registered public key: run `loanshare register-key` first",
			opts.institution
		)
	})?;
	if key.der.as_slice() != opts.public_der.as_slice() {
		bail!(
			"--key is not institution {}'s current registered key (key id {key_id}); \
			 its offchain worker could not deliver the data: register it or use the registered one",
			opts.institution
		);
	}
	let now = client.now()?;
	let cap = client.rate_cap()?;
	let windows = resolve_windows(rows, now, cap)?;
	Ok((key_id, windows))
}

/// Runs an import of the CSV `sheet`; progress messages go to `log`.
pub fn run(
	client: &Client,
	signer: &Signer,
	sheet: &[u8],
	opts: &ImportOptions,
	log: &mut dyn FnMut(&str),
) -> anyhow::Result<ImportReport> {
	if opts.batch_size == 0 || opts.batch_size > max_batch() {
		bail!("--batch must be between 1 and {}", max_batch());
	}
	// 1. Offline, then against the chain: nothing is signed unless every row is valid.
	let rows = parse_sheet(sheet, &Limits::runtime())?;
	let mut report = ImportReport { rows: rows.len(), ..Default::default() };
	let (key_id, windows) = check_chain(client, signer, &rows, opts)?;

	// 2. Skip what the contributor already published.
	let existing: HashSet<Vec<u8>> = client
		.all_plans_by_contributor(opts.institution)?
		.into_iter()
		.map(|p| p.input.external_ref.into_inner())
		.collect();
	let todo: Vec<(&SheetRow, Window)> = rows
		.iter()
		.zip(windows)
		.filter(|(r, _)| !existing.contains(r.external_ref.as_bytes()))
		.collect();
	report.skipped = rows.len() - todo.len();
	log(&format!(
		"{} rows valid; {} already published by institution {} (skipped); {} to publish",
		rows.len(),
		report.skipped,
		opts.institution,
		todo.len()
	));
	if todo.is_empty() {
		return Ok(report);
	}

	// 3. Seal locally.
	let ctx = client.signing_context()?;
	warn_on_version_mismatch(ctx.spec_version);
	let started = Instant::now();
	let pb = bar(todo.len(), opts.progress, "sealing");
	let mut rng = loanshare_envelope::os_rng();
	let mut inputs = Vec::with_capacity(todo.len());
	for (row, window) in &todo {
		let env_ctx = Context {
			chain_id: ctx.genesis.as_bytes(),
			contributor: opts.institution,
			external_ref: row.external_ref.as_bytes(),
		};
		let sealed = loanshare_envelope::seal(&mut rng, &row.borrower, &env_ctx, &opts.public_der)
			.map_err(|e| anyhow!("row {}: cannot seal the borrower data: {e}", row.row))?;
		inputs.push(plan_input(row, *window, sealed, key_id)?);
		pb.inc(1);
	}
	pb.finish_and_clear();
	report.seal_time = started.elapsed();
	if opts.dry_run {
		log(&format!(
			"dry run: {} plans sealed in {:.2?}; nothing sent",
			inputs.len(),
			report.seal_time
		));
		return Ok(report);
	}

	// 4. Publish in batches, `in_flight` transactions ahead.
	let batch_rows: Vec<Vec<&SheetRow>> =
		todo.chunks(opts.batch_size).map(|c| c.iter().map(|(r, _)| *r).collect()).collect();
	let mut batches: Vec<Vec<PlanInputOf<Runtime>>> = Vec::new();
	let mut rest = inputs.into_iter().peekable();
	while rest.peek().is_some() {
		batches.push(rest.by_ref().take(opts.batch_size).collect());
	}
	report.batches = batches.len();
	let pb = bar(todo.len(), opts.progress, "publishing");
	let mut nonce = client.next_nonce(&signer.account)?;
	let mut tracker = Tracker::new(client);
	let mut next = 0;
	let mut stop_submitting = false;
	let started = Instant::now();
	let mut pending_batches = batches.into_iter();
	loop {
		while !stop_submitting && tracker.pending() < opts.in_flight.max(1) {
			let Some(items) = pending_batches.next() else { break };
			let items =
				BoundedVec::try_from(items).map_err(|_| anyhow!("batch larger than MaxBatch"))?;
			let call = RuntimeCall::LoanShare(pallet_loan_share::Call::publish_batch { items });
			let sign_ctx = client.refresh(&ctx)?;
			match submit_call(client, signer, call, nonce, &sign_ctx) {
				Ok(hash) => {
					tracker.track(hash, next, sign_ctx.block_number);
					nonce = nonce.wrapping_add(1);
				},
				Err(e) => {
					report.failures.push(format!("{} : {e}", describe_rows(&batch_rows[next])));
					stop_submitting = true;
				},
			}
			next += 1;
		}
		if tracker.pending() == 0 {
			break;
		}
		let settled = tracker.poll()?;
		if settled.is_empty() {
			std::thread::sleep(POLL_INTERVAL);
		}
		for outcome in settled {
			let rows = &batch_rows[outcome.tag];
			match &outcome.status {
				TxStatus::Success => {
					for e in &outcome.events {
						if let RuntimeEvent::LoanShare(pallet_loan_share::Event::PlanPublished {
							plan,
							contributor,
							..
						}) = e
						{
							if *contributor == opts.institution {
								report.plan_ids.push(*plan);
							}
						}
					}
					pb.inc(rows.len() as u64);
				},
				TxStatus::Failed(err) => {
					let why = match batch_item_error(err) {
						Some((index, reason)) => match rows.get(usize::from(index)) {
							Some(r) => {
								format!(
									"row {} (external_ref `{}`): {reason:?}",
									r.row, r.external_ref
								)
							},
							None => describe_error(err),
						},
						None => describe_error(err),
					};
					report.failures.push(format!(
						"{} rejected in block #{}: {why}; none of its {} plans was published",
						describe_rows(rows),
						outcome.block_number,
						rows.len()
					));
				},
				TxStatus::NotIncluded => report.failures.push(format!(
					"{}: the transaction was not included (dropped by the pool); re-run the import",
					describe_rows(rows)
				)),
			}
		}
	}
	pb.finish_and_clear();
	report.publish_time = started.elapsed();
	report.published = report.plan_ids.len();
	report.plan_ids.sort_unstable();
	Ok(report)
}

fn describe_rows(rows: &[&SheetRow]) -> String {
	match (rows.first(), rows.last()) {
		(Some(a), Some(b)) => format!("batch of rows {}–{}", a.row, b.row),
		_ => "empty batch".into(),
	}
}

/// Reads a public key file: DER SubjectPublicKeyInfo, or PEM `PUBLIC KEY`.
pub fn read_public_key(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
	let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
	match std::str::from_utf8(&bytes) {
		Ok(text) if text.trim_start().starts_with("-----BEGIN") => {
			loanshare_envelope::public_key_der_from_pem(text)
				.map_err(|e| anyhow!("{}: {e}", path.display()))
		},
		_ => Ok(bytes),
	}
}
