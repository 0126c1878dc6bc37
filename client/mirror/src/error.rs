//! The crate's one error type, [`MirrorError`].

/// Everything that can go wrong opening, writing or reading the mirror.
#[derive(Debug, thiserror::Error)]
pub enum MirrorError {
	/// The database driver failed (connection, SQL, constraint, I/O). When it happens in
	/// [`crate::Mirror::apply`] the block's transaction was rolled back: nothing of the block
	/// was stored and the cursor did not move.
	#[error("database error: {0}")]
	Database(#[from] sqlx::Error),
	/// The URL names no supported backend (only `sqlite:` and `postgres://`/`postgresql://`).
	#[error("unsupported database URL scheme {scheme:?} (expected sqlite: or postgres://)")]
	UnsupportedUrl {
		/// The URL's scheme (the part before the first `:`); the rest is not echoed as it may
		/// hold a password.
		scheme: String,
	},
	/// The database was migrated by a newer build of the mirror than this one.
	#[error(
		"the mirror database schema is version {found}, newer than version {supported} that \
		 this build understands: upgrade the agent (or point it at another database)"
	)]
	SchemaTooNew {
		/// The newest migration recorded in the database.
		found: i64,
		/// The newest migration this build knows.
		supported: i64,
	},
	/// The block does not follow the cursor: blocks must be applied in order, one by one.
	#[error("block {got} does not follow the mirror's cursor: expected block {expected}")]
	Gap {
		/// The block the mirror needs next (cursor + 1).
		expected: u64,
		/// The block that was offered.
		got: u64,
	},
	/// A block at or below the cursor was offered again with another hash than the one stored:
	/// the agent follows another chain than the one this database mirrors.
	#[error("block {number} is mirrored with hash {stored}, but was offered with hash {offered}")]
	HashMismatch {
		/// The block number.
		number: u64,
		/// The hash stored when the block was applied.
		stored: String,
		/// The hash offered now.
		offered: String,
	},
	/// Another writer moved the cursor while this block was being applied, again and again.
	#[error(
		"the cursor kept moving while block {0} was being applied (is another agent writing?)"
	)]
	Contended(u64),
	/// The block record is malformed (hash not 0x-hex, number out of range, ...).
	#[error("invalid block record: {0}")]
	InvalidBlock(String),
	/// A value read back from the database is not what the mirror writes (edited by hand?).
	#[error("unexpected value in {column}: {value:?}")]
	Corrupt {
		/// The table and column, as `table.column`.
		column: &'static str,
		/// The value found.
		value: String,
	},
	/// A user of that name exists already.
	#[error("there is already a user named {0:?}")]
	UserExists(String),
	/// A user name that cannot be used (empty, too long, control characters, `:`).
	#[error("invalid user name {0:?}: use 1 to 64 letters, digits, '.', '_', '-' or '@'")]
	InvalidUserName(String),
	/// A JSON document could not be written or read.
	#[error("JSON error: {0}")]
	Json(#[from] serde_json::Error),
}
