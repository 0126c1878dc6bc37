//! The mirror's behaviour on both backends: exactly-once application (order, replays, gaps,
//! reopening, rollback of a failed block, concurrent appliers), the projections, the
//! queries, and schema versioning. Each scenario runs as `sqlite::NAME` on a temporary file
//! and as `postgres::NAME` in a fresh database of the server named by
//! `LOANSHARE_TEST_POSTGRES_URL` (skipped with a notice when unset; see
//! `scripts/with-postgres.sh`).

mod common;

use common::*;
use loanshare_mirror::*;
use std::io::Write;

on_both_backends!(
	blocks_apply_in_order_exactly_once,
	projections_follow_the_storyline,
	the_cursor_survives_reopening,
	a_failed_block_leaves_the_database_as_it_was,
	a_failed_projection_leaves_the_database_as_it_was,
	an_empty_mirror_starts_at_any_block,
	another_hash_for_an_applied_block_is_refused,
	a_newer_schema_is_refused,
	plans_filter_and_page,
	other_queries_filter_and_page,
	concurrent_appliers_apply_each_block_once,
	genesis_institutions_can_be_seeded,
	a_killed_writer_leaves_whole_blocks_only,
	concurrent_opens_migrate_once,
	the_handoff_lifecycle_is_projected,
	openings_are_recorded_newest_first,
	a_version_1_database_is_migrated,
	users_and_sessions_are_kept,
	a_version_2_database_gains_users,
);

async fn blocks_apply_in_order_exactly_once(db: &TestDb) {
	let mirror = db.open().await;
	assert_eq!(mirror.backend(), db.backend);
	assert_eq!(mirror.cursor().await.unwrap(), None);
	assert_eq!(mirror.event_count().await.unwrap(), 0);

	let blocks = storyline();
	apply_all(&mirror, &blocks[..6]).await;
	assert_eq!(mirror.cursor().await.unwrap(), Some(Cursor { number: 6, hash: hash(6, 0) }));
	assert_eq!(mirror.event_count().await.unwrap(), events_upto(6));
	let before = snapshot(&mirror).await;

	// Replays are no-ops.
	for b in [&blocks[0], &blocks[2], &blocks[5]] {
		assert_eq!(mirror.apply(b).await.unwrap(), Applied::AlreadyApplied);
	}
	assert_eq!(snapshot(&mirror).await, before);

	// A gap is refused and changes nothing.
	match mirror.apply(&blocks[7]).await {
		Err(MirrorError::Gap { expected: 7, got: 8 }) => {},
		other => panic!("expected a gap, got {other:?}"),
	}
	assert_eq!(snapshot(&mirror).await, before);

	// The next block, then the (empty) one after it.
	apply_all(&mirror, &blocks[6..]).await;
	assert_eq!(mirror.cursor().await.unwrap(), Some(Cursor { number: 8, hash: hash(8, 0) }));
	assert_eq!(mirror.event_count().await.unwrap(), events_upto(8));
	let b8 = mirror.block(8).await.unwrap().unwrap();
	assert_eq!(
		b8,
		BlockRow {
			number: 8,
			hash: hash(8, 0),
			timestamp_ms: blocks[7].timestamp_ms,
			event_count: 0
		}
	);

	// Events come back in (block, index) order, domain-less ones included.
	let events = mirror.events(4, 3).await.unwrap();
	let keys: Vec<_> = events.iter().map(|e| (e.block_number, e.event_index)).collect();
	assert_eq!(keys, vec![(4, 0), (4, 1), (4, 2)]);
	assert_eq!(events[0].pallet, "LoanShare");
	let system = mirror.events(4, MAX_LIMIT).await.unwrap();
	let system: Vec<_> = system.iter().filter(|e| e.pallet == "System").collect();
	assert_eq!(system.len(), 2);
	assert_eq!(system[0].event_index, 100);
	assert_eq!(system[0].fields["dispatch_info"]["weight"]["ref_time"], 1000);
	assert_eq!(system[0].block_hash, hash(4, 0));
	mirror.close().await;
}

