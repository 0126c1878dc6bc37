//! RSA keys and the handoff from the command line: generate and register a key,
//! list owed handoffs, deliver one by hand, dispute, open delivered borrower data.
use super::Ctx;
use crate::{
	chain::{calls, types::PlanId, Reader},
	delivery::{self, Keyring},
	secrets,
};
use anyhow::{anyhow, Context as _};
use serde_json::json;
use std::path::Path;

/// `keygen`: writes `<name>.pem` (mode 600), `<name>.pub.der` and `<name>.pub.pem`.
pub fn keygen(ctx: &Ctx, out: &Path, bits: usize, name: &str) -> anyhow::Result<()> {
	std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
	let private_path = out.join(format!("{name}.pem"));
	if !(loanshare_envelope::MIN_RSA_BITS..=loanshare_envelope::MAX_RSA_BITS).contains(&bits) {
		anyhow::bail!(
			"--bits {bits}: RSA keys must have {} to {} bits",
			loanshare_envelope::MIN_RSA_BITS,
			loanshare_envelope::MAX_RSA_BITS
		);
	}
	let (private, der) =
		loanshare_envelope::generate_keypair(bits).map_err(|e| anyhow!("{e:?}"))?;
	let pem = zeroize::Zeroizing::new(
		loanshare_envelope::private_key_to_pem(&private).map_err(|e| anyhow!("{e:?}"))?,
	);
	secrets::write_private(&private_path, pem.as_bytes())?;
	let der_path = out.join(format!("{name}.pub.der"));
	std::fs::write(&der_path, &der)?;
	let pub_pem = loanshare_envelope::public_key_to_pem(&der).map_err(|e| anyhow!("{e:?}"))?;
	std::fs::write(out.join(format!("{name}.pub.pem")), pub_pem)?;
	ctx.print(&json!({"private": private_path, "public_der": der_path, "bits": bits}), || {
		format!(
			"wrote {} (mode 600) and {}\nregister it with `loanshare register-key {}`",
			private_path.display(),
			der_path.display(),
			der_path.display()
		)
	});
	Ok(())
}

/// Reads a public key file: DER SubjectPublicKeyInfo, or PEM `PUBLIC KEY`.
pub fn read_public_key(path: &Path) -> anyhow::Result<Vec<u8>> {
	let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
	let der = match std::str::from_utf8(&bytes) {
		Ok(text) if text.trim_start().starts_with("-----BEGIN") => {
			loanshare_envelope::public_key_der_from_pem(text)
				.map_err(|e| anyhow!("{}: {e:?}", path.display()))?
		},
		_ => bytes,
	};
	loanshare_envelope::public_key_bits(&der)
		.map_err(|e| anyhow!("{} is not a usable RSA public key: {e:?}", path.display()))?;
	Ok(der)
}

/// `register-key`.
pub async fn register_key(ctx: &mut Ctx, public_key: &Path) -> anyhow::Result<()> {
	let der = read_public_key(public_key)?;
	ctx.send(&calls::register_key(&der)).await.map(drop)
}

/// `handoffs`: what the institution owes as contributor.
pub async fn handoffs(ctx: &mut Ctx) -> anyhow::Result<()> {
	let who = ctx.institution().await?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let pending = Reader(&at).pending_of(who).await?;
	let as_json: Vec<_> =
		pending.iter().map(|(p, i)| json!({"plan": p, "participant": i})).collect();
	ctx.print(&json!({"contributor": who, "pending": as_json}), || {
		if pending.is_empty() {
			return format!("institution {who} owes no handoff");
		}
		pending
			.iter()
			.map(|(p, i)| format!("plan #{p} → institution {i}"))
			.collect::<Vec<_>>()
			.join("\n")
	});
	Ok(())
}

/// `deliver <plan> <participant>` by hand.
pub async fn deliver(ctx: &mut Ctx, plan: PlanId, participant: u32) -> anyhow::Result<()> {
	let keyring = Keyring::load(&ctx.rsa_key_dir()?)?;
	let contributor = ctx.institution().await?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let call = delivery::prepare_delivery(&at, &keyring, contributor, plan, participant).await?;
	ctx.send(&call).await.map(drop)
}

/// `dispute <plan> --reason`.
pub async fn dispute(ctx: &mut Ctx, plan: PlanId, reason: &str) -> anyhow::Result<()> {
	let participant = ctx.institution().await?;
	ctx.send(&calls::dispute(plan, participant, reason)).await.map(drop)
}

/// `open <plan>`: decrypts the borrower data delivered to the institution.
pub async fn open(ctx: &mut Ctx, plan: PlanId) -> anyhow::Result<()> {
	let keyring = Keyring::load(&ctx.rsa_key_dir()?)?;
	let participant = ctx.institution().await?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let data = delivery::open_plan(&at, &chain.genesis(), &keyring, plan, participant).await?;
	ctx.print(
		&json!({
			"plan": plan,
			"name": data.name,
			"id_number": data.id_number,
			"mobile": data.mobile,
			"licence_plate": data.licence_plate,
			"engine_number": data.engine_number,
		}),
		|| {
			let mut s = format!(
				"plan {plan}: {} · ID {} · mobile {}",
				data.name, data.id_number, data.mobile
			);
			if let Some(p) = &data.licence_plate {
				s.push_str(&format!(" · plate {p}"));
			}
			if let Some(e) = &data.engine_number {
				s.push_str(&format!(" · engine {e}"));
			}
			s
		},
	);
	Ok(())
}
