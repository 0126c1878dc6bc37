//! The agent's HTTP interface: the REST API for the institution's back office
//! (`/api/v1/…`, API tokens required), its OpenAPI document, health and metrics.
//!
//! Reads come from the mirror database (and balances from the chain); writes are
//! signed by the agent with the institution's key. Every `/api/v1` route needs a
//! token (`Authorization: Bearer lsk_…`); publishing, confirming and opening
//! borrower data need a `write` token. Errors are JSON `{"error": "…"}` with a
//! meaningful status: 400 bad input, 401/403 tokens, 404 unknown, 422 a sheet with
//! bad cells, 502/503 the node.
use super::{auth::Scope, Agent};
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
use loanshare_mirror::{HandoffFilter, PlanFilter};
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

fn bad(msg: impl Into<String>) -> ApiError {
	ApiError(StatusCode::BAD_REQUEST, msg.into())
}

fn node(e: impl std::fmt::Display) -> ApiError {
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

/// Checks the request's token against `scope`; returns the token's name.
fn authorize(agent: &Agent, headers: &HeaderMap, scope: Scope) -> Result<String, ApiError> {
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
	let entry = agent
		.tokens
		.check(token.trim())
		.ok_or_else(|| ApiError(StatusCode::UNAUTHORIZED, "unknown API token".into()))?;
	if entry.scope < scope {
		return Err(ApiError(
			StatusCode::FORBIDDEN,
			format!("token {:?} may not do this (needs a write token)", entry.name),
		));
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
		.route("/api/v1/plans/{id}/borrower", get(borrower))
		.route("/api/v1/sheets", post(publish_sheet))
		.route("/api/v1/confirmations", get(confirmations))
		.route("/api/v1/handoffs", get(handoffs))
		.route("/api/v1/institutions", get(institutions))
		.route("/api/v1/balances/{institution}", get(balance))
		.route("/api/v1/token-movements", get(movements))
		.route("/api/v1/events", get(events))
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
	if let Err(e) = axum::serve(listener, router(agent)).await {
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
		"delivers": agent.delivers,
		"events": agent.mirror.event_count().await?,
	})))
}

fn parse_enum<T: serde::de::DeserializeOwned>(
	what: &str,
	v: Option<String>,
) -> Result<Option<T>, ApiError> {
	v.map(|s| serde_json::from_value(json!(s)).map_err(|_| bad(format!("unknown {what} {s:?}"))))
		.transpose()
}

fn parse_amount(what: &str, v: Option<String>) -> Result<Option<u128>, ApiError> {
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

fn submit_error(e: SubmitError) -> ApiError {
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

async fn borrower(
	State(agent): Shared,
	headers: HeaderMap,
	ApiPath(id): ApiPath<u64>,
) -> ApiResult {
	let who = authorize(&agent, &headers, Scope::Write)?;
	let (Some(keyring), Some(me)) = (agent.keyring.as_ref(), agent.institution) else {
		return Err(ApiError(
			StatusCode::SERVICE_UNAVAILABLE,
			"the agent has no RSA key directory or institution".into(),
		));
	};
	let chain = agent
		.chain()
		.await
		.map_err(|e| ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))?;
	let at = chain.finalized().await.map_err(node)?;
	let data =
		delivery::open_plan(&at, &chain.genesis(), keyring, id, me).await.map_err(|e| match e {
			delivery::HandoffError::Unknown { .. } | delivery::HandoffError::WrongState { .. } => {
				ApiError(StatusCode::CONFLICT, e.to_string())
			},
			delivery::HandoffError::Chain(e) => node(e),
			other => ApiError(StatusCode::INTERNAL_SERVER_ERROR, other.to_string()),
		})?;
	log::info!("AUDIT: borrower data of plan {id} opened through the API by token {who:?}");
	Ok(Json(json!({
		"plan": id,
		"name": data.name,
		"id_number": data.id_number,
		"mobile": data.mobile,
		"licence_plate": data.licence_plate,
		"engine_number": data.engine_number,
	})))
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