async fn projections_follow_the_storyline(db: &TestDb) {
	let mirror = db.open().await;
	apply_all(&mirror, &storyline()).await;

	// Plans: taken sums, participant counts, statuses, terms.
	// Plan 1 filled at block 4; participant 3's share came back at block 6 and reopened it.
	let p1 = mirror.plan(1).await.unwrap().unwrap();
	assert_eq!(p1.status, PlanStatus::Open);
	assert_eq!(p1.taken, 200_000);
	assert_eq!(p1.participants, 1);
	assert_eq!((p1.published_block, p1.updated_block), (3, 6));
	assert_eq!(p1.min_share, Some(100_000));
	assert_eq!(p1.contributor, 1);
	assert_eq!(p1.external_ref, "A-001");
	assert_eq!(p1.loan_type, "car");
	assert_eq!((p1.amount, p1.shared_limit), (1_000_000, 600_000));
	assert_eq!((p1.risk_score, p1.min_rate_bp, p1.max_rate_bp), (720, 1200, 1800));
	assert_eq!((p1.token_rate, p1.max_participants), (5, 3));
	assert_eq!((p1.start_ms, p1.end_ms), (1_700_000_000_000, 1_800_000_000_000));
	assert_eq!(p1.input_json["loan_type"], "car");
	let p2 = mirror.plan(2).await.unwrap().unwrap();
	assert_eq!((p2.status, p2.amount, p2.taken, p2.participants), (PlanStatus::Reaped, BIG, 0, 0));
	assert_eq!(p2.updated_block, 7);
	let p3 = mirror.plan(3).await.unwrap().unwrap();
	assert_eq!((p3.status, p3.contributor), (PlanStatus::Expired, 2));
	assert_eq!(mirror.plan(4).await.unwrap(), None);
	assert_eq!(mirror.plan(u64::MAX).await.unwrap(), None);

	// Confirmations, newest first.
	let c = mirror.confirmations(Some(1), None, 0).await.unwrap();
	assert_eq!(c.len(), 2);
	assert_eq!((c[0].participant, c[0].amount, c[0].fee, c[0].escrow), (3, 400_000, 200, 2));
	assert_eq!((c[1].participant, c[1].rate_bp, c[1].block_number), (2, 1500, 4));
	assert_eq!((c[0].returned_block, c[1].returned_block), (Some(6), None));
	assert!(c[0].event_index > c[1].event_index);

	// Handoffs: delivered, complained about, ruled for the contributor; refunded.
	let h = mirror.handoffs(&HandoffFilter { plan: Some(1), ..Default::default() }).await.unwrap();
	assert_eq!(h.len(), 2);
	let h2 = h.iter().find(|h| h.participant == 2).unwrap();
	assert_eq!(h2.status, HandoffStatus::RuledRelease);
	assert_eq!((h2.contributor, h2.escrow, h2.participant_key_id), (1, 1, 20));
	assert_eq!(
		(h2.requested_block, h2.delivered_block, h2.challenge_until),
		(4, Some(5), Some(28_805))
	);
	assert_eq!((h2.settled_block, h2.disputed_block), (Some(7), Some(6)));
	assert_eq!(h2.dispute_reason.as_deref(), Some("wrong borrower"));
	let h3 = h.iter().find(|h| h.participant == 3).unwrap();
	assert_eq!(
		(h3.status, h3.delivered_block, h3.settled_block, h3.disputed_block),
		(HandoffStatus::Refunded, None, Some(5), None)
	);

	// Token movements, in order, with who is debited and credited.
	let m = mirror.token_movements(None, 0, None).await.unwrap();
	let kinds: Vec<_> = m.iter().map(|m| m.kind).collect();
	use MovementKind::*;
	assert_eq!(
		kinds,
		vec![
			Recharge,
			Recharge,
			FeeHeld,
			FeeHeld,
			FeeReleased,
			FeeRefunded,
			Transfer,
			DataServicePayment,
			RedemptionRequested,
			RedemptionSettled,
			RedemptionRequested,
			RedemptionRejected,
		]
	);
	assert!(m.windows(2).all(|w| w[0].id < w[1].id));
	let r = &m[0];
	assert_eq!((r.from_inst, r.to_inst, r.issuer, r.amount), (None, Some(2), Some(4), 1_000_000));
	assert_eq!((r.reference.as_deref(), r.ref_id, r.block_number), (Some("PAY-1"), None, 2));
	let released = &m[4];
	assert_eq!(
		(released.from_inst, released.to_inst, released.ref_id),
		(Some(2), Some(1), Some(1))
	);
	let paid = &m[7];
	assert_eq!(
		(paid.from_inst, paid.to_inst, paid.reference.as_deref()),
		(Some(2), Some(4), Some("risk report"))
	);
	let settled = &m[9];
	assert_eq!((settled.from_inst, settled.to_inst, settled.issuer), (Some(3), None, Some(4)));
	assert_eq!((settled.reference.as_deref(), settled.ref_id), (Some("OUT-1"), Some(1)));
	let rejected = &m[11];
	assert_eq!((rejected.from_inst, rejected.to_inst, rejected.ref_id), (None, Some(3), Some(2)));

	// Institutions: roles, keys, membership.
	let i = mirror.institutions().await.unwrap();
	assert_eq!(i.iter().map(|i| i.id).collect::<Vec<_>>(), vec![1, 2, 3, 4]);
	assert_eq!(i[0].name, "Bank A");
	assert_eq!(
		(i[0].key_id, i[0].key_bits, i[0].status),
		(Some(10), Some(2048), InstitutionStatus::Active)
	);
	assert_eq!(i[1].roles, vec!["Participator".to_string(), "Contributor".to_string()]);
	assert_eq!(
		(i[2].key_id, i[2].key_bits, i[2].status),
		(Some(31), Some(4096), InstitutionStatus::Active)
	);
	assert_eq!(
		(i[3].status, i[3].key_id, i[3].admitted_block, i[3].updated_block),
		(InstitutionStatus::Removed, None, 1, 7)
	);
	mirror.close().await;
}

async fn the_cursor_survives_reopening(db: &TestDb) {
	let blocks = storyline();
	let mirror = db.open().await;
	apply_all(&mirror, &blocks[..3]).await;
	let before = snapshot(&mirror).await;
	mirror.close().await;

	// Reopening runs no migration twice and finds everything as it was.
	let mirror = db.open().await;
	assert_eq!(mirror.schema_version().await.unwrap(), SCHEMA_VERSION);
	assert_eq!(snapshot(&mirror).await, before);
	assert_eq!(mirror.cursor().await.unwrap(), Some(Cursor { number: 3, hash: hash(3, 0) }));
	assert_eq!(mirror.apply(&blocks[2]).await.unwrap(), Applied::AlreadyApplied);
	apply_all(&mirror, &blocks[3..5]).await;
	drop(mirror);

	let mirror = db.open().await;
	assert_eq!(mirror.cursor().await.unwrap(), Some(Cursor { number: 5, hash: hash(5, 0) }));
	assert_eq!(mirror.event_count().await.unwrap(), events_upto(5));
	assert_eq!(mirror.plan(1).await.unwrap().unwrap().taken, 600_000);
	mirror.close().await;
}

async fn a_failed_block_leaves_the_database_as_it_was(db: &TestDb) {
	let blocks = storyline();
	let mirror = db.open().await;
	apply_all(&mirror, &blocks[..3]).await;
	let before = snapshot(&mirror).await;

	// Block 4 with its last event's index repeated: everything before it (the block row, six
	// events, two confirmations, fees, handoffs, the plan's taken) was written inside the
	// transaction when the duplicate key fails it.
	let mut bad = blocks[3].clone();
	let mut dup = bad.events[1].clone();
	dup.index = bad.events.last().unwrap().index;
	bad.events.push(dup);
	match mirror.apply(&bad).await {
		Err(MirrorError::Database(_)) => {},
		other => panic!("expected a database error, got {other:?}"),
	}
	assert_eq!(snapshot(&mirror).await, before);

	// The same failure after a reopen is not remembered either; the good block then applies.
	mirror.close().await;
	let mirror = db.open().await;
	assert_eq!(snapshot(&mirror).await, before);
	apply_all(&mirror, &blocks[3..4]).await;
	assert_eq!(mirror.plan(1).await.unwrap().unwrap().taken, 600_000);
	assert_eq!(mirror.event_count().await.unwrap(), events_upto(4));
	mirror.close().await;
}

