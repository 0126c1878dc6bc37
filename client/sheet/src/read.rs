//! Reading a sheet file into rows of cells, without judging them: XLSX (first worksheet,
//! through calamine) and CSV (UTF-8 with or without BOM, GB18030/GBK, or UTF-16 with BOM),
//! chosen by content (an XLSX file is a zip) and file extension.
//!
//! Owns [`Sheet`], [`Row`], [`Cell`], the encoding detection and the row numbering: a row
//! number is what a spreadsheet program shows (the first line is row 1), and a column
//! letter is `A`, `B`, ... counted from the sheet's column A.
use crate::{error::SheetError, timefmt::LocalDateTime};
use calamine::{Data, Reader, Xlsx};
use std::{io::Cursor, path::Path};

/// The first bytes of a zip archive, hence of an XLSX workbook.
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The first bytes of a legacy (OLE2) `.xls` workbook.
const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0";
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// How a CSV file's bytes were decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextEncoding {
	/// UTF-8 without a byte order mark.
	Utf8,
	/// UTF-8 with a byte order mark ("CSV UTF-8" in Excel).
	Utf8Bom,
	/// GB18030 (a superset of GBK and GB2312: Excel's "CSV" on a Chinese Windows).
	Gb18030,
	/// UTF-16 little-endian with a byte order mark (Excel's "Unicode text").
	Utf16Le,
	/// UTF-16 big-endian with a byte order mark.
	Utf16Be,
}

/// Where a sheet came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
	/// A CSV (or tab-separated) text file.
	Csv {
		/// How its bytes were decoded.
		encoding: TextEncoding,
		/// The field separator (`,` or tab).
		delimiter: u8,
	},
	/// The first worksheet of an XLSX workbook.
	Xlsx {
		/// The worksheet's name.
		worksheet: String,
	},
}

/// One cell as the file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
	/// Nothing, or only whitespace.
	Empty,
	/// Text (a CSV field is always text).
	Text(String),
	/// An XLSX number (Excel keeps every number as a 64-bit float).
	Number(f64),
	/// An XLSX date or date-time cell: a wall-clock reading without a zone.
	DateTime(LocalDateTime),
	/// An XLSX boolean.
	Bool(bool),
	/// An XLSX error value such as `#DIV/0!` or `#N/A`.
	Error(String),
}

impl Cell {
	/// Whether the cell is empty (or blank text).
	pub fn is_empty(&self) -> bool {
		match self {
			Cell::Empty => true,
			Cell::Text(t) => t.trim().is_empty(),
			_ => false,
		}
	}

	/// The cell as text: what a person would read in it.
	pub fn display(&self) -> String {
		match self {
			Cell::Empty => String::new(),
			Cell::Text(t) => t.trim().to_owned(),
			Cell::Number(n) => format_number(*n),
			Cell::DateTime(d) => d.to_string(),
			Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
			Cell::Error(e) => e.clone(),
		}
	}
}

/// Formats a float as a spreadsheet shows it in General format: integers without a
/// fraction, others with the shortest exact decimal form.
pub(crate) fn format_number(n: f64) -> String {
	if n.fract() == 0.0 && n.abs() < 1e15 {
		format!("{}", n as i64)
	} else {
		format!("{n}")
	}
}

/// One non-empty row below the header.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
	/// Spreadsheet row number.
	pub number: usize,
	/// The cells, aligned with [`Sheet::headers`] (missing trailing cells are absent).
	pub cells: Vec<Cell>,
}

/// A sheet as read: a header row and the non-empty rows below it.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
	/// The file format.
	pub source: Source,
	/// Spreadsheet row number of the header row (the first non-empty row).
	pub header_row: usize,
	/// 0-based column of `headers[0]` (`0` is column A).
	pub first_column: usize,
	/// The header row's headings, as written (trimmed).
	pub headers: Vec<String>,
	/// The non-empty rows below the header, in order.
	pub rows: Vec<Row>,
}

impl Sheet {
	/// The column letter of position `i` of [`headers`](Self::headers).
	pub fn column_letter(&self, i: usize) -> String {
		column_letter(self.first_column + i)
	}

	/// Builds a sheet from `(row number, cells)` pairs, taking the first non-empty row as
	/// the header and dropping empty rows.
	fn from_grid(
		source: Source,
		first_column: usize,
		grid: impl IntoIterator<Item = (usize, Vec<Cell>)>,
	) -> Result<Sheet, SheetError> {
		let mut grid = grid.into_iter().filter(|(_, cells)| cells.iter().any(|c| !c.is_empty()));
		let (header_row, header_cells) = grid.next().ok_or(SheetError::Empty)?;
		let mut headers: Vec<String> = header_cells.iter().map(Cell::display).collect();
		while headers.last().is_some_and(String::is_empty) {
			headers.pop();
		}
		let rows = grid.map(|(number, cells)| Row { number, cells }).collect();
		Ok(Sheet { source, header_row, first_column, headers, rows })
	}
}

