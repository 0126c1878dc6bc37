//! The web app's files, embedded in the binary at build time (`client/web/`): plain HTML,
//! CSS and JavaScript modules, no build step and nothing loaded from elsewhere.
//!
//! `GET /` is `index.html`; `GET /assets/PATH` is `client/web/PATH`. The pages are sent
//! with `Cache-Control: no-cache` (the browser revalidates, so a new agent's files are used
//! at once) and an `ETag` of their content.
use super::super::rest::ApiError;
use axum::{
	extract::Path,
	http::{header, HeaderMap, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
};

macro_rules! files {
	($($path:literal => $mime:literal,)*) => {
		/// Every file of the app: its path under `client/web/`, its media type, its bytes.
		pub const FILES: &[(&str, &str, &[u8])] = &[
			$(($path, $mime, include_bytes!(concat!("../../../web/", $path))),)*
		];
	};
}

files! {
	"index.html" => "text/html; charset=utf-8",
	"app.css" => "text/css; charset=utf-8",
	"js/app.js" => "text/javascript; charset=utf-8",
	"js/api.js" => "text/javascript; charset=utf-8",
	"js/dom.js" => "text/javascript; charset=utf-8",
	"js/format.js" => "text/javascript; charset=utf-8",
	"js/i18n.js" => "text/javascript; charset=utf-8",
	"js/pages/signin.js" => "text/javascript; charset=utf-8",
	"js/pages/market.js" => "text/javascript; charset=utf-8",
	"js/pages/plan.js" => "text/javascript; charset=utf-8",
	"js/pages/upload.js" => "text/javascript; charset=utf-8",
	"js/pages/mine.js" => "text/javascript; charset=utf-8",
	"js/pages/tokens.js" => "text/javascript; charset=utf-8",
	"js/pages/admin.js" => "text/javascript; charset=utf-8",
	"js/pages/account.js" => "text/javascript; charset=utf-8",
}

/// The `ETag` of a file: a digest of its bytes.
fn etag(bytes: &[u8]) -> String {
	use sha2::Digest;
	format!("\"{}\"", hex::encode(&sha2::Sha256::digest(bytes)[..12]))
}

fn serve(path: &str, headers: &HeaderMap) -> Response {
	let Some(&(_, mime, bytes)) = FILES.iter().find(|(p, _, _)| *p == path) else {
		return ApiError(StatusCode::NOT_FOUND, format!("no file {path}")).into_response();
	};
	let tag = etag(bytes);
	let fresh = headers
		.get(header::IF_NONE_MATCH)
		.and_then(|v| v.to_str().ok())
		.is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
	let mut resp =
		if fresh { StatusCode::NOT_MODIFIED.into_response() } else { bytes.into_response() };
	let h = resp.headers_mut();
	h.insert(header::CONTENT_TYPE, HeaderValue::from_static(mime));
	h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
	if let Ok(v) = HeaderValue::from_str(&tag) {
		h.insert(header::ETAG, v);
	}
	resp
}

/// `GET /`: the app.
pub async fn index(headers: HeaderMap) -> Response {
	serve("index.html", &headers)
}

/// `GET /assets/{*path}`: one of its files.
pub async fn file(Path(path): Path<String>, headers: HeaderMap) -> Response {
	serve(&path, &headers)
}

#[cfg(test)]
mod tests {
	use super::FILES;

	/// Every file under `client/web/` is embedded, and nothing else is listed.
	#[test]
	fn every_file_of_the_app_is_embedded() {
		fn walk(dir: &std::path::Path, base: &std::path::Path, out: &mut Vec<String>) {
			for entry in std::fs::read_dir(dir).unwrap() {
				let path = entry.unwrap().path();
				if path.is_dir() {
					walk(&path, base, out);
				} else {
					out.push(path.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/"));
				}
			}
		}
		let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web");
		let mut on_disk = Vec::new();
		walk(&base, &base, &mut on_disk);
		on_disk.sort();
		let mut listed: Vec<String> = FILES.iter().map(|(p, _, _)| (*p).to_owned()).collect();
		listed.sort();
		assert_eq!(on_disk, listed);
	}

	/// The pages load nothing from elsewhere and run no inline script (the CSP forbids it).
	#[test]
	fn the_app_loads_nothing_from_elsewhere() {
		for (path, _, bytes) in FILES {
			let text = std::str::from_utf8(bytes).unwrap();
			for bad in
				["http://", "https://", "localStorage", "sessionStorage", "eval(", "innerHTML"]
			{
				assert!(!text.contains(bad), "{path} contains {bad:?}");
			}
			if path.ends_with(".html") {
				assert!(
					!text.contains("<script>") && !text.contains(" style="),
					"{path}: inline code"
				);
			}
		}
	}
}
