//! Test support: throwaway databases on each backend (a temporary SQLite file; a fresh
//! database in the PostgreSQL server named by `LOANSHARE_TEST_POSTGRES_URL`), a storyline of
//! blocks exercising every projection, and whole-database snapshots for comparisons.

#![allow(dead_code)]

use std::{
	io::Write,
	path::PathBuf,
	sync::atomic::{AtomicU32, Ordering},
	time::{SystemTime, UNIX_EPOCH},
};

use loanshare_mirror::*;
use serde_json::json;
use sqlx::{Connection, Row};

/// The variable naming the PostgreSQL server for the `postgres::*` tests.
pub const POSTGRES_URL_VAR: &str = "LOANSHARE_TEST_POSTGRES_URL";
/// Set (to anything) to make a missing `LOANSHARE_TEST_POSTGRES_URL` a failure, not a skip.
pub const REQUIRE_POSTGRES_VAR: &str = "LOANSHARE_TEST_REQUIRE_POSTGRES";

static NEXT: AtomicU32 = AtomicU32::new(0);

fn unique(name: &str) -> String {
	let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
	let short: String = name.chars().take(32).collect();
	format!("{short}_{}_{}_{nanos}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A throwaway database; [`TestDb::finish`] removes it.
pub struct TestDb {
	/// The URL to open it with.
	pub url: String,
	/// `sqlite` or `postgres`.
	pub backend: Backend,
	/// The SQLite file, removed on drop.
	file: Option<PathBuf>,
	/// The PostgreSQL server URL and database name, dropped by `finish`.
	postgres: Option<(String, String)>,
}

impl TestDb {
	/// A new SQLite file in the temporary directory.
	pub fn sqlite(name: &str) -> TestDb {
		let path = std::env::temp_dir().join(format!("loanshare-mirror-{}.db", unique(name)));
		TestDb {
			url: format!("sqlite://{}?mode=rwc", path.display()),
			backend: Backend::Sqlite,
			file: Some(path),
			postgres: None,
		}
	}

	/// A new database in the test PostgreSQL server, or `None` (with a notice) if none is
	/// configured.
	pub async fn postgres(name: &str) -> Option<TestDb> {
		let Ok(server) = std::env::var(POSTGRES_URL_VAR) else {
			if std::env::var_os(REQUIRE_POSTGRES_VAR).is_some() {
				panic!("{REQUIRE_POSTGRES_VAR} is set but {POSTGRES_URL_VAR} is not");
			}
			// Straight to stderr: the test harness captures only the print macros.
			let _ = writeln!(
				std::io::stderr(),
				"NOTICE: {POSTGRES_URL_VAR} is not set: skipping PostgreSQL test {name} \
				 (run under scripts/with-postgres.sh)"
			);
			return None;
		};
		sqlx::any::install_default_drivers();
		let database = format!("lsm_{}", unique(name)).to_lowercase();
		let mut admin =
			sqlx::AnyConnection::connect(&server).await.expect("connect to test server");
		sqlx::query(&format!("CREATE DATABASE {database}"))
			.execute(&mut admin)
			.await
			.expect("create test database");
		admin.close().await.expect("close admin connection");
		Some(TestDb {
			url: with_database(&server, &database),
			backend: Backend::Postgres,
			file: None,
			postgres: Some((server, database)),
		})
	}

	/// Opens the mirror.
	pub async fn open(&self) -> Mirror {
		Mirror::open(&self.url).await.expect("open mirror")
	}

	/// Removes the database.
	pub async fn finish(self) {
		if let Some((server, database)) = &self.postgres {
			let mut admin = sqlx::AnyConnection::connect(server).await.expect("connect");
			sqlx::query(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
				.execute(&mut admin)
				.await
				.expect("drop test database");
			admin.close().await.expect("close admin connection");
		}
	}
}

impl Drop for TestDb {
	fn drop(&mut self) {
		if let Some(file) = &self.file {
			for suffix in ["", "-wal", "-shm", "-journal"] {
				let mut path = file.clone().into_os_string();
				path.push(suffix);
				let _ = std::fs::remove_file(path);
			}
		}
	}
}

/// `url` with its database (the path) replaced by `database`.
pub fn with_database(url: &str, database: &str) -> String {
	let (base, query) = match url.split_once('?') {
		Some((base, query)) => (base, Some(query)),
		None => (url, None),
	};
	let authority_start = base.find("://").map(|i| i + 3).unwrap_or(0);
	let base = match base[authority_start..].find('/') {
		Some(slash) => &base[..authority_start + slash],
		None => base,
	};
	match query {
		Some(query) => format!("{base}/{database}?{query}"),
		None => format!("{base}/{database}"),
	}
}

/// Declares each scenario `fn name(&TestDb)` as `sqlite::name` and `postgres::name` tests.
#[macro_export]
macro_rules! on_both_backends {
	($($name:ident),* $(,)?) => {
		mod sqlite {
			$(
				#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
				async fn $name() {
					let db = $crate::common::TestDb::sqlite(stringify!($name));
					super::$name(&db).await;
					db.finish().await;
				}
			)*
		}
		mod postgres {
			$(
				#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
				async fn $name() {
					let Some(db) = $crate::common::TestDb::postgres(stringify!($name)).await else {
						return;
					};
					super::$name(&db).await;
					db.finish().await;
				}
			)*
		}
	};
}

// ---- blocks -----------------------------------------------------------------------------

/// The hash of storyline block `n` (`salt` 0), or of another chain's block `n`.
pub fn hash(n: u64, salt: u64) -> String {
	format!("0x{:048x}{:016x}", salt, n)
}

/// An event record for a domain event (its fields are the event as JSON).
pub fn domain(index: u32, event: DomainEvent) -> EventRecord {
	let (pallet, variant) = event.name();
	EventRecord {
		index,
		pallet: pallet.into(),
		variant: variant.into(),
		fields: serde_json::to_value(&event).expect("event to JSON"),
		domain: Some(event),
	}
}

/// An event the projections ignore.
pub fn system(index: u32) -> EventRecord {
	EventRecord {
		index,
		pallet: "System".into(),
		variant: "ExtrinsicSuccess".into(),
		fields: json!({ "dispatch_info": { "weight": { "ref_time": 1000, "proof_size": 0 } } }),
		domain: None,
	}
}

/// A block of `events`, numbered in the order given.
pub fn block(number: u64, events: Vec<DomainEvent>) -> BlockRecord {
	let events = events.into_iter().enumerate().map(|(i, e)| domain(i as u32, e)).collect();
	BlockRecord {
		number,
		hash: hash(number, 0),
		timestamp_ms: Some(1_700_000_000_000 + number * 6000),
		events,
	}
}

/// Plan terms.
pub fn details(loan_type: &str, amount: u128, shared_limit: u128) -> PlanDetails {
	PlanDetails {
		loan_type: loan_type.into(),
		amount,
		risk_score: 720,
		shared_limit,
		min_share: Some(shared_limit.min(100_000)),
		min_rate_bp: 1200,
		max_rate_bp: 1800,
		token_rate: 5,
		max_participants: 3,
		start_ms: 1_700_000_000_000,
		end_ms: 1_800_000_000_000,
		input_json: json!({ "loan_type": loan_type, "amount": amount.to_string(), "links": [] }),
	}
}

pub const BIG: u128 = 1_000_000_000_000_000_000_000_000_000_000; // 10^30 fen

/// The storyline: 8 blocks touching every projection (block 8 is empty).
pub fn storyline() -> Vec<BlockRecord> {
	use DomainEvent::*;
	let roles = |r: &[&str]| r.iter().map(|s| s.to_string()).collect::<Vec<_>>();
	let mut blocks = vec![
		block(
			1,
			vec![
				InstitutionAdmitted {
					id: 1,
					name: "Bank A".into(),
					roles: roles(&["Contributor"]),
				},
				InstitutionAdmitted {
					id: 2,
					name: "Bank B".into(),
					roles: roles(&["Participator"]),
				},
				InstitutionAdmitted {
					id: 3,
					name: "Bank C".into(),
					roles: roles(&["Participator"]),
				},
				InstitutionAdmitted {
					id: 4,
					name: "Issuer".into(),
					roles: roles(&["TokenIssuer"]),
				},
			],
		),
		block(
			2,
			vec![
				KeyRegistered { institution: 1, key_id: 10, bits: 2048 },
				KeyRegistered { institution: 2, key_id: 20, bits: 2048 },
				KeyRegistered { institution: 3, key_id: 30, bits: 2048 },
				Recharged { issuer: 4, to: 2, amount: 1_000_000, payment_ref: "PAY-1".into() },
				Recharged { issuer: 4, to: 3, amount: 500_000, payment_ref: "PAY-2".into() },
			],
		),
		block(
			3,
			vec![
				PlanPublished {
					plan: 1,
					contributor: 1,
					external_ref: "A-001".into(),
					details: details("car", 1_000_000, 600_000),
				},
				PlanPublished {
					plan: 2,
					contributor: 1,
					external_ref: "A-002".into(),
					details: details("mortgage", BIG, BIG),
				},
			],
		),
		block(
			4,
			vec![
				PlanConfirmed {
					plan: 1,
					participant: 2,
					amount: 200_000,
					rate_bp: 1500,
					fee: 100,
					escrow: 1,
				},
				FeeHeld { escrow: 1, payer: 2, amount: 100 },
				HandoffRequested {
					plan: 1,
					contributor: 1,
					participant: 2,
					escrow: 1,
					participant_key_id: 20,
				},
				PlanConfirmed {
					plan: 1,
					participant: 3,
					amount: 400_000,
					rate_bp: 1600,
					fee: 200,
					escrow: 2,
				},
				FeeHeld { escrow: 2, payer: 3, amount: 200 },
				HandoffRequested {
					plan: 1,
					contributor: 1,
					participant: 3,
					escrow: 2,
					participant_key_id: 30,
				},
				PlanFilled { plan: 1 },
			],
		),
		block(
			5,
			vec![
				HandoffDelivered {
					plan: 1,
					contributor: 1,
					participant: 2,
					participant_key_id: 20,
					challenge_until: Some(28_805),
				},
				FeeReleased { escrow: 1, payer: 2, to: 1, amount: 100 },
				KeyRotated { institution: 3, old: 30, new: 31, bits: 4096 },
				HandoffRefunded { plan: 1, participant: 3, escrow: 2 },
				FeeRefunded { escrow: 2, payer: 3, amount: 200 },
			],
		),
		block(
			6,
			vec![
				HandoffComplained {
					plan: 1,
					contributor: 1,
					participant: 2,
					reason: "wrong borrower".into(),
				},
				ShareReturned { plan: 1, participant: 3, amount: 400_000, reopened: true },
				PlanWithdrawn { plan: 2 },
				InstitutionSuspended { id: 3 },
				RolesChanged { id: 2, roles: roles(&["Participator", "Contributor"]) },
				Transferred { from: 2, to: 3, amount: 5 },
				DataServicePaid { from: 2, to: 4, amount: 7, memo: "risk report".into() },
				RedemptionRequested { id: 1, requester: 3, amount: 100 },
			],
		),
		block(
			7,
			vec![
				RedemptionSettled {
					id: 1,
					issuer: 4,
					requester: 3,
					amount: 100,
					payout_ref: "OUT-1".into(),
				},
				RedemptionRequested { id: 2, requester: 3, amount: 50 },
				RedemptionRejected { id: 2, issuer: 4, requester: 3, amount: 50 },
				InstitutionResumed { id: 3 },
				PlanReaped { plan: 2 },
				PlanPublished {
					plan: 3,
					contributor: 2,
					external_ref: "B-001".into(),
					details: details("car", 50, 50),
				},
				PlanExpired { plan: 3 },
				InstitutionRemoved { id: 4 },
				ComplaintRuled { plan: 1, contributor: 1, participant: 2, refunded: false },
			],
		),
		block(8, vec![]),
	];
	// Events the projections ignore are stored too: one before and one after block 4's.
	let b4 = &mut blocks[3];
	let n = b4.events.len() as u32;
	b4.events.insert(0, system(100));
	b4.events.push(system(n + 100));
	blocks
}

/// The storyline's event count up to and including block `upto`.
pub fn events_upto(upto: u64) -> u64 {
	storyline().iter().filter(|b| b.number <= upto).map(|b| b.events.len() as u64).sum()
}

// ---- snapshots ----------------------------------------------------------------------------

/// Everything the mirror holds, through its public reads and row counts.
#[derive(Debug, PartialEq)]
pub struct Snapshot {
	pub cursor: Option<Cursor>,
	pub event_count: u64,
	pub events: Vec<EventRow>,
	pub blocks: Vec<Option<BlockRow>>,
	pub plans: Vec<PlanRow>,
	pub confirmations: Vec<ConfirmationRow>,
	pub handoffs: Vec<HandoffRow>,
	pub movements: Vec<MovementRow>,
	pub institutions: Vec<InstitutionRow>,
	pub openings: Vec<OpeningRow>,
	pub counts: Vec<(String, i64)>,
}

/// Takes a [`Snapshot`].
pub async fn snapshot(mirror: &Mirror) -> Snapshot {
	let mut counts = Vec::new();
	for table in [
		"blocks",
		"events",
		"plans",
		"confirmations",
		"handoffs",
		"token_movements",
		"institutions",
		"openings",
		"cursor",
		"schema_version",
	] {
		let n: i64 = sqlx::query(&format!("SELECT COUNT(*) AS n FROM {table}"))
			.fetch_one(mirror.pool())
			.await
			.expect("count")
			.try_get("n")
			.expect("count column");
		counts.push((table.to_string(), n));
	}
	let mut blocks = Vec::new();
	for n in 0..=12 {
		blocks.push(mirror.block(n).await.expect("block"));
	}
	Snapshot {
		cursor: mirror.cursor().await.expect("cursor"),
		event_count: mirror.event_count().await.expect("event_count"),
		events: mirror.events(0, MAX_LIMIT).await.expect("events"),
		blocks,
		plans: mirror
			.plans(&PlanFilter { limit: MAX_LIMIT, ..Default::default() })
			.await
			.expect("plans"),
		confirmations: mirror.confirmations(None, None, MAX_LIMIT).await.expect("confirmations"),
		handoffs: mirror
			.handoffs(&HandoffFilter { limit: MAX_LIMIT, ..Default::default() })
			.await
			.expect("handoffs"),
		movements: mirror.token_movements(None, MAX_LIMIT, None).await.expect("movements"),
		institutions: mirror.institutions().await.expect("institutions"),
		openings: mirror.openings(None, MAX_LIMIT).await.expect("openings"),
		counts,
	}
}

/// Applies `blocks` in order, expecting each to be committed.
pub async fn apply_all(mirror: &Mirror, blocks: &[BlockRecord]) {
	for b in blocks {
		let applied = mirror.apply(b).await.unwrap_or_else(|e| panic!("block {}: {e}", b.number));
		assert_eq!(applied, Applied::Committed { events: b.events.len() }, "block {}", b.number);
	}
}
