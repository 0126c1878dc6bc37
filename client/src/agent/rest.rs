//! The agent's HTTP interface: the REST API for the institution's back office
//! (`/api/v1/…`, API tokens required), its OpenAPI document, health and metrics.
//!
//! Reads come from the mirror database (and balances from the chain); writes are
//! signed by the agent with the institution's key. Every `/api/v1` route needs a
//! token (`Authorization: Bearer lsk_…`) with the route's scope: `read` for queries,
//! `write` to publish and confirm, `open` to open borrower data, `audit` to list those
//! openings (`admin` for all). Every attempt to open borrower data, refused ones
//! included, is recorded in the mirror's `openings` table before the answer is sent.
//! Errors are JSON `{"error": "…"}` with a meaningful status: 400 bad input, 401/403
//! tokens, 404 unknown, 422 a sheet with bad cells, 502/503 the node.
//!
//! The same router serves the web app ([`super::web`]): its files at `/` and its
//! session-authenticated API under `/app/api/`.
use super::{
	auth::{Scope, TokenEntry},
	Agent,
};
use crate::{
	chain::{calls, submit::SubmitError, submit::Wait, Reader},
	delivery,
};
use axum::{
	body::Bytes,
	extract::{Path, Query, State},
	http::{header, HeaderMap, StatusCode},
	response::{IntoResponse, Response},
	routing::{get, post},
	Json, Router,
};
use loanshare_mirror::{HandoffFilter, OpeningOutcome, PlanFilter};
use serde::Deserialize;
use serde_json::{json, Value};
use std::sync::Arc;

/// The OpenAPI 3 document of this API.
pub const OPENAPI: &str = include_str!("openapi.json");

type Shared = State<Arc<Agent>>;

/// An API error: status and message.
#[derive(Debug)]
pub struct ApiError(pub StatusCode, pub String);

impl IntoResponse for ApiError {
	fn into_response(self) -> Response {
		(self.0, Json(json!({"error": self.1}))).into_response()
	}
}

impl From<loanshare_mirror::MirrorError> for ApiError {
	fn from(e: loanshare_mirror::MirrorError) -> Self {
		ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("mirror database: {e}"))
	}
}

/// A 400 with `msg`.
pub(crate) fn bad(msg: impl Into<String>) -> ApiError {
	ApiError(StatusCode::BAD_REQUEST, msg.into())
}

/// A 502: the node answered with an error.
pub(crate) fn node(e: impl std::fmt::Display) -> ApiError {
	ApiError(StatusCode::BAD_GATEWAY, format!("node: {e}"))
}

type ApiResult = Result<Json<Value>, ApiError>;

/// Query parameters whose errors are JSON `400`s like every other error.
pub struct ApiQuery<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> axum::extract::FromRequestParts<S>
	for ApiQuery<T>
{
	type Rejection = ApiError;

	async fn from_request_parts(
		parts: &mut axum::http::request::Parts,
		state: &S,
	) -> Result<Self, ApiError> {
		Query::<T>::from_request_parts(parts, state)
			.await
			.map(|Query(t)| ApiQuery(t))
			.map_err(|e| bad(e.body_text()))
	}
}

/// Path parameters whose errors are JSON `400`s.
pub struct ApiPath<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send, S: Send + Sync> axum::extract::FromRequestParts<S>
	for ApiPath<T>
{
	type Rejection = ApiError;

	async fn from_request_parts(
		parts: &mut axum::http::request::Parts,
		state: &S,
	) -> Result<Self, ApiError> {
		Path::<T>::from_request_parts(parts, state)
			.await
			.map(|Path(t)| ApiPath(t))
			.map_err(|e| bad(e.body_text()))
	}
}