async fn a_failed_projection_leaves_the_database_as_it_was(db: &TestDb) {
	use DomainEvent::*;
	let blocks = storyline();
	let mirror = db.open().await;
	apply_all(&mirror, &blocks[..4]).await;
	let before = snapshot(&mirror).await;

	// A confirmation reusing escrow 1 violates the confirmations key, midway through.
	let bad = block(
		5,
		vec![
			Transferred { from: 2, to: 3, amount: 1 },
			PlanConfirmed { plan: 2, participant: 3, amount: 9, rate_bp: 1500, fee: 1, escrow: 9 },
			PlanConfirmed { plan: 2, participant: 2, amount: 9, rate_bp: 1500, fee: 1, escrow: 1 },
			InstitutionSuspended { id: 1 },
		],
	);
	assert!(matches!(mirror.apply(&bad).await, Err(MirrorError::Database(_))));
	assert_eq!(snapshot(&mirror).await, before);

	// A block hash that is not hex is refused before anything is written.
	let mut bad = blocks[4].clone();
	bad.hash = "not a hash".into();
	assert!(matches!(mirror.apply(&bad).await, Err(MirrorError::InvalidBlock(_))));
	assert_eq!(snapshot(&mirror).await, before);

	apply_all(&mirror, &blocks[4..]).await;
	mirror.close().await;
}

async fn an_empty_mirror_starts_at_any_block(db: &TestDb) {
	use DomainEvent::*;
	let mirror = db.open().await;
	// Events about plans and institutions the mirror never saw are stored, and their
	// projections touch nothing that is not there.
	let first = block(
		100,
		vec![
			PlanConfirmed { plan: 7, participant: 2, amount: 5, rate_bp: 1500, fee: 1, escrow: 70 },
			PlanFilled { plan: 7 },
			HandoffDelivered {
				plan: 7,
				contributor: 1,
				participant: 2,
				participant_key_id: 3,
				challenge_until: Some(130),
			},
			KeyRegistered { institution: 9, key_id: 1, bits: 2048 },
			InstitutionSuspended { id: 9 },
		],
	);
	apply_all(&mirror, &[first]).await;
	assert_eq!(mirror.cursor().await.unwrap(), Some(Cursor { number: 100, hash: hash(100, 0) }));
	assert_eq!(mirror.plan(7).await.unwrap(), None);
	assert_eq!(mirror.confirmations(Some(7), None, 0).await.unwrap().len(), 1);
	assert!(mirror.handoffs(&HandoffFilter::default()).await.unwrap().is_empty());
	assert!(mirror.institutions().await.unwrap().is_empty());
	assert_eq!(mirror.event_count().await.unwrap(), 5);

	// Before the start: already applied (the mirror does not know those hashes).
	assert_eq!(mirror.apply(&block(99, vec![])).await.unwrap(), Applied::AlreadyApplied);
	assert!(matches!(
		mirror.apply(&block(102, vec![])).await,
		Err(MirrorError::Gap { expected: 101, got: 102 })
	));
	apply_all(&mirror, &[block(101, vec![PlanExpired { plan: 7 }])]).await;
	assert_eq!(mirror.event_count().await.unwrap(), 6);
	mirror.close().await;
}

async fn another_hash_for_an_applied_block_is_refused(db: &TestDb) {
	let blocks = storyline();
	let mirror = db.open().await;
	apply_all(&mirror, &blocks[..2]).await;
	let before = snapshot(&mirror).await;
	for n in [1usize, 2] {
		let mut other = blocks[n - 1].clone();
		other.hash = hash(n as u64, 1);
		match mirror.apply(&other).await {
			Err(MirrorError::HashMismatch { number, stored, offered }) => {
				assert_eq!(
					(number, stored, offered),
					(n as u64, hash(n as u64, 0), hash(n as u64, 1))
				);
			},
			other => panic!("expected a hash mismatch, got {other:?}"),
		}
	}
	// Hashes are compared lower-cased.
	let mut upper = blocks[1].clone();
	upper.hash = upper.hash.to_uppercase().replacen("0X", "0x", 1);
	assert_eq!(mirror.apply(&upper).await.unwrap(), Applied::AlreadyApplied);
	assert_eq!(snapshot(&mirror).await, before);
	mirror.close().await;
}

async fn a_newer_schema_is_refused(db: &TestDb) {
	let mirror = db.open().await;
	apply_all(&mirror, &storyline()[..1]).await;
	sqlx::query("INSERT INTO schema_version (version, description, applied_at_ms) VALUES (999, 'from the future', 0)")
		.execute(mirror.pool())
		.await
		.unwrap();
	mirror.close().await;
	match Mirror::open(&db.url).await {
		Err(MirrorError::SchemaTooNew { found: 999, supported }) => {
			assert_eq!(supported, SCHEMA_VERSION)
		},
		other => panic!("expected SchemaTooNew, got {other:?}"),
	}
	// Nothing was changed by the refused open.
	let pool = sqlx::AnyPool::connect(&db.url).await.unwrap();
	let n: i64 = sqlx::Row::get(
		&sqlx::query("SELECT COUNT(*) AS n FROM events").fetch_one(&pool).await.unwrap(),
		"n",
	);
	assert_eq!(n as u64, events_upto(1));
	pool.close().await;
}

