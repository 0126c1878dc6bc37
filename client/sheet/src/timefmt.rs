//! Dates and times as a plan sheet writes them, and as the chain keeps them (milliseconds
//! since the Unix epoch, UTC).
//!
//! Owns [`TimeSpec`] (`now`, `+30d`, or an absolute instant), [`LocalDateTime`] (a wall-clock
//! reading without a zone, as Excel stores dates), the text date forms (`2026-12-31`,
//! `2026/1/5 9:00`, `20261231`, `2026年12月31日`), Excel serial numbers, and calendar
//! arithmetic.

/// Milliseconds in a second.
pub const MS_PER_SEC: u64 = 1_000;
/// Milliseconds in a day.
pub const MS_PER_DAY: u64 = 86_400_000;
/// Minutes east of UTC of China Standard Time (+08:00), the default zone of a sheet.
pub const CHINA_UTC_OFFSET_MINUTES: i32 = 8 * 60;

/// Days from Excel's (1900 date system) day zero, 1899-12-30, to 1970-01-01.
const EXCEL_UNIX_EPOCH_DAYS: i64 = 25_569;
/// Serial number of 1900-03-01, the first day Excel numbers correctly (it believes 1900
/// was a leap year, so serials below this are off by one).
const EXCEL_FIRST_RELIABLE_SERIAL: f64 = 61.0;
/// One past the serial number of 9999-12-31, the last day Excel supports.
const EXCEL_SERIAL_END: f64 = 2_958_466.0;

/// A point in time, relative to the chain's clock or absolute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeSpec {
	/// The chain's current time (its latest block timestamp).
	Now,
	/// The chain's current time plus this many milliseconds.
	After(u64),
	/// This many milliseconds since the Unix epoch (UTC).
	At(u64),
}

impl TimeSpec {
	/// The absolute time in milliseconds, given the chain's current time `now_ms`.
	pub fn resolve(self, now_ms: u64) -> u64 {
		match self {
			TimeSpec::Now => now_ms,
			TimeSpec::After(ms) => now_ms.saturating_add(ms),
			TimeSpec::At(at) => at,
		}
	}
}

/// A calendar date and wall-clock time without a zone (what an Excel date cell holds).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
	/// Year, e.g. 2026.
	pub year: i32,
	/// Month, 1 to 12.
	pub month: u32,
	/// Day of the month, 1 to 31.
	pub day: u32,
	/// Hour, 0 to 23.
	pub hour: u32,
	/// Minute, 0 to 59.
	pub minute: u32,
	/// Second, 0 to 59.
	pub second: u32,
	/// Millisecond, 0 to 999.
	pub millisecond: u32,
}

impl LocalDateTime {
	/// Midnight of a date, or `None` if the date does not exist.
	pub fn date(year: i32, month: u32, day: u32) -> Option<Self> {
		valid_date(year, month, day).then_some(LocalDateTime {
			year,
			month,
			day,
			hour: 0,
			minute: 0,
			second: 0,
			millisecond: 0,
		})
	}

	/// The same date at `hour:minute:second`, or `None` if that is not a time of day.
	pub fn at(self, hour: u32, minute: u32, second: u32) -> Option<Self> {
		(hour < 24 && minute < 60 && second < 60).then_some(LocalDateTime {
			hour,
			minute,
			second,
			millisecond: 0,
			..self
		})
	}

	/// Whether the time of day is exactly midnight (a date without a time).
	pub fn is_midnight(&self) -> bool {
		self.hour == 0 && self.minute == 0 && self.second == 0 && self.millisecond == 0
	}

	/// The date as the number `YYYYMMDD` (e.g. 20210315), if the year has four digits.
	pub fn yyyymmdd(&self) -> Option<u32> {
		let year = u32::try_from(self.year).ok().filter(|y| (1000..=9999).contains(y))?;
		Some(year * 10_000 + self.month * 100 + self.day)
	}

	/// Milliseconds since 1970-01-01T00:00 of this reading taken as UTC (may be negative).
	pub fn naive_ms(&self) -> i64 {
		days_from_civil(i64::from(self.year), self.month, self.day) * MS_PER_DAY as i64
			+ i64::from((self.hour * 60 + self.minute) * 60 + self.second) * MS_PER_SEC as i64
			+ i64::from(self.millisecond)
	}

