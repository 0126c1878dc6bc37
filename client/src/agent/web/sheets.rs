//! Plan sheets in the web app: upload, check, fix in the browser, set share conditions,
//! publish with progress.
//!
//! An uploaded sheet (XLSX or CSV, read by `loanshare-sheet`) becomes a **draft** kept in
//! the agent's memory for the officer who uploaded it ([`MAX_DRAFTS_PER_USER`] at most,
//! [`DRAFT_HOURS`] hours). Every change re-checks the whole sheet exactly as `loanshare
//! import` does (`crate::publish::prepare`: every cell, the chain's limits, clock and rate
//! cap, the rows already published), and the answer lists every problem by row and column.
//! A cell is fixed with `PUT …/cells` (the sheet is not uploaded again), a row dropped with
//! `DELETE …/rows/{row}`, and `PUT …/conditions` writes share conditions (rates, token fee,
//! participants, minimum share, window) into every row. The grid sent to the browser never
//! shows the borrower columns (name, ID number, mobile, plate, engine number): their cells
//! are `{"hidden": characters}`, and a fix replaces them without showing them.
//!
//! `POST …/publish` seals the borrower data to the institution's registered key and sends
//! the plans in `publish_batch` transactions of [`WEB_BATCH`] plans (consecutive nonces),
//! signed by the agent; `GET /app/api/sheets/{id}` reports the progress (`sealing`,
//! `submitting`, `finalising` with batches done, then `done`, `partial` or `failed`) and
//! the new plans' ids.
use super::{
	super::{
		rest::{self, ApiError, ApiPath, ApiQuery},
		Agent,
	},
	session::{now_ms, WebUser},
	ApiJson,
};
use crate::{
	chain::submit::{self, Wait},
	publish::{self, PrepareError},
};
use axum::{body::Bytes, extract::State, http::StatusCode, Json};
use futures::StreamExt;
use loanshare_mirror::UserRole;
use loanshare_sheet::{column_for_header, Cell, Sheet};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::{
	collections::HashMap,
	sync::{Arc, Mutex as StdMutex},
	time::{Duration, Instant},
};
use tokio::sync::Mutex;

/// Drafts one user keeps at once (the oldest goes first).
pub const MAX_DRAFTS_PER_USER: usize = 3;
/// Hours a draft is kept.
pub const DRAFT_HOURS: u64 = 8;
/// Plans per `publish_batch` transaction from the app (small, so progress shows).
pub const WEB_BATCH: usize = 10;
/// Rows of a draft sent to the browser at most (problems are always all listed).
pub const MAX_GRID_ROWS: usize = 2000;

/// How a publication is going.
#[derive(Clone, Debug, Serialize)]
pub struct Progress {
	/// `sealing`, `submitting`, `finalising`, `done`, `partial` or `failed`.
	pub phase: &'static str,
	/// Plans to publish.
	pub plans: usize,
	/// Rows skipped, already published.
	pub skipped: usize,
	/// Transactions.
	pub batches: usize,
	/// Transactions whose outcome is known.
	pub batches_done: usize,
	/// Ids of the plans published.
	pub plan_ids: Vec<u64>,
	/// Failed batches, with their rows and why.
	pub failures: Vec<String>,
	/// When it started and ended (ms since the Unix epoch).
	pub started_ms: i64,
	/// When it ended.
	pub finished_ms: Option<i64>,
}

/// An uploaded sheet being prepared.
pub struct Draft {
	id: String,
	owner: i64,
	filename: String,
	utc_offset: i32,
	sheet: Sheet,
	created: Instant,
	check: Value,
	publish: Option<Arc<StdMutex<Progress>>>,
}

type Shared = Arc<Mutex<Draft>>;

/// The drafts of all users.
#[derive(Default)]
pub struct Drafts {
	map: StdMutex<HashMap<String, Shared>>,
}

impl Drafts {
	fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Shared>> {
		self.map.lock().unwrap_or_else(|p| p.into_inner())
	}

