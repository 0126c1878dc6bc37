//! The web app's API (`/app/api/…`, a signed-in session required): the user's own
//! settings, plans and their terms, confirming and accepting shares, opening delivered
//! borrower data, handoffs, tokens, and for administrators the users and the openings
//! trail. The sheet routes are in [`super::sheets`], the live events in [`super::live`].
//!
//! Reads come from the mirror (balances, plans' current terms and redemptions from the
//! chain's finalised block); writes are signed by the agent with the institution's key and
//! followed to finality. Errors are JSON `{"error": "…"}`: 401 not signed in, 403 the
//! user's role or a missing CSRF token, 404 unknown, 409 a taken user name, 422 the chain
//! or the terms refuse, 502/503 the node.
use super::{
	super::{
		rest::{self, ApiError, ApiPath, ApiQuery},
		users, Agent,
	},
	session::WebUser,
	ApiJson,
};
use crate::{
	chain::{
		calls,
		submit::Wait,
		types::{Fen, PlanStatus as ChainPlanStatus},
		At, Reader,
	},
	commands::plans::fee_for,
	money::{format_bp, format_fen},
};
use axum::{extract::State, http::StatusCode, Json};
use loanshare_mirror::{
	HandoffFilter, InstitutionRow, Language, MirrorError, OpeningOutcome, PlanFilter, PlanRow,
	UserRole,
};
use serde::Deserialize;
use serde_json::{json, Value};
use std::{collections::HashMap, sync::Arc};

type Shared = State<Arc<Agent>>;
type JsonResult = Result<Json<Value>, ApiError>;

/// The fallback of `/app/api/…`: a JSON 404.
pub async fn not_found() -> ApiError {
	ApiError(StatusCode::NOT_FOUND, "no such page or route".into())
}

fn unavailable(e: impl std::fmt::Display) -> ApiError {
	ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string())
}

fn unprocessable(e: impl Into<String>) -> ApiError {
	ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.into())
}

/// The finalised block, or 503 while the agent reconnects.
async fn finalized(agent: &Agent) -> Result<At, ApiError> {
	let chain = agent.chain().await.map_err(unavailable)?;
	chain.finalized().await.map_err(rest::node)
}

/// The agent's institution, or 503.
fn institution(agent: &Agent) -> Result<u32, ApiError> {
	agent.institution.ok_or_else(|| unavailable("the agent acts for no institution"))
}

async fn institution_row(agent: &Agent) -> Result<Option<InstitutionRow>, ApiError> {
	let Some(me) = agent.institution else { return Ok(None) };
	Ok(agent.mirror.institutions().await?.into_iter().find(|i| i.id == me))
}

async fn names(agent: &Agent) -> Result<HashMap<u32, String>, ApiError> {
	Ok(agent.mirror.institutions().await?.into_iter().map(|i| (i.id, i.name)).collect())
}

/// What `GET /app/api/me` answers: the user, the session's CSRF token, the institution and
/// what the agent can do.
pub async fn me_json(agent: &Agent, user: &WebUser) -> Result<Value, ApiError> {
	let me = institution_row(agent).await?;
	let s = &user.0;
	Ok(json!({
		"user": {"name": s.user.name, "role": s.user.role, "lang": s.user.lang},
		"csrf": s.csrf_token,
		"session": {
			"expires_at_ms": s.expires_at_ms,
			"idle_ms": u64::try_from(agent.web.settings.idle.as_millis()).unwrap_or(u64::MAX),
		},
		"institution": {
			"id": agent.institution,
			"name": me.as_ref().map(|i| i.name.clone()),
			"roles": me.as_ref().map(|i| i.roles.clone()).unwrap_or_default(),
		},
		"agent": {
			"connected": agent.chain.read().await.is_some(),
			"signs": agent.signer.is_some(),
			"opens": agent.keyring.is_some(),
			"delivers": agent.delivers,
		},
	}))
}

/// `GET /app/api/me`.
pub async fn me(State(agent): Shared, user: WebUser) -> JsonResult {
	Ok(Json(me_json(&agent, &user).await?))
}

