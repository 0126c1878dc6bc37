//! The command implementations, grouped by what they are about, and the context
//! they share ([`Ctx`]: profile, connection, signer, output format).
pub mod accounts;
pub mod governance;
pub mod handoff;
pub mod import;
pub mod plans;
pub mod tokens;
pub mod watch;

use crate::{
	chain::{
		calls::CallSpec,
		submit::{self, Outcome, Wait},
		types::InstitutionId,
		Chain, Reader,
	},
	cli::{Cli, Command, Global},
	config::{ConfigFile, Profile},
	secrets::{self, PasswordSource},
};
use anyhow::{anyhow, Context as _};
use serde_json::Value as Json;
use subxt_signer::sr25519::Keypair;

/// The endpoint used when neither option, profile nor environment names one.
pub const DEFAULT_ENDPOINT: &str = "ws://127.0.0.1:9944";

/// What every command works with.
pub struct Ctx {
	/// The options.
	pub global: Global,
	/// The selected profile.
	pub profile: Profile,
	chain: Option<Chain>,
}

impl Ctx {
	/// Builds the context of a command line.
	pub fn new(global: Global) -> anyhow::Result<Self> {
		let file = ConfigFile::load(global.config.as_deref())?;
		let profile = file.profile(global.profile.as_deref())?;
		Ok(Ctx { global, profile, chain: None })
	}

	/// The endpoint: option, profile, `$LOANSHARE_URL`, default.
	pub fn endpoint(&self) -> String {
		self.global
			.endpoint
			.clone()
			.or_else(|| self.profile.endpoint.clone())
			.or_else(|| std::env::var("LOANSHARE_URL").ok())
			.unwrap_or_else(|| DEFAULT_ENDPOINT.to_owned())
	}

	/// The connected chain.
	pub async fn chain(&mut self) -> anyhow::Result<Chain> {
		if let Some(c) = &self.chain {
			return Ok(c.clone());
		}
		let c = Chain::connect(&self.endpoint()).await?;
		self.chain = Some(c.clone());
		Ok(c)
	}

	/// The signing key.
	pub fn signer(&self) -> anyhow::Result<Keypair> {
		let key_file = self.global.key_file.clone().or_else(|| self.profile.key_file.clone());
		let password = PasswordSource {
			file: self.global.password_file.clone().or_else(|| self.profile.password_file.clone()),
			env: self.profile.password_env.clone(),
		};
		secrets::signer(key_file.as_deref(), &password)
	}

	/// The RSA key directory.
	pub fn rsa_key_dir(&self) -> anyhow::Result<std::path::PathBuf> {
		self.global.rsa_key_dir.clone().or_else(|| self.profile.rsa_key_dir.clone()).ok_or_else(
			|| {
				anyhow!(
					"no RSA key directory: give --rsa-key-dir or set rsa_key_dir in the profile"
				)
			},
		)
	}

	/// The institution: option, profile, else the signer's on chain.
	pub async fn institution(&mut self) -> anyhow::Result<InstitutionId> {
		if let Some(i) = self.global.institution.or(self.profile.institution) {
			return Ok(i);
		}
		let signer = self.signer().context("to find the institution (or give --institution)")?;
		self.signer_institution(&signer).await
	}

	/// The institution the signer acts for, or an error naming the account.
	pub async fn signer_institution(&mut self, signer: &Keypair) -> anyhow::Result<InstitutionId> {
		let chain = self.chain().await?;
		let at = chain.finalized().await?;
		let account = signer.public_key().to_account_id();
		Reader(&at).institution_of(&account).await?.ok_or_else(|| {
			anyhow!("the signer {account} acts for no institution of the consortium")
		})
	}

	/// How far transactions are followed.
	pub fn wait(&self) -> Wait {
		if self.global.in_block {
			Wait::InBlock
		} else {
			Wait::Finalized
		}
	}

	/// Signs and sends a call, then prints its outcome.
	pub async fn send(&mut self, call: &CallSpec) -> anyhow::Result<Outcome> {
		let signer = self.signer()?;
		let chain = self.chain().await?;
		let outcome = submit::send(&chain, &signer, &call.payload(), self.wait(), None)
			.await
			.map_err(|e| anyhow!("{}: {e}", call.label()))?;
		self.print_outcome(&outcome);
		Ok(outcome)
	}

	/// Prints a transaction's outcome.
	pub fn print_outcome(&self, o: &Outcome) {
		if self.global.json {
			println!("{}", serde_json::to_string(o).unwrap_or_default());
			return;
		}
		let state = if o.finalized { "finalised" } else { "in block" };
		println!("{state} #{} ({}), transaction {}", o.block_number, o.block_hash, o.hash);
		for e in &o.events {
			if !matches!(e.pallet.as_str(), "System" | "TransactionPayment" | "Balances") {
				println!("  {}", e.line());
			}
		}
	}

