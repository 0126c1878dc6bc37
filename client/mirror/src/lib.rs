//! The LoanShare agent's mirror database: every event of every finalised block, and
//! projections of them (plans, confirmations, handoffs, token movements, institutions),
//! in SQLite or PostgreSQL, for an institution's back-office systems to query; and the
//! agent's audit trail of borrower-data openings ([`Mirror::record_opening`]).
//!
//! [`Mirror::apply`] stores one block in one database transaction that also moves the
//! cursor, so each block is applied exactly once: a block at or below the cursor is a
//! no-op, a block beyond the next is refused, and a failure anywhere leaves the database as
//! it was. See `README.md` beside this crate for the schema and example SQL.
//!
//! It also keeps the web app's local users and sessions ([`Mirror::add_user`],
//! [`Mirror::session`]), which, like the openings, are the agent's own records, not the
//! chain's.
//!
//! Modules: [`types`] (what the agent passes in), [`rows`] (what queries return), `schema`
//! (migrations), `apply` and `project` (the write side), `query` (the read side), [`users`]
//! (users and sessions), `codec` (value encodings), [`error`].

#![warn(missing_docs)]

mod apply;
mod codec;
pub mod error;
mod project;
mod query;
pub mod rows;
mod schema;
pub mod types;
pub mod users;

use sqlx::{
	any::{AnyConnectOptions, AnyPoolOptions},
	AnyPool, Executor,
};
use std::{str::FromStr, time::Duration};

pub use error::MirrorError;
pub use rows::{
	effective_limit, BlockRow, ConfirmationRow, EventRow, HandoffFilter, HandoffRow,
	InstitutionRow, InstitutionSeed, MovementRow, OpeningRow, PlanFilter, PlanRow, SessionRow,
	UserRow, DEFAULT_LIMIT, MAX_LIMIT,
};
pub use schema::SCHEMA_VERSION;
pub use types::{
	Applied, Backend, BlockRecord, Cursor, DomainEvent, EventRecord, HandoffStatus,
	InstitutionStatus, Language, MovementKind, OpeningOutcome, PlanDetails, PlanStatus, UserRole,
};

/// A connection pool to the mirror database, migrated to [`SCHEMA_VERSION`].
#[derive(Clone, Debug)]
pub struct Mirror {
	pool: AnyPool,
	backend: Backend,
}

impl Mirror {
	/// Connects to `url` and runs the migrations not yet applied (idempotent; each in its own
	/// transaction, recorded in `schema_version`). Refuses a database migrated by a newer
	/// build ([`MirrorError::SchemaTooNew`]).
	///
	/// URLs: `sqlite:///path/mirror.db?mode=rwc` (a file, created if missing with
	/// `mode=rwc`; put in WAL mode), `sqlite::memory:` (one private in-memory database, held
	/// by a single connection), `postgres://user:pass@host:port/db`.
	pub async fn open(url: &str) -> Result<Self, MirrorError> {
		Self::open_with_schema(url, SCHEMA_VERSION).await
	}

	/// [`Mirror::open`], migrating no further than `version`: for tests of the migrations,
	/// which need a database as an older build left it. Do not write blocks to such a
	/// mirror.
	#[doc(hidden)]
	pub async fn open_with_schema(url: &str, version: i64) -> Result<Self, MirrorError> {
		let backend = backend_of(url)?;
		sqlx::any::install_default_drivers();
		let options = AnyConnectOptions::from_str(url)?;
		let pool = match backend {
			Backend::Sqlite if is_memory(url) => {
				// Each connection to `:memory:` is its own database: keep exactly one, forever.
				AnyPoolOptions::new()
					.min_connections(1)
					.max_connections(1)
					.idle_timeout(None)
					.max_lifetime(None)
					.connect_with(options)
					.await?
			},
			Backend::Sqlite => {
				AnyPoolOptions::new()
					.max_connections(4)
					.after_connect(|conn, _| {
						Box::pin(async move {
							// Readers do not block the writer; persistent, so this is a no-op after
							// the first time.
							conn.execute("PRAGMA journal_mode = WAL").await?;
							Ok(())
						})
					})
					.connect_with(options)
					.await?
			},
			Backend::Postgres => {
				AnyPoolOptions::new()
					.max_connections(5)
					.acquire_timeout(Duration::from_secs(30))
					.connect_with(options)
					.await?
			},
		};
		schema::migrate_to(&pool, backend, version).await?;
		Ok(Mirror { pool, backend })
	}

	/// Which database this is.
	pub fn backend(&self) -> Backend {
		self.backend
	}

	/// The underlying pool, for ad-hoc reads. Do not write to the mirror's tables through it.
	pub fn pool(&self) -> &AnyPool {
		&self.pool
	}

	/// Closes the pool, waiting for connections in use to be returned.
	pub async fn close(self) {
		self.pool.close().await
	}