/// `PUT /app/api/me/lang` body.
#[derive(Deserialize)]
pub struct LangBody {
	lang: String,
}

/// `PUT /app/api/me/lang`: the user's language, kept with the user.
pub async fn set_lang(
	State(agent): Shared,
	user: WebUser,
	ApiJson(body): ApiJson<LangBody>,
) -> JsonResult {
	let lang = users::parse_lang(&body.lang).map_err(|e| rest::bad(e.to_string()))?;
	agent.mirror.update_user(user.name(), None, None, Some(lang)).await?;
	let mut session = user.0;
	session.user.lang = lang;
	Ok(Json(me_json(&agent, &WebUser(session)).await?))
}

/// `PUT /app/api/me/password` body.
#[derive(Deserialize)]
pub struct PasswordBody {
	current: String,
	new: String,
}

/// `PUT /app/api/me/password`: a new password (the current one first); every session of the
/// user ends, this one included.
pub async fn set_password(
	State(agent): Shared,
	user: WebUser,
	ApiJson(body): ApiJson<PasswordBody>,
) -> JsonResult {
	users::check_password(&body.new).map_err(|e| rest::bad(e.to_string()))?;
	let (_, hash) = agent
		.mirror
		.user_with_hash(user.name())
		.await?
		.ok_or_else(|| ApiError(StatusCode::UNAUTHORIZED, "the user is gone".into()))?;
	let current = zeroize::Zeroizing::new(body.current);
	let new = zeroize::Zeroizing::new(body.new);
	let new_hash = tokio::task::spawn_blocking(move || {
		if users::verify_password(&current, &hash) {
			users::hash_password(&new).map(Some)
		} else {
			Ok(None)
		}
	})
	.await
	.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
	.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
	.ok_or_else(|| ApiError(StatusCode::FORBIDDEN, "the current password is wrong".into()))?;
	agent.mirror.update_user(user.name(), None, Some(&new_hash), None).await?;
	let ended = agent.mirror.end_sessions_of(user.0.user.id).await?;
	log::info!("web app: {} changed the password ({ended} session(s) ended)", user.name());
	Ok(Json(json!({"signed_out": true})))
}

/// `GET /app/api/institutions`.
pub async fn institutions(State(agent): Shared, _user: WebUser) -> JsonResult {
	Ok(Json(json!(agent.mirror.institutions().await?)))
}

/// `GET /app/api/plans` parameters.
#[derive(Deserialize, Default)]
pub struct PlansQuery {
	status: Option<String>,
	loan_type: Option<String>,
	min_amount: Option<String>,
	max_amount: Option<String>,
	min_rate_bp: Option<u32>,
	max_rate_bp: Option<u32>,
	min_score: Option<u16>,
	max_score: Option<u16>,
	#[serde(default)]
	mine: bool,
	limit: Option<usize>,
}

/// Plans a user may filter by more than the mirror's own filters: a rate range that
/// overlaps the plan's, and a risk score range.
fn keep(p: &PlanRow, q: &PlansQuery) -> bool {
	q.min_rate_bp.is_none_or(|r| p.max_rate_bp >= r)
		&& q.max_rate_bp.is_none_or(|r| p.min_rate_bp <= r)
		&& q.min_score.is_none_or(|s| p.risk_score >= s)
		&& q.max_score.is_none_or(|s| p.risk_score <= s)
}

fn plan_json(p: &PlanRow, names: &HashMap<u32, String>) -> Value {
	let mut v = json!(p);
	if let Some(o) = v.as_object_mut() {
		o.insert("contributor_name".into(), json!(names.get(&p.contributor)));
		o.insert("left".into(), json!(p.shared_limit.saturating_sub(p.taken).to_string()));
	}
	v
}

