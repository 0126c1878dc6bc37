//! The plan sheet: a CSV file with one loan share plan per row (columns in README.md).
//!
//! [`parse_sheet`] reads and validates the whole sheet offline; [`resolve_windows`] adds
//! the checks that need the chain's clock and rate cap. Both report every bad row with
//! its spreadsheet row number (the header is row 1), so a sheet is either entirely
//! valid or nothing of it is sent.
use crate::{
	money::parse_rmb,
	timefmt::{parse_time, parse_yyyymmdd, TimeSpec},
};
use frame_support::traits::Get;
use loanshare_envelope::BorrowerData;
use loanshare_primitives::{Fen, Moment};
use loanshare_runtime::Runtime;
use pallet_loan_share::{CarCollateral, LoanType, RiskResult};
use std::{collections::HashMap, fmt, io::Read};

/// Longest sensitive field accepted (keeps the envelope far below `MaxCiphertextLen`).
pub const MAX_SENSITIVE_LEN: usize = 256;
/// Separator of several risk-data links in the `risk_links` column.
pub const LINK_SEPARATOR: char = '|';

/// A sheet column: its header name and whether every row must fill it.
pub struct Column {
	/// Header name.
	pub name: &'static str,
	/// Whether it must be present in the header.
	pub required: bool,
}

const fn col(name: &'static str, required: bool) -> Column {
	Column { name, required }
}

/// The columns of a plan sheet, in the order `gen-sheet` writes them.
pub const COLUMNS: &[Column] = &[
	col("external_ref", true),
	col("loan_type", true),
	col("amount_rmb", true),
	col("car_mileage_km", false),
	col("car_purchase_date", false),
	col("risk_score", true),
	col("approved_limit_rmb", false),
	col("suggested_share_limit_rmb", false),
	col("risk_links", false),
	col("shared_limit_rmb", true),
	col("min_rate_bp", true),
	col("max_rate_bp", true),
	col("token_rate", true),
	col("max_participants", true),
	col("start", false),
	col("end", true),
	col("name", true),
	col("id_number", true),
	col("mobile", true),
	col("licence_plate", false),
	col("engine_number", false),
];

/// The runtime's bounds a row must fit.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
	/// `MaxRefLen`: longest external reference, in bytes.
	pub max_ref_len: usize,
	/// `MaxLinks`: most risk-data links.
	pub max_links: usize,
	/// `MaxLinkLen`: longest link, in bytes.
	pub max_link_len: usize,
	/// `MaxParticipants`: most participants of one plan.
	pub max_participants: u32,
}

impl Limits {
	/// The bounds of the LoanShare runtime this client is built against.
	pub fn runtime() -> Self {
		type C = Runtime;
		Limits {
			max_ref_len: <<C as pallet_loan_share::Config>::MaxRefLen as Get<u32>>::get() as usize,
			max_links: <<C as pallet_loan_share::Config>::MaxLinks as Get<u32>>::get() as usize,
			max_link_len: <<C as pallet_loan_share::Config>::MaxLinkLen as Get<u32>>::get()
				as usize,
			max_participants: <<C as pallet_loan_share::Config>::MaxParticipants as Get<u32>>::get(
			),
		}
	}
}

/// One valid row of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetRow {
	/// Spreadsheet row number (the header is row 1).
	pub row: usize,
	/// The contributor's reference (unique per contributor).
	pub external_ref: String,
	/// Kind of loan.
	pub loan_type: LoanType,
	/// Requested amount, fen.
	pub amount: Fen,
	/// The car, for car loans.
	pub car: Option<CarCollateral>,
	/// The contributor's risk result.
	pub risk: RiskResult,
	/// Risk-data links.
	pub links: Vec<String>,
	/// Shared limit, fen.
	pub shared_limit: Fen,
	/// Lowest annual rate, basis points.
	pub min_rate_bp: u32,
	/// Highest annual rate, basis points.
	pub max_rate_bp: u32,
	/// Whole TOKEN per 10,000 RMB.
	pub token_rate: u32,
	/// Most participants.
	pub max_participants: u32,
	/// When confirmations open (default: now).
	pub start: TimeSpec,
	/// When confirmations close.
	pub end: TimeSpec,
	/// The sensitive fields, sealed before anything leaves the machine.
	pub borrower: BorrowerData,
}

/// What is wrong with one row (or the header, row 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
	/// Spreadsheet row number.
	pub row: usize,
	/// The offending column, when there is one.
	pub column: Option<&'static str>,
	/// What is wrong.
	pub message: String,
}

