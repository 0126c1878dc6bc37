//! `loanshare agent`: the institution's long-running service next to its node.
//!
//! It follows finalised blocks and, block by block, writes their LoanShare events
//! to the mirror database (exactly once: a block and the cursor move in one
//! database transaction); it delivers the handoffs the institution owes as
//! contributor (unwrapping with the institution's RSA keys, which only it holds, in
//! `KeyExchange.deliver_batch` transactions: the only delivery there is, the node
//! does none); it serves the REST API (borrower-data openings recorded in the
//! mirror), its OpenAPI document, Prometheus metrics and the loan officers' web app
//! (at `/`, for the local users kept in the mirror database). When the node goes away it
//! reconnects and resumes after the last mirrored block.
//!
//! | module | owns |
//! |--------|------|
//! | [`auth`] | API tokens |
//! | [`metrics`] | Prometheus metrics |
//! | [`mirror`] | turning blocks into mirror records |
//! | [`deliver`] | the delivery rounds |
//! | [`rest`] | the HTTP API |
//! | [`users`] | the web app's users and their passwords |
//! | [`web`] | the loan officers' web app: sessions, its API, live events, its files |
pub mod auth;
pub mod deliver;
pub mod metrics;
pub mod mirror;
pub mod rest;
pub mod users;
pub mod web;

use crate::{
	chain::{
		calls::CallSpec,
		submit::{self, Outcome, Progress, SubmitError, Wait},
		types::InstitutionId,
		At, Chain,
	},
	commands::Ctx,
	delivery::Keyring,
	follow::{self, Heads},
};
use anyhow::Context as _;
use loanshare_mirror::Mirror;
use std::{path::PathBuf, sync::Arc, time::Duration};
use subxt_signer::sr25519::Keypair;
use tokio::sync::{Mutex, Notify, RwLock};

/// Default REST/metrics listen address (loopback: put a TLS proxy in front to serve others).
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8480";
/// Default mirror database.
pub const DEFAULT_DATABASE: &str = "sqlite://loanshare-mirror.db?mode=rwc";

/// `agent` options (each overrides the profile's `agent` section).
#[derive(clap::Args, Debug)]
pub struct AgentArgs {
	/// Mirror database URL: sqlite://FILE?mode=rwc (default ./loanshare-mirror.db) or postgres://…
	#[arg(long, env = "LOANSHARE_AGENT_DATABASE")]
	pub database: Option<String>,
	/// REST API and metrics listen address [default: 127.0.0.1:8480]
	#[arg(long)]
	pub listen: Option<String>,
	/// API tokens file (name:scope:sha256 per line, mode 600)
	#[arg(long)]
	pub api_tokens: Option<PathBuf>,
	/// Mirror and serve only; do not deliver handoffs
	#[arg(long)]
	pub no_deliver: bool,
	/// First block to mirror when the database is empty
	#[arg(long, default_value_t = 1)]
	pub from: u64,
	/// Web app: minutes without a request after which a session ends [default: 30]
	#[arg(long, value_name = "MINUTES")]
	pub session_idle_minutes: Option<u64>,
	/// Web app: hours after sign-in at which a session ends [default: 12]
	#[arg(long, value_name = "HOURS")]
	pub session_hours: Option<u64>,
	/// Web app: mark the session cookie Secure (when a TLS proxy serves the agent)
	#[arg(long)]
	pub secure_cookies: bool,
}

/// What the agent's tasks share.
pub struct Agent {
	/// The mirror database.
	pub mirror: Mirror,
	/// Metrics.
	pub metrics: metrics::Metrics,
	/// Accepted API tokens.
	pub tokens: auth::Tokens,
	/// The current connection (none while reconnecting).
	pub chain: RwLock<Option<Chain>>,
	/// The institution's signing key (none: read-only agent).
	pub signer: Option<Keypair>,
	/// The institution it acts for.
	pub institution: Option<InstitutionId>,
	/// The institution's RSA keys (none: no delivery, no opening).
	pub keyring: Option<Keyring>,
	/// Whether it delivers handoffs.
	pub delivers: bool,
	/// Wakes the delivery task after each mirrored head.
	pub new_block: Notify,
	/// The web app's state (sessions' settings, sheet drafts, live events, sign-in limits).
	pub web: web::WebState,
	submit_lock: Mutex<()>,
}

