//! The public API end to end: sheets in every format and language read and validated,
//! every bad cell reported with its row and column letter, and the chain-side checks.
use loanshare_sheet::{
	check_rate_cap, gen, read_bytes, read_csv_bytes, read_sheet, read_xlsx_bytes, resolve_windows,
	validate, Car, CellError, Limits, LoanType, Options, Risk, Sheet, SheetError, SheetErrors,
	SheetPlan, Source, TextEncoding, TimeSpec, Window, COLUMNS,
};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const HEADER: &str = "external_ref,loan_type,amount_rmb,car_mileage_km,car_purchase_date,\
	risk_score,approved_limit_rmb,suggested_share_limit_rmb,risk_links,shared_limit_rmb,\
	min_rate_bp,max_rate_bp,token_rate,max_participants,start,end,name,id_number,mobile,\
	licence_plate,engine_number";

/// Five plans, rows 2 to 6 (the old client's sample, with some new value forms).
const ROWS: &str = "\
SAMPLE-2026-0001,Cash,120000,,,720,120000,100000,https://risk.example/traffic/0001,100000,1800,2000,1,3,now,+30d,张三 Zhang San,110101199003074514,13800138000,,
SAMPLE-2026-0002,消费贷,\"50,000.00\",,,690,50000,30000,,30000,1500,1800,1,2,now,+14d,李四 Li Si,310104198512120015,13911112222,,
SAMPLE-2026-0003,car_mortgage,200000,56000,20210315,745,180000,150000,https://risk.example/traffic/0003|https://risk.example/phone/0003,150000,1600,2000,2,5,now,+60d,王五 Wang Wu,440305197806060013,13622223333,粤B12345,EN4A7C91D2
SAMPLE-2026-0004,Enterprise,500000,,,810,500000,400000,https://risk.example/phone/0004,400000,1200,1500,1,4,now,2027-06-30,赵六 Zhao Liu,330106196911110014,13733334444,,
SAMPLE-2026-0005,车辆质押贷,￥80000元,120500,2016/8/20,660,80000,60000,,60000,2000,2400,3,1,now,+7d,陈七 Chen Qi,510107199212240016,13544445555,川A54321,EN0B3F22E7
";

const DAY: u64 = 86_400_000;
/// 2027-06-30T00:00:00Z.
const JUNE_30_2027_UTC: u64 = 1_814_313_600_000;
/// 2026-01-01T00:00:00Z.
const JAN_1_2026_UTC: u64 = 1_767_225_600_000;
const HOUR: u64 = 3_600_000;

fn english() -> String {
	format!("{HEADER}\n{ROWS}")
}

fn chinese() -> String {
	let header: Vec<&str> = COLUMNS.iter().map(|c| c.chinese).collect();
	format!("{}\n{ROWS}", header.join(","))
}

/// `text` with `from` replaced by `to` (which must occur).
fn with(text: &str, from: &str, to: &str) -> String {
	assert!(text.contains(from), "{from} not in the sheet");
	text.replacen(from, to, 1)
}

fn check(bytes: &[u8]) -> Result<Vec<SheetPlan>, SheetErrors> {
	let sheet = read_bytes(bytes).map_err(SheetErrors::from)?;
	validate(&sheet, &Limits::default(), &Options::default())
}

fn plans(text: &str) -> Vec<SheetPlan> {
	match check(text.as_bytes()) {
		Ok(plans) => plans,
		Err(e) => panic!("{e}"),
	}
}

fn errors(text: &str) -> SheetErrors {
	match check(text.as_bytes()) {
		Ok(plans) => panic!("valid: {plans:?}"),
		Err(e) => e,
	}
}

/// `(row, column letter)` of each cell error.
fn at(e: &SheetErrors) -> Vec<(usize, &str)> {
	e.cells.iter().map(|c| (c.row, c.column.as_str())).collect()
}

