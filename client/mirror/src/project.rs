//! The projections: how each [`DomainEvent`] changes the `plans`, `confirmations`,
//! `handoffs`, `token_movements` and `institutions` tables (the `openings` audit trail is
//! written by the agent, not by blocks: see [`record_opening`]).
//!
//! A handoff whose share came back (refunded, bad delivery, ruled refund) may be requested
//! again when the participant takes the plan anew: that request replaces the old row. Runs inside the block's
//! transaction (see [`crate::apply`]).
//!
//! Rows are created by the events that create them on chain (`PlanPublished`,
//! `PlanConfirmed`, `HandoffRequested`, `InstitutionAdmitted`, token events) with plain
//! inserts, so a duplicate is an error that rolls the block back. Events about a row the
//! mirror never saw created (a mirror started after block 1, or a genesis institution not
//! seeded) update nothing; the raw event is still in `events`.

use sqlx::{AnyConnection, Row};

use crate::{
	codec::{amount_from_db, amount_to_db, u64_to_db},
	DomainEvent, HandoffStatus, InstitutionStatus, MirrorError, MovementKind, PlanStatus,
};

/// Applies one event's projection; `block` and `index` locate the event.
pub(crate) async fn project(
	conn: &mut AnyConnection,
	block: i64,
	index: i64,
	event: &DomainEvent,
) -> Result<(), MirrorError> {
	use DomainEvent::*;
	match event {
		PlanPublished { plan, contributor, external_ref, details } => {
			sqlx::query(
				"INSERT INTO plans (id, contributor, external_ref, loan_type, amount, risk_score, \
				 shared_limit, min_rate_bp, max_rate_bp, token_rate, max_participants, start_ms, \
				 end_ms, status, taken, participants, published_block, updated_block, input_json, \
				 min_share) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, \
				 $15, 0, $16, $16, $17, $18)",
			)
			.bind(u64_to_db(*plan, "plan id")?)
			.bind(i64::from(*contributor))
			.bind(external_ref)
			.bind(&details.loan_type)
			.bind(amount_to_db(details.amount))
			.bind(i64::from(details.risk_score))
			.bind(amount_to_db(details.shared_limit))
			.bind(i64::from(details.min_rate_bp))
			.bind(i64::from(details.max_rate_bp))
			.bind(i64::from(details.token_rate))
			.bind(i64::from(details.max_participants))
			.bind(u64_to_db(details.start_ms, "start_ms")?)
			.bind(u64_to_db(details.end_ms, "end_ms")?)
			.bind(PlanStatus::Open.as_str())
			.bind(amount_to_db(0))
			.bind(block)
			.bind(serde_json::to_string(&details.input_json)?)
			.bind(details.min_share.map(amount_to_db))
			.execute(&mut *conn)
			.await?;
		},
		PlanConfirmed { plan, participant, amount, rate_bp, fee, escrow } => {
			let plan = u64_to_db(*plan, "plan id")?;
			sqlx::query(
				"INSERT INTO confirmations (escrow, plan, participant, amount, rate_bp, fee, \
				 block_number, event_index) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
			)
			.bind(u64_to_db(*escrow, "escrow id")?)
			.bind(plan)
			.bind(i64::from(*participant))
			.bind(amount_to_db(*amount))
			.bind(i64::from(*rate_bp))
			.bind(amount_to_db(*fee))
			.bind(block)
			.bind(index)
			.execute(&mut *conn)
			.await?;
			let taken = sqlx::query("SELECT taken FROM plans WHERE id = $1")
				.bind(plan)
				.fetch_optional(&mut *conn)
				.await?;
			if let Some(row) = taken {
				let taken = amount_from_db(&row.try_get::<String, _>("taken")?, "plans.taken")?;
				let taken = taken.checked_add(*amount).ok_or_else(|| MirrorError::Corrupt {
					column: "plans.taken",
					value: format!("{taken} + {amount} overflows"),
				})?;
				sqlx::query(
					"UPDATE plans SET taken = $1, participants = participants + 1, \
					 updated_block = $2 WHERE id = $3",
				)
				.bind(amount_to_db(taken))
				.bind(block)
				.bind(plan)
				.execute(&mut *conn)
				.await?;
			}
		},
		PlanFilled { plan } => plan_status(conn, *plan, PlanStatus::Filled, block).await?,
		PlanExpired { plan } => plan_status(conn, *plan, PlanStatus::Expired, block).await?,
		PlanWithdrawn { plan } => plan_status(conn, *plan, PlanStatus::Withdrawn, block).await?,
		PlanReaped { plan } => plan_status(conn, *plan, PlanStatus::Reaped, block).await?,
		ShareReturned { plan, participant, amount, reopened } => {
			share_returned(conn, block, *plan, *participant, *amount, *reopened).await?
		},
		HandoffRequested { plan, contributor, participant, escrow, participant_key_id } => {
			// A participant whose share came back may take the plan again: its earlier
			// handoff, refunded, is replaced. Any other existing handoff is a duplicate.
			let done = sqlx::query(
				"INSERT INTO handoffs (plan, participant, contributor, escrow, participant_key_id, \
				 status, requested_block) VALUES ($1, $2, $3, $4, $5, $6, $7) \
				 ON CONFLICT (plan, participant) DO UPDATE SET contributor = excluded.contributor, \
				 escrow = excluded.escrow, participant_key_id = excluded.participant_key_id, \
				 status = excluded.status, requested_block = excluded.requested_block, \
				 delivered_block = NULL, challenge_until = NULL, settled_block = NULL, \
				 disputed_block = NULL, dispute_reason = NULL, fault = NULL \
				 WHERE handoffs.status IN ('refunded', 'bad_delivery', 'ruled_refund')",
			)
			.bind(u64_to_db(*plan, "plan id")?)
			.bind(i64::from(*participant))
			.bind(i64::from(*contributor))
			.bind(u64_to_db(*escrow, "escrow id")?)
			.bind(i64::from(*participant_key_id))
			.bind(HandoffStatus::Pending.as_str())
			.bind(block)
			.execute(&mut *conn)
			.await?;
			if done.rows_affected() != 1 {
				return Err(MirrorError::InvalidBlock(format!(
					"HandoffRequested for plan {plan} and participant {participant}, whose \
					 handoff is open already"
				)));
			}
		},
		HandoffDelivered {
			plan,
			contributor: _,
			participant,
			participant_key_id,
			challenge_until,
		} => {
			sqlx::query(
				"UPDATE handoffs SET status = $1, participant_key_id = $2, delivered_block = $3, \
				 challenge_until = $4, settled_block = $5 WHERE plan = $6 AND participant = $7",
			)
			.bind(if challenge_until.is_some() {
				HandoffStatus::Delivered.as_str()
			} else {
				// Runtimes before the challenge window paid the fee on delivery.
				HandoffStatus::Released.as_str()
			})
			.bind(i64::from(*participant_key_id))
			.bind(block)
			.bind(challenge_until.map(i64::from))
			.bind(challenge_until.is_none().then_some(block))
			.bind(u64_to_db(*plan, "plan id")?)
			.bind(i64::from(*participant))
			.execute(&mut *conn)
			.await?;
		},
		HandoffAccepted { plan, participant, .. } => {
			handoff_settled(conn, *plan, *participant, HandoffStatus::Accepted, block).await?
		},
		HandoffReleased { plan, participant, .. } => {
			handoff_settled(conn, *plan, *participant, HandoffStatus::Released, block).await?
		},
		HandoffRefunded { plan, participant, escrow: _ } => {
			handoff_settled(conn, *plan, *participant, HandoffStatus::Refunded, block).await?
		},
		BadDeliveryProven { plan, contributor, participant, fault, misdeliveries, .. } => {
			handoff_settled(conn, *plan, *participant, HandoffStatus::BadDelivery, block).await?;
			sqlx::query("UPDATE handoffs SET fault = $1 WHERE plan = $2 AND participant = $3")
				.bind(fault)
				.bind(u64_to_db(*plan, "plan id")?)
				.bind(i64::from(*participant))
				.execute(&mut *conn)
				.await?;
			sqlx::query(
				"UPDATE institutions SET misdeliveries = $1, updated_block = $2 WHERE id = $3",
			)
			.bind(i64::from(*misdeliveries))
			.bind(block)
			.bind(i64::from(*contributor))
			.execute(&mut *conn)
			.await?;
		},
		HandoffComplained { plan, participant, reason, .. } => {
			handoff_complaint(conn, *plan, *participant, HandoffStatus::Complained, reason, block)
				.await?
		},
		ComplaintRuled { plan, participant, refunded, .. } => {
			let status =
				if *refunded { HandoffStatus::RuledRefund } else { HandoffStatus::RuledRelease };
			handoff_settled(conn, *plan, *participant, status, block).await?
		},
		HandoffDisputed { plan, participant, reason } => {
			handoff_complaint(conn, *plan, *participant, HandoffStatus::Disputed, reason, block)
				.await?
		},
		KeyRegistered { institution, key_id, bits } => {
			institution_key(conn, *institution, *key_id, *bits, block).await?
		},
		KeyRotated { institution, old: _, new, bits } => {
			institution_key(conn, *institution, *new, *bits, block).await?
		},
		Recharged { issuer, to, amount, payment_ref } => {
			let m = Movement::new(MovementKind::Recharge, *amount)
				.to(*to)
				.issuer(*issuer)
				.reference(payment_ref);
			m.insert(conn, block, index).await?
		},
		Transferred { from, to, amount } => {
			let m = Movement::new(MovementKind::Transfer, *amount).from(*from).to(*to);
			m.insert(conn, block, index).await?
		},
		DataServicePaid { from, to, amount, memo } => {
			let m = Movement::new(MovementKind::DataServicePayment, *amount)
				.from(*from)
				.to(*to)
				.reference(memo);
			m.insert(conn, block, index).await?
		},
		RedemptionRequested { id, requester, amount } => {
			let m = Movement::new(MovementKind::RedemptionRequested, *amount)
				.from(*requester)
				.ref_id(u64_to_db(*id, "redemption id")?);
			m.insert(conn, block, index).await?
		},
		RedemptionSettled { id, issuer, requester, amount, payout_ref } => {
			let m = Movement::new(MovementKind::RedemptionSettled, *amount)
				.from(*requester)
				.issuer(*issuer)
				.reference(payout_ref)
				.ref_id(u64_to_db(*id, "redemption id")?);
			m.insert(conn, block, index).await?
		},
		RedemptionRejected { id, issuer, requester, amount } => {
			let m = Movement::new(MovementKind::RedemptionRejected, *amount)
				.to(*requester)
				.issuer(*issuer)
				.ref_id(u64_to_db(*id, "redemption id")?);
			m.insert(conn, block, index).await?
		},
		FeeHeld { escrow, payer, amount } => {
			let m = Movement::new(MovementKind::FeeHeld, *amount)
				.from(*payer)
				.ref_id(u64_to_db(*escrow, "escrow id")?);
			m.insert(conn, block, index).await?
		},
		FeeReleased { escrow, payer, to, amount } => {
			let m = Movement::new(MovementKind::FeeReleased, *amount)
				.from(*payer)
				.to(*to)
				.ref_id(u64_to_db(*escrow, "escrow id")?);
			m.insert(conn, block, index).await?
		},
		FeeRefunded { escrow, payer, amount } => {
			let m = Movement::new(MovementKind::FeeRefunded, *amount)
				.to(*payer)
				.ref_id(u64_to_db(*escrow, "escrow id")?);
			m.insert(conn, block, index).await?
		},
		InstitutionAdmitted { id, name, roles } => {
			sqlx::query(
				"INSERT INTO institutions (id, name, roles, status, admitted_block, updated_block) \
				 VALUES ($1, $2, $3, $4, $5, $5)",
			)
			.bind(i64::from(*id))
			.bind(name)
			.bind(serde_json::to_string(roles)?)
			.bind(InstitutionStatus::Active.as_str())
			.bind(block)
			.execute(&mut *conn)
			.await?;
		},
		RolesChanged { id, roles } => {
			sqlx::query("UPDATE institutions SET roles = $1, updated_block = $2 WHERE id = $3")
				.bind(serde_json::to_string(roles)?)
				.bind(block)
				.bind(i64::from(*id))
				.execute(&mut *conn)
				.await?;
		},
		InstitutionSuspended { id } => {
			institution_status(conn, *id, InstitutionStatus::Suspended, block).await?
		},
		InstitutionResumed { id } => {
			institution_status(conn, *id, InstitutionStatus::Active, block).await?
		},
		InstitutionRemoved { id } => {
			institution_status(conn, *id, InstitutionStatus::Removed, block).await?
		},
	}
	Ok(())
}