async fn plans_filter_and_page(db: &TestDb) {
	use DomainEvent::*;
	let mirror = db.open().await;
	// Amounts around the length boundaries of their decimal text, and the largest one.
	let amounts: [u128; 8] = [5, 9, 10, 99, 100, 1_000_000, BIG, u128::MAX];
	let published = amounts
		.iter()
		.enumerate()
		.map(|(i, &amount)| PlanPublished {
			plan: i as u64 + 1,
			contributor: if i % 2 == 0 { 1 } else { 2 },
			external_ref: format!("R-{i}"),
			details: details(if i < 4 { "car" } else { "consumer" }, amount, amount),
		})
		.collect();
	apply_all(
		&mirror,
		&[block(1, published), block(2, vec![PlanFilled { plan: 2 }, PlanWithdrawn { plan: 8 }])],
	)
	.await;

	let ids = |rows: Vec<PlanRow>| rows.into_iter().map(|p| p.id).collect::<Vec<_>>();
	let all = PlanFilter::default();
	assert_eq!(ids(mirror.plans(&all).await.unwrap()), vec![1, 2, 3, 4, 5, 6, 7, 8]);
	let f = PlanFilter { contributor: Some(2), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![2, 4, 6, 8]);
	let f = PlanFilter { status: Some(PlanStatus::Open), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![1, 3, 4, 5, 6, 7]);
	let f = PlanFilter { loan_type: Some("consumer".into()), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![5, 6, 7, 8]);
	let f = PlanFilter { min_amount: Some(10), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![3, 4, 5, 6, 7, 8]);
	let f = PlanFilter { max_amount: Some(99), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![1, 2, 3, 4]);
	let f = PlanFilter { min_amount: Some(9), max_amount: Some(100), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![2, 3, 4, 5]);
	let f = PlanFilter { min_amount: Some(BIG + 1), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![8]);
	let f = PlanFilter {
		min_amount: Some(u128::MAX),
		max_amount: Some(u128::MAX),
		..Default::default()
	};
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![8]);
	let f = PlanFilter {
		contributor: Some(1),
		status: Some(PlanStatus::Open),
		min_amount: Some(10),
		..Default::default()
	};
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![3, 5, 7]);

	// Keyset paging, both directions.
	let mut page = PlanFilter { limit: 3, ..Default::default() };
	let mut seen = Vec::new();
	loop {
		let rows = ids(mirror.plans(&page).await.unwrap());
		if rows.is_empty() {
			break;
		}
		page.after_id = rows.last().copied();
		seen.extend(rows);
	}
	assert_eq!(seen, vec![1, 2, 3, 4, 5, 6, 7, 8]);
	let f = PlanFilter { limit: 3, newest_first: true, ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![8, 7, 6]);
	let f = PlanFilter { limit: 3, newest_first: true, after_id: Some(6), ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![5, 4, 3]);
	let f = PlanFilter { after_id: Some(u64::MAX), ..Default::default() };
	assert!(mirror.plans(&f).await.unwrap().is_empty());
	let f =
		PlanFilter { after_id: Some(u64::MAX), newest_first: true, limit: 1, ..Default::default() };
	assert_eq!(ids(mirror.plans(&f).await.unwrap()), vec![8]);
	assert_eq!(mirror.plan(8).await.unwrap().unwrap().amount, u128::MAX);
	mirror.close().await;
}

async fn other_queries_filter_and_page(db: &TestDb) {
	let mirror = db.open().await;
	apply_all(&mirror, &storyline()).await;

	// Confirmations by participant, and limits.
	let c = mirror.confirmations(None, Some(2), 0).await.unwrap();
	assert_eq!(c.iter().map(|c| c.escrow).collect::<Vec<_>>(), vec![1]);
	assert_eq!(mirror.confirmations(None, None, 1).await.unwrap().len(), 1);
	assert!(mirror.confirmations(Some(2), None, 0).await.unwrap().is_empty());
	assert!(mirror.confirmations(Some(u64::MAX), None, 0).await.unwrap().is_empty());

	// Handoffs by contributor, participant, status, with offset paging.
	let h = |f: HandoffFilter| {
		let mirror = mirror.clone();
		async move {
			mirror
				.handoffs(&f)
				.await
				.unwrap()
				.into_iter()
				.map(|h| (h.plan, h.participant))
				.collect::<Vec<_>>()
		}
	};
	assert_eq!(
		h(HandoffFilter { contributor: Some(1), ..Default::default() }).await,
		vec![(1, 3), (1, 2)]
	);
	assert_eq!(h(HandoffFilter { contributor: Some(2), ..Default::default() }).await, vec![]);
	assert_eq!(h(HandoffFilter { participant: Some(3), ..Default::default() }).await, vec![(1, 3)]);
	assert_eq!(
		h(HandoffFilter { status: Some(HandoffStatus::RuledRelease), ..Default::default() }).await,
		vec![(1, 2)]
	);
	assert_eq!(
		h(HandoffFilter { status: Some(HandoffStatus::Pending), ..Default::default() }).await,
		vec![]
	);
	assert_eq!(h(HandoffFilter { limit: 1, offset: 1, ..Default::default() }).await, vec![(1, 2)]);

	// Token movements of one institution (debited or credited), paged by id.
	let m = mirror.token_movements(Some(3), 0, None).await.unwrap();
	assert!(m.iter().all(|m| m.from_inst == Some(3) || m.to_inst == Some(3)));
	assert_eq!(m.len(), 8);
	let mut after = None;
	let mut paged = Vec::new();
	loop {
		let page = mirror.token_movements(Some(3), 3, after).await.unwrap();
		if page.is_empty() {
			break;
		}
		after = page.last().map(|m| m.id);
		paged.extend(page);
	}
	assert_eq!(paged, m);
	assert_eq!(mirror.token_movements(Some(99), 0, None).await.unwrap(), vec![]);

	// Events from a block, limited.
	let e = mirror.events(7, 0).await.unwrap();
	assert_eq!(e.len() as u64, events_upto(8) - events_upto(6));
	assert!(e.iter().all(|e| e.block_number == 7));
	assert_eq!(mirror.events(9, 0).await.unwrap(), vec![]);
	assert_eq!(mirror.events(u64::MAX, 0).await.unwrap(), vec![]);
	assert_eq!(mirror.events(0, 2).await.unwrap().len(), 2);

	// Rows serialise for the REST API with amounts as strings.
	let json = serde_json::to_value(mirror.plan(2).await.unwrap().unwrap()).unwrap();
	assert_eq!(json["amount"], BIG.to_string());
	assert_eq!(json["status"], "reaped");
	mirror.close().await;
}

async fn concurrent_appliers_apply_each_block_once(db: &TestDb) {
	let mirror = db.open().await;
	let blocks = storyline();
	let mut tasks = Vec::new();
	for _ in 0..4 {
		let (mirror, blocks) = (mirror.clone(), blocks.clone());
		tasks.push(tokio::spawn(async move {
			let mut committed = 0;
			for b in &blocks {
				match mirror.apply(b).await.unwrap_or_else(|e| panic!("block {}: {e}", b.number)) {
					Applied::Committed { .. } => committed += 1,
					Applied::AlreadyApplied => {},
				}
			}
			committed
		}));
	}
	let mut committed = 0;
	for t in tasks {
		committed += t.await.unwrap();
	}
	assert_eq!(committed, blocks.len());
	assert_eq!(mirror.event_count().await.unwrap(), events_upto(8));
	assert_eq!(mirror.plan(1).await.unwrap().unwrap().taken, 200_000);

	// The same as applying alone.
	let alone = TestDb::sqlite("concurrent_reference");
	let reference = alone.open().await;
	apply_all(&reference, &blocks).await;
	let (mut a, mut b) = (snapshot(&mirror).await, snapshot(&reference).await);
	// Row ids of token movements may differ in value between backends, not in order.
	for m in a.movements.iter_mut().chain(b.movements.iter_mut()) {
		m.id = 0;
	}
	assert_eq!(a, b);
	reference.close().await;
	alone.finish().await;
	mirror.close().await;
}