#[test]
fn the_english_sample_sheet_validates() {
	let p = plans(&english());
	assert_eq!(p.len(), 5);
	let r = &p[0];
	assert_eq!(
		(r.row, r.external_ref.as_str(), r.loan_type),
		(2, "SAMPLE-2026-0001", LoanType::Cash)
	);
	assert_eq!(r.amount_fen, 12_000_000);
	assert_eq!(
		r.risk,
		Risk { score: 720, approved_limit_fen: 12_000_000, suggested_share_limit_fen: 10_000_000 }
	);
	let c = &r.conditions;
	assert_eq!(
		(c.shared_limit_fen, c.min_rate_bp, c.max_rate_bp, c.token_rate, c.max_participants),
		(10_000_000, 1800, 2000, 1, 3)
	);
	assert_eq!((c.start, c.end), (TimeSpec::Now, TimeSpec::After(30 * DAY)));
	assert_eq!(r.links, ["https://risk.example/traffic/0001"]);
	assert_eq!(r.borrower.name, "张三 Zhang San");
	assert_eq!(r.borrower.licence_plate, None);
	assert_eq!(r.car, None);
	assert_eq!((p[1].loan_type, p[1].amount_fen), (LoanType::Consumption, 5_000_000));
	let car = &p[2];
	assert_eq!(car.car, Some(Car { mileage_km: 56_000, purchase_date: 20_210_315 }));
	assert_eq!(car.links.len(), 2);
	assert_eq!(car.borrower.engine_number.as_deref(), Some("EN4A7C91D2"));
	assert_eq!(car.loan_type.chain_name(), "CarMortgage");
	// A bare end date is the end of that day in China (+08:00).
	assert_eq!(p[3].conditions.end, TimeSpec::At(JUNE_30_2027_UTC + 16 * HOUR - 1));
	assert_eq!((p[4].loan_type, p[4].amount_fen), (LoanType::CarPledge, 8_000_000));
	assert_eq!(p[4].car.map(|c| c.purchase_date), Some(20_160_820));
}

#[test]
fn chinese_headers_give_the_same_plans_and_the_zone_is_the_callers() {
	assert_eq!(plans(&chinese()), plans(&english()));
	let sheet = read_csv_bytes(english().as_bytes()).unwrap();
	let utc = validate(&sheet, &Limits::default(), &Options { utc_offset_minutes: 0 }).unwrap();
	assert_eq!(utc[3].conditions.end, TimeSpec::At(JUNE_30_2027_UTC + DAY - 1));
}

#[test]
fn headers_may_mix_languages_aliases_and_full_width_parentheses() {
	let header = HEADER
		.replace("amount_rmb", " 贷款金额（元） ")
		.replace("external_ref", "外部编号")
		.replace("risk_score,", "Risk Score,")
		.replace("mobile", "手机号码");
	let p = plans(&format!("{header}\n{ROWS}"));
	assert_eq!(p, plans(&english()));
}

#[test]
fn three_bad_cells_are_all_reported_with_rows_and_column_letters() {
	let text = with(&chinese(), "13911112222", ""); // row 3, mobile (S) empty
	let text =
		with(&text, "SAMPLE-2026-0003,car_mortgage,200000", "SAMPLE-2026-0003,car_mortgage,12x");
	let text = with(&text, "now,2027-06-30", "now,2027-02-30"); // row 5, end (P)
	let e = errors(&text);
	assert!(e.sheet.is_empty());
	assert_eq!(at(&e), [(3, "S"), (4, "C"), (5, "P")]);
	let shown: Vec<String> = e.cells.iter().map(ToString::to_string).collect();
	assert_eq!(shown[0], "row 3, column S (手机号): is empty");
	assert_eq!(
		shown[1],
		"row 4, column C (贷款金额(元)): \"12x\" is not an amount in RMB (e.g. 80000, 1,234.50 or ¥1,234.50)"
	);
	assert!(
		shown[2].starts_with("row 5, column P (结束时间): \"2027-02-30\" is not a time"),
		"{}",
		shown[2]
	);
	let summary = e.to_string();
	assert!(summary.starts_with("the sheet has 3 error(s), in 3 row(s):"), "{summary}");
}

