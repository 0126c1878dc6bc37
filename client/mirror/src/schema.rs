//! The schema and its migrations: the ordered list of [`MIGRATIONS`], the
//! `schema_version` table recording which ran, and [`migrate`], which brings a database
//! up to date (or refuses one newer than this build).
//!
//! A migration is written once for both backends; the tokens `{SERIAL_PK}` (an
//! auto-incrementing `BIGINT` primary key) and `{AMOUNT}` (decimal-text amounts, `COLLATE
//! "C"` on PostgreSQL so that text comparison is byte order) are replaced per backend.
//! Each migration runs in one transaction together with its `schema_version` row, under a
//! lock that makes concurrent openers wait for each other.
//! Migrations are append-only: a released one is never edited, a change is a new one.

use sqlx::{Any, AnyPool, Executor, Row, Transaction};

use crate::{Backend, MirrorError};

/// One schema change.
pub(crate) struct Migration {
	/// Its version: 1, 2, 3, ... in order, never reused.
	pub version: i64,
	/// What it does (stored in `schema_version.description`).
	pub description: &'static str,
	/// Its statements, run in order in one transaction.
	pub statements: &'static [&'static str],
}

/// Every migration, oldest first.
pub(crate) const MIGRATIONS: &[Migration] = &[
	Migration {
	version: 1,
	description: "events, blocks, cursor and the plan, confirmation, handoff, token and institution projections",
	statements: &[
		"CREATE TABLE cursor (
			id BIGINT PRIMARY KEY CHECK (id = 1),
			block_number BIGINT,
			block_hash TEXT,
			CHECK ((block_number IS NULL) = (block_hash IS NULL))
		)",
		"INSERT INTO cursor (id, block_number, block_hash) VALUES (1, NULL, NULL)",
		"CREATE TABLE blocks (
			number BIGINT PRIMARY KEY,
			hash TEXT NOT NULL,
			timestamp_ms BIGINT,
			event_count BIGINT NOT NULL
		)",
		"CREATE TABLE events (
			block_number BIGINT NOT NULL,
			event_index BIGINT NOT NULL,
			block_hash TEXT NOT NULL,
			pallet TEXT NOT NULL,
			variant TEXT NOT NULL,
			fields_json TEXT NOT NULL,
			PRIMARY KEY (block_number, event_index)
		)",
		"CREATE INDEX events_by_variant ON events (pallet, variant, block_number)",
		"CREATE TABLE plans (
			id BIGINT PRIMARY KEY,
			contributor BIGINT NOT NULL,
			external_ref TEXT NOT NULL,
			loan_type TEXT NOT NULL,
			amount {AMOUNT} NOT NULL,
			risk_score BIGINT NOT NULL,
			shared_limit {AMOUNT} NOT NULL,
			min_rate_bp BIGINT NOT NULL,
			max_rate_bp BIGINT NOT NULL,
			token_rate BIGINT NOT NULL,
			max_participants BIGINT NOT NULL,
			start_ms BIGINT NOT NULL,
			end_ms BIGINT NOT NULL,
			status TEXT NOT NULL
				CHECK (status IN ('open', 'filled', 'expired', 'withdrawn', 'reaped')),
			taken {AMOUNT} NOT NULL,
			participants BIGINT NOT NULL,
			published_block BIGINT NOT NULL,
			updated_block BIGINT NOT NULL,
			input_json TEXT NOT NULL
		)",
		"CREATE INDEX plans_by_contributor ON plans (contributor, id)",
		"CREATE INDEX plans_by_status ON plans (status, id)",
		"CREATE INDEX plans_by_loan_type ON plans (loan_type, id)",
		"CREATE TABLE confirmations (
			escrow BIGINT PRIMARY KEY,
			plan BIGINT NOT NULL,
			participant BIGINT NOT NULL,
			amount {AMOUNT} NOT NULL,
			rate_bp BIGINT NOT NULL,
			fee {AMOUNT} NOT NULL,
			block_number BIGINT NOT NULL,
			event_index BIGINT NOT NULL
		)",
		"CREATE INDEX confirmations_by_plan ON confirmations (plan, block_number, event_index)",
		"CREATE INDEX confirmations_by_participant
			ON confirmations (participant, block_number, event_index)",
		"CREATE TABLE handoffs (
			plan BIGINT NOT NULL,
			participant BIGINT NOT NULL,
			contributor BIGINT NOT NULL,
			escrow BIGINT NOT NULL,
			participant_key_id BIGINT NOT NULL,
			status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'refunded', 'disputed')),
			requested_block BIGINT NOT NULL,
			settled_block BIGINT,
			disputed_block BIGINT,
			dispute_reason TEXT,
			PRIMARY KEY (plan, participant)
		)",
		"CREATE INDEX handoffs_by_contributor ON handoffs (contributor, status)",
		"CREATE INDEX handoffs_by_participant ON handoffs (participant, status)",
		"CREATE TABLE token_movements (
			id {SERIAL_PK},
			block_number BIGINT NOT NULL,
			event_index BIGINT NOT NULL,
			kind TEXT NOT NULL,
			from_inst BIGINT,
			to_inst BIGINT,
			issuer BIGINT,
			amount {AMOUNT} NOT NULL,
			reference TEXT,
			ref_id BIGINT,
			UNIQUE (block_number, event_index)
		)",
		"CREATE INDEX token_movements_from ON token_movements (from_inst, id)",
		"CREATE INDEX token_movements_to ON token_movements (to_inst, id)",
		"CREATE TABLE institutions (
			id BIGINT PRIMARY KEY,
			name TEXT NOT NULL,
			roles TEXT NOT NULL,
			status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'removed')),
			key_id BIGINT,
			key_bits BIGINT,
			admitted_block BIGINT NOT NULL,
			updated_block BIGINT NOT NULL
		)",
	],
}, Migration {
	version: 2,
	description: "issue 15: the handoff's challenge window and settlements, minimum shares, \
		returned shares, misdeliveries, and the audit trail of borrower-data openings",
	statements: &[
		"ALTER TABLE plans ADD COLUMN min_share {AMOUNT}",
		"ALTER TABLE confirmations ADD COLUMN returned_block BIGINT",
		"ALTER TABLE institutions ADD COLUMN misdeliveries BIGINT NOT NULL DEFAULT 0",
		// A CHECK constraint cannot be changed in place on SQLite: the table is rebuilt.
		"CREATE TABLE handoffs_v2 (
			plan BIGINT NOT NULL,
			participant BIGINT NOT NULL,
			contributor BIGINT NOT NULL,
			escrow BIGINT NOT NULL,
			participant_key_id BIGINT NOT NULL,
			status TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'complained',
				'accepted', 'released', 'refunded', 'bad_delivery', 'ruled_refund',
				'ruled_release', 'disputed')),
			requested_block BIGINT NOT NULL,
			delivered_block BIGINT,
			challenge_until BIGINT,
			settled_block BIGINT,
			disputed_block BIGINT,
			dispute_reason TEXT,
			fault TEXT,
			PRIMARY KEY (plan, participant)
		)",
		// Before the challenge window a delivery paid the fee at once: such a handoff is
		// `released`, delivered and settled in the same block.
		"INSERT INTO handoffs_v2 (plan, participant, contributor, escrow, participant_key_id,
			status, requested_block, delivered_block, settled_block, disputed_block,
			dispute_reason)
		SELECT plan, participant, contributor, escrow, participant_key_id,
			CASE WHEN status = 'delivered' THEN 'released' ELSE status END,
			requested_block,
			CASE WHEN status IN ('delivered', 'disputed') THEN settled_block END,
			settled_block, disputed_block, dispute_reason
		FROM handoffs",
		"DROP TABLE handoffs",
		"ALTER TABLE handoffs_v2 RENAME TO handoffs",
		"CREATE INDEX handoffs_by_contributor ON handoffs (contributor, status)",
		"CREATE INDEX handoffs_by_participant ON handoffs (participant, status)",
		"CREATE TABLE openings (
			id {SERIAL_PK},
			caller TEXT NOT NULL,
			plan BIGINT NOT NULL,
			opened_at TEXT NOT NULL,
			outcome TEXT NOT NULL CHECK (outcome IN ('opened', 'unauthenticated', 'forbidden',
				'not_delivered', 'failed')),
			detail TEXT
		)",
		"CREATE INDEX openings_by_plan ON openings (plan, id)",
	],
}, Migration {
	version: 3,
	description: "issue 16: the web app's local users (argon2id password hashes, roles, \
		language) and their sessions",
	statements: &[
		"CREATE TABLE users (
			id {SERIAL_PK},
			name TEXT NOT NULL UNIQUE,
			role TEXT NOT NULL CHECK (role IN ('viewer', 'officer', 'admin')),
			password_hash TEXT NOT NULL,
			lang TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'zh')),
			created_at_ms BIGINT NOT NULL,
			updated_at_ms BIGINT NOT NULL
		)",
		// The session's id is kept only as its SHA-256: the table gives no usable cookie.
		"CREATE TABLE sessions (
			id_hash TEXT PRIMARY KEY,
			user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
			csrf_token TEXT NOT NULL,
			created_at_ms BIGINT NOT NULL,
			last_seen_ms BIGINT NOT NULL,
			expires_at_ms BIGINT NOT NULL
		)",
		"CREATE INDEX sessions_by_user ON sessions (user_id)",
	],
}];

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: i64 = 3;