/// `GET /app/api/plans`: newest first; `mine=true` for the institution's own plans (with
/// their handoffs counted by status), else everyone's, marked when the institution holds a
/// share. Filters: `status`, `loan_type`, `min_amount`/`max_amount` (RMB),
/// `min_rate_bp`/`max_rate_bp` (overlapping the plan's range), `min_score`/`max_score`.
pub async fn plans(
	State(agent): Shared,
	_user: WebUser,
	ApiQuery(q): ApiQuery<PlansQuery>,
) -> JsonResult {
	let me = agent.institution;
	let filter = PlanFilter {
		contributor: if q.mine { Some(institution(&agent)?) } else { None },
		status: rest::parse_enum("status", q.status.clone().filter(|s| !s.is_empty()))?,
		loan_type: q.loan_type.clone().filter(|s| !s.is_empty()),
		min_amount: rest::parse_amount(
			"min_amount",
			q.min_amount.clone().filter(|s| !s.is_empty()),
		)?,
		max_amount: rest::parse_amount(
			"max_amount",
			q.max_amount.clone().filter(|s| !s.is_empty()),
		)?,
		limit: loanshare_mirror::MAX_LIMIT,
		after_id: None,
		newest_first: true,
	};
	let rows = agent.mirror.plans(&filter).await?;
	let names = names(&agent).await?;
	let limit = q.limit.unwrap_or(200).clamp(1, 1000);
	let mut held: HashMap<u64, String> = HashMap::new();
	let mut counts: HashMap<u64, HashMap<String, u32>> = HashMap::new();
	if let Some(me) = me {
		let filter = if q.mine {
			HandoffFilter {
				contributor: Some(me),
				limit: loanshare_mirror::MAX_LIMIT,
				..Default::default()
			}
		} else {
			HandoffFilter {
				participant: Some(me),
				limit: loanshare_mirror::MAX_LIMIT,
				..Default::default()
			}
		};
		for h in agent.mirror.handoffs(&filter).await? {
			if q.mine {
				*counts.entry(h.plan).or_default().entry(h.status.to_string()).or_default() += 1;
			} else {
				held.entry(h.plan).or_insert_with(|| h.status.to_string());
			}
		}
	}
	let plans: Vec<Value> = rows
		.iter()
		.filter(|p| keep(p, &q))
		.take(limit)
		.map(|p| {
			let mut v = plan_json(p, &names);
			if let Some(o) = v.as_object_mut() {
				o.insert("mine".into(), json!(Some(p.contributor) == me));
				o.insert("my_handoff".into(), json!(held.get(&p.id)));
				if q.mine {
					o.insert(
						"handoffs".into(),
						json!(counts.get(&p.id).cloned().unwrap_or_default()),
					);
				}
			}
			v
		})
		.collect();
	Ok(Json(json!({"plans": plans, "institution": me})))
}

/// `GET /app/api/plans/{id}`: the plan, its confirmations and handoffs (all of them for its
/// contributor, the institution's own for a participant), and the chain's fee floor.
pub async fn plan(State(agent): Shared, _user: WebUser, ApiPath(id): ApiPath<u64>) -> JsonResult {
	let p = agent
		.mirror
		.plan(id)
		.await?
		.ok_or_else(|| ApiError(StatusCode::NOT_FOUND, format!("no plan {id}")))?;
	let me = agent.institution;
	let mine = Some(p.contributor) == me;
	let names = names(&agent).await?;
	let handoffs = agent
		.mirror
		.handoffs(&HandoffFilter {
			plan: Some(id),
			participant: if mine { None } else { Some(me.unwrap_or(u32::MAX)) },
			limit: loanshare_mirror::MAX_LIMIT,
			..Default::default()
		})
		.await?;
	let confirmations =
		agent.mirror.confirmations(Some(id), None, loanshare_mirror::MAX_LIMIT).await?;
	let min_fee: Option<String> = match finalized(&agent).await {
		Ok(at) => Reader(&at).constant::<Fen>("LoanShare", "MinFee").ok().map(|f| f.to_string()),
		Err(_) => None,
	};
	let confirmations: Vec<Value> = confirmations
		.iter()
		.map(|c| {
			let mut v = json!(c);
			if let Some(o) = v.as_object_mut() {
				o.insert("participant_name".into(), json!(names.get(&c.participant)));
			}
			v
		})
		.collect();
	let handoffs: Vec<Value> = handoffs
		.iter()
		.map(|h| {
			let mut v = json!(h);
			if let Some(o) = v.as_object_mut() {
				o.insert("participant_name".into(), json!(names.get(&h.participant)));
			}
			v
		})
		.collect();
	let my_handoff =
		if mine { None } else { handoffs.iter().find(|h| h["participant"] == json!(me)).cloned() };
	Ok(Json(json!({
		"plan": plan_json(&p, &names),
		"mine": mine,
		"confirmations": confirmations,
		"handoffs": handoffs,
		"my_handoff": my_handoff,
		"min_fee": min_fee,
	})))
}

