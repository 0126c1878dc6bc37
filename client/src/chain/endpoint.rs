//! Node endpoints: which URLs are accepted and how they are reached.
//!
//! A LoanShare node serves JSON-RPC over HTTP and WebSocket on the same port. The
//! client needs subscriptions (finality, new blocks), so it always speaks WebSocket:
//! `http://host:port` is reached as `ws://host:port` and `https://host:port` as
//! `wss://host:port`. `wss` uses TLS checked against the operating system's root
//! certificates.

/// The WebSocket URL for an endpoint, or a message naming what is wrong with it.
pub fn websocket_url(endpoint: &str) -> anyhow::Result<String> {
	let endpoint = endpoint.trim();
	let (scheme, rest) = endpoint.split_once("://").ok_or_else(|| {
		anyhow::anyhow!(
			"endpoint {endpoint:?} has no scheme: use ws://, wss://, http:// or https://"
		)
	})?;
	let scheme = match scheme.to_ascii_lowercase().as_str() {
		"ws" | "http" => "ws",
		"wss" | "https" => "wss",
		other => anyhow::bail!(
			"endpoint {endpoint:?}: unsupported scheme {other:?} (use ws://, wss://, http:// or https://)"
		),
	};
	if rest.is_empty() || rest.starts_with('/') {
		anyhow::bail!("endpoint {endpoint:?} has no host");
	}
	Ok(format!("{scheme}://{rest}"))
}

/// Whether the endpoint is encrypted (TLS).
pub fn is_tls(endpoint: &str) -> bool {
	let lower = endpoint.trim().to_ascii_lowercase();
	lower.starts_with("wss://") || lower.starts_with("https://")
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn http_maps_to_websocket_on_the_same_port() {
		assert_eq!(websocket_url("http://127.0.0.1:9944").unwrap(), "ws://127.0.0.1:9944");
		assert_eq!(
			websocket_url("HTTPS://node.example:443/rpc").unwrap(),
			"wss://node.example:443/rpc"
		);
		assert_eq!(websocket_url("ws://a:1").unwrap(), "ws://a:1");
		assert_eq!(websocket_url("wss://a").unwrap(), "wss://a");
		assert!(is_tls("https://x") && is_tls("wss://x") && !is_tls("ws://x"));
	}

	#[test]
	fn bad_endpoints_are_named() {
		let e = websocket_url("127.0.0.1:9944").unwrap_err().to_string();
		assert!(e.contains("no scheme"), "{e}");
		let e = websocket_url("ftp://x").unwrap_err().to_string();
		assert!(e.contains("unsupported scheme \"ftp\""), "{e}");
		assert!(websocket_url("ws://").is_err());
	}
}
