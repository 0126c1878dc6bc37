//! Delivery rounds: after each mirrored head the agent reads the handoffs its institution
//! owes at the finalised block (`KeyExchange.PendingHandoffs`), re-wraps each plan's data
//! key to the participants' current keys and submits `KeyExchange.deliver_batch`
//! transactions as the batches fill, with consecutive nonces, several in flight.
//!
//! Throughput, for bursts of thousands of confirmations:
//! * the handoff records and the keys are read concurrently, each key once per round;
//! * handoffs of one plan share its wrapped data key: it is unwrapped once (the costly RSA
//!   decryption) and wrapped to each participant, on the blocking thread pool, as many plans
//!   at once as there are cores;
//! * a batch of `MaxDeliveryBatch` deliveries is submitted as soon as it is ready, and its
//!   inclusion is followed by a task of its own while the round goes on.
//!
//! A handoff is in flight from its submission until it leaves the finalised pending list,
//! so it is never sent twice. It leaves the in-flight set early, to be tried again in a
//! later round, when its transaction fails or the chain rejects the item
//! (`KeyExchange.DeliveryRejected`, logged with its error).
use super::Agent;
use crate::{
	chain::{
		calls::{self, Delivery},
		events::EventView,
		submit::{self, Wait},
		types::{Handoff, InstitutionId, PlanId},
		At, Reader,
	},
	delivery::{rewrap_group, Keyring, Recipient},
};
use futures::{StreamExt, TryStreamExt};
use loanshare_envelope::{RsaPrivateKey, RsaPublicKey};
use std::{
	collections::{HashMap, HashSet},
	sync::{Arc, Mutex},
};

/// Most handoffs taken into one round (the next round, a block later, takes the rest).
pub const MAX_PER_ROUND: usize = 5_000;
/// Chain reads in flight at once while preparing a round.
pub const READS_IN_FLIGHT: usize = 32;

/// A handoff: plan and participant.
type Key = (PlanId, InstitutionId);

/// Blocks after which a handoff still pending is taken out of the in-flight set even if
/// its transaction was seen in a block: the transaction has expired by then (it is mortal)
/// or its block was retracted, and the handoff must be delivered again.
pub const STALE_AFTER_BLOCKS: u64 = submit::MORTALITY_BLOCKS + 8;

/// The handoffs submitted and not yet off the finalised pending list, with the finalised
/// block they were submitted at.
#[derive(Default)]
pub struct InFlight(Mutex<HashMap<Key, u64>>);

impl InFlight {
	fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Key, u64>> {
		// A panic while holding the lock leaves a map that is still consistent.
		self.0.lock().unwrap_or_else(|p| p.into_inner())
	}

	/// Keeps what is still pending and not stale at finalised block `now`; returns the
	/// pending handoffs not in flight, at most `limit`.
	fn refresh(&self, pending: &[Key], now: u64, limit: usize) -> Vec<Key> {
		let mut map = self.lock();
		let still: HashSet<Key> = pending.iter().copied().collect();
		map.retain(|h, at| still.contains(h) && now <= at.saturating_add(STALE_AFTER_BLOCKS));
		pending.iter().filter(|h| !map.contains_key(h)).take(limit).copied().collect()
	}

	fn add(&self, keys: impl IntoIterator<Item = Key>, now: u64) {
		self.lock().extend(keys.into_iter().map(|k| (k, now)));
	}

	fn remove(&self, keys: impl IntoIterator<Item = Key>) {
		let mut map = self.lock();
		for k in keys {
			map.remove(&k);
		}
	}

	fn len(&self) -> usize {
		self.lock().len()
	}
}

/// Runs delivery rounds as blocks are mirrored, until the agent stops.
pub async fn run(agent: Arc<Agent>) {
	let in_flight = Arc::new(InFlight::default());
	loop {
		agent.new_block.notified().await;
		if let Err(e) = round(&agent, &in_flight).await {
			log::warn!("delivery round failed: {e:#}");
			agent.metrics.delivery_failures.with_label_values(&["round"]).inc();
		}
	}
}

/// Cores to re-wrap on at once.
fn crypto_jobs() -> usize {
	std::thread::available_parallelism().map_or(2, |n| n.get())
}

