//! Validation of a read sheet into [`SheetPlan`]s: every cell is parsed and checked, and
//! every bad cell is reported (not just the first), so a sheet is either entirely valid or
//! nothing of it is used. [`resolve_windows`] and [`check_rate_cap`] add the checks that
//! need the chain (its clock, its rate cap), with the same row/column errors.
use crate::{
	columns::{HeaderMap, C},
	error::{CellError, SheetError, SheetErrors},
	money::{format_bp, format_fen, parse_rmb, rmb_from_f64},
	read::{column_letter, Cell, Row, Sheet},
	timefmt::{
		format_ms, local_to_ms, parse_time, parse_yyyymmdd, to_half_width, LocalDateTime, TimeSpec,
		WindowEdge,
	},
	types::{parse_loan_type, Car, Conditions, Limits, Options, Risk, SheetPlan},
};
use loanshare_envelope::BorrowerData;
use std::collections::HashMap;

/// Separators of several risk-data links in one `risk_links` cell: `|` (or `｜`), or a
/// line break within the cell.
pub const LINK_SEPARATORS: &[char] = &['|', '\n'];

/// Milliseconds since the epoch below which a number is taken for seconds, not ms.
const MIN_EPOCH_MS: f64 = 1e11;

/// Checks every cell of `sheet` and returns its plans, or every problem found.
pub fn validate(
	sheet: &Sheet,
	limits: &Limits,
	opts: &Options,
) -> Result<Vec<SheetPlan>, SheetErrors> {
	let map = HeaderMap::new(&sheet.headers, sheet.first_column, sheet.header_row)
		.map_err(|sheet| SheetErrors { sheet, cells: Vec::new() })?;
	let mut cells = Vec::new();
	let mut plans = Vec::new();
	let mut seen: HashMap<String, usize> = HashMap::new();
	for row in &sheet.rows {
		let mut r = RowCtx::new(sheet, &map, row);
		r.check_unnamed_cells();
		let plan = parse_row(&mut r, limits, opts);
		if let Some(external_ref) = r.parsed_ref.take() {
			match seen.get(&external_ref) {
				Some(first) => {
					r.fail(C::ExternalRef, format!("is already used in row {first}"));
				},
				None => {
					seen.insert(external_ref, row.number);
				},
			}
		}
		if r.errors.is_empty() {
			plans.extend(plan);
		} else {
			r.errors.sort_by_key(|e| (e.column.len(), e.column.clone()));
			cells.append(&mut r.errors);
		}
	}
	if cells.is_empty() && plans.is_empty() {
		return Err(SheetError::NoPlans.into());
	}
	if cells.is_empty() {
		Ok(plans)
	} else {
		Err(SheetErrors { sheet: Vec::new(), cells })
	}
}

/// Reads the cells of one row, collecting errors instead of stopping at the first.
struct RowCtx<'a> {
	sheet: &'a Sheet,
	map: &'a HeaderMap,
	row: &'a Row,
	errors: Vec<CellError>,
	parsed_ref: Option<String>,
}

impl<'a> RowCtx<'a> {
	fn new(sheet: &'a Sheet, map: &'a HeaderMap, row: &'a Row) -> Self {
		RowCtx { sheet, map, row, errors: Vec::new(), parsed_ref: None }
	}

	fn has_column(&self, c: C) -> bool {
		self.map.position(c).is_some()
	}