impl fmt::Display for RowError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		match self.column {
			Some(c) => write!(f, "row {}, column {c}: {}", self.row, self.message),
			None => write!(f, "row {}: {}", self.row, self.message),
		}
	}
}

/// Every problem found in a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetErrors(pub Vec<RowError>);

impl std::error::Error for SheetErrors {}

impl fmt::Display for SheetErrors {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		const SHOWN: usize = 50;
		let rows: std::collections::BTreeSet<usize> = self.0.iter().map(|e| e.row).collect();
		writeln!(
			f,
			"the sheet has {} error(s) in {} row(s); nothing was sent:",
			self.0.len(),
			rows.len()
		)?;
		for e in self.0.iter().take(SHOWN) {
			writeln!(f, "  {e}")?;
		}
		if self.0.len() > SHOWN {
			writeln!(f, "  ... and {} more", self.0.len() - SHOWN)?;
		}
		Ok(())
	}
}

/// Parses a loan type: its English name (`Cash`, `CarMortgage`, ...) in any case, or the
/// Chinese product name (信用贷, 车辆抵押贷, ...).
pub fn parse_loan_type(text: &str) -> Result<LoanType, String> {
	let t = text.trim();
	let norm: String = t.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).collect();
	Ok(match norm.to_ascii_lowercase().as_str() {
		"cash" | "信用贷" => LoanType::Cash,
		"consumption" | "消费贷" => LoanType::Consumption,
		"providentfund" | "公积金贷" => LoanType::ProvidentFund,
		"enterprise" | "企业贷" => LoanType::Enterprise,
		"carmortgage" | "车辆抵押贷" => LoanType::CarMortgage,
		"policy" | "保单贷" => LoanType::Policy,
		"carpledge" | "车辆质押" | "车辆质押贷" => LoanType::CarPledge,
		_ => {
			return Err(format!(
				"`{t}` is not a loan type (Cash, Consumption, ProvidentFund, Enterprise, \
				 CarMortgage, Policy, CarPledge, or 信用贷, 消费贷, 公积金贷, 企业贷, 车辆抵押贷, 保单贷, 车辆质押)"
			))
		}
	})
}

/// The name `gen-sheet` and the README use for a loan type.
pub fn loan_type_name(t: LoanType) -> &'static str {
	match t {
		LoanType::Cash => "Cash",
		LoanType::Consumption => "Consumption",
		LoanType::ProvidentFund => "ProvidentFund",
		LoanType::Enterprise => "Enterprise",
		LoanType::CarMortgage => "CarMortgage",
		LoanType::Policy => "Policy",
		LoanType::CarPledge => "CarPledge",
	}
}

/// Reads the cells of one record, collecting errors instead of stopping at the first.
struct RowReader<'a> {
	row: usize,
	record: &'a csv::StringRecord,
	index: &'a HashMap<&'static str, usize>,
	errors: Vec<RowError>,
}

impl RowReader<'_> {
	fn cell(&self, name: &'static str) -> &str {
		self.index.get(name).and_then(|i| self.record.get(*i)).map_or("", str::trim)
	}

	fn fail(&mut self, column: &'static str, message: impl Into<String>) {
		self.errors.push(RowError { row: self.row, column: Some(column), message: message.into() });
	}

	/// A required cell parsed with `parse`; `None` (and an error) if empty or invalid.
	fn required<T>(
		&mut self,
		name: &'static str,
		parse: impl FnOnce(&str) -> Result<T, String>,
	) -> Option<T> {
		let text = self.cell(name).to_owned();
		if text.is_empty() {
			self.fail(name, "is empty");
			return None;
		}
		parse(&text).map_err(|e| self.fail(name, e)).ok()
	}

	/// An optional cell: `Ok(None)` if empty.
	fn optional<T>(
		&mut self,
		name: &'static str,
		parse: impl FnOnce(&str) -> Result<T, String>,
	) -> Option<Option<T>> {
		let text = self.cell(name).to_owned();
		if text.is_empty() {
			return Some(None);
		}
		parse(&text).map(Some).map_err(|e| self.fail(name, e)).ok()
	}

	/// A required text cell of at most `max` bytes.
	fn text(&mut self, name: &'static str, max: usize) -> Option<String> {
		self.required(name, |t| bounded_text(t, max))
	}
}

fn bounded_text(t: &str, max: usize) -> Result<String, String> {
	if t.len() > max {
		Err(format!("is {} bytes long, at most {max} allowed", t.len()))
	} else {
		Ok(t.to_owned())
	}
}