/// One reason a share cannot be taken: a code the app translates, the values it needs, and
/// an English message.
fn problem(code: &str, message: String, values: Value) -> Value {
	json!({"code": code, "message": message, "values": values})
}

/// The terms of taking `amount` fen of plan `id` at `rate_bp`, checked against the plan's
/// current state on chain: the fee (as the runtime charges it) and every reason the chain
/// would refuse.
async fn terms(agent: &Agent, id: u64, amount: Fen, rate_bp: u32) -> Result<Value, ApiError> {
	let me = institution(agent)?;
	let at = finalized(agent).await?;
	let r = Reader(&at);
	let p = r.plan(id).await.map_err(rest::node)?.ok_or_else(|| {
		ApiError(StatusCode::NOT_FOUND, format!("there is no plan {id} on chain"))
	})?;
	let c = &p.input.conditions;
	let min_fee: Fen = r.constant("LoanShare", "MinFee").map_err(rest::node)?;
	let now: u64 = r.entry("Timestamp", "Now", ()).await.map_err(rest::node)?.unwrap_or_default();
	let balance = r.balance(me).await.map_err(rest::node)?;
	let taken = r.confirmations(id).await.map_err(rest::node)?.iter().any(|c| c.participant == me);
	let left = c.shared_limit.saturating_sub(p.taken);
	let fee = fee_for(amount, c.token_rate, min_fee);
	let mut problems = Vec::new();
	if p.status != ChainPlanStatus::Open {
		problems.push(problem(
			"not_open",
			format!("plan {id} is {:?}, not open", p.status),
			json!({"status": format!("{:?}", p.status)}),
		));
	}
	if now < c.start {
		problems.push(problem(
			"not_started",
			format!("plan {id} opens later"),
			json!({"start_ms": c.start}),
		));
	}
	if now > c.end {
		problems.push(problem("ended", format!("plan {id} has ended"), json!({"end_ms": c.end})));
	}
	if p.contributor == me {
		problems.push(problem("own_plan", "this is your institution's own plan".into(), json!({})));
	}
	if taken {
		problems.push(problem(
			"already_taken",
			"your institution holds a share of this plan".into(),
			json!({}),
		));
	}
	if p.participants >= c.max_participants {
		problems.push(problem(
			"participants_full",
			format!("plan {id} has its {} participants", c.max_participants),
			json!({"max_participants": c.max_participants}),
		));
	}
	if amount < c.min_share {
		problems.push(problem(
			"below_min_share",
			format!(
				"{} RMB is below the minimum share of {} RMB",
				format_fen(amount),
				format_fen(c.min_share)
			),
			json!({"min_share": c.min_share.to_string()}),
		));
	}
	if amount > left {
		problems.push(problem(
			"above_left",
			format!("{} RMB is more than the {} RMB left", format_fen(amount), format_fen(left)),
			json!({"left": left.to_string()}),
		));
	}
	if rate_bp < c.min_rate_bp || rate_bp > c.max_rate_bp {
		problems.push(problem(
			"rate_out_of_range",
			format!(
				"rate {} is outside {}–{}",
				format_bp(rate_bp),
				format_bp(c.min_rate_bp),
				format_bp(c.max_rate_bp)
			),
			json!({"min_rate_bp": c.min_rate_bp, "max_rate_bp": c.max_rate_bp}),
		));
	}
	match fee {
		Some(f) if f > balance => problems.push(problem(
			"fee_above_balance",
			format!(
				"the fee of {} TOKEN is more than the balance of {} TOKEN",
				format_fen(f),
				format_fen(balance)
			),
			json!({"balance": balance.to_string()}),
		)),
		None => problems.push(problem("too_large", "the amount is too large".into(), json!({}))),
		Some(_) => {},
	}
	Ok(json!({
		"plan": id,
		"amount": amount.to_string(),
		"rate_bp": rate_bp,
		"fee": fee.map(|f| f.to_string()),
		"min_fee": min_fee.to_string(),
		"token_rate": c.token_rate,
		"left": left.to_string(),
		"min_share": c.min_share.to_string(),
		"balance": balance.to_string(),
		"block": at.block_number(),
		"problems": problems,
	}))
}

