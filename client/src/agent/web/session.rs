//! Sign-in, sessions and CSRF protection of the web app.
//!
//! * **Sign-in** (`POST /app/api/login`, JSON `{"name","password"}`) checks the password
//!   against the user's argon2id hash (off the async threads; an unknown name costs the
//!   same time). Failed attempts are limited ([`LoginLimiter`]): after
//!   [`MAX_FAILURES_PER_NAME`] failures for a name, or [`MAX_FAILURES_PER_ADDRESS`] from an
//!   address, within [`FAILURE_WINDOW`], sign-ins are refused with 429 and `Retry-After`
//!   until the oldest failure leaves the window.
//! * **Sessions**: a sign-in makes 32 random bytes, sent once as the cookie
//!   `loanshare_session` (`HttpOnly; SameSite=Strict; Path=/`, plus `Secure` when configured
//!   or when the request came through a TLS proxy, `X-Forwarded-Proto: https`); the mirror
//!   keeps only its SHA-256. A session ends at sign-out, after [`super::WebSettings::idle`]
//!   without a request, or [`super::WebSettings::absolute`] after sign-in, and when its
//!   user's password or role changes or the user is removed. [`sweep`] deletes ended
//!   sessions every few minutes.
//! * **CSRF**: every request that changes something (any method but GET/HEAD) must carry the
//!   session's own random token in `X-CSRF-Token` (a synchronizer token, given to the app at
//!   sign-in and by `GET /app/api/me`), and, when the browser sends `Origin`, come from the
//!   agent's own origin. Sign-in itself takes only `application/json`, which a cross-site
//!   form cannot send.
use super::super::{rest::ApiError, users, Agent};
use super::{api::me_json, ApiJson};
use axum::{
	extract::{ConnectInfo, FromRequestParts, State},
	http::{header, request::Parts, HeaderMap, HeaderValue, Method, StatusCode},
	response::{IntoResponse, Response},
	Json,
};
use loanshare_mirror::{SessionRow, UserRole};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::{
	collections::{HashMap, VecDeque},
	net::{IpAddr, SocketAddr},
	sync::{Arc, Mutex},
	time::{Duration, Instant},
};

/// The session cookie's name.
pub const COOKIE: &str = "loanshare_session";
/// The header carrying the anti-CSRF token.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// Failed sign-ins counted per user name…
pub const MAX_FAILURES_PER_NAME: usize = 5;
/// …and per client address…
pub const MAX_FAILURES_PER_ADDRESS: usize = 20;
/// …within this window.
pub const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// A session's `last_seen_ms` is written at most this often.
const TOUCH_EVERY_MS: i64 = 15_000;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
		.unwrap_or(0)
}

fn random_hex() -> String {
	use loanshare_envelope::rand_core::Rng;
	let mut raw = zeroize::Zeroizing::new([0u8; 32]);
	loanshare_envelope::os_rng().fill_bytes(raw.as_mut());
	hex::encode(raw.as_ref())
}

/// SHA-256 (hex) of a session cookie's value: what the mirror keeps.
pub fn session_hash(token: &str) -> String {
	hex::encode(Sha256::digest(token.as_bytes()))
}

fn same(a: &[u8], b: &[u8]) -> bool {
	a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The value of cookie `name` in the request's `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
	headers
		.get_all(header::COOKIE)
		.iter()
		.filter_map(|v| v.to_str().ok())
		.flat_map(|v| v.split(';'))
		.filter_map(|pair| pair.trim().split_once('='))
		.find(|(k, _)| *k == name)
		.map(|(_, v)| v.trim())
}

/// Whether the cookie must be `Secure` for this request.
fn secure(agent: &Agent, headers: &HeaderMap) -> bool {
	agent.web.settings.secure_cookies
		|| headers
			.get("x-forwarded-proto")
			.and_then(|v| v.to_str().ok())
			.is_some_and(|v| v.trim().eq_ignore_ascii_case("https"))
}

