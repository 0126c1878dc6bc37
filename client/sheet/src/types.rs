//! The plain types a validated sheet produces ([`SheetPlan`] and its parts, [`LoanType`])
//! and the knobs of validation ([`Limits`], [`Options`]). Nothing here depends on the
//! runtime: [`LoanType::chain_name`] gives the runtime's variant name to map onto it.
use crate::timefmt::{TimeSpec, CHINA_UTC_OFFSET_MINUTES};
use loanshare_envelope::BorrowerData;

/// The kind of loan a plan shares (the runtime's `pallet_loan_share::LoanType`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LoanType {
	/// 现金贷 / 信用贷: unsecured cash or credit loan.
	Cash,
	/// 消费贷: consumption loan.
	Consumption,
	/// 公积金贷: loan against the housing provident fund.
	ProvidentFund,
	/// 企业贷 / 经营贷: enterprise or business loan.
	Enterprise,
	/// 车辆抵押贷 / 车抵贷: car mortgage.
	CarMortgage,
	/// 保单贷: loan against an insurance policy.
	Policy,
	/// 车辆质押贷 / 车押贷: car pledge.
	CarPledge,
}

impl LoanType {
	/// Every loan type, in the runtime's order.
	pub const ALL: [LoanType; 7] = [
		LoanType::Cash,
		LoanType::Consumption,
		LoanType::ProvidentFund,
		LoanType::Enterprise,
		LoanType::CarMortgage,
		LoanType::Policy,
		LoanType::CarPledge,
	];

	/// The runtime's variant name (`Cash`, `Consumption`, `ProvidentFund`, `Enterprise`,
	/// `CarMortgage`, `Policy`, `CarPledge`).
	pub fn chain_name(&self) -> &'static str {
		match self {
			LoanType::Cash => "Cash",
			LoanType::Consumption => "Consumption",
			LoanType::ProvidentFund => "ProvidentFund",
			LoanType::Enterprise => "Enterprise",
			LoanType::CarMortgage => "CarMortgage",
			LoanType::Policy => "Policy",
			LoanType::CarPledge => "CarPledge",
		}
	}

	/// The English value a sheet writes (`cash`, `provident_fund`, `car_mortgage`, ...).
	pub fn sheet_name(&self) -> &'static str {
		match self {
			LoanType::Cash => "cash",
			LoanType::Consumption => "consumption",
			LoanType::ProvidentFund => "provident_fund",
			LoanType::Enterprise => "enterprise",
			LoanType::CarMortgage => "car_mortgage",
			LoanType::Policy => "policy",
			LoanType::CarPledge => "car_pledge",
		}
	}

	/// The Chinese product name (`现金贷`, `车辆抵押贷`, ...).
	pub fn chinese_name(&self) -> &'static str {
		match self {
			LoanType::Cash => "现金贷",
			LoanType::Consumption => "消费贷",
			LoanType::ProvidentFund => "公积金贷",
			LoanType::Enterprise => "企业贷",
			LoanType::CarMortgage => "车辆抵押贷",
			LoanType::Policy => "保单贷",
			LoanType::CarPledge => "车辆质押贷",
		}
	}

	/// Whether plans of this type must describe the car (mileage, purchase date, plate and
	/// engine number).
	pub fn is_car_loan(&self) -> bool {
		matches!(self, LoanType::CarMortgage | LoanType::CarPledge)
	}
}

/// Parses a loan type: English in any case with or without `_` (`cash`, `car_mortgage`,
/// `CarMortgage`), or Chinese (`现金贷`/`信用贷`, `消费贷`, `公积金贷`, `企业贷`/`经营贷`,
/// `车辆抵押贷`/`车抵贷`, `保单贷`, `车辆质押贷`/`车押贷`; a trailing `款` as in `消费贷款`
/// is accepted).
pub fn parse_loan_type(text: &str) -> Result<LoanType, String> {
	let half = crate::timefmt::to_half_width(text);
	let norm: String = half
		.trim()
		.chars()
		.filter(|c| !matches!(c, '_' | '-' | ' '))
		.map(|c| c.to_ascii_lowercase())
		.collect();
	let norm = norm.strip_suffix('款').unwrap_or(&norm);
	Ok(match norm {
		"cash" | "现金贷" | "信用贷" => LoanType::Cash,
		"consumption" | "消费贷" => LoanType::Consumption,
		"providentfund" | "公积金贷" => LoanType::ProvidentFund,
		"enterprise" | "企业贷" | "经营贷" => LoanType::Enterprise,
		"carmortgage" | "车辆抵押贷" | "车抵贷" | "车辆抵押" => LoanType::CarMortgage,
		"policy" | "保单贷" => LoanType::Policy,
		"carpledge" | "车辆质押贷" | "车押贷" | "车辆质押" => LoanType::CarPledge,
		_ => {
			return Err("is not a loan type (cash, consumption, provident_fund, enterprise, \
				 car_mortgage, policy, car_pledge, or 现金贷, 消费贷, 公积金贷, 企业贷, 车辆抵押贷, \
				 保单贷, 车辆质押贷)"
				.into())
		},
	})
}

/// The car behind a car loan (its plate and engine number are borrower data, sealed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Car {
	/// Odometer reading, km.
	pub mileage_km: u32,
	/// Purchase date as the number YYYYMMDD (e.g. 20210315).
	pub purchase_date: u32,
}