async fn round(agent: &Arc<Agent>, in_flight: &Arc<InFlight>) -> anyhow::Result<()> {
	let Some(contributor) = agent.institution else { return Ok(()) };
	let chain = agent.chain().await?;
	let at = chain.finalized().await?;
	let head = at.block_number() as i64;
	agent.metrics.finalized_height.set(agent.metrics.finalized_height.get().max(head));
	agent.metrics.mirror_lag.set((head - agent.metrics.mirrored_height.get()).max(0));
	let r = Reader(&at);
	let pending = r.pending_of(contributor).await?;
	agent.metrics.pending_handoffs.set(pending.len() as i64);
	let todo = in_flight.refresh(&pending, at.block_number(), MAX_PER_ROUND);
	agent.metrics.deliveries_in_flight.set(in_flight.len() as i64);
	let (true, Some(keyring)) = (agent.delivers, agent.keyring.as_ref()) else { return Ok(()) };
	if todo.is_empty() {
		return Ok(());
	}
	let batch_size = r.constant::<u32>("KeyExchange", "MaxDeliveryBatch")?.max(1) as usize;
	let started = std::time::Instant::now();
	let groups = read_groups(agent, &r, keyring, contributor, &todo).await?;
	let count: usize = groups.iter().map(|g| g.recipients.len()).sum();
	log::info!(
		"delivering {count} handoffs of {} plans ({} more pending or in flight)",
		groups.len(),
		pending.len() - todo.len()
	);
	let mut jobs = futures::stream::iter(groups)
		.map(|g| {
			tokio::task::spawn_blocking(move || {
				let out = rewrap_group(&g.private, &g.wrapped, g.recipients);
				(g.contributor_key_id, out)
			})
		})
		.buffer_unordered(crypto_jobs());
	let mut ready: Vec<Delivery> = Vec::new();
	let mut submitted = 0;
	while let Some(job) = jobs.next().await {
		let (key_id, out) = job?;
		for (recipient, result) in out {
			match result {
				Ok(d) => ready.push(d),
				Err(e) => {
					agent.metrics.delivery_failures.with_label_values(&["crypto"]).inc();
					log::warn!(
						"cannot deliver plan {} to institution {} (contributor key {key_id}): {e}",
						recipient.plan,
						recipient.participant
					);
				},
			}
		}
		while ready.len() >= batch_size {
			let batch: Vec<Delivery> = ready.drain(..batch_size).collect();
			submitted += batch.len();
			submit_batch(agent, in_flight, &at, batch).await;
		}
	}
	if !ready.is_empty() {
		submitted += ready.len();
		submit_batch(agent, in_flight, &at, ready).await;
	}
	log::info!("{submitted} deliveries prepared and submitted in {:.2?}", started.elapsed());
	Ok(())
}

/// The handoffs of one wrapped data key: unwrapped once, wrapped to each recipient.
struct Group {
	contributor_key_id: u32,
	private: Arc<RsaPrivateKey>,
	wrapped: Vec<u8>,
	recipients: Vec<Recipient>,
}

