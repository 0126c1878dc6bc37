//! LoanShare plan sheets: reads a contributor's sheet of loan share plans and validates
//! every cell, without the chain.
//!
//! A sheet is an `.xlsx` workbook (its first worksheet) or a `.csv` file (UTF-8 with or
//! without BOM, or GB18030/GBK as Excel writes it on a Chinese Windows), with English or
//! Chinese headers (see README.md for the columns and the accepted cell forms).
//!
//! ```no_run
//! use loanshare_sheet::{read_sheet, validate, Limits, Options};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let sheet = read_sheet(std::path::Path::new("plans.xlsx"))?;
//! let plans = validate(&sheet, &Limits::default(), &Options::default())?;
//! let total: u128 = plans.iter().map(|p| p.amount_fen).sum();
//! println!("{} plans, {total} fen", plans.len());
//! # Ok(())
//! # }
//! ```
//!
//! | step | function |
//! |------|----------|
//! | read a file / bytes | [`read_sheet`], [`read_bytes`], [`read_csv_bytes`], [`read_xlsx_bytes`] |
//! | check every cell | [`validate`] → [`SheetPlan`]s or [`SheetErrors`] |
//! | checks needing the chain | [`resolve_windows`] (clock), [`check_rate_cap`] |
//! | fake sheets for tests and load | [`gen`] |
#![warn(missing_docs)]

mod columns;
mod error;
pub mod gen;
pub mod money;
mod read;
pub mod timefmt;
mod types;
mod validate;

pub use columns::{column_by_name, column_for_header, Column, COLUMNS};
pub use error::{CellError, HeaderCell, SheetError, SheetErrors};
pub use loanshare_envelope::BorrowerData;
pub use read::{
	column_letter, decode_text, read_bytes, read_csv_bytes, read_csv_text, read_sheet,
	read_xlsx_bytes, Cell, Row, Sheet, Source, TextEncoding, ZIP_MAGIC,
};
pub use timefmt::{LocalDateTime, TimeSpec};
pub use types::{
	parse_loan_type, Car, Conditions, Limits, LoanType, Options, Risk, SheetPlan,
	DEFAULT_MIN_SHARE_FLOOR_FEN,
};
pub use validate::{check_rate_cap, resolve_windows, validate, Window, LINK_SEPARATORS};

/// Reads a sheet file and validates it: [`read_sheet`] then [`validate`].
pub fn load(
	path: &std::path::Path,
	limits: &Limits,
	opts: &Options,
) -> Result<(Sheet, Vec<SheetPlan>), SheetErrors> {
	let sheet = read_sheet(path)?;
	let plans = validate(&sheet, limits, opts)?;
	Ok((sheet, plans))
}