impl Agent {
	/// The connected chain, or an error saying the agent is reconnecting.
	pub async fn chain(&self) -> anyhow::Result<Chain> {
		self.chain
			.read()
			.await
			.clone()
			.ok_or_else(|| anyhow::anyhow!("not connected to the node (reconnecting)"))
	}

	/// Signs and submits calls in order with consecutive nonces, then follows each;
	/// one submission at a time across the agent's tasks.
	pub async fn submit_all<P: subxt::tx::Payload>(
		&self,
		payloads: &[P],
		wait: Wait,
	) -> Vec<Result<Outcome, SubmitError>> {
		let Some(signer) = self.signer.as_ref() else {
			return submit::all_failed(payloads.len(), "the agent has no signing key");
		};
		let chain = match self.chain().await {
			Ok(c) => c,
			Err(e) => return submit::all_failed(payloads.len(), &e.to_string()),
		};
		let _guard = self.submit_lock.lock().await;
		submit::submit_all(&chain, signer, payloads, wait).await
	}

	/// Signs and submits one call made at `at` with the signer's next nonce (the pool's
	/// view, so transactions still in the pool count), and returns it to be followed. One
	/// submission at a time across the agent's tasks, so that several can be in flight with
	/// consecutive nonces.
	pub async fn submit_one(&self, at: &At, call: &CallSpec) -> Result<Progress, SubmitError> {
		let signer = self
			.signer
			.as_ref()
			.ok_or_else(|| SubmitError::Other(anyhow::anyhow!("the agent has no signing key")))?;
		let chain = self.chain().await?;
		let _guard = self.submit_lock.lock().await;
		let nonce = chain.next_nonce(&signer.public_key().to_account_id()).await?;
		submit::submit_at(at, signer, &call.payload(), Some(nonce)).await
	}

	/// Submits calls (see [`Agent::submit_all`]).
	pub async fn submit_calls(
		&self,
		calls: &[CallSpec],
		wait: Wait,
	) -> Vec<Result<Outcome, SubmitError>> {
		let payloads: Vec<_> = calls.iter().map(CallSpec::payload).collect();
		self.submit_all(&payloads, wait).await
	}
}