#[test]
fn several_bad_cells_in_one_row_are_reported_in_column_order() {
	let text = with(
		&english(),
		"SAMPLE-2026-0001,Cash,120000,,,720,120000,100000,https://risk.example/traffic/0001,100000,1800,2000,1,3,",
		"SAMPLE-2026-0001,Cash,0,,,72O,120000,100000,https://risk.example/traffic/0001,100000,2100,2000,0,51,",
	);
	let e = errors(&text);
	assert_eq!(at(&e), [(2, "C"), (2, "F"), (2, "K"), (2, "M"), (2, "N")]);
	let messages: Vec<&str> = e.cells.iter().map(|c| c.message.as_str()).collect();
	assert_eq!(messages[0], "must be positive");
	assert_eq!(messages[1], "is not a score from 0 to 65535");
	assert_eq!(messages[2], "is above the highest rate (2000 bp, 20.00%)");
	assert_eq!(messages[3], "must be positive");
	assert_eq!(messages[4], "must be from 1 to 50");
}

#[test]
fn cross_column_rules() {
	// A car loan without mileage; car columns on a cash loan; shared limit above amount.
	let text = with(&english(), ",56000,20210315,", ",,20210315,");
	let text = with(&text, "13800138000,,", "13800138000,京A00001,");
	let text = with(
		&text,
		"SAMPLE-2026-0005,车辆质押贷,￥80000元",
		"SAMPLE-2026-0005,车辆质押贷,￥50000元",
	);
	let e = errors(&text);
	assert_eq!(at(&e), [(2, "T"), (4, "D"), (6, "J")]);
	assert!(e.cells[0].message.starts_with("is only for car loans"), "{}", e.cells[0]);
	assert_eq!(e.cells[1].message, "is empty, but a car loan needs it");
	assert_eq!(e.cells[2].message, "is above the requested amount (50,000.00 RMB)");
	// Start after end, both absolute; a zero shared limit.
	let text = with(&english(), "now,2027-06-30", "2027-07-01,2027-06-30");
	let text = with(&text, ",30000,1500,", ",0,1500,");
	let e = errors(&text);
	assert_eq!(at(&e), [(3, "J"), (5, "P")]);
	assert_eq!(e.cells[1].message, "is not after the start (2027-07-01)");
	// Start and end on the same day: from its beginning to its end.
	assert!(check(with(&english(), "now,2027-06-30", "2027-06-30,2027-06-30").as_bytes()).is_ok());
}

#[test]
fn a_car_loan_in_a_sheet_without_car_columns_is_reported_on_its_loan_type() {
	let header = HEADER.replace(",car_mileage_km,car_purchase_date", "");
	let row = "R1,车辆抵押贷,1000,700,1000,1000,,1000,1800,2000,1,1,now,+1d,A,B,C,粤B1,EN1\n";
	let e = errors(&format!("{header}\n{row}"));
	assert_eq!(at(&e), [(2, "B"), (2, "B")]);
	assert_eq!(
		e.cells[0].to_string(),
		"row 2, column B (loan_type): \"车辆抵押贷\" is a car loan, but the sheet has no \
		 car_mileage_km (车辆里程(公里)) column"
	);
}

#[test]
fn duplicate_references_name_the_first_row() {
	let text = with(&english(), "SAMPLE-2026-0004", "SAMPLE-2026-0001");
	let e = errors(&text);
	assert_eq!(at(&e), [(5, "A")]);
	assert_eq!(e.cells[0].message, "is already used in row 2");
}