/// The `Set-Cookie` value of a session (an empty value with `Max-Age=0` ends it).
pub fn set_cookie(value: &str, max_age_secs: u64, secure: bool) -> String {
	format!(
		"{COOKIE}={value}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age_secs}{}",
		if secure { "; Secure" } else { "" }
	)
}

fn unauthorized(msg: &str) -> ApiError {
	ApiError(StatusCode::UNAUTHORIZED, msg.to_owned())
}

/// A signed-in user, checked for every request of the app's API; for a request that changes
/// something, its CSRF token and origin are checked too.
pub struct WebUser(pub SessionRow);

impl WebUser {
	/// The user's name.
	pub fn name(&self) -> &str {
		&self.0.user.name
	}

	/// The user's role.
	pub fn role(&self) -> UserRole {
		self.0.user.role
	}

	/// Refuses (403) a user whose role is below `needed`.
	pub fn require(&self, needed: UserRole) -> Result<(), ApiError> {
		if users::allows(self.role(), needed) {
			Ok(())
		} else {
			Err(ApiError(
				StatusCode::FORBIDDEN,
				format!("{} is a {}: this needs the {} role", self.name(), self.role(), needed),
			))
		}
	}

	/// The caller recorded in the openings trail: `web:NAME`.
	pub fn caller(&self) -> String {
		format!("web:{}", self.name())
	}
}

/// Whether a request's `Origin` (if any) is the agent's own (`Host`).
fn same_origin(headers: &HeaderMap) -> bool {
	let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
		return true;
	};
	let host = headers.get(header::HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
	let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin);
	!host.is_empty() && origin_host.trim_end_matches('/').eq_ignore_ascii_case(host)
}

/// Checks the session of a request: its cookie, its expiry, and for a change its CSRF
/// token and origin. Notes the request for the idle expiry.
pub async fn check(
	agent: &Agent,
	method: &Method,
	headers: &HeaderMap,
) -> Result<WebUser, ApiError> {
	let token = cookie(headers, COOKIE).ok_or_else(|| unauthorized("not signed in"))?;
	let hash = session_hash(token);
	let session = agent
		.mirror
		.session(&hash)
		.await?
		.ok_or_else(|| unauthorized("not signed in (the session ended)"))?;
	let now = now_ms();
	let idle_ms = i64::try_from(agent.web.settings.idle.as_millis()).unwrap_or(i64::MAX);
	if now >= session.expires_at_ms || now.saturating_sub(session.last_seen_ms) >= idle_ms {
		agent.mirror.end_session(&hash).await?;
		return Err(unauthorized("the session expired: sign in again"));
	}
	if *method != Method::GET && *method != Method::HEAD {
		let sent = headers.get(CSRF_HEADER).map(HeaderValue::as_bytes).unwrap_or_default();
		if !same(sent, session.csrf_token.as_bytes()) {
			return Err(ApiError(
				StatusCode::FORBIDDEN,
				"missing or wrong CSRF token (X-CSRF-Token)".into(),
			));
		}
		if !same_origin(headers) {
			return Err(ApiError(StatusCode::FORBIDDEN, "cross-origin request refused".into()));
		}
	}
	if now - session.last_seen_ms >= TOUCH_EVERY_MS {
		agent.mirror.touch_session(&hash, now).await?;
	}
	Ok(WebUser(session))
}

impl FromRequestParts<Arc<Agent>> for WebUser {
	type Rejection = ApiError;

	async fn from_request_parts(parts: &mut Parts, agent: &Arc<Agent>) -> Result<Self, ApiError> {
		check(agent, &parts.method, &parts.headers).await
	}
}

/// The client's address, when the server knows it.
pub struct PeerAddr(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddr {
	type Rejection = std::convert::Infallible;

	async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
		Ok(PeerAddr(parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip())))
	}
}