/// Builds the agent from the command line and profile, then runs it until SIGINT/SIGTERM.
pub async fn run(mut ctx: Ctx, args: AgentArgs) -> anyhow::Result<()> {
	let settings = ctx.profile.agent.clone();
	let database =
		args.database.or(settings.database).unwrap_or_else(|| DEFAULT_DATABASE.to_owned());
	let listen = args.listen.or(settings.listen).unwrap_or_else(|| DEFAULT_LISTEN.to_owned());
	let tokens = match args.api_tokens.or(settings.api_tokens_file) {
		Some(path) => auth::Tokens::load(&path)?,
		None => {
			log::warn!("no API tokens file: /api/v1 refuses every request (the web app, /health, /metrics and /openapi.json answer)");
			auth::Tokens::default()
		},
	};
	let signer =
		match ctx.signer() {
			Ok(s) => Some(s),
			Err(e) => {
				log::warn!("no signing key ({e}): the agent mirrors and serves but neither delivers nor signs");
				None
			},
		};
	let keyring = match ctx.rsa_key_dir() {
		Ok(dir) => Some(Keyring::load(&dir)?),
		Err(_) => None,
	};
	let delivers = !args.no_deliver
		&& settings.deliver.unwrap_or(true)
		&& signer.is_some()
		&& keyring.is_some();
	let institution = match ctx.global.institution.or(ctx.profile.institution) {
		Some(i) => Some(i),
		None => match &signer {
			Some(s) => Some(institution_of_signer(&mut ctx, s).await?),
			None => None,
		},
	};
	let web_settings = web::WebSettings::new(
		args.session_idle_minutes.or(settings.session_idle_minutes),
		args.session_hours.or(settings.session_hours),
		args.secure_cookies || settings.secure_cookies.unwrap_or(false),
	)?;
	let mirror = Mirror::open(&database)
		.await
		.with_context(|| format!("mirror database {}", redact(&database)))?;
	let agent = Arc::new(Agent {
		mirror,
		metrics: metrics::Metrics::new()?,
		tokens,
		chain: RwLock::new(None),
		signer,
		institution,
		keyring,
		delivers,
		new_block: Notify::new(),
		web: web::WebState::new(web_settings),
		submit_lock: Mutex::new(()),
	});
	log::info!(
		"agent for institution {}: mirror {}, API on http://{listen}, delivery {}",
		agent.institution.map_or_else(|| "none (read-only)".to_owned(), |i| i.to_string()),
		redact(&database),
		if delivers { "on" } else { "off" }
	);
	let listener = tokio::net::TcpListener::bind(&listen)
		.await
		.with_context(|| format!("cannot listen on {listen}"))?;
	match agent.mirror.users().await {
		Ok(users) if users.is_empty() => log::warn!(
			"the web app on http://{listen}/ has no users yet: add one with `loanshare user add NAME --role admin`"
		),
		Ok(users) => log::info!("web app on http://{listen}/ for {} user(s)", users.len()),
		Err(e) => log::warn!("cannot list the web app's users: {e}"),
	}
	let server = tokio::spawn(rest::serve(agent.clone(), listener));
	let deliverer = tokio::spawn(deliver::run(agent.clone()));
	let sweeper = tokio::spawn(web::session::sweep(agent.clone()));
	let endpoint = ctx.endpoint();
	let follower = follow_forever(agent.clone(), endpoint, args.from);
	tokio::select! {
		r = follower => r?,
		_ = shutdown_signal() => log::info!("stopping"),
	}
	server.abort();
	deliverer.abort();
	sweeper.abort();
	Ok(())
}

/// The signer's institution, waiting for the node if it is not up yet.
async fn institution_of_signer(ctx: &mut Ctx, signer: &Keypair) -> anyhow::Result<InstitutionId> {
	let mut wait = Duration::from_secs(1);
	loop {
		match ctx.signer_institution(signer).await {
			Ok(i) => return Ok(i),
			Err(e) if format!("{e:#}").contains("acts for no institution") => return Err(e),
			Err(e) => {
				log::warn!(
					"cannot ask the node for the signer's institution ({e:#}); retrying in {}s",
					wait.as_secs()
				);
				tokio::time::sleep(wait).await;
				wait = (wait * 2).min(Duration::from_secs(30));
			},
		}
	}
}

/// A database URL without its password.
pub fn redact(url: &str) -> String {
	match (url.find("://"), url.find('@')) {
		(Some(s), Some(at)) if at > s => {
			let creds = &url[s + 3..at];
			match creds.split_once(':') {
				Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
				None => url.to_owned(),
			}
		},
		_ => url.to_owned(),
	}
}

async fn shutdown_signal() {
	#[cfg(unix)]
	{
		let mut term =
			match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
				Ok(t) => t,
				Err(_) => return std::future::pending().await,
			};
		tokio::select! {
			_ = tokio::signal::ctrl_c() => {},
			_ = term.recv() => {},
		}
	}
	#[cfg(not(unix))]
	let _ = tokio::signal::ctrl_c().await;
}

