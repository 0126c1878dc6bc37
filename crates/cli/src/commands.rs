//! The commands of `loanshare`, one function each (argument parsing is in `main.rs`).
use crate::{
	chain::{to_hex, Client},
	events::describe,
	import::read_public_key,
	money::{format_bp, format_fen},
	submit::{send, Outcome},
	table,
	tx::Signer,
};
use anyhow::{anyhow, bail, Context as _};
use frame_support::BoundedVec;
use loanshare_envelope::BorrowerData;
use loanshare_primitives::{Fen, InstitutionId, PlanId, TokenBalance};
use loanshare_runtime::{Plan, RuntimeCall};
use pallet_key_exchange::HandoffStatus;
use serde_json::json;
use std::{fs, io::Write, path::Path, thread::sleep, time::Duration};

/// Prints where a transaction landed and the business events it emitted.
pub fn print_outcome(outcome: &Outcome) {
	println!("included in block #{} (extrinsic {})", outcome.block_number, outcome.index);
	for e in outcome.events.iter().map(describe).filter(|l| l.is_business()) {
		println!("  {}", e.text());
	}
}

/// `keygen`: a new RSA key pair in `dir` (`private.pem` mode 600, `public.der`, `public.pem`).
pub fn keygen(dir: &Path, bits: usize, force: bool) -> anyhow::Result<()> {
	fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
	let private_path = dir.join("private.pem");
	if private_path.exists() && !force {
		bail!(
			"{} exists; pass --force to replace it (the old key is lost)",
			private_path.display()
		);
	}
	let (private, der) = loanshare_envelope::generate_keypair(bits)
		.map_err(|e| anyhow!("key generation failed: {e}"))?;
	let pem = zeroize::Zeroizing::new(
		loanshare_envelope::private_key_to_pem(&private).map_err(|e| anyhow!("{e}"))?,
	);
	write_secret(&private_path, pem.as_bytes())?;
	fs::write(dir.join("public.der"), &der)?;
	let public_pem = loanshare_envelope::public_key_to_pem(&der).map_err(|e| anyhow!("{e}"))?;
	fs::write(dir.join("public.pem"), public_pem)?;
	println!("RSA-{bits} key pair written to {}:", dir.display());
	println!("  private.pem  PKCS#8, mode 600: keep it secret (node: --rsa-key-file; client: open / deliver --key)");
	println!(
		"  public.der   SubjectPublicKeyInfo DER: `loanshare register-key --public {}`",
		dir.join("public.der").display()
	);
	println!("  public.pem   the same key in PEM");
	Ok(())
}

#[cfg(unix)]
fn write_secret(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
	use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
	let mut f = fs::OpenOptions::new()
		.write(true)
		.create(true)
		.truncate(true)
		.mode(0o600)
		.open(path)
		.with_context(|| format!("cannot write {}", path.display()))?;
	// An existing file keeps its mode on open: set it explicitly.
	f.set_permissions(fs::Permissions::from_mode(0o600))?;
	f.write_all(bytes)?;
	Ok(())
}

#[cfg(not(unix))]
fn write_secret(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
	fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}

fn read_private_key(path: &Path) -> anyhow::Result<loanshare_envelope::RsaPrivateKey> {
	let bytes = zeroize::Zeroizing::new(
		fs::read(path).with_context(|| format!("cannot read {}", path.display()))?,
	);
	loanshare_envelope::parse_private_key(&bytes).map_err(|e| anyhow!("{}: {e}", path.display()))
}

/// `register-key`: register (or rotate to) the RSA public key in `path`.
pub fn register_key(client: &Client, signer: &Signer, path: &Path) -> anyhow::Result<()> {
	let der = read_public_key(path)?;
	let bits = loanshare_envelope::public_key_bits(&der)
		.map_err(|e| anyhow!("{}: {e}", path.display()))?;
	let spki_der =
		BoundedVec::try_from(der).map_err(|_| anyhow!("the key is too long for the runtime"))?;
	println!("registering a {bits}-bit RSA key as {}", signer.ss58());
	let call = RuntimeCall::KeyExchange(pallet_key_exchange::Call::register_key { spki_der });
	print_outcome(&send(client, signer, call)?);
	Ok(())
}