/// The token the request presents, if the agent knows it.
fn token_of<'a>(agent: &'a Agent, headers: &HeaderMap) -> Result<&'a TokenEntry, ApiError> {
	let token = headers
		.get(header::AUTHORIZATION)
		.and_then(|v| v.to_str().ok())
		.and_then(|v| {
			v.split_once(' ')
				.filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
				.map(|(_, t)| t)
		})
		.ok_or_else(|| {
			ApiError(StatusCode::UNAUTHORIZED, "missing API token (Authorization: Bearer …)".into())
		})?;
	agent
		.tokens
		.check(token.trim())
		.ok_or_else(|| ApiError(StatusCode::UNAUTHORIZED, "unknown API token".into()))
}

fn forbidden(entry: &TokenEntry, scope: Scope) -> ApiError {
	ApiError(
		StatusCode::FORBIDDEN,
		format!("token {:?} may not do this (needs scope {})", entry.name, scope.name()),
	)
}

/// Checks the request's token against `scope`; returns the token's name.
fn authorize(agent: &Agent, headers: &HeaderMap, scope: Scope) -> Result<String, ApiError> {
	let entry = token_of(agent, headers)?;
	if !entry.scopes.allows(scope) {
		return Err(forbidden(entry, scope));
	}
	Ok(entry.name.clone())
}

/// The router.
pub fn router(agent: Arc<Agent>) -> Router {
	Router::new()
		.route("/health", get(health))
		.route("/metrics", get(metrics))
		.route("/openapi.json", get(openapi))
		.route("/api/v1/status", get(status))
		.route("/api/v1/plans", get(plans))
		.route("/api/v1/plans/{id}", get(plan))
		.route("/api/v1/plans/{id}/confirmations", get(plan_confirmations))
		.route("/api/v1/plans/{id}/confirm", post(confirm))
		.route("/api/v1/plans/{id}/open", post(open))
		.route("/api/v1/sheets", post(publish_sheet))
		.route("/api/v1/confirmations", get(confirmations))
		.route("/api/v1/handoffs", get(handoffs))
		.route("/api/v1/institutions", get(institutions))
		.route("/api/v1/balances/{institution}", get(balance))
		.route("/api/v1/token-movements", get(movements))
		.route("/api/v1/events", get(events))
		.route("/api/v1/openings", get(openings))
		.merge(super::web::routes())
		.layer(axum::middleware::from_fn_with_state(agent.clone(), count))
		.with_state(agent)
}

async fn count(
	State(agent): Shared,
	req: axum::extract::Request,
	next: axum::middleware::Next,
) -> Response {
	let resp = next.run(req).await;
	agent.metrics.api_requests.with_label_values(&[resp.status().as_str()]).inc();
	resp
}

/// Serves until the task is aborted.
pub async fn serve(agent: Arc<Agent>, listener: tokio::net::TcpListener) {
	let service = router(agent).into_make_service_with_connect_info::<std::net::SocketAddr>();
	if let Err(e) = axum::serve(listener, service).await {
		log::error!("the HTTP server stopped: {e}");
	}
}