async fn genesis_institutions_can_be_seeded(db: &TestDb) {
	let mirror = db.open().await;
	let seeds = vec![
		InstitutionSeed {
			id: 1,
			name: "Genesis Bank".into(),
			roles: vec!["Contributor".into()],
			status: InstitutionStatus::Active,
			key_id: Some(1),
			key_bits: Some(2048),
		},
		InstitutionSeed {
			id: 2,
			name: "Regulator".into(),
			roles: vec!["Regulator".into()],
			status: InstitutionStatus::Active,
			key_id: None,
			key_bits: None,
		},
	];
	assert_eq!(mirror.seed_institutions(&seeds).await.unwrap(), 2);
	assert_eq!(mirror.seed_institutions(&seeds).await.unwrap(), 0);
	apply_all(
		&mirror,
		&[block(1, vec![DomainEvent::KeyRotated { institution: 1, old: 1, new: 2, bits: 4096 }])],
	)
	.await;
	// Seeding again does not undo what events changed.
	assert_eq!(mirror.seed_institutions(&seeds).await.unwrap(), 0);
	let i = mirror.institutions().await.unwrap();
	assert_eq!(
		(i[0].name.as_str(), i[0].key_id, i[0].admitted_block, i[0].updated_block),
		("Genesis Bank", Some(2), 0, 1)
	);
	assert_eq!((i[1].key_id, i[1].roles.clone()), (None, vec!["Regulator".to_string()]));
	mirror.close().await;
}

async fn concurrent_opens_migrate_once(db: &TestDb) {
	let opens: Vec<_> = (0..4)
		.map(|_| {
			let url = db.url.clone();
			tokio::spawn(async move { Mirror::open(&url).await })
		})
		.collect();
	let mut mirrors = Vec::new();
	for open in opens {
		mirrors.push(open.await.unwrap().unwrap_or_else(|e| panic!("concurrent open: {e}")));
	}
	let mirror = &mirrors[0];
	assert_eq!(mirror.schema_version().await.unwrap(), SCHEMA_VERSION);
	let counts = snapshot(mirror).await.counts;
	assert!(counts.contains(&("schema_version".to_string(), SCHEMA_VERSION)), "{counts:?}");
	assert!(counts.contains(&("cursor".to_string(), 1)), "{counts:?}");
	for mirror in mirrors {
		mirror.close().await;
	}
}

async fn the_handoff_lifecycle_is_projected(db: &TestDb) {
	use DomainEvent::*;
	let mirror = db.open().await;
	let admitted = (1..=5)
		.map(|id| InstitutionAdmitted { id, name: format!("Bank {id}"), roles: vec![] })
		.collect();
	let confirmed = |participant: u32, escrow: u64| {
		vec![
			PlanConfirmed { plan: 1, participant, amount: 200_000, rate_bp: 1500, fee: 20, escrow },
			HandoffRequested {
				plan: 1,
				contributor: 1,
				participant,
				escrow,
				participant_key_id: 7,
			},
		]
	};
	let mut b2 = vec![
		PlanPublished {
			plan: 1,
			contributor: 1,
			external_ref: "L-1".into(),
			details: details("car", 1_000_000, 800_000),
		},
		PlanPublished {
			plan: 2,
			contributor: 1,
			external_ref: "L-2".into(),
			details: details("car", 1_000_000, 800_000),
		},
		HandoffRequested {
			plan: 2,
			contributor: 1,
			participant: 2,
			escrow: 9,
			participant_key_id: 7,
		},
	];
	for (participant, escrow) in [(2, 1), (3, 2), (4, 3), (5, 4)] {
		b2.extend(confirmed(participant, escrow));
	}
	b2.push(PlanFilled { plan: 1 });
	let delivered = |participant: u32| HandoffDelivered {
		plan: 1,
		contributor: 1,
		participant,
		participant_key_id: 8,
		challenge_until: Some(100),
	};
	apply_all(
		&mirror,
		&[
			block(1, admitted),
			block(2, b2),
			block(
				3,
				vec![
					delivered(2),
					delivered(3),
					delivered(4),
					// A runtime before the challenge window: delivery paid the fee.
					HandoffDelivered {
						plan: 2,
						contributor: 1,
						participant: 2,
						participant_key_id: 7,
						challenge_until: None,
					},
				],
			),
			block(
				4,
				vec![
					HandoffAccepted { plan: 1, contributor: 1, participant: 2, escrow: 1 },
					BadDeliveryProven {
						plan: 1,
						contributor: 1,
						participant: 4,
						escrow: 3,
						fault: "WrongKey".into(),
						misdeliveries: 1,
					},
					ShareReturned { plan: 1, participant: 4, amount: 200_000, reopened: true },
					HandoffRefunded { plan: 1, participant: 5, escrow: 4 },
					ShareReturned { plan: 1, participant: 5, amount: 200_000, reopened: false },
				],
			),
		],
	)
	.await;
	let mut b5 = vec![HandoffReleased { plan: 1, contributor: 1, participant: 3, escrow: 2 }];
	b5.extend(confirmed(5, 5));
	apply_all(&mirror, &[block(5, b5)]).await;

	let h = |participant| {
		let mirror = mirror.clone();
		async move {
			let f = HandoffFilter {
				plan: Some(1),
				participant: Some(participant),
				..Default::default()
			};
			mirror.handoffs(&f).await.unwrap().pop().unwrap()
		}
	};
	let h2 = h(2).await;
	assert_eq!(
		(h2.status, h2.delivered_block, h2.settled_block),
		(HandoffStatus::Accepted, Some(3), Some(4))
	);
	assert_eq!((h2.participant_key_id, h2.challenge_until), (8, Some(100)));
	let h3 = h(3).await;
	assert_eq!((h3.status, h3.settled_block), (HandoffStatus::Released, Some(5)));
	let h4 = h(4).await;
	assert_eq!(
		(h4.status, h4.settled_block, h4.fault.as_deref()),
		(HandoffStatus::BadDelivery, Some(4), Some("WrongKey"))
	);
	// Participant 5 took the plan again after its refund: a new, pending handoff.
	let h5 = h(5).await;
	assert_eq!(
		(h5.status, h5.escrow, h5.requested_block, h5.settled_block),
		(HandoffStatus::Pending, 5, 5, None)
	);
	let old =
		mirror.handoffs(&HandoffFilter { plan: Some(2), ..Default::default() }).await.unwrap();
	assert_eq!(
		(old[0].status, old[0].delivered_block, old[0].settled_block),
		(HandoffStatus::Released, Some(3), Some(3))
	);

	let p1 = mirror.plan(1).await.unwrap().unwrap();
	assert_eq!((p1.status, p1.taken, p1.participants), (PlanStatus::Open, 600_000, 3));
	let c = mirror.confirmations(Some(1), None, 0).await.unwrap();
	let returned: Vec<_> = c
		.iter()
		.filter(|c| c.returned_block.is_some())
		.map(|c| (c.participant, c.escrow))
		.collect();
	assert_eq!(returned, vec![(5, 4), (4, 3)]);
	let i = mirror.institutions().await.unwrap();
	assert_eq!(i.iter().map(|i| i.misdeliveries).collect::<Vec<_>>(), vec![1, 0, 0, 0, 0]);
	let json = serde_json::to_value(&h4).unwrap();
	assert_eq!(
		(json["status"].as_str(), json["fault"].as_str()),
		(Some("bad_delivery"), Some("WrongKey"))
	);

	// A request for a handoff still open is a duplicate: the block is refused whole.
	let before = snapshot(&mirror).await;
	let again = block(
		6,
		vec![
			Transferred { from: 2, to: 3, amount: 1 },
			HandoffRequested {
				plan: 1,
				contributor: 1,
				participant: 2,
				escrow: 6,
				participant_key_id: 7,
			},
		],
	);
	assert!(matches!(mirror.apply(&again).await, Err(MirrorError::InvalidBlock(_))));
	assert_eq!(snapshot(&mirror).await, before);
	mirror.close().await;
}

