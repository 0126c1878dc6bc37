//! API tokens of the agent's REST API.
//!
//! A token is 32 random bytes shown once as `lsk_<hex>`; the tokens file keeps one
//! line per token, `name:scopes:sha256-hex`, so the file reveals no usable token.
//! Scopes, comma-separated on the line: `read` queries the mirror; `write` also
//! publishes and confirms (and reads); `open` opens borrower data (every opening is
//! recorded in the mirror's `openings` table); `audit` lists those openings; `admin`
//! may do everything. Tokens are compared by their hashes in constant time.
use crate::cli::ApiTokenCmd;
use anyhow::{anyhow, bail, Context as _};
use sha2::{Digest, Sha256};
use std::path::Path;

/// One thing a token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
	/// Query the mirror and the chain.
	Read,
	/// Sign (publish, confirm); includes [`Scope::Read`].
	Write,
	/// Open borrower data delivered to the institution.
	Open,
	/// List the openings of borrower data.
	Audit,
	/// Everything.
	Admin,
}

impl Scope {
	/// Every scope, in the order they are written.
	pub const ALL: [Scope; 5] =
		[Scope::Read, Scope::Write, Scope::Open, Scope::Audit, Scope::Admin];

	/// The scope's name in the tokens file.
	pub fn name(self) -> &'static str {
		match self {
			Scope::Read => "read",
			Scope::Write => "write",
			Scope::Open => "open",
			Scope::Audit => "audit",
			Scope::Admin => "admin",
		}
	}

	/// The scope of a name.
	pub fn parse(name: &str) -> anyhow::Result<Scope> {
		Scope::ALL
			.into_iter()
			.find(|s| s.name() == name.trim())
			.ok_or_else(|| anyhow!("unknown scope {name:?} (read, write, open, audit or admin)"))
	}

	fn bit(self) -> u8 {
		1 << (self as u8)
	}
}

/// The scopes of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Scopes(u8);

impl Scopes {
	/// These scopes.
	pub fn of(scopes: &[Scope]) -> Scopes {
		Scopes(scopes.iter().fold(0, |bits, s| bits | s.bit()))
	}

	/// Parses `read,open` (at least one scope).
	pub fn parse(text: &str) -> anyhow::Result<Scopes> {
		let scopes = text
			.split(',')
			.filter(|s| !s.trim().is_empty())
			.map(Scope::parse)
			.collect::<anyhow::Result<Vec<_>>>()?;
		if scopes.is_empty() {
			bail!("no scope (read, write, open, audit or admin)");
		}
		Ok(Scopes::of(&scopes))
	}

	/// Whether they allow `scope`: `admin` allows everything, `write` also reading.
	pub fn allows(self, scope: Scope) -> bool {
		let has = |s: Scope| self.0 & s.bit() != 0;
		has(Scope::Admin) || has(scope) || (scope == Scope::Read && has(Scope::Write))
	}

	/// As written in the tokens file: `read,open`.
	pub fn names(self) -> String {
		Scope::ALL
			.into_iter()
			.filter(|s| self.0 & s.bit() != 0)
			.map(Scope::name)
			.collect::<Vec<_>>()
			.join(",")
	}
}

/// A known token.
#[derive(Clone, Debug)]
pub struct TokenEntry {
	/// Who uses it.
	pub name: String,
	/// What it may do.
	pub scopes: Scopes,
	hash: [u8; 32],
}

/// The tokens the agent accepts.
#[derive(Clone, Debug, Default)]
pub struct Tokens(Vec<TokenEntry>);

fn digest(token: &str) -> [u8; 32] {
	Sha256::digest(token.as_bytes()).into()
}

