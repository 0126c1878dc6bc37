//! Fake but well-formed plan sheets, for demos, tests and load tests, in three dresses:
//! [`csv()`] (UTF-8, English headers), [`csv_gbk`] (GBK, Chinese headers and the forms a
//! Chinese back office writes: `￥1,234.50`, `2021/3/15`, `车辆抵押贷`) and [`write_xlsx`] /
//! [`xlsx_bytes`] (Chinese headers, number cells for amounts and counts, date cells for
//! dates and times).
//!
//! Deterministic for a given seed (a SplitMix64 generator), and the three dresses of one
//! seed hold the same plans. Every value is made up: names from a short list, ID numbers
//! with a valid check digit but a fictitious sequence, mobiles in the 13x range, plates
//! and engine numbers for car loans. Starts are `now` or a moment of January 2026 (in the
//! past); ends are relative (`+7d` to `+60d`), so a generated sheet stays publishable.
use crate::{columns::COLUMNS, types::LoanType};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use std::path::Path;

struct SplitMix(u64);

impl SplitMix {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		z ^ (z >> 31)
	}

	/// Uniform in `lo..=hi`.
	fn range(&mut self, lo: u64, hi: u64) -> u64 {
		lo + self.next() % (hi - lo + 1)
	}

	fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
		&items[(self.next() % items.len() as u64) as usize]
	}
}

const SURNAMES: &[(&str, &str)] = &[
	("王", "Wang"),
	("李", "Li"),
	("张", "Zhang"),
	("刘", "Liu"),
	("陈", "Chen"),
	("杨", "Yang"),
	("赵", "Zhao"),
	("黄", "Huang"),
	("周", "Zhou"),
	("吴", "Wu"),
];
const GIVEN: &[(&str, &str)] = &[
	("伟", "Wei"),
	("芳", "Fang"),
	("娜", "Na"),
	("敏", "Min"),
	("静", "Jing"),
	("磊", "Lei"),
	("洋", "Yang"),
	("艳", "Yan"),
	("勇", "Yong"),
	("军", "Jun"),
];
const REGIONS: &[&str] = &["110101", "310104", "440305", "330106", "510107"];
const PLATE_PREFIXES: &[&str] = &["京A", "沪B", "粤B", "浙A", "川A"];
const LOAN_TYPES: &[LoanType] = &[
	LoanType::Cash,
	LoanType::Cash,
	LoanType::Consumption,
	LoanType::ProvidentFund,
	LoanType::Enterprise,
	LoanType::CarMortgage,
	LoanType::Policy,
	LoanType::CarPledge,
];

/// The check character of an 18-character PRC resident ID (ISO 7064 MOD 11-2, GB 11643).
pub fn id_check_char(first17: &str) -> char {
	const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
	const CHECK: &[u8; 11] = b"10X98765432";
	let sum: u32 =
		first17.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b.wrapping_sub(b'0')) * w).sum();
	char::from(CHECK[(sum % 11) as usize])
}

/// A date and time of day.
#[derive(Clone, Copy)]
struct Stamp {
	y: u16,
	m: u8,
	d: u8,
	h: u8,
	mi: u8,
}

/// One fake plan, before it is written in some dress.
struct Fake {
	external_ref: String,
	loan_type: LoanType,
	amount_fen: u64,
	/// Mileage and purchase date, for car loans.
	car: Option<(u32, Stamp)>,
	score: u16,
	approved_fen: u64,
	suggested_fen: u64,
	links: Vec<String>,
	shared_fen: u64,
	/// The smallest share: the shared limit split among the most participants, in whole
	/// RMB, at least the chain's floor.
	min_share_fen: u64,
	min_rate_bp: u32,
	max_rate_bp: u32,
	token_rate: u32,
	max_participants: u32,
	/// `None` is `now`.
	start: Option<Stamp>,
	end_days: u64,
	name: String,
	id_number: String,
	mobile: u64,
	/// Plate and engine number, for car loans.
	plate_engine: Option<(String, String)>,
}

