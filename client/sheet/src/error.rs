//! What can be wrong with a sheet: problems of the whole file or sheet ([`SheetError`]:
//! unreadable, undecodable, unknown or missing columns, no plans) and problems of one cell
//! ([`CellError`], located by row number and column letter). [`SheetErrors`] collects them
//! all, so a sheet is either entirely valid or every problem in it is reported at once.
use std::{fmt, path::PathBuf};

/// A column heading as the sheet writes it, with its column letter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderCell {
	/// Column letter (`A`, `B`, ..., `AA`).
	pub column: String,
	/// The heading text, as written.
	pub header: String,
}

impl fmt::Display for HeaderCell {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		write!(f, "{} {:?}", self.column, self.header)
	}
}

/// A problem of the whole file or sheet (no single cell to point at, or the header row).
#[derive(Debug)]
pub enum SheetError {
	/// The file cannot be read.
	Io {
		/// The file.
		path: PathBuf,
		/// Why.
		source: std::io::Error,
	},
	/// Neither XLSX nor CSV (e.g. a legacy `.xls` file).
	UnsupportedFormat(String),
	/// The CSV bytes are neither UTF-8 nor GB18030/GBK.
	Encoding {
		/// Byte offset of the first malformed sequence.
		offset: usize,
		/// Line of the file it is on (the first line is 1).
		line: usize,
		/// The encoding the bytes were decoded as.
		encoding: &'static str,
	},
	/// The CSV text cannot be split into records.
	Csv {
		/// Spreadsheet row number (the first line is 1).
		row: usize,
		/// What the CSV reader said.
		message: String,
	},
	/// The XLSX workbook cannot be read.
	Xlsx(String),
	/// The workbook has no worksheet.
	NoWorksheet,
	/// The sheet has no header row (it is empty).
	Empty,
	/// Headings that name no column.
	UnknownColumns {
		/// Spreadsheet row number of the header row.
		row: usize,
		/// The unknown headings.
		headers: Vec<HeaderCell>,
	},
	/// Two or more headings name the same column.
	DuplicateColumn {
		/// Spreadsheet row number of the header row.
		row: usize,
		/// The column they name (its English header).
		column: &'static str,
		/// The headings naming it.
		headers: Vec<HeaderCell>,
	},
	/// Required columns that no heading names (their English headers).
	MissingColumns(Vec<&'static str>),
	/// The sheet has a header but no plan rows.
	NoPlans,
}

impl fmt::Display for SheetError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let list = |hs: &[HeaderCell]| hs.iter().map(ToString::to_string).collect::<Vec<_>>();
		match self {
			SheetError::Io { path, source } => {
				write!(f, "cannot read {}: {source}", path.display())
			},
			SheetError::UnsupportedFormat(what) => write!(f, "{what}"),
			SheetError::Encoding { offset, line, encoding } => write!(
				f,
				"line {line} (byte {offset}) is neither UTF-8 nor {encoding}; save the sheet \
				 as \"CSV UTF-8\" or as .xlsx"
			),
			SheetError::Csv { row, message } => write!(f, "row {row}: unreadable CSV: {message}"),
			SheetError::Xlsx(message) => write!(f, "cannot read the workbook: {message}"),
			SheetError::NoWorksheet => write!(f, "the workbook has no worksheet"),
			SheetError::Empty => write!(f, "the sheet is empty (no header row)"),
			SheetError::UnknownColumns { row, headers } => write!(
				f,
				"row {row}: unknown column(s) {} (see the column reference in README.md)",
				list(headers).join(", ")
			),
			SheetError::DuplicateColumn { row, column, headers } => {
				write!(f, "row {row}: columns {} all name {column}", list(headers).join(", "))
			},
			SheetError::MissingColumns(columns) => {
				let named: Vec<String> = columns
					.iter()
					.map(|c| match crate::columns::column_by_name(c) {
						Some(col) => format!("{c} ({})", col.chinese),
						None => (*c).to_owned(),
					})
					.collect();
				write!(f, "required column(s) missing: {}", named.join(", "))
			},
			SheetError::NoPlans => write!(f, "the sheet has no plans (only a header row)"),
		}
	}
}

