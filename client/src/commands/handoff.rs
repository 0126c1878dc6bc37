//! RSA keys and the handoff from the command line: generate and register a key, list
//! owed handoffs, show one, deliver by hand; as the participant accept a delivery, prove a
//! bad one, complain about the data, open it; propose the council's ruling on a complaint.
use super::Ctx;
use crate::{
	chain::{
		calls,
		types::{Handoff, HandoffStatus, InstitutionId, PlanId},
		HandoffRules, Reader,
	},
	delivery::{self, Keyring},
	secrets,
};
use anyhow::{anyhow, bail, Context as _};
use loanshare_envelope::Verdict;
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
	let r = Reader(&at);
	let pending = r.pending_of(who).await?;
	let misdeliveries = r.misdeliveries(who).await?;
	let as_json: Vec<_> =
		pending.iter().map(|(p, i)| json!({"plan": p, "participant": i})).collect();
	ctx.print(
		&json!({"contributor": who, "pending": as_json, "misdeliveries": misdeliveries}),
		|| {
			let mut lines: Vec<String> =
				pending.iter().map(|(p, i)| format!("plan #{p} → institution {i}")).collect();
			if pending.is_empty() {
				lines.push(format!("institution {who} owes no handoff"));
			}
			if misdeliveries > 0 {
				lines.push(format!(
					"bad deliveries proven against institution {who}: {misdeliveries}"
				));
			}
			lines.join("\n")
		},
	);
	Ok(())
}

/// About `blocks` blocks of 3 s, in words.
fn blocks_in_words(blocks: u64) -> String {
	let secs = blocks.saturating_mul(3);
	match secs {
		0..=119 => format!("{secs} s"),
		120..=7199 => format!("{} min", secs / 60),
		_ => format!("{} h {} min", secs / 3600, secs / 60 % 60),
	}
}

/// A handoff, or an error naming it.
async fn handoff_of(
	r: &Reader<'_>,
	plan: PlanId,
	participant: InstitutionId,
) -> anyhow::Result<Handoff> {
	r.handoff(plan, participant)
		.await?
		.ok_or_else(|| anyhow!("there is no handoff of plan {plan} to institution {participant}"))
}

/// That the handoff is `want`, or an error saying what it is instead.
fn require(
	h: &Handoff,
	want: HandoffStatus,
	plan: PlanId,
	participant: InstitutionId,
	to: &str,
) -> anyhow::Result<()> {
	if h.status != want {
		bail!(
			"cannot {to}: the handoff of plan {plan} to institution {participant} is {}",
			h.status.describe()
		);
	}
	Ok(())
}

/// The last block of a delivered handoff's challenge window.
fn challenge_end(h: &Handoff, rules: &HandoffRules) -> Option<u64> {
	h.delivered_at.map(|b| u64::from(b) + u64::from(rules.challenge_window))
}

/// `handoff <plan> [participant]`: one handoff, its deadline or challenge window.
pub async fn show(
	ctx: &mut Ctx,
	plan: PlanId,
	participant: Option<InstitutionId>,
) -> anyhow::Result<()> {
	let participant = match participant {
		Some(p) => p,
		None => ctx.institution().await?,
	};
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let r = Reader(&at);
	let now = at.block_number();
	let h = handoff_of(&r, plan, participant).await?;
	let rules = r.handoff_rules()?;
	let deliver_by = (h.status == HandoffStatus::Pending)
		.then(|| u64::from(h.requested_at) + u64::from(rules.timeout));
	let challenge_until = challenge_end(&h, &rules);
	ctx.print(
		&json!({
			"plan": plan,
			"participant": participant,
			"handoff": h,
			"deliver_by": deliver_by,
			"challenge_until": challenge_until,
			"finalized": now,
		}),
		|| {
			let mut lines = vec![
				format!("plan #{plan} → institution {participant}: {}", h.status.describe()),
				format!(
					"  contributor {}, escrow {}, requested at #{} to key {}",
					h.contributor, h.escrow, h.requested_at, h.participant_key_id
				),
			];
			if let Some(by) = deliver_by {
				let left = if by > now {
					format!("in {} blocks, about {}", by - now, blocks_in_words(by - now))
				} else {
					"passed: anyone may refund it (loanshare refund)".into()
				};
				lines.push(format!("  to be delivered by #{by} ({left})"));
			}
			if let (Some(at_block), Some(key)) = (h.delivered_at, h.delivered_key_id) {
				lines.push(format!("  delivered at #{at_block} to key {key}"));
			}
			if let (Some(end), HandoffStatus::Delivered) = (challenge_until, h.status) {
				let left = if end >= now {
					format!("in {} blocks, about {}", end - now, blocks_in_words(end - now))
				} else {
					"passed: the fee goes to the contributor".into()
				};
				lines.push(format!("  challenge window ends at #{end} ({left})"));
			}
			lines.join("\n")
		},
	);
	Ok(())
}