	fn cell(&self, c: C) -> &'a Cell {
		static EMPTY: Cell = Cell::Empty;
		self.map.position(c).and_then(|i| self.row.cells.get(i)).unwrap_or(&EMPTY)
	}

	fn fail(&mut self, c: C, message: impl Into<String>) {
		let spec = c.spec();
		let (column, header) = match self.map.position(c) {
			Some(i) => (
				self.sheet.column_letter(i),
				self.sheet.headers.get(i).cloned().unwrap_or_default(),
			),
			None => (String::new(), spec.name.to_owned()),
		};
		let cell = self.cell(c);
		let value = if spec.sensitive && !cell.is_empty() {
			format!("[hidden, {} characters]", cell.display().chars().count())
		} else {
			cell.display()
		};
		self.errors.push(CellError {
			row: self.row.number,
			column,
			header,
			value,
			message: message.into(),
		});
	}

	/// A cell that must be filled, parsed with `parse`; `None` (and an error) if it is
	/// empty or invalid.
	fn required<T>(&mut self, c: C, parse: impl FnOnce(&Cell) -> Result<T, String>) -> Option<T> {
		let cell = self.cell(c);
		if cell.is_empty() {
			self.fail(c, "is empty");
			return None;
		}
		self.parse(c, cell, parse)
	}

	/// A cell that may be empty: `Some(None)` if it is.
	fn optional<T>(
		&mut self,
		c: C,
		parse: impl FnOnce(&Cell) -> Result<T, String>,
	) -> Option<Option<T>> {
		let cell = self.cell(c);
		if cell.is_empty() {
			return Some(None);
		}
		self.parse(c, cell, parse).map(Some)
	}

	fn parse<T>(
		&mut self,
		c: C,
		cell: &Cell,
		parse: impl FnOnce(&Cell) -> Result<T, String>,
	) -> Option<T> {
		if let Cell::Error(_) = cell {
			self.fail(c, "is an Excel error value (fix the formula)");
			return None;
		}
		parse(cell).map_err(|m| self.fail(c, m)).ok()
	}

	/// Values in columns without a heading (beyond the header, or under a blank heading).
	fn check_unnamed_cells(&mut self) {
		for (i, cell) in self.row.cells.iter().enumerate() {
			let named = self.sheet.headers.get(i).is_some_and(|h| !h.trim().is_empty());
			if !named && !cell.is_empty() {
				self.errors.push(CellError {
					row: self.row.number,
					column: column_letter(self.sheet.first_column + i),
					header: String::new(),
					value: cell.display(),
					message: "is in a column without a heading".into(),
				});
			}
		}
	}
}

/// A text cell (a number is taken as it shows, e.g. a reference `20260001`).
fn text_of(cell: &Cell) -> Result<String, String> {
	match cell {
		Cell::DateTime(_) => Err("is a date; this column takes text".into()),
		other => Ok(other.display()),
	}
}

fn bounded(text: String, max: usize) -> Result<String, String> {
	if text.len() > max {
		Err(format!("is {} bytes long, at most {max} allowed", text.len()))
	} else {
		Ok(text)
	}
}

/// An ID number must be text: as a number Excel rounds it to 15 significant digits (and
/// a CSV saved from such a column holds `4.40305E+17`).
fn id_number_of(cell: &Cell) -> Result<String, String> {
	const ROUNDED: &str = "was stored as a number, and Excel keeps only 15 digits of a \
		 number; format the column as text and enter the ID numbers again";
	match cell {
		Cell::Number(_) => Err(ROUNDED.into()),
		Cell::Text(t) if t.contains(['E', 'e']) && t.trim().parse::<f64>().is_ok() => {
			Err(ROUNDED.into())
		},
		other => text_of(other),
	}
}

/// An amount in RMB, as text or as an Excel number, in fen.
fn amount_of(cell: &Cell) -> Result<u128, String> {
	match cell {
		Cell::Text(t) => parse_rmb(t),
		Cell::Number(n) => rmb_from_f64(*n),
		Cell::DateTime(_) => Err("is a date, not an amount in RMB".into()),
		_ => Err("is not an amount in RMB".into()),
	}
}

/// A whole number (`1234`, `1,234`, an integral Excel number), as `T`; `what` names the
/// expected value in the error.
fn whole_of<T: TryFrom<u64>>(cell: &Cell, what: &str) -> Result<T, String> {
	let bad = || format!("is not {what}");
	let n: u64 = match cell {
		Cell::Text(t) => {
			let cleaned: String = to_half_width(t)
				.chars()
				.filter(|c| !matches!(c, ',' | '_') && !c.is_whitespace())
				.collect();
			if cleaned.is_empty() || !cleaned.bytes().all(|b| b.is_ascii_digit()) {
				return Err(bad());
			}
			cleaned.parse().map_err(|_| bad())?
		},
		Cell::Number(n) if n.is_finite() && n.fract() == 0.0 && (0.0..1.8e19).contains(n) => {
			*n as u64
		},
		_ => return Err(bad()),
	};
	T::try_from(n).map_err(|_| bad())
}