fn amount_of(text: &str) -> Result<Fen, ApiError> {
	match crate::money::parse_rmb(text.trim()) {
		Ok(0) => Err(rest::bad("amount: must be more than zero")),
		Ok(fen) => Ok(fen),
		Err(e) => Err(rest::bad(format!("amount: {e}"))),
	}
}

/// `GET /app/api/plans/{id}/fee` parameters.
#[derive(Deserialize)]
pub struct FeeQuery {
	amount: String,
	rate_bp: u32,
}

/// `GET /app/api/plans/{id}/fee?amount=RMB&rate_bp=BP`: the fee of a share, computed before
/// anything is signed, and what would stop it.
pub async fn fee(
	State(agent): Shared,
	_user: WebUser,
	ApiPath(id): ApiPath<u64>,
	ApiQuery(q): ApiQuery<FeeQuery>,
) -> JsonResult {
	let amount = amount_of(&q.amount)?;
	Ok(Json(terms(&agent, id, amount, q.rate_bp).await?))
}

/// `POST /app/api/plans/{id}/confirm` body.
#[derive(Deserialize)]
pub struct ConfirmBody {
	amount: String,
	rate_bp: u32,
}

/// `POST /app/api/plans/{id}/confirm` (officer): checks the terms again, then the agent signs
/// `LoanShare.confirm` and follows it to finality.
pub async fn confirm(
	State(agent): Shared,
	user: WebUser,
	ApiPath(id): ApiPath<u64>,
	ApiJson(body): ApiJson<ConfirmBody>,
) -> JsonResult {
	user.require(UserRole::Officer)?;
	let amount = amount_of(&body.amount)?;
	let t = terms(&agent, id, amount, body.rate_bp).await?;
	if let Some(first) = t["problems"].as_array().and_then(|p| p.first()) {
		return Err(unprocessable(
			first["message"].as_str().unwrap_or("the chain would refuse this share"),
		));
	}
	log::info!(
		"web app: {} confirms {} RMB of plan {id} at {} (fee {} units)",
		user.name(),
		format_fen(amount),
		format_bp(body.rate_bp),
		t["fee"]
	);
	let mut results =
		agent.submit_calls(&[calls::confirm(id, amount, body.rate_bp)], Wait::Finalized).await;
	let outcome =
		results.pop().ok_or_else(|| rest::node("no result"))?.map_err(rest::submit_error)?;
	Ok(Json(json!({"terms": t, "outcome": outcome})))
}

/// `POST /app/api/plans/{id}/accept` (officer): accepts the delivery; the fee goes to the
/// contributor now.
pub async fn accept(State(agent): Shared, user: WebUser, ApiPath(id): ApiPath<u64>) -> JsonResult {
	user.require(UserRole::Officer)?;
	log::info!("web app: {} accepts the delivery of plan {id}", user.name());
	let mut results = agent.submit_calls(&[calls::accept(id)], Wait::Finalized).await;
	let outcome =
		results.pop().ok_or_else(|| rest::node("no result"))?.map_err(rest::submit_error)?;
	Ok(Json(json!({"outcome": outcome})))
}

