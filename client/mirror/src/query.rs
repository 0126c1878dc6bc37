//! The read side: the queries behind the agent's REST API, each one SQL statement built
//! from its filter with numbered parameters (`$1`, `$2`, ... work on both backends), and
//! the decoding of rows into [`crate::rows`] structs.

use sqlx::{any::AnyRow, AnyPool, Row};

use crate::{
	codec::{amount_cmp_sql, amount_from_db, u16_from_db, u32_from_db, u64_from_db},
	rows::effective_limit,
	BlockRow, ConfirmationRow, EventRow, HandoffFilter, HandoffRow, HandoffStatus, InstitutionRow,
	InstitutionStatus, MirrorError, MovementKind, MovementRow, OpeningOutcome, OpeningRow,
	PlanFilter, PlanRow, PlanStatus,
};

/// A bound parameter.
enum Param {
	Int(i64),
	Text(String),
}

/// A `WHERE` clause being built, with its parameters in order.
#[derive(Default)]
struct Where {
	clauses: Vec<String>,
	params: Vec<Param>,
}

impl Where {
	/// Adds a parameter and returns its placeholder.
	fn param(&mut self, param: Param) -> String {
		self.params.push(param);
		format!("${}", self.params.len())
	}

	/// Adds `clause(placeholder)`.
	fn and(&mut self, param: Param, clause: impl FnOnce(&str) -> String) {
		let placeholder = self.param(param);
		self.clauses.push(clause(&placeholder));
	}

	/// The clause (empty when there is no condition).
	fn sql(&self) -> String {
		if self.clauses.is_empty() {
			String::new()
		} else {
			format!(" WHERE {}", self.clauses.join(" AND "))
		}
	}

	/// Runs `sql` (which ends with this clause's placeholders) with the parameters.
	async fn fetch_all(self, pool: &AnyPool, sql: &str) -> Result<Vec<AnyRow>, MirrorError> {
		let mut query = sqlx::query(sql);
		for param in self.params {
			query = match param {
				Param::Int(value) => query.bind(value),
				Param::Text(value) => query.bind(value),
			};
		}
		Ok(query.fetch_all(pool).await?)
	}
}

/// An id filter value, or `None` if it is beyond `BIGINT` (so no row can match).
fn id_param(id: u64) -> Option<i64> {
	i64::try_from(id).ok()
}

const PLAN_COLUMNS: &str = "id, contributor, external_ref, loan_type, amount, risk_score, \
	shared_limit, min_share, min_rate_bp, max_rate_bp, token_rate, max_participants, start_ms, \
	end_ms, status, taken, participants, published_block, updated_block, input_json";

/// An optional `BIGINT` column read back as an optional `u64`.
fn opt_u64(row: &AnyRow, column: &'static str, name: &str) -> Result<Option<u64>, MirrorError> {
	row.try_get::<Option<i64>, _>(name)?.map(|v| u64_from_db(v, column)).transpose()
}

/// See [`crate::Mirror::plans`].
pub(crate) async fn plans(
	pool: &AnyPool,
	filter: &PlanFilter,
) -> Result<Vec<PlanRow>, MirrorError> {
	let mut w = Where::default();
	if let Some(contributor) = filter.contributor {
		w.and(Param::Int(contributor.into()), |p| format!("contributor = {p}"));
	}
	if let Some(status) = filter.status {
		w.and(Param::Text(status.as_str().into()), |p| format!("status = {p}"));
	}
	if let Some(loan_type) = &filter.loan_type {
		w.and(Param::Text(loan_type.clone()), |p| format!("loan_type = {p}"));
	}
	if let Some(min) = filter.min_amount {
		w.and(Param::Text(min.to_string()), |p| amount_cmp_sql("amount", ">=", p));
	}
	if let Some(max) = filter.max_amount {
		w.and(Param::Text(max.to_string()), |p| amount_cmp_sql("amount", "<=", p));
	}
	let order = if filter.newest_first { "DESC" } else { "ASC" };
	if let Some(after) = filter.after_id {
		match (id_param(after), filter.newest_first) {
			(Some(after), false) => w.and(Param::Int(after), |p| format!("id > {p}")),
			(Some(after), true) => w.and(Param::Int(after), |p| format!("id < {p}")),
			(None, false) => return Ok(Vec::new()),
			(None, true) => {},
		}
	}
	let limit = w.param(Param::Int(effective_limit(filter.limit).into()));
	let sql =
		format!("SELECT {PLAN_COLUMNS} FROM plans{} ORDER BY id {order} LIMIT {limit}", w.sql());
	w.fetch_all(pool, &sql).await?.iter().map(plan_row).collect()
}

