//! JSON-RPC over HTTP: the node serves HTTP and WebSocket on the same port, and a
//! blocking HTTP client is all a command-line client needs (no subscriptions: `watch`
//! and the inclusion tracker poll).
use serde_json::{json, Value};
use std::{
	sync::atomic::{AtomicU64, Ordering},
	time::Duration,
};

/// Why a JSON-RPC call failed.
#[derive(Debug, thiserror::Error)]
pub enum RpcError {
	/// The node could not be reached or answered with something other than JSON-RPC.
	#[error("cannot reach the node at {url}: {message}")]
	Connection {
		/// The endpoint.
		url: String,
		/// What went wrong.
		message: String,
	},
	/// The node answered with a JSON-RPC error.
	#[error("{method}: {message} (code {code}){}", data.as_ref().map(|d| format!(": {}", d.as_str().map_or_else(|| d.to_string(), String::from))).unwrap_or_default())]
	Rpc {
		/// The method called.
		method: String,
		/// JSON-RPC error code.
		code: i64,
		/// Error message.
		message: String,
		/// Error data, if any.
		data: Option<Value>,
	},
	/// The answer did not have the expected shape.
	#[error("{method}: unexpected answer: {message}")]
	Response {
		/// The method called.
		method: String,
		/// What was unexpected.
		message: String,
	},
}

impl RpcError {
	/// The JSON-RPC error code, if the node answered with an error.
	pub fn code(&self) -> Option<i64> {
		match self {
			RpcError::Rpc { code, .. } => Some(*code),
			_ => None,
		}
	}
}

/// Something that answers JSON-RPC calls (the node over HTTP, or a fake in tests).
pub trait Transport {
	/// Calls `method` with positional `params` (a JSON array) and returns the `result`.
	fn call(&self, method: &str, params: Value) -> Result<Value, RpcError>;
}

/// JSON-RPC over HTTP POST.
pub struct Http {
	agent: ureq::Agent,
	url: String,
	next_id: AtomicU64,
}

impl Http {
	/// A client of `url`; `ws://` and `wss://` are mapped to `http://` and `https://`
	/// (the node serves both on one port).
	pub fn new(url: &str) -> Self {
		let url = if let Some(rest) = url.strip_prefix("ws://") {
			format!("http://{rest}")
		} else if let Some(rest) = url.strip_prefix("wss://") {
			format!("https://{rest}")
		} else {
			url.to_owned()
		};
		let agent = ureq::AgentBuilder::new()
			.timeout_connect(Duration::from_secs(5))
			.timeout(Duration::from_secs(120))
			.build();
		Http { agent, url, next_id: AtomicU64::new(1) }
	}

	/// The HTTP endpoint.
	pub fn url(&self) -> &str {
		&self.url
	}
}

impl Transport for Http {
	fn call(&self, method: &str, params: Value) -> Result<Value, RpcError> {
		let id = self.next_id.fetch_add(1, Ordering::Relaxed);
		let request = json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params });
		let connection = |message: String| RpcError::Connection { url: self.url.clone(), message };
		let response = match self.agent.post(&self.url).send_json(request) {
			Ok(r) => r,
			// JSON-RPC servers may carry an error object on a non-200 status.
			Err(ureq::Error::Status(_, r)) => r,
			Err(e) => return Err(connection(e.to_string())),
		};
		let status = response.status();
		let body: Value = response
			.into_json()
			.map_err(|e| connection(format!("HTTP {status}, not a JSON-RPC answer: {e}")))?;
		answer(method, body)
	}
}

/// The `result` of a JSON-RPC response object, or its `error`.
pub fn answer(method: &str, mut body: Value) -> Result<Value, RpcError> {
	if let Some(err) = body.get_mut("error").map(Value::take) {
		return Err(RpcError::Rpc {
			method: method.to_owned(),
			code: err.get("code").and_then(Value::as_i64).unwrap_or_default(),
			message: err.get("message").and_then(Value::as_str).unwrap_or("error").to_owned(),
			data: err.get("data").cloned().filter(|d| !d.is_null()),
		});
	}
	match body.get_mut("result") {
		Some(result) => Ok(result.take()),
		None => Err(RpcError::Response { method: method.to_owned(), message: body.to_string() }),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn results_and_errors_are_told_apart() {
		assert_eq!(
			answer("m", json!({"jsonrpc":"2.0","id":1,"result":null})).unwrap(),
			Value::Null
		);
		let err = answer(
			"author_submitExtrinsic",
			json!({"jsonrpc":"2.0","id":1,"error":{"code":1010,"message":"Invalid Transaction","data":"Custom error: 101"}}),
		)
		.unwrap_err();
		assert_eq!(err.code(), Some(1010));
		assert_eq!(
			err.to_string(),
			"author_submitExtrinsic: Invalid Transaction (code 1010): Custom error: 101"
		);
		assert!(matches!(answer("m", json!({"id":1})), Err(RpcError::Response { .. })));
	}

	#[test]
	fn websocket_urls_map_to_http() {
		assert_eq!(Http::new("ws://127.0.0.1:9944").url(), "http://127.0.0.1:9944");
		assert_eq!(Http::new("http://node:9944").url(), "http://node:9944");
	}
}