/// A rate in basis points (`1800`), or a percentage written as text (`18%`, `18.5%`).
fn rate_of(cell: &Cell) -> Result<u32, String> {
	const WHAT: &str = "a rate in basis points (1800 = 18%) or a percentage like 18%";
	if let Cell::Text(t) = cell {
		let half = to_half_width(t);
		if let Some(pct) = half.trim().strip_suffix('%') {
			let (whole, frac) = pct.trim().split_once('.').unwrap_or((pct.trim(), ""));
			let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
			if whole.is_empty() || !digits(whole) || !digits(frac) || frac.len() > 2 {
				return Err(format!("is not {WHAT}"));
			}
			let whole: u32 = whole.parse().map_err(|_| format!("is not {WHAT}"))?;
			let frac: u32 = format!("{frac:0<2}").parse().map_err(|_| format!("is not {WHAT}"))?;
			return whole
				.checked_mul(100)
				.and_then(|bp| bp.checked_add(frac))
				.ok_or_else(|| format!("is not {WHAT}"));
		}
	}
	whole_of(cell, WHAT)
}

/// A purchase date: text (see [`parse_yyyymmdd`]), an Excel date cell, an Excel serial
/// number, or the number YYYYMMDD; as the number YYYYMMDD.
fn purchase_date_of(cell: &Cell) -> Result<u32, String> {
	const BAD: &str = "is not a date (2021-03-15, 2021/3/15, 20210315 or 2021年3月15日)";
	match cell {
		Cell::Text(t) => parse_yyyymmdd(t),
		Cell::DateTime(d) => d.yyyymmdd().ok_or_else(|| BAD.to_owned()),
		Cell::Number(n) if n.fract() == 0.0 && (10_000_101.0..=99_991_231.0).contains(n) => {
			let n = *n as u32;
			LocalDateTime::date((n / 10_000) as i32, n / 100 % 100, n % 100)
				.and_then(|d| d.yyyymmdd())
				.ok_or_else(|| BAD.to_owned())
		},
		Cell::Number(n) => LocalDateTime::from_excel_serial(*n)
			.and_then(|d| d.yyyymmdd())
			.ok_or_else(|| BAD.to_owned()),
		_ => Err(BAD.to_owned()),
	}
}

/// A window time: text (see [`parse_time`]), an Excel date cell or serial number (in the
/// sheet's zone), or an Excel number of milliseconds since the epoch.
fn time_of(cell: &Cell, edge: WindowEdge, utc_offset_minutes: i32) -> Result<TimeSpec, String> {
	match cell {
		Cell::Text(t) => parse_time(t, utc_offset_minutes, edge),
		Cell::DateTime(d) => {
			local_to_ms(*d, !d.is_midnight(), utc_offset_minutes, edge).map(TimeSpec::At)
		},
		Cell::Number(n) if *n >= MIN_EPOCH_MS && n.fract() == 0.0 && *n < 1.8e19 => {
			Ok(TimeSpec::At(*n as u64))
		},
		Cell::Number(n) => match LocalDateTime::from_excel_serial(*n) {
			Some(d) => local_to_ms(d, !d.is_midnight(), utc_offset_minutes, edge).map(TimeSpec::At),
			None => Err("is neither an Excel date nor milliseconds since the epoch".into()),
		},
		_ => Err("is not a time (now, +30d, 2026-12-31, 2026/12/31 18:00)".into()),
	}
}

/// Risk-data links separated by `|` or line breaks.
fn links_of(cell: &Cell, limits: &Limits) -> Result<Vec<String>, String> {
	let text = to_half_width(&text_of(cell)?);
	let links: Vec<String> = text
		.split(LINK_SEPARATORS)
		.map(str::trim)
		.filter(|l| !l.is_empty())
		.map(String::from)
		.collect();
	if links.len() > limits.max_links {
		return Err(format!("has {} links, at most {} allowed", links.len(), limits.max_links));
	}
	match links.iter().find(|l| l.len() > limits.max_link_len) {
		Some(l) => Err(format!("has a link longer than {} bytes ({l})", limits.max_link_len)),
		None => Ok(links),
	}
}

const CAR_COLUMNS: [C; 4] = [C::CarMileage, C::CarPurchaseDate, C::LicencePlate, C::EngineNumber];