impl std::error::Error for SheetError {
	fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
		match self {
			SheetError::Io { source, .. } => Some(source),
			_ => None,
		}
	}
}

/// What is wrong with one cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellError {
	/// Spreadsheet row number (the header row is 1 when it is the first line).
	pub row: usize,
	/// Column letter (`A`, `B`, ..., `AA`).
	pub column: String,
	/// The column heading as written in the sheet.
	pub header: String,
	/// The cell's value as read (borrower fields are replaced by `[hidden, N characters]`).
	pub value: String,
	/// What is wrong, as a predicate about the value (`is not an amount in RMB ...`).
	pub message: String,
}

impl fmt::Display for CellError {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		const SHOWN_CHARS: usize = 80;
		write!(f, "row {}, column {} ({}): ", self.row, self.column, self.header)?;
		if !self.value.is_empty() {
			if self.value.chars().count() > SHOWN_CHARS {
				let cut: String = self.value.chars().take(SHOWN_CHARS).collect();
				write!(f, "{:?}… ", cut)?;
			} else {
				write!(f, "{:?} ", self.value)?;
			}
		}
		write!(f, "{}", self.message)
	}
}

/// Every problem found in a sheet: problems of the whole sheet, and of single cells.
#[derive(Debug, Default)]
pub struct SheetErrors {
	/// Problems of the whole sheet (header row, no plans). When the header is unusable the
	/// cells are not checked.
	pub sheet: Vec<SheetError>,
	/// Bad cells, in row order then column order.
	pub cells: Vec<CellError>,
}

impl SheetErrors {
	/// Whether nothing is wrong.
	pub fn is_empty(&self) -> bool {
		self.sheet.is_empty() && self.cells.is_empty()
	}

	/// Number of problems.
	pub fn len(&self) -> usize {
		self.sheet.len() + self.cells.len()
	}
}

impl From<SheetError> for SheetErrors {
	fn from(e: SheetError) -> Self {
		SheetErrors { sheet: vec![e], cells: Vec::new() }
	}
}

impl fmt::Display for SheetErrors {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		const SHOWN: usize = 100;
		let rows: std::collections::BTreeSet<usize> = self.cells.iter().map(|e| e.row).collect();
		write!(f, "the sheet has {} error(s)", self.len())?;
		if !rows.is_empty() {
			write!(f, ", in {} row(s)", rows.len())?;
		}
		writeln!(f, ":")?;
		for e in &self.sheet {
			writeln!(f, "  {e}")?;
		}
		for e in self.cells.iter().take(SHOWN) {
			writeln!(f, "  {e}")?;
		}
		if self.cells.len() > SHOWN {
			writeln!(f, "  ... and {} more", self.cells.len() - SHOWN)?;
		}
		Ok(())
	}
}

impl std::error::Error for SheetErrors {}

#[cfg(test)]
mod tests {
	use super::*;

	fn cell(value: &str, message: &str) -> CellError {
		CellError {
			row: 7,
			column: "C".into(),
			header: "贷款金额(元)".into(),
			value: value.into(),
			message: message.into(),
		}
	}

	#[test]
	fn a_cell_error_names_row_column_header_and_value() {
		assert_eq!(
			cell("12x", "is not an amount in RMB").to_string(),
			"row 7, column C (贷款金额(元)): \"12x\" is not an amount in RMB"
		);
		assert_eq!(cell("", "is empty").to_string(), "row 7, column C (贷款金额(元)): is empty");
		let long = cell(&"9".repeat(100), "is too large").to_string();
		assert!(long.ends_with(&format!("\"{}\"… is too large", "9".repeat(80))), "{long}");
	}

	#[test]
	fn the_summary_counts_errors_and_rows() {
		let errors = SheetErrors {
			sheet: vec![SheetError::MissingColumns(vec!["amount_rmb"])],
			cells: vec![cell("x", "a"), cell("y", "b")],
		};
		let text = errors.to_string();
		assert!(text.starts_with("the sheet has 3 error(s), in 1 row(s):\n"), "{text}");
		assert!(text.contains("required column(s) missing: amount_rmb (贷款金额(元))"), "{text}");
	}
}
