//! `loanshare import` against a fake node: validation before anything is sent, skipping
//! what is already published, batching, envelopes that open, and batch errors mapped
//! back to sheet rows.
mod common;

use common::FakeChain;
use loanshare_cli::{
	chain::Client,
	gen::generate,
	import::{run, ImportOptions, ImportReport},
	sheet::SheetErrors,
	tx::Signer,
};
use loanshare_envelope::{BorrowerData, Context, RsaPrivateKey};
use std::sync::OnceLock;

const SAMPLE: &[u8] = include_bytes!("../examples/sample-plans.csv");

/// One RSA key for all tests (generation is the slow part).
fn key() -> &'static (RsaPrivateKey, Vec<u8>) {
	static KEY: OnceLock<(RsaPrivateKey, Vec<u8>)> = OnceLock::new();
	KEY.get_or_init(|| loanshare_envelope::generate_keypair(2048).unwrap())
}

fn alice() -> Signer {
	Signer::from_suri("//Alice").unwrap()
}

fn setup() -> (FakeChain, Client) {
	let fake = FakeChain::new(alice().account, 1, &key().1);
	let client = Client::new(Box::new(fake.clone()));
	(fake, client)
}

fn options(batch_size: usize) -> ImportOptions {
	ImportOptions {
		institution: 1,
		public_der: key().1.clone(),
		batch_size,
		in_flight: 2,
		dry_run: false,
		progress: false,
	}
}

fn import(client: &Client, sheet: &[u8], opts: &ImportOptions) -> anyhow::Result<ImportReport> {
	run(client, &alice(), sheet, opts, &mut |_| {})
}

#[test]
fn imports_in_batches_and_a_second_import_creates_nothing() {
	let (fake, client) = setup();
	let sheet = generate(250, 3, "T-").unwrap();

	let report = import(&client, &sheet, &options(100)).unwrap();
	assert_eq!((report.rows, report.skipped, report.published, report.batches), (250, 0, 250, 3));
	assert!(report.failures.is_empty(), "{:?}", report.failures);
	assert_eq!(report.plan_ids, (0..250).collect::<Vec<_>>());
	assert_eq!(fake.count("author_submitExtrinsic"), 3);
	let plans = fake.plans();
	assert_eq!(plans.len(), 250);
	assert_eq!(&plans[0].external_ref[..], b"T-000001");
	assert_eq!(plans[0].envelope.key_id, 1);

	fake.clear_log();
	let again = import(&client, &sheet, &options(100)).unwrap();
	assert_eq!((again.skipped, again.published, again.batches), (250, 0, 0));
	assert_eq!(fake.count("author_submitExtrinsic"), 0);
	assert_eq!(fake.plans().len(), 250);
}

#[test]
fn published_envelopes_open_with_the_contributor_key_under_the_chain_context() {
	let (fake, client) = setup();
	import(&client, SAMPLE, &options(100)).unwrap();
	let plans = fake.plans();
	assert_eq!(plans.len(), 5);
	let genesis = fake.0.borrow().genesis;
	let car = plans.iter().find(|p| &p.external_ref[..] == b"SAMPLE-2026-0003").unwrap();
	let open = |chain_id: &[u8]| {
		let ctx = Context { chain_id, contributor: 1, external_ref: &car.external_ref };
		let e = &car.envelope;
		loanshare_envelope::open(
			&key().0,
			&e.wrapped_key,
			&e.ciphertext,
			&e.nonce,
			&e.commitment,
			&ctx,
		)
	};
	assert_eq!(
		open(genesis.as_bytes()).unwrap(),
		BorrowerData {
			name: "王五 Wang Wu".into(),
			id_number: "440305197806060013".into(),
			mobile: "13622223333".into(),
			licence_plate: Some("粤B12345".into()),
			engine_number: Some("EN4A7C91D2".into()),
		}
	);
	// Sealed for this chain only.
	assert!(open(&[0u8; 32]).is_err());
	// Public part as the sheet says; windows resolved on the chain's clock.
	let c = &car.conditions;
	assert_eq!(
		(car.amount, c.shared_limit, c.min_rate_bp, c.max_rate_bp),
		(20_000_000, 15_000_000, 1600, 2000)
	);
	assert_eq!(car.car.map(|c| (c.mileage_km, c.purchase_date)), Some((56_000, 20_210_315)));
	assert_eq!((c.start, c.end), (common::NOW, common::NOW + 60 * 86_400_000));
	// No plaintext field anywhere in what was sent.
	let sent =
		fake.0.borrow().extrinsics.values().flatten().flatten().copied().collect::<Vec<u8>>();
	for needle in ["王五", "440305197806060013", "13622223333", "粤B12345"] {
		assert!(
			!sent.windows(needle.len()).any(|w| w == needle.as_bytes()),
			"{needle} sent in clear"
		);
	}
}