/// The letter of a 0-based column: `0` → `A`, `25` → `Z`, `26` → `AA`.
pub fn column_letter(index: usize) -> String {
	let mut n = index + 1;
	let mut letters = Vec::new();
	while n > 0 {
		let rem = (n - 1) % 26;
		letters.push(char::from(b'A' + rem as u8));
		n = (n - 1) / 26;
	}
	letters.iter().rev().collect()
}

/// Reads a sheet file: XLSX if it is a zip archive or is named `.xlsx`/`.xlsm`, CSV if it
/// is named `.csv`, `.tsv`, `.txt` or has no extension.
pub fn read_sheet(path: &Path) -> Result<Sheet, SheetError> {
	let bytes = std::fs::read(path)
		.map_err(|source| SheetError::Io { path: path.to_path_buf(), source })?;
	if bytes.starts_with(ZIP_MAGIC) {
		return read_xlsx_bytes(&bytes);
	}
	let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
	match ext.as_deref() {
		Some("xlsx" | "xlsm") if bytes.starts_with(OLE_MAGIC) => Err(legacy_xls()),
		Some("xlsx" | "xlsm") => read_xlsx_bytes(&bytes),
		Some("xls" | "et") => Err(legacy_xls()),
		Some("csv" | "tsv" | "txt") | None => read_csv_bytes(&bytes),
		Some(other) => Err(SheetError::UnsupportedFormat(format!(
			"{}: .{other} is not a sheet format this reads (.xlsx or .csv)",
			path.display()
		))),
	}
}

/// Reads sheet bytes of either format, told apart by content.
pub fn read_bytes(bytes: &[u8]) -> Result<Sheet, SheetError> {
	if bytes.starts_with(ZIP_MAGIC) {
		read_xlsx_bytes(bytes)
	} else if bytes.starts_with(OLE_MAGIC) {
		Err(legacy_xls())
	} else {
		read_csv_bytes(bytes)
	}
}

fn legacy_xls() -> SheetError {
	SheetError::UnsupportedFormat(
		"a legacy .xls workbook is not read; save it as .xlsx (Excel Workbook) or CSV".into(),
	)
}

/// Decodes CSV bytes: a UTF-8 BOM means UTF-8; a UTF-16 BOM means UTF-16; valid UTF-8 is
/// UTF-8; anything else is decoded as GB18030 (a superset of GBK), and malformed sequences
/// are an error naming the line.
pub fn decode_text(bytes: &[u8]) -> Result<(String, TextEncoding), SheetError> {
	if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
		return match std::str::from_utf8(rest) {
			Ok(text) => Ok((text.to_owned(), TextEncoding::Utf8Bom)),
			Err(e) => Err(malformed(bytes, UTF8_BOM.len() + e.valid_up_to(), "UTF-8")),
		};
	}
	for (bom, encoding, kind) in [
		(b"\xFF\xFE", encoding_rs::UTF_16LE, TextEncoding::Utf16Le),
		(b"\xFE\xFF", encoding_rs::UTF_16BE, TextEncoding::Utf16Be),
	] {
		if let Some(rest) = bytes.strip_prefix(bom) {
			return decode_with(encoding, rest, bytes.len() - rest.len())
				.map(|text| (text, kind))
				.map_err(|at| malformed(bytes, at, encoding.name()));
		}
	}
	if let Ok(text) = std::str::from_utf8(bytes) {
		return Ok((text.to_owned(), TextEncoding::Utf8));
	}
	decode_with(encoding_rs::GB18030, bytes, 0)
		.map(|text| (text, TextEncoding::Gb18030))
		.map_err(|at| malformed(bytes, at, "GB18030/GBK"))
}

/// Decodes `bytes` (found at `base` in the file) without replacement; `Err(offset)` of the
/// first malformed sequence in the file.
fn decode_with(
	encoding: &'static encoding_rs::Encoding,
	bytes: &[u8],
	base: usize,
) -> Result<String, usize> {
	let mut decoder = encoding.new_decoder_without_bom_handling();
	let capacity = decoder.max_utf8_buffer_length_without_replacement(bytes.len()).ok_or(base)?;
	let mut text = String::with_capacity(capacity);
	let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
	match result {
		encoding_rs::DecoderResult::InputEmpty => Ok(text),
		encoding_rs::DecoderResult::Malformed(bad, extra) => {
			Err(base + read.saturating_sub(usize::from(bad) + usize::from(extra)))
		},
		encoding_rs::DecoderResult::OutputFull => Err(base + read),
	}
}

