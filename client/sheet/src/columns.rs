//! The columns of a plan sheet: their English and Chinese headings and aliases
//! ([`COLUMNS`]), how a heading is matched (whitespace, case, full-width parentheses and a
//! trailing `*` do not matter), and the mapping of a sheet's header row to columns.
use crate::{
	error::{HeaderCell, SheetError},
	read::column_letter,
	timefmt::to_half_width,
};

/// A sheet column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
	/// English header (the canonical name, used in messages and by `gen`).
	pub name: &'static str,
	/// Chinese header (written by `gen`'s Chinese sheets).
	pub chinese: &'static str,
	/// Other accepted headers, English or Chinese.
	pub aliases: &'static [&'static str],
	/// Whether the sheet must have this column.
	pub required: bool,
	/// Whether the column holds borrower data (sealed; never echoed in errors).
	pub sensitive: bool,
}

/// Index of each column in [`COLUMNS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum C {
	ExternalRef,
	LoanType,
	Amount,
	CarMileage,
	CarPurchaseDate,
	RiskScore,
	ApprovedLimit,
	SuggestedShareLimit,
	RiskLinks,
	SharedLimit,
	MinRate,
	MaxRate,
	TokenRate,
	MaxParticipants,
	Start,
	End,
	Name,
	IdNumber,
	Mobile,
	LicencePlate,
	EngineNumber,
	MinShare,
}

/// Number of columns.
pub(crate) const COLUMN_COUNT: usize = 22;

impl C {
	/// The column's description.
	pub(crate) fn spec(self) -> &'static Column {
		&COLUMNS[self as usize]
	}
}

const fn col(
	name: &'static str,
	chinese: &'static str,
	aliases: &'static [&'static str],
	required: bool,
	sensitive: bool,
) -> Column {
	Column { name, chinese, aliases, required, sensitive }
}

/// The columns of a plan sheet, in the order `gen` writes them.
pub const COLUMNS: &[Column; COLUMN_COUNT] = &[
	col("external_ref", "业务编号", &["外部编号", "业务流水号", "贷款编号", "ref"], true, false),
	col("loan_type", "贷款类型", &["贷款品种", "产品类型", "type"], true, false),
	col(
		"amount_rmb",
		"贷款金额(元)",
		&["贷款金额", "申请金额(元)", "申请金额", "amount"],
		true,
		false,
	),
	col(
		"car_mileage_km",
		"车辆里程(公里)",
		&["车辆里程", "行驶里程(公里)", "行驶里程", "里程(公里)", "mileage_km"],
		false,
		false,
	),
	col(
		"car_purchase_date",
		"购车日期",
		&["车辆购买日期", "购置日期", "purchase_date"],
		false,
		false,
	),
	col("risk_score", "风险评分", &["风控评分", "评分", "score"], true, false),
	col(
		"approved_limit_rmb",
		"审批额度(元)",
		&["审批额度", "批复额度(元)", "批复额度", "approved_limit"],
		false,
		false,
	),
	col(
		"suggested_share_limit_rmb",
		"建议分享额度(元)",
		&["建议分享额度", "suggested_share_limit"],
		false,
		false,
	),
	col("risk_links", "风控资料链接", &["风险资料链接", "风控链接", "links"], false, false),
	col("shared_limit_rmb", "分享额度(元)", &["分享额度", "shared_limit"], true, false),
	col("min_rate_bp", "最低利率(基点)", &["最低年利率(基点)", "min_rate"], true, false),
	col("max_rate_bp", "最高利率(基点)", &["最高年利率(基点)", "max_rate"], true, false),
	col("token_rate", "代币费率", &["代币费率(代币/万元)", "费率(代币/万元)"], true, false),
	col(
		"max_participants",
		"最多参与机构数",
		&["最多参与机构", "参与机构上限", "参与机构数上限"],
		true,
		false,
	),
	col("start", "开始时间", &["开始日期", "start_time"], false, false),
	col("end", "结束时间", &["结束日期", "截止时间", "截止日期", "end_time"], true, false),
	col("name", "姓名", &["借款人姓名", "客户姓名", "borrower_name"], true, true),
	col("id_number", "身份证号", &["身份证号码", "证件号码", "证件号"], true, true),
	col("mobile", "手机号", &["手机号码", "联系电话", "phone"], true, true),
	col("licence_plate", "车牌号", &["车牌号码", "license_plate"], false, true),
	col("engine_number", "发动机号", &["发动机号码"], false, true),
	// Last, so that sheets written before minimum shares keep their column letters.
	col(
		"min_share_rmb",
		"最低分享金额",
		&["最低分享金额(元)", "最低分享额度(元)", "最低分享额度", "min_share"],
		false,
		false,
	),
];