/// Reads the handoffs and the keys they need, concurrently, and groups the handoffs by
/// their wrapped data key. A handoff that cannot be delivered (no private key, no
/// participant key) is logged and counted, and tried again in a later round.
async fn read_groups(
	agent: &Agent,
	r: &Reader<'_>,
	keyring: &Keyring,
	contributor: InstitutionId,
	todo: &[Key],
) -> anyhow::Result<Vec<Group>> {
	let handoffs: Vec<(Key, Option<Handoff>)> = futures::stream::iter(todo.iter().copied())
		.map(|(plan, participant)| async move {
			let h = r.handoff(plan, participant).await?;
			anyhow::Ok(((plan, participant), h))
		})
		.buffer_unordered(READS_IN_FLIGHT)
		.try_collect()
		.await?;
	// Each key once: the contributor's by id, each participant's current one.
	let own_ids: HashSet<u32> =
		handoffs.iter().filter_map(|(_, h)| h.as_ref()).map(|h| h.contributor_key_id).collect();
	let own: HashMap<u32, Option<Vec<u8>>> = futures::stream::iter(own_ids)
		.map(|id| async move { anyhow::Ok((id, r.key(contributor, id).await?)) })
		.buffer_unordered(READS_IN_FLIGHT)
		.try_collect()
		.await?;
	let participants: HashSet<InstitutionId> = handoffs.iter().map(|((_, p), _)| *p).collect();
	let theirs: HashMap<InstitutionId, Option<(u32, Vec<u8>)>> =
		futures::stream::iter(participants)
			.map(|p| async move { anyhow::Ok((p, r.current_key(p).await?)) })
			.buffer_unordered(READS_IN_FLIGHT)
			.try_collect()
			.await?;
	let mut parsed: HashMap<InstitutionId, Result<(u32, Arc<RsaPublicKey>), String>> =
		HashMap::new();
	for (p, key) in theirs {
		let value = match key {
			None => Err(format!("institution {p} has no registered RSA key")),
			Some((id, der)) => loanshare_envelope::parse_public_key(&der)
				.map(|k| (id, Arc::new(k)))
				.map_err(|e| format!("institution {p}'s key {id} is not usable: {e}")),
		};
		parsed.insert(p, value);
	}

	let fail = |reason: &str, (plan, participant): Key, why: &str| {
		agent.metrics.delivery_failures.with_label_values(&[reason]).inc();
		log::warn!("cannot deliver plan {plan} to institution {participant}: {why}");
	};
	let mut groups: HashMap<(u32, Vec<u8>), Group> = HashMap::new();
	for (key, h) in handoffs {
		let Some(h) = h else {
			fail("chain", key, "the handoff is gone (settled meanwhile?)");
			continue;
		};
		let private = match own.get(&h.contributor_key_id).and_then(Option::as_ref) {
			None => {
				let why = format!(
					"institution {contributor} has no registered key {}",
					h.contributor_key_id
				);
				fail("missing_key", key, &why);
				continue;
			},
			Some(der) => match keyring.shared_for_public(der) {
				Some(k) => k.clone(),
				None => {
					let why = format!(
						"the private key of institution {contributor}'s key {} (the plan is sealed \
						 to it) is not in the RSA key directory: keep rotated keys there",
						h.contributor_key_id
					);
					fail("missing_key", key, &why);
					continue;
				},
			},
		};
		let (key_id, public) = match parsed.get(&key.1) {
			Some(Ok((id, k))) => (*id, k.clone()),
			Some(Err(why)) => {
				fail("no_participant_key", key, why);
				continue;
			},
			None => {
				fail("no_participant_key", key, "its key was not read");
				continue;
			},
		};
		let recipient = Recipient { plan: key.0, participant: key.1, key_id, key: public };
		groups
			.entry((h.contributor_key_id, h.wrapped_key.clone()))
			.or_insert_with(|| Group {
				contributor_key_id: h.contributor_key_id,
				private,
				wrapped: h.wrapped_key,
				recipients: Vec::new(),
			})
			.recipients
			.push(recipient);
	}
	let mut groups: Vec<Group> = groups.into_values().collect();
	// Oldest plans first, as the chain lists them.
	groups.sort_by_key(|g| g.recipients.iter().map(|r| (r.plan, r.participant)).min());
	Ok(groups)
}

