//! The web app's local users: their passwords' hashes and the `loanshare user` commands.
//!
//! Users live in the mirror database (`users`, see `mirror/README.md`) with a role
//! (`viewer`, `officer`, `admin`) and a language (`en`, `zh`). A password is stored only as
//! its **argon2id** hash (RFC 9106), a PHC string with its own random 16-byte salt and
//! parameters: [`MEMORY_KIB`] KiB of memory (19 MiB), [`ITERATIONS`] passes, [`LANES`] lane,
//! a 32-byte output. These are the OWASP minimum for argon2id; a guess costs an attacker
//! 19 MiB and two passes over it, about 30 ms of one core here, so a stolen table is slow to
//! attack on GPUs. Hashes made with other parameters (older or stronger) still verify: the
//! parameters are read from each hash.
//!
//! Passwords are never taken from the command line: `user add` and `user passwd` read
//! `$LOANSHARE_USER_PASSWORD`, or prompt twice on a terminal.
use crate::commands::Ctx;
use anyhow::{anyhow, bail, Context as _};
use argon2::{
	password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
	Algorithm, Argon2, Params, Version,
};
use clap::{Args, Subcommand};
use loanshare_mirror::{Language, Mirror, UserRole};
use serde_json::json;

/// argon2id memory cost, KiB (19 MiB).
pub const MEMORY_KIB: u32 = 19_456;
/// argon2id passes over the memory.
pub const ITERATIONS: u32 = 2;
/// argon2id lanes (parallelism).
pub const LANES: u32 = 1;
/// Shortest password accepted, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest password accepted, in bytes (hashing cost does not depend on it, but bounds help).
pub const MAX_PASSWORD_BYTES: usize = 1024;
/// The environment variable a password may come from.
pub const PASSWORD_ENV: &str = "LOANSHARE_USER_PASSWORD";

fn hasher() -> anyhow::Result<Argon2<'static>> {
	let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, Some(32))
		.map_err(|e| anyhow!("argon2 parameters: {e}"))?;
	Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Checks a new password's length.
pub fn check_password(password: &str) -> anyhow::Result<()> {
	if password.chars().count() < MIN_PASSWORD_CHARS {
		bail!("the password must have at least {MIN_PASSWORD_CHARS} characters");
	}
	if password.len() > MAX_PASSWORD_BYTES {
		bail!("the password must have at most {MAX_PASSWORD_BYTES} bytes");
	}
	Ok(())
}

/// The argon2id PHC string of `password`, with a fresh random salt. CPU- and memory-heavy:
/// call it off the async threads (`spawn_blocking`).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
	use loanshare_envelope::rand_core::Rng;
	let mut salt = [0u8; 16];
	loanshare_envelope::os_rng().fill_bytes(&mut salt);
	let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow!("salt: {e}"))?;
	let hash = hasher()?
		.hash_password(password.as_bytes(), &salt)
		.map_err(|e| anyhow!("cannot hash the password: {e}"))?;
	Ok(hash.to_string())
}

/// Whether `password` matches the PHC string `hash` (any argon2 variant and parameters). A
/// hash that cannot be parsed matches nothing.
pub fn verify_password(password: &str, hash: &str) -> bool {
	let Ok(parsed) = PasswordHash::new(hash) else { return false };
	Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok()
}