/// Which plans `plans` lists.
pub struct PlanQuery {
	/// Only open plans.
	pub open: bool,
	/// Only this contributor's plans.
	pub contributor: Option<InstitutionId>,
	/// First plan id.
	pub start: PlanId,
	/// Most plans listed.
	pub limit: usize,
}

/// Fetches the plans of a query, page by page.
pub fn fetch_plans(client: &Client, q: &PlanQuery) -> anyhow::Result<Vec<Plan>> {
	let mut out = Vec::new();
	let mut start = q.start;
	while out.len() < q.limit {
		let page = match q.contributor {
			Some(c) => client.plans_by_contributor(c, start, crate::chain::MAX_PAGE)?,
			None => client.open_plans(start, crate::chain::MAX_PAGE)?,
		};
		let full = page.len() == crate::chain::MAX_PAGE as usize;
		let Some(last) = page.last() else { break };
		start = last.id.saturating_add(1);
		out.extend(
			page.into_iter().filter(|p| !q.open || p.status == pallet_loan_share::PlanStatus::Open),
		);
		if !full {
			break;
		}
	}
	out.truncate(q.limit);
	Ok(out)
}

/// A plan as JSON for people and scripts: the runtime's record with the byte fields
/// readable (`external_ref` and `links` as text, the envelope's bytes as hex).
pub fn plan_json(plan: &Plan) -> anyhow::Result<serde_json::Value> {
	let mut v = serde_json::to_value(plan)?;
	// One flat object: what the contributor published next to what the chain tracks.
	if let Some(serde_json::Value::Object(input)) =
		v.as_object_mut().and_then(|o| o.remove("input"))
	{
		if let Some(o) = v.as_object_mut() {
			o.extend(input);
		}
	}
	let text = |b: &[u8]| serde_json::Value::from(String::from_utf8_lossy(b).into_owned());
	v["external_ref"] = text(&plan.external_ref);
	v["links"] = plan.links.iter().map(|l| text(l)).collect();
	let e = &plan.envelope;
	v["envelope"]["ciphertext"] = json!(to_hex(&e.ciphertext));
	v["envelope"]["nonce"] = json!(to_hex(&e.nonce));
	v["envelope"]["commitment"] = json!(to_hex(&e.commitment));
	v["envelope"]["wrapped_key"] = json!(to_hex(&e.wrapped_key));
	Ok(v)
}

/// `plans`: a table or JSON of plans.
pub fn plans(client: &Client, q: &PlanQuery, as_json: bool) -> anyhow::Result<()> {
	let plans = fetch_plans(client, q)?;
	let mut out = std::io::stdout().lock();
	if as_json {
		let list = plans.iter().map(plan_json).collect::<anyhow::Result<Vec<_>>>()?;
		writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
	} else if plans.is_empty() {
		writeln!(out, "no plans")?;
	} else {
		write!(out, "{}", table::plans(&plans))?;
	}
	Ok(())
}

/// The fee of taking `amount` fen of a plan: `ceil(amount × token_rate / 10,000)` units.
pub fn fee(amount: Fen, token_rate: u32) -> Option<TokenBalance> {
	let product = amount.checked_mul(u128::from(token_rate))?;
	Some(product.div_ceil(pallet_loan_share::FEE_RATE_DIVISOR))
}