fn fake(rng: &mut SplitMix, prefix: &str, n: usize) -> Fake {
	let loan_type = *rng.pick(LOAN_TYPES);
	// Whole thousands of RMB, or (one plan in four) an amount with fen.
	let amount_fen =
		rng.range(10, 500) * 100_000 + if rng.range(0, 3) == 0 { rng.range(1, 99_999) } else { 0 };
	let shared_fen = (amount_fen * rng.range(50, 100) / 100).max(1);
	let min_rate_bp = (rng.range(24, 40) * 50) as u32; // 12.00% to 20.00%
	let max_rate_bp = (min_rate_bp + rng.range(0, 4) as u32 * 100).min(2400);
	let (surname, surname_py) = *rng.pick(SURNAMES);
	let (given, given_py) = *rng.pick(GIVEN);
	let birth = format!("{}{:02}{:02}", rng.range(1960, 2003), rng.range(1, 12), rng.range(1, 28));
	let first17 = format!("{}{birth}{:03}", rng.pick(REGIONS), rng.range(0, 999));
	let id_number = format!("{first17}{}", id_check_char(&first17));
	let is_car = loan_type.is_car_loan();
	let car = is_car.then(|| {
		let mileage = rng.range(1_000, 200_000) as u32;
		let bought = Stamp {
			y: rng.range(2012, 2024) as u16,
			m: rng.range(1, 12) as u8,
			d: rng.range(1, 28) as u8,
			h: 0,
			mi: 0,
		};
		(mileage, bought)
	});
	let links = match rng.range(0, 2) {
		0 => Vec::new(),
		1 => vec![format!("https://risk.example/traffic/{prefix}{n:06}")],
		_ => vec![
			format!("https://risk.example/traffic/{prefix}{n:06}"),
			format!("https://risk.example/phone/{prefix}{n:06}"),
		],
	};
	let score = rng.range(550, 850) as u16;
	let token_rate = rng.range(1, 3) as u32;
	let max_participants = rng.range(1, 5) as u32;
	let start = (rng.range(0, 1) == 1).then(|| Stamp {
		y: 2026,
		m: 1,
		d: rng.range(1, 28) as u8,
		h: rng.range(8, 18) as u8,
		mi: *rng.pick(&[0, 15, 30, 45]),
	});
	let end_days = rng.range(7, 60);
	let mobile = 13_000_000_000 + rng.range(100_000_000, 999_999_999);
	let plate_engine = is_car.then(|| {
		let plate = format!("{}{:05}", rng.pick(PLATE_PREFIXES), rng.range(0, 99_999));
		let engine = format!("EN{:010X}", rng.next() & 0xFF_FFFF_FFFF);
		(plate, engine)
	});
	Fake {
		external_ref: format!("{prefix}{n:06}"),
		loan_type,
		amount_fen,
		car,
		score,
		approved_fen: amount_fen,
		suggested_fen: shared_fen,
		links,
		shared_fen,
		min_share_fen: min_share(shared_fen, max_participants),
		min_rate_bp,
		max_rate_bp,
		token_rate,
		max_participants,
		start,
		end_days,
		name: format!("{surname}{given} {surname_py} {given_py}"),
		id_number,
		mobile,
		plate_engine,
	}
}

/// The chain's floor on minimum shares, fen (1,000 RMB).
const FLOOR_FEN: u64 = crate::types::DEFAULT_MIN_SHARE_FLOOR_FEN as u64;

/// A plan's minimum share: its shared limit split among its most participants, rounded
/// down to whole RMB, at least the floor (and never above the shared limit, which every
/// generated plan keeps above the floor).
fn min_share(shared_fen: u64, max_participants: u32) -> u64 {
	let split = shared_fen / u64::from(max_participants.max(1)) / 100 * 100;
	split.max(FLOOR_FEN).min(shared_fen)
}

/// The plans of a seed, and a second generator for how each dress writes them (so the
/// dresses of one seed hold the same plans).
fn fakes(rows: usize, seed: u64, prefix: &str) -> (Vec<Fake>, SplitMix) {
	let mut rng = SplitMix(seed);
	let plans = (1..=rows).map(|n| fake(&mut rng, prefix, n)).collect();
	(plans, SplitMix(seed ^ 0x5EED_F0F0_0D1E_5500))
}

/// RMB of a fen count, with two decimals.
fn rmb(fen: u64) -> String {
	format!("{}.{:02}", fen / 100, fen % 100)
}

/// RMB with thousands separators: `1,234.50`.
fn rmb_grouped(fen: u64) -> String {
	crate::money::format_fen(u128::from(fen))
}

/// How [`csv()`] and [`csv_gbk`] write a plan's cells.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dress {
	English,
	Chinese,
}

