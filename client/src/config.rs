//! The client's configuration file: named profiles, one per institution or node.
//!
//! Looked up at `$LOANSHARE_CONFIG`, else `$XDG_CONFIG_HOME/loanshare/config.toml`,
//! else `~/.config/loanshare/config.toml`; a missing file means no profiles. A
//! profile names an endpoint, the signing key file, the institution and its RSA
//! keys, and the agent's settings. Command-line options override it. The file
//! holds paths to secrets, never secrets.
use anyhow::Context as _;
use serde::Deserialize;
use std::{
	collections::BTreeMap,
	path::{Path, PathBuf},
};

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
	/// Profile used when `--profile` is not given.
	pub default_profile: Option<String>,
	/// Profiles by name.
	#[serde(default)]
	pub profiles: BTreeMap<String, Profile>,
}

/// One profile.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
	/// Node endpoint (`ws://`, `wss://`, `http://`, `https://`).
	pub endpoint: Option<String>,
	/// The signing account's key file (see `loanshare account`).
	pub key_file: Option<PathBuf>,
	/// File holding the key file's password (JSON keystores).
	pub password_file: Option<PathBuf>,
	/// Environment variable holding the key file's password.
	pub password_env: Option<String>,
	/// The institution this profile acts for.
	pub institution: Option<u32>,
	/// Directory of the institution's RSA private keys (`*.pem`, current and rotated).
	pub rsa_key_dir: Option<PathBuf>,
	/// The agent's settings.
	#[serde(default)]
	pub agent: AgentSettings,
}

/// The agent's part of a profile.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgentSettings {
	/// Mirror database URL: `sqlite://FILE?mode=rwc` (default: `loanshare-mirror.db` in the
	/// working directory) or `postgres://…`.
	pub database: Option<String>,
	/// REST/metrics listen address (default `127.0.0.1:8480`).
	pub listen: Option<String>,
	/// File of API tokens (`name:scope:sha256-hex` per line; see `loanshare api-token new`).
	pub api_tokens_file: Option<PathBuf>,
	/// Whether the agent delivers handoffs (default true).
	pub deliver: Option<bool>,
	/// Web app: minutes without a request after which a session ends (default 30).
	pub session_idle_minutes: Option<u64>,
	/// Web app: hours after sign-in at which a session ends whatever happens (default 12).
	pub session_hours: Option<u64>,
	/// Web app: mark the session cookie `Secure` (set it when a TLS proxy serves the agent;
	/// it is also set for requests that arrive with `X-Forwarded-Proto: https`).
	pub secure_cookies: Option<bool>,
}

/// Where the configuration file is looked up.
pub fn default_path() -> Option<PathBuf> {
	if let Some(p) = std::env::var_os("LOANSHARE_CONFIG") {
		return Some(PathBuf::from(p));
	}
	if let Some(x) = std::env::var_os("XDG_CONFIG_HOME") {
		return Some(Path::new(&x).join("loanshare/config.toml"));
	}
	std::env::var_os("HOME").map(|h| Path::new(&h).join(".config/loanshare/config.toml"))
}

impl ConfigFile {
	/// Reads a configuration file: `path` if given (it must exist), else the default
	/// location, where a missing file is an empty configuration.
	pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
		let explicit = path.is_some();
		let Some(path) = path.map(Path::to_path_buf).or_else(default_path) else {
			return Ok(Self::default());
		};
		match std::fs::read_to_string(&path) {
			Ok(text) => {
				Self::parse(&text).with_context(|| format!("configuration file {}", path.display()))
			},
			Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => Ok(Self::default()),
			Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
		}
	}

	/// Parses the file's text.
	pub fn parse(text: &str) -> anyhow::Result<Self> {
		Ok(toml::from_str(text)?)
	}

	/// The profile `name`, or the default one; an unknown name is an error naming the known ones.
	pub fn profile(&self, name: Option<&str>) -> anyhow::Result<Profile> {
		let Some(name) = name.or(self.default_profile.as_deref()) else {
			return Ok(Profile::default());
		};
		self.profiles.get(name).cloned().ok_or_else(|| {
			let known: Vec<_> = self.profiles.keys().map(String::as_str).collect();
			anyhow::anyhow!(
				"no profile {name:?} in the configuration (profiles: {})",
				known.join(", ")
			)
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn profiles_parse_and_unknown_keys_are_refused() {
		let c = ConfigFile::parse(
			r#"
default_profile = "bank-a"
[profiles.bank-a]
endpoint = "wss://node.bank-a.example:443"
key_file = "/etc/loanshare/bank-a.key"
institution = 2
[profiles.bank-a.agent]
database = "postgres://mirror@localhost/loanshare"
session_idle_minutes = 15
secure_cookies = true
"#,
		)
		.unwrap();
		let p = c.profile(None).unwrap();
		assert_eq!(p.institution, Some(2));
		assert_eq!(p.agent.database.as_deref(), Some("postgres://mirror@localhost/loanshare"));
		assert_eq!((p.agent.session_idle_minutes, p.agent.secure_cookies), (Some(15), Some(true)));
		let e = c.profile(Some("bank-b")).unwrap_err().to_string();
		assert!(e.contains("bank-b") && e.contains("bank-a"), "{e}");
		assert!(ConfigFile::parse("[profiles.x]\nsecret = \"//Alice\"\n").is_err());
	}
}