	/// Keeps a new draft, dropping expired ones and the owner's oldest beyond the limit.
	async fn insert(&self, draft: Draft) -> Shared {
		let id = draft.id.clone();
		let owner = draft.owner;
		let shared = Arc::new(Mutex::new(draft));
		let all: Vec<(String, Shared)> =
			self.lock().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
		let mut mine = Vec::new();
		let mut expired = Vec::new();
		for (key, d) in all {
			let d = d.lock().await;
			if d.created.elapsed() > Duration::from_secs(DRAFT_HOURS * 3600) {
				expired.push(key);
			} else if d.owner == owner {
				mine.push((d.created, key));
			}
		}
		mine.sort();
		let surplus = (mine.len() + 1).saturating_sub(MAX_DRAFTS_PER_USER);
		let mut map = self.lock();
		for key in expired.into_iter().chain(mine.into_iter().take(surplus).map(|(_, k)| k)) {
			map.remove(&key);
		}
		map.insert(id, shared.clone());
		shared
	}

	/// Draft `id`, or 404 (whose it is, [`mine`] checks).
	fn get(&self, id: &str, _user: &WebUser) -> Result<Shared, ApiError> {
		self.lock().get(id).cloned().ok_or_else(|| {
			ApiError(
				StatusCode::NOT_FOUND,
				format!("no sheet {id} (drafts are kept {DRAFT_HOURS} hours): upload it again"),
			)
		})
	}

	fn remove(&self, id: &str) {
		self.lock().remove(id);
	}
}

fn random_id() -> String {
	use loanshare_envelope::rand_core::Rng;
	let mut raw = [0u8; 12];
	loanshare_envelope::os_rng().fill_bytes(&mut raw);
	hex::encode(raw)
}

/// Checks a sheet as `loanshare import` would: the answer has `ok`, the counts, and every
/// problem (`sheet_errors` of the whole sheet, `cells` by row and column), or `error` when
/// the chain cannot be asked.
async fn check(agent: &Agent, sheet: &Sheet, utc_offset: i32) -> Value {
	let Some(me) = agent.institution else {
		return json!({"ok": false, "error": "the agent acts for no institution"});
	};
	let chain = match agent.chain().await {
		Ok(c) => c,
		Err(e) => return json!({"ok": false, "error": e.to_string()}),
	};
	match publish::prepare(&chain, me, sheet, utc_offset).await {
		Ok(p) => json!({
			"ok": !p.inputs.is_empty(),
			"rows": p.rows,
			"skipped": p.skipped,
			"to_publish": p.inputs.len(),
			"sheet_errors": [],
			"cells": [],
		}),
		Err(PrepareError::Cells(e)) => json!({
			"ok": false,
			"sheet_errors": e.sheet.iter().map(ToString::to_string).collect::<Vec<_>>(),
			"cells": e.cells.iter().map(|c| json!({
				"row": c.row,
				"column": c.column,
				"header": c.header,
				"value": c.value,
				"message": c.message,
				"text": c.to_string(),
			})).collect::<Vec<_>>(),
		}),
		Err(PrepareError::Chain(e)) => json!({"ok": false, "error": format!("{e:#}")}),
	}
}

fn draft_json(d: &Draft) -> Value {
	let sheet = &d.sheet;
	let columns: Vec<Option<&'static loanshare_sheet::Column>> =
		sheet.headers.iter().map(|h| column_for_header(h)).collect();
	let headers: Vec<Value> = sheet
		.headers
		.iter()
		.enumerate()
		.map(|(i, h)| {
			json!({
				"letter": sheet.column_letter(i),
				"header": h,
				"column": columns[i].map(|c| c.name),
				"sensitive": columns[i].is_some_and(|c| c.sensitive),
			})
		})
		.collect();
	let rows: Vec<Value> = sheet
		.rows
		.iter()
		.take(MAX_GRID_ROWS)
		.map(|r| {
			let cells: Vec<Value> = (0..sheet.headers.len())
				.map(|i| {
					let text = r.cells.get(i).map(Cell::display).unwrap_or_default();
					if columns[i].is_some_and(|c| c.sensitive) {
						json!({"hidden": text.chars().count()})
					} else {
						json!(text)
					}
				})
				.collect();
			json!({"row": r.number, "cells": cells})
		})
		.collect();
	let publish = d.publish.as_ref().map(|p| p.lock().unwrap_or_else(|e| e.into_inner()).clone());
	json!({
		"id": d.id,
		"filename": d.filename,
		"header_row": sheet.header_row,
		"headers": headers,
		"rows": rows,
		"total_rows": sheet.rows.len(),
		"check": d.check,
		"publish": publish,
	})
}

/// `POST /app/api/sheets` parameters.
#[derive(Deserialize)]
pub struct UploadQuery {
	/// The file's name, to show.
	name: Option<String>,
	/// The zone of the sheet's dates and times (default `+08:00`).
	utc_offset: Option<String>,
}

