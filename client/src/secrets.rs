//! The signing key: read from a key file or, for scripts, `LOANSHARE_SURI`; never
//! from the command line.
//!
//! A key file holds either a secret (a `0x` hex seed, a mnemonic or a secret URI)
//! or a Polkadot-JS JSON keystore whose password comes from a file, an environment
//! variable or an interactive prompt. Key files must be readable by their owner
//! only, as with SSH keys. RSA private keys (the envelope) are read here too.
use anyhow::{anyhow, bail, Context as _};
use std::{path::Path, str::FromStr};
use subxt_signer::{sr25519::Keypair, SecretUri};
use zeroize::Zeroizing;

/// The environment variable scripts may use for the signing secret.
pub const SURI_ENV: &str = "LOANSHARE_SURI";
/// The environment variable read for a keystore password when no other source is set.
pub const PASSWORD_ENV: &str = "LOANSHARE_KEY_PASSWORD";

/// Where a keystore password comes from.
#[derive(Clone, Debug, Default)]
pub struct PasswordSource {
	/// A file holding it.
	pub file: Option<std::path::PathBuf>,
	/// An environment variable holding it.
	pub env: Option<String>,
}

impl PasswordSource {
	fn read(&self, key_file: &Path) -> anyhow::Result<Zeroizing<String>> {
		if let Some(f) = &self.file {
			check_private(f)?;
			let text = Zeroizing::new(
				std::fs::read_to_string(f)
					.with_context(|| format!("cannot read the password file {}", f.display()))?,
			);
			return Ok(Zeroizing::new(text.trim_end_matches(['\r', '\n']).to_owned()));
		}
		let var = self.env.as_deref().unwrap_or(PASSWORD_ENV);
		if let Ok(p) = std::env::var(var) {
			return Ok(Zeroizing::new(p));
		}
		rpassword::prompt_password(format!("Password for {}: ", key_file.display()))
			.map(Zeroizing::new)
			.map_err(|e| {
				anyhow!(
					"no password for {} (set a password file, ${var}, or run in a terminal): {e}",
					key_file.display()
				)
			})
	}
}

/// Refuses a secret file that its group or others can read.
pub fn check_private(path: &Path) -> anyhow::Result<()> {
	#[cfg(unix)]
	{
		use std::os::unix::fs::PermissionsExt;
		let meta =
			std::fs::metadata(path).with_context(|| format!("cannot read {}", path.display()))?;
		let mode = meta.permissions().mode() & 0o777;
		if mode & 0o077 != 0 {
			bail!(
				"{} is readable by others (mode {mode:o}); restrict it with `chmod 600 {}`",
				path.display(),
				path.display()
			);
		}
	}
	Ok(())
}

/// Reads a signing key file.
pub fn read_key_file(path: &Path, password: &PasswordSource) -> anyhow::Result<Keypair> {
	check_private(path)?;
	let text = Zeroizing::new(
		std::fs::read_to_string(path)
			.with_context(|| format!("cannot read the key file {}", path.display()))?,
	);
	let trimmed = text.trim();
	if trimmed.starts_with('{') {
		let pw = password.read(path)?;
		return subxt_signer::polkadot_js_compat::decrypt_json(trimmed, &pw)
			.map_err(|e| anyhow!("cannot open the keystore {}: {e}", path.display()));
	}
	keypair_from_secret(trimmed).with_context(|| format!("key file {}", path.display()))
}

/// A keypair from a secret: a `0x` hex seed, a mnemonic or a secret URI (`//Alice`).
pub fn keypair_from_secret(secret: &str) -> anyhow::Result<Keypair> {
	let secret = secret.trim();
	if let Some(hex_seed) = secret.strip_prefix("0x") {
		if hex_seed.len() == 64 && !secret.contains('/') {
			let mut seed = Zeroizing::new([0u8; 32]);
			hex::decode_to_slice(hex_seed, seed.as_mut())
				.map_err(|_| anyhow!("the seed is not hex"))?;
			return Keypair::from_secret_key(*seed).map_err(|e| anyhow!("bad seed: {e}"));
		}
	}
	let uri = SecretUri::from_str(secret)
		.map_err(|e| anyhow!("not a secret URI, mnemonic or seed: {e}"))?;
	Keypair::from_uri(&uri).map_err(|e| anyhow!("bad secret: {e}"))
}