/// `deliver <plan> <participant>` by hand: re-wrapped here, or `W'` from a file as it is.
pub async fn deliver(
	ctx: &mut Ctx,
	plan: PlanId,
	participant: InstitutionId,
	participant_key_id: Option<u32>,
	wrapped_key_file: Option<&Path>,
) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let call = match wrapped_key_file {
		Some(file) => {
			let bytes = std::fs::read(file)
				.with_context(|| format!("--wrapped-key-file: cannot read {}", file.display()))?;
			if bytes.is_empty() {
				bail!("--wrapped-key-file: {} is empty", file.display());
			}
			let at = chain.finalized().await?;
			delivery::delivery_as_given(&at, plan, participant, participant_key_id, bytes).await?
		},
		None => {
			let keyring = Keyring::load(&ctx.rsa_key_dir()?)?;
			let contributor = ctx.institution().await?;
			let at = chain.finalized().await?;
			let d = delivery::prepare_delivery(
				&at,
				&keyring,
				contributor,
				plan,
				participant,
				participant_key_id,
			)
			.await?;
			calls::deliver(&d)
		},
	};
	ctx.send(&call).await.map(drop)
}

/// `accept <plan>`: the participant accepts a delivery; the fee goes to the contributor.
pub async fn accept(ctx: &mut Ctx, plan: PlanId) -> anyhow::Result<()> {
	let me = ctx.institution().await?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let h = handoff_of(&Reader(&at), plan, me).await?;
	require(&h, HandoffStatus::Delivered, plan, me, "accept")?;
	ctx.send(&calls::accept(plan)).await.map(drop)
}

/// `dispute <plan>`: proves a bad delivery. The delivered key is raw-decrypted with the
/// institution's private key and judged as the chain would judge it; a good delivery is
/// refused here, since its proof would reveal the data key.
pub async fn dispute(ctx: &mut Ctx, plan: PlanId) -> anyhow::Result<()> {
	let keyring = Keyring::load(&ctx.rsa_key_dir()?)?;
	let me = ctx.institution().await?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let r = Reader(&at);
	let h = handoff_of(&r, plan, me).await?;
	require(&h, HandoffStatus::Delivered, plan, me, "dispute")?;
	if let Some(end) = challenge_end(&h, &r.handoff_rules()?) {
		if at.block_number() > end {
			bail!("cannot dispute: the challenge window of plan {plan} ended at block #{end}");
		}
	}
	let judged = delivery::judge_delivered(&at, &chain.genesis(), &keyring, plan, me).await?;
	let fault = match judged.verdict {
		Verdict::Good => bail!(
			"the key delivered for plan {plan} opens its data and matches its commitment: the \
			 delivery is good. Nothing was sent (the proof would put the plan's data key on \
			 chain). If the data itself is wrong, complain to the council: loanshare complain \
			 {plan} --reason TEXT"
		),
		Verdict::Fault(f) => f,
	};
	if !ctx.global.json {
		println!("the key delivered for plan {plan} is bad ({fault:?}): sending the proof");
	}
	let outcome = ctx.send(&calls::prove_bad_delivery(plan, &judged.em)).await?;
	if !ctx.global.json {
		match outcome.events.iter().find(|e| e.variant == "BadDeliveryProven") {
			Some(e) => println!(
				"bad delivery proven: the fee goes back to institution {me}, the share to the plan \
				 (contributor's misdeliveries: {})",
				e.u64_field("misdeliveries").map_or_else(|| "?".into(), |n| n.to_string())
			),
			None => println!("no BadDeliveryProven event in the transaction's block"),
		}
	}
	Ok(())
}

/// `complain <plan> --reason`: the participant disputes the data; the council rules.
pub async fn complain(ctx: &mut Ctx, plan: PlanId, reason: &str) -> anyhow::Result<()> {
	let reason = reason.trim();
	if reason.is_empty() {
		bail!("--reason: say what is wrong with the data");
	}
	let me = ctx.institution().await?;
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let r = Reader(&at);
	let max = r.handoff_rules()?.max_reason_len as usize;
	if reason.len() > max {
		bail!("--reason: {} bytes, at most {max} allowed", reason.len());
	}
	let h = handoff_of(&r, plan, me).await?;
	require(&h, HandoffStatus::Delivered, plan, me, "complain")?;
	ctx.send(&calls::complain(plan, reason)).await.map(drop)
}

/// `rule <plan> <participant> --refund|--release`: a council motion settling a complaint.
pub async fn rule(
	ctx: &mut Ctx,
	plan: PlanId,
	participant: InstitutionId,
	refund: bool,
	threshold: Option<u32>,
) -> anyhow::Result<()> {
	let chain = ctx.chain().await?;
	let at = chain.finalized().await?;
	let h = handoff_of(&Reader(&at), plan, participant).await?;
	require(&h, HandoffStatus::Complained, plan, participant, "rule on it")?;
	super::governance::propose(ctx, &calls::rule(plan, participant, refund), threshold).await
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