#[test]
fn limits_are_enforced_and_borrower_data_is_not_echoed() {
	let limits = Limits::default();
	let long_ref = "R".repeat(limits.max_ref_len + 1);
	let e = errors(&with(&english(), "SAMPLE-2026-0002", &long_ref));
	assert_eq!(at(&e), [(3, "A")]);
	assert_eq!(e.cells[0].message, "is 65 bytes long, at most 64 allowed");
	let links = vec!["https://x.example/l"; limits.max_links + 1].join("|");
	let e = errors(&with(&english(), "https://risk.example/phone/0004", &links));
	assert_eq!(
		(at(&e), e.cells[0].message.as_str()),
		(vec![(5, "I")], "has 9 links, at most 8 allowed")
	);
	let long_link = format!("https://x.example/{}", "a".repeat(limits.max_link_len));
	let e = errors(&with(&english(), "https://risk.example/phone/0004", &long_link));
	assert!(e.cells[0].message.starts_with("has a link longer than 256 bytes"));
	let long_name = "名".repeat(100); // 300 bytes
	let e = errors(&with(&english(), "李四 Li Si", &long_name));
	assert_eq!(
		e.cells[0],
		CellError {
			row: 3,
			column: "Q".into(),
			header: "name".into(),
			value: "[hidden, 100 characters]".into(),
			message: "is 300 bytes long, at most 256 allowed".into(),
		}
	);
	// A smaller limit from the caller.
	let sheet = read_csv_bytes(english().as_bytes()).unwrap();
	let small = Limits { max_participants: 4, ..limits };
	let e = validate(&sheet, &small, &Options::default()).unwrap_err();
	assert_eq!(at(&e), [(4, "N")]);
}

#[test]
fn amount_forms() {
	for (form, fen) in [
		("1234", 123_400),
		("1234.5", 123_450),
		("\"1,234.56\"", 123_456),
		("\"¥1,234.56\"", 123_456),
		("\"￥1,234.56\"", 123_456),
		("1234.56元", 123_456),
		("１２３４．５６", 123_456),
	] {
		let text = with(&english(), "Cash,120000,", &format!("Cash,{form},"));
		let text = with(&text, ",100000,1800,", ",1000,1800,");
		assert_eq!(plans(&text)[0].amount_fen, fen, "{form}");
	}
	let e = errors(&with(&english(), "Cash,120000,", "Cash,1234.567,"));
	assert_eq!(e.cells[0].message, "has more than two decimals (the smallest unit is 1 fen)");
}

#[test]
fn a_utf8_bom_is_not_part_of_the_first_header() {
	let bytes = [b"\xEF\xBB\xBF".as_slice(), english().as_bytes()].concat();
	let sheet = read_csv_bytes(&bytes).unwrap();
	assert_eq!(sheet.source, Source::Csv { encoding: TextEncoding::Utf8Bom, delimiter: b',' });
	assert_eq!(sheet.headers[0], "external_ref");
	assert_eq!(
		validate(&sheet, &Limits::default(), &Options::default()).unwrap(),
		plans(&english())
	);
	// Chinese headers behind a BOM too.
	let bytes = [b"\xEF\xBB\xBF".as_slice(), chinese().as_bytes()].concat();
	assert_eq!(check(&bytes).unwrap().len(), 5);
}

#[test]
fn a_gbk_sheet_with_chinese_headers_and_loan_types() {
	let text = chinese()
		.replace(",Cash,", ",现金贷,")
		.replace(",car_mortgage,", ",车抵贷,")
		.replace(",Enterprise,", ",经营贷,");
	let (bytes, _, unmappable) = encoding_rs::GBK.encode(&text);
	assert!(!unmappable);
	let sheet = read_csv_bytes(&bytes).unwrap();
	assert_eq!(sheet.source, Source::Csv { encoding: TextEncoding::Gb18030, delimiter: b',' });
	let p = validate(&sheet, &Limits::default(), &Options::default()).unwrap();
	let types: Vec<LoanType> = p.iter().map(|p| p.loan_type).collect();
	assert_eq!(
		types,
		[
			LoanType::Cash,
			LoanType::Consumption,
			LoanType::CarMortgage,
			LoanType::Enterprise,
			LoanType::CarPledge
		]
	);
	assert_eq!(p[0].borrower.name, "张三 Zhang San");
	assert_eq!(p, plans(&english()));
}