/// `POST /app/api/sheets` (officer): the sheet's bytes as the body; answers the new draft,
/// checked.
pub async fn upload(
	State(agent): State<Arc<Agent>>,
	user: WebUser,
	ApiQuery(q): ApiQuery<UploadQuery>,
	body: Bytes,
) -> Result<Json<Value>, ApiError> {
	user.require(UserRole::Officer)?;
	if body.is_empty() {
		return Err(rest::bad("the sheet is empty: send the file's bytes"));
	}
	let utc_offset = publish::parse_utc_offset(q.utc_offset.as_deref().unwrap_or("+08:00"))
		.map_err(|e| rest::bad(e.to_string()))?;
	let sheet = loanshare_sheet::read_bytes(&body)
		.map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
	let filename: String = q.name.unwrap_or_else(|| "sheet".into()).chars().take(200).collect();
	let check = check(&agent, &sheet, utc_offset).await;
	log::info!("web app: {} uploaded {filename:?} ({} rows)", user.name(), sheet.rows.len());
	let draft = Draft {
		id: random_id(),
		owner: user.0.user.id,
		filename,
		utc_offset,
		sheet,
		created: Instant::now(),
		check,
		publish: None,
	};
	let shared = agent.web.drafts.insert(draft).await;
	let d = shared.lock().await;
	Ok(Json(draft_json(&d)))
}

/// The user's draft, locked; 404 for anyone else's.
async fn mine<'a>(
	shared: &'a Shared,
	user: &WebUser,
) -> Result<tokio::sync::MutexGuard<'a, Draft>, ApiError> {
	let d = shared.lock().await;
	if d.owner != user.0.user.id {
		return Err(ApiError(StatusCode::NOT_FOUND, format!("no sheet {}", d.id)));
	}
	Ok(d)
}

/// A draft may change until it is published.
fn editable(d: &Draft) -> Result<(), ApiError> {
	match d.publish {
		Some(_) => Err(ApiError(
			StatusCode::CONFLICT,
			"this sheet is being or was published: upload it again to change it".into(),
		)),
		None => Ok(()),
	}
}

/// `GET /app/api/sheets/{id}`: the draft as last checked, with the publication's progress.
pub async fn show(
	State(agent): State<Arc<Agent>>,
	user: WebUser,
	ApiPath(id): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
	let shared = agent.web.drafts.get(&id, &user)?;
	let d = mine(&shared, &user).await?;
	Ok(Json(draft_json(&d)))
}

/// `DELETE /app/api/sheets/{id}`: forgets the draft.
pub async fn discard(
	State(agent): State<Arc<Agent>>,
	user: WebUser,
	ApiPath(id): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
	let shared = agent.web.drafts.get(&id, &user)?;
	drop(mine(&shared, &user).await?);
	agent.web.drafts.remove(&id);
	Ok(Json(json!({"discarded": id})))
}

/// `PUT /app/api/sheets/{id}/cells` body.
#[derive(Deserialize)]
pub struct CellBody {
	/// Spreadsheet row number.
	row: usize,
	/// Column letter.
	column: String,
	/// The new text (empty clears the cell).
	value: String,
}

fn set(sheet: &mut Sheet, row_index: usize, col: usize, value: &str) {
	let cells = &mut sheet.rows[row_index].cells;
	if cells.len() <= col {
		cells.resize(col + 1, Cell::Empty);
	}
	cells[col] = if value.trim().is_empty() { Cell::Empty } else { Cell::Text(value.to_owned()) };
}

/// `PUT /app/api/sheets/{id}/cells` (officer): one cell's new text; answers the draft checked
/// again.
pub async fn set_cell(
	State(agent): State<Arc<Agent>>,
	user: WebUser,
	ApiPath(id): ApiPath<String>,
	ApiJson(body): ApiJson<CellBody>,
) -> Result<Json<Value>, ApiError> {
	user.require(UserRole::Officer)?;
	if body.value.len() > 4096 {
		return Err(rest::bad("a cell holds at most 4096 bytes"));
	}
	let shared = agent.web.drafts.get(&id, &user)?;
	let mut d = mine(&shared, &user).await?;
	editable(&d)?;
	let row = d
		.sheet
		.rows
		.iter()
		.position(|r| r.number == body.row)
		.ok_or_else(|| rest::bad(format!("the sheet has no row {}", body.row)))?;
	let column = body.column.trim().to_ascii_uppercase();
	let col = (0..d.sheet.headers.len())
		.find(|i| d.sheet.column_letter(*i) == column)
		.ok_or_else(|| rest::bad(format!("the sheet has no column {column}")))?;
	set(&mut d.sheet, row, col, &body.value);
	d.check = check(&agent, &d.sheet, d.utc_offset).await;
	Ok(Json(draft_json(&d)))
}