async fn openings_are_recorded_newest_first(db: &TestDb) {
	let mirror = db.open().await;
	let first = mirror.record_opening("loan-desk", 7, OpeningOutcome::Opened, None).await.unwrap();
	assert_eq!(
		(first.caller.as_str(), first.plan, first.outcome),
		("loan-desk", 7, OpeningOutcome::Opened)
	);
	// 2026-03-01T08:00:00.123Z: RFC 3339, UTC, milliseconds.
	let t = first.opened_at.as_bytes();
	assert_eq!(
		(t.len(), t[4], t[10], t[19], t[23]),
		(24, b'-', b'T', b'.', b'Z'),
		"{}",
		first.opened_at
	);
	mirror
		.record_opening("erp", 7, OpeningOutcome::Forbidden, Some("the token lacks the open scope"))
		.await
		.unwrap();
	mirror.record_opening("-", 8, OpeningOutcome::Unauthenticated, None).await.unwrap();
	let all = mirror.openings(None, 0).await.unwrap();
	assert_eq!(all.iter().map(|o| o.plan).collect::<Vec<_>>(), vec![8, 7, 7]);
	assert!(all.windows(2).all(|w| w[0].id > w[1].id && w[0].opened_at >= w[1].opened_at));
	let seven = mirror.openings(Some(7), 1).await.unwrap();
	assert_eq!(seven.len(), 1);
	assert_eq!(
		(seven[0].outcome, seven[0].detail.as_deref()),
		(OpeningOutcome::Forbidden, Some("the token lacks the open scope"))
	);
	assert!(mirror.openings(Some(u64::MAX), 0).await.unwrap().is_empty());
	let json = serde_json::to_value(&seven[0]).unwrap();
	assert_eq!(json["outcome"], "forbidden");
	// The trail survives reopening.
	mirror.close().await;
	let mirror = db.open().await;
	assert_eq!(mirror.openings(None, 0).await.unwrap(), all);
	mirror.close().await;
}

async fn a_version_1_database_is_migrated(db: &TestDb) {
	use DomainEvent::*;
	let old = Mirror::open_with_schema(&db.url, 1).await.unwrap();
	assert_eq!(old.schema_version().await.unwrap(), 1);
	for statement in [
		"INSERT INTO institutions (id, name, roles, status, key_id, key_bits, admitted_block, \
		 updated_block) VALUES (1, 'Bank A', '[]', 'active', 1, 2048, 0, 0)",
		"INSERT INTO plans (id, contributor, external_ref, loan_type, amount, risk_score, \
		 shared_limit, min_rate_bp, max_rate_bp, token_rate, max_participants, start_ms, end_ms, \
		 status, taken, participants, published_block, updated_block, input_json) VALUES \
		 (1, 1, 'A-1', 'Cash', '1000000', 700, '800000', 1200, 1800, 1, 4, 0, 1, 'open', '400000', \
		 4, 1, 1, '{}')",
		"INSERT INTO confirmations (escrow, plan, participant, amount, rate_bp, fee, block_number, \
		 event_index) VALUES (1, 1, 2, '100000', 1500, 10, 2, 0)",
		"INSERT INTO handoffs (plan, participant, contributor, escrow, participant_key_id, status, \
		 requested_block) VALUES (1, 2, 1, 1, 5, 'pending', 2)",
		"INSERT INTO handoffs (plan, participant, contributor, escrow, participant_key_id, status, \
		 requested_block, settled_block) VALUES (1, 3, 1, 2, 5, 'delivered', 2, 3)",
		"INSERT INTO handoffs (plan, participant, contributor, escrow, participant_key_id, status, \
		 requested_block, settled_block) VALUES (1, 4, 1, 3, 5, 'refunded', 2, 4)",
		"INSERT INTO handoffs (plan, participant, contributor, escrow, participant_key_id, status, \
		 requested_block, settled_block, disputed_block, dispute_reason) VALUES \
		 (1, 5, 1, 4, 5, 'disputed', 2, 3, 5, 'no data')",
	] {
		sqlx::query(statement).execute(old.pool()).await.unwrap_or_else(|e| panic!("{statement}: {e}"));
	}
	old.close().await;

	let mirror = db.open().await;
	assert_eq!(mirror.schema_version().await.unwrap(), SCHEMA_VERSION);
	let all = mirror.handoffs(&HandoffFilter::default()).await.unwrap();
	let by = |p: u32| all.iter().find(|h| h.participant == p).unwrap();
	assert_eq!(
		(by(2).status, by(2).delivered_block, by(2).settled_block),
		(HandoffStatus::Pending, None, None)
	);
	assert_eq!(
		(by(3).status, by(3).delivered_block, by(3).settled_block),
		(HandoffStatus::Released, Some(3), Some(3))
	);
	assert_eq!(
		(by(4).status, by(4).delivered_block, by(4).settled_block),
		(HandoffStatus::Refunded, None, Some(4))
	);
	assert_eq!(
		(by(5).status, by(5).delivered_block, by(5).dispute_reason.as_deref()),
		(HandoffStatus::Disputed, Some(3), Some("no data"))
	);
	assert!(all.iter().all(|h| h.challenge_until.is_none() && h.fault.is_none()));
	let p = mirror.plan(1).await.unwrap().unwrap();
	assert_eq!((p.min_share, p.taken), (None, 400_000));
	assert_eq!(mirror.confirmations(Some(1), None, 0).await.unwrap()[0].returned_block, None);
	assert_eq!(mirror.institutions().await.unwrap()[0].misdeliveries, 0);
	assert!(mirror.openings(None, 0).await.unwrap().is_empty());

	// The migrated tables take the new events.
	apply_all(
		&mirror,
		&[block(
			10,
			vec![
				HandoffDelivered {
					plan: 1,
					contributor: 1,
					participant: 2,
					participant_key_id: 6,
					challenge_until: Some(28_810),
				},
				ShareReturned { plan: 1, participant: 2, amount: 100_000, reopened: false },
				BadDeliveryProven {
					plan: 1,
					contributor: 1,
					participant: 2,
					escrow: 1,
					fault: "CommitmentMismatch".into(),
					misdeliveries: 3,
				},
			],
		)],
	)
	.await;
	let h = mirror
		.handoffs(&HandoffFilter { participant: Some(2), ..Default::default() })
		.await
		.unwrap();
	assert_eq!(
		(h[0].status, h[0].challenge_until, h[0].settled_block),
		(HandoffStatus::BadDelivery, Some(28_810), Some(10))
	);
	assert_eq!(mirror.plan(1).await.unwrap().unwrap().taken, 300_000);
	assert_eq!(mirror.institutions().await.unwrap()[0].misdeliveries, 3);
	mirror.record_opening("audit", 1, OpeningOutcome::NotDelivered, None).await.unwrap();
	mirror.close().await;
}