async fn health(State(agent): Shared) -> Response {
	let connected = agent.chain.read().await.is_some();
	let code = if connected { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
	(code, Json(json!({"connected": connected}))).into_response()
}

async fn metrics(State(agent): Shared) -> Response {
	([(header::CONTENT_TYPE, "text/plain; version=0.0.4")], agent.metrics.render()).into_response()
}

async fn openapi() -> Response {
	([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn status(State(agent): Shared, headers: HeaderMap) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	let cursor = agent.mirror.cursor().await?;
	Ok(Json(json!({
		"institution": agent.institution,
		"connected": agent.chain.read().await.is_some(),
		"mirrored": cursor,
		"finalized_height": agent.metrics.finalized_height.get(),
		"mirror_lag": agent.metrics.mirror_lag.get(),
		"pending_handoffs": agent.metrics.pending_handoffs.get(),
		"deliveries": agent.metrics.deliveries.get(),
		"deliveries_in_flight": agent.metrics.deliveries_in_flight.get(),
		"delivers": agent.delivers,
		"events": agent.mirror.event_count().await?,
	})))
}

/// An optional enum parameter (`status=open`), or a 400 naming it.
pub(crate) fn parse_enum<T: serde::de::DeserializeOwned>(
	what: &str,
	v: Option<String>,
) -> Result<Option<T>, ApiError> {
	v.map(|s| serde_json::from_value(json!(s)).map_err(|_| bad(format!("unknown {what} {s:?}"))))
		.transpose()
}

/// An optional RMB amount parameter, in fen, or a 400 naming it.
pub(crate) fn parse_amount(what: &str, v: Option<String>) -> Result<Option<u128>, ApiError> {
	v.map(|s| loanshare_sheet::money::parse_rmb(&s).map_err(|e| bad(format!("{what}: {e}"))))
		.transpose()
}

/// `GET /api/v1/plans` parameters.
#[derive(Deserialize, Default)]
pub struct PlansQuery {
	contributor: Option<u32>,
	status: Option<String>,
	loan_type: Option<String>,
	min_amount: Option<String>,
	max_amount: Option<String>,
	limit: Option<u32>,
	after: Option<u64>,
	#[serde(default)]
	newest_first: bool,
}

async fn plans(
	State(agent): Shared,
	headers: HeaderMap,
	ApiQuery(q): ApiQuery<PlansQuery>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	let filter = PlanFilter {
		contributor: q.contributor,
		status: parse_enum("status", q.status)?,
		loan_type: q.loan_type,
		min_amount: parse_amount("min_amount", q.min_amount)?,
		max_amount: parse_amount("max_amount", q.max_amount)?,
		limit: q.limit.unwrap_or(0),
		after_id: q.after,
		newest_first: q.newest_first,
	};
	Ok(Json(json!(agent.mirror.plans(&filter).await?)))
}

async fn plan(State(agent): Shared, headers: HeaderMap, ApiPath(id): ApiPath<u64>) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	let p = agent
		.mirror
		.plan(id)
		.await?
		.ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("no plan {id}")))?;
	Ok(Json(json!(p)))
}

async fn plan_confirmations(
	State(agent): Shared,
	headers: HeaderMap,
	ApiPath(id): ApiPath<u64>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	Ok(Json(json!(agent.mirror.confirmations(Some(id), None, 0).await?)))
}

/// `GET /api/v1/confirmations` parameters.
#[derive(Deserialize)]
pub struct ConfirmationsQuery {
	plan: Option<u64>,
	participant: Option<u32>,
	limit: Option<u32>,
}

async fn confirmations(
	State(agent): Shared,
	headers: HeaderMap,
	ApiQuery(q): ApiQuery<ConfirmationsQuery>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	Ok(Json(json!(agent.mirror.confirmations(q.plan, q.participant, q.limit.unwrap_or(0)).await?)))
}

/// `GET /api/v1/handoffs` parameters.
#[derive(Deserialize)]
pub struct HandoffsQuery {
	plan: Option<u64>,
	contributor: Option<u32>,
	participant: Option<u32>,
	status: Option<String>,
	limit: Option<u32>,
	offset: Option<u32>,
}

async fn handoffs(
	State(agent): Shared,
	headers: HeaderMap,
	ApiQuery(q): ApiQuery<HandoffsQuery>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	let filter = HandoffFilter {
		plan: q.plan,
		contributor: q.contributor,
		participant: q.participant,
		status: parse_enum("status", q.status)?,
		limit: q.limit.unwrap_or(0),
		offset: q.offset.unwrap_or(0),
	};
	Ok(Json(json!(agent.mirror.handoffs(&filter).await?)))
}

async fn institutions(State(agent): Shared, headers: HeaderMap) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	Ok(Json(json!(agent.mirror.institutions().await?)))
}

async fn balance(
	State(agent): Shared,
	headers: HeaderMap,
	ApiPath(who): ApiPath<u32>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	let chain = agent
		.chain()
		.await
		.map_err(|e| ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))?;
	let at = chain.finalized().await.map_err(node)?;
	let b = Reader(&at).balance(who).await.map_err(node)?;
	Ok(Json(json!({"institution": who, "balance": b.to_string(), "block": at.block_number()})))
}