/// A share given back: the confirmation is marked returned, the plan's taken amount and
/// participant count drop, and a plan that reopened is open again.
async fn share_returned(
	conn: &mut AnyConnection,
	block: i64,
	plan: u64,
	participant: u32,
	amount: u128,
	reopened: bool,
) -> Result<(), MirrorError> {
	let plan = u64_to_db(plan, "plan id")?;
	sqlx::query(
		"UPDATE confirmations SET returned_block = $1 \
		 WHERE plan = $2 AND participant = $3 AND returned_block IS NULL",
	)
	.bind(block)
	.bind(plan)
	.bind(i64::from(participant))
	.execute(&mut *conn)
	.await?;
	let row = sqlx::query("SELECT taken FROM plans WHERE id = $1")
		.bind(plan)
		.fetch_optional(&mut *conn)
		.await?;
	let Some(row) = row else { return Ok(()) };
	let taken = amount_from_db(&row.try_get::<String, _>("taken")?, "plans.taken")?;
	let taken = taken.checked_sub(amount).ok_or_else(|| MirrorError::Corrupt {
		column: "plans.taken",
		value: format!("{taken} is less than the {amount} returned"),
	})?;
	sqlx::query(
		"UPDATE plans SET taken = $1, \
		 participants = CASE WHEN participants > 0 THEN participants - 1 ELSE 0 END, \
		 updated_block = $2 WHERE id = $3",
	)
	.bind(amount_to_db(taken))
	.bind(block)
	.bind(plan)
	.execute(&mut *conn)
	.await?;
	if reopened {
		sqlx::query("UPDATE plans SET status = $1 WHERE id = $2")
			.bind(PlanStatus::Open.as_str())
			.bind(plan)
			.execute(&mut *conn)
			.await?;
	}
	Ok(())
}