/// `POST /app/api/plans/{id}/open` (officer): the borrower data delivered to this
/// institution, decrypted by the agent. Every attempt, refused ones included, is recorded in
/// the openings trail (caller `web:NAME`) before the answer, which the browser must not
/// store (`Cache-Control: no-store`).
pub async fn open(
	State(agent): Shared,
	user: Result<WebUser, ApiError>,
	ApiPath(id): ApiPath<u64>,
) -> JsonResult {
	let user = match user {
		Ok(u) => u,
		Err(e) => {
			rest::record(&agent, "-", id, OpeningOutcome::Unauthenticated, Some(&e.1)).await?;
			return Err(e);
		},
	};
	let caller = user.caller();
	if let Err(e) = user.require(UserRole::Officer) {
		rest::record(&agent, &caller, id, OpeningOutcome::Forbidden, Some(&e.1)).await?;
		log::warn!("AUDIT: opening of plan {id} by {caller:?} refused: {}", e.1);
		return Err(e);
	}
	match rest::open_for(&agent, id).await {
		Ok(data) => {
			rest::record(&agent, &caller, id, OpeningOutcome::Opened, None).await?;
			log::info!("AUDIT: borrower data of plan {id} opened in the web app by {caller:?}");
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
			rest::record(&agent, &caller, id, outcome, Some(&e.1)).await?;
			log::warn!("AUDIT: opening of plan {id} by {caller:?} refused: {}", e.1);
			Err(e)
		},
	}
}

/// `GET /app/api/handoffs` parameters.
#[derive(Deserialize)]
pub struct HandoffsQuery {
	/// `contributor` (owed by the institution) or `participant` (owed to it, the default).
	#[serde(rename = "as")]
	side: Option<String>,
	plan: Option<u64>,
	status: Option<String>,
	limit: Option<u32>,
}

/// `GET /app/api/handoffs`: the institution's handoffs, as contributor or participant.
pub async fn handoffs(
	State(agent): Shared,
	_user: WebUser,
	ApiQuery(q): ApiQuery<HandoffsQuery>,
) -> JsonResult {
	let me = institution(&agent)?;
	let contributor = match q.side.as_deref() {
		Some("contributor") => true,
		Some("participant") | None => false,
		Some(other) => {
			return Err(rest::bad(format!("as: {other:?} is neither contributor nor participant")))
		},
	};
	let rows = agent
		.mirror
		.handoffs(&HandoffFilter {
			plan: q.plan,
			contributor: contributor.then_some(me),
			participant: (!contributor).then_some(me),
			status: rest::parse_enum("status", q.status.filter(|s| !s.is_empty()))?,
			limit: q.limit.unwrap_or(0),
			offset: 0,
		})
		.await?;
	Ok(Json(json!(rows)))
}

/// `GET /app/api/tokens`: the institution's balance and redemption requests (from the chain,
/// when connected) and its latest token movements (newest first, from the mirror).
pub async fn tokens(State(agent): Shared, _user: WebUser) -> JsonResult {
	let me = institution(&agent)?;
	let roles = institution_row(&agent).await?.map(|i| i.roles).unwrap_or_default();
	let mut movements =
		agent.mirror.token_movements(Some(me), loanshare_mirror::MAX_LIMIT, None).await?;
	// A long history: page to its end, then keep the newest.
	while movements.len() >= loanshare_mirror::MAX_LIMIT as usize {
		let last = movements.last().map(|m| m.id);
		let more =
			agent.mirror.token_movements(Some(me), loanshare_mirror::MAX_LIMIT, last).await?;
		if more.is_empty() {
			break;
		}
		let keep = movements.len().saturating_sub(100);
		movements.drain(..keep);
		movements.extend(more);
	}
	movements.reverse();
	movements.truncate(200);
	let names = names(&agent).await?;
	let (balance, redemptions, chain_error) = match finalized(&agent).await {
		Ok(at) => {
			let r = Reader(&at);
			match (r.balance(me).await, r.redemptions().await) {
				(Ok(b), Ok(list)) => {
					let mine: Vec<Value> = list
						.into_iter()
						.filter(|(_, r)| r.requester == me)
						.rev()
						.map(
							|(id, r)| json!({"id": id, "amount": r.amount.to_string(), "status": r.status}),
						)
						.collect();
					(Some(b.to_string()), mine, None)
				},
				(Err(e), _) | (_, Err(e)) => (None, Vec::new(), Some(format!("node: {e:#}"))),
			}
		},
		Err(e) => (None, Vec::new(), Some(e.1)),
	};
	Ok(Json(json!({
		"institution": me,
		"issuer": roles.iter().any(|r| r == "TokenIssuer"),
		"balance": balance,
		"redemptions": redemptions,
		"movements": movements,
		"names": names,
		"chain_error": chain_error,
	})))
}

