//! `loanshare`: the LoanShare institution client (command-line parsing; the work is in
//! the library's modules).
use clap::{Parser, Subcommand};
use loanshare_cli::{
	chain::Client,
	commands::{self, PlanQuery},
	import::{self, ImportOptions},
	money::{format_fen, parse_positive_rmb},
	rpc::Http,
	tx::{signer_from, Signer, SURI_ENV},
};
use loanshare_primitives::{Fen, InstitutionId, PlanId};
use std::{io::IsTerminal, path::PathBuf, process::ExitCode};

/// The environment variable holding the node URL when `--url` is not given.
const URL_ENV: &str = "LOANSHARE_URL";
const DEFAULT_URL: &str = "http://127.0.0.1:9944";

/// LoanShare institution client: keys, plan sheets, confirmations, handoffs and tokens.
///
/// Talks to a LoanShare node over JSON-RPC (HTTP, the node's RPC port). Commands that
/// change the chain sign with --suri (or $LOANSHARE_SURI) and wait until the
/// transaction is in a block, then print its events or its error as Pallet.Error.
/// Amounts are in RMB with up to two decimals (1 TOKEN = 1 RMB).
#[derive(Parser)]
#[command(name = "loanshare", version)]
struct Cli {
	/// Node JSON-RPC endpoint (ws:// is mapped to http://) [default: $LOANSHARE_URL or http://127.0.0.1:9944]
	#[arg(long, global = true, value_name = "URL")]
	url: Option<String>,
	/// Secret URI of the signing account, e.g. //Alice or a mnemonic [default: $LOANSHARE_SURI]
	#[arg(long, global = true, value_name = "SURI")]
	suri: Option<String>,
	#[command(subcommand)]
	command: Command,
}

fn amount(text: &str) -> Result<Fen, String> {
	parse_positive_rmb(text)
}