fn malformed(bytes: &[u8], offset: usize, encoding: &'static str) -> SheetError {
	let offset = offset.min(bytes.len());
	let line = 1 + bytes[..offset].iter().filter(|b| **b == b'\n').count();
	SheetError::Encoding { offset, line, encoding }
}

/// The field separator: tab if the first line has more tabs than commas, else comma.
fn sniff_delimiter(text: &str) -> u8 {
	let first = text.lines().next().unwrap_or_default();
	let count = |c: char| first.chars().filter(|x| *x == c).count();
	if count('\t') > count(',') {
		b'\t'
	} else {
		b','
	}
}

/// Reads CSV bytes (see [`decode_text`] for the encodings). Blank lines are skipped; the
/// first non-blank line is the header.
pub fn read_csv_bytes(bytes: &[u8]) -> Result<Sheet, SheetError> {
	let (text, encoding) = decode_text(bytes)?;
	read_csv_text(&text, encoding)
}

/// Reads CSV text already decoded; `encoding` is recorded in the sheet's [`Source`].
pub fn read_csv_text(text: &str, encoding: TextEncoding) -> Result<Sheet, SheetError> {
	let delimiter = sniff_delimiter(text);
	let mut reader = csv::ReaderBuilder::new()
		.has_headers(false)
		.flexible(true)
		.delimiter(delimiter)
		.from_reader(text.as_bytes());
	let mut grid = Vec::new();
	let mut record = csv::StringRecord::new();
	// A quoted field may hold line breaks; a spreadsheet shows its record as one row.
	let mut breaks_inside = 0usize;
	loop {
		match reader.read_record(&mut record) {
			Ok(false) => break,
			Ok(true) => {},
			Err(e) => {
				let line = e.position().map_or(grid.len() + 1, |p| p.line() as usize);
				return Err(SheetError::Csv {
					row: line.saturating_sub(breaks_inside),
					message: e.to_string(),
				});
			},
		}
		// The reader gives where it started looking for the record, before the blank
		// lines it skipped.
		let line = record.position().map_or(grid.len() + 1, |p| {
			let blank = text.as_bytes().get(p.byte() as usize..).unwrap_or_default();
			let skipped = blank
				.iter()
				.take_while(|b| matches!(b, b'\n' | b'\r'))
				.filter(|b| **b == b'\n')
				.count();
			p.line() as usize + skipped
		});
		let number = line.saturating_sub(breaks_inside);
		breaks_inside += record.iter().map(|f| f.matches('\n').count()).sum::<usize>();
		let cells = record
			.iter()
			.map(|f| if f.trim().is_empty() { Cell::Empty } else { Cell::Text(f.to_owned()) })
			.collect();
		grid.push((number, cells));
	}
	Sheet::from_grid(Source::Csv { encoding, delimiter }, 0, grid)
}

/// Reads the first worksheet of XLSX bytes.
pub fn read_xlsx_bytes(bytes: &[u8]) -> Result<Sheet, SheetError> {
	let mut workbook: Xlsx<_> =
		Xlsx::new(Cursor::new(bytes)).map_err(|e| SheetError::Xlsx(e.to_string()))?;
	let worksheet = workbook.sheet_names().into_iter().next().ok_or(SheetError::NoWorksheet)?;
	let range =
		workbook.worksheet_range(&worksheet).map_err(|e| SheetError::Xlsx(e.to_string()))?;
	let Some((row0, col0)) = range.start() else {
		return Err(SheetError::Empty);
	};
	let grid = range
		.rows()
		.enumerate()
		.map(|(i, cells)| (row0 as usize + i + 1, cells.iter().map(cell_of).collect::<Vec<_>>()));
	Sheet::from_grid(Source::Xlsx { worksheet }, col0 as usize, grid)
}