	/// Milliseconds since the Unix epoch of this reading in a zone `utc_offset_minutes` east
	/// of UTC; `None` before 1970.
	pub fn to_unix_ms(&self, utc_offset_minutes: i32) -> Option<u64> {
		let ms = self.naive_ms() - i64::from(utc_offset_minutes) * 60 * MS_PER_SEC as i64;
		u64::try_from(ms).ok()
	}

	/// The reading `ms` milliseconds after 1970-01-01T00:00 (the inverse of
	/// [`naive_ms`](Self::naive_ms)).
	pub fn from_naive_ms(ms: i64) -> Self {
		let day_ms = MS_PER_DAY as i64;
		let (year, month, day) = civil_from_days(ms.div_euclid(day_ms));
		let in_day = ms.rem_euclid(day_ms) as u32;
		LocalDateTime {
			year: year as i32,
			month,
			day,
			hour: in_day / 3_600_000,
			minute: in_day / 60_000 % 60,
			second: in_day / 1_000 % 60,
			millisecond: in_day % 1_000,
		}
	}

	/// The reading of an Excel serial number (1900 date system: days since 1899-12-30,
	/// the fraction is the time of day), rounded to the millisecond. `None` outside
	/// 1900-03-01 ..= 9999-12-31.
	pub fn from_excel_serial(serial: f64) -> Option<Self> {
		if !serial.is_finite() || !(EXCEL_FIRST_RELIABLE_SERIAL..EXCEL_SERIAL_END).contains(&serial)
		{
			return None;
		}
		let ms =
			(serial * MS_PER_DAY as f64).round() as i64 - EXCEL_UNIX_EPOCH_DAYS * MS_PER_DAY as i64;
		Some(Self::from_naive_ms(ms))
	}

	/// The Excel serial number (1900 date system) of this reading.
	pub fn to_excel_serial(&self) -> f64 {
		(self.naive_ms() + EXCEL_UNIX_EPOCH_DAYS * MS_PER_DAY as i64) as f64 / MS_PER_DAY as f64
	}
}

impl core::fmt::Display for LocalDateTime {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)?;
		if !self.is_midnight() {
			write!(f, " {:02}:{:02}:{:02}", self.hour, self.minute, self.second)?;
			if self.millisecond != 0 {
				write!(f, ".{:03}", self.millisecond)?;
			}
		}
		Ok(())
	}
}

/// A date (and maybe time) read from text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParsedDateTime {
	/// The wall-clock reading.
	pub local: LocalDateTime,
	/// Whether the text had a time of day (otherwise `local` is midnight).
	pub has_time: bool,
	/// The zone written in the text (`Z`, `+08:00`), in minutes east of UTC.
	pub utc_offset_minutes: Option<i32>,
}

/// Replaces full-width digits and punctuation (what a Chinese input method types) by
/// their ASCII forms, and the ideographic space by a space.
pub(crate) fn to_half_width(text: &str) -> String {
	text.chars()
		.map(|c| match c {
			'\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
			'\u{3000}' => ' ',
			_ => c,
		})
		.collect()
}

/// A cursor over ASCII-ish text for the small parsers of this module.
struct Cursor<'a> {
	rest: &'a str,
}

impl<'a> Cursor<'a> {
	/// Up to `max` (at least `min`) ASCII digits as a number.
	fn digits(&mut self, min: usize, max: usize) -> Option<u32> {
		let n = self.rest.bytes().take(max).take_while(u8::is_ascii_digit).count();
		if n < min {
			return None;
		}
		let (d, rest) = self.rest.split_at(n);
		self.rest = rest;
		d.parse().ok()
	}

	/// Consumes `c` if it is next.
	fn eat(&mut self, c: char) -> bool {
		match self.rest.strip_prefix(c) {
			Some(rest) => {
				self.rest = rest;
				true
			},
			None => false,
		}
	}