/// A handoff whose fee was paid or returned.
async fn handoff_settled(
	conn: &mut AnyConnection,
	plan: u64,
	participant: u32,
	status: HandoffStatus,
	block: i64,
) -> Result<(), MirrorError> {
	sqlx::query(
		"UPDATE handoffs SET status = $1, settled_block = $2 WHERE plan = $3 AND participant = $4",
	)
	.bind(status.as_str())
	.bind(block)
	.bind(u64_to_db(plan, "plan id")?)
	.bind(i64::from(participant))
	.execute(&mut *conn)
	.await?;
	Ok(())
}

/// A complaint (or an old runtime's dispute) about a delivered handoff.
async fn handoff_complaint(
	conn: &mut AnyConnection,
	plan: u64,
	participant: u32,
	status: HandoffStatus,
	reason: &str,
	block: i64,
) -> Result<(), MirrorError> {
	sqlx::query(
		"UPDATE handoffs SET status = $1, disputed_block = $2, dispute_reason = $3 \
		 WHERE plan = $4 AND participant = $5",
	)
	.bind(status.as_str())
	.bind(block)
	.bind(reason)
	.bind(u64_to_db(plan, "plan id")?)
	.bind(i64::from(participant))
	.execute(&mut *conn)
	.await?;
	Ok(())
}

