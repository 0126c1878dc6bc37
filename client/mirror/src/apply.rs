//! Applying one finalised block, exactly once: the cursor check, the one transaction that
//! claims the cursor and stores the block, its events and their projections, and the
//! decision between "next", "already applied" and "gap".

use sqlx::{AnyConnection, AnyPool, Row};

use crate::{
	codec::{normalise_hash, u64_to_db},
	project::project,
	schema::begin_write,
	Applied, Backend, BlockRecord, Cursor, MirrorError,
};

/// How often [`apply`] re-reads the cursor when another writer moved it meanwhile.
const CLAIM_ATTEMPTS: usize = 3;

/// The cursor, if any block was applied.
pub(crate) async fn read_cursor(pool: &AnyPool) -> Result<Option<Cursor>, MirrorError> {
	let row = sqlx::query("SELECT block_number, block_hash FROM cursor WHERE id = 1")
		.fetch_optional(pool)
		.await?;
	let Some(row) = row else { return Ok(None) };
	let number: Option<i64> = row.try_get("block_number")?;
	let hash: Option<String> = row.try_get("block_hash")?;
	match (number, hash) {
		(Some(number), Some(hash)) => Ok(Some(Cursor {
			number: crate::codec::u64_from_db(number, "cursor.block_number")?,
			hash,
		})),
		_ => Ok(None),
	}
}

/// What to do with a block, given the cursor.
enum Decision {
	/// Store it; the cursor must still be `previous` (`None`: the mirror is empty).
	Store { previous: Option<i64> },
	/// It is at or below the cursor.
	Skip,
}

/// Decides from the cursor alone; a block that is neither next nor old is a gap.
fn decide(cursor: Option<&Cursor>, number: u64) -> Result<Decision, MirrorError> {
	let Some(cursor) = cursor else { return Ok(Decision::Store { previous: None }) };
	if number <= cursor.number {
		return Ok(Decision::Skip);
	}
	let expected = cursor.number.saturating_add(1);
	if number != expected {
		return Err(MirrorError::Gap { expected, got: number });
	}
	Ok(Decision::Store { previous: Some(u64_to_db(cursor.number, "cursor")?) })
}

/// Applies `block` (see [`crate::Mirror::apply`]).
pub(crate) async fn apply(
	pool: &AnyPool,
	backend: Backend,
	block: &BlockRecord,
) -> Result<Applied, MirrorError> {
	let number = u64_to_db(block.number, "block number")?;
	let hash = normalise_hash(&block.hash)?;
	for _ in 0..CLAIM_ATTEMPTS {
		let cursor = read_cursor(pool).await?;
		let previous = match decide(cursor.as_ref(), block.number)? {
			Decision::Skip => {
				check_same_hash(pool, cursor.as_ref(), block.number, number, &hash).await?;
				return Ok(Applied::AlreadyApplied);
			},
			Decision::Store { previous } => previous,
		};
		// On SQLite the transaction holds the write lock from its start; on PostgreSQL the
		// claim, its first statement, locks the cursor row. A concurrent writer that got
		// there first makes the claim match no row; then we look at the cursor again.
		let mut tx = begin_write(pool, backend).await?;
		let claim = match previous {
			Some(previous) => sqlx::query(
				"UPDATE cursor SET block_number = $1, block_hash = $2 \
				 WHERE id = 1 AND block_number = $3",
			)
			.bind(number)
			.bind(&hash)
			.bind(previous),
			None => sqlx::query(
				"UPDATE cursor SET block_number = $1, block_hash = $2 \
				 WHERE id = 1 AND block_number IS NULL",
			)
			.bind(number)
			.bind(&hash),
		};
		let claimed = match claim.execute(&mut *tx).await {
			Ok(done) => done.rows_affected() == 1,
			Err(e) => {
				let _ = tx.rollback().await;
				return Err(e.into());
			},
		};
		if !claimed {
			tx.rollback().await?;
			continue;
		}
		match store(&mut tx, block, number, &hash).await {
			Ok(()) => {
				tx.commit().await?;
				return Ok(Applied::Committed { events: block.events.len() });
			},
			Err(e) => {
				// Dropping the transaction would roll back too; say so explicitly.
				let _ = tx.rollback().await;
				return Err(e);
			},
		}
	}
	Err(MirrorError::Contended(block.number))
}

/// For a block at or below the cursor: its hash must be the one stored (when the mirror has
/// the block; blocks before the mirror's first block are not known).
async fn check_same_hash(
	pool: &AnyPool,
	cursor: Option<&Cursor>,
	number: u64,
	db_number: i64,
	hash: &str,
) -> Result<(), MirrorError> {
	let stored = match cursor {
		Some(cursor) if cursor.number == number => Some(cursor.hash.clone()),
		_ => sqlx::query("SELECT hash FROM blocks WHERE number = $1")
			.bind(db_number)
			.fetch_optional(pool)
			.await?
			.map(|row| row.try_get::<String, _>("hash"))
			.transpose()?,
	};
	match stored {
		Some(stored) if stored != hash => {
			Err(MirrorError::HashMismatch { number, stored, offered: hash.to_owned() })
		},
		_ => Ok(()),
	}
}

/// Stores the block row, then each event followed by its projection, in the order given.
async fn store(
	conn: &mut AnyConnection,
	block: &BlockRecord,
	number: i64,
	hash: &str,
) -> Result<(), MirrorError> {
	let timestamp = block.timestamp_ms.map(|t| u64_to_db(t, "timestamp")).transpose()?;
	let event_count = i64::try_from(block.events.len())
		.map_err(|_| MirrorError::InvalidBlock("too many events".into()))?;
	sqlx::query(
		"INSERT INTO blocks (number, hash, timestamp_ms, event_count) VALUES ($1, $2, $3, $4)",
	)
	.bind(number)
	.bind(hash)
	.bind(timestamp)
	.bind(event_count)
	.execute(&mut *conn)
	.await?;
	for event in &block.events {
		let index = i64::from(event.index);
		sqlx::query(
			"INSERT INTO events (block_number, event_index, block_hash, pallet, variant, fields_json) \
			 VALUES ($1, $2, $3, $4, $5, $6)",
		)
		.bind(number)
		.bind(index)
		.bind(hash)
		.bind(&event.pallet)
		.bind(&event.variant)
		.bind(serde_json::to_string(&event.fields)?)
		.execute(&mut *conn)
		.await?;
		if let Some(domain) = &event.domain {
			project(conn, number, index, domain).await?;
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	fn cursor(number: u64) -> Cursor {
		Cursor { number, hash: "0x01".into() }
	}

	#[test]
	fn an_empty_mirror_takes_any_block() {
		assert!(matches!(decide(None, 7), Ok(Decision::Store { previous: None })));
	}

	#[test]
	fn the_next_block_is_stored_old_ones_skipped_others_are_gaps() {
		let c = cursor(5);
		assert!(matches!(decide(Some(&c), 6), Ok(Decision::Store { previous: Some(5) })));
		assert!(matches!(decide(Some(&c), 5), Ok(Decision::Skip)));
		assert!(matches!(decide(Some(&c), 0), Ok(Decision::Skip)));
		assert!(matches!(decide(Some(&c), 8), Err(MirrorError::Gap { expected: 6, got: 8 })));
	}
}