async fn users_and_sessions_are_kept(db: &TestDb) {
	let mirror = db.open().await;
	assert!(mirror.users().await.unwrap().is_empty());
	let li =
		mirror.add_user("li.wei", UserRole::Officer, "$argon2id$x", Language::Zh).await.unwrap();
	let ann = mirror.add_user("ann", UserRole::Viewer, "$argon2id$y", Language::En).await.unwrap();
	assert!(li.id != ann.id);
	assert_eq!((li.role, li.lang), (UserRole::Officer, Language::Zh));
	match mirror.add_user("li.wei", UserRole::Admin, "h", Language::En).await {
		Err(MirrorError::UserExists(name)) => assert_eq!(name, "li.wei"),
		other => panic!("expected UserExists, got {other:?}"),
	}
	assert!(matches!(
		mirror.add_user("a b", UserRole::Admin, "h", Language::En).await,
		Err(MirrorError::InvalidUserName(_))
	));
	let names: Vec<String> = mirror.users().await.unwrap().into_iter().map(|u| u.name).collect();
	assert_eq!(names, ["ann", "li.wei"]);
	let (found, hash) = mirror.user_with_hash("li.wei").await.unwrap().unwrap();
	assert_eq!((found, hash.as_str()), (li.clone(), "$argon2id$x"));
	assert!(mirror.user_with_hash("nobody").await.unwrap().is_none());
	let json = serde_json::to_value(&ann).unwrap();
	assert_eq!((json["role"].as_str(), json["lang"].as_str()), (Some("viewer"), Some("en")));
	assert!(json.get("password_hash").is_none());

	// Changes: only what is given.
	assert!(mirror.update_user("ann", None, None, Some(Language::Zh)).await.unwrap());
	assert!(mirror
		.update_user("ann", Some(UserRole::Admin), Some("$argon2id$z"), None)
		.await
		.unwrap());
	let (ann2, hash) = mirror.user_with_hash("ann").await.unwrap().unwrap();
	assert_eq!(
		(ann2.role, ann2.lang, hash.as_str()),
		(UserRole::Admin, Language::Zh, "$argon2id$z")
	);
	assert!(!mirror.update_user("nobody", Some(UserRole::Admin), None, None).await.unwrap());

	// Sessions: known by their hash, joined with the user.
	mirror.create_session("aa11", li.id, "csrf-1", 9_000_000_000_000).await.unwrap();
	mirror.create_session("bb22", ann.id, "csrf-2", 1).await.unwrap();
	mirror.create_session("cc33", li.id, "csrf-3", 9_000_000_000_000).await.unwrap();
	let s = mirror.session("aa11").await.unwrap().unwrap();
	assert_eq!((s.user.name.as_str(), s.csrf_token.as_str()), ("li.wei", "csrf-1"));
	assert_eq!(s.created_at_ms, s.last_seen_ms);
	assert!(mirror.session("zz99").await.unwrap().is_none());
	mirror.touch_session("aa11", s.last_seen_ms + 5).await.unwrap();
	assert_eq!(mirror.session("aa11").await.unwrap().unwrap().last_seen_ms, s.last_seen_ms + 5);
	// "bb22" is past its absolute end; nothing is idle for a day.
	let now = s.last_seen_ms + 10;
	assert_eq!(mirror.end_stale_sessions(now, 86_400_000).await.unwrap(), 1);
	assert!(mirror.session("bb22").await.unwrap().is_none());
	// An idle limit of 1 ms ends the others.
	assert!(mirror.end_session("cc33").await.unwrap());
	assert!(!mirror.end_session("cc33").await.unwrap());
	assert_eq!(mirror.end_stale_sessions(now + 1_000, 1).await.unwrap(), 1);
	mirror.create_session("dd44", li.id, "csrf-4", 9_000_000_000_000).await.unwrap();
	assert_eq!(mirror.end_sessions_of(li.id).await.unwrap(), 1);

	// Removing a user removes its sessions, and the rest survives reopening.
	mirror.create_session("ee55", li.id, "csrf-5", 9_000_000_000_000).await.unwrap();
	assert!(mirror.remove_user("li.wei").await.unwrap());
	assert!(!mirror.remove_user("li.wei").await.unwrap());
	assert!(mirror.session("ee55").await.unwrap().is_none());
	mirror.close().await;
	let mirror = db.open().await;
	let names: Vec<String> = mirror.users().await.unwrap().into_iter().map(|u| u.name).collect();
	assert_eq!(names, ["ann"]);
	mirror.close().await;
}