/// See [`crate::Mirror::plan`].
pub(crate) async fn plan(pool: &AnyPool, id: u64) -> Result<Option<PlanRow>, MirrorError> {
	let Some(id) = id_param(id) else { return Ok(None) };
	let sql = format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = $1");
	sqlx::query(&sql).bind(id).fetch_optional(pool).await?.as_ref().map(plan_row).transpose()
}

fn plan_row(row: &AnyRow) -> Result<PlanRow, MirrorError> {
	let status: String = row.try_get("status")?;
	Ok(PlanRow {
		id: u64_from_db(row.try_get("id")?, "plans.id")?,
		contributor: u32_from_db(row.try_get("contributor")?, "plans.contributor")?,
		external_ref: row.try_get("external_ref")?,
		loan_type: row.try_get("loan_type")?,
		amount: amount_from_db(&row.try_get::<String, _>("amount")?, "plans.amount")?,
		risk_score: u16_from_db(row.try_get("risk_score")?, "plans.risk_score")?,
		shared_limit: amount_from_db(
			&row.try_get::<String, _>("shared_limit")?,
			"plans.shared_limit",
		)?,
		min_share: row
			.try_get::<Option<String>, _>("min_share")?
			.map(|v| amount_from_db(&v, "plans.min_share"))
			.transpose()?,
		min_rate_bp: u32_from_db(row.try_get("min_rate_bp")?, "plans.min_rate_bp")?,
		max_rate_bp: u32_from_db(row.try_get("max_rate_bp")?, "plans.max_rate_bp")?,
		token_rate: u32_from_db(row.try_get("token_rate")?, "plans.token_rate")?,
		max_participants: u32_from_db(row.try_get("max_participants")?, "plans.max_participants")?,
		start_ms: u64_from_db(row.try_get("start_ms")?, "plans.start_ms")?,
		end_ms: u64_from_db(row.try_get("end_ms")?, "plans.end_ms")?,
		status: PlanStatus::parse(&status)
			.ok_or(MirrorError::Corrupt { column: "plans.status", value: status })?,
		taken: amount_from_db(&row.try_get::<String, _>("taken")?, "plans.taken")?,
		participants: u32_from_db(row.try_get("participants")?, "plans.participants")?,
		published_block: u64_from_db(row.try_get("published_block")?, "plans.published_block")?,
		updated_block: u64_from_db(row.try_get("updated_block")?, "plans.updated_block")?,
		input_json: serde_json::from_str(&row.try_get::<String, _>("input_json")?)?,
	})
}

