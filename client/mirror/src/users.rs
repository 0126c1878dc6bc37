//! The web app's local users and their sessions (`users` and `sessions`, migration 3).
//!
//! The mirror only stores what the agent hands it: a user's password arrives already
//! hashed (an argon2id PHC string, made by the agent), and a session is known by the
//! SHA-256 of its cookie value, never by the cookie itself. Whether a session is still
//! valid (idle and absolute expiry) is the agent's decision; the rows carry the times it
//! needs. Removing a user removes its sessions in the same transaction.

use sqlx::{any::AnyRow, AnyPool, Row};

use crate::{
	codec::now_ms, schema::begin_write, Backend, Language, MirrorError, SessionRow, UserRole,
	UserRow,
};

/// Longest user name, in characters.
pub const MAX_USER_NAME: usize = 64;

/// Whether `name` may be a user name: 1 to [`MAX_USER_NAME`] letters (any script), digits,
/// `.`, `_`, `-` or `@`.
pub fn valid_user_name(name: &str) -> bool {
	let count = name.chars().count();
	(1..=MAX_USER_NAME).contains(&count)
		&& name.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
}

const USER_COLUMNS: &str = "id, name, role, lang, created_at_ms, updated_at_ms";

fn now() -> i64 {
	i64::try_from(now_ms()).unwrap_or(i64::MAX)
}

/// A `users` row (columns [`USER_COLUMNS`], possibly prefixed `u_` in joins).
fn user_row(row: &AnyRow, prefix: &str) -> Result<UserRow, MirrorError> {
	let col = |name: &str| format!("{prefix}{name}");
	let role: String = row.try_get(col("role").as_str())?;
	let lang: String = row.try_get(col("lang").as_str())?;
	Ok(UserRow {
		id: row.try_get(col("id").as_str())?,
		name: row.try_get(col("name").as_str())?,
		role: UserRole::parse(&role)
			.ok_or(MirrorError::Corrupt { column: "users.role", value: role })?,
		lang: Language::parse(&lang)
			.ok_or(MirrorError::Corrupt { column: "users.lang", value: lang })?,
		created_at_ms: row.try_get(col("created_at_ms").as_str())?,
		updated_at_ms: row.try_get(col("updated_at_ms").as_str())?,
	})
}

/// See [`crate::Mirror::add_user`].
pub(crate) async fn add_user(
	pool: &AnyPool,
	backend: Backend,
	name: &str,
	role: UserRole,
	password_hash: &str,
	lang: Language,
) -> Result<UserRow, MirrorError> {
	if !valid_user_name(name) {
		return Err(MirrorError::InvalidUserName(name.to_owned()));
	}
	let mut tx = begin_write(pool, backend).await?;
	let taken = sqlx::query("SELECT COUNT(*) AS n FROM users WHERE name = $1")
		.bind(name)
		.fetch_one(&mut *tx)
		.await?
		.try_get::<i64, _>("n")?;
	if taken > 0 {
		return Err(MirrorError::UserExists(name.to_owned()));
	}
	let at = now();
	let id: i64 = sqlx::query(
		"INSERT INTO users (name, role, password_hash, lang, created_at_ms, updated_at_ms) \
		 VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
	)
	.bind(name)
	.bind(role.as_str())
	.bind(password_hash)
	.bind(lang.as_str())
	.bind(at)
	.fetch_one(&mut *tx)
	.await?
	.try_get("id")?;
	tx.commit().await?;
	Ok(UserRow { id, name: name.to_owned(), role, lang, created_at_ms: at, updated_at_ms: at })
}

/// See [`crate::Mirror::users`].
pub(crate) async fn users(pool: &AnyPool) -> Result<Vec<UserRow>, MirrorError> {
	sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users ORDER BY name"))
		.fetch_all(pool)
		.await?
		.iter()
		.map(|row| user_row(row, ""))
		.collect()
}

/// See [`crate::Mirror::user_with_hash`].
pub(crate) async fn user_with_hash(
	pool: &AnyPool,
	name: &str,
) -> Result<Option<(UserRow, String)>, MirrorError> {
	sqlx::query(&format!("SELECT {USER_COLUMNS}, password_hash FROM users WHERE name = $1"))
		.bind(name)
		.fetch_optional(pool)
		.await?
		.map(|row| Ok((user_row(&row, "")?, row.try_get("password_hash")?)))
		.transpose()
}