/// `DELETE /app/api/sheets/{id}/rows/{row}` (officer): drops a row; answers the draft
/// checked again.
pub async fn remove_row(
	State(agent): State<Arc<Agent>>,
	user: WebUser,
	ApiPath((id, row)): ApiPath<(String, usize)>,
) -> Result<Json<Value>, ApiError> {
	user.require(UserRole::Officer)?;
	let shared = agent.web.drafts.get(&id, &user)?;
	let mut d = mine(&shared, &user).await?;
	editable(&d)?;
	let before = d.sheet.rows.len();
	d.sheet.rows.retain(|r| r.number != row);
	if d.sheet.rows.len() == before {
		return Err(rest::bad(format!("the sheet has no row {row}")));
	}
	d.check = check(&agent, &d.sheet, d.utc_offset).await;
	Ok(Json(draft_json(&d)))
}

/// `PUT /app/api/sheets/{id}/conditions` body: share conditions for every row, as a sheet
/// cell would hold them; absent or empty ones are left as the sheet has them.
#[derive(Deserialize, Default)]
pub struct ConditionsBody {
	min_rate_bp: Option<String>,
	max_rate_bp: Option<String>,
	token_rate: Option<String>,
	max_participants: Option<String>,
	min_share_rmb: Option<String>,
	start: Option<String>,
	end: Option<String>,
}

/// `PUT /app/api/sheets/{id}/conditions` (officer): writes the given conditions into every
/// row (adding the column when the sheet has none); answers the draft checked again.
pub async fn set_conditions(
	State(agent): State<Arc<Agent>>,
	user: WebUser,
	ApiPath(id): ApiPath<String>,
	ApiJson(body): ApiJson<ConditionsBody>,
) -> Result<Json<Value>, ApiError> {
	user.require(UserRole::Officer)?;
	let shared = agent.web.drafts.get(&id, &user)?;
	let mut d = mine(&shared, &user).await?;
	editable(&d)?;
	let given = [
		("min_rate_bp", body.min_rate_bp),
		("max_rate_bp", body.max_rate_bp),
		("token_rate", body.token_rate),
		("max_participants", body.max_participants),
		("min_share_rmb", body.min_share_rmb),
		("start", body.start),
		("end", body.end),
	];
	for (name, value) in given {
		let Some(value) = value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) else {
			continue;
		};
		if value.len() > 256 {
			return Err(rest::bad(format!("{name}: at most 256 bytes")));
		}
		let sheet = &mut d.sheet;
		let col = match sheet
			.headers
			.iter()
			.position(|h| column_for_header(h).is_some_and(|c| c.name == name))
		{
			Some(i) => i,
			None => {
				sheet.headers.push(name.to_owned());
				sheet.headers.len() - 1
			},
		};
		for i in 0..sheet.rows.len() {
			set(sheet, i, col, &value);
		}
	}
	d.check = check(&agent, &d.sheet, d.utc_offset).await;
	Ok(Json(draft_json(&d)))
}

/// `POST /app/api/sheets/{id}/publish` (officer): starts publishing the draft; answers at
/// once with the progress so far (follow it with `GET /app/api/sheets/{id}`).
pub async fn publish(
	State(agent): State<Arc<Agent>>,
	user: WebUser,
	ApiPath(id): ApiPath<String>,
) -> Result<Json<Value>, ApiError> {
	user.require(UserRole::Officer)?;
	let me = agent.institution.ok_or_else(|| {
		ApiError(StatusCode::SERVICE_UNAVAILABLE, "the agent acts for no institution".into())
	})?;
	if agent.signer.is_none() {
		return Err(ApiError(
			StatusCode::SERVICE_UNAVAILABLE,
			"the agent has no signing key".into(),
		));
	}
	let shared = agent.web.drafts.get(&id, &user)?;
	let mut d = mine(&shared, &user).await?;
	editable(&d)?;
	if d.check["ok"] != json!(true) {
		return Err(ApiError(
			StatusCode::UNPROCESSABLE_ENTITY,
			"the sheet has problems or nothing to publish: fix them first".into(),
		));
	}
	let progress = Arc::new(StdMutex::new(Progress {
		phase: "sealing",
		plans: 0,
		skipped: 0,
		batches: 0,
		batches_done: 0,
		plan_ids: Vec::new(),
		failures: Vec::new(),
		started_ms: now_ms(),
		finished_ms: None,
	}));
	d.publish = Some(progress.clone());
	log::info!("web app: {} publishes {:?}", user.name(), d.filename);
	tokio::spawn(run_publication(agent.clone(), me, d.sheet.clone(), d.utc_offset, progress));
	Ok(Json(draft_json(&d)))
}