/// See [`crate::Mirror::confirmations`].
pub(crate) async fn confirmations(
	pool: &AnyPool,
	plan: Option<u64>,
	participant: Option<u32>,
	limit: u32,
) -> Result<Vec<ConfirmationRow>, MirrorError> {
	let mut w = Where::default();
	if let Some(plan) = plan {
		let Some(plan) = id_param(plan) else { return Ok(Vec::new()) };
		w.and(Param::Int(plan), |p| format!("plan = {p}"));
	}
	if let Some(participant) = participant {
		w.and(Param::Int(participant.into()), |p| format!("participant = {p}"));
	}
	let limit = w.param(Param::Int(effective_limit(limit).into()));
	let sql = format!(
		"SELECT plan, participant, amount, rate_bp, fee, escrow, block_number, event_index, \
		 returned_block FROM confirmations{} ORDER BY block_number DESC, event_index DESC LIMIT {limit}",
		w.sql()
	);
	w.fetch_all(pool, &sql)
		.await?
		.iter()
		.map(|row| {
			Ok(ConfirmationRow {
				plan: u64_from_db(row.try_get("plan")?, "confirmations.plan")?,
				participant: u32_from_db(row.try_get("participant")?, "confirmations.participant")?,
				amount: amount_from_db(
					&row.try_get::<String, _>("amount")?,
					"confirmations.amount",
				)?,
				rate_bp: u32_from_db(row.try_get("rate_bp")?, "confirmations.rate_bp")?,
				fee: amount_from_db(&row.try_get::<String, _>("fee")?, "confirmations.fee")?,
				escrow: u64_from_db(row.try_get("escrow")?, "confirmations.escrow")?,
				block_number: u64_from_db(
					row.try_get("block_number")?,
					"confirmations.block_number",
				)?,
				event_index: u32_from_db(row.try_get("event_index")?, "confirmations.event_index")?,
				returned_block: opt_u64(row, "confirmations.returned_block", "returned_block")?,
			})
		})
		.collect()
}

/// See [`crate::Mirror::handoffs`].
pub(crate) async fn handoffs(
	pool: &AnyPool,
	filter: &HandoffFilter,
) -> Result<Vec<HandoffRow>, MirrorError> {
	let mut w = Where::default();
	if let Some(plan) = filter.plan {
		let Some(plan) = id_param(plan) else { return Ok(Vec::new()) };
		w.and(Param::Int(plan), |p| format!("plan = {p}"));
	}
	if let Some(contributor) = filter.contributor {
		w.and(Param::Int(contributor.into()), |p| format!("contributor = {p}"));
	}
	if let Some(participant) = filter.participant {
		w.and(Param::Int(participant.into()), |p| format!("participant = {p}"));
	}
	if let Some(status) = filter.status {
		w.and(Param::Text(status.as_str().into()), |p| format!("status = {p}"));
	}
	let limit = w.param(Param::Int(effective_limit(filter.limit).into()));
	let offset = w.param(Param::Int(filter.offset.into()));
	let sql = format!(
		"SELECT plan, participant, contributor, escrow, participant_key_id, status, \
		 requested_block, delivered_block, challenge_until, settled_block, disputed_block, \
		 dispute_reason, fault FROM handoffs{} \
		 ORDER BY requested_block DESC, plan DESC, participant DESC LIMIT {limit} OFFSET {offset}",
		w.sql()
	);
	w.fetch_all(pool, &sql)
		.await?
		.iter()
		.map(|row| {
			let status: String = row.try_get("status")?;
			Ok(HandoffRow {
				plan: u64_from_db(row.try_get("plan")?, "handoffs.plan")?,
				participant: u32_from_db(row.try_get("participant")?, "handoffs.participant")?,
				contributor: u32_from_db(row.try_get("contributor")?, "handoffs.contributor")?,
				escrow: u64_from_db(row.try_get("escrow")?, "handoffs.escrow")?,
				participant_key_id: u32_from_db(
					row.try_get("participant_key_id")?,
					"handoffs.participant_key_id",
				)?,
				status: HandoffStatus::parse(&status)
					.ok_or(MirrorError::Corrupt { column: "handoffs.status", value: status })?,
				requested_block: u64_from_db(
					row.try_get("requested_block")?,
					"handoffs.requested_block",
				)?,
				delivered_block: opt_u64(row, "handoffs.delivered_block", "delivered_block")?,
				challenge_until: opt_u64(row, "handoffs.challenge_until", "challenge_until")?,
				settled_block: opt_u64(row, "handoffs.settled_block", "settled_block")?,
				disputed_block: opt_u64(row, "handoffs.disputed_block", "disputed_block")?,
				dispute_reason: row.try_get("dispute_reason")?,
				fault: row.try_get("fault")?,
			})
		})
		.collect()
}