/// Every column, by index, in [`COLUMNS`] order.
#[cfg(test)]
pub(crate) const ALL: [C; COLUMN_COUNT] = [
	C::ExternalRef,
	C::LoanType,
	C::Amount,
	C::CarMileage,
	C::CarPurchaseDate,
	C::RiskScore,
	C::ApprovedLimit,
	C::SuggestedShareLimit,
	C::RiskLinks,
	C::SharedLimit,
	C::MinRate,
	C::MaxRate,
	C::TokenRate,
	C::MaxParticipants,
	C::Start,
	C::End,
	C::Name,
	C::IdNumber,
	C::Mobile,
	C::LicencePlate,
	C::EngineNumber,
	C::MinShare,
];

/// The column with this English header.
pub fn column_by_name(name: &str) -> Option<&'static Column> {
	COLUMNS.iter().find(|c| c.name == name)
}

/// A heading reduced to what matters: half-width, no whitespace or BOM, no `_`/`-`, no
/// surrounding `*`, ASCII lower case.
fn normalize(header: &str) -> String {
	to_half_width(header)
		.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '*')
		.chars()
		.filter(|c| !c.is_whitespace() && !matches!(c, '_' | '-' | '\u{feff}'))
		.map(|c| c.to_ascii_lowercase())
		.collect()
}

/// The column a heading names, if any.
pub fn column_for_header(header: &str) -> Option<&'static Column> {
	let h = normalize(header);
	if h.is_empty() {
		return None;
	}
	COLUMNS.iter().find(|c| {
		std::iter::once(c.name)
			.chain(std::iter::once(c.chinese))
			.chain(c.aliases.iter().copied())
			.any(|name| normalize(name) == h)
	})
}

fn index_of(column: &Column) -> usize {
	COLUMNS.iter().position(|c| c == column).unwrap_or(0)
}

/// Where each column is in a sheet.
#[derive(Clone, Debug)]
pub(crate) struct HeaderMap {
	/// Position in the sheet's header list of each column, by [`C`] index.
	pub(crate) positions: [Option<usize>; COLUMN_COUNT],
}

impl HeaderMap {
	/// Maps a header row; `first_column` is the 0-based column of `headers[0]`.
	pub(crate) fn new(
		headers: &[String],
		first_column: usize,
		header_row: usize,
	) -> Result<Self, Vec<SheetError>> {
		let mut found: [Vec<usize>; COLUMN_COUNT] = Default::default();
		let mut unknown = Vec::new();
		let cell = |i: usize| HeaderCell {
			column: column_letter(first_column + i),
			header: headers[i].trim().to_owned(),
		};
		for (i, h) in headers.iter().enumerate() {
			if normalize(h).is_empty() {
				continue;
			}
			match column_for_header(h) {
				Some(c) => found[index_of(c)].push(i),
				None => unknown.push(cell(i)),
			}
		}
		let mut errors = Vec::new();
		if !unknown.is_empty() {
			errors.push(SheetError::UnknownColumns { row: header_row, headers: unknown });
		}
		for (c, at) in COLUMNS.iter().zip(&found) {
			if at.len() > 1 {
				errors.push(SheetError::DuplicateColumn {
					row: header_row,
					column: c.name,
					headers: at.iter().map(|i| cell(*i)).collect(),
				});
			}
		}
		let missing: Vec<&'static str> = COLUMNS
			.iter()
			.zip(&found)
			.filter(|(c, at)| c.required && at.is_empty())
			.map(|(c, _)| c.name)
			.collect();
		if !missing.is_empty() {
			errors.push(SheetError::MissingColumns(missing));
		}
		if !errors.is_empty() {
			return Err(errors);
		}
		let mut positions = [None; COLUMN_COUNT];
		for (p, at) in positions.iter_mut().zip(&found) {
			*p = at.first().copied();
		}
		Ok(HeaderMap { positions })
	}

