//! Money as a sheet writes it (RMB with at most two decimals, as text such as `¥1,234.56`
//! or `1234.56元`, or as an Excel number) and as the chain counts it (integer fen).
//!
//! Amounts never go through floating point when written as text; an Excel number is a
//! binary float, so it is rounded to the fen and refused unless it is within
//! [`FLOAT_TOLERANCE_RMB`] of a two-decimal value.

use crate::timefmt::to_half_width;

/// Fen per RMB.
pub const FEN_PER_RMB: u128 = 100;
/// How far (in RMB) an Excel number may be from a two-decimal value and still be read as
/// that value (absorbs the binary representation error of e.g. `0.1 + 0.2`).
pub const FLOAT_TOLERANCE_RMB: f64 = 1e-6;
/// The largest fen count a float represents exactly (2^53).
const MAX_EXACT_FLOAT: f64 = 9_007_199_254_740_992.0;

/// Parses an RMB amount written as text into fen: `1234`, `1234.5`, `1,234.56`,
/// `¥1,234.56`, `￥1,234.56`, `1234.56元`, `1_200`, full-width digits.
///
/// Thousands separators (`,` `，` `_` and spaces) are ignored; at most two decimals; no
/// sign. Errors are predicates about the cell ("is not an amount in RMB ...").
pub fn parse_rmb(text: &str) -> Result<u128, String> {
	let half = to_half_width(text);
	let t = half.trim();
	let t = t.strip_prefix(['¥', '￥']).unwrap_or(t);
	let t = t.strip_suffix('元').unwrap_or(t);
	let cleaned: String = t.chars().filter(|c| !matches!(c, ',' | '_' | ' ')).collect();
	let not_amount = || "is not an amount in RMB (e.g. 80000, 1,234.50 or ¥1,234.50)".to_owned();
	let (whole, frac) = match cleaned.split_once('.') {
		Some((w, f)) => (w, Some(f)),
		None => (cleaned.as_str(), None),
	};
	let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
	if !digits(whole) || !frac.is_none_or(digits) {
		return Err(not_amount());
	}
	let frac = frac.unwrap_or_default();
	if frac.len() > 2 {
		return Err("has more than two decimals (the smallest unit is 1 fen)".into());
	}
	let too_large = || "is too large".to_owned();
	let whole: u128 = whole.parse().map_err(|_| too_large())?;
	let mut fen_part: u128 =
		if frac.is_empty() { 0 } else { frac.parse().map_err(|_| not_amount())? };
	if frac.len() == 1 {
		fen_part *= 10;
	}
	whole.checked_mul(FEN_PER_RMB).and_then(|f| f.checked_add(fen_part)).ok_or_else(too_large)
}

/// Converts an RMB amount held as an Excel number into fen: rounds to the fen and refuses
/// a value more than [`FLOAT_TOLERANCE_RMB`] away from it, a negative value, and values
/// too large for a float to hold to the fen.
pub fn rmb_from_f64(value: f64) -> Result<u128, String> {
	if !value.is_finite() {
		return Err("is not an amount in RMB".into());
	}
	if value < 0.0 {
		return Err("is negative".into());
	}
	let fen = (value * 100.0).round();
	if fen > MAX_EXACT_FLOAT {
		return Err(
			"is too large to be held exactly by a spreadsheet number (write it as text)".into()
		);
	}
	if (value - fen / 100.0).abs() > FLOAT_TOLERANCE_RMB {
		return Err("has more than two decimals (the smallest unit is 1 fen)".into());
	}
	Ok(fen as u128)
}

/// Formats fen as RMB with thousands separators: `8000000` → `80,000.00`.
pub fn format_fen(fen: u128) -> String {
	let whole = (fen / FEN_PER_RMB).to_string();
	let mut grouped = String::with_capacity(whole.len() + whole.len() / 3 + 3);
	for (i, c) in whole.chars().enumerate() {
		if i > 0 && (whole.len() - i).is_multiple_of(3) {
			grouped.push(',');
		}
		grouped.push(c);
	}
	format!("{grouped}.{:02}", fen % FEN_PER_RMB)
}

/// Formats basis points as a percentage: `1850` → `18.50%`.
pub fn format_bp(bp: u32) -> String {
	format!("{}.{:02}%", bp / 100, bp % 100)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn parses_the_amount_forms_into_fen() {
		for (text, fen) in [
			("1234", 123_400),
			("1234.5", 123_450),
			("1,234.56", 123_456),
			("¥1,234.56", 123_456),
			("￥1,234.56", 123_456),
			("1234.56元", 123_456),
			("￥1,234.56元", 123_456),
			(" 1_200.07 ", 120_007),
			("１２３４．５６", 123_456),
			("1，234", 123_400),
			("¥0.01", 1),
			("0", 0),
			("80,000", 8_000_000),
		] {
			assert_eq!(parse_rmb(text), Ok(fen), "{text}");
		}
	}

	#[test]
	fn refuses_what_is_not_an_amount() {
		for bad in ["", "-5", "12a", "12x", ".5", "5.", "1e5", "1.2.3", "¥", "元", "5元5", "$5"]
		{
			let err = parse_rmb(bad).unwrap_err();
			assert!(err.starts_with("is not an amount"), "{bad:?}: {err}");
		}
		assert!(parse_rmb("1.234").unwrap_err().contains("two decimals"));
		assert!(parse_rmb("99999999999999999999999999999999999999999")
			.unwrap_err()
			.contains("too large"));
	}

	#[test]
	fn excel_numbers_are_rounded_to_the_fen_within_a_tolerance() {
		assert_eq!(rmb_from_f64(1234.56), Ok(123_456));
		assert_eq!(rmb_from_f64(0.1 + 0.2), Ok(30));
		assert_eq!(rmb_from_f64(120_000.0), Ok(12_000_000));
		assert_eq!(rmb_from_f64(1234.5600004), Ok(123_456));
		assert_eq!(rmb_from_f64(0.0), Ok(0));
		assert!(rmb_from_f64(1234.567).unwrap_err().contains("two decimals"));
		assert!(rmb_from_f64(1234.56001).unwrap_err().contains("two decimals"));
		assert!(rmb_from_f64(-1.0).unwrap_err().contains("negative"));
		assert!(rmb_from_f64(f64::NAN).is_err());
		assert!(rmb_from_f64(1e15).unwrap_err().contains("too large"));
	}

	#[test]
	fn formats_fen_and_basis_points() {
		assert_eq!(format_fen(8_000_000), "80,000.00");
		assert_eq!(format_fen(5), "0.05");
		assert_eq!(format_fen(12_345_678_901), "123,456,789.01");
		assert_eq!(format_bp(1850), "18.50%");
	}
}