/// See [`crate::Mirror::token_movements`].
pub(crate) async fn token_movements(
	pool: &AnyPool,
	institution: Option<u32>,
	limit: u32,
	after: Option<i64>,
) -> Result<Vec<MovementRow>, MirrorError> {
	let mut w = Where::default();
	if let Some(institution) = institution {
		w.and(Param::Int(institution.into()), |p| format!("(from_inst = {p} OR to_inst = {p})"));
	}
	if let Some(after) = after {
		w.and(Param::Int(after), |p| format!("id > {p}"));
	}
	let limit = w.param(Param::Int(effective_limit(limit).into()));
	let sql = format!(
		"SELECT id, block_number, event_index, kind, from_inst, to_inst, issuer, amount, \
		 reference, ref_id FROM token_movements{} ORDER BY id ASC LIMIT {limit}",
		w.sql()
	);
	w.fetch_all(pool, &sql).await?.iter().map(movement_row).collect()
}

fn movement_row(row: &AnyRow) -> Result<MovementRow, MirrorError> {
	let kind: String = row.try_get("kind")?;
	let inst = |column: &'static str, value: Option<i64>| {
		value.map(|v| u32_from_db(v, column)).transpose()
	};
	Ok(MovementRow {
		id: row.try_get("id")?,
		block_number: u64_from_db(row.try_get("block_number")?, "token_movements.block_number")?,
		event_index: u32_from_db(row.try_get("event_index")?, "token_movements.event_index")?,
		kind: MovementKind::parse(&kind)
			.ok_or(MirrorError::Corrupt { column: "token_movements.kind", value: kind })?,
		from_inst: inst("token_movements.from_inst", row.try_get("from_inst")?)?,
		to_inst: inst("token_movements.to_inst", row.try_get("to_inst")?)?,
		issuer: inst("token_movements.issuer", row.try_get("issuer")?)?,
		amount: amount_from_db(&row.try_get::<String, _>("amount")?, "token_movements.amount")?,
		reference: row.try_get("reference")?,
		ref_id: row
			.try_get::<Option<i64>, _>("ref_id")?
			.map(|v| u64_from_db(v, "token_movements.ref_id"))
			.transpose()?,
	})
}

/// See [`crate::Mirror::institutions`].
pub(crate) async fn institutions(pool: &AnyPool) -> Result<Vec<InstitutionRow>, MirrorError> {
	sqlx::query(
		"SELECT id, name, roles, status, key_id, key_bits, misdeliveries, admitted_block, \
		 updated_block FROM institutions ORDER BY id",
	)
	.fetch_all(pool)
	.await?
	.iter()
	.map(|row| {
		let status: String = row.try_get("status")?;
		Ok(InstitutionRow {
			id: u32_from_db(row.try_get("id")?, "institutions.id")?,
			name: row.try_get("name")?,
			roles: serde_json::from_str(&row.try_get::<String, _>("roles")?)?,
			status: InstitutionStatus::parse(&status)
				.ok_or(MirrorError::Corrupt { column: "institutions.status", value: status })?,
			key_id: row
				.try_get::<Option<i64>, _>("key_id")?
				.map(|v| u32_from_db(v, "institutions.key_id"))
				.transpose()?,
			key_bits: row
				.try_get::<Option<i64>, _>("key_bits")?
				.map(|v| u32_from_db(v, "institutions.key_bits"))
				.transpose()?,
			misdeliveries: u32_from_db(
				row.try_get("misdeliveries")?,
				"institutions.misdeliveries",
			)?,
			admitted_block: u64_from_db(
				row.try_get("admitted_block")?,
				"institutions.admitted_block",
			)?,
			updated_block: u64_from_db(
				row.try_get("updated_block")?,
				"institutions.updated_block",
			)?,
		})
	})
	.collect()
}