/// Our cell of a calamine cell.
fn cell_of(data: &Data) -> Cell {
	match data {
		Data::Empty => Cell::Empty,
		Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
			if s.trim().is_empty() {
				Cell::Empty
			} else {
				Cell::Text(s.clone())
			}
		},
		Data::Int(i) => Cell::Number(*i as f64),
		Data::Float(f) => Cell::Number(*f),
		Data::Bool(b) => Cell::Bool(*b),
		Data::Error(e) => Cell::Error(e.to_string()),
		Data::DateTime(dt) if dt.is_datetime() => {
			let (y, mo, d, h, mi, s, ms) = dt.to_ymd_hms_milli();
			match LocalDateTime::date(i32::from(y), u32::from(mo), u32::from(d)) {
				Some(date) => Cell::DateTime(LocalDateTime {
					hour: u32::from(h),
					minute: u32::from(mi),
					second: u32::from(s),
					millisecond: u32::from(ms),
					..date
				}),
				// Excel's phantom 1900-02-29 and the like: keep the serial number.
				None => Cell::Number(dt.as_f64()),
			}
		},
		Data::DateTime(dt) => Cell::Number(dt.as_f64()),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn column_letters() {
		let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702].map(column_letter).into();
		assert_eq!(letters, ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
	}

	#[test]
	fn encodings_are_detected() {
		let text = "姓名,金额\n张三,100\n";
		let (gbk, _, unmappable) = encoding_rs::GBK.encode(text);
		assert!(!unmappable);
		assert!(std::str::from_utf8(&gbk).is_err(), "GBK bytes of Chinese are not UTF-8");
		assert_eq!(decode_text(text.as_bytes()).unwrap(), (text.to_owned(), TextEncoding::Utf8));
		let bom = [UTF8_BOM, text.as_bytes()].concat();
		assert_eq!(decode_text(&bom).unwrap(), (text.to_owned(), TextEncoding::Utf8Bom));
		assert_eq!(decode_text(&gbk).unwrap(), (text.to_owned(), TextEncoding::Gb18030));
		let utf16: Vec<u8> = [0xFF, 0xFE]
			.into_iter()
			.chain(text.encode_utf16().flat_map(u16::to_le_bytes))
			.collect();
		assert_eq!(decode_text(&utf16).unwrap(), (text.to_owned(), TextEncoding::Utf16Le));
	}

	#[test]
	fn malformed_bytes_are_located() {
		// 0x81 0x20 is not a GB18030 sequence; it is on line 2.
		let bytes = b"a,b\nx\x81 y,1\n";
		match decode_text(bytes) {
			Err(SheetError::Encoding { offset, line, encoding }) => {
				assert_eq!((offset, line, encoding), (5, 2, "GB18030/GBK"));
			},
			other => panic!("{other:?}"),
		}
		// After a UTF-8 BOM the rest must be UTF-8.
		let bytes = [UTF8_BOM, b"a\n\xB9\xFE"].concat();
		assert!(matches!(
			decode_text(&bytes),
			Err(SheetError::Encoding { offset: 5, line: 2, encoding: "UTF-8" })
		));
		let err = decode_text(b"\xFF\xFEa").unwrap_err().to_string();
		assert!(err.contains("line 1"), "{err}");
	}

	#[test]
	fn csv_rows_are_numbered_as_a_spreadsheet_shows_them() {
		let text = "\n h1 ,h2,,\n\na,\"two\nlines\"\n,,\nb,c,d\n";
		let sheet = read_csv_text(text, TextEncoding::Utf8).unwrap();
		assert_eq!(sheet.header_row, 2);
		assert_eq!(sheet.headers, ["h1", "h2"]);
		let numbers: Vec<usize> = sheet.rows.iter().map(|r| r.number).collect();
		// Row 4 holds a two-line field; `,,` (row 5) is empty; `b,c,d` is row 6.
		assert_eq!(numbers, [4, 6]);
		assert_eq!(sheet.rows[0].cells, [Cell::Text("a".into()), Cell::Text("two\nlines".into())]);
		assert_eq!(sheet.rows[1].cells[2], Cell::Text("d".into()));
		assert_eq!(sheet.source, Source::Csv { encoding: TextEncoding::Utf8, delimiter: b',' });
		let tsv = read_csv_text("a\tb\n1,5\t2\n", TextEncoding::Utf8).unwrap();
		assert_eq!(tsv.rows[0].cells[0], Cell::Text("1,5".into()));
	}

	#[test]
	fn formats_are_told_apart() {
		assert!(matches!(
			read_bytes(b"\xD0\xCF\x11\xE0rest"),
			Err(SheetError::UnsupportedFormat(_))
		));
		assert!(matches!(read_bytes(b"PK\x03\x04garbage"), Err(SheetError::Xlsx(_))));
		assert!(matches!(read_bytes(b""), Err(SheetError::Empty)));
		assert!(matches!(read_bytes(b"\n,,\n"), Err(SheetError::Empty)));
		assert_eq!(format_number(12.0), "12");
		assert_eq!(format_number(12.5), "12.5");
		assert_eq!(Cell::Bool(true).display(), "TRUE");
	}
}
