//! The web app's sessions, roles, CSRF checks, sign-in limits, audit of openings and files,
//! on an agent with an in-memory mirror and no node (the browser tests in `tests/web` drive
//! the whole app against real nodes).
use super::{super::Agent, session, WebSettings, WebState};
use loanshare_mirror::{Language, Mirror, OpeningOutcome, UserRole};
use serde_json::Value;
use std::{net::SocketAddr, sync::Arc};

const PASSWORD: &str = "a long enough password";

async fn agent() -> Arc<Agent> {
	let mirror = Mirror::open("sqlite::memory:").await.unwrap();
	let hash = super::super::users::hash_password(PASSWORD).unwrap();
	for (name, role) in
		[("ann", UserRole::Viewer), ("li", UserRole::Officer), ("root", UserRole::Admin)]
	{
		mirror.add_user(name, role, &hash, Language::En).await.unwrap();
	}
	Arc::new(Agent {
		mirror,
		metrics: super::super::metrics::Metrics::new().unwrap(),
		tokens: super::super::auth::Tokens::default(),
		chain: tokio::sync::RwLock::new(None),
		signer: None,
		institution: Some(2),
		keyring: None,
		delivers: false,
		new_block: tokio::sync::Notify::new(),
		web: WebState::new(WebSettings::new(Some(1), Some(1), false).unwrap()),
		submit_lock: tokio::sync::Mutex::new(()),
	})
}

async fn serve(agent: Arc<Agent>) -> SocketAddr {
	let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
	let addr = listener.local_addr().unwrap();
	tokio::spawn(super::super::rest::serve(agent, listener));
	addr
}

struct Answer {
	status: u16,
	headers: Vec<(String, String)>,
	body: Value,
	text: String,
}

impl Answer {
	fn header(&self, name: &str) -> Option<&str> {
		self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
	}
}

/// One HTTP/1.1 request with extra header lines and a body.
async fn request(
	addr: SocketAddr,
	method: &str,
	path: &str,
	headers: &[(&str, &str)],
	body: &str,
) -> Answer {
	use tokio::io::{AsyncReadExt, AsyncWriteExt};
	let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
	let mut head = format!(
		"{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
		body.len()
	);
	for (k, v) in headers {
		head.push_str(&format!("{k}: {v}\r\n"));
	}
	head.push_str("\r\n");
	stream.write_all(head.as_bytes()).await.unwrap();
	stream.write_all(body.as_bytes()).await.unwrap();
	let mut response = Vec::new();
	stream.read_to_end(&mut response).await.unwrap();
	let text = String::from_utf8_lossy(&response).into_owned();
	let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
	let status = head[9..12].parse().unwrap();
	let headers = head
		.lines()
		.skip(1)
		.filter_map(|l| l.split_once(':'))
		.map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
		.collect();
	Answer {
		status,
		headers,
		body: serde_json::from_str(body).unwrap_or(Value::Null),
		text: body.to_owned(),
	}
}