/// The text cells of one plan, in [`COLUMNS`] order.
fn text_cells(p: &Fake, dress: Dress, forms: &mut SplitMix) -> Vec<String> {
	let chinese = dress == Dress::Chinese;
	let money = |fen: u64, forms: &mut SplitMix| -> String {
		if !chinese {
			return rmb(fen);
		}
		match forms.range(0, 3) {
			0 => format!("￥{}", rmb_grouped(fen)),
			1 => format!("{}元", rmb(fen)),
			2 => rmb_grouped(fen),
			_ => rmb(fen),
		}
	};
	let date = |s: Stamp, forms: &mut SplitMix| -> String {
		if !chinese {
			return format!("{:04}{:02}{:02}", s.y, s.m, s.d);
		}
		match forms.range(0, 2) {
			0 => format!("{}/{}/{}", s.y, s.m, s.d),
			1 => format!("{}年{}月{}日", s.y, s.m, s.d),
			_ => format!("{:04}-{:02}-{:02}", s.y, s.m, s.d),
		}
	};
	let start = match p.start {
		None => "now".to_owned(),
		Some(s) if chinese && forms.range(0, 1) == 0 => {
			format!("{}/{}/{} {}:{:02}", s.y, s.m, s.d, s.h, s.mi)
		},
		Some(s) if chinese => format!("{}年{}月{}日 {:02}:{:02}", s.y, s.m, s.d, s.h, s.mi),
		Some(s) => format!("{:04}-{:02}-{:02} {:02}:{:02}", s.y, s.m, s.d, s.h, s.mi),
	};
	let (plate, engine) = p.plate_engine.clone().unwrap_or_default();
	vec![
		p.external_ref.clone(),
		if chinese { p.loan_type.chinese_name() } else { p.loan_type.sheet_name() }.to_owned(),
		money(p.amount_fen, forms),
		p.car.map(|(km, _)| km.to_string()).unwrap_or_default(),
		p.car.map(|(_, bought)| date(bought, forms)).unwrap_or_default(),
		p.score.to_string(),
		money(p.approved_fen, forms),
		money(p.suggested_fen, forms),
		p.links.join("|"),
		money(p.shared_fen, forms),
		p.min_rate_bp.to_string(),
		p.max_rate_bp.to_string(),
		p.token_rate.to_string(),
		p.max_participants.to_string(),
		start,
		format!("+{}d", p.end_days),
		p.name.clone(),
		p.id_number.clone(),
		p.mobile.to_string(),
		plate,
		engine,
		money(p.min_share_fen, forms),
	]
}

/// One CSV line (fields quoted when they need it), with a CRLF as Excel writes.
fn csv_line<S: AsRef<str>>(fields: impl IntoIterator<Item = S>, out: &mut String) {
	for (i, f) in fields.into_iter().enumerate() {
		let f = f.as_ref();
		if i > 0 {
			out.push(',');
		}
		if f.contains([',', '"', '\n', '\r']) {
			out.push('"');
			out.push_str(&f.replace('"', "\"\""));
			out.push('"');
		} else {
			out.push_str(f);
		}
	}
	out.push_str("\r\n");
}

fn csv_text(rows: usize, seed: u64, prefix: &str, dress: Dress) -> String {
	let (plans, mut forms) = fakes(rows, seed, prefix);
	let mut out = String::new();
	match dress {
		Dress::English => csv_line(COLUMNS.iter().map(|c| c.name), &mut out),
		Dress::Chinese => csv_line(COLUMNS.iter().map(|c| c.chinese), &mut out),
	}
	for p in &plans {
		csv_line(text_cells(p, dress, &mut forms), &mut out);
	}
	out
}

/// A UTF-8 CSV sheet (no BOM, English headers and values) of `rows` fake plans with
/// references `{prefix}000001`, `{prefix}000002`, ...
pub fn csv(rows: usize, seed: u64, prefix: &str) -> Vec<u8> {
	csv_text(rows, seed, prefix, Dress::English).into_bytes()
}

/// The same plans as [`csv()`] as a GBK CSV with Chinese headers and values, as Excel saves
/// "CSV (逗号分隔)" on a Chinese Windows.
pub fn csv_gbk(rows: usize, seed: u64, prefix: &str) -> Vec<u8> {
	let text = csv_text(rows, seed, prefix, Dress::Chinese);
	// Every character written is in GBK (`prefix` aside: it is replaced if it is not).
	let (bytes, _, _) = encoding_rs::GBK.encode(&text);
	bytes.into_owned()
}

fn xlsx_error(e: XlsxError) -> std::io::Error {
	std::io::Error::other(e.to_string())
}