	/// Consumes and returns the next char if it is one of `set`.
	fn one_of(&mut self, set: &[char]) -> Option<char> {
		let c = self.rest.chars().next().filter(|c| set.contains(c))?;
		self.rest = &self.rest[c.len_utf8()..];
		Some(c)
	}

	fn skip_spaces(&mut self) -> bool {
		let before = self.rest.len();
		self.rest = self.rest.trim_start();
		self.rest.len() != before
	}

	fn done(&self) -> bool {
		self.rest.is_empty()
	}
}

/// Parses a date with an optional time of day and zone:
/// `2026-12-31`, `2026/12/31`, `2026/1/5`, `2026.1.5`, `20261231`, `2026年12月31日`, each
/// optionally followed by (`T` or spaces) `H:MM[:SS[.mmm]]` and a zone `Z` / `+08:00` /
/// `+0800`. Full-width digits are accepted.
pub fn parse_date_time(text: &str) -> Option<ParsedDateTime> {
	let half = to_half_width(text);
	let mut c = Cursor { rest: half.trim() };
	let (year, month, day) = parse_date_part(&mut c)?;
	let mut local = LocalDateTime::date(year as i32, month, day)?;
	let spaced = c.skip_spaces();
	let t = !spaced && c.eat('T');
	if c.done() {
		return (!t).then_some(ParsedDateTime { local, has_time: false, utc_offset_minutes: None });
	}
	let hour = c.digits(1, 2)?;
	if !c.eat(':') {
		return None;
	}
	let minute = c.digits(2, 2)?;
	let second = if c.eat(':') { c.digits(2, 2)? } else { 0 };
	local = local.at(hour, minute, second)?;
	if c.eat('.') {
		let start = c.rest.len();
		let frac = c.digits(1, 3)?;
		let width = start - c.rest.len();
		local.millisecond = frac * 10u32.pow(3 - width as u32);
		if c.rest.starts_with(|ch: char| ch.is_ascii_digit()) {
			return None;
		}
	}
	c.skip_spaces();
	let zone = parse_zone(&mut c)?;
	c.done().then_some(ParsedDateTime { local, has_time: true, utc_offset_minutes: zone })
}

/// The date part: `YYYYMMDD`, `YYYY-M-D` (`-`, `/` or `.`), or `YYYY年M月D日`.
fn parse_date_part(c: &mut Cursor<'_>) -> Option<(u32, u32, u32)> {
	let compact = c.rest.bytes().take_while(u8::is_ascii_digit).count();
	if compact == 8 {
		let year = c.digits(4, 4)?;
		let month = c.digits(2, 2)?;
		let day = c.digits(2, 2)?;
		return Some((year, month, day));
	}
	let year = c.digits(4, 4)?;
	let sep = c.one_of(&['-', '/', '.', '年'])?;
	let month = c.digits(1, 2)?;
	let second_sep = if sep == '年' { '月' } else { sep };
	if !c.eat(second_sep) {
		return None;
	}
	let day = c.digits(1, 2)?;
	if sep == '年' {
		// The closing 日 (or 号) is customary but often left out.
		let _ = c.one_of(&['日', '号']);
	}
	Some((year, month, day))
}

/// An optional zone: nothing, `Z`, `±HH:MM` or `±HHMM`.
fn parse_zone(c: &mut Cursor<'_>) -> Option<Option<i32>> {
	if c.done() {
		return Some(None);
	}
	if c.one_of(&['Z', 'z']).is_some() {
		return Some(Some(0));
	}
	let sign = match c.one_of(&['+', '-'])? {
		'-' => -1,
		_ => 1,
	};
	let hours = c.digits(2, 2)?;
	c.eat(':');
	let minutes = c.digits(2, 2)?;
	(hours <= 14 && minutes < 60).then_some(Some(sign * (hours * 60 + minutes) as i32))
}

/// Parses `30d`, `12h`, `90m` or `45s` into milliseconds.
pub fn parse_duration(text: &str) -> Result<u64, String> {
	let bad = || "is not a duration like +30d, +12h, +90m or +45s".to_owned();
	let unit = text.chars().last().ok_or_else(bad)?;
	let num = &text[..text.len() - unit.len_utf8()];
	if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
		return Err(bad());
	}
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