fn number<T: std::str::FromStr>(what: &'static str) -> impl Fn(&str) -> Result<T, String> {
	move |t| t.parse::<T>().map_err(|_| format!("`{t}` is not {what}"))
}

/// Reads and validates a whole sheet. Either every row is valid, or the errors of every
/// bad row are returned (and the caller sends nothing).
pub fn parse_sheet<R: Read>(input: R, limits: &Limits) -> Result<Vec<SheetRow>, SheetErrors> {
	let mut reader =
		csv::ReaderBuilder::new().flexible(false).trim(csv::Trim::All).from_reader(input);
	let header_error = |m: String| SheetErrors(vec![RowError { row: 1, column: None, message: m }]);
	let headers =
		reader.headers().map_err(|e| header_error(format!("cannot read the header: {e}")))?.clone();

	let mut index = HashMap::new();
	let mut errors = Vec::new();
	for (i, h) in headers.iter().enumerate() {
		let h = h.trim_start_matches('\u{feff}').trim();
		match COLUMNS.iter().find(|c| c.name.eq_ignore_ascii_case(h)) {
			Some(c) if index.insert(c.name, i).is_some() => errors.push(RowError {
				row: 1,
				column: Some(c.name),
				message: "appears twice".into(),
			}),
			Some(_) => {},
			None => errors.push(RowError {
				row: 1,
				column: None,
				message: format!("unknown column `{h}` (see README.md for the columns)"),
			}),
		}
	}
	for c in COLUMNS.iter().filter(|c| c.required && !index.contains_key(c.name)) {
		errors.push(RowError {
			row: 1,
			column: Some(c.name),
			message: "required column missing".into(),
		});
	}
	if !errors.is_empty() {
		return Err(SheetErrors(errors));
	}

	let mut rows = Vec::new();
	let mut seen: HashMap<String, usize> = HashMap::new();
	let mut record = csv::StringRecord::new();
	let mut row = 1;
	loop {
		row += 1;
		match reader.read_record(&mut record) {
			Ok(false) => break,
			Ok(true) => {},
			Err(e) => {
				let at = e.position().map_or(row, |p| p.line() as usize);
				let fatal = matches!(e.kind(), csv::ErrorKind::Io(_));
				errors.push(RowError {
					row: at,
					column: None,
					message: format!("unreadable: {e}"),
				});
				if fatal {
					break;
				}
				continue;
			},
		}
		// The line the record starts on (blank lines are skipped by the reader).
		row = record.position().map_or(row, |p| p.line() as usize);
		let mut r = RowReader { row, record: &record, index: &index, errors: Vec::new() };
		let external_ref = r.cell("external_ref").to_owned();
		let parsed = parse_row(&mut r, limits);
		if !external_ref.is_empty() {
			match seen.get(&external_ref) {
				Some(first) => {
					let message = format!("`{external_ref}` is already used in row {first}");
					r.fail("external_ref", message);
				},
				None => {
					seen.insert(external_ref, row);
				},
			}
		}
		if r.errors.is_empty() {
			rows.extend(parsed);
		} else {
			errors.append(&mut r.errors);
		}
	}
	if errors.is_empty() && rows.is_empty() {
		errors.push(RowError { row: 2, column: None, message: "the sheet has no plans".into() });
	}
	if errors.is_empty() {
		Ok(rows)
	} else {
		Err(SheetErrors(errors))
	}
}