/// The same plans as [`csv()`] as an XLSX workbook (worksheet `贷款分享计划`): Chinese
/// headers, number cells for amounts, counts, rates and mobiles, date cells for purchase
/// dates and starts.
fn build_workbook(rows: usize, seed: u64, prefix: &str) -> Result<Workbook, XlsxError> {
	let (plans, mut forms) = fakes(rows, seed, prefix);
	let mut wb = Workbook::new();
	let ws = wb.add_worksheet();
	ws.set_name("贷款分享计划")?;
	let bold = Format::new().set_bold();
	let money = Format::new().set_num_format("#,##0.00");
	let date = Format::new().set_num_format("yyyy-mm-dd");
	let date_time = Format::new().set_num_format("yyyy/m/d h:mm");
	for (col, c) in COLUMNS.iter().enumerate() {
		ws.write_string_with_format(0, col as u16, c.chinese, &bold)?;
		ws.set_column_width(col as u16, 14)?;
	}
	for (i, p) in plans.iter().enumerate() {
		let row = u32::try_from(i + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
		let amount = |fen: u64| fen as f64 / 100.0;
		ws.write_string(row, 0, &p.external_ref)?;
		ws.write_string(row, 1, p.loan_type.chinese_name())?;
		ws.write_number_with_format(row, 2, amount(p.amount_fen), &money)?;
		if let Some((km, bought)) = p.car {
			ws.write_number(row, 3, km)?;
			let d = ExcelDateTime::from_ymd(bought.y, bought.m, bought.d)?;
			ws.write_datetime_with_format(row, 4, &d, &date)?;
		}
		ws.write_number(row, 5, p.score)?;
		ws.write_number_with_format(row, 6, amount(p.approved_fen), &money)?;
		ws.write_number_with_format(row, 7, amount(p.suggested_fen), &money)?;
		if !p.links.is_empty() {
			// Several links: `|` or a line break within the cell (Alt+Enter).
			let sep = if forms.range(0, 1) == 0 { "|" } else { "\n" };
			ws.write_string(row, 8, p.links.join(sep))?;
		}
		ws.write_number_with_format(row, 9, amount(p.shared_fen), &money)?;
		ws.write_number(row, 10, p.min_rate_bp)?;
		ws.write_number(row, 11, p.max_rate_bp)?;
		ws.write_number(row, 12, p.token_rate)?;
		ws.write_number(row, 13, p.max_participants)?;
		match p.start {
			None => ws.write_string(row, 14, "now")?,
			Some(s) => {
				let d = ExcelDateTime::from_ymd(s.y, s.m, s.d)?.and_hms(u16::from(s.h), s.mi, 0)?;
				ws.write_datetime_with_format(row, 14, &d, &date_time)?
			},
		};
		ws.write_string(row, 15, format!("+{}d", p.end_days))?;
		ws.write_string(row, 16, &p.name)?;
		ws.write_string(row, 17, &p.id_number)?;
		ws.write_number(row, 18, p.mobile as f64)?;
		if let Some((plate, engine)) = &p.plate_engine {
			ws.write_string(row, 19, plate)?;
			ws.write_string(row, 20, engine)?;
		}
		ws.write_number_with_format(row, 21, amount(p.min_share_fen), &money)?;
	}
	Ok(wb)
}

/// The same plans as [`csv()`] as the bytes of an `.xlsx` file: worksheet `贷款分享计划`,
/// Chinese headers, number cells for amounts, counts, rates and mobiles, date cells for
/// purchase dates and starts.
pub fn xlsx_bytes(rows: usize, seed: u64, prefix: &str) -> std::io::Result<Vec<u8>> {
	build_workbook(rows, seed, prefix).and_then(|mut wb| wb.save_to_buffer()).map_err(xlsx_error)
}

/// Writes the workbook of [`xlsx_bytes`] to `path` (an `.xlsx` file).
pub fn write_xlsx(path: &Path, rows: usize, seed: u64, prefix: &str) -> std::io::Result<()> {
	build_workbook(rows, seed, prefix).and_then(|mut wb| wb.save(path)).map_err(xlsx_error)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn id_check_character() {
		// Worked example of GB 11643: 11010519491231002 → X.
		assert_eq!(id_check_char("11010519491231002"), 'X');
		assert_eq!(id_check_char("11010119900307451"), '4');
	}

	#[test]
	fn generated_sheets_are_deterministic() {
		assert_eq!(csv(50, 7, "G-"), csv(50, 7, "G-"));
		assert_ne!(csv(50, 7, "G-"), csv(50, 8, "G-"));
		assert_eq!(csv_gbk(50, 7, "G-"), csv_gbk(50, 7, "G-"));
		let text = String::from_utf8(csv(3, 1, "G-")).unwrap();
		assert!(text.starts_with("external_ref,loan_type,amount_rmb,"), "{text}");
		assert_eq!(text.lines().count(), 4);
		let gbk = csv_gbk(3, 1, "G-");
		assert!(std::str::from_utf8(&gbk).is_err(), "GBK, not UTF-8");
		let (decoded, _, bad) = encoding_rs::GBK.decode(&gbk);
		assert!(!bad);
		assert!(decoded.starts_with("业务编号,贷款类型,贷款金额(元),"), "{decoded}");
		assert!(!decoded.contains("&#"), "every character encodable: {decoded}");
	}

	#[test]
	fn minimum_shares_split_the_limit_and_respect_the_floor() {
		assert_eq!(min_share(900_000, 3), 300_000);
		assert_eq!(min_share(1_000_050, 3), 333_300);
		assert_eq!(min_share(500_000, 5), FLOOR_FEN);
		assert_eq!(min_share(200_000, 5), FLOOR_FEN);
		let (plans, _) = fakes(500, 3, "M-");
		for p in plans {
			assert!(
				FLOOR_FEN <= p.min_share_fen && p.min_share_fen <= p.shared_fen,
				"{}",
				p.external_ref
			);
		}
	}
}