/// The statement creating the `schema_version` table (the one table outside migrations).
const CREATE_SCHEMA_VERSION: &str = "CREATE TABLE IF NOT EXISTS schema_version (
	version BIGINT PRIMARY KEY,
	description TEXT NOT NULL,
	applied_at_ms BIGINT NOT NULL
)";

/// `statement` with the backend's column types in place of the tokens.
pub(crate) fn render(statement: &str, backend: Backend) -> String {
	let (serial_pk, amount) = match backend {
		Backend::Sqlite => ("INTEGER PRIMARY KEY AUTOINCREMENT", "TEXT"),
		Backend::Postgres => ("BIGSERIAL PRIMARY KEY", "TEXT COLLATE \"C\""),
	};
	statement.replace("{SERIAL_PK}", serial_pk).replace("{AMOUNT}", amount)
}

/// The newest migration recorded in the database (0 for a new database).
pub(crate) async fn current_version<'e>(
	executor: impl Executor<'e, Database = Any>,
) -> Result<i64, MirrorError> {
	let row =
		sqlx::query("SELECT MAX(version) AS v FROM schema_version").fetch_one(executor).await?;
	Ok(row.try_get::<Option<i64>, _>("v")?.unwrap_or(0))
}

/// The key of the PostgreSQL advisory lock that serialises migrating openers.
const MIGRATION_LOCK: i64 = 0x4c53_4d49_5252_4f52; // "LSMIRROR"