fn parse_row(r: &mut RowReader<'_>, limits: &Limits) -> Option<SheetRow> {
	let external_ref = r.text("external_ref", limits.max_ref_len);
	let loan_type = r.required("loan_type", parse_loan_type);
	let amount = r.required("amount_rmb", parse_rmb);
	let mileage = r.optional("car_mileage_km", number::<u32>("a mileage in km"));
	let purchase = r.optional("car_purchase_date", parse_yyyymmdd);
	let score = r.required("risk_score", number::<u16>("a score between 0 and 65535"));
	let approved = r.optional("approved_limit_rmb", parse_rmb);
	let suggested = r.optional("suggested_share_limit_rmb", parse_rmb);
	let links = r.optional("risk_links", |t| {
		let links: Vec<String> = t
			.split(LINK_SEPARATOR)
			.map(str::trim)
			.filter(|l| !l.is_empty())
			.map(String::from)
			.collect();
		if links.len() > limits.max_links {
			return Err(format!("{} links, at most {} allowed", links.len(), limits.max_links));
		}
		match links.iter().find(|l| l.len() > limits.max_link_len) {
			Some(l) => Err(format!("link `{l}` is longer than {} bytes", limits.max_link_len)),
			None => Ok(links),
		}
	});
	let shared_limit = r.required("shared_limit_rmb", parse_rmb);
	let min_rate = r.required("min_rate_bp", number::<u32>("basis points (1800 = 18%)"));
	let max_rate = r.required("max_rate_bp", number::<u32>("basis points (2000 = 20%)"));
	let token_rate = r.required("token_rate", number::<u32>("whole TOKEN per 10,000 RMB"));
	let max_participants = r.required("max_participants", number::<u32>("a count"));
	let start = r.optional("start", parse_time);
	let end = r.required("end", parse_time);
	let name = r.text("name", MAX_SENSITIVE_LEN);
	let id_number = r.text("id_number", MAX_SENSITIVE_LEN);
	let mobile = r.text("mobile", MAX_SENSITIVE_LEN);
	let plate = r.optional("licence_plate", |t| bounded_text(t, MAX_SENSITIVE_LEN));
	let engine = r.optional("engine_number", |t| bounded_text(t, MAX_SENSITIVE_LEN));

	// Rules across columns, each reported once on the column a person would fix.
	if let (Some(t), Some(m), Some(p)) = (loan_type, mileage.as_ref(), purchase.as_ref()) {
		if t.is_car_loan() {
			if m.is_none() {
				r.fail("car_mileage_km", "required for a car loan");
			}
			if p.is_none() {
				r.fail("car_purchase_date", "required for a car loan");
			}
		} else if m.is_some() || p.is_some() {
			r.fail(
				"loan_type",
				"car columns are filled but this is not a car loan (CarMortgage, CarPledge)",
			);
		}
	}
	if let (Some(t), Some(pl), Some(en)) = (loan_type, plate.as_ref(), engine.as_ref()) {
		if t.is_car_loan() {
			if pl.is_none() {
				r.fail("licence_plate", "required for a car loan");
			}
			if en.is_none() {
				r.fail("engine_number", "required for a car loan");
			}
		} else if pl.is_some() || en.is_some() {
			r.fail("licence_plate", "licence plate / engine number only go with car loans");
		}
	}
	if let Some(a) = amount {
		if a == 0 {
			r.fail("amount_rmb", "must be positive");
		}
	}
	if let (Some(a), Some(s)) = (amount, shared_limit) {
		if s == 0 {
			r.fail("shared_limit_rmb", "must be positive");
		} else if s > a {
			r.fail("shared_limit_rmb", "is above the requested amount");
		}
	}
	if let (Some(lo), Some(hi)) = (min_rate, max_rate) {
		if lo > hi {
			r.fail("min_rate_bp", format!("{lo} is above max_rate_bp {hi}"));
		}
	}
	if token_rate == Some(0) {
		r.fail("token_rate", "must be positive");
	}
	if let Some(n) = max_participants {
		if n == 0 || n > limits.max_participants {
			r.fail(
				"max_participants",
				format!("must be between 1 and {}", limits.max_participants),
			);
		}
	}
	if let (Some(Some(s)), Some(e)) = (start, end) {
		let comparable = match (s, e) {
			(TimeSpec::At(a), TimeSpec::At(b)) => Some(a >= b),
			(TimeSpec::Now | TimeSpec::After(_), TimeSpec::Now | TimeSpec::After(_)) => {
				Some(s.resolve(0) >= e.resolve(0))
			},
			_ => None,
		};
		if comparable == Some(true) {
			r.fail("end", "is not after start");
		}
	}

	let amount = amount?;
	let shared_limit = shared_limit?;
	let loan_type = loan_type?;
	let (mileage, purchase) = (mileage?, purchase?);
	let car = match (mileage, purchase) {
		(Some(mileage_km), Some(purchase_date)) => {
			Some(CarCollateral { mileage_km, purchase_date })
		},
		_ => None,
	};
	Some(SheetRow {
		row: r.row,
		external_ref: external_ref?,
		loan_type,
		amount,
		car,
		risk: RiskResult {
			score: score?,
			approved_limit: approved?.unwrap_or(amount),
			suggested_share_limit: suggested?.unwrap_or(shared_limit),
		},
		links: links?.unwrap_or_default(),
		shared_limit,
		min_rate_bp: min_rate?,
		max_rate_bp: max_rate?,
		token_rate: token_rate?,
		max_participants: max_participants?,
		start: start?.unwrap_or(TimeSpec::Now),
		end: end?,
		borrower: BorrowerData {
			name: name?,
			id_number: id_number?,
			mobile: mobile?,
			licence_plate: plate?,
			engine_number: engine?,
		},
	})
}