/// Submits one `deliver_batch` and follows it in a task of its own; the deliveries are in
/// flight from now on.
async fn submit_batch(
	agent: &Arc<Agent>,
	in_flight: &Arc<InFlight>,
	at: &At,
	batch: Vec<Delivery>,
) {
	let keys: Vec<Key> = batch.iter().map(|d| (d.plan, d.participant)).collect();
	in_flight.add(keys.iter().copied(), at.block_number());
	agent.metrics.deliveries_in_flight.set(in_flight.len() as i64);
	let call = calls::deliver_batch(&batch);
	let progress = match agent.submit_one(at, &call).await {
		Ok(p) => p,
		Err(e) => {
			in_flight.remove(keys.iter().copied());
			agent
				.metrics
				.delivery_failures
				.with_label_values(&["transaction"])
				.inc_by(keys.len() as u64);
			log::warn!("a batch of {} deliveries was not submitted: {e}", keys.len());
			return;
		},
	};
	let metadata = at.metadata();
	let (agent, in_flight) = (agent.clone(), in_flight.clone());
	tokio::spawn(async move {
		match submit::follow_progress(progress, Wait::InBlock).await {
			Ok(outcome) => {
				let names = |pallet: u8, error: u8| {
					let p = metadata.pallet_by_error_index(pallet)?;
					let v = p.error_variant_by_index(error)?;
					Some(format!("{}.{}", p.name(), v.name))
				};
				let (delivered, rejected) = settle(&outcome.events, &names);
				agent.metrics.deliveries.inc_by(delivered.len() as u64);
				for (key, error) in &rejected {
					agent.metrics.delivery_failures.with_label_values(&["rejected"]).inc();
					log::warn!(
						"the chain rejected the delivery of plan {} to institution {}: {error} \
						 (tried again in a later round if still pending)",
						key.0,
						key.1
					);
				}
				// Delivered items stay in flight until the finalised pending list drops them;
				// the others (rejected, or not reported) are free to be tried again.
				let delivered: HashSet<Key> = delivered.into_iter().collect();
				in_flight.remove(keys.iter().copied().filter(|k| !delivered.contains(k)));
				log::info!(
					"block #{}: {} of {} deliveries in, {} rejected",
					outcome.block_number,
					delivered.len(),
					keys.len(),
					rejected.len()
				);
			},
			Err(e) => {
				in_flight.remove(keys.iter().copied());
				agent
					.metrics
					.delivery_failures
					.with_label_values(&["transaction"])
					.inc_by(keys.len() as u64);
				log::warn!("a batch of {} deliveries failed: {e}", keys.len());
			},
		}
		agent.metrics.deliveries_in_flight.set(in_flight.len() as i64);
	});
}

/// The handoffs a `deliver_batch`'s events say were delivered, and those rejected with
/// their error's name.
pub fn settle(
	events: &[EventView],
	names: &dyn Fn(u8, u8) -> Option<String>,
) -> (Vec<Key>, Vec<(Key, String)>) {
	let key_of = |e: &EventView| {
		let plan = e.u64_field("plan")?;
		let participant = u32::try_from(e.u64_field("participant")?).ok()?;
		Some((plan, participant))
	};
	let mut delivered = Vec::new();
	let mut rejected = Vec::new();
	for e in events.iter().filter(|e| e.pallet == "KeyExchange") {
		match (e.variant.as_str(), key_of(e)) {
			("HandoffDelivered", Some(k)) => delivered.push(k),
			("DeliveryRejected", Some(k)) => {
				let error =
					e.fields.get("error").map_or_else(|| "?".into(), |v| error_name(v, names));
				rejected.push((k, error));
			},
			_ => {},
		}
	}
	(delivered, rejected)
}