#[derive(Subcommand)]
enum Command {
	/// Generate an RSA key pair for the envelope (private.pem mode 600, public.der, public.pem)
	Keygen {
		/// Directory to write the keys to
		#[arg(long)]
		out: PathBuf,
		/// RSA modulus size (2048 to 4096)
		#[arg(long, default_value_t = 2048)]
		bits: usize,
		/// Replace an existing private.pem
		#[arg(long)]
		force: bool,
	},
	/// Register the institution's RSA public key, or rotate to a new one
	RegisterKey {
		/// The public key: SubjectPublicKeyInfo DER (public.der) or PEM
		#[arg(long, value_name = "FILE")]
		public: PathBuf,
	},
	/// Publish the plans of a CSV sheet (columns: crates/cli/README.md)
	///
	/// Every row is validated first: one bad row stops the import with its row number and
	/// nothing is sent. Rows whose external_ref the institution already published are
	/// skipped, so importing a sheet again creates nothing. Borrower fields are sealed
	/// locally; plans go out with LoanShare.publish_batch.
	Import {
		/// The CSV sheet
		sheet: PathBuf,
		/// The contributor's public key (public.der), its current registered key
		#[arg(long, value_name = "FILE")]
		key: PathBuf,
		/// The contributor institution the signer acts for
		#[arg(long)]
		institution: InstitutionId,
		/// Plans per publish_batch transaction (at most the runtime's MaxBatch, 100)
		#[arg(long, default_value_t = 100)]
		batch: usize,
		/// Transactions submitted ahead of their inclusion
		#[arg(long, default_value_t = 16)]
		in_flight: usize,
		/// Validate and seal only; send nothing
		#[arg(long)]
		dry_run: bool,
	},
	/// List plans (open plans unless --contributor is given)
	Plans {
		/// Only open plans (with --contributor)
		#[arg(long)]
		open: bool,
		/// Only the plans of this contributor institution
		#[arg(long)]
		contributor: Option<InstitutionId>,
		/// First plan id
		#[arg(long, default_value_t = 0)]
		start: PlanId,
		/// Most plans listed
		#[arg(long, default_value_t = 50)]
		limit: usize,
		/// Print JSON (the runtime's plan records)
		#[arg(long)]
		json: bool,
	},
	/// Take a share of a plan (the fee goes into escrow until the data is delivered)
	Confirm {
		/// Plan id
		plan: PlanId,
		/// Amount taken, RMB
		#[arg(long, value_parser = amount)]
		amount_rmb: Fen,
		/// Annual rate in basis points (1900 = 19%)
		#[arg(long)]
		rate_bp: u32,
	},
	/// Follow new blocks and print LoanShare, KeyExchange and Token events
	Watch {
		/// One JSON object per line
		#[arg(long)]
		json: bool,
		/// Stop after this many blocks
		#[arg(long)]
		blocks: Option<u64>,
		/// Start at this block (default: the next one)
		#[arg(long)]
		from: Option<u64>,
		/// Print every pallet's events
		#[arg(long)]
		all: bool,
	},
	/// Decrypt the borrower data of a plan delivered to a participant
	Open {
		/// Plan id
		plan: PlanId,
		/// The participant's private key (private.pem)
		#[arg(long, value_name = "FILE")]
		key: PathBuf,
		/// The participant institution
		#[arg(long)]
		institution: InstitutionId,
		/// Print JSON
		#[arg(long)]
		json: bool,
	},
	/// Deliver a plan's data key to a participant (when the contributor's offchain worker is off)
	Deliver {
		/// Plan id
		plan: PlanId,
		/// The participant institution
		participant: InstitutionId,
		/// The contributor's private key (private.pem)
		#[arg(long, value_name = "FILE")]
		key: PathBuf,
	},
	/// Record that the delivered key does not open a plan's data (as the participant)
	Dispute {
		/// Plan id
		plan: PlanId,
		/// Why
		#[arg(long)]
		reason: String,
	},
	/// Mint tokens to an institution that paid RMB off-chain (token issuer only)
	Recharge {
		/// The institution credited
		institution: InstitutionId,
		/// Amount, RMB (= TOKEN)
		#[arg(value_parser = amount)]
		amount_rmb: Fen,
		/// The RMB payment reference (mints only once)
		#[arg(long = "ref", value_name = "PAYMENT_REF")]
		payment_ref: String,
	},
	/// Move tokens to another institution
	Transfer {
		/// The institution credited
		institution: InstitutionId,
		/// Amount, RMB (= TOKEN)
		#[arg(value_parser = amount)]
		amount_rmb: Fen,
	},
	/// Ask to redeem tokens for RMB (held until an issuer settles or rejects)
	Redeem {
		/// Amount, RMB (= TOKEN)
		#[arg(value_parser = amount)]
		amount_rmb: Fen,
	},
	/// An institution's token balance
	Balance {
		/// The institution
		institution: InstitutionId,
		/// Print JSON
		#[arg(long)]
		json: bool,
	},
	/// The node's runtime, the chain, and the signer's institution (with --suri)
	Info,
	/// Write a sheet of fake plans (for demos and load tests)
	GenSheet {
		/// Number of plans
		#[arg(long, default_value_t = 1000)]
		rows: usize,
		/// Output CSV file
		#[arg(long)]
		out: PathBuf,
		/// Random seed (the same seed gives the same sheet)
		#[arg(long, default_value_t = 1)]
		seed: u64,
		/// External reference prefix
		#[arg(long, default_value = "GEN-")]
		prefix: String,
	},
}

fn client(url: Option<&str>) -> Client {
	let url = url
		.map(String::from)
		.or_else(|| std::env::var(URL_ENV).ok())
		.unwrap_or_else(|| DEFAULT_URL.into());
	Client::new(Box::new(Http::new(&url)))
}