/// Connects, follows and mirrors; on any failure waits (1 s doubling to 30 s) and
/// starts again after the last mirrored block.
async fn follow_forever(agent: Arc<Agent>, endpoint: String, first: u64) -> anyhow::Result<()> {
	let mut backoff = Duration::from_secs(1);
	let mut connected_before = false;
	let mut mirrored_before = 0;
	loop {
		let mut connected = false;
		let result = async {
			let chain = Chain::connect(&endpoint).await?;
			*agent.chain.write().await = Some(chain.clone());
			connected = true;
			if connected_before {
				agent.metrics.reconnects.inc();
			}
			connected_before = true;
			log::info!("connected to {endpoint}");
			let start = match agent.mirror.cursor().await? {
				Some(c) => {
					// The mirror must continue this chain's history, not another's.
					let on_chain = format!("{:?}", chain.at_number(c.number).await?.block_hash());
					if !on_chain.eq_ignore_ascii_case(&c.hash) {
						anyhow::bail!(
							"the mirror database holds block #{} {} but the node's block #{} is {on_chain}: \
							 it belongs to another chain; use a new database",
							c.number,
							c.hash,
							c.number
						);
					}
					c.number + 1
				},
				None => {
					seed_institutions(&agent, &chain, first.saturating_sub(1)).await?;
					first
				},
			};
			let a = agent.clone();
			let reader = chain.clone();
			follow::follow_prepared(
				&chain,
				start,
				Heads::Finalized,
				move |block| {
					let chain = reader.clone();
					async move {
						let record = mirror::block_record(&chain, &block).await?;
						Ok((block, record))
					}
				},
				move |(block, record)| {
					let a = a.clone();
					async move {
						mirror::mirror_block(&a, &block, &record).await?;
						Ok(true)
					}
				},
			)
			.await
		}
		.await;
		*agent.chain.write().await = None;
		let mirrored_now = agent.metrics.blocks_mirrored.get();
		if connected && mirrored_now > mirrored_before {
			// The session did work: start the next wait short again.
			backoff = Duration::from_secs(1);
		}
		mirrored_before = mirrored_now;
		if let Err(e) = result {
			let text = format!("{e:#}");
			if text.contains("belongs to another chain") {
				return Err(e);
			}
			if text.contains("State already discarded") {
				anyhow::bail!(
					"{text}\nthe node has pruned the state of blocks the mirror still needs: run the agent's \
					 node with --state-pruning archive-canonical (or keep more blocks than the agent may fall \
					 behind), or start a new mirror at a later block with --from"
				);
			}
			log::warn!("lost the node ({e:#}); retrying in {}s", backoff.as_secs());
		}
		tokio::time::sleep(backoff).await;
		backoff = (backoff * 2).min(Duration::from_secs(30));
	}
}

/// Records the institutions that exist before the first mirrored block (genesis
/// members have no `InstitutionAdmitted` event).
async fn seed_institutions(agent: &Agent, chain: &Chain, block: u64) -> anyhow::Result<()> {
	let at = chain.at_number(block).await?;
	let r = crate::chain::Reader(&at);
	let mut seeds = Vec::new();
	for (id, inst) in r.institutions().await? {
		let key = r.entry::<_, u32>("KeyExchange", "CurrentKey", (id,)).await?;
		seeds.push(loanshare_mirror::InstitutionSeed {
			id,
			name: String::from_utf8_lossy(&inst.name).into_owned(),
			roles: inst.roles.iter().map(|r| format!("{r:?}")).collect(),
			status: serde_json::from_value(serde_json::json!(
				format!("{:?}", inst.status).to_lowercase()
			))?,
			key_id: key,
			key_bits: None,
		});
	}
	let added = agent.mirror.seed_institutions(&seeds).await?;
	log::info!("recorded {added} institutions of block #{block}");
	Ok(())
}

#[cfg(test)]
mod tests {
	#[test]
	fn database_passwords_are_not_logged() {
		assert_eq!(
			super::redact("postgres://mirror:s3cret@db:5432/ls"),
			"postgres://mirror:***@db:5432/ls"
		);
		assert_eq!(super::redact("sqlite://m.db?mode=rwc"), "sqlite://m.db?mode=rwc");
	}
}