fn parse_row(r: &mut RowCtx<'_>, limits: &Limits, opts: &Options) -> Option<SheetPlan> {
	let offset = opts.utc_offset_minutes;
	let sensitive = |c: &Cell| text_of(c).and_then(|t| bounded(t, limits.max_sensitive_len));
	let external_ref =
		r.required(C::ExternalRef, |c| text_of(c).and_then(|t| bounded(t, limits.max_ref_len)));
	r.parsed_ref = external_ref.clone();
	let loan_type = r.required(C::LoanType, |c| parse_loan_type(&c.display()));
	let amount = r.required(C::Amount, amount_of);
	let mileage = r.optional(C::CarMileage, |c| whole_of::<u32>(c, "a mileage in whole km"));
	let purchase = r.optional(C::CarPurchaseDate, purchase_date_of);
	let score = r.required(C::RiskScore, |c| whole_of::<u16>(c, "a score from 0 to 65535"));
	let approved = r.optional(C::ApprovedLimit, amount_of);
	let suggested = r.optional(C::SuggestedShareLimit, amount_of);
	let links = r.optional(C::RiskLinks, |c| links_of(c, limits));
	let shared_limit = r.required(C::SharedLimit, amount_of);
	let min_share = r.optional(C::MinShare, amount_of);
	let min_rate = r.required(C::MinRate, rate_of);
	let max_rate = r.required(C::MaxRate, rate_of);
	let token_rate =
		r.required(C::TokenRate, |c| whole_of::<u32>(c, "a whole number of TOKEN per 10,000 RMB"));
	let max_participants =
		r.required(C::MaxParticipants, |c| whole_of::<u32>(c, "a number of institutions"));
	let start = r.optional(C::Start, |c| time_of(c, WindowEdge::Start, offset));
	let end = r.required(C::End, |c| time_of(c, WindowEdge::End, offset));
	let name = r.required(C::Name, sensitive);
	let id_number = r.required(C::IdNumber, |c| {
		id_number_of(c).and_then(|t| bounded(t, limits.max_sensitive_len))
	});
	let mobile = r.required(C::Mobile, sensitive);
	let plate = r.optional(C::LicencePlate, sensitive);
	let engine = r.optional(C::EngineNumber, sensitive);

	// Rules across columns, each reported on the cell a person would fix.
	if let Some(t) = loan_type {
		for c in CAR_COLUMNS {
			let filled = !r.cell(c).is_empty();
			if t.is_car_loan() && !r.has_column(c) {
				let spec = c.spec();
				let message = format!(
					"is a car loan, but the sheet has no {} ({}) column",
					spec.name, spec.chinese
				);
				r.fail(C::LoanType, message);
			} else if t.is_car_loan() && !filled {
				r.fail(c, "is empty, but a car loan needs it");
			} else if !t.is_car_loan() && filled {
				let message = format!(
					"is only for car loans (car_mortgage, car_pledge), and this row's loan \
					 type is {}",
					r.cell(C::LoanType).display()
				);
				r.fail(c, message);
			}
		}
	}
	if amount == Some(0) {
		r.fail(C::Amount, "must be positive");
	}
	if let Some(s) = shared_limit {
		match amount {
			_ if s == 0 => r.fail(C::SharedLimit, "must be positive"),
			Some(a) if a > 0 && s > a => r.fail(
				C::SharedLimit,
				format!("is above the requested amount ({} RMB)", format_fen(a)),
			),
			_ => {},
		}
	}
	let floor = limits.min_share_floor_fen;
	match (shared_limit, min_share) {
		(Some(s), Some(Some(m))) if s > 0 && m > s => {
			r.fail(C::MinShare, format!("is above the shared limit ({} RMB)", format_fen(s)))
		},
		(_, Some(Some(m))) if m < floor => r.fail(
			C::MinShare,
			format!("is below the chain's floor of {} RMB per participant", format_fen(floor)),
		),
		(Some(s), Some(None)) if s > 0 && s < floor => r.fail(
			C::SharedLimit,
			format!(
				"is below the chain's minimum share of {} RMB, so no participant could take \
				 a share (the minimum share defaults to that floor)",
				format_fen(floor)
			),
		),
		_ => {},
	}
	if let (Some(lo), Some(hi)) = (min_rate, max_rate) {
		if lo > hi {
			r.fail(C::MinRate, format!("is above the highest rate ({hi} bp, {})", format_bp(hi)));
		}
	}
	if token_rate == Some(0) {
		r.fail(C::TokenRate, "must be positive");
	}
	if let Some(n) = max_participants {
		if n == 0 || n > limits.max_participants {
			r.fail(C::MaxParticipants, format!("must be from 1 to {}", limits.max_participants));
		}
	}
	if let (Some(Some(s)), Some(e)) = (start, end) {
		let not_after = match (s, e) {
			(TimeSpec::At(a), TimeSpec::At(b)) => a >= b,
			(TimeSpec::Now | TimeSpec::After(_), TimeSpec::Now | TimeSpec::After(_)) => {
				s.resolve(0) >= e.resolve(0)
			},
			_ => false,
		};
		if not_after {
			let start_text = r.cell(C::Start).display();
			r.fail(C::End, format!("is not after the start ({start_text})"));
		}
	}

	let amount_fen = amount?;
	let shared_limit_fen = shared_limit?;
	let car = match (mileage?, purchase?) {
		(Some(mileage_km), Some(purchase_date)) => Some(Car { mileage_km, purchase_date }),
		_ => None,
	};
	Some(SheetPlan {
		row: r.row.number,
		external_ref: external_ref?,
		loan_type: loan_type?,
		amount_fen,
		car,
		risk: Risk {
			score: score?,
			approved_limit_fen: approved?.unwrap_or(amount_fen),
			suggested_share_limit_fen: suggested?.unwrap_or(shared_limit_fen),
		},
		links: links?.unwrap_or_default(),
		conditions: Conditions {
			shared_limit_fen,
			min_share_fen: min_share?.unwrap_or(floor),
			min_rate_bp: min_rate?,
			max_rate_bp: max_rate?,
			token_rate: token_rate?,
			max_participants: max_participants?,
			start: start?.unwrap_or(TimeSpec::Now),
			end: end?,
		},
		borrower: BorrowerData {
			name: name?,
			id_number: id_number?,
			mobile: mobile?,
			licence_plate: plate?,
			engine_number: engine?,
		},
	})
}