/// Begins a transaction that writes: on SQLite with `BEGIN IMMEDIATE` (the write lock is
/// taken at once, so nothing read in it can go stale), on PostgreSQL a plain `BEGIN`.
pub(crate) async fn begin_write(
	pool: &AnyPool,
	backend: Backend,
) -> Result<Transaction<'static, Any>, MirrorError> {
	Ok(match backend {
		Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await?,
		Backend::Postgres => pool.begin().await?,
	})
}

/// Begins a transaction in which no other opener migrates (on PostgreSQL, an advisory
/// lock held until it ends; on SQLite, the write lock).
async fn begin_migration(
	pool: &AnyPool,
	backend: Backend,
) -> Result<Transaction<'static, Any>, MirrorError> {
	let mut tx = begin_write(pool, backend).await?;
	if backend == Backend::Postgres {
		sqlx::query("SELECT pg_advisory_xact_lock($1)")
			.bind(MIGRATION_LOCK)
			.execute(&mut *tx)
			.await?;
	}
	Ok(tx)
}

/// Brings the database up to migration `target` ([`SCHEMA_VERSION`] but in tests that need
/// an older database): creates `schema_version` if missing, then runs each migration not
/// yet recorded, each in its own transaction with its record. Refuses
/// ([`MirrorError::SchemaTooNew`]) a database with a newer migration than this build.
/// Concurrent openers serialise (see [`begin_migration`]), so each migration runs once.
pub(crate) async fn migrate_to(
	pool: &AnyPool,
	backend: Backend,
	target: i64,
) -> Result<(), MirrorError> {
	let mut tx = begin_migration(pool, backend).await?;
	sqlx::query(CREATE_SCHEMA_VERSION).execute(&mut *tx).await?;
	tx.commit().await?;
	for migration in MIGRATIONS.iter().filter(|m| m.version <= target) {
		let mut tx = begin_migration(pool, backend).await?;
		let found = current_version(&mut *tx).await?;
		if found > SCHEMA_VERSION {
			return Err(MirrorError::SchemaTooNew { found, supported: SCHEMA_VERSION });
		}
		let done = sqlx::query("SELECT COUNT(*) AS n FROM schema_version WHERE version = $1")
			.bind(migration.version)
			.fetch_one(&mut *tx)
			.await?
			.try_get::<i64, _>("n")?;
		if done > 0 {
			tx.rollback().await?;
			continue;
		}
		for statement in migration.statements {
			sqlx::query(&render(statement, backend)).execute(&mut *tx).await?;
		}
		sqlx::query(
			"INSERT INTO schema_version (version, description, applied_at_ms) VALUES ($1, $2, $3)",
		)
		.bind(migration.version)
		.bind(migration.description)
		.bind(now_ms())
		.execute(&mut *tx)
		.await?;
		tx.commit().await?;
	}
	let found = current_version(pool).await?;
	if found > SCHEMA_VERSION {
		return Err(MirrorError::SchemaTooNew { found, supported: SCHEMA_VERSION });
	}
	Ok(())
}

/// Milliseconds since the Unix epoch (0 if the clock is before it).
fn now_ms() -> i64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
		.unwrap_or(0)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn migrations_are_numbered_in_order_up_to_the_schema_version() {
		for (i, m) in MIGRATIONS.iter().enumerate() {
			assert_eq!(m.version, i as i64 + 1);
		}
		assert_eq!(MIGRATIONS.last().map(|m| m.version), Some(SCHEMA_VERSION));
	}

	#[test]
	fn tokens_are_rendered_per_backend() {
		let s = "CREATE TABLE t (id {SERIAL_PK}, a {AMOUNT})";
		assert_eq!(
			render(s, Backend::Sqlite),
			"CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, a TEXT)"
		);
		assert_eq!(
			render(s, Backend::Postgres),
			"CREATE TABLE t (id BIGSERIAL PRIMARY KEY, a TEXT COLLATE \"C\")"
		);
		for m in MIGRATIONS {
			for s in m.statements {
				for b in [Backend::Sqlite, Backend::Postgres] {
					assert!(!render(s, b).contains('{'), "unrendered token in {s}");
				}
			}
		}
	}
}