/// `confirm`: take a share of a plan.
pub fn confirm(
	client: &Client,
	signer: &Signer,
	plan: PlanId,
	amount: Fen,
	rate_bp: u32,
) -> anyhow::Result<()> {
	let p = client.plan(plan)?.ok_or_else(|| anyhow!("there is no plan {plan}"))?;
	let c = &p.conditions;
	println!(
		"plan {plan} ({}) of institution {}: {} RMB remaining of {}, rate {}–{}",
		String::from_utf8_lossy(&p.external_ref),
		p.contributor,
		format_fen(p.remaining()),
		format_fen(c.shared_limit),
		format_bp(c.min_rate_bp),
		format_bp(c.max_rate_bp)
	);
	if let Some(f) = fee(amount, c.token_rate) {
		println!(
			"taking {} RMB at {}: fee {} TOKEN (held in escrow until the data is delivered)",
			format_fen(amount),
			format_bp(rate_bp),
			format_fen(f)
		);
	}
	let call = RuntimeCall::LoanShare(pallet_loan_share::Call::confirm { plan, amount, rate_bp });
	print_outcome(&send(client, signer, call)?);
	Ok(())
}

/// `watch`: print the events of new blocks.
pub fn watch(
	client: &Client,
	as_json: bool,
	all: bool,
	from: Option<u64>,
	blocks: Option<u64>,
) -> anyhow::Result<()> {
	let (best, _) = client.best_block()?;
	let mut next = from.unwrap_or(best.saturating_add(1));
	let stop = blocks.map(|n| next.saturating_add(n));
	if !as_json {
		eprintln!(
			"watching from block #{next} ({}; Ctrl-C to stop)",
			if all { "all events" } else { "LoanShare, KeyExchange, Token" }
		);
	}
	let stdout = std::io::stdout();
	loop {
		let (best, _) = client.best_block()?;
		while next <= best {
			if stop == Some(next) {
				return Ok(());
			}
			let hash =
				client.block_hash(next)?.ok_or_else(|| anyhow!("block #{next} has no hash"))?;
			let mut out = stdout.lock();
			for record in client.events(hash)? {
				let l = describe(&record.event);
				if !all && !l.is_business() {
					continue;
				}
				let ext = match record.phase {
					frame_system::Phase::ApplyExtrinsic(i) => Some(i),
					_ => None,
				};
				if as_json {
					let mut v = l.json();
					v["block"] = json!(next);
					v["hash"] = json!(to_hex(hash.as_bytes()));
					v["extrinsic"] = json!(ext);
					writeln!(out, "{v}")?;
				} else {
					let at = ext.map_or_else(|| "-".to_owned(), |i| i.to_string());
					writeln!(out, "#{next} [{at}] {}", l.text())?;
				}
			}
			out.flush()?;
			next += 1;
		}
		if stop == Some(next) {
			return Ok(());
		}
		sleep(Duration::from_millis(500));
	}
}

/// `open`: decrypt a plan's borrower data delivered to `participant`.
pub fn open(
	client: &Client,
	plan: PlanId,
	key: &Path,
	participant: InstitutionId,
	as_json: bool,
) -> anyhow::Result<()> {
	let handoff = client.handoff(plan, participant)?.ok_or_else(|| {
		anyhow!("no handoff of plan {plan} to institution {participant} (did it confirm the plan?)")
	})?;
	let wrapped = match (handoff.status, handoff.delivered_key) {
		(HandoffStatus::Delivered | HandoffStatus::Disputed, Some(w)) => w,
		(HandoffStatus::Pending, _) => bail!(
			"plan {plan}'s data key has not been delivered to institution {participant} yet (requested in block #{}); \
			 the contributor's node delivers it, or the contributor runs `loanshare deliver`",
			handoff.requested_at
		),
		(HandoffStatus::Refunded, _) => bail!("the handoff was refunded: nothing was delivered"),
		(status, None) => bail!("the handoff is {status:?} but has no delivered key"),
	};
	let p = client.plan(plan)?.ok_or_else(|| anyhow!("there is no plan {plan}"))?;
	let private = read_private_key(key)?;
	let genesis = client.genesis_hash()?;
	let ctx = loanshare_envelope::Context {
		chain_id: genesis.as_bytes(),
		contributor: p.contributor,
		external_ref: &p.external_ref,
	};
	let env = &p.envelope;
	let data = loanshare_envelope::open(
		&private,
		&wrapped,
		&env.ciphertext,
		&env.nonce,
		&env.commitment,
		&ctx,
	)
	.map_err(|e| match e {
		loanshare_envelope::Error::UnwrapFailed => anyhow!(
				"cannot unwrap the data key: is {} the private key of institution {participant}'s key {}?",
				key.display(),
				handoff.delivered_key_id.unwrap_or_default()
			),
		e => anyhow!(
			"the delivered data does not open ({e}); record it with `loanshare dispute {plan}`"
		),
	})?;
	print_borrower(&p, participant, &data, as_json);
	Ok(())
}