/// A plan's confirmation window on the chain's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
	/// First moment confirmations are accepted, ms since the epoch.
	pub start_ms: u64,
	/// Last moment (inclusive), ms since the epoch.
	pub end_ms: u64,
}

/// Runs `check` on each plan with a context for reporting on its row of `sheet`.
fn per_plan<T>(
	sheet: &Sheet,
	plans: &[SheetPlan],
	mut check: impl FnMut(&mut RowCtx<'_>, &SheetPlan) -> T,
) -> Result<Vec<T>, SheetErrors> {
	let map = HeaderMap::new(&sheet.headers, sheet.first_column, sheet.header_row)
		.map_err(|sheet| SheetErrors { sheet, cells: Vec::new() })?;
	let mut cells = Vec::new();
	let mut out = Vec::with_capacity(plans.len());
	for plan in plans {
		let fallback = Row { number: plan.row, cells: Vec::new() };
		let row = sheet
			.rows
			.binary_search_by_key(&plan.row, |r| r.number)
			.map_or(&fallback, |i| &sheet.rows[i]);
		let mut r = RowCtx::new(sheet, &map, row);
		out.push(check(&mut r, plan));
		cells.append(&mut r.errors);
	}
	if cells.is_empty() {
		Ok(out)
	} else {
		Err(SheetErrors { sheet: Vec::new(), cells })
	}
}

/// Resolves each plan's window on the chain's clock `now_ms`: the end must be in the
/// future and after the start. Errors name the plan's row and its `end` cell.
pub fn resolve_windows(
	sheet: &Sheet,
	plans: &[SheetPlan],
	now_ms: u64,
	opts: &Options,
) -> Result<Vec<Window>, SheetErrors> {
	let offset = opts.utc_offset_minutes;
	per_plan(sheet, plans, |r, plan| {
		let start_ms = plan.conditions.start.resolve(now_ms);
		let end_ms = plan.conditions.end.resolve(now_ms);
		if end_ms <= now_ms {
			r.fail(
				C::End,
				format!(
					"is not in the future: it is {}, the chain's time is {}",
					format_ms(end_ms, offset),
					format_ms(now_ms, offset)
				),
			);
		} else if start_ms >= end_ms {
			r.fail(
				C::End,
				format!(
					"is not after the start: it is {}, the start is {}",
					format_ms(end_ms, offset),
					format_ms(start_ms, offset)
				),
			);
		}
		Window { start_ms, end_ms }
	})
}

/// Checks each plan's highest rate against the chain's regulatory cap.
pub fn check_rate_cap(
	sheet: &Sheet,
	plans: &[SheetPlan],
	rate_cap_bp: u32,
) -> Result<(), SheetErrors> {
	per_plan(sheet, plans, |r, plan| {
		if plan.conditions.max_rate_bp > rate_cap_bp {
			r.fail(
				C::MaxRate,
				format!(
					"is above the regulatory cap of {rate_cap_bp} bp ({})",
					format_bp(rate_cap_bp)
				),
			);
		}
	})
	.map(drop)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn text(t: &str) -> Cell {
		Cell::Text(t.into())
	}

	#[test]
	fn whole_numbers_and_rates() {
		assert_eq!(whole_of::<u32>(&text("56,000"), "n"), Ok(56_000));
		assert_eq!(whole_of::<u32>(&text("５６０００"), "n"), Ok(56_000));
		assert_eq!(whole_of::<u32>(&Cell::Number(56_000.0), "n"), Ok(56_000));
		assert_eq!(whole_of::<u16>(&text("65536"), "a score"), Err("is not a score".into()));
		for bad in [text("1.5"), text("-1"), text("1e3"), Cell::Number(1.5), Cell::Number(-1.0)] {
			assert!(whole_of::<u32>(&bad, "n").is_err(), "{bad:?}");
		}
		assert_eq!(rate_of(&text("1800")), Ok(1800));
		assert_eq!(rate_of(&text("18%")), Ok(1800));
		assert_eq!(rate_of(&text("18.5%")), Ok(1850));
		assert_eq!(rate_of(&text(" 18.25 ％")), Ok(1825));
		for bad in [text("18.255%"), text("%"), text(".5%"), text("x%"), Cell::Number(0.18)] {
			assert!(rate_of(&bad).is_err(), "{bad:?}");
		}
	}

	#[test]
	fn purchase_dates_in_every_cell_form() {
		let date = Cell::DateTime(LocalDateTime::date(2021, 3, 15).unwrap_or_else(|| panic!()));
		for cell in [
			text("2021年3月15日"),
			text("20210315"),
			Cell::Number(20_210_315.0),
			Cell::Number(44_270.0),
			Cell::Number(44_270.5),
			date,
		] {
			assert_eq!(purchase_date_of(&cell), Ok(20_210_315), "{cell:?}");
		}
		for bad in [Cell::Number(20_210_230.0), Cell::Number(12.0), Cell::Bool(true), text("3/15")]
		{
			assert!(purchase_date_of(&bad).is_err(), "{bad:?}");
		}
	}

	#[test]
	fn window_times_in_every_cell_form() {
		let jan1 = 1_767_225_600_000u64; // 2026-01-01T00:00Z
		let at = |cell: Cell, edge| time_of(&cell, edge, 480);
		assert_eq!(at(text("now"), WindowEdge::Start), Ok(TimeSpec::Now));
		assert_eq!(at(Cell::Number(jan1 as f64), WindowEdge::End), Ok(TimeSpec::At(jan1)));
		// 46023 is 2026-01-01: midnight in China for a start, the day's end for an end.
		assert_eq!(
			at(Cell::Number(46_023.0), WindowEdge::Start),
			Ok(TimeSpec::At(jan1 - 28_800_000))
		);
		assert_eq!(
			at(Cell::Number(46_023.0), WindowEdge::End),
			Ok(TimeSpec::At(jan1 + 57_600_000 - 1))
		);
		assert!(at(Cell::Number(1_767_225_600.0), WindowEdge::End).is_err(), "seconds");
		assert!(at(Cell::Bool(false), WindowEdge::End).is_err());
	}

	#[test]
	fn id_numbers_that_excel_turned_into_numbers_are_refused() {
		assert_eq!(id_number_of(&text("44030519780606001X")), Ok("44030519780606001X".into()));
		assert!(id_number_of(&text("4.40305E+17")).unwrap_err().contains("15 digits"));
		assert!(id_number_of(&Cell::Number(4.403e17)).is_err());
		assert_eq!(amount_of(&Cell::Number(0.1 + 0.2)), Ok(30));
		assert!(amount_of(&Cell::Bool(true)).is_err());
	}
}