/// A row's confirmation window on the chain's clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
	/// First moment confirmations are accepted (ms).
	pub start: Moment,
	/// Last moment (ms, inclusive).
	pub end: Moment,
}

/// The checks that need the chain: windows against its clock `now`, rates against its cap.
/// Returns each row's window, or the errors of every bad row.
pub fn resolve_windows(
	rows: &[SheetRow],
	now: Moment,
	rate_cap_bp: u32,
) -> Result<Vec<Window>, SheetErrors> {
	let mut errors = Vec::new();
	let mut windows = Vec::with_capacity(rows.len());
	for r in rows {
		let start = r.start.resolve(now);
		let end = r.end.resolve(now);
		let mut fail = |column, message: String| {
			errors.push(RowError { row: r.row, column: Some(column), message })
		};
		if end <= now {
			fail(
				"end",
				format!(
					"{} is not in the future (chain time {})",
					crate::timefmt::format_ms(end),
					crate::timefmt::format_ms(now)
				),
			);
		} else if start >= end {
			fail("end", "is not after start".into());
		}
		if r.max_rate_bp > rate_cap_bp {
			fail(
				"max_rate_bp",
				format!("{} is above the regulatory cap {rate_cap_bp}", r.max_rate_bp),
			);
		}
		windows.push(Window { start, end });
	}
	if errors.is_empty() {
		Ok(windows)
	} else {
		Err(SheetErrors(errors))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const SAMPLE: &str = include_str!("../examples/sample-plans.csv");

	fn parse(text: &str) -> Result<Vec<SheetRow>, SheetErrors> {
		parse_sheet(text.as_bytes(), &Limits::runtime())
	}

	/// The sample sheet with `from` replaced by `to` (which must occur).
	fn sample_with(from: &str, to: &str) -> String {
		assert!(SAMPLE.contains(from), "{from} not in the sample");
		SAMPLE.replacen(from, to, 1)
	}

	fn at(errors: &SheetErrors) -> Vec<(usize, Option<&'static str>)> {
		errors.0.iter().map(|e| (e.row, e.column)).collect()
	}

	#[test]
	fn the_sample_sheet_parses() {
		let rows = parse(SAMPLE).unwrap();
		assert_eq!(rows.len(), 5);
		let r = &rows[0];
		assert_eq!(
			(r.row, r.external_ref.as_str(), r.loan_type),
			(2, "SAMPLE-2026-0001", LoanType::Cash)
		);
		assert_eq!(
			(r.amount, r.shared_limit, r.min_rate_bp, r.max_rate_bp),
			(12_000_000, 10_000_000, 1800, 2000)
		);
		assert_eq!(
			r.risk,
			RiskResult {
				score: 720,
				approved_limit: 12_000_000,
				suggested_share_limit: 10_000_000
			}
		);
		assert_eq!(r.links, vec!["https://risk.example/traffic/0001".to_string()]);
		assert_eq!((r.start, r.end), (TimeSpec::Now, TimeSpec::After(30 * 86_400_000)));
		assert_eq!(r.borrower.name, "张三 Zhang San");
		assert_eq!(r.borrower.licence_plate, None);
		assert_eq!(rows[1].loan_type, LoanType::Consumption, "Chinese loan type names");
		let car = &rows[2];
		assert_eq!(car.car, Some(CarCollateral { mileage_km: 56_000, purchase_date: 20_210_315 }));
		assert_eq!(car.links.len(), 2);
		assert_eq!(car.borrower.engine_number.as_deref(), Some("EN4A7C91D2"));
		assert_eq!(rows[4].car.map(|c| c.purchase_date), Some(20_160_820));
		assert_eq!(rows[3].end, TimeSpec::At(1_814_313_600_000), "2027-06-30");
	}

	#[test]
	fn a_bad_row_is_reported_with_its_row_number_and_no_row_is_returned() {
		let err = parse(&sample_with(
			"SAMPLE-2026-0003,CarMortgage,200000,",
			"SAMPLE-2026-0003,CarMortgage,2OOOOO,",
		))
		.unwrap_err();
		assert_eq!(at(&err), vec![(4, Some("amount_rmb"))]);
		let text = err.to_string();
		assert!(text.contains("1 error(s) in 1 row(s); nothing was sent"), "{text}");
		assert!(text.contains("row 4, column amount_rmb: `2OOOOO` is not an amount"), "{text}");
	}

	#[test]
	fn every_bad_row_is_reported() {
		let text = sample_with(",56000,20210315,", ",,20210315,") // car loan without mileage
			.replacen("SAMPLE-2026-0004", "SAMPLE-2026-0001", 1) // duplicate reference
			.replacen(",60000,2000,2400,3,1,", ",90000,2000,2400,3,1,", 1); // shared limit above amount
		let err = parse(&text).unwrap_err();
		assert_eq!(
			at(&err),
			vec![
				(4, Some("car_mileage_km")),
				(5, Some("external_ref")),
				(6, Some("shared_limit_rmb"))
			]
		);
		assert!(err.0[1].message.contains("already used in row 2"));
	}

	#[test]
	fn cross_column_rules() {
		// Plate on a non-car loan; rate range reversed; zero fee rate; too many participants.
		let text = sample_with(",13800138000,,", ",13800138000,京A00001,").replacen(
			",1500,1800,1,2,",
			",1900,1800,0,51,",
			1,
		);
		let err = parse(&text).unwrap_err();
		assert_eq!(
			at(&err),
			vec![
				(2, Some("licence_plate")),
				(3, Some("min_rate_bp")),
				(3, Some("token_rate")),
				(3, Some("max_participants"))
			]
		);
		// A car loan without plate and engine number.
		let err = parse(&sample_with(",粤B12345,EN4A7C91D2", ",,")).unwrap_err();
		assert_eq!(at(&err), vec![(4, Some("licence_plate")), (4, Some("engine_number"))]);
		// Start after end (both absolute).
		let err = parse(&sample_with("now,2027-06-30", "2027-07-01,2027-06-30")).unwrap_err();
		assert_eq!(at(&err), vec![(5, Some("end"))]);
	}

	#[test]
	fn header_problems_are_row_1() {
		let err = parse("external_ref,loan_typ,amount_rmb\nA,Cash,1\n").unwrap_err();
		let msgs: Vec<String> = err.0.iter().map(ToString::to_string).collect();
		assert!(msgs.iter().all(|m| m.starts_with("row 1")), "{msgs:?}");
		assert!(msgs.iter().any(|m| m.contains("unknown column `loan_typ`")));
		assert!(msgs.iter().any(|m| m.contains("column loan_type: required column missing")));
		let header_only = SAMPLE.lines().next().unwrap();
		assert!(parse(header_only).unwrap_err().to_string().contains("no plans"));
	}

	#[test]
	fn runtime_bounds_are_enforced() {
		let long_ref = "R".repeat(Limits::runtime().max_ref_len + 1);
		let err = parse(&sample_with("SAMPLE-2026-0002", &long_ref)).unwrap_err();
		assert_eq!(at(&err), vec![(3, Some("external_ref"))]);
		let links = vec!["https://x.example/l"; Limits::runtime().max_links + 1].join("|");
		let err = parse(&sample_with("https://risk.example/phone/0004", &links)).unwrap_err();
		assert_eq!(at(&err), vec![(5, Some("risk_links"))]);
	}

	#[test]
	fn chain_checks_resolve_windows_on_the_chain_clock() {
		let rows = parse(SAMPLE).unwrap();
		let now = 1_795_000_000_000;
		let w = resolve_windows(&rows, now, 2400).unwrap();
		assert_eq!(w[0], Window { start: now, end: now + 30 * 86_400_000 });
		// A lower cap rejects the rows quoting more; a later clock expires 2027-06-30.
		let err = resolve_windows(&rows, now, 2000).unwrap_err();
		assert_eq!(at(&err), vec![(6, Some("max_rate_bp"))]);
		let err = resolve_windows(&rows, 1_814_313_600_000, 2400).unwrap_err();
		assert_eq!(at(&err), vec![(5, Some("end"))]);
	}

	#[test]
	fn loan_types_in_english_and_chinese() {
		assert_eq!(parse_loan_type("car_mortgage"), Ok(LoanType::CarMortgage));
		assert_eq!(parse_loan_type("公积金贷"), Ok(LoanType::ProvidentFund));
		assert_eq!(parse_loan_type("保单贷"), Ok(LoanType::Policy));
		assert!(parse_loan_type("mortgage").is_err());
	}
}