	/// The newest schema version recorded in the database.
	pub async fn schema_version(&self) -> Result<i64, MirrorError> {
		schema::current_version(&self.pool).await
	}

	/// The last block applied (`None` if no block was).
	pub async fn cursor(&self) -> Result<Option<Cursor>, MirrorError> {
		apply::read_cursor(&self.pool).await
	}

	/// Applies one finalised block in ONE database transaction: stores the block, each of
	/// its events (in the order given) and their projections, and moves the cursor to it.
	///
	/// Exactly once:
	/// - an empty mirror accepts any block (the mirror starts there);
	/// - `block.number == cursor + 1`: applied, `Ok(Applied::Committed { .. })`;
	/// - `block.number <= cursor`: nothing is done, `Ok(Applied::AlreadyApplied)` (but
	///   [`MirrorError::HashMismatch`] if the mirror holds that block with another hash);
	/// - otherwise [`MirrorError::Gap`].
	///
	/// Any error inside the transaction (a duplicate event index, a constraint, a lost
	/// connection) rolls all of it back: the cursor and every table are as before, and the
	/// block can be applied again. Concurrent callers are safe: one applies, the others see
	/// `AlreadyApplied` (or [`MirrorError::Contended`] if the cursor keeps moving).
	pub async fn apply(&self, block: &BlockRecord) -> Result<Applied, MirrorError> {
		apply::apply(&self.pool, self.backend, block).await
	}

	/// Inserts genesis institutions (which exist without an `InstitutionAdmitted` event);
	/// a seed whose id already has a row is skipped, so this may be called at every start.
	/// Returns how many rows were inserted.
	pub async fn seed_institutions(&self, seeds: &[InstitutionSeed]) -> Result<u64, MirrorError> {
		project::seed_institutions(&self.pool, self.backend, seeds).await
	}

	/// Plans matching `filter`, by id (ascending, or descending with `newest_first`), one
	/// page of at most [`effective_limit`]`(filter.limit)` rows after `filter.after_id`.
	pub async fn plans(&self, filter: &PlanFilter) -> Result<Vec<PlanRow>, MirrorError> {
		query::plans(&self.pool, filter).await
	}

	/// One plan.
	pub async fn plan(&self, id: u64) -> Result<Option<PlanRow>, MirrorError> {
		query::plan(&self.pool, id).await
	}

	/// Confirmations, of one plan and/or one participant, newest first, at most
	/// [`effective_limit`]`(limit)`.
	pub async fn confirmations(
		&self,
		plan: Option<u64>,
		participant: Option<u32>,
		limit: u32,
	) -> Result<Vec<ConfirmationRow>, MirrorError> {
		query::confirmations(&self.pool, plan, participant, limit).await
	}

	/// Handoffs matching `filter`, newest request first, `filter.limit` rows from
	/// `filter.offset`.
	pub async fn handoffs(&self, filter: &HandoffFilter) -> Result<Vec<HandoffRow>, MirrorError> {
		query::handoffs(&self.pool, filter).await
	}

	/// Token movements from or to `institution` (all if `None`), in id (= mirroring) order,
	/// at most [`effective_limit`]`(limit)` with an id greater than `after`.
	pub async fn token_movements(
		&self,
		institution: Option<u32>,
		limit: u32,
		after: Option<i64>,
	) -> Result<Vec<MovementRow>, MirrorError> {
		query::token_movements(&self.pool, institution, limit, after).await
	}

	/// Every institution the mirror knows, by id.
	pub async fn institutions(&self) -> Result<Vec<InstitutionRow>, MirrorError> {
		query::institutions(&self.pool).await
	}

	/// Raw events from block `from_block` on, in (block, index) order, at most
	/// [`effective_limit`]`(limit)`.
	pub async fn events(&self, from_block: u64, limit: u32) -> Result<Vec<EventRow>, MirrorError> {
		query::events(&self.pool, from_block, limit).await
	}

	/// Records an attempt to open borrower data (the agent's audit trail): who (`caller`, the
	/// API token's name), which plan, what came of it and why; stamped with the current UTC
	/// time. The row is committed when this returns.
	pub async fn record_opening(
		&self,
		caller: &str,
		plan: u64,
		outcome: OpeningOutcome,
		detail: Option<&str>,
	) -> Result<OpeningRow, MirrorError> {
		project::record_opening(&self.pool, caller, plan, outcome, detail).await
	}

	/// Recorded openings, of one plan or all, newest first, at most
	/// [`effective_limit`]`(limit)`.
	pub async fn openings(
		&self,
		plan: Option<u64>,
		limit: u32,
	) -> Result<Vec<OpeningRow>, MirrorError> {
		query::openings(&self.pool, plan, limit).await
	}

