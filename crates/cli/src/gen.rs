//! `loanshare gen-sheet`: a sheet of fake but well-formed plans, for demos and load tests.
//!
//! Deterministic for a given seed (a SplitMix64 generator); every value is made up:
//! names from a short list, ID numbers with a valid check digit but a fictitious
//! sequence, mobiles in the 13x range, plates and engine numbers for car loans.
use crate::sheet::{loan_type_name, COLUMNS};
use pallet_loan_share::LoanType;

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

/// The check character of an 18-character PRC resident ID (ISO 7064 MOD 11-2).
pub fn id_check_char(first17: &str) -> char {
	const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
	const CHECK: &[u8; 11] = b"10X98765432";
	let sum: u32 = first17.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
	char::from(CHECK[(sum % 11) as usize])
}

/// One fake row, in [`COLUMNS`] order.
fn row(rng: &mut SplitMix, prefix: &str, n: usize) -> Vec<String> {
	let loan_type = *rng.pick(&[
		LoanType::Cash,
		LoanType::Cash,
		LoanType::Consumption,
		LoanType::ProvidentFund,
		LoanType::Enterprise,
		LoanType::CarMortgage,
		LoanType::Policy,
		LoanType::CarPledge,
	]);
	let amount_k = rng.range(10, 500); // thousands of RMB
	let shared_k = (amount_k * rng.range(50, 100) / 100).max(1);
	let min_rate = rng.range(24, 40) * 50; // 12.00% to 20.00%
	let max_rate = (min_rate + rng.range(0, 4) * 100).min(2400);
	let (surname, surname_py) = *rng.pick(SURNAMES);
	let (given, given_py) = *rng.pick(GIVEN);
	let birth = format!("{}{:02}{:02}", rng.range(1960, 2003), rng.range(1, 12), rng.range(1, 28));
	let first17 = format!("{}{birth}{:03}", rng.pick(REGIONS), rng.range(0, 999));
	let id_number = format!("{first17}{}", id_check_char(&first17));
	let car = loan_type.is_car_loan();
	let links = match rng.range(0, 2) {
		0 => String::new(),
		1 => format!("https://risk.example/traffic/{prefix}{n:06}"),
		_ => format!(
			"https://risk.example/traffic/{prefix}{n:06}|https://risk.example/phone/{prefix}{n:06}"
		),
	};
	let cells = [
		("external_ref", format!("{prefix}{n:06}")),
		("loan_type", loan_type_name(loan_type).to_owned()),
		("amount_rmb", format!("{}", amount_k * 1000)),
		("car_mileage_km", if car { rng.range(1_000, 200_000).to_string() } else { String::new() }),
		(
			"car_purchase_date",
			if car {
				format!("{}{:02}{:02}", rng.range(2012, 2024), rng.range(1, 12), rng.range(1, 28))
			} else {
				String::new()
			},
		),
		("risk_score", rng.range(550, 850).to_string()),
		("approved_limit_rmb", format!("{}", amount_k * 1000)),
		("suggested_share_limit_rmb", format!("{}", shared_k * 1000)),
		("risk_links", links),
		("shared_limit_rmb", format!("{}", shared_k * 1000)),
		("min_rate_bp", min_rate.to_string()),
		("max_rate_bp", max_rate.to_string()),
		("token_rate", rng.range(1, 3).to_string()),
		("max_participants", rng.range(1, 5).to_string()),
		("start", "now".to_owned()),
		("end", format!("+{}d", rng.range(7, 60))),
		("name", format!("{surname}{given} {surname_py} {given_py}")),
		("id_number", id_number),
		("mobile", format!("13{}", rng.range(100_000_000, 999_999_999))),
		(
			"licence_plate",
			if car {
				format!("{}{:05}", rng.pick(PLATE_PREFIXES), rng.range(0, 99_999))
			} else {
				String::new()
			},
		),
		(
			"engine_number",
			if car { format!("EN{:010X}", rng.next() & 0xFF_FFFF_FFFF) } else { String::new() },
		),
	];
	debug_assert!(cells.iter().map(|(c, _)| *c).eq(COLUMNS.iter().map(|c| c.name)));
	cells.into_iter().map(|(_, v)| v).collect()
}

/// A CSV sheet of `rows` fake plans with references `{prefix}000001`, `{prefix}000002`, ...
pub fn generate(rows: usize, seed: u64, prefix: &str) -> anyhow::Result<Vec<u8>> {
	let mut rng = SplitMix(seed);
	let mut w = csv::Writer::from_writer(Vec::new());
	w.write_record(COLUMNS.iter().map(|c| c.name))?;
	for n in 1..=rows {
		w.write_record(row(&mut rng, prefix, n))?;
	}
	w.into_inner().map_err(|e| anyhow::anyhow!("cannot write the sheet: {e}"))
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::sheet::{parse_sheet, Limits};

	#[test]
	fn generated_sheets_are_valid_and_deterministic() {
		let a = generate(300, 7, "GEN-").unwrap();
		assert_eq!(a, generate(300, 7, "GEN-").unwrap());
		assert_ne!(a, generate(300, 8, "GEN-").unwrap());
		let rows = parse_sheet(&a[..], &Limits::runtime()).expect("generated sheet is valid");
		assert_eq!(rows.len(), 300);
		assert_eq!(rows[0].external_ref, "GEN-000001");
		assert_eq!(rows[0].row, 2);
		assert!(rows.iter().any(|r| r.car.is_some()) && rows.iter().any(|r| r.car.is_none()));
	}

	#[test]
	fn id_check_character() {
		// Worked example of GB 11643: 11010519491231002 → X.
		assert_eq!(id_check_char("11010519491231002"), 'X');
		assert_eq!(id_check_char("11010119900307451"), '4');
	}
}
