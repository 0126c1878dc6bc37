//! API tokens of the agent's REST API.
//!
//! A token is 32 random bytes shown once as `lsk_<hex>`; the tokens file keeps one
//! line per token, `name:scope:sha256-hex`, so the file reveals no usable token.
//! Scope `read` queries the mirror; scope `write` also publishes, confirms and opens
//! borrower data. Tokens are compared by their hashes in constant time.
use crate::cli::ApiTokenCmd;
use anyhow::{anyhow, bail, Context as _};
use sha2::{Digest, Sha256};
use std::path::Path;

/// What a token may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
	/// Query the mirror and the chain.
	Read,
	/// Also sign (publish, confirm) and open borrower data.
	Write,
}

/// A known token.
#[derive(Clone, Debug)]
pub struct TokenEntry {
	/// Who uses it.
	pub name: String,
	/// What it may do.
	pub scope: Scope,
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
			let [name, scope, hash] = parts.as_slice() else {
				bail!("line {}: expected name:scope:sha256-hex", n + 1);
			};
			let scope = match *scope {
				"read" => Scope::Read,
				"write" => Scope::Write,
				other => bail!("line {}: unknown scope {other:?} (read or write)", n + 1),
			};
			let mut h = [0u8; 32];
			hex::decode_to_slice(hash, &mut h)
				.map_err(|_| anyhow!("line {}: the hash is not 64 hex digits", n + 1))?;
			out.push(TokenEntry { name: (*name).to_owned(), scope, hash: h });
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
pub fn new_token(name: &str, scope: Scope) -> anyhow::Result<(String, String)> {
	use loanshare_envelope::rand_core::Rng;
	if name.is_empty() || name.contains(':') || name.contains('\n') {
		bail!("a token name must be non-empty and contain no ':'");
	}
	let mut raw = zeroize::Zeroizing::new([0u8; 32]);
	loanshare_envelope::os_rng().fill_bytes(raw.as_mut());
	let token = format!("lsk_{}", hex::encode(raw.as_ref()));
	let scope_name = match scope {
		Scope::Read => "read",
		Scope::Write => "write",
	};
	let line = format!("{name}:{scope_name}:{}", hex::encode(digest(&token)));
	Ok((token, line))
}

/// `api-token new`.
pub fn api_token(ctx: &crate::commands::Ctx, cmd: ApiTokenCmd) -> anyhow::Result<()> {
	let ApiTokenCmd::New { name, file, write } = cmd;
	let file = file.or_else(|| ctx.profile.agent.api_tokens_file.clone()).ok_or_else(|| {
		anyhow!("no tokens file: give --file or set agent.api_tokens_file in the profile")
	})?;
	let (token, line) = new_token(&name, if write { Scope::Write } else { Scope::Read })?;
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
	ctx.print(&serde_json::json!({"name": name, "token": token}), || {
		format!("token for {name} (shown once; the agent reloads the file on restart):\n{token}")
	});
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn tokens_are_checked_by_hash_and_scope() {
		let (t1, l1) = new_token("erp", Scope::Read).unwrap();
		let (t2, l2) = new_token("loan-desk", Scope::Write).unwrap();
		let tokens = Tokens::parse(&format!("# tokens\n{l1}\n{l2}\n")).unwrap();
		assert_eq!(tokens.check(&t1).map(|e| e.scope), Some(Scope::Read));
		assert_eq!(tokens.check(&t2).map(|e| e.name.as_str()), Some("loan-desk"));
		assert!(tokens.check("lsk_00").is_none());
		assert!(!l1.contains(&t1[4..]), "the file never holds the token");
		assert!(Tokens::parse("x:admin:00").is_err());
		assert!(new_token("a:b", Scope::Read).is_err());
	}
}