/// `POST /app/api/tokens/redeem` body.
#[derive(Deserialize)]
pub struct RedeemBody {
	amount: String,
}

/// `POST /app/api/tokens/redeem` (officer): asks the issuer to redeem tokens for RMB (the
/// amount is held until the issuer settles or rejects it).
pub async fn redeem(
	State(agent): Shared,
	user: WebUser,
	ApiJson(body): ApiJson<RedeemBody>,
) -> JsonResult {
	user.require(UserRole::Officer)?;
	let amount = amount_of(&body.amount)?;
	log::info!("web app: {} asks to redeem {} TOKEN", user.name(), format_fen(amount));
	let mut results =
		agent.submit_calls(&[calls::request_redemption(amount)], Wait::Finalized).await;
	let outcome =
		results.pop().ok_or_else(|| rest::node("no result"))?.map_err(rest::submit_error)?;
	Ok(Json(json!({"outcome": outcome})))
}

/// `POST /app/api/tokens/recharge` body.
#[derive(Deserialize)]
pub struct RechargeBody {
	to: u32,
	amount: String,
	payment_ref: String,
}

/// `POST /app/api/tokens/recharge` (officer of a token issuer): mints tokens to an institution
/// that paid RMB off-chain; a payment reference mints only once.
pub async fn recharge(
	State(agent): Shared,
	user: WebUser,
	ApiJson(body): ApiJson<RechargeBody>,
) -> JsonResult {
	user.require(UserRole::Officer)?;
	let roles = institution_row(&agent).await?.map(|i| i.roles).unwrap_or_default();
	if !roles.iter().any(|r| r == "TokenIssuer") {
		return Err(ApiError(StatusCode::FORBIDDEN, "only a token issuer recharges".into()));
	}
	let amount = amount_of(&body.amount)?;
	let reference = body.payment_ref.trim();
	if reference.is_empty() {
		return Err(rest::bad("payment_ref: the RMB payment's reference is needed"));
	}
	log::info!(
		"web app: {} recharges {} TOKEN to institution {} (payment {reference:?})",
		user.name(),
		format_fen(amount),
		body.to
	);
	let mut results =
		agent.submit_calls(&[calls::recharge(body.to, amount, reference)], Wait::Finalized).await;
	let outcome =
		results.pop().ok_or_else(|| rest::node("no result"))?.map_err(rest::submit_error)?;
	Ok(Json(json!({"outcome": outcome})))
}

/// `GET /app/api/openings` parameters.
#[derive(Deserialize)]
pub struct OpeningsQuery {
	plan: Option<u64>,
	limit: Option<u32>,
}

/// `GET /app/api/openings` (admin): the audit trail of borrower-data openings, newest first
/// (API tokens' and web users' alike).
pub async fn openings(
	State(agent): Shared,
	user: WebUser,
	ApiQuery(q): ApiQuery<OpeningsQuery>,
) -> JsonResult {
	user.require(UserRole::Admin)?;
	Ok(Json(json!(agent.mirror.openings(q.plan, q.limit.unwrap_or(0)).await?)))
}

/// `GET /app/api/users` (admin).
pub async fn users(State(agent): Shared, user: WebUser) -> JsonResult {
	user.require(UserRole::Admin)?;
	Ok(Json(json!(agent.mirror.users().await?)))
}

/// `POST /app/api/users` body.
#[derive(Deserialize)]
pub struct NewUserBody {
	name: String,
	role: String,
	password: String,
	lang: Option<String>,
}