async fn a_version_2_database_gains_users(db: &TestDb) {
	let old = Mirror::open_with_schema(&db.url, 2).await.unwrap();
	assert_eq!(old.schema_version().await.unwrap(), 2);
	old.record_opening("erp", 3, OpeningOutcome::Opened, None).await.unwrap();
	old.close().await;
	let mirror = db.open().await;
	assert_eq!(mirror.schema_version().await.unwrap(), SCHEMA_VERSION);
	assert_eq!(mirror.openings(None, 0).await.unwrap().len(), 1, "version 2 data is kept");
	let admin =
		mirror.add_user("admin", UserRole::Admin, "$argon2id$a", Language::En).await.unwrap();
	mirror.create_session("ff66", admin.id, "csrf", 9_000_000_000_000).await.unwrap();
	assert_eq!(mirror.session("ff66").await.unwrap().unwrap().user, admin);
	mirror.close().await;
}

/// Names the database [`crash_child`] writes to; set only for the child process.
const CRASH_URL_VAR: &str = "LOANSHARE_MIRROR_TEST_CRASH_URL";
/// Events in each block of the crash test: enough that applying one takes a while.
const CRASH_EVENTS: u32 = 4000;

/// A block of many token transfers (each one event row and one movement row).
fn big_block(number: u64) -> BlockRecord {
	let events = (0..CRASH_EVENTS)
		.map(|i| DomainEvent::Transferred { from: 1, to: 2, amount: u128::from(i) + 1 })
		.collect();
	block(number, events)
}

/// A real crash: a child process (this test binary, running [`crash_child`]) applies big
/// blocks and is killed (SIGKILL) while applying one; the database then holds whole blocks
/// only, matching the cursor, and takes the next block.
async fn a_killed_writer_leaves_whole_blocks_only(db: &TestDb) {
	use std::io::{BufRead, BufReader};
	use std::time::{Duration, Instant};

	let mirror = db.open().await;
	mirror.close().await;
	let mut child = std::process::Command::new(std::env::current_exe().unwrap())
		.args(["--exact", "crash_child", "--nocapture", "--test-threads=1"])
		.env(CRASH_URL_VAR, &db.url)
		.stdout(std::process::Stdio::piped())
		.spawn()
		.unwrap();
	let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
	// Time block 2, then kill the child halfway through block 3.
	let mut started = None;
	let mut block_time = Duration::from_millis(50);
	for line in lines.by_ref() {
		let line = line.unwrap();
		match line.as_str() {
			"applying 2" => started = Some(Instant::now()),
			"applied 2" => block_time = started.map(|s| s.elapsed()).unwrap_or(block_time),
			"applying 3" => break,
			_ => {},
		}
	}
	std::thread::sleep(block_time / 2);
	child.kill().unwrap();
	child.wait().unwrap();

	let mirror = db.open().await;
	let cursor = mirror.cursor().await.unwrap().expect("blocks 1 and 2 were applied").number;
	// Usually block 3 was in flight (cursor 2); on a loaded machine the child may have got
	// further. Either way only whole blocks may be there.
	assert!(cursor >= 2, "cursor {cursor}");
	let _ = writeln!(
		std::io::stderr(),
		"{:?}: writer killed {:?} after block 3 started; last committed block: {cursor}",
		db.backend,
		block_time / 2
	);
	assert_eq!(mirror.event_count().await.unwrap(), cursor * u64::from(CRASH_EVENTS));
	let movements: i64 = sqlx::Row::get(
		&sqlx::query("SELECT COUNT(*) AS n FROM token_movements")
			.fetch_one(mirror.pool())
			.await
			.unwrap(),
		"n",
	);
	assert_eq!(movements as u64, cursor * u64::from(CRASH_EVENTS));
	assert_eq!(mirror.block(cursor + 1).await.unwrap(), None);
	assert_eq!(
		mirror.apply(&big_block(cursor + 1)).await.unwrap(),
		Applied::Committed { events: CRASH_EVENTS as usize }
	);
	mirror.close().await;
}

/// The child of [`a_killed_writer_leaves_whole_blocks_only`]: does nothing unless
/// `LOANSHARE_MIRROR_TEST_CRASH_URL` is set; then applies big blocks 1, 2, ... (at most 50)
/// to that database, saying on stdout when it starts and ends each, until it is killed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn crash_child() {
	let Ok(url) = std::env::var(CRASH_URL_VAR) else { return };
	let mirror = Mirror::open(&url).await.unwrap();
	for n in 1..=50 {
		println!("applying {n}");
		mirror.apply(&big_block(n)).await.unwrap();
		println!("applied {n}");
	}
}

/// The in-memory SQLite database lives as long as the mirror (one connection, never
/// recycled).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_in_memory_mirror_works() {
	let mirror = Mirror::open("sqlite::memory:").await.unwrap();
	assert_eq!(mirror.backend(), Backend::Sqlite);
	apply_all(&mirror, &storyline()).await;
	assert_eq!(mirror.event_count().await.unwrap(), events_upto(8));
	assert_eq!(mirror.apply(&storyline()[7]).await.unwrap(), Applied::AlreadyApplied);
	assert_eq!(mirror.plan(1).await.unwrap().unwrap().status, PlanStatus::Open);
	// A second open is a different, empty database.
	let other = Mirror::open("sqlite::memory:").await.unwrap();
	assert_eq!(other.cursor().await.unwrap(), None);
}

#[tokio::test]
async fn unsupported_urls_are_refused() {
	match Mirror::open("mysql://root:secret@localhost/db").await {
		Err(e @ MirrorError::UnsupportedUrl { .. }) => assert!(!e.to_string().contains("secret")),
		other => panic!("expected UnsupportedUrl, got {other:?}"),
	}
}

#[test]
fn database_urls_are_rewritten_for_test_databases() {
	assert_eq!(with_database("postgres://u@h:1/db", "x"), "postgres://u@h:1/x");
	assert_eq!(
		with_database("postgres://u@h:1/db?sslmode=disable", "x"),
		"postgres://u@h:1/x?sslmode=disable"
	);
	assert_eq!(with_database("postgres://u@h:1", "x"), "postgres://u@h:1/x");
}