/// A hash of no one's password, to spend the same time on unknown user names as on known
/// ones.
pub fn decoy_hash() -> &'static str {
	static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
	DECOY.get_or_init(|| {
		hash_password("no user has this password, it only costs time")
			.unwrap_or_else(|_| String::from("$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
	})
}

/// Parses a role name.
pub fn parse_role(text: &str) -> anyhow::Result<UserRole> {
	UserRole::parse(text.trim())
		.ok_or_else(|| anyhow!("unknown role {text:?} (viewer, officer or admin)"))
}

/// Parses a language name.
pub fn parse_lang(text: &str) -> anyhow::Result<Language> {
	Language::parse(text.trim()).ok_or_else(|| anyhow!("unknown language {text:?} (en or zh)"))
}

/// How the roles rank: a role may do what the roles below it may.
pub fn rank(role: UserRole) -> u8 {
	match role {
		UserRole::Viewer => 0,
		UserRole::Officer => 1,
		UserRole::Admin => 2,
	}
}

/// Whether `role` may do what needs `needed`.
pub fn allows(role: UserRole, needed: UserRole) -> bool {
	rank(role) >= rank(needed)
}

/// `user` options.
#[derive(Args, Debug)]
pub struct UserArgs {
	/// The agent's mirror database [default: the profile's agent.database, or ./loanshare-mirror.db]
	#[arg(long, global = true, env = "LOANSHARE_AGENT_DATABASE")]
	pub database: Option<String>,
	/// What to do.
	#[command(subcommand)]
	pub cmd: UserCmd,
}

/// `user` sub-commands.
#[derive(Subcommand, Debug)]
pub enum UserCmd {
	/// Add a user of the web app (password from $LOANSHARE_USER_PASSWORD or a prompt)
	Add {
		/// Sign-in name: letters, digits, '.', '_', '-', '@'
		name: String,
		/// viewer (reads), officer (publishes, confirms, opens borrower data) or admin (also users and the audit trail)
		#[arg(long, default_value = "viewer")]
		role: String,
		/// Language of the app for this user: en or zh
		#[arg(long, default_value = "en")]
		lang: String,
	},
	/// List the users
	List,
	/// Remove a user (and sign it out)
	Remove {
		/// The user
		name: String,
	},
	/// Set a user's password (from $LOANSHARE_USER_PASSWORD or a prompt); signs it out
	Passwd {
		/// The user
		name: String,
	},
	/// Change a user's role; signs it out
	Role {
		/// The user
		name: String,
		/// viewer, officer or admin
		role: String,
	},
}

/// A new password: `$LOANSHARE_USER_PASSWORD`, or typed twice at a prompt.
fn new_password(name: &str) -> anyhow::Result<zeroize::Zeroizing<String>> {
	if let Ok(p) = std::env::var(PASSWORD_ENV) {
		let p = zeroize::Zeroizing::new(p);
		check_password(&p)?;
		return Ok(p);
	}
	use std::io::IsTerminal;
	if !std::io::stdin().is_terminal() {
		bail!("no password: set ${PASSWORD_ENV} or run in a terminal (passwords are never taken from the command line)");
	}
	let first = zeroize::Zeroizing::new(
		rpassword::prompt_password(format!("Password for {name}: "))
			.context("cannot read the password")?,
	);
	check_password(&first)?;
	let again = zeroize::Zeroizing::new(
		rpassword::prompt_password("Once more: ").context("cannot read the password")?,
	);
	if *first != *again {
		bail!("the two passwords differ");
	}
	Ok(first)
}

/// `loanshare user …`.
pub async fn user(ctx: &Ctx, args: UserArgs) -> anyhow::Result<()> {
	let database = args
		.database
		.or_else(|| ctx.profile.agent.database.clone())
		.unwrap_or_else(|| super::DEFAULT_DATABASE.to_owned());
	let mirror = Mirror::open(&database)
		.await
		.with_context(|| format!("mirror database {}", super::redact(&database)))?;
	let result = run(ctx, &mirror, args.cmd).await;
	mirror.close().await;
	result
}

async fn run(ctx: &Ctx, mirror: &Mirror, cmd: UserCmd) -> anyhow::Result<()> {
	match cmd {
		UserCmd::Add { name, role, lang } => {
			let role = parse_role(&role)?;
			let lang = parse_lang(&lang)?;
			if !loanshare_mirror::users::valid_user_name(&name) {
				bail!(
					"invalid user name {name:?}: use 1 to 64 letters, digits, '.', '_', '-' or '@'"
				);
			}
			if mirror.user_with_hash(&name).await?.is_some() {
				bail!("there is already a user named {name:?} (loanshare user passwd {name} sets a new password)");
			}
			let password = new_password(&name)?;
			let hash = tokio::task::spawn_blocking(move || hash_password(&password)).await??;
			let u = mirror.add_user(&name, role, &hash, lang).await?;
			ctx.print(&json!(u), || {
				format!("added user {} (role {}, language {})", u.name, u.role, u.lang)
			});
		},
		UserCmd::List => {
			let users = mirror.users().await?;
			ctx.print(&json!(users), || {
				if users.is_empty() {
					return "no users (loanshare user add NAME --role admin)".into();
				}
				users
					.iter()
					.map(|u| format!("{:<24} {:<8} {}", u.name, u.role, u.lang))
					.collect::<Vec<_>>()
					.join("\n")
			});
		},
		UserCmd::Remove { name } => {
			if !mirror.remove_user(&name).await? {
				bail!("there is no user named {name:?}");
			}
			ctx.print(&json!({"removed": name}), || format!("removed user {name}"));
		},
		UserCmd::Passwd { name } => {
			let (u, _) = mirror
				.user_with_hash(&name)
				.await?
				.ok_or_else(|| anyhow!("there is no user named {name:?}"))?;
			let password = new_password(&name)?;
			let hash = tokio::task::spawn_blocking(move || hash_password(&password)).await??;
			mirror.update_user(&name, None, Some(&hash), None).await?;
			let ended = mirror.end_sessions_of(u.id).await?;
			ctx.print(&json!({"user": name, "sessions_ended": ended}), || {
				format!("new password for {name}; {ended} session(s) signed out")
			});
		},
		UserCmd::Role { name, role } => {
			let role = parse_role(&role)?;
			let (u, _) = mirror
				.user_with_hash(&name)
				.await?
				.ok_or_else(|| anyhow!("there is no user named {name:?}"))?;
			mirror.update_user(&name, Some(role), None, None).await?;
			let ended = mirror.end_sessions_of(u.id).await?;
			ctx.print(&json!({"user": name, "role": role, "sessions_ended": ended}), || {
				format!("{name} is now {role}; {ended} session(s) signed out")
			});
		},
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn passwords_are_hashed_with_argon2id_and_verified() {
		let hash = hash_password("correct horse battery").unwrap();
		assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
		assert!(verify_password("correct horse battery", &hash));
		assert!(!verify_password("correct horse battery!", &hash));
		assert!(!verify_password("x", "not a hash"));
		let again = hash_password("correct horse battery").unwrap();
		assert_ne!(hash, again, "each hash has its own salt");
		assert!(!verify_password("anything", decoy_hash()));
	}

	#[test]
	fn passwords_roles_and_languages_are_checked() {
		assert!(check_password("short").is_err());
		assert!(check_password("ten chars!").is_ok());
		assert!(check_password(&"x".repeat(MAX_PASSWORD_BYTES + 1)).is_err());
		assert_eq!(parse_role(" officer ").unwrap(), UserRole::Officer);
		assert!(parse_role("root").is_err());
		assert_eq!(parse_lang("zh").unwrap(), Language::Zh);
		assert!(parse_lang("fr").is_err());
		assert!(allows(UserRole::Admin, UserRole::Officer));
		assert!(allows(UserRole::Officer, UserRole::Viewer));
		assert!(!allows(UserRole::Viewer, UserRole::Officer));
		assert!(!allows(UserRole::Officer, UserRole::Admin));
	}
}