/// Which end of a confirmation window a time is, for a date written without a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowEdge {
	/// `start`: a bare date means the beginning of that day (00:00:00.000).
	Start,
	/// `end`: a bare date means the end of that day (23:59:59.999), the window's end being
	/// inclusive.
	End,
}

/// The instant of a wall-clock reading: `utc_offset_minutes` east of UTC, and for a bare
/// date the start or end of the day as `edge` says.
pub fn local_to_ms(
	local: LocalDateTime,
	has_time: bool,
	utc_offset_minutes: i32,
	edge: WindowEdge,
) -> Result<u64, String> {
	let ms = local.to_unix_ms(utc_offset_minutes).ok_or_else(|| "is before 1970".to_owned())?;
	Ok(match (has_time, edge) {
		(false, WindowEdge::End) => ms + MS_PER_DAY - 1,
		_ => ms,
	})
}

/// Parses a window time written as text: `now`, `+<n><s|m|h|d>`, milliseconds since the
/// epoch (13 digits), or a date / date-time (see [`parse_date_time`]) in the sheet's zone
/// `utc_offset_minutes` unless the text names one.
pub fn parse_time(
	text: &str,
	utc_offset_minutes: i32,
	edge: WindowEdge,
) -> Result<TimeSpec, String> {
	let half = to_half_width(text);
	let t = half.trim();
	if t.eq_ignore_ascii_case("now") || t == "现在" {
		return Ok(TimeSpec::Now);
	}
	if let Some(rel) = t.strip_prefix('+') {
		return parse_duration(rel).map(TimeSpec::After);
	}
	if !t.is_empty() && t.len() != 8 && t.bytes().all(|b| b.is_ascii_digit()) {
		let ms: u64 = t.parse().map_err(|_| "is too large".to_owned())?;
		if ms < 100_000_000_000 {
			return Err("looks like seconds; give milliseconds since the epoch, or a date".into());
		}
		return Ok(TimeSpec::At(ms));
	}
	let parsed = parse_date_time(t).ok_or_else(|| {
		"is not a time (now, +30d, 2026-12-31, 2026/12/31 18:00, 2026年12月31日, \
		 2026-12-31T18:00+08:00 or milliseconds since the epoch)"
			.to_owned()
	})?;
	let offset = parsed.utc_offset_minutes.unwrap_or(utc_offset_minutes);
	local_to_ms(parsed.local, parsed.has_time, offset, edge).map(TimeSpec::At)
}

/// Parses a calendar date written as text (see [`parse_date_time`]; a time of day, if
/// any, is ignored) into the number `YYYYMMDD`.
pub fn parse_yyyymmdd(text: &str) -> Result<u32, String> {
	parse_date_time(text)
		.filter(|p| p.utc_offset_minutes.is_none())
		.and_then(|p| p.local.yyyymmdd())
		.ok_or_else(|| {
			"is not a date (2021-03-15, 2021/3/15, 20210315 or 2021年3月15日)".to_owned()
		})
}

/// Whether `y-m-d` is a day of the proleptic Gregorian calendar.
pub fn valid_date(y: i32, m: u32, d: u32) -> bool {
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

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
	let y = if m <= 2 { y - 1 } else { y };
	let era = if y >= 0 { y } else { y - 399 } / 400;
	let yoe = y - era * 400;
	let mp = i64::from((m + 9) % 12);
	let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
	let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	era * 146_097 + doe - 719_468
}