/// The signer: the key file if one is given, else `LOANSHARE_SURI`.
pub fn signer(key_file: Option<&Path>, password: &PasswordSource) -> anyhow::Result<Keypair> {
	if let Some(f) = key_file {
		return read_key_file(f, password);
	}
	if let Ok(s) = std::env::var(SURI_ENV) {
		return keypair_from_secret(&Zeroizing::new(s)).with_context(|| format!("${SURI_ENV}"));
	}
	bail!("no signing key: give --key-file, set key_file in the profile, or set ${SURI_ENV} for scripts")
}

/// Writes a fresh sr25519 seed to `path` (mode 600) and returns its keypair.
pub fn new_key_file(path: &Path) -> anyhow::Result<Keypair> {
	use loanshare_envelope::rand_core::Rng;
	if path.exists() {
		bail!("{} exists; refusing to overwrite a key", path.display());
	}
	let mut seed = Zeroizing::new([0u8; 32]);
	loanshare_envelope::os_rng().fill_bytes(seed.as_mut());
	let pair = Keypair::from_secret_key(*seed).map_err(|e| anyhow!("{e}"))?;
	let text = Zeroizing::new(format!("0x{}\n", hex::encode(seed.as_ref())));
	write_private(path, text.as_bytes())?;
	Ok(pair)
}

/// Creates a file readable by its owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
	use std::io::Write;
	let mut opts = std::fs::OpenOptions::new();
	opts.write(true).create_new(true);
	#[cfg(unix)]
	{
		use std::os::unix::fs::OpenOptionsExt;
		opts.mode(0o600);
	}
	let mut f = opts.open(path).with_context(|| format!("cannot create {}", path.display()))?;
	f.write_all(bytes)?;
	Ok(())
}

/// An RSA private key (PEM or DER) from a file readable by its owner only.
pub fn read_rsa_key(path: &Path) -> anyhow::Result<loanshare_envelope::RsaPrivateKey> {
	check_private(path)?;
	let bytes = Zeroizing::new(
		std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
	);
	loanshare_envelope::parse_private_key(&bytes)
		.map_err(|e| anyhow!("{} is not an RSA private key: {e:?}", path.display()))
}

/// Every RSA private key (`*.pem`, not `*.pub.pem`) in a directory, with its public key's DER.
pub fn read_rsa_dir(
	dir: &Path,
) -> anyhow::Result<Vec<(std::path::PathBuf, loanshare_envelope::RsaPrivateKey, Vec<u8>)>> {
	let mut out = Vec::new();
	let entries =
		std::fs::read_dir(dir).with_context(|| format!("cannot list {}", dir.display()))?;
	for entry in entries {
		let path = entry?.path();
		let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
		let is_private = name.ends_with(".pem") && !name.ends_with(".pub.pem");
		if is_private {
			let key = read_rsa_key(&path)?;
			let der = loanshare_envelope::public_key_der(&key).map_err(|e| anyhow!("{e:?}"))?;
			out.push((path, key, der));
		}
	}
	out.sort_by(|a, b| a.0.cmp(&b.0));
	Ok(out)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn secrets_in_every_form_give_the_same_account() {
		let alice = keypair_from_secret("//Alice").unwrap();
		let dev = subxt_signer::sr25519::dev::alice();
		assert_eq!(alice.public_key().0, dev.public_key().0);
		let seed = "0x".to_owned() + &"11".repeat(32);
		let a = keypair_from_secret(&seed).unwrap();
		let b = Keypair::from_secret_key([0x11; 32]).unwrap();
		assert_eq!(a.public_key().0, b.public_key().0);
		assert!(keypair_from_secret("not a key at all !!").is_err());
	}

	#[test]
	fn key_files_must_be_private() {
		let dir = tempfile::tempdir().unwrap();
		let path = dir.path().join("signer.key");
		let pair = new_key_file(&path).unwrap();
		let back = read_key_file(&path, &PasswordSource::default()).unwrap();
		assert_eq!(pair.public_key().0, back.public_key().0);
		assert!(new_key_file(&path).is_err(), "never overwrites a key");
		#[cfg(unix)]
		{
			use std::os::unix::fs::PermissionsExt;
			std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
			let e = read_key_file(&path, &PasswordSource::default()).unwrap_err().to_string();
			assert!(e.contains("readable by others"), "{e}");
		}
	}
}
