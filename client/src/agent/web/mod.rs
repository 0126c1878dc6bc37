//! The loan officers' web app, served by the agent on its own `listen` address.
//!
//! The app is static HTML, CSS and JavaScript modules ([`assets`], embedded in the binary,
//! served at `/` and `/assets/…`) that call the agent's session-authenticated API under
//! `/app/api/` ([`api`], [`sheets`], [`live`]). Users are local to the agent (the mirror's
//! `users` table, managed with `loanshare user` or by an administrator in the app) and sign
//! in with a password; a session is an HttpOnly, SameSite=Strict cookie (Secure behind TLS)
//! that ends when idle or at its absolute limit, and every change carries the session's
//! anti-CSRF token in `X-CSRF-Token` ([`session`]).
//!
//! Roles: a `viewer` reads; an `officer` also publishes sheets, confirms shares, accepts
//! deliveries, asks for redemptions and opens borrower data delivered to the institution
//! (recorded in the `openings` trail as `web:NAME`, refused attempts included); an `admin`
//! also manages users and reads the openings trail.
//!
//! Everything of the app stays on the institution's machine: no file comes from elsewhere
//! (no CDN), answers of the API are `Cache-Control: no-store`, and the pages' Content
//! Security Policy allows only the agent's own origin.
pub mod api;
pub mod assets;
pub mod live;
pub mod session;
pub mod sheets;

use super::{rest::ApiError, Agent};
use axum::{
	extract::{FromRequest, Request},
	http::{header, HeaderValue},
	middleware::Next,
	response::Response,
	routing::{delete, get, post, put},
	Json, Router,
};
use std::{sync::Arc, time::Duration};

/// Minutes a session may stay idle unless configured.
pub const DEFAULT_IDLE_MINUTES: u64 = 30;
/// Hours a session lasts at most unless configured.
pub const DEFAULT_SESSION_HOURS: u64 = 12;

/// How sessions behave.
#[derive(Clone, Debug)]
pub struct WebSettings {
	/// A session without a request for this long ends.
	pub idle: Duration,
	/// A session ends this long after sign-in, whatever happens.
	pub absolute: Duration,
	/// Whether the cookie is always `Secure` (else only for `X-Forwarded-Proto: https`).
	pub secure_cookies: bool,
}

impl WebSettings {
	/// Settings from the options (`None`: the defaults); zero or absurd values are refused.
	pub fn new(
		idle_minutes: Option<u64>,
		hours: Option<u64>,
		secure_cookies: bool,
	) -> anyhow::Result<Self> {
		let idle = idle_minutes.unwrap_or(DEFAULT_IDLE_MINUTES);
		let hours = hours.unwrap_or(DEFAULT_SESSION_HOURS);
		if !(1..=24 * 60).contains(&idle) {
			anyhow::bail!("session idle time: 1 to 1440 minutes, not {idle}");
		}
		if !(1..=24 * 30).contains(&hours) {
			anyhow::bail!("session lifetime: 1 to 720 hours, not {hours}");
		}
		Ok(WebSettings {
			idle: Duration::from_secs(idle * 60),
			absolute: Duration::from_secs(hours * 3600),
			secure_cookies,
		})
	}
}

/// What the web app keeps in the agent's memory.
pub struct WebState {
	/// Session settings.
	pub settings: WebSettings,
	/// Sheets being checked, fixed and published.
	pub drafts: sheets::Drafts,
	/// Chain events for the open pages.
	pub live: live::Live,
	/// Failed sign-ins, to slow down guessing.
	pub limiter: session::LoginLimiter,
}

impl WebState {
	/// A fresh state.
	pub fn new(settings: WebSettings) -> Self {
		WebState {
			settings,
			drafts: sheets::Drafts::default(),
			live: live::Live::new(),
			limiter: session::LoginLimiter::default(),
		}
	}
}

/// Largest sheet the app uploads.
pub const MAX_SHEET_BYTES: usize = 32 << 20;

/// The app's routes: its files and its API.
pub fn routes() -> Router<Arc<Agent>> {
	let app_api = Router::new()
		.route("/app/api/login", post(session::login))
		.route("/app/api/logout", post(session::logout))
		.route("/app/api/me", get(api::me))
		.route("/app/api/me/lang", put(api::set_lang))
		.route("/app/api/me/password", put(api::set_password))
		.route("/app/api/live", get(live::events))
		.route("/app/api/institutions", get(api::institutions))
		.route("/app/api/plans", get(api::plans))
		.route("/app/api/plans/{id}", get(api::plan))
		.route("/app/api/plans/{id}/fee", get(api::fee))
		.route("/app/api/plans/{id}/confirm", post(api::confirm))
		.route("/app/api/plans/{id}/accept", post(api::accept))
		.route("/app/api/plans/{id}/open", post(api::open))
		.route("/app/api/handoffs", get(api::handoffs))
		.route("/app/api/tokens", get(api::tokens))
		.route("/app/api/tokens/redeem", post(api::redeem))
		.route("/app/api/tokens/recharge", post(api::recharge))
		.route("/app/api/openings", get(api::openings))
		.route("/app/api/users", get(api::users).post(api::add_user))
		.route("/app/api/users/{name}", put(api::update_user).delete(api::remove_user))
		.route(
			"/app/api/sheets",
			post(sheets::upload).layer(axum::extract::DefaultBodyLimit::max(MAX_SHEET_BYTES)),
		)
		.route("/app/api/sheets/{id}", get(sheets::show).delete(sheets::discard))
		.route("/app/api/sheets/{id}/cells", put(sheets::set_cell))
		.route("/app/api/sheets/{id}/rows/{row}", delete(sheets::remove_row))
		.route("/app/api/sheets/{id}/conditions", put(sheets::set_conditions))
		.route("/app/api/sheets/{id}/publish", post(sheets::publish))
		.fallback(api::not_found)
		.layer(axum::middleware::from_fn(no_store));
	Router::new()
		.route("/", get(assets::index))
		.route("/assets/{*path}", get(assets::file))
		.merge(app_api)
		.layer(axum::middleware::from_fn(security_headers))
}

/// The pages may load and call only the agent itself; nothing frames them.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
	style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
	base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

async fn security_headers(req: Request, next: Next) -> Response {
	let mut resp = next.run(req).await;
	let h = resp.headers_mut();
	h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
	h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
	h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
	h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
	h.insert("cross-origin-opener-policy", HeaderValue::from_static("same-origin"));
	resp
}

/// The API's answers (borrower data among them) are never stored by the browser or a proxy.
async fn no_store(req: Request, next: Next) -> Response {
	let mut resp = next.run(req).await;
	resp.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
	resp.headers_mut().insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
	resp
}

/// A JSON body whose errors are JSON like every other error (400, or 415 for another type).
pub struct ApiJson<T>(pub T);

impl<T: serde::de::DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
	type Rejection = ApiError;

	async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
		Json::<T>::from_request(req, state)
			.await
			.map(|Json(t)| ApiJson(t))
			.map_err(|e| ApiError(e.status(), e.body_text()))
	}
}

#[cfg(test)]
mod tests;