	/// Adds a user of the web app. `password_hash` is the argon2id PHC string the agent made
	/// (the mirror never sees a password). Refuses a taken name
	/// ([`MirrorError::UserExists`]) or an unusable one ([`MirrorError::InvalidUserName`]).
	pub async fn add_user(
		&self,
		name: &str,
		role: UserRole,
		password_hash: &str,
		lang: Language,
	) -> Result<UserRow, MirrorError> {
		users::add_user(&self.pool, self.backend, name, role, password_hash, lang).await
	}

	/// Every user, by name.
	pub async fn users(&self) -> Result<Vec<UserRow>, MirrorError> {
		users::users(&self.pool).await
	}

	/// A user and its password hash, to check a sign-in.
	pub async fn user_with_hash(
		&self,
		name: &str,
	) -> Result<Option<(UserRow, String)>, MirrorError> {
		users::user_with_hash(&self.pool, name).await
	}

	/// Changes what is given of a user's role, password hash and language; `false` if there
	/// is no such user.
	pub async fn update_user(
		&self,
		name: &str,
		role: Option<UserRole>,
		password_hash: Option<&str>,
		lang: Option<Language>,
	) -> Result<bool, MirrorError> {
		users::update_user(&self.pool, name, role, password_hash, lang).await
	}

	/// Removes a user and its sessions (one transaction); `false` if there was none.
	pub async fn remove_user(&self, name: &str) -> Result<bool, MirrorError> {
		users::remove_user(&self.pool, self.backend, name).await
	}

	/// Records a new session of `user_id`, known by the SHA-256 (hex) of its cookie value.
	pub async fn create_session(
		&self,
		id_hash: &str,
		user_id: i64,
		csrf_token: &str,
		expires_at_ms: i64,
	) -> Result<(), MirrorError> {
		users::create_session(&self.pool, id_hash, user_id, csrf_token, expires_at_ms).await
	}

	/// A session and its user, whether or not it has expired (the agent decides).
	pub async fn session(&self, id_hash: &str) -> Result<Option<SessionRow>, MirrorError> {
		users::session(&self.pool, id_hash).await
	}

	/// Notes a request of the session at `at_ms` (for its idle expiry).
	pub async fn touch_session(&self, id_hash: &str, at_ms: i64) -> Result<(), MirrorError> {
		users::touch_session(&self.pool, id_hash, at_ms).await
	}

	/// Ends a session (sign-out); `false` if there was none.
	pub async fn end_session(&self, id_hash: &str) -> Result<bool, MirrorError> {
		users::end_session(&self.pool, id_hash).await
	}

	/// Ends the sessions past their absolute end or idle for `idle_ms`; returns how many.
	pub async fn end_stale_sessions(&self, now_ms: i64, idle_ms: i64) -> Result<u64, MirrorError> {
		users::end_stale_sessions(&self.pool, now_ms, idle_ms).await
	}

	/// Ends every session of a user (after a password or role change); returns how many.
	pub async fn end_sessions_of(&self, user_id: i64) -> Result<u64, MirrorError> {
		users::end_sessions_of(&self.pool, user_id).await
	}

	/// How many events the mirror holds.
	pub async fn event_count(&self) -> Result<u64, MirrorError> {
		query::event_count(&self.pool).await
	}

	/// One mirrored block.
	pub async fn block(&self, number: u64) -> Result<Option<BlockRow>, MirrorError> {
		query::block(&self.pool, number).await
	}
}

/// The backend a URL names.
pub fn backend_of(url: &str) -> Result<Backend, MirrorError> {
	let scheme = url.split(':').next().unwrap_or_default();
	match scheme {
		"sqlite" => Ok(Backend::Sqlite),
		"postgres" | "postgresql" => Ok(Backend::Postgres),
		_ => Err(MirrorError::UnsupportedUrl { scheme: scheme.to_owned() }),
	}
}

/// Whether a SQLite URL names an in-memory database.
fn is_memory(url: &str) -> bool {
	url.contains(":memory:") || url.contains("mode=memory")
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn backends_are_told_by_scheme_without_echoing_the_url() {
		assert_eq!(backend_of("sqlite::memory:").unwrap(), Backend::Sqlite);
		assert_eq!(backend_of("sqlite:///tmp/m.db?mode=rwc").unwrap(), Backend::Sqlite);
		assert_eq!(backend_of("postgres://u:p@h/db").unwrap(), Backend::Postgres);
		assert_eq!(backend_of("postgresql://h/db").unwrap(), Backend::Postgres);
		let err = backend_of("mysql://u:secret@h/db").unwrap_err().to_string();
		assert!(err.contains("mysql") && !err.contains("secret"), "{err}");
	}

	#[test]
	fn memory_urls_are_recognised() {
		assert!(is_memory("sqlite::memory:"));
		assert!(is_memory("sqlite://file?mode=memory&cache=shared"));
		assert!(!is_memory("sqlite:///tmp/m.db?mode=rwc"));
	}
}
