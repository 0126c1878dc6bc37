//! Times as a sheet writes them (`now`, `+30d`, `2026-12-31`, `2026-12-31T18:00+08:00`,
//! milliseconds) and as the chain keeps them (milliseconds since the Unix epoch, UTC).
use loanshare_primitives::Moment;

const MS_PER_SEC: u64 = 1_000;
const MS_PER_DAY: u64 = 86_400_000;

/// A point in time relative to the chain's clock or absolute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeSpec {
	/// The chain's current time (its latest block timestamp).
	Now,
	/// The chain's current time plus this many milliseconds.
	After(u64),
	/// This many milliseconds since the Unix epoch.
	At(Moment),
}

impl TimeSpec {
	/// The absolute time, given the chain's current time.
	pub fn resolve(self, now: Moment) -> Moment {
		match self {
			TimeSpec::Now => now,
			TimeSpec::After(ms) => now.saturating_add(ms),
			TimeSpec::At(at) => at,
		}
	}
}

/// Parses `now`, `+<n><s|m|h|d>`, milliseconds since the epoch (13 digits), or an ISO date
/// `YYYY-MM-DD[(T| )HH:MM[:SS]][Z|±HH:MM]` (UTC unless an offset is given).
pub fn parse_time(text: &str) -> Result<TimeSpec, String> {
	let t = text.trim();
	if t.eq_ignore_ascii_case("now") {
		return Ok(TimeSpec::Now);
	}
	if let Some(rel) = t.strip_prefix('+') {
		return parse_duration(rel).map(TimeSpec::After);
	}
	if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
		let ms: u64 = t.parse().map_err(|_| format!("`{t}` is too large"))?;
		if ms < 100_000_000_000 {
			return Err(format!("`{t}` looks like seconds; give milliseconds since the epoch"));
		}
		return Ok(TimeSpec::At(ms));
	}
	parse_iso(t).map(TimeSpec::At)
}

/// Parses `30d`, `12h`, `90m` or `45s` into milliseconds.
pub fn parse_duration(text: &str) -> Result<u64, String> {
	let bad = || format!("`{text}` is not a duration like 30d, 12h, 90m or 45s");
	let unit = text.chars().last().ok_or_else(bad)?;
	let num = &text[..text.len() - unit.len_utf8()];
	let n: u64 = num.parse().map_err(|_| bad())?;
	let unit_ms = match unit {
		's' => MS_PER_SEC,
		'm' => 60 * MS_PER_SEC,
		'h' => 3_600 * MS_PER_SEC,
		'd' => MS_PER_DAY,
		_ => return Err(bad()),
	};
	n.checked_mul(unit_ms).ok_or_else(bad)
}

fn parse_iso(text: &str) -> Result<Moment, String> {
	let bad = || {
		format!("`{text}` is not a time (now, +30d, 2026-12-31, 2026-12-31T18:00+08:00 or milliseconds)")
	};
	let (date, rest) =
		if text.len() > 10 && text.is_char_boundary(10) { text.split_at(10) } else { (text, "") };
	let (y, m, d) = parse_date(date).ok_or_else(bad)?;
	let mut ms = days_from_civil(y, m, d).checked_mul(MS_PER_DAY as i64).ok_or_else(bad)?;
	let rest = rest.strip_prefix(['T', ' ']).unwrap_or(rest);
	if !rest.is_empty() {
		// HH:MM[:SS] then an optional zone.
		let zone_at = rest.find(['Z', 'z', '+', '-']).unwrap_or(rest.len());
		let (clock, zone) = rest.split_at(zone_at);
		let parts: Vec<&str> = clock.split(':').collect();
		let field = |s: &str, max: i64| -> Option<i64> {
			(s.len() == 2).then_some(())?;
			s.parse::<i64>().ok().filter(|v| (0..=max).contains(v))
		};
		let (h, mi, s) = match parts.as_slice() {
			[h, mi] => (field(h, 23), field(mi, 59), Some(0)),
			[h, mi, s] => (field(h, 23), field(mi, 59), field(s, 59)),
			_ => (None, None, None),
		};
		let (h, mi, s) = (h.ok_or_else(bad)?, mi.ok_or_else(bad)?, s.ok_or_else(bad)?);
		ms += ((h * 60 + mi) * 60 + s) * MS_PER_SEC as i64;
		let offset_min = match zone {
			"" | "Z" | "z" => 0,
			z => {
				let sign = if z.starts_with('-') { -1 } else { 1 };
				let hm: Vec<&str> = z[1..].split(':').collect();
				match hm.as_slice() {
					[oh, om] => {
						sign * (field(oh, 14).ok_or_else(bad)? * 60
							+ field(om, 59).ok_or_else(bad)?)
					},
					_ => return Err(bad()),
				}
			},
		};
		ms -= offset_min * 60 * MS_PER_SEC as i64;
	}
	u64::try_from(ms).map_err(|_| format!("`{text}` is before 1970"))
}