	/// Position of a column in the sheet's header list.
	pub(crate) fn position(&self, c: C) -> Option<usize> {
		self.positions[c as usize]
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_index_enum_follows_the_table() {
		assert_eq!(COLUMNS.len(), ALL.len());
		for (i, c) in ALL.iter().enumerate() {
			assert_eq!(*c as usize, i);
		}
		assert_eq!(C::Amount.spec().name, "amount_rmb");
		assert_eq!(C::EngineNumber.spec().chinese, "发动机号");
		assert_eq!(C::MinShare.spec().chinese, "最低分享金额");
	}

	#[test]
	fn every_heading_names_one_column_only() {
		let mut seen = std::collections::HashMap::new();
		for c in COLUMNS {
			for name in std::iter::once(c.name).chain([c.chinese]).chain(c.aliases.iter().copied())
			{
				assert_eq!(column_for_header(name).map(|c| c.name), Some(c.name), "{name}");
				if let Some(other) = seen.insert(normalize(name), c.name) {
					panic!("{name} names {other} and {}", c.name);
				}
			}
		}
	}

	#[test]
	fn headings_match_loosely_but_not_units() {
		let name = |h: &str| column_for_header(h).map(|c| c.name);
		assert_eq!(name(" 贷款金额（元） "), Some("amount_rmb"));
		assert_eq!(name("贷款金额 ( 元 )"), Some("amount_rmb"));
		assert_eq!(name("\u{feff}External_Ref"), Some("external_ref"));
		assert_eq!(name("Loan Type"), Some("loan_type"));
		assert_eq!(name("*身份证号"), Some("id_number"));
		assert_eq!(name("手机号*"), Some("mobile"));
		assert_eq!(name("ＡＭＯＵＮＴ＿ＲＭＢ"), Some("amount_rmb"));
		assert_eq!(name("min share"), Some("min_share_rmb"));
		assert_eq!(name("最低分享金额（元）"), Some("min_share_rmb"));
		// Ten-thousands of RMB are not RMB.
		assert_eq!(name("贷款金额(万元)"), None);
		assert_eq!(name("loan_typ"), None);
		assert_eq!(name(""), None);
	}

	#[test]
	fn header_rows_report_unknown_duplicate_and_missing_columns() {
		let headers: Vec<String> = ["external_ref", "贷款类型", "loan_typ", "", "Loan Type"]
			.iter()
			.map(|s| s.to_string())
			.collect();
		let errors = HeaderMap::new(&headers, 0, 1).unwrap_err();
		let text: Vec<String> = errors.iter().map(ToString::to_string).collect();
		assert_eq!(
			text[0],
			"row 1: unknown column(s) C \"loan_typ\" (see the column reference in README.md)"
		);
		assert_eq!(text[1], "row 1: columns B \"贷款类型\", E \"Loan Type\" all name loan_type");
		assert!(text[2]
			.starts_with("required column(s) missing: amount_rmb (贷款金额(元)), risk_score"));
		assert_eq!(errors.len(), 3);
		let all: Vec<String> = COLUMNS.iter().map(|c| c.chinese.to_owned()).collect();
		let map = HeaderMap::new(&all, 2, 3).unwrap();
		assert_eq!(map.position(C::Mobile), Some(18));
	}
}