	/// Prints `json` with --json, else `text`.
	pub fn print(&self, json: &Json, text: impl FnOnce() -> String) {
		if self.global.json {
			println!("{json}");
		} else {
			println!("{}", text());
		}
	}
}

/// Runs a parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
	let mut ctx = Ctx::new(cli.global)?;
	match cli.command {
		Command::Account(c) => accounts::account(&mut ctx, c).await,
		Command::Keygen { out, bits, name } => handoff::keygen(&ctx, &out, bits, &name),
		Command::RegisterKey { public_key } => handoff::register_key(&mut ctx, &public_key).await,
		Command::Import(args) => import::import(&mut ctx, args).await,
		Command::GenSheet { out, rows, seed, prefix, gbk } => {
			import::gen_sheet(&ctx, &out, rows, seed, &prefix, gbk)
		},
		Command::Plans { contributor, start, limit } => {
			plans::plans(&mut ctx, contributor, start, limit).await
		},
		Command::Plan { id } => plans::plan(&mut ctx, id).await,
		Command::Confirm { plan, amount, rate_bp } => {
			plans::confirm(&mut ctx, plan, &amount, rate_bp).await
		},
		Command::Confirmations { plan } => plans::confirmations(&mut ctx, plan).await,
		Command::Taken => plans::taken(&mut ctx).await,
		Command::Withdraw { plan } => {
			ctx.send(&crate::chain::calls::withdraw(plan)).await.map(drop)
		},
		Command::Expire { plan } => ctx.send(&crate::chain::calls::expire(plan)).await.map(drop),
		Command::Reap { max } => ctx.send(&crate::chain::calls::reap_ended(max)).await.map(drop),
		Command::Handoffs => handoff::handoffs(&mut ctx).await,
		Command::Handoff { plan, participant } => handoff::show(&mut ctx, plan, participant).await,
		Command::Deliver { plan, participant, participant_key_id, wrapped_key_file } => {
			handoff::deliver(
				&mut ctx,
				plan,
				participant,
				participant_key_id,
				wrapped_key_file.as_deref(),
			)
			.await
		},
		Command::Refund { plan, participant } => {
			ctx.send(&crate::chain::calls::refund(plan, participant)).await.map(drop)
		},
		Command::Accept { plan } => handoff::accept(&mut ctx, plan).await,
		Command::Dispute { plan } => handoff::dispute(&mut ctx, plan).await,
		Command::Complain { plan, reason } => handoff::complain(&mut ctx, plan, &reason).await,
		Command::Rule { plan, participant, refund, release: _, threshold } => {
			handoff::rule(&mut ctx, plan, participant, refund, threshold).await
		},
		Command::Open { plan } => handoff::open(&mut ctx, plan).await,
		Command::Recharge { to, amount, payment_ref } => {
			tokens::recharge(&mut ctx, to, &amount, &payment_ref).await
		},
		Command::Transfer { to, amount } => tokens::transfer(&mut ctx, to, &amount).await,
		Command::PayService { to, amount, memo } => {
			tokens::pay_service(&mut ctx, to, &amount, &memo).await
		},
		Command::Redeem { amount } => tokens::redeem(&mut ctx, &amount).await,
		Command::Settle { id, payout_ref } => {
			ctx.send(&crate::chain::calls::settle_redemption(id, &payout_ref)).await.map(drop)
		},
		Command::Reject { id } => {
			ctx.send(&crate::chain::calls::reject_redemption(id)).await.map(drop)
		},
		Command::Redemptions { pending } => tokens::redemptions(&mut ctx, pending).await,
		Command::Balance { all } => tokens::balance(&mut ctx, all).await,
		Command::Institutions => accounts::institutions(&mut ctx).await,
		Command::Node(c) => accounts::node(&mut ctx, c).await,
		Command::Govern(args) => governance::govern(&mut ctx, args).await,
		Command::Council(c) => governance::council(&mut ctx, c).await,
		Command::Watch(args) => watch::watch(&mut ctx, args).await,
		Command::Agent(args) => crate::agent::run(ctx, args).await,
		Command::ApiToken(c) => crate::agent::auth::api_token(&ctx, c),
		Command::User(args) => crate::agent::users::user(&ctx, args).await,
	}
}

/// An amount in RMB (up to two decimals) that must be more than zero, in fen.
pub fn positive_rmb(text: &str) -> Result<u128, String> {
	match crate::money::parse_rmb(text)? {
		0 => Err(format!("{text:?} must be more than zero")),
		fen => Ok(fen),
	}
}