/// `GET /api/v1/token-movements` parameters.
#[derive(Deserialize)]
pub struct MovementsQuery {
	institution: Option<u32>,
	limit: Option<u32>,
	after: Option<i64>,
}

async fn movements(
	State(agent): Shared,
	headers: HeaderMap,
	ApiQuery(q): ApiQuery<MovementsQuery>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	Ok(Json(json!(
		agent.mirror.token_movements(q.institution, q.limit.unwrap_or(0), q.after).await?
	)))
}

/// `GET /api/v1/events` parameters.
#[derive(Deserialize)]
pub struct EventsQuery {
	from_block: Option<u64>,
	limit: Option<u32>,
}

async fn events(
	State(agent): Shared,
	headers: HeaderMap,
	ApiQuery(q): ApiQuery<EventsQuery>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Read)?;
	Ok(Json(json!(agent.mirror.events(q.from_block.unwrap_or(0), q.limit.unwrap_or(0)).await?)))
}

/// `POST /api/v1/plans/{id}/confirm` body.
#[derive(Deserialize)]
pub struct ConfirmBody {
	/// Amount, RMB (`"1000.00"`).
	amount: String,
	/// Rate, basis points.
	rate_bp: u32,
}

/// The API error of a failed transaction.
pub(crate) fn submit_error(e: SubmitError) -> ApiError {
	match e {
		SubmitError::Other(e)
			if e.to_string().contains("no signing key")
				|| e.to_string().contains("not connected") =>
		{
			ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string())
		},
		SubmitError::Failed(m) => ApiError(StatusCode::UNPROCESSABLE_ENTITY, m),
		SubmitError::Rejected(m) => {
			ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("not accepted: {m}"))
		},
		SubmitError::Other(e) => node(e),
	}
}

async fn confirm(
	State(agent): Shared,
	headers: HeaderMap,
	ApiPath(id): ApiPath<u64>,
	body: Option<Json<ConfirmBody>>,
) -> ApiResult {
	let who = authorize(&agent, &headers, Scope::Write)?;
	let Json(body) =
		body.ok_or_else(|| bad("body must be JSON {\"amount\": \"…\", \"rate_bp\": …}"))?;
	let amount =
		loanshare_sheet::money::parse_rmb(&body.amount).map_err(|e| bad(format!("amount: {e}")))?;
	if amount == 0 {
		return Err(bad("amount: must be more than zero"));
	}
	log::info!("API token {who:?} confirms {amount} fen of plan {id}");
	let mut results =
		agent.submit_calls(&[calls::confirm(id, amount, body.rate_bp)], Wait::Finalized).await;
	let outcome = results.pop().ok_or_else(|| node("no result"))?.map_err(submit_error)?;
	Ok(Json(json!(outcome)))
}

/// Records an attempt to open borrower data; an attempt that cannot be recorded fails.
pub(crate) async fn record(
	agent: &Agent,
	caller: &str,
	plan: u64,
	outcome: OpeningOutcome,
	detail: Option<&str>,
) -> Result<(), ApiError> {
	agent.mirror.record_opening(caller, plan, outcome, detail).await.map(drop).map_err(|e| {
		log::error!("AUDIT: cannot record an opening of plan {plan} by {caller:?}: {e}");
		ApiError(
			StatusCode::INTERNAL_SERVER_ERROR,
			format!("cannot record the opening in the mirror database, so nothing is opened: {e}"),
		)
	})
}