/// The date `(year, month, day)` of a day count since 1970-01-01.
pub fn civil_from_days(z: i64) -> (i64, u32, u32) {
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

/// Formats milliseconds since the epoch as `YYYY-MM-DD HH:MM:SS` in the zone
/// `utc_offset_minutes` east of UTC, followed by the zone (`+08:00`, or `Z` for UTC).
pub fn format_ms(ms: u64, utc_offset_minutes: i32) -> String {
	let local = i64::try_from(ms).unwrap_or(i64::MAX / 2)
		+ i64::from(utc_offset_minutes) * 60 * MS_PER_SEC as i64;
	let l = LocalDateTime::from_naive_ms(local);
	let zone = if utc_offset_minutes == 0 {
		"Z".to_owned()
	} else {
		let sign = if utc_offset_minutes < 0 { '-' } else { '+' };
		let abs = utc_offset_minutes.unsigned_abs();
		format!("{sign}{:02}:{:02}", abs / 60, abs % 60)
	};
	format!(
		"{:04}-{:02}-{:02} {:02}:{:02}:{:02}{zone}",
		l.year, l.month, l.day, l.hour, l.minute, l.second
	)
}

#[cfg(test)]
mod tests {
	use super::*;

	const CN: i32 = CHINA_UTC_OFFSET_MINUTES;
	/// 2026-01-01T00:00:00Z.
	const JAN1_UTC: u64 = 1_767_225_600_000;
	const HOUR: u64 = 3_600_000;

	fn at(text: &str, offset: i32, edge: WindowEdge) -> Result<TimeSpec, String> {
		parse_time(text, offset, edge)
	}

	#[test]
	fn relative_and_millisecond_times_keep_their_old_meaning() {
		assert_eq!(at("now", CN, WindowEdge::Start), Ok(TimeSpec::Now));
		assert_eq!(at(" NOW ", CN, WindowEdge::Start), Ok(TimeSpec::Now));
		assert_eq!(at("+30d", CN, WindowEdge::End), Ok(TimeSpec::After(30 * MS_PER_DAY)));
		assert_eq!(at("+90m", CN, WindowEdge::End), Ok(TimeSpec::After(5_400_000)));
		assert_eq!(at("+12h", CN, WindowEdge::End), Ok(TimeSpec::After(12 * HOUR)));
		assert_eq!(at("1767225600000", CN, WindowEdge::End), Ok(TimeSpec::At(JAN1_UTC)));
		assert!(at("1767225600", CN, WindowEdge::End).unwrap_err().contains("seconds"));
	}

	#[test]
	fn absolute_times_are_read_in_the_sheet_zone_unless_written() {
		// 2026-01-01 00:00 in China is 2025-12-31 16:00 UTC.
		assert_eq!(at("2026-01-01", CN, WindowEdge::Start), Ok(TimeSpec::At(JAN1_UTC - 8 * HOUR)));
		assert_eq!(at("2026-01-01", 0, WindowEdge::Start), Ok(TimeSpec::At(JAN1_UTC)));
		// A bare end date is the end of that day.
		assert_eq!(
			at("2026-01-01", CN, WindowEdge::End),
			Ok(TimeSpec::At(JAN1_UTC + 16 * HOUR - 1))
		);
		// With a time, the time is exact, for start and end alike.
		for edge in [WindowEdge::Start, WindowEdge::End] {
			assert_eq!(at("2026/1/1 8:00", CN, edge), Ok(TimeSpec::At(JAN1_UTC)));
			assert_eq!(at("2026-01-01T08:00:00+08:00", 0, edge), Ok(TimeSpec::At(JAN1_UTC)));
			assert_eq!(at("2026-01-01 00:30Z", CN, edge), Ok(TimeSpec::At(JAN1_UTC + HOUR / 2)));
			assert_eq!(at("2026年1月1日 08:00", CN, edge), Ok(TimeSpec::At(JAN1_UTC)));
			assert_eq!(at("20260101 08:00:00", CN, edge), Ok(TimeSpec::At(JAN1_UTC)));
		}
		assert_eq!(
			at("2026-01-01T00:00-05:00", CN, WindowEdge::Start),
			Ok(TimeSpec::At(JAN1_UTC + 5 * HOUR))
		);
	}

	#[test]
	fn text_date_forms() {
		let d = |y, m, d| LocalDateTime::date(y, m, d).unwrap();
		let date_of = |t: &str| parse_date_time(t).map(|p| (p.local, p.has_time));
		for (text, want) in [
			("2026-12-31", d(2026, 12, 31)),
			("2026/12/31", d(2026, 12, 31)),
			("2026/1/5", d(2026, 1, 5)),
			("2026-1-5", d(2026, 1, 5)),
			("2026.01.05", d(2026, 1, 5)),
			("20261231", d(2026, 12, 31)),
			("2026年12月31日", d(2026, 12, 31)),
			("2026年1月5", d(2026, 1, 5)),
			("２０２６年１月５日", d(2026, 1, 5)),
		] {
			assert_eq!(date_of(text), Some((want, false)), "{text}");
		}
		let t = parse_date_time("2026/12/31 18:05:09.5").unwrap();
		assert_eq!(
			(t.local.hour, t.local.minute, t.local.second, t.local.millisecond),
			(18, 5, 9, 500)
		);
		assert!(t.has_time);
		assert_eq!(parse_date_time("2026-12-31 18:00+0800").unwrap().utc_offset_minutes, Some(480));
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
			"+d",
			"2026-02-30",
			"2026-13-01",
			"2026-01-01T25:00",
			"2026-01-01T",
			"2026-01-01 8",
			"2026-01-01 08:0",
			"2026-1-1-1",
			"2026/01-01",
			"26-01-01",
			"202611",
			"2026-01-01 08:00 PM",
			"1969-12-31",
		] {
			assert!(at(bad, CN, WindowEdge::End).is_err(), "{bad:?} should be refused");
		}
	}

	#[test]
	fn purchase_dates() {
		assert_eq!(parse_yyyymmdd("20210315"), Ok(20_210_315));
		assert_eq!(parse_yyyymmdd("2021-03-15"), Ok(20_210_315));
		assert_eq!(parse_yyyymmdd("2021/3/15"), Ok(20_210_315));
		assert_eq!(parse_yyyymmdd("2021年3月15日"), Ok(20_210_315));
		assert_eq!(parse_yyyymmdd("2021-03-15 00:00:00"), Ok(20_210_315));
		assert!(parse_yyyymmdd("20210230").is_err());
		assert!(parse_yyyymmdd("2021315").is_err());
		assert!(parse_yyyymmdd("2021-03-15Z").is_err());
	}

	#[test]
	fn excel_serial_numbers() {
		// 46022 is 2025-12-31 in Excel's 1900 date system; .75 is 18:00.
		let l = LocalDateTime::from_excel_serial(46_022.75).unwrap();
		assert_eq!(l, LocalDateTime::date(2025, 12, 31).unwrap().at(18, 0, 0).unwrap());
		assert_eq!(l.to_excel_serial(), 46_022.75);
		assert_eq!(LocalDateTime::from_excel_serial(61.0), LocalDateTime::date(1900, 3, 1));
		assert_eq!(LocalDateTime::from_excel_serial(25_569.0), LocalDateTime::date(1970, 1, 1));
		assert!(LocalDateTime::from_excel_serial(60.0).is_none(), "Excel's 1900-02-29");
		assert!(LocalDateTime::from_excel_serial(3e6).is_none());
		assert!(LocalDateTime::from_excel_serial(f64::NAN).is_none());
		// Rounding to the millisecond does not fall a millisecond short.
		let almost = LocalDateTime::from_excel_serial(46_022.0 + 1.0 / 3.0).unwrap();
		assert_eq!((almost.hour, almost.minute, almost.second, almost.millisecond), (8, 0, 0, 0));
	}

	#[test]
	fn calendar_round_trips_and_formatting() {
		for day in [-1i64, 0, 59, 60, 365, 10_957, 20_454, 47_482] {
			let (y, m, d) = civil_from_days(day);
			assert_eq!(days_from_civil(y, m, d), day);
		}
		assert_eq!(format_ms(JAN1_UTC + HOUR / 2, 0), "2026-01-01 00:30:00Z");
		assert_eq!(format_ms(JAN1_UTC, CN), "2026-01-01 08:00:00+08:00");
		assert_eq!(format_ms(JAN1_UTC, -90), "2025-12-31 22:30:00-01:30");
		assert_eq!(LocalDateTime::date(2021, 3, 15).unwrap().yyyymmdd(), Some(20_210_315));
		assert_eq!(LocalDateTime::date(2021, 3, 15).unwrap().to_string(), "2021-03-15");
	}
}