/// Recent failed sign-ins by user name and by address.
#[derive(Default)]
pub struct LoginLimiter {
	failures: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl LoginLimiter {
	fn keys(name: &str, addr: Option<IpAddr>) -> [(String, usize); 2] {
		[
			(format!("name:{}", name.to_lowercase()), MAX_FAILURES_PER_NAME),
			(
				format!("addr:{}", addr.map_or_else(|| "-".to_owned(), |a| a.to_string())),
				MAX_FAILURES_PER_ADDRESS,
			),
		]
	}

	/// How long sign-ins for `name` from `addr` must wait, if they must.
	pub fn wait(&self, name: &str, addr: Option<IpAddr>, now: Instant) -> Option<Duration> {
		let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
		let mut wait = None;
		for (key, max) in Self::keys(name, addr) {
			if let Some(q) = map.get_mut(&key) {
				while q.front().is_some_and(|t| now.duration_since(*t) >= FAILURE_WINDOW) {
					q.pop_front();
				}
				if q.len() >= max {
					let oldest = q.front().copied().unwrap_or(now);
					let left = FAILURE_WINDOW.saturating_sub(now.duration_since(oldest));
					wait = Some(wait.map_or(left, |w: Duration| w.max(left)));
				}
			}
		}
		wait
	}

	/// Counts a failed sign-in.
	pub fn failed(&self, name: &str, addr: Option<IpAddr>, now: Instant) {
		let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
		if map.len() > 10_000 {
			map.retain(|_, q| q.back().is_some_and(|t| now.duration_since(*t) < FAILURE_WINDOW));
		}
		for (key, max) in Self::keys(name, addr) {
			let q = map.entry(key).or_default();
			q.push_back(now);
			while q.len() > max {
				q.pop_front();
			}
		}
	}

	/// Forgets the failures of `name` after a successful sign-in.
	pub fn succeeded(&self, name: &str) {
		let mut map = self.failures.lock().unwrap_or_else(|p| p.into_inner());
		map.remove(&format!("name:{}", name.to_lowercase()));
	}
}

/// `POST /app/api/login` body.
#[derive(Deserialize)]
pub struct LoginBody {
	name: String,
	password: String,
}

/// `POST /app/api/login`: checks the password, starts a session, sets its cookie and
/// answers what `GET /app/api/me` answers (with the CSRF token).
pub async fn login(
	State(agent): State<Arc<Agent>>,
	PeerAddr(addr): PeerAddr,
	headers: HeaderMap,
	ApiJson(body): ApiJson<LoginBody>,
) -> Result<Response, ApiError> {
	let name = body.name.trim().to_owned();
	if let Some(wait) = agent.web.limiter.wait(&name, addr, Instant::now()) {
		let secs = wait.as_secs().max(1);
		let mut resp = ApiError(
			StatusCode::TOO_MANY_REQUESTS,
			format!("too many failed sign-ins: try again in {} minute(s)", secs.div_ceil(60)),
		)
		.into_response();
		if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
			resp.headers_mut().insert(header::RETRY_AFTER, v);
		}
		return Ok(resp);
	}
	let found = agent.mirror.user_with_hash(&name).await?;
	let hash = found.as_ref().map_or_else(|| users::decoy_hash().to_owned(), |(_, h)| h.clone());
	let password = zeroize::Zeroizing::new(body.password);
	let ok = tokio::task::spawn_blocking(move || users::verify_password(&password, &hash))
		.await
		.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("sign-in: {e}")))?;
	let user = match (found, ok) {
		(Some((user, _)), true) => user,
		_ => {
			agent.web.limiter.failed(&name, addr, Instant::now());
			log::warn!(
				"web app: failed sign-in for {name:?} from {}",
				addr.map_or_else(|| "?".into(), |a| a.to_string())
			);
			return Err(unauthorized("wrong name or password"));
		},
	};
	agent.web.limiter.succeeded(&name);
	let token = zeroize::Zeroizing::new(random_hex());
	let csrf = random_hex();
	let absolute = agent.web.settings.absolute;
	let expires = now_ms().saturating_add(i64::try_from(absolute.as_millis()).unwrap_or(i64::MAX));
	let id_hash = session_hash(&token);
	agent.mirror.create_session(&id_hash, user.id, &csrf, expires).await?;
	let session = agent.mirror.session(&id_hash).await?.ok_or_else(|| {
		ApiError(StatusCode::INTERNAL_SERVER_ERROR, "the new session is gone".into())
	})?;
	log::info!("web app: {} ({}) signed in", user.name, user.role);
	let body = me_json(&agent, &WebUser(session)).await?;
	let cookie = set_cookie(&token, absolute.as_secs(), secure(&agent, &headers));
	let mut resp = Json(body).into_response();
	let value = HeaderValue::from_str(&cookie)
		.map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("cookie: {e}")))?;
	resp.headers_mut().insert(header::SET_COOKIE, value);
	Ok(resp)
}