/// See [`crate::Mirror::update_user`].
pub(crate) async fn update_user(
	pool: &AnyPool,
	name: &str,
	role: Option<UserRole>,
	password_hash: Option<&str>,
	lang: Option<Language>,
) -> Result<bool, MirrorError> {
	let mut sets = Vec::new();
	let mut values = Vec::new();
	for (column, value) in [
		("role", role.map(|r| r.as_str().to_owned())),
		("password_hash", password_hash.map(str::to_owned)),
		("lang", lang.map(|l| l.as_str().to_owned())),
	] {
		if let Some(value) = value {
			values.push(value);
			sets.push(format!("{column} = ${}", values.len()));
		}
	}
	if sets.is_empty() {
		return Ok(user_with_hash(pool, name).await?.is_some());
	}
	let sql = format!(
		"UPDATE users SET {}, updated_at_ms = ${} WHERE name = ${}",
		sets.join(", "),
		values.len() + 1,
		values.len() + 2
	);
	let mut query = sqlx::query(&sql);
	for value in values {
		query = query.bind(value);
	}
	let done = query.bind(now()).bind(name).execute(pool).await?;
	Ok(done.rows_affected() > 0)
}

/// See [`crate::Mirror::remove_user`].
pub(crate) async fn remove_user(
	pool: &AnyPool,
	backend: Backend,
	name: &str,
) -> Result<bool, MirrorError> {
	let mut tx = begin_write(pool, backend).await?;
	sqlx::query("DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name = $1)")
		.bind(name)
		.execute(&mut *tx)
		.await?;
	let done =
		sqlx::query("DELETE FROM users WHERE name = $1").bind(name).execute(&mut *tx).await?;
	tx.commit().await?;
	Ok(done.rows_affected() > 0)
}

/// See [`crate::Mirror::create_session`].
pub(crate) async fn create_session(
	pool: &AnyPool,
	id_hash: &str,
	user_id: i64,
	csrf_token: &str,
	expires_at_ms: i64,
) -> Result<(), MirrorError> {
	let at = now();
	sqlx::query(
		"INSERT INTO sessions (id_hash, user_id, csrf_token, created_at_ms, last_seen_ms, \
		 expires_at_ms) VALUES ($1, $2, $3, $4, $4, $5)",
	)
	.bind(id_hash)
	.bind(user_id)
	.bind(csrf_token)
	.bind(at)
	.bind(expires_at_ms)
	.execute(pool)
	.await?;
	Ok(())
}

/// See [`crate::Mirror::session`].
pub(crate) async fn session(
	pool: &AnyPool,
	id_hash: &str,
) -> Result<Option<SessionRow>, MirrorError> {
	sqlx::query(
		"SELECT s.id_hash, s.csrf_token, s.created_at_ms, s.last_seen_ms, s.expires_at_ms, \
		 u.id AS u_id, u.name AS u_name, u.role AS u_role, u.lang AS u_lang, \
		 u.created_at_ms AS u_created_at_ms, u.updated_at_ms AS u_updated_at_ms \
		 FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1",
	)
	.bind(id_hash)
	.fetch_optional(pool)
	.await?
	.map(|row| {
		Ok(SessionRow {
			id_hash: row.try_get("id_hash")?,
			user: user_row(&row, "u_")?,
			csrf_token: row.try_get("csrf_token")?,
			created_at_ms: row.try_get("created_at_ms")?,
			last_seen_ms: row.try_get("last_seen_ms")?,
			expires_at_ms: row.try_get("expires_at_ms")?,
		})
	})
	.transpose()
}

/// See [`crate::Mirror::touch_session`].
pub(crate) async fn touch_session(
	pool: &AnyPool,
	id_hash: &str,
	at_ms: i64,
) -> Result<(), MirrorError> {
	sqlx::query("UPDATE sessions SET last_seen_ms = $1 WHERE id_hash = $2")
		.bind(at_ms)
		.bind(id_hash)
		.execute(pool)
		.await?;
	Ok(())
}

/// See [`crate::Mirror::end_session`].
pub(crate) async fn end_session(pool: &AnyPool, id_hash: &str) -> Result<bool, MirrorError> {
	let done =
		sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(pool).await?;
	Ok(done.rows_affected() > 0)
}

/// See [`crate::Mirror::end_stale_sessions`].
pub(crate) async fn end_stale_sessions(
	pool: &AnyPool,
	now_ms: i64,
	idle_ms: i64,
) -> Result<u64, MirrorError> {
	let done = sqlx::query("DELETE FROM sessions WHERE expires_at_ms <= $1 OR last_seen_ms <= $2")
		.bind(now_ms)
		.bind(now_ms.saturating_sub(idle_ms))
		.execute(pool)
		.await?;
	Ok(done.rows_affected())
}

/// See [`crate::Mirror::end_sessions_of`].
pub(crate) async fn end_sessions_of(pool: &AnyPool, user_id: i64) -> Result<u64, MirrorError> {
	let done =
		sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(pool).await?;
	Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
	#[test]
	fn user_names_are_checked() {
		for good in ["alice", "li.wei", "张伟", "ops-2@alpha", &"a".repeat(64)] {
			assert!(super::valid_user_name(good), "{good}");
		}
		for bad in ["", "a b", "a:b", "x\n", &"a".repeat(65), "<script>"] {
			assert!(!super::valid_user_name(bad), "{bad}");
		}
	}
}