#[test]
fn bytes_that_are_neither_utf8_nor_gbk_are_refused_with_their_line() {
	let mut bytes = english().into_bytes();
	let at = bytes.iter().position(|b| *b == b'\n').unwrap() + 1;
	bytes.insert(at + 3, 0xFF);
	let e = check(&bytes).unwrap_err();
	match &e.sheet[..] {
		[SheetError::Encoding { line: 2, offset, .. }] => assert_eq!(*offset, at + 3),
		other => panic!("{other:?}"),
	}
	assert!(e.to_string().contains("line 2"), "{e}");
}

#[test]
fn header_problems_are_whole_sheet_errors() {
	let e = errors("external_ref,loan_typ,amount_rmb,贷款金额\nA,Cash,1,1\n");
	assert!(e.cells.is_empty());
	let shown: Vec<String> = e.sheet.iter().map(ToString::to_string).collect();
	assert_eq!(shown.len(), 3, "{shown:?}");
	assert!(shown[0].contains("unknown column(s) B \"loan_typ\""), "{}", shown[0]);
	assert_eq!(shown[1], "row 1: columns C \"amount_rmb\", D \"贷款金额\" all name amount_rmb");
	assert!(
		shown[2].starts_with("required column(s) missing: loan_type (贷款类型), risk_score"),
		"{}",
		shown[2]
	);
	assert!(matches!(errors(HEADER).sheet[..], [SheetError::NoPlans]));
	assert!(matches!(errors("\n\n").sheet[..], [SheetError::Empty]));
}

#[test]
fn values_without_a_heading_are_reported() {
	let text = english().replacen(",EN4A7C91D2\n", ",EN4A7C91D2,,stray\n", 1);
	let e = errors(&text);
	assert_eq!(at(&e), [(4, "W")]);
	assert_eq!(e.cells[0].message, "is in a column without a heading");
}

#[test]
fn chain_checks_resolve_windows_on_the_chain_clock() {
	let sheet = read_csv_bytes(english().as_bytes()).unwrap();
	let opts = Options::default();
	let p = validate(&sheet, &Limits::default(), &opts).unwrap();
	let now = 1_795_000_000_000;
	let w = resolve_windows(&sheet, &p, now, &opts).unwrap();
	assert_eq!(w[0], Window { start_ms: now, end_ms: now + 30 * DAY });
	assert_eq!(w[3].end_ms, JUNE_30_2027_UTC + 16 * HOUR - 1);
	let e = resolve_windows(&sheet, &p, JUNE_30_2027_UTC + 16 * HOUR, &opts).unwrap_err();
	assert_eq!(at(&e), [(5, "P")]);
	assert_eq!(
		e.cells[0].message,
		"is not in the future: it is 2027-06-30 23:59:59+08:00, the chain's time is \
		 2027-07-01 00:00:00+08:00"
	);
	assert!(check_rate_cap(&sheet, &p, 2400).is_ok());
	let e = check_rate_cap(&sheet, &p, 2000).unwrap_err();
	assert_eq!(at(&e), [(6, "L")]);
	assert_eq!(e.cells[0].message, "is above the regulatory cap of 2000 bp (20.00%)");
}

