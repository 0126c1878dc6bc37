//! How Rust values map to the columns both backends share: unsigned ids as `BIGINT`
//! (checked against `i64`), `u128` amounts as canonical decimal `TEXT`, hashes as
//! lower-case `0x`-hex `TEXT`, JSON as `TEXT`; and the serde form of amounts (decimal
//! strings, so that JSON clients never round them).

use crate::MirrorError;

/// A `u64` as the `BIGINT` it is stored as; `what` names it in the error.
pub(crate) fn u64_to_db(value: u64, what: &str) -> Result<i64, MirrorError> {
	i64::try_from(value).map_err(|_| {
		MirrorError::InvalidBlock(format!("{what} {value} exceeds the range of BIGINT"))
	})
}

/// A `BIGINT` read back as a `u64`.
pub(crate) fn u64_from_db(value: i64, column: &'static str) -> Result<u64, MirrorError> {
	u64::try_from(value).map_err(|_| MirrorError::Corrupt { column, value: value.to_string() })
}

/// A `BIGINT` read back as a `u32`.
pub(crate) fn u32_from_db(value: i64, column: &'static str) -> Result<u32, MirrorError> {
	u32::try_from(value).map_err(|_| MirrorError::Corrupt { column, value: value.to_string() })
}

/// A `BIGINT` read back as a `u16`.
pub(crate) fn u16_from_db(value: i64, column: &'static str) -> Result<u16, MirrorError> {
	u16::try_from(value).map_err(|_| MirrorError::Corrupt { column, value: value.to_string() })
}

/// An amount as the canonical decimal text it is stored as (no sign, no leading zeros).
pub(crate) fn amount_to_db(value: u128) -> String {
	value.to_string()
}

/// Decimal text read back as an amount.
pub(crate) fn amount_from_db(value: &str, column: &'static str) -> Result<u128, MirrorError> {
	value.parse().map_err(|_| MirrorError::Corrupt { column, value: value.to_owned() })
}

/// Checks that `hash` is `0x` followed by an even, non-zero number of hex digits and
/// returns it lower-cased.
pub(crate) fn normalise_hash(hash: &str) -> Result<String, MirrorError> {
	let digits = hash.strip_prefix("0x").ok_or_else(|| {
		MirrorError::InvalidBlock(format!("hash {hash:?} does not start with 0x"))
	})?;
	if digits.is_empty() || digits.len() % 2 != 0 || !digits.bytes().all(|b| b.is_ascii_hexdigit())
	{
		return Err(MirrorError::InvalidBlock(format!("hash {hash:?} is not 0x-prefixed hex")));
	}
	Ok(hash.to_ascii_lowercase())
}

/// SQL comparing the decimal-text amount column `column` with the decimal-text parameter
/// `param` (e.g. `$3`) numerically: a longer canonical decimal is larger, and decimals of
/// one length compare as text (the column is `COLLATE "C"` on PostgreSQL, binary on SQLite).
/// `op` is `>=` or `<=`.
pub(crate) fn amount_cmp_sql(column: &str, op: &str, param: &str) -> String {
	let strict = if op == ">=" { ">" } else { "<" };
	format!(
		"(length({column}) {strict} length({param}) OR (length({column}) = length({param}) AND \
		 {column} {op} {param}))"
	)
}

/// Reads text that the agent renders from chain bytes: a string as it is, an empty byte
/// string (rendered as `[]`) as `""`, anything else (a variant with fields, say) as its JSON
/// text, so that an unexpected rendering never stops the mirror.
pub(crate) fn lenient_text<'de, D: serde::Deserializer<'de>>(
	deserializer: D,
) -> Result<String, D::Error> {
	use serde::Deserialize;
	Ok(match serde_json::Value::deserialize(deserializer)? {
		serde_json::Value::String(s) => s,
		serde_json::Value::Array(a) if a.is_empty() => String::new(),
		serde_json::Value::Null => String::new(),
		other => other.to_string(),
	})
}

/// `ms` (milliseconds since the Unix epoch) as an RFC 3339 UTC timestamp with
/// milliseconds, `2026-03-01T08:00:00.123Z`: sortable as text on both backends.
pub(crate) fn utc_timestamp(ms: u64) -> String {
	let secs = ms / 1000;
	let days = i64::try_from(secs / 86_400).unwrap_or(i64::MAX / 2);
	let rem = secs % 86_400;
	let (y, m, d) = civil_from_days(days);
	format!(
		"{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
		rem / 3600,
		rem / 60 % 60,
		rem % 60,
		ms % 1000
	)
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
	let z = days + 719_468;
	let era = z.div_euclid(146_097);
	let doe = z.rem_euclid(146_097);
	let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
	let m = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
	let y = yoe + era * 400 + i64::from(m <= 2);
	(y, m, d)
}

/// Milliseconds since the Unix epoch now (0 if the clock is before it).
pub(crate) fn now_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
		.unwrap_or(0)
}

/// Serde for `u128` amounts: written as a decimal string, read from a string or a number.
pub(crate) mod decimal {
	use serde::{de, Deserializer, Serializer};

	/// Writes the amount as a decimal string.
	pub fn serialize<S: Serializer>(value: &u128, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.collect_str(value)
	}