/// Sets a plan's status.
async fn plan_status(
	conn: &mut AnyConnection,
	plan: u64,
	status: PlanStatus,
	block: i64,
) -> Result<(), MirrorError> {
	sqlx::query("UPDATE plans SET status = $1, updated_block = $2 WHERE id = $3")
		.bind(status.as_str())
		.bind(block)
		.bind(u64_to_db(plan, "plan id")?)
		.execute(&mut *conn)
		.await?;
	Ok(())
}

/// Sets an institution's status.
async fn institution_status(
	conn: &mut AnyConnection,
	id: u32,
	status: InstitutionStatus,
	block: i64,
) -> Result<(), MirrorError> {
	sqlx::query("UPDATE institutions SET status = $1, updated_block = $2 WHERE id = $3")
		.bind(status.as_str())
		.bind(block)
		.bind(i64::from(id))
		.execute(&mut *conn)
		.await?;
	Ok(())
}

/// Sets an institution's current key.
async fn institution_key(
	conn: &mut AnyConnection,
	id: u32,
	key_id: u32,
	bits: u32,
	block: i64,
) -> Result<(), MirrorError> {
	sqlx::query(
		"UPDATE institutions SET key_id = $1, key_bits = $2, updated_block = $3 WHERE id = $4",
	)
	.bind(i64::from(key_id))
	.bind(i64::from(bits))
	.bind(block)
	.bind(i64::from(id))
	.execute(&mut *conn)
	.await?;
	Ok(())
}