#[test]
fn minimum_shares_default_to_the_floor_and_stay_between_it_and_the_shared_limit() {
	// Without the column every plan takes the chain's floor.
	let p = plans(&english());
	assert!(p.iter().all(|p| p.conditions.min_share_fen == 100_000), "{p:?}");

	// The column (last, so V), in English, in Chinese, empty for the floor.
	let header = format!("{HEADER},min share");
	let rows: Vec<String> = ROWS.lines().map(|l| format!("{l},")).collect();
	let sheet = |cells: [&str; 5]| {
		let body: Vec<String> = rows.iter().zip(cells).map(|(r, c)| format!("{r}{c}")).collect();
		format!("{header}\n{}\n", body.join("\n"))
	};
	let p = plans(&sheet(["20000", "", "\"￥1,000.00\"", "150000", "60000"]));
	let mins: Vec<u128> = p.iter().map(|p| p.conditions.min_share_fen).collect();
	assert_eq!(mins, [2_000_000, 100_000, 100_000, 15_000_000, 6_000_000]);
	let chinese =
		sheet(["20000", "", "1000", "150000", "60000"]).replacen("min share", "最低分享金额", 1);
	assert_eq!(plans(&chinese), p);

	// Below the floor, above the shared limit: reported on the minimum share's cell.
	let e = errors(&sheet(["999.99", "", "150000.01", "", "abc"]));
	assert_eq!(at(&e), [(2, "V"), (4, "V"), (6, "V")]);
	let shown: Vec<String> = e.cells.iter().map(ToString::to_string).collect();
	assert_eq!(
		shown[0],
		"row 2, column V (min share): \"999.99\" is below the chain's floor of 1,000.00 RMB per participant"
	);
	assert_eq!(
		shown[1],
		"row 4, column V (min share): \"150000.01\" is above the shared limit (150,000.00 RMB)"
	);

	// A shared limit below the floor leaves no share to take when the minimum is the floor.
	let e = errors(&with(&english(), "traffic/0001,100000,1800", "traffic/0001,999,1800"));
	assert_eq!(at(&e), [(2, "J")]);
	assert!(e.cells[0].message.contains("below the chain's minimum share of 1,000.00 RMB"), "{e}");

	// The floor is the caller's (the chain's constant).
	let sheet_bytes = read_bytes(english().as_bytes()).unwrap();
	let lower = Limits { min_share_floor_fen: 50_000, ..Limits::default() };
	let p = validate(&sheet_bytes, &lower, &Options::default()).unwrap();
	assert!(p.iter().all(|p| p.conditions.min_share_fen == 50_000));
	let higher = Limits { min_share_floor_fen: 4_000_000, ..Limits::default() };
	let e = validate(&sheet_bytes, &higher, &Options::default()).unwrap_err();
	assert_eq!(at(&e), [(3, "J")]);
}

#[test]
fn generated_sheets_round_trip_in_every_dress() {
	let limits = Limits::default();
	let opts = Options::default();
	let read = |sheet: Sheet| validate(&sheet, &limits, &opts).unwrap_or_else(|e| panic!("{e}"));
	let csv = read(read_csv_bytes(&gen::csv(300, 7, "GEN-")).unwrap());
	assert_eq!(csv.len(), 300);
	assert_eq!((csv[0].row, csv[0].external_ref.as_str()), (2, "GEN-000001"));
	assert!(csv.iter().any(|p| p.car.is_some()) && csv.iter().any(|p| p.car.is_none()));
	assert!(csv.iter().any(|p| p.amount_fen % 100 != 0), "some amounts have fen");
	assert!(csv.iter().any(|p| matches!(p.conditions.start, TimeSpec::At(_))));
	assert!(csv.iter().any(|p| p.links.len() == 2));
	assert!(csv.iter().all(|p| {
		let c = &p.conditions;
		100_000 <= c.min_share_fen && c.min_share_fen <= c.shared_limit_fen
	}));
	assert!(csv.iter().any(|p| p.conditions.min_share_fen > 100_000));

	let gbk_sheet = read_csv_bytes(&gen::csv_gbk(300, 7, "GEN-")).unwrap();
	assert_eq!(gbk_sheet.source, Source::Csv { encoding: TextEncoding::Gb18030, delimiter: b',' });
	assert_eq!(gbk_sheet.headers[2], "贷款金额(元)");
	assert_eq!(read(gbk_sheet), csv);

	let xlsx_sheet = read_xlsx_bytes(&gen::xlsx_bytes(300, 7, "GEN-").unwrap()).unwrap();
	assert_eq!(xlsx_sheet.source, Source::Xlsx { worksheet: "贷款分享计划".into() });
	assert!(xlsx_sheet.rows[0].cells.iter().any(|c| matches!(c, loanshare_sheet::Cell::Number(_))));
	assert_eq!(read(xlsx_sheet), csv);

	// Through a file, told apart by content and extension.
	let dir = std::env::temp_dir().join(format!("loanshare-sheet-{}", std::process::id()));
	std::fs::create_dir_all(&dir).unwrap();
	let path = dir.join("plans.xlsx");
	gen::write_xlsx(&path, 20, 7, "GEN-").unwrap();
	assert_eq!(read(read_sheet(&path).unwrap()), csv[..20]);
	let disguised = dir.join("plans.csv");
	std::fs::copy(&path, &disguised).unwrap();
	assert_eq!(read(read_sheet(&disguised).unwrap()), csv[..20]);
	let gbk_path = dir.join("plans-gbk.csv");
	std::fs::write(&gbk_path, gen::csv_gbk(20, 7, "GEN-")).unwrap();
	assert_eq!(read(read_sheet(&gbk_path).unwrap()), csv[..20]);
	let legacy = dir.join("plans.xls");
	std::fs::write(&legacy, b"\xD0\xCF\x11\xE0").unwrap();
	assert!(matches!(read_sheet(&legacy), Err(SheetError::UnsupportedFormat(_))));
	assert!(matches!(read_sheet(&dir.join("missing.csv")), Err(SheetError::Io { .. })));
	std::fs::remove_dir_all(&dir).unwrap();
}