/// `POST /app/api/logout`: ends the session and clears its cookie.
pub async fn logout(
	State(agent): State<Arc<Agent>>,
	headers: HeaderMap,
	user: WebUser,
) -> Result<Response, ApiError> {
	agent.mirror.end_session(&user.0.id_hash).await?;
	log::info!("web app: {} signed out", user.name());
	let mut resp = Json(serde_json::json!({"signed_out": true})).into_response();
	if let Ok(v) = HeaderValue::from_str(&set_cookie("", 0, secure(&agent, &headers))) {
		resp.headers_mut().insert(header::SET_COOKIE, v);
	}
	Ok(resp)
}

/// Deletes ended sessions every five minutes, until aborted.
pub async fn sweep(agent: Arc<Agent>) {
	let idle_ms = i64::try_from(agent.web.settings.idle.as_millis()).unwrap_or(i64::MAX);
	loop {
		match agent.mirror.end_stale_sessions(now_ms(), idle_ms).await {
			Ok(0) => {},
			Ok(n) => log::info!("web app: {n} ended session(s) deleted"),
			Err(e) => log::warn!("web app: cannot delete ended sessions: {e}"),
		}
		tokio::time::sleep(Duration::from_secs(300)).await;
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn cookies_are_found_and_written_strictly() {
		let mut h = HeaderMap::new();
		h.append(header::COOKIE, HeaderValue::from_static("a=1; loanshare_session=abc ; b=2"));
		assert_eq!(cookie(&h, COOKIE), Some("abc"));
		assert_eq!(cookie(&h, "c"), None);
		let c = set_cookie("abc", 3600, false);
		assert_eq!(c, "loanshare_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600");
		assert!(set_cookie("", 0, true).ends_with("Max-Age=0; Secure"));
	}

	#[test]
	fn origins_must_match_the_host() {
		let mut h = HeaderMap::new();
		h.insert(header::HOST, HeaderValue::from_static("127.0.0.1:8480"));
		assert!(same_origin(&h), "no Origin header: not a cross-site browser request");
		h.insert(header::ORIGIN, HeaderValue::from_static("http://127.0.0.1:8480"));
		assert!(same_origin(&h));
		h.insert(header::ORIGIN, HeaderValue::from_static("https://evil.example"));
		assert!(!same_origin(&h));
	}

	#[test]
	fn failed_sign_ins_are_limited_per_name_and_address() {
		let l = LoginLimiter::default();
		let t0 = Instant::now();
		let ip: Option<IpAddr> = "10.0.0.1".parse().ok();
		for _ in 0..MAX_FAILURES_PER_NAME {
			assert_eq!(l.wait("Ann", ip, t0), None);
			l.failed("Ann", ip, t0);
		}
		let w = l.wait("ann", ip, t0).unwrap();
		assert!(w > Duration::from_secs(14 * 60) && w <= FAILURE_WINDOW, "{w:?}");
		assert_eq!(l.wait("bob", ip, t0), None, "other names from the address still may");
		assert_eq!(l.wait("ann", ip, t0 + FAILURE_WINDOW), None, "failures leave the window");
		l.succeeded("ann");
		assert_eq!(l.wait("ann", ip, t0), None);
		for i in 0..MAX_FAILURES_PER_ADDRESS {
			l.failed(&format!("user{i}"), ip, t0);
		}
		assert!(l.wait("carol", ip, t0).is_some(), "the address is limited");
		assert!(l.wait("carol", "10.0.0.2".parse().ok(), t0).is_none());
	}
}