/// One `token_movements` row being built.
struct Movement<'a> {
	kind: MovementKind,
	amount: u128,
	from: Option<i64>,
	to: Option<i64>,
	issuer: Option<i64>,
	reference: Option<&'a str>,
	ref_id: Option<i64>,
}

impl<'a> Movement<'a> {
	fn new(kind: MovementKind, amount: u128) -> Self {
		Movement { kind, amount, from: None, to: None, issuer: None, reference: None, ref_id: None }
	}

	fn from(mut self, institution: u32) -> Self {
		self.from = Some(institution.into());
		self
	}

	fn to(mut self, institution: u32) -> Self {
		self.to = Some(institution.into());
		self
	}

	fn issuer(mut self, institution: u32) -> Self {
		self.issuer = Some(institution.into());
		self
	}

	fn reference(mut self, reference: &'a str) -> Self {
		self.reference = Some(reference);
		self
	}

	fn ref_id(mut self, id: i64) -> Self {
		self.ref_id = Some(id);
		self
	}

	async fn insert(
		self,
		conn: &mut AnyConnection,
		block: i64,
		index: i64,
	) -> Result<(), MirrorError> {
		sqlx::query(
			"INSERT INTO token_movements (block_number, event_index, kind, from_inst, to_inst, \
			 issuer, amount, reference, ref_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
		)
		.bind(block)
		.bind(index)
		.bind(self.kind.as_str())
		.bind(self.from)
		.bind(self.to)
		.bind(self.issuer)
		.bind(amount_to_db(self.amount))
		.bind(self.reference)
		.bind(self.ref_id)
		.execute(&mut *conn)
		.await?;
		Ok(())
	}
}

/// See [`crate::Mirror::seed_institutions`]: inserts each seed that has no row yet, in one
/// transaction, and returns how many were inserted.
pub(crate) async fn seed_institutions(
	pool: &sqlx::AnyPool,
	backend: crate::Backend,
	seeds: &[crate::InstitutionSeed],
) -> Result<u64, MirrorError> {
	let mut tx = crate::schema::begin_write(pool, backend).await?;
	let mut inserted = 0;
	for seed in seeds {
		inserted += sqlx::query(
			"INSERT INTO institutions (id, name, roles, status, key_id, key_bits, \
			 admitted_block, updated_block) VALUES ($1, $2, $3, $4, $5, $6, 0, 0) \
			 ON CONFLICT (id) DO NOTHING",
		)
		.bind(i64::from(seed.id))
		.bind(&seed.name)
		.bind(serde_json::to_string(&seed.roles)?)
		.bind(seed.status.as_str())
		.bind(seed.key_id.map(i64::from))
		.bind(seed.key_bits.map(i64::from))
		.execute(&mut *tx)
		.await?
		.rows_affected();
	}
	tx.commit().await?;
	Ok(inserted)
}

/// See [`crate::Mirror::record_opening`]: one row, stamped with the current UTC time.
pub(crate) async fn record_opening(
	pool: &sqlx::AnyPool,
	caller: &str,
	plan: u64,
	outcome: crate::OpeningOutcome,
	detail: Option<&str>,
) -> Result<crate::OpeningRow, MirrorError> {
	let opened_at = crate::codec::utc_timestamp(crate::codec::now_ms());
	let row = sqlx::query(
		"INSERT INTO openings (caller, plan, opened_at, outcome, detail) \
		 VALUES ($1, $2, $3, $4, $5) RETURNING id",
	)
	.bind(caller)
	.bind(u64_to_db(plan, "plan id")?)
	.bind(&opened_at)
	.bind(outcome.as_str())
	.bind(detail)
	.fetch_one(pool)
	.await?;
	Ok(crate::OpeningRow {
		id: row.try_get("id")?,
		caller: caller.to_owned(),
		plan,
		opened_at,
		outcome,
		detail: detail.map(str::to_owned),
	})
}