	/// Reads an amount from a decimal string or a non-negative integer.
	pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u128, D::Error> {
		deserializer.deserialize_any(AmountVisitor)
	}

	struct AmountVisitor;

	impl de::Visitor<'_> for AmountVisitor {
		type Value = u128;

		fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
			f.write_str("a non-negative integer amount, as a decimal string or a number")
		}

		fn visit_str<E: de::Error>(self, value: &str) -> Result<u128, E> {
			value.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
		}

		fn visit_u64<E: de::Error>(self, value: u64) -> Result<u128, E> {
			Ok(value.into())
		}

		fn visit_u128<E: de::Error>(self, value: u128) -> Result<u128, E> {
			Ok(value)
		}

		fn visit_i64<E: de::Error>(self, value: i64) -> Result<u128, E> {
			u128::try_from(value)
				.map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
		}
	}
}

/// Serde for optional `u128` amounts (as [`decimal`]; a missing field is `None`).
pub(crate) mod decimal_opt {
	use serde::{Deserialize, Deserializer, Serializer};

	/// Writes the amount as a decimal string, or nothing as `null`.
	pub fn serialize<S: Serializer>(
		value: &Option<u128>,
		serializer: S,
	) -> Result<S::Ok, S::Error> {
		match value {
			Some(value) => serializer.collect_str(value),
			None => serializer.serialize_none(),
		}
	}

	/// Reads an optional amount from a decimal string, a non-negative integer or `null`.
	pub fn deserialize<'de, D: Deserializer<'de>>(
		deserializer: D,
	) -> Result<Option<u128>, D::Error> {
		#[derive(Deserialize)]
		struct Wrapped(#[serde(with = "super::decimal")] u128);
		Ok(Option::<Wrapped>::deserialize(deserializer)?.map(|Wrapped(value)| value))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hashes_are_checked_and_lower_cased() {
		assert_eq!(normalise_hash("0xABcd").unwrap(), "0xabcd");
		assert!(normalise_hash("abcd").is_err());
		assert!(normalise_hash("0x").is_err());
		assert!(normalise_hash("0xabc").is_err());
		assert!(normalise_hash("0xzz").is_err());
	}

	#[test]
	fn amounts_round_trip_as_decimal_text() {
		assert_eq!(amount_to_db(u128::MAX), "340282366920938463463374607431768211455");
		assert_eq!(amount_from_db(&amount_to_db(u128::MAX), "t.c").unwrap(), u128::MAX);
		assert!(amount_from_db("-1", "t.c").is_err());
	}

	#[test]
	fn amounts_serialise_as_strings_and_read_either_form() {
		#[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
		struct A {
			#[serde(with = "decimal")]
			a: u128,
		}
		let json = serde_json::to_string(&A { a: u128::MAX }).unwrap();
		assert_eq!(json, r#"{"a":"340282366920938463463374607431768211455"}"#);
		assert_eq!(serde_json::from_str::<A>(&json).unwrap(), A { a: u128::MAX });
		assert_eq!(serde_json::from_str::<A>(r#"{"a":12}"#).unwrap(), A { a: 12 });
		assert!(serde_json::from_str::<A>(r#"{"a":-1}"#).is_err());

		#[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
		struct B {
			#[serde(default, with = "decimal_opt")]
			b: Option<u128>,
		}
		assert_eq!(serde_json::to_string(&B { b: Some(7) }).unwrap(), r#"{"b":"7"}"#);
		assert_eq!(serde_json::to_string(&B { b: None }).unwrap(), r#"{"b":null}"#);
		assert_eq!(serde_json::from_str::<B>(r#"{"b":"7"}"#).unwrap(), B { b: Some(7) });
		assert_eq!(serde_json::from_str::<B>(r#"{"b":null}"#).unwrap(), B { b: None });
		assert_eq!(serde_json::from_str::<B>("{}").unwrap(), B { b: None });
	}

	#[test]
	fn timestamps_are_rfc3339_utc() {
		assert_eq!(utc_timestamp(0), "1970-01-01T00:00:00.000Z");
		assert_eq!(utc_timestamp(1_767_225_600_000), "2026-01-01T00:00:00.000Z");
		assert_eq!(utc_timestamp(951_782_400_000 + 3_723_456), "2000-02-29T01:02:03.456Z");
		assert_eq!(utc_timestamp(4_107_542_399_999), "2100-02-28T23:59:59.999Z");
	}

	#[test]
	fn lenient_text_takes_what_the_agent_renders() {
		#[derive(serde::Deserialize)]
		struct T {
			#[serde(deserialize_with = "lenient_text")]
			t: String,
		}
		let read = |j: &str| serde_json::from_str::<T>(j).map(|t| t.t).unwrap();
		assert_eq!(read(r#"{"t":"WrongKey"}"#), "WrongKey");
		assert_eq!(read(r#"{"t":[]}"#), "");
		assert_eq!(read(r#"{"t":{"Other":1}}"#), r#"{"Other":1}"#);
	}

	#[test]
	fn amount_comparison_sql_names_both_sides() {
		assert_eq!(
			amount_cmp_sql("amount", ">=", "$2"),
			"(length(amount) > length($2) OR (length(amount) = length($2) AND amount >= $2))"
		);
	}
}