fn run(cli: Cli) -> anyhow::Result<()> {
	let url = cli.url.as_deref();
	let signer = || -> anyhow::Result<Signer> { signer_from(cli.suri.as_deref()) };
	match cli.command {
		Command::Keygen { out, bits, force } => commands::keygen(&out, bits, force),
		Command::RegisterKey { public } => {
			commands::register_key(&client(url), &signer()?, &public)
		},
		Command::Import { sheet, key, institution, batch, in_flight, dry_run } => {
			let bytes = std::fs::read(&sheet)
				.map_err(|e| anyhow::anyhow!("cannot read {}: {e}", sheet.display()))?;
			let opts = ImportOptions {
				institution,
				public_der: import::read_public_key(&key)?,
				batch_size: batch,
				in_flight,
				dry_run,
				progress: std::io::stderr().is_terminal(),
			};
			let signer = signer()?;
			let report =
				import::run(&client(url), &signer, &bytes, &opts, &mut |m| eprintln!("{m}"))?;
			if report.published > 0 {
				let ids = &report.plan_ids;
				println!(
					"published {} plans (ids {}–{}) in {} batch(es): {:.1} s → {:.1} plans/s (sealing {:.2} s)",
					report.published,
					ids.first().copied().unwrap_or_default(),
					ids.last().copied().unwrap_or_default(),
					report.batches,
					report.publish_time.as_secs_f64(),
					report.plans_per_second(),
					report.seal_time.as_secs_f64(),
				);
			} else if !dry_run {
				println!("nothing new to publish ({} rows already on chain)", report.skipped);
			}
			if report.failures.is_empty() {
				Ok(())
			} else {
				for f in &report.failures {
					eprintln!("failed: {f}");
				}
				anyhow::bail!(
					"{} batch(es) failed; fix the rows and import again (published rows are skipped)",
					report.failures.len()
				)
			}
		},
		Command::Plans { open, contributor, start, limit, json } => {
			commands::plans(&client(url), &PlanQuery { open, contributor, start, limit }, json)
		},
		Command::Confirm { plan, amount_rmb, rate_bp } => {
			commands::confirm(&client(url), &signer()?, plan, amount_rmb, rate_bp)
		},
		Command::Watch { json, blocks, from, all } => {
			commands::watch(&client(url), json, all, from, blocks)
		},
		Command::Open { plan, key, institution, json } => {
			commands::open(&client(url), plan, &key, institution, json)
		},
		Command::Deliver { plan, participant, key } => {
			commands::deliver(&client(url), &signer()?, plan, participant, &key)
		},
		Command::Dispute { plan, reason } => {
			commands::dispute(&client(url), &signer()?, plan, &reason)
		},
		Command::Recharge { institution, amount_rmb, payment_ref } => {
			println!(
				"minting {} TOKEN to institution {institution} against payment {payment_ref}",
				format_fen(amount_rmb)
			);
			commands::recharge(&client(url), &signer()?, institution, amount_rmb, &payment_ref)
		},
		Command::Transfer { institution, amount_rmb } => {
			commands::transfer(&client(url), &signer()?, institution, amount_rmb)
		},
		Command::Redeem { amount_rmb } => commands::redeem(&client(url), &signer()?, amount_rmb),
		Command::Balance { institution, json } => {
			commands::balance(&client(url), institution, json)
		},
		Command::Info => {
			let signer = match cli
				.suri
				.as_deref()
				.map(String::from)
				.or_else(|| std::env::var(SURI_ENV).ok())
			{
				Some(s) => Some(Signer::from_suri(&s)?),
				None => None,
			};
			commands::info(&client(url), signer.as_ref())
		},
		Command::GenSheet { rows, out, seed, prefix } => {
			commands::gen_sheet(rows, &out, seed, &prefix)
		},
	}
}

fn main() -> ExitCode {
	match run(Cli::parse()) {
		Ok(()) => ExitCode::SUCCESS,
		// Output piped into `head` and the like: stop quietly.
		Err(e)
			if e.chain().any(|c| {
				c.downcast_ref::<std::io::Error>()
					.is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
			}) =>
		{
			ExitCode::SUCCESS
		},
		Err(e) => {
			eprintln!("error: {e:#}");
			ExitCode::FAILURE
		},
	}
}