/// Parses `YYYY-MM-DD` into a valid calendar date.
fn parse_date(text: &str) -> Option<(i64, u32, u32)> {
	let b = text.as_bytes();
	if !text.is_ascii() || b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
		return None;
	}
	let y: i64 = text[0..4].parse().ok()?;
	let m: u32 = text[5..7].parse().ok()?;
	let d: u32 = text[8..10].parse().ok()?;
	valid_date(y, m, d).then_some((y, m, d))
}

fn valid_date(y: i64, m: u32, d: u32) -> bool {
	let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	let days = match m {
		1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
		4 | 6 | 9 | 11 => 30,
		2 if leap => 29,
		2 => 28,
		_ => return false,
	};
	(1..=days).contains(&d)
}

/// Parses a purchase date `YYYYMMDD` or `YYYY-MM-DD` into the number `YYYYMMDD`.
pub fn parse_yyyymmdd(text: &str) -> Result<u32, String> {
	let t = text.trim();
	let compact: String = t.chars().filter(|c| *c != '-').collect();
	let ok = compact.len() == 8 && compact.bytes().all(|b| b.is_ascii_digit());
	let bad = || format!("`{t}` is not a date YYYYMMDD or YYYY-MM-DD");
	if !ok {
		return Err(bad());
	}
	let y: i64 = compact[0..4].parse().map_err(|_| bad())?;
	let m: u32 = compact[4..6].parse().map_err(|_| bad())?;
	let d: u32 = compact[6..8].parse().map_err(|_| bad())?;
	if !valid_date(y, m, d) {
		return Err(bad());
	}
	compact.parse().map_err(|_| bad())
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
	let y = if m <= 2 { y - 1 } else { y };
	let era = if y >= 0 { y } else { y - 399 } / 400;
	let yoe = y - era * 400;
	let mp = i64::from((m + 9) % 12);
	let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
	let z = z + 719_468;
	let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
	let doe = z - era * 146_097;
	let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
	let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	let mp = (5 * doy + 2) / 153;
	let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
	let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
	(yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// Formats milliseconds since the epoch as `YYYY-MM-DD HH:MM:SSZ`.
pub fn format_ms(ms: Moment) -> String {
	let secs = ms / MS_PER_SEC;
	let (y, m, d) = civil_from_days((secs / 86_400) as i64);
	let s = secs % 86_400;
	format!("{y:04}-{m:02}-{d:02} {:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn parses_relative_and_absolute_times() {
		assert_eq!(parse_time("now"), Ok(TimeSpec::Now));
		assert_eq!(parse_time("+30d"), Ok(TimeSpec::After(30 * MS_PER_DAY)));
		assert_eq!(parse_time("+90m"), Ok(TimeSpec::After(5_400_000)));
		assert_eq!(parse_time("1767225600000"), Ok(TimeSpec::At(1_767_225_600_000)));
		assert_eq!(parse_time("2026-01-01"), Ok(TimeSpec::At(1_767_225_600_000)));
		assert_eq!(parse_time("2026-01-01T08:00:00+08:00"), Ok(TimeSpec::At(1_767_225_600_000)));
		assert_eq!(parse_time("2026-01-01 00:30Z"), Ok(TimeSpec::At(1_767_227_400_000)));
		assert_eq!(parse_time("2000-02-29"), Ok(TimeSpec::At(951_782_400_000)));
	}

	#[test]
	fn refuses_bad_times() {
		for bad in [
			"",
			"tomorrow",
			"明天明天",
			"+5天",
			"a明-é-xxxx",
			"2026-01-01明",
			"+5y",
			"2026-02-30",
			"2026-13-01",
			"2026-01-01T25:00",
			"1767225600",
		] {
			assert!(parse_time(bad).is_err(), "{bad:?} should be refused");
		}
	}

	#[test]
	fn purchase_dates_and_formatting() {
		assert_eq!(parse_yyyymmdd("20210315"), Ok(20_210_315));
		assert_eq!(parse_yyyymmdd("2021-03-15"), Ok(20_210_315));
		assert!(parse_yyyymmdd("20210230").is_err());
		assert!(parse_yyyymmdd("2021315").is_err());
		assert_eq!(format_ms(1_767_227_400_000), "2026-01-01 00:30:00Z");
		for day in [0i64, 59, 60, 365, 10_957, 20_454, 47_482] {
			let (y, m, d) = civil_from_days(day);
			assert_eq!(days_from_civil(y, m, d), day);
		}
	}
}