fn same(a: &[u8; 32], b: &[u8; 32]) -> bool {
	a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl Tokens {
	/// Parses a tokens file's text; a bad line is an error naming it.
	pub fn parse(text: &str) -> anyhow::Result<Self> {
		let mut out = Vec::new();
		for (n, line) in text.lines().enumerate() {
			let line = line.trim();
			if line.is_empty() || line.starts_with('#') {
				continue;
			}
			let parts: Vec<&str> = line.split(':').collect();
			let [name, scopes, hash] = parts.as_slice() else {
				bail!("line {}: expected name:scopes:sha256-hex", n + 1);
			};
			let scopes = Scopes::parse(scopes).with_context(|| format!("line {}", n + 1))?;
			let mut h = [0u8; 32];
			hex::decode_to_slice(hash, &mut h)
				.map_err(|_| anyhow!("line {}: the hash is not 64 hex digits", n + 1))?;
			out.push(TokenEntry { name: (*name).to_owned(), scopes, hash: h });
		}
		Ok(Tokens(out))
	}

	/// Loads a tokens file (mode 600 required).
	pub fn load(path: &Path) -> anyhow::Result<Self> {
		crate::secrets::check_private(path)?;
		let text = std::fs::read_to_string(path)
			.with_context(|| format!("cannot read {}", path.display()))?;
		Self::parse(&text).with_context(|| format!("tokens file {}", path.display()))
	}

	/// The entry of a presented token.
	pub fn check(&self, token: &str) -> Option<&TokenEntry> {
		let h = digest(token);
		self.0.iter().find(|e| same(&e.hash, &h))
	}

	/// How many tokens are known.
	pub fn len(&self) -> usize {
		self.0.len()
	}

	/// Whether none is.
	pub fn is_empty(&self) -> bool {
		self.0.is_empty()
	}
}

/// A new token and its tokens-file line.
pub fn new_token(name: &str, scopes: Scopes) -> anyhow::Result<(String, String)> {
	use loanshare_envelope::rand_core::Rng;
	if name.is_empty() || name.contains(':') || name.contains('\n') {
		bail!("a token name must be non-empty and contain no ':'");
	}
	let mut raw = zeroize::Zeroizing::new([0u8; 32]);
	loanshare_envelope::os_rng().fill_bytes(raw.as_mut());
	let token = format!("lsk_{}", hex::encode(raw.as_ref()));
	if scopes == Scopes::default() {
		bail!("a token needs at least one scope");
	}
	let line = format!("{name}:{}:{}", scopes.names(), hex::encode(digest(&token)));
	Ok((token, line))
}

/// `api-token new`.
pub fn api_token(ctx: &crate::commands::Ctx, cmd: ApiTokenCmd) -> anyhow::Result<()> {
	let ApiTokenCmd::New { name, file, write, scope } = cmd;
	let mut chosen = scope.iter().map(|s| Scope::parse(s)).collect::<anyhow::Result<Vec<_>>>()?;
	if write {
		chosen.push(Scope::Write);
	}
	if chosen.is_empty() {
		chosen.push(Scope::Read);
	}
	let scopes = Scopes::of(&chosen);
	let file = file.or_else(|| ctx.profile.agent.api_tokens_file.clone()).ok_or_else(|| {
		anyhow!("no tokens file: give --file or set agent.api_tokens_file in the profile")
	})?;
	let (token, line) = new_token(&name, scopes)?;
	use std::io::Write;
	let mut opts = std::fs::OpenOptions::new();
	opts.append(true).create(true);
	#[cfg(unix)]
	{
		use std::os::unix::fs::OpenOptionsExt;
		opts.mode(0o600);
	}
	let mut f = opts.open(&file).with_context(|| format!("cannot open {}", file.display()))?;
	writeln!(f, "{line}")?;
	ctx.print(&serde_json::json!({"name": name, "scopes": scopes.names(), "token": token}), || {
		format!(
			"token for {name}, scopes {} (shown once; the agent reloads the file on restart):\n{token}",
			scopes.names()
		)
	});
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn tokens_are_checked_by_hash_and_scope() {
		let (t1, l1) = new_token("erp", Scopes::of(&[Scope::Read])).unwrap();
		let (t2, l2) = new_token("loan-desk", Scopes::of(&[Scope::Write, Scope::Open])).unwrap();
		assert!(l2.starts_with("loan-desk:write,open:"), "{l2}");
		let tokens = Tokens::parse(&format!("# tokens\n{l1}\n{l2}\n")).unwrap();
		let erp = tokens.check(&t1).unwrap();
		assert!(erp.scopes.allows(Scope::Read) && !erp.scopes.allows(Scope::Open));
		let desk = tokens.check(&t2).unwrap();
		assert_eq!(desk.name, "loan-desk");
		assert!(desk.scopes.allows(Scope::Read), "write includes read");
		assert!(desk.scopes.allows(Scope::Open) && !desk.scopes.allows(Scope::Audit));
		assert!(tokens.check("lsk_00").is_none());
		assert!(!l1.contains(&t1[4..]), "the file never holds the token");
		assert!(Tokens::parse("x:root:00").is_err());
		assert!(new_token("a:b", Scopes::of(&[Scope::Read])).is_err());
		assert!(new_token("a", Scopes::default()).is_err());
	}

	#[test]
	fn scopes_parse_and_imply() {
		let admin = Scopes::parse("admin").unwrap();
		assert!(Scope::ALL.iter().all(|s| admin.allows(*s)));
		let open = Scopes::parse("open").unwrap();
		assert!(!open.allows(Scope::Read), "opening does not imply reading the mirror");
		let audit = Scopes::parse(" read , audit ").unwrap();
		assert_eq!(audit.names(), "read,audit");
		assert!(audit.allows(Scope::Audit) && !audit.allows(Scope::Write));
		// Files written before the open scope keep working.
		let w = Scopes::parse("write").unwrap();
		assert!(w.allows(Scope::Read) && w.allows(Scope::Write) && !w.allows(Scope::Open));
		assert!(Scopes::parse("").is_err() && Scopes::parse("read,everything").is_err());
	}
}