/// The contributor's risk result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Risk {
	/// Risk score (the contributor's own scale, 0 to 65535).
	pub score: u16,
	/// Approved loan limit, fen (defaults to the amount).
	pub approved_limit_fen: u128,
	/// Suggested share limit, fen (defaults to the shared limit).
	pub suggested_share_limit_fen: u128,
}

/// On what terms participants may take shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conditions {
	/// What participants may take in total, fen (0 < limit ≤ amount).
	pub shared_limit_fen: u128,
	/// The smallest share one participant may take, fen: the sheet's value, or the chain's
	/// floor ([`Limits::min_share_floor_fen`]) when the cell is empty; floor ≤ it ≤ the shared
	/// limit.
	pub min_share_fen: u128,
	/// Lowest annual rate, basis points (1800 = 18%).
	pub min_rate_bp: u32,
	/// Highest annual rate, basis points (≥ `min_rate_bp`).
	pub max_rate_bp: u32,
	/// Fee: whole TOKEN per 10,000 RMB taken (> 0).
	pub token_rate: u32,
	/// Most participants (1 to [`Limits::max_participants`]).
	pub max_participants: u32,
	/// When confirmations open (default [`TimeSpec::Now`]).
	pub start: TimeSpec,
	/// When confirmations close (inclusive).
	pub end: TimeSpec,
}

/// One valid row of a sheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetPlan {
	/// Spreadsheet row number.
	pub row: usize,
	/// The contributor's reference (unique within the sheet).
	pub external_ref: String,
	/// Kind of loan.
	pub loan_type: LoanType,
	/// Requested amount, fen (> 0).
	pub amount_fen: u128,
	/// The car, exactly for car loans.
	pub car: Option<Car>,
	/// The contributor's risk result.
	pub risk: Risk,
	/// Risk-data links.
	pub links: Vec<String>,
	/// Share conditions.
	pub conditions: Conditions,
	/// The borrower's data, to be sealed before anything leaves the machine.
	pub borrower: BorrowerData,
}

/// The runtime's bounds a row must fit, and the client's bound on borrower fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
	/// `MaxRefLen`: longest external reference, bytes.
	pub max_ref_len: usize,
	/// `MaxLinks`: most risk-data links.
	pub max_links: usize,
	/// `MaxLinkLen`: longest link, bytes.
	pub max_link_len: usize,
	/// `MaxParticipants`: most participants of one plan.
	pub max_participants: u32,
	/// Longest borrower field (name, ID number, mobile, plate, engine number), bytes.
	pub max_sensitive_len: usize,
	/// `MinShareFloor`: the least minimum share a plan may state, fen (also the minimum
	/// share of a row that states none).
	pub min_share_floor_fen: u128,
}

impl Default for Limits {
	/// The LoanShare runtime's values (`runtime/src/configs.rs`: `MaxRefLen` 64,
	/// `MaxLinks` 8, `MaxLinkLen` 256, `MaxParticipants` 50, `MinShareFloor` 100,000 fen =
	/// 1,000 RMB) and 256 bytes per borrower field. A client should take them from the
	/// chain it publishes to.
	fn default() -> Self {
		Limits {
			max_ref_len: 64,
			max_links: 8,
			max_link_len: 256,
			max_participants: 50,
			max_sensitive_len: 256,
			min_share_floor_fen: DEFAULT_MIN_SHARE_FLOOR_FEN,
		}
	}
}

/// The runtime's `LoanShare.MinShareFloor`: 1,000 RMB.
pub const DEFAULT_MIN_SHARE_FLOOR_FEN: u128 = 100_000;

/// How to read a sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
	/// The zone of dates and times written without one, minutes east of UTC (default
	/// +08:00, China Standard Time).
	pub utc_offset_minutes: i32,
}

impl Default for Options {
	fn default() -> Self {
		Options { utc_offset_minutes: CHINA_UTC_OFFSET_MINUTES }
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn loan_types_in_english_and_chinese() {
		for t in LoanType::ALL {
			assert_eq!(parse_loan_type(t.chain_name()), Ok(t));
			assert_eq!(parse_loan_type(t.sheet_name()), Ok(t));
			assert_eq!(parse_loan_type(t.chinese_name()), Ok(t));
			assert_eq!(parse_loan_type(&t.sheet_name().to_uppercase()), Ok(t));
		}
		for (text, t) in [
			("信用贷", LoanType::Cash),
			("现金贷款", LoanType::Cash),
			("消费贷款", LoanType::Consumption),
			("经营贷", LoanType::Enterprise),
			("车抵贷", LoanType::CarMortgage),
			("车押贷", LoanType::CarPledge),
			("车辆质押", LoanType::CarPledge),
			(" provident-fund ", LoanType::ProvidentFund),
		] {
			assert_eq!(parse_loan_type(text), Ok(t), "{text}");
		}
		for bad in ["mortgage", "房贷", "", "车贷"] {
			assert!(parse_loan_type(bad).is_err(), "{bad}");
		}
	}

	#[test]
	fn chain_names_and_car_loans() {
		let names: Vec<&str> = LoanType::ALL.iter().map(LoanType::chain_name).collect();
		assert_eq!(
			names,
			[
				"Cash",
				"Consumption",
				"ProvidentFund",
				"Enterprise",
				"CarMortgage",
				"Policy",
				"CarPledge"
			]
		);
		let car: Vec<LoanType> = LoanType::ALL.into_iter().filter(LoanType::is_car_loan).collect();
		assert_eq!(car, [LoanType::CarMortgage, LoanType::CarPledge]);
	}
}