/// A `DispatchError` as rendered in an event's fields, named: `Pallet.Error` for a module
/// error that `names` (pallet index, error index) knows, the rendering otherwise.
pub fn error_name(error: &serde_json::Value, names: &dyn Fn(u8, u8) -> Option<String>) -> String {
	let named = || {
		let module = error.get("Module")?;
		let index = u8::try_from(module.get("index")?.as_u64()?).ok()?;
		let bytes = match module.get("error")? {
			serde_json::Value::String(s) => match s.strip_prefix("0x") {
				Some(h) if h.len() % 2 == 0 && h.bytes().all(|b| b.is_ascii_hexdigit()) => {
					hex::decode(h).ok()?
				},
				_ => s.as_bytes().to_vec(),
			},
			serde_json::Value::Array(a) => a
				.iter()
				.map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
				.collect::<Option<_>>()?,
			serde_json::Value::Number(n) => vec![u8::try_from(n.as_u64()?).ok()?],
			_ => return None,
		};
		names(index, *bytes.first()?)
	};
	named().unwrap_or_else(|| error.to_string())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn in_flight_handoffs_are_not_taken_again_until_they_leave_the_pending_list() {
		let f = InFlight::default();
		let pending = [(1, 2), (1, 3), (2, 2)];
		assert_eq!(f.refresh(&pending, 100, 10), pending);
		f.add([(1, 2), (1, 3)], 100);
		assert_eq!(f.refresh(&pending, 101, 10), [(2, 2)]);
		assert_eq!(f.refresh(&pending, 101, 0), []);
		// (1, 2) was delivered and finalised: it leaves the set with the pending list.
		assert_eq!(f.refresh(&[(1, 3), (2, 2), (3, 1)], 102, 10), [(2, 2), (3, 1)]);
		assert_eq!(f.len(), 1);
		// A rejected item is free again.
		f.remove([(1, 3)]);
		assert_eq!(f.refresh(&[(1, 3)], 102, 10), [(1, 3)]);
		// One still pending long after its transaction expired is tried again.
		f.add([(1, 3)], 102);
		assert_eq!(f.refresh(&[(1, 3)], 102 + STALE_AFTER_BLOCKS, 10), []);
		assert_eq!(f.refresh(&[(1, 3)], 103 + STALE_AFTER_BLOCKS, 10), [(1, 3)]);
	}

	/// The CPU side of a burst: 1,000 handoffs of 1,000 plans (the worst case: one RSA
	/// decryption each), re-wrapped on the blocking pool as a round does. Prints the rate;
	/// run with `--ignored --nocapture`.
	#[tokio::test(flavor = "multi_thread")]
	#[ignore]
	async fn a_thousand_handoffs_are_rewrapped_in_a_round() {
		let (contributor, contributor_der) = loanshare_envelope::generate_keypair(2048).unwrap();
		let (_, participant_der) = loanshare_envelope::generate_keypair(2048).unwrap();
		let public = Arc::new(loanshare_envelope::parse_public_key(&participant_der).unwrap());
		let own = loanshare_envelope::parse_public_key(&contributor_der).unwrap();
		let private = Arc::new(contributor);
		let mut rng = loanshare_envelope::os_rng();
		let groups: Vec<Group> = (0..1000u64)
			.map(|plan| Group {
				contributor_key_id: 1,
				private: private.clone(),
				wrapped: loanshare_envelope::wrap_key(&mut rng, &own, &[plan as u8; 32]).unwrap(),
				recipients: vec![Recipient {
					plan,
					participant: 2,
					key_id: 1,
					key: public.clone(),
				}],
			})
			.collect();
		let started = std::time::Instant::now();
		let done: usize = futures::stream::iter(groups)
			.map(|g| {
				tokio::task::spawn_blocking(move || {
					rewrap_group(&g.private, &g.wrapped, g.recipients)
				})
			})
			.buffer_unordered(crypto_jobs())
			.map(|r| r.unwrap().into_iter().filter(|(_, d)| d.is_ok()).count())
			.fold(0, |a, n| async move { a + n })
			.await;
		let secs = started.elapsed().as_secs_f64();
		println!(
			"{done} handoffs re-wrapped in {secs:.2} s on {} cores: {:.0}/s",
			crypto_jobs(),
			done as f64 / secs
		);
		assert_eq!(done, 1000);
	}

	#[test]
	fn batch_events_tell_delivered_from_rejected() {
		let ev = |variant: &str, fields: serde_json::Value| EventView {
			index: 0,
			pallet: "KeyExchange".into(),
			variant: variant.into(),
			extrinsic: Some(1),
			fields,
		};
		let events = [
			ev(
				"HandoffDelivered",
				serde_json::json!({"plan": 4, "contributor": 1, "participant": 2}),
			),
			ev(
				"DeliveryRejected",
				serde_json::json!({"plan": 4, "participant": 3, "error": {"Other": "x"}}),
			),
			ev("HandoffDelivered", serde_json::json!({"plan": 5, "participant": 2})),
		];
		let names = |pallet: u8, error: u8| match (pallet, error) {
			(9, 0) => Some("KeyExchange.NotPending".to_string()),
			(9, 1) => Some("KeyExchange.WrongParticipantKey".to_string()),
			_ => None,
		};
		let (delivered, rejected) = settle(&events, &names);
		assert_eq!(delivered, [(4, 2), (5, 2)]);
		assert_eq!(rejected, [((4, 3), r#"{"Other":"x"}"#.to_string())]);
		// Module errors as the agent renders them: bytes as text or hex, or numbers.
		for error in [
			serde_json::json!({"Module": {"index": 9, "error": "0x01000000"}}),
			serde_json::json!({"Module": {"index": 9, "error": "\u{1}\u{0}\u{0}\u{0}"}}),
			serde_json::json!({"Module": {"index": 9, "error": [1, 0, 0, 0]}}),
		] {
			assert_eq!(error_name(&error, &names), "KeyExchange.WrongParticipantKey", "{error}");
		}
		let unknown = serde_json::json!({"Module": {"index": 3, "error": "0x00000000"}});
		assert_eq!(error_name(&unknown, &names), unknown.to_string());
	}
}