#[test]
fn a_bad_row_stops_the_import_before_anything_is_sent() {
	let (fake, client) = setup();
	let text = String::from_utf8(SAMPLE.to_vec()).unwrap();
	// Row 4 of the sheet (its third plan): an amount with three decimals.
	let bad = text.replacen(
		"SAMPLE-2026-0003,CarMortgage,200000,",
		"SAMPLE-2026-0003,CarMortgage,200000.001,",
		1,
	);
	let err = import(&client, bad.as_bytes(), &options(100)).unwrap_err();
	let sheet_errors = err.downcast_ref::<SheetErrors>().expect("a sheet error");
	assert_eq!(sheet_errors.0.len(), 1);
	assert_eq!((sheet_errors.0[0].row, sheet_errors.0[0].column), (4, Some("amount_rmb")));
	assert!(err.to_string().contains("row 4, column amount_rmb"), "{err}");
	assert!(err.to_string().contains("nothing was sent"), "{err}");
	// Not even a query reached the node.
	assert!(fake.0.borrow().methods.is_empty());
	assert!(fake.plans().is_empty());
}

#[test]
fn a_row_failing_a_chain_check_stops_the_import_before_signing() {
	let (fake, client) = setup();
	let text = String::from_utf8(SAMPLE.to_vec()).unwrap();
	// Row 6: ends before the chain's current time; row 3: rate above the 24% cap.
	let bad = text
		.replace("now,+7d,陈七", "now,2020-01-01,陈七")
		.replace(",1500,1800,1,2,", ",1500,2600,1,2,");
	let err = import(&client, bad.as_bytes(), &options(100)).unwrap_err();
	let errors = &err.downcast_ref::<SheetErrors>().expect("a sheet error").0;
	let at: Vec<(usize, Option<&str>)> = errors.iter().map(|e| (e.row, e.column)).collect();
	assert_eq!(at, vec![(3, Some("max_rate_bp")), (6, Some("end"))]);
	assert_eq!(fake.count("author_submitExtrinsic"), 0);
	assert_eq!(fake.count("system_accountNextIndex"), 0);
}

#[test]
fn a_key_other_than_the_registered_one_is_refused() {
	let (fake, client) = setup();
	let (_, other) = loanshare_envelope::generate_keypair(2048).unwrap();
	let opts = ImportOptions { public_der: other, ..options(100) };
	let err = import(&client, SAMPLE, &opts).unwrap_err();
	assert!(err.to_string().contains("not institution 1's current registered key"), "{err}");
	assert_eq!(fake.count("author_submitExtrinsic"), 0);
	// And a signer acting for another institution.
	let opts = ImportOptions { institution: 2, ..options(100) };
	let err = import(&client, SAMPLE, &opts).unwrap_err();
	assert!(err.to_string().contains("acts for institution 1, not 2"), "{err}");
}

#[test]
fn rows_already_published_are_skipped() {
	let (fake, client) = setup();
	let text = String::from_utf8(SAMPLE.to_vec()).unwrap();
	let first_two: String = text.lines().take(3).map(|l| format!("{l}\n")).collect();
	assert_eq!(import(&client, first_two.as_bytes(), &options(100)).unwrap().published, 2);
	let report = import(&client, SAMPLE, &options(2)).unwrap();
	assert_eq!((report.skipped, report.published, report.batches), (2, 3, 2));
	assert_eq!(report.plan_ids, vec![2, 3, 4]);
	let refs: Vec<Vec<u8>> = fake.plans().iter().map(|p| p.external_ref.to_vec()).collect();
	assert_eq!(refs.len(), 5);
	assert_eq!(refs.iter().collect::<std::collections::HashSet<_>>().len(), 5);
}

#[test]
fn a_rejected_batch_is_reported_with_the_offending_row() {
	let (fake, client) = setup();
	// Published by another client between our check and our batch.
	fake.0.borrow_mut().conflicts.insert(b"SAMPLE-2026-0004".to_vec());
	let report = import(&client, SAMPLE, &options(2)).unwrap();
	assert_eq!(report.published, 3, "the other batches still land");
	assert_eq!(report.failures.len(), 1);
	let f = &report.failures[0];
	assert!(f.contains("rows 4–5"), "{f}");
	assert!(f.contains("row 5 (external_ref `SAMPLE-2026-0004`): DuplicateExternalRef"), "{f}");
}

#[test]
fn plans_print_as_readable_json() {
	let (fake, client) = setup();
	import(&client, SAMPLE, &options(100)).unwrap();
	let plans = fake.plans();
	let v = loanshare_cli::commands::plan_json(&plans[2]).unwrap();
	assert_eq!(v["external_ref"], "SAMPLE-2026-0003");
	assert_eq!(v["links"][1], "https://risk.example/phone/0003");
	assert_eq!(v["loan_type"], "CarMortgage");
	assert_eq!(v["amount"], 20_000_000);
	let wrapped = v["envelope"]["wrapped_key"].as_str().unwrap();
	assert_eq!(wrapped.len(), 2 + 2 * 256, "a 2048-bit RSA-OAEP ciphertext in hex");
	assert_eq!(v["envelope"]["nonce"].as_str().unwrap().len(), 2 + 24);
}

#[test]
fn dry_run_seals_but_sends_nothing() {
	let (fake, client) = setup();
	let report = import(&client, SAMPLE, &ImportOptions { dry_run: true, ..options(100) }).unwrap();
	assert_eq!((report.rows, report.published), (5, 0));
	assert_eq!(fake.count("author_submitExtrinsic"), 0);
}