/// Signs in; the cookie header line and the CSRF token.
async fn sign_in(addr: SocketAddr, name: &str) -> (String, String) {
	let body = format!("{{\"name\":\"{name}\",\"password\":\"{PASSWORD}\"}}");
	let a = request(addr, "POST", "/app/api/login", &[("Content-Type", "application/json")], &body)
		.await;
	assert_eq!(a.status, 200, "{}", a.text);
	let set = a.header("set-cookie").unwrap().to_owned();
	assert!(
		set.contains("HttpOnly") && set.contains("SameSite=Strict") && set.contains("Path=/"),
		"{set}"
	);
	assert!(!set.contains("Secure"), "plain HTTP without a TLS proxy: {set}");
	let value = set.split(';').next().unwrap().to_owned();
	(value, a.body["csrf"].as_str().unwrap().to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_roles_csrf_and_the_audit_trail() {
	let agent = agent().await;
	let addr = serve(agent.clone()).await;

	// The app's files, with their headers.
	let index = request(addr, "GET", "/", &[], "").await;
	assert_eq!(index.status, 200);
	assert!(index.text.contains("<html"), "{}", index.text);
	assert!(index.header("content-security-policy").unwrap().contains("default-src 'self'"));
	assert_eq!(index.header("x-frame-options"), Some("DENY"));
	let js = request(addr, "GET", "/assets/js/app.js", &[], "").await;
	assert_eq!(
		(js.status, js.header("content-type")),
		(200, Some("text/javascript; charset=utf-8"))
	);
	assert_eq!(request(addr, "GET", "/assets/nothing.js", &[], "").await.status, 404);

	// Not signed in.
	let me = request(addr, "GET", "/app/api/me", &[], "").await;
	assert_eq!(me.status, 401);
	assert_eq!(me.header("cache-control"), Some("no-store"));
	let bad = request(
		addr,
		"POST",
		"/app/api/login",
		&[("Content-Type", "application/json")],
		"{\"name\":\"li\",\"password\":\"wrong password!\"}",
	)
	.await;
	assert_eq!(bad.status, 401, "{}", bad.text);
	assert!(bad.header("set-cookie").is_none());
	let form = request(
		addr,
		"POST",
		"/app/api/login",
		&[("Content-Type", "application/x-www-form-urlencoded")],
		"name=li",
	)
	.await;
	assert_eq!(form.status, 415, "a cross-site form cannot sign in");

	// Signed in: the cookie, the CSRF token, the user's language.
	let (li, li_csrf) = sign_in(addr, "li").await;
	let me = request(addr, "GET", "/app/api/me", &[("Cookie", li.as_str())], "").await;
	assert_eq!(me.status, 200, "{}", me.text);
	assert_eq!(
		(me.body["user"]["name"].as_str(), me.body["user"]["role"].as_str()),
		(Some("li"), Some("officer"))
	);
	assert_eq!(me.body["institution"]["id"], 2);
	let json = [("Cookie", li.as_str()), ("Content-Type", "application/json")];
	let no_csrf = request(addr, "PUT", "/app/api/me/lang", &json, "{\"lang\":\"zh\"}").await;
	assert_eq!(no_csrf.status, 403, "{}", no_csrf.text);
	let wrong =
		[("Cookie", li.as_str()), ("Content-Type", "application/json"), ("X-CSRF-Token", "0000")];
	assert_eq!(
		request(addr, "PUT", "/app/api/me/lang", &wrong, "{\"lang\":\"zh\"}").await.status,
		403
	);
	let with = [
		("Cookie", li.as_str()),
		("Content-Type", "application/json"),
		("X-CSRF-Token", li_csrf.as_str()),
	];
	let zh = request(addr, "PUT", "/app/api/me/lang", &with, "{\"lang\":\"zh\"}").await;
	assert_eq!((zh.status, zh.body["user"]["lang"].as_str()), (200, Some("zh")), "{}", zh.text);
	assert_eq!(agent.mirror.user_with_hash("li").await.unwrap().unwrap().0.lang, Language::Zh);
	let evil = [
		("Cookie", li.as_str()),
		("Content-Type", "application/json"),
		("X-CSRF-Token", li_csrf.as_str()),
		("Origin", "https://evil.example"),
	];
	assert_eq!(
		request(addr, "PUT", "/app/api/me/lang", &evil, "{\"lang\":\"en\"}").await.status,
		403
	);

	// Opening borrower data: officers only, every attempt recorded as web:NAME.
	let (ann, ann_csrf) = sign_in(addr, "ann").await;
	let viewer = [("Cookie", ann.as_str()), ("X-CSRF-Token", ann_csrf.as_str())];
	let refused = request(addr, "POST", "/app/api/plans/7/open", &viewer, "").await;
	assert_eq!(refused.status, 403, "{}", refused.text);
	let officer = [("Cookie", li.as_str()), ("X-CSRF-Token", li_csrf.as_str())];
	let failed = request(addr, "POST", "/app/api/plans/7/open", &officer, "").await;
	assert_eq!(failed.status, 503, "no RSA keys here: {}", failed.text);
	assert_eq!(failed.header("cache-control"), Some("no-store"));
	assert_eq!(request(addr, "POST", "/app/api/plans/8/open", &[], "").await.status, 401);
	let trail = agent.mirror.openings(None, 0).await.unwrap();
	let seen: Vec<(&str, u64, OpeningOutcome)> =
		trail.iter().map(|o| (o.caller.as_str(), o.plan, o.outcome)).collect();
	assert_eq!(
		seen,
		[
			("-", 8, OpeningOutcome::Unauthenticated),
			("web:li", 7, OpeningOutcome::Failed),
			("web:ann", 7, OpeningOutcome::Forbidden),
		]
	);
	// The trail and the users are for administrators.
	assert_eq!(
		request(addr, "GET", "/app/api/openings", &[("Cookie", li.as_str())], "").await.status,
		403
	);
	assert_eq!(
		request(addr, "GET", "/app/api/users", &[("Cookie", ann.as_str())], "").await.status,
		403
	);
	let (root, root_csrf) = sign_in(addr, "root").await;
	let audit =
		request(addr, "GET", "/app/api/openings?plan=7", &[("Cookie", root.as_str())], "").await;
	assert_eq!(
		(audit.status, audit.body.as_array().map(Vec::len)),
		(200, Some(2)),
		"{}",
		audit.text
	);
	let admin = [
		("Cookie", root.as_str()),
		("Content-Type", "application/json"),
		("X-CSRF-Token", root_csrf.as_str()),
	];
	let added = request(
		addr,
		"POST",
		"/app/api/users",
		&admin,
		"{\"name\":\"wang\",\"role\":\"officer\",\"password\":\"short\"}",
	)
	.await;
	assert_eq!(added.status, 400, "passwords have a minimum length: {}", added.text);
	let body = format!(
		"{{\"name\":\"wang\",\"role\":\"officer\",\"password\":\"{PASSWORD}\",\"lang\":\"zh\"}}"
	);
	assert_eq!(request(addr, "POST", "/app/api/users", &admin, &body).await.status, 200);
	assert_eq!(request(addr, "POST", "/app/api/users", &admin, &body).await.status, 409);
	// A new role signs the user out.
	let (wang, _) = sign_in(addr, "wang").await;
	let demoted =
		request(addr, "PUT", "/app/api/users/wang", &admin, "{\"role\":\"viewer\"}").await;
	assert_eq!(
		(demoted.status, demoted.body["role"].as_str()),
		(200, Some("viewer")),
		"{}",
		demoted.text
	);
	assert_eq!(
		request(addr, "GET", "/app/api/me", &[("Cookie", wang.as_str())], "").await.status,
		401
	);
	assert_eq!(
		request(addr, "DELETE", "/app/api/users/root", &admin, "").await.status,
		400,
		"not oneself"
	);
	assert_eq!(request(addr, "DELETE", "/app/api/users/wang", &admin, "").await.status, 200);

	// Sign-out ends the session.
	let out = request(addr, "POST", "/app/api/logout", &officer, "").await;
	assert_eq!(out.status, 200);
	assert!(out.header("set-cookie").unwrap().contains("Max-Age=0"));
	assert_eq!(
		request(addr, "GET", "/app/api/me", &[("Cookie", li.as_str())], "").await.status,
		401
	);

	// An idle session ends (the idle limit here is one minute).
	let token = ann.split_once('=').unwrap().1;
	let hash = session::session_hash(token);
	agent.mirror.touch_session(&hash, session::now_ms() - 61_000).await.unwrap();
	let idle = request(addr, "GET", "/app/api/me", &[("Cookie", ann.as_str())], "").await;
	assert_eq!(idle.status, 401);
	assert!(idle.body["error"].as_str().unwrap().contains("expired"), "{}", idle.text);
	assert!(agent.mirror.session(&hash).await.unwrap().is_none());

	// Guessing is slowed down.
	let guess = "{\"name\":\"root\",\"password\":\"not the password\"}";
	for _ in 0..session::MAX_FAILURES_PER_NAME {
		assert_eq!(
			request(addr, "POST", "/app/api/login", &[("Content-Type", "application/json")], guess)
				.await
				.status,
			401
		);
	}
	let limited =
		request(addr, "POST", "/app/api/login", &[("Content-Type", "application/json")], guess)
			.await;
	assert_eq!(limited.status, 429, "{}", limited.text);
	assert!(limited.header("retry-after").unwrap().parse::<u64>().unwrap() > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tls_proxy_makes_the_cookie_secure() {
	let agent = agent().await;
	let addr = serve(agent).await;
	let body = format!("{{\"name\":\"ann\",\"password\":\"{PASSWORD}\"}}");
	let a = request(
		addr,
		"POST",
		"/app/api/login",
		&[("Content-Type", "application/json"), ("X-Forwarded-Proto", "https")],
		&body,
	)
	.await;
	assert_eq!(a.status, 200);
	assert!(a.header("set-cookie").unwrap().ends_with("; Secure"));
}