fn update(progress: &StdMutex<Progress>, f: impl FnOnce(&mut Progress)) {
	f(&mut progress.lock().unwrap_or_else(|e| e.into_inner()));
}

fn finish(progress: &StdMutex<Progress>, failure: Option<String>) {
	update(progress, |p| {
		p.failures.extend(failure);
		p.phase = match (p.failures.is_empty(), p.plan_ids.is_empty()) {
			(true, _) => "done",
			(false, false) => "partial",
			(false, true) => "failed",
		};
		p.finished_ms = Some(now_ms());
	});
}

/// Seals, submits and follows a draft's plans, updating `progress` as each batch is final.
async fn run_publication(
	agent: Arc<Agent>,
	me: u32,
	sheet: Sheet,
	utc_offset: i32,
	progress: Arc<StdMutex<Progress>>,
) {
	let chain = match agent.chain().await {
		Ok(c) => c,
		Err(e) => return finish(&progress, Some(e.to_string())),
	};
	let prepared = match publish::prepare(&chain, me, &sheet, utc_offset).await {
		Ok(p) => p,
		Err(e) => return finish(&progress, Some(e.problems().join("; "))),
	};
	let batches = publish::batches(&prepared, WEB_BATCH);
	update(&progress, |p| {
		p.phase = "submitting";
		p.plans = prepared.inputs.len();
		p.skipped = prepared.skipped;
		p.batches = batches.len();
	});
	let Some(signer) = agent.signer.as_ref() else {
		return finish(&progress, Some("the agent has no signing key".into()));
	};
	// Consecutive nonces, one submitter at a time across the agent (deliveries included).
	let submitted = {
		let _guard = agent.submit_lock.lock().await;
		let start = async {
			let at = chain.finalized().await?;
			let nonce = chain.next_nonce(&signer.public_key().to_account_id()).await?;
			anyhow::Ok((at, nonce))
		}
		.await;
		let (at, mut next) = match start {
			Ok(s) => s,
			Err(e) => return finish(&progress, Some(format!("{e:#}"))),
		};
		let mut out = Vec::new();
		for b in &batches {
			let r = submit::submit_at(&at, signer, &b.payload, Some(next)).await;
			if r.is_ok() {
				next += 1;
			}
			out.push(r);
		}
		out
	};
	update(&progress, |p| p.phase = "finalising");
	let mut follows: futures::stream::FuturesUnordered<_> = submitted
		.into_iter()
		.enumerate()
		.map(|(i, s)| async move {
			let r = match s {
				Ok(p) => submit::follow_progress(p, Wait::Finalized).await,
				Err(e) => Err(e),
			};
			(i, r)
		})
		.collect();
	while let Some((i, r)) = follows.next().await {
		let rows = &batches[i].rows;
		update(&progress, |p| {
			p.batches_done += 1;
			match r {
				Ok(o) => {
					p.plan_ids.extend(
						o.events
							.iter()
							.filter(|e| e.pallet == "LoanShare" && e.variant == "PlanPublished")
							.filter_map(|e| e.u64_field("plan")),
					);
					p.plan_ids.sort_unstable();
				},
				Err(e) => p.failures.push(format!(
					"rows {}–{}: {e}; none of its {} plans was published",
					rows.first().copied().unwrap_or(0),
					rows.last().copied().unwrap_or(0),
					rows.len()
				)),
			}
		});
	}
	finish(&progress, None);
	let p = progress.lock().unwrap_or_else(|e| e.into_inner()).clone();
	log::info!(
		"web app: publication {}: {} plans published, {} batch(es) failed",
		p.phase,
		p.plan_ids.len(),
		p.failures.len()
	);
}