/// The borrower data of `plan` delivered to the agent's institution, or what became of the
/// attempt and the error to answer.
pub(crate) async fn open_for(
	agent: &Agent,
	plan: u64,
) -> Result<loanshare_envelope::BorrowerData, (OpeningOutcome, ApiError)> {
	let failed = |code: StatusCode, msg: String| (OpeningOutcome::Failed, ApiError(code, msg));
	let (Some(keyring), Some(me)) = (agent.keyring.as_ref(), agent.institution) else {
		return Err(failed(
			StatusCode::SERVICE_UNAVAILABLE,
			"the agent has no RSA key directory or institution".into(),
		));
	};
	let chain =
		agent.chain().await.map_err(|e| failed(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))?;
	let at = chain
		.finalized()
		.await
		.map_err(|e| failed(StatusCode::BAD_GATEWAY, format!("node: {e}")))?;
	delivery::open_plan(&at, &chain.genesis(), keyring, plan, me).await.map_err(|e| match e {
		delivery::HandoffError::Unknown { .. } => (
			OpeningOutcome::NotDelivered,
			ApiError(
				StatusCode::NOT_FOUND,
				format!(
					"institution {me} has no handoff of plan {plan}: nothing was delivered to it"
				),
			),
		),
		delivery::HandoffError::WrongState { status, .. } => (
			OpeningOutcome::NotDelivered,
			ApiError(
				StatusCode::NOT_FOUND,
				format!(
					"plan {plan} has no delivered key for institution {me}: the handoff is {}",
					status.describe()
				),
			),
		),
		delivery::HandoffError::Crypto(m) => failed(StatusCode::UNPROCESSABLE_ENTITY, m),
		delivery::HandoffError::Chain(e) => failed(StatusCode::BAD_GATEWAY, format!("node: {e}")),
		other => failed(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
	})
}

/// `POST /api/v1/plans/{id}/open`: the borrower data delivered to this institution. Every
/// attempt is recorded in the `openings` table first.
async fn open(State(agent): Shared, headers: HeaderMap, ApiPath(id): ApiPath<u64>) -> ApiResult {
	let entry = match token_of(&agent, &headers) {
		Ok(entry) => entry,
		Err(e) => {
			record(&agent, "-", id, OpeningOutcome::Unauthenticated, Some(&e.1)).await?;
			return Err(e);
		},
	};
	if !entry.scopes.allows(Scope::Open) {
		let e = forbidden(entry, Scope::Open);
		record(&agent, &entry.name, id, OpeningOutcome::Forbidden, Some(&e.1)).await?;
		return Err(e);
	}
	let who = &entry.name;
	match open_for(&agent, id).await {
		Ok(data) => {
			record(&agent, who, id, OpeningOutcome::Opened, None).await?;
			log::info!("AUDIT: borrower data of plan {id} opened through the API by token {who:?}");
			Ok(Json(json!({
				"plan": id,
				"name": data.name,
				"id_number": data.id_number,
				"mobile": data.mobile,
				"licence_plate": data.licence_plate,
				"engine_number": data.engine_number,
			})))
		},
		Err((outcome, e)) => {
			record(&agent, who, id, outcome, Some(&e.1)).await?;
			log::warn!("AUDIT: opening of plan {id} by token {who:?} refused: {}", e.1);
			Err(e)
		},
	}
}

/// `GET /api/v1/openings` parameters.
#[derive(Deserialize)]
pub struct OpeningsQuery {
	plan: Option<u64>,
	limit: Option<u32>,
}

async fn openings(
	State(agent): Shared,
	headers: HeaderMap,
	ApiQuery(q): ApiQuery<OpeningsQuery>,
) -> ApiResult {
	authorize(&agent, &headers, Scope::Audit)?;
	Ok(Json(json!(agent.mirror.openings(q.plan, q.limit.unwrap_or(0)).await?)))
}

/// `POST /api/v1/sheets` parameters.
#[derive(Deserialize)]
pub struct SheetQuery {
	/// Validate and seal only.
	#[serde(default)]
	dry_run: bool,
	/// UTC offset of the sheet's times (default +08:00).
	utc_offset: Option<String>,
}

async fn publish_sheet(
	State(agent): Shared,
	headers: HeaderMap,
	ApiQuery(q): ApiQuery<SheetQuery>,
	body: Bytes,
) -> Response {
	let result = async {
		let who = authorize(&agent, &headers, Scope::Write)?;
		let me = agent.institution.ok_or_else(|| ApiError(StatusCode::SERVICE_UNAVAILABLE, "the agent acts for no institution".into()))?;
		let sheet = loanshare_sheet::read_bytes(&body).map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
		let chain = agent.chain().await.map_err(|e| ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))?;
		let offset = crate::publish::parse_utc_offset(q.utc_offset.as_deref().unwrap_or("+08:00")).map_err(|e| bad(e.to_string()))?;
		let prepared = match crate::publish::prepare(&chain, me, &sheet, offset).await {
			Ok(p) => p,
			Err(e @ crate::publish::PrepareError::Cells(_)) => {
				return Ok((StatusCode::UNPROCESSABLE_ENTITY, json!({"error": "the sheet has bad cells; nothing was published", "problems": e.problems()})));
			},
			Err(e) => return Err(bad(format!("{e:#}"))),
		};
		log::info!("API token {who:?} publishes {} plans ({} already published)", prepared.inputs.len(), prepared.skipped);
		if q.dry_run {
			return Ok((StatusCode::OK, json!({"rows": prepared.rows, "skipped": prepared.skipped, "to_publish": prepared.inputs.len()})));
		}
		let batches = crate::publish::batches(&prepared, crate::publish::DEFAULT_BATCH);
		let payloads: Vec<_> = batches.iter().map(|b| b.payload.clone()).collect();
		let results = agent.submit_all(&payloads, Wait::Finalized).await;
		let report = crate::publish::report(&prepared, &batches, results);
		let code = if report.failures.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
		Ok((code, json!(report)))
	}
	.await;
	match result {
		Ok((code, v)) => (code, Json(v)).into_response(),
		Err(e) => e.into_response(),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The routes the router declares (read from this file's source).
	fn declared_routes() -> Vec<String> {
		include_str!("rest.rs")
			.split(".route(\"")
			.skip(1)
			.filter_map(|rest| rest.split('"').next().map(str::to_owned))
			.collect()
	}

	/// An agent with an in-memory mirror, the given tokens, and no node, signer or keys.
	async fn agent(tokens: &str) -> Arc<Agent> {
		Arc::new(Agent {
			mirror: loanshare_mirror::Mirror::open("sqlite::memory:").await.unwrap(),
			metrics: super::super::metrics::Metrics::new().unwrap(),
			tokens: super::super::auth::Tokens::parse(tokens).unwrap(),
			chain: tokio::sync::RwLock::new(None),
			signer: None,
			institution: Some(2),
			keyring: None,
			delivers: false,
			new_block: tokio::sync::Notify::new(),
			web: super::super::web::WebState::new(
				super::super::web::WebSettings::new(None, None, false).unwrap(),
			),
			submit_lock: tokio::sync::Mutex::new(()),
		})
	}

	/// Serves `agent` on a loopback port; returns its address.
	async fn serve_locally(agent: Arc<Agent>) -> std::net::SocketAddr {
		let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
		let addr = listener.local_addr().unwrap();
		tokio::spawn(serve(agent, listener));
		addr
	}

	/// One HTTP/1.1 request; the status and the JSON body.
	async fn request(
		addr: std::net::SocketAddr,
		method: &str,
		path: &str,
		token: Option<&str>,
	) -> (u16, Value) {
		use tokio::io::{AsyncReadExt, AsyncWriteExt};
		let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
		let auth = token.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
		let head = format!(
			"{method} {path} HTTP/1.1\r\nHost: agent\r\n{auth}Content-Length: 0\r\nConnection: close\r\n\r\n"
		);
		stream.write_all(head.as_bytes()).await.unwrap();
		let mut response = Vec::new();
		stream.read_to_end(&mut response).await.unwrap();
		let text = String::from_utf8(response).unwrap();
		let status = text[9..12].parse().unwrap();
		let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or_default();
		(status, serde_json::from_str(body).unwrap_or(Value::Null))
	}

	#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
	async fn every_attempt_to_open_borrower_data_is_recorded() {
		use super::super::auth::{new_token, Scope, Scopes};
		let (read, read_line) = new_token("erp", Scopes::of(&[Scope::Read, Scope::Write])).unwrap();
		let (open, open_line) = new_token("loan-desk", Scopes::of(&[Scope::Open])).unwrap();
		let (audit, audit_line) = new_token("auditor", Scopes::of(&[Scope::Audit])).unwrap();
		let (admin, admin_line) = new_token("ops", Scopes::of(&[Scope::Admin])).unwrap();
		let agent = agent(&format!("{read_line}\n{open_line}\n{audit_line}\n{admin_line}\n")).await;
		let addr = serve_locally(agent.clone()).await;

		let (status, body) = request(addr, "POST", "/api/v1/plans/7/open", None).await;
		assert_eq!(status, 401, "{body}");
		let (status, _) = request(addr, "POST", "/api/v1/plans/7/open", Some("lsk_0")).await;
		assert_eq!(status, 401);
		let (status, body) = request(addr, "POST", "/api/v1/plans/7/open", Some(&read)).await;
		assert_eq!(status, 403);
		assert!(body["error"].as_str().unwrap().contains("needs scope open"), "{body}");
		// An open token gets through to the opening, which this agent cannot do (no keys).
		let (status, body) = request(addr, "POST", "/api/v1/plans/8/open", Some(&open)).await;
		assert_eq!(status, 503, "{body}");
		// Opening is a POST: a GET opens nothing and is not an attempt.
		let (status, _) = request(addr, "GET", "/api/v1/plans/8/open", Some(&open)).await;
		assert_eq!(status, 405);

		let trail = agent.mirror.openings(None, 0).await.unwrap();
		let seen: Vec<(&str, u64, OpeningOutcome)> =
			trail.iter().map(|o| (o.caller.as_str(), o.plan, o.outcome)).collect();
		assert_eq!(
			seen,
			[
				("loan-desk", 8, OpeningOutcome::Failed),
				("erp", 7, OpeningOutcome::Forbidden),
				("-", 7, OpeningOutcome::Unauthenticated),
				("-", 7, OpeningOutcome::Unauthenticated),
			]
		);
		assert!(trail[0].detail.as_deref().unwrap_or_default().contains("no RSA key directory"));

		// The trail is for auditors (and admins), not for readers or openers.
		for token in [&read, &open] {
			let (status, _) = request(addr, "GET", "/api/v1/openings", Some(token)).await;
			assert_eq!(status, 403);
		}
		let (status, body) =
			request(addr, "GET", "/api/v1/openings?plan=7&limit=2", Some(&audit)).await;
		assert_eq!(status, 200, "{body}");
		let rows = body.as_array().unwrap();
		assert_eq!(rows.len(), 2);
		assert_eq!(
			(rows[0]["caller"].as_str(), rows[0]["outcome"].as_str()),
			(Some("erp"), Some("forbidden"))
		);
		assert!(rows[0]["opened_at"].as_str().unwrap().ends_with('Z'));
		let (status, body) = request(addr, "GET", "/api/v1/openings", Some(&admin)).await;
		assert_eq!((status, body.as_array().map(Vec::len)), (200, Some(4)));
		let (status, _) = request(addr, "GET", "/api/v1/openings?plan=x", Some(&admin)).await;
		assert_eq!(status, 400);
		// Reading the trail is not an opening.
		assert_eq!(agent.mirror.openings(None, 0).await.unwrap().len(), 4);
	}

	#[test]
	fn the_openapi_document_lists_exactly_the_routes() {
		let doc: Value = serde_json::from_str(OPENAPI).unwrap();
		let mut documented: Vec<String> =
			doc["paths"].as_object().unwrap().keys().cloned().collect();
		let mut declared = declared_routes();
		documented.sort();
		declared.sort();
		declared.dedup();
		assert_eq!(documented, declared);
		for (path, ops) in doc["paths"].as_object().unwrap() {
			if path.starts_with("/api/") {
				for op in ops.as_object().unwrap().values() {
					assert!(
						op["responses"].get("401").is_some(),
						"{path} documents its token refusal"
					);
				}
			}
		}
	}
}
