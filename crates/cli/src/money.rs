//! Money as people write it (RMB with up to two decimals) and as the chain counts it
//! (integer fen; one token unit is one fen, 1 TOKEN = 1 RMB).
use loanshare_primitives::Fen;

/// Fen per RMB (and token units per TOKEN).
pub const FEN_PER_RMB: u128 = 100;

/// Parses an RMB amount such as `80000`, `80,000.5` or `1_200.00` into fen.
///
/// Thousands separators (`,` `_` and spaces) are ignored; at most two decimals; no sign.
pub fn parse_rmb(text: &str) -> Result<Fen, String> {
	let cleaned: String = text
		.trim()
		.trim_start_matches(['¥', '￥'])
		.chars()
		.filter(|c| !matches!(c, ',' | '_' | ' '))
		.collect();
	if cleaned.is_empty() {
		return Err("empty amount".into());
	}
	let (whole, frac) = match cleaned.split_once('.') {
		Some((w, f)) => (w, Some(f)),
		None => (cleaned.as_str(), None),
	};
	let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
	if !digits(whole) || !frac.is_none_or(digits) {
		return Err(format!("`{text}` is not an amount in RMB (e.g. 80000 or 1234.50)"));
	}
	let frac = frac.unwrap_or_default();
	if frac.len() > 2 {
		return Err(format!("`{text}` has more than two decimals (the smallest unit is 1 fen)"));
	}
	let whole: u128 = whole.parse().map_err(|_| format!("`{text}` is too large"))?;
	let mut fen_part: u128 =
		if frac.is_empty() { 0 } else { frac.parse().map_err(|_| "bad decimals")? };
	if frac.len() == 1 {
		fen_part *= 10;
	}
	whole
		.checked_mul(FEN_PER_RMB)
		.and_then(|f| f.checked_add(fen_part))
		.ok_or_else(|| format!("`{text}` is too large"))
}

/// Parses an RMB amount that must be positive.
pub fn parse_positive_rmb(text: &str) -> Result<Fen, String> {
	match parse_rmb(text)? {
		0 => Err("the amount must be positive".into()),
		fen => Ok(fen),
	}
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
	fn parses_rmb_into_fen() {
		assert_eq!(parse_rmb("80000"), Ok(8_000_000));
		assert_eq!(parse_rmb("80,000.5"), Ok(8_000_050));
		assert_eq!(parse_rmb(" 1_200.07 "), Ok(120_007));
		assert_eq!(parse_rmb("¥0.01"), Ok(1));
		assert_eq!(parse_rmb("0"), Ok(0));
	}

	#[test]
	fn refuses_what_is_not_an_amount() {
		for bad in ["", "-5", "1.234", "12a", ".5", "5.", "1e5", "1.2.3"] {
			assert!(parse_rmb(bad).is_err(), "{bad:?} should be refused");
		}
		assert!(parse_positive_rmb("0.00").is_err());
		assert!(parse_rmb("99999999999999999999999999999999999999999").is_err());
	}

	#[test]
	fn formats_fen_and_basis_points() {
		assert_eq!(format_fen(8_000_000), "80,000.00");
		assert_eq!(format_fen(800), "8.00");
		assert_eq!(format_fen(5), "0.05");
		assert_eq!(format_fen(12_345_678_901), "123,456,789.01");
		assert_eq!(format_bp(1850), "18.50%");
		assert_eq!(format_bp(2000), "20.00%");
	}
}