fn print_borrower(p: &Plan, participant: InstitutionId, d: &BorrowerData, as_json: bool) {
	let external_ref = String::from_utf8_lossy(&p.external_ref);
	if as_json {
		let v = json!({
			"plan": p.id, "contributor": p.contributor, "participant": participant,
			"external_ref": external_ref,
			"name": d.name, "id_number": d.id_number, "mobile": d.mobile,
			"licence_plate": d.licence_plate, "engine_number": d.engine_number,
		});
		println!("{v}");
		return;
	}
	println!(
		"plan {} ({external_ref}) of institution {}: borrower data (commitment verified)",
		p.id, p.contributor
	);
	println!("  name:          {}", d.name);
	println!("  id_number:     {}", d.id_number);
	println!("  mobile:        {}", d.mobile);
	println!("  licence_plate: {}", d.licence_plate.as_deref().unwrap_or("-"));
	println!("  engine_number: {}", d.engine_number.as_deref().unwrap_or("-"));
}

/// `deliver`: re-wrap a plan's data key to the participant's current key and submit it.
pub fn deliver(
	client: &Client,
	signer: &Signer,
	plan: PlanId,
	participant: InstitutionId,
	key: &Path,
) -> anyhow::Result<()> {
	let handoff = client
		.handoff(plan, participant)?
		.ok_or_else(|| anyhow!("no handoff of plan {plan} to institution {participant}"))?;
	if handoff.status != HandoffStatus::Pending {
		bail!(
			"the handoff of plan {plan} to institution {participant} is {:?}, not pending",
			handoff.status
		);
	}
	let (key_id, participant_key) = client
		.current_key(participant)?
		.ok_or_else(|| anyhow!("institution {participant} has no registered key"))?;
	let private = read_private_key(key)?;
	let mut rng = loanshare_envelope::os_rng();
	let rewrapped =
		loanshare_envelope::rewrap(&mut rng, &private, &handoff.wrapped_key, &participant_key.der)
			.map_err(|e| match e {
				loanshare_envelope::Error::UnwrapFailed => anyhow!(
					"cannot unwrap the plan's data key: is {} the private key of the contributor's key {}?",
					key.display(),
					handoff.contributor_key_id
				),
				e => anyhow!("cannot re-wrap the data key: {e}"),
			})?;
	let rewrapped_key =
		BoundedVec::try_from(rewrapped).map_err(|_| anyhow!("re-wrapped key too long"))?;
	println!("delivering plan {plan}'s data key to institution {participant} (its key {key_id})");
	let call = RuntimeCall::KeyExchange(pallet_key_exchange::Call::deliver {
		plan,
		participant,
		rewrapped_key,
	});
	print_outcome(&send(client, signer, call)?);
	Ok(())
}

/// `dispute`: record that the delivered key does not open the plan's data.
pub fn dispute(client: &Client, signer: &Signer, plan: PlanId, reason: &str) -> anyhow::Result<()> {
	let participant = client
		.institution_of(&signer.account)?
		.ok_or_else(|| anyhow!("the signer acts for no institution"))?;
	let reason = BoundedVec::try_from(reason.as_bytes().to_vec())
		.map_err(|_| anyhow!("the reason is too long"))?;
	let call =
		RuntimeCall::KeyExchange(pallet_key_exchange::Call::dispute { plan, participant, reason });
	print_outcome(&send(client, signer, call)?);
	Ok(())
}