/// A cell to write into a test workbook.
enum X {
	S(&'static str),
	N(f64),
	/// A date (and time) cell: y, m, d, h, mi.
	D(u16, u8, u8, u16, u8),
	Blank,
}

/// A workbook whose first worksheet holds `rows` from `(row0, col0)` (0-based).
fn workbook(row0: u32, col0: u16, rows: &[Vec<X>]) -> Vec<u8> {
	let mut wb = Workbook::new();
	let ws = wb.add_worksheet();
	let date = Format::new().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
	let date_time = Format::new().set_num_format("yyyy/m/d h:mm");
	for (i, row) in rows.iter().enumerate() {
		for (j, cell) in row.iter().enumerate() {
			let (r, c) = (row0 + i as u32, col0 + j as u16);
			match *cell {
				X::S(s) => {
					ws.write_string(r, c, s).unwrap();
				},
				X::N(n) => {
					ws.write_number(r, c, n).unwrap();
				},
				X::D(y, m, d, 0, 0) => {
					let dt = ExcelDateTime::from_ymd(y, m, d).unwrap();
					ws.write_datetime_with_format(r, c, &dt, &date).unwrap();
				},
				X::D(y, m, d, h, mi) => {
					let dt = ExcelDateTime::from_ymd(y, m, d).unwrap().and_hms(h, mi, 0).unwrap();
					ws.write_datetime_with_format(r, c, &dt, &date_time).unwrap();
				},
				X::Blank => {},
			}
		}
	}
	wb.save_to_buffer().unwrap()
}

fn xlsx_header() -> Vec<X> {
	COLUMNS.iter().map(|c| X::S(c.chinese)).collect()
}

/// A valid car loan as XLSX cells, with `start`, `end` and purchase date cells given.
fn xlsx_row(reference: &'static str, purchase: X, start: X, end: X) -> Vec<X> {
	use X::*;
	vec![
		S(reference),
		S("车辆抵押贷"),
		N(200_000.5),
		N(56_000.0),
		purchase,
		N(745.0),
		Blank,
		Blank,
		S("https://risk.example/a\nhttps://risk.example/b"),
		N(150_000.25),
		N(1600.0),
		S("20%"),
		N(2.0),
		N(5.0),
		start,
		end,
		S("王五"),
		S("44030519780606001X"),
		N(13_622_223_333.0),
		S("粤B12345"),
		S("EN4A7C91D2"),
	]
}

#[test]
fn xlsx_numbers_dates_and_excel_serials() {
	use X::*;
	let bytes = workbook(
		0,
		0,
		&[
			xlsx_header(),
			xlsx_row("X-1", D(2021, 3, 15, 0, 0), D(2026, 1, 1, 8, 0), D(2026, 12, 31, 0, 0)),
			// Excel serial numbers in number cells: 44270 is 2021-03-15, 46022.75 is
			// 2025-12-31 18:00; and the number 20210315.
			xlsx_row("X-2", N(44_270.0), N(46_022.75), S("2026/12/31 18:00")),
			xlsx_row("X-3", N(20_210_315.0), N(JAN_1_2026_UTC as f64), S("+30d")),
		],
	);
	let p = check(&bytes).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(p.len(), 3);
	for plan in &p {
		assert_eq!(plan.car, Some(Car { mileage_km: 56_000, purchase_date: 20_210_315 }));
		assert_eq!((plan.amount_fen, plan.conditions.shared_limit_fen), (20_000_050, 15_000_025));
		assert_eq!(plan.conditions.max_rate_bp, 2000, "20% is 2000 bp");
		assert_eq!(plan.links.len(), 2, "links split at line breaks");
		assert_eq!(plan.borrower.mobile, "13622223333", "a mobile typed as a number");
		assert_eq!(plan.risk.approved_limit_fen, plan.amount_fen);
	}
	// 2026-01-01 08:00 in China is 00:00 UTC; a bare end date is the end of that day.
	assert_eq!(p[0].conditions.start, TimeSpec::At(JAN_1_2026_UTC));
	assert_eq!(p[0].conditions.end, TimeSpec::At(JAN_1_2026_UTC + 365 * DAY - 8 * HOUR - 1));
	assert_eq!(p[1].conditions.start, TimeSpec::At(JAN_1_2026_UTC - 14 * HOUR));
	assert_eq!(p[1].conditions.end, TimeSpec::At(JAN_1_2026_UTC + 364 * DAY + 10 * HOUR));
	assert_eq!(p[2].conditions.start, TimeSpec::At(JAN_1_2026_UTC), "milliseconds");
	// The zone is the caller's.
	let sheet = read_xlsx_bytes(&bytes).unwrap();
	let utc = validate(&sheet, &Limits::default(), &Options { utc_offset_minutes: 0 }).unwrap();
	assert_eq!(utc[0].conditions.start, TimeSpec::At(JAN_1_2026_UTC + 8 * HOUR));
}

#[test]
fn xlsx_errors_name_the_sheets_own_rows_and_columns() {
	use X::*;
	// The table starts at B3: the header is row 3, plans are rows 4 and 5, columns B...V.
	let mut bad = xlsx_row("X-2", D(2021, 3, 15, 0, 0), S("now"), S("+1d"));
	bad[2] = N(1234.567); // amount, column D
	bad[17] = N(440_305_197_806_060_000.0); // an ID number typed as a number, column S
	bad[12] = D(2026, 1, 1, 0, 0); // a date as token rate, column N
	let bytes = workbook(
		2,
		1,
		&[xlsx_header(), xlsx_row("X-1", D(2021, 3, 15, 0, 0), S("now"), S("+1d")), bad],
	);
	let sheet = read_xlsx_bytes(&bytes).unwrap();
	assert_eq!((sheet.header_row, sheet.first_column), (3, 1));
	let e = validate(&sheet, &Limits::default(), &Options::default()).unwrap_err();
	assert_eq!(at(&e), [(5, "D"), (5, "N"), (5, "S")]);
	assert_eq!(
		e.cells[0].to_string(),
		"row 5, column D (贷款金额(元)): \"1234.567\" has more than two decimals (the smallest unit is 1 fen)"
	);
	assert!(e.cells[1].message.starts_with("is not a whole number of TOKEN"), "{}", e.cells[1]);
	assert!(e.cells[2].message.contains("only 15 digits"), "{}", e.cells[2]);
	assert!(e.cells[2].value.starts_with("[hidden"), "{}", e.cells[2].value);
}