/// See [`crate::Mirror::events`].
pub(crate) async fn events(
	pool: &AnyPool,
	from_block: u64,
	limit: u32,
) -> Result<Vec<EventRow>, MirrorError> {
	let Some(from_block) = id_param(from_block) else { return Ok(Vec::new()) };
	sqlx::query(
		"SELECT block_number, event_index, block_hash, pallet, variant, fields_json FROM events \
		 WHERE block_number >= $1 ORDER BY block_number, event_index LIMIT $2",
	)
	.bind(from_block)
	.bind(i64::from(effective_limit(limit)))
	.fetch_all(pool)
	.await?
	.iter()
	.map(|row| {
		Ok(EventRow {
			block_number: u64_from_db(row.try_get("block_number")?, "events.block_number")?,
			event_index: u32_from_db(row.try_get("event_index")?, "events.event_index")?,
			block_hash: row.try_get("block_hash")?,
			pallet: row.try_get("pallet")?,
			variant: row.try_get("variant")?,
			fields: serde_json::from_str(&row.try_get::<String, _>("fields_json")?)?,
		})
	})
	.collect()
}

/// See [`crate::Mirror::openings`].
pub(crate) async fn openings(
	pool: &AnyPool,
	plan: Option<u64>,
	limit: u32,
) -> Result<Vec<OpeningRow>, MirrorError> {
	let mut w = Where::default();
	if let Some(plan) = plan {
		let Some(plan) = id_param(plan) else { return Ok(Vec::new()) };
		w.and(Param::Int(plan), |p| format!("plan = {p}"));
	}
	let limit = w.param(Param::Int(effective_limit(limit).into()));
	let sql = format!(
		"SELECT id, caller, plan, opened_at, outcome, detail FROM openings{} \
		 ORDER BY id DESC LIMIT {limit}",
		w.sql()
	);
	w.fetch_all(pool, &sql)
		.await?
		.iter()
		.map(|row| {
			let outcome: String = row.try_get("outcome")?;
			Ok(OpeningRow {
				id: row.try_get("id")?,
				caller: row.try_get("caller")?,
				plan: u64_from_db(row.try_get("plan")?, "openings.plan")?,
				opened_at: row.try_get("opened_at")?,
				outcome: OpeningOutcome::parse(&outcome)
					.ok_or(MirrorError::Corrupt { column: "openings.outcome", value: outcome })?,
				detail: row.try_get("detail")?,
			})
		})
		.collect()
}

/// See [`crate::Mirror::event_count`].
pub(crate) async fn event_count(pool: &AnyPool) -> Result<u64, MirrorError> {
	let n: i64 =
		sqlx::query("SELECT COUNT(*) AS n FROM events").fetch_one(pool).await?.try_get("n")?;
	u64_from_db(n, "COUNT(events)")
}

/// See [`crate::Mirror::block`].
pub(crate) async fn block(pool: &AnyPool, number: u64) -> Result<Option<BlockRow>, MirrorError> {
	let Some(number) = id_param(number) else { return Ok(None) };
	sqlx::query("SELECT number, hash, timestamp_ms, event_count FROM blocks WHERE number = $1")
		.bind(number)
		.fetch_optional(pool)
		.await?
		.map(|row| {
			Ok(BlockRow {
				number: u64_from_db(row.try_get("number")?, "blocks.number")?,
				hash: row.try_get("hash")?,
				timestamp_ms: row
					.try_get::<Option<i64>, _>("timestamp_ms")?
					.map(|t| u64_from_db(t, "blocks.timestamp_ms"))
					.transpose()?,
				event_count: u64_from_db(row.try_get("event_count")?, "blocks.event_count")?,
			})
		})
		.transpose()
}