/// `recharge`: mint tokens to an institution against an RMB payment (issuer only).
pub fn recharge(
	client: &Client,
	signer: &Signer,
	to: InstitutionId,
	amount: Fen,
	payment_ref: &str,
) -> anyhow::Result<()> {
	let call = RuntimeCall::Token(pallet_token::Call::recharge {
		to,
		amount,
		payment_ref: payment_ref.as_bytes().to_vec(),
	});
	print_outcome(&send(client, signer, call)?);
	Ok(())
}

/// `transfer`: move tokens to another institution.
pub fn transfer(
	client: &Client,
	signer: &Signer,
	to: InstitutionId,
	amount: Fen,
) -> anyhow::Result<()> {
	let call = RuntimeCall::Token(pallet_token::Call::transfer { to, amount });
	print_outcome(&send(client, signer, call)?);
	Ok(())
}

/// `redeem`: ask an issuer to buy tokens back for RMB.
pub fn redeem(client: &Client, signer: &Signer, amount: Fen) -> anyhow::Result<()> {
	let call = RuntimeCall::Token(pallet_token::Call::request_redemption { amount });
	print_outcome(&send(client, signer, call)?);
	Ok(())
}

/// `balance`: an institution's token balance.
pub fn balance(client: &Client, institution: InstitutionId, as_json: bool) -> anyhow::Result<()> {
	let units = client.token_balance(institution)?;
	if as_json {
		println!(
			"{}",
			json!({ "institution": institution, "units": u64::try_from(units).ok(), "token": format_fen(units).replace(',', "") })
		);
	} else {
		println!("institution {institution}: {} TOKEN ({units} units)", format_fen(units));
	}
	Ok(())
}

/// `info`: the node, the chain, and the signer's institution and key.
pub fn info(client: &Client, signer: Option<&Signer>) -> anyhow::Result<()> {
	let version = client.runtime_version()?;
	let genesis = client.genesis_hash()?;
	let (best, _) = client.best_block()?;
	println!(
		"runtime:   {} spec_version {} (client built for {})",
		version.spec_name,
		version.spec_version,
		loanshare_runtime::VERSION.spec_version
	);
	println!("genesis:   {}", to_hex(genesis.as_bytes()));
	println!("best:      #{best}, chain time {}", crate::timefmt::format_ms(client.now()?));
	println!("rate cap:  {}", format_bp(client.rate_cap()?));
	if let Some(s) = signer {
		println!("signer:    {}", s.ss58());
		match client.institution_of(&s.account)? {
			Some(i) => {
				println!(
					"acts for:  institution {i}, balance {} TOKEN",
					format_fen(client.token_balance(i)?)
				);
				match client.current_key(i)? {
					Some((id, k)) => println!(
						"RSA key:   id {id}, {} bits, registered in block #{}",
						k.bits, k.registered_at
					),
					None => println!("RSA key:   none registered (loanshare register-key)"),
				}
			},
			None => println!("acts for:  no institution"),
		}
	}
	Ok(())
}

/// `gen-sheet`: write a sheet of fake plans.
pub fn gen_sheet(rows: usize, out: &Path, seed: u64, prefix: &str) -> anyhow::Result<()> {
	let csv = crate::gen::generate(rows, seed, prefix)?;
	fs::write(out, csv).with_context(|| format!("cannot write {}", out.display()))?;
	println!("{rows} fake plans written to {} (references {prefix}000001…)", out.display());
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn fee_follows_the_domain_formula() {
		// DOMAIN.md: 80,000 RMB at 1 TOKEN per 10,000 RMB → 800 units = 8.00 TOKEN.
		assert_eq!(fee(8_000_000, 1), Some(800));
		assert_eq!(fee(1, 1), Some(1)); // rounds up
		assert_eq!(fee(2_000_000, 3), Some(600));
		assert_eq!(fee(u128::MAX, 2), None);
	}
}