fn user_error(e: MirrorError) -> ApiError {
	match e {
		MirrorError::UserExists(_) => ApiError(StatusCode::CONFLICT, e.to_string()),
		MirrorError::InvalidUserName(_) => rest::bad(e.to_string()),
		other => other.into(),
	}
}

async fn hash_off_thread(password: String) -> Result<String, ApiError> {
	let password = zeroize::Zeroizing::new(password);
	tokio::task::spawn_blocking(move || users::hash_password(&password))
		.await
		.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
		.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
}

/// `POST /app/api/users` (admin): adds a user with a first password.
pub async fn add_user(
	State(agent): Shared,
	user: WebUser,
	ApiJson(body): ApiJson<NewUserBody>,
) -> JsonResult {
	user.require(UserRole::Admin)?;
	let role = users::parse_role(&body.role).map_err(|e| rest::bad(e.to_string()))?;
	let lang = match body.lang.as_deref() {
		Some(l) => users::parse_lang(l).map_err(|e| rest::bad(e.to_string()))?,
		None => Language::En,
	};
	let name = body.name.trim().to_owned();
	if !loanshare_mirror::users::valid_user_name(&name) {
		return Err(user_error(MirrorError::InvalidUserName(name)));
	}
	users::check_password(&body.password).map_err(|e| rest::bad(e.to_string()))?;
	let hash = hash_off_thread(body.password).await?;
	let added = agent.mirror.add_user(&name, role, &hash, lang).await.map_err(user_error)?;
	log::info!("web app: {} added user {} ({})", user.name(), added.name, added.role);
	Ok(Json(json!(added)))
}

/// `PUT /app/api/users/{name}` body.
#[derive(Deserialize)]
pub struct UpdateUserBody {
	role: Option<String>,
	password: Option<String>,
	lang: Option<String>,
}

/// `PUT /app/api/users/{name}` (admin): another role, password or language; a new role or
/// password signs the user out. An administrator cannot lower their own role.
pub async fn update_user(
	State(agent): Shared,
	user: WebUser,
	ApiPath(name): ApiPath<String>,
	ApiJson(body): ApiJson<UpdateUserBody>,
) -> JsonResult {
	user.require(UserRole::Admin)?;
	let role = body
		.role
		.as_deref()
		.map(users::parse_role)
		.transpose()
		.map_err(|e| rest::bad(e.to_string()))?;
	let lang = body
		.lang
		.as_deref()
		.map(users::parse_lang)
		.transpose()
		.map_err(|e| rest::bad(e.to_string()))?;
	if name == user.name() && role.is_some_and(|r| r != UserRole::Admin) {
		return Err(rest::bad("you cannot lower your own role: another administrator can"));
	}
	let hash = match body.password {
		Some(p) => {
			users::check_password(&p).map_err(|e| rest::bad(e.to_string()))?;
			Some(hash_off_thread(p).await?)
		},
		None => None,
	};
	let (target, _) = agent.mirror.user_with_hash(&name).await?.ok_or_else(|| {
		ApiError(StatusCode::NOT_FOUND, format!("there is no user named {name:?}"))
	})?;
	agent.mirror.update_user(&name, role, hash.as_deref(), lang).await?;
	if role.is_some() || hash.is_some() {
		agent.mirror.end_sessions_of(target.id).await?;
	}
	log::info!("web app: {} changed user {name}", user.name());
	let updated = agent.mirror.users().await?.into_iter().find(|u| u.name == name);
	Ok(Json(json!(updated)))
}

/// `DELETE /app/api/users/{name}` (admin): removes a user and its sessions; not oneself.
pub async fn remove_user(
	State(agent): Shared,
	user: WebUser,
	ApiPath(name): ApiPath<String>,
) -> JsonResult {
	user.require(UserRole::Admin)?;
	if name == user.name() {
		return Err(rest::bad("you cannot remove yourself: another administrator can"));
	}
	if !agent.mirror.remove_user(&name).await? {
		return Err(ApiError(StatusCode::NOT_FOUND, format!("there is no user named {name:?}")));
	}
	log::info!("web app: {} removed user {name}", user.name());
	Ok(Json(json!({"removed": name})))
}
