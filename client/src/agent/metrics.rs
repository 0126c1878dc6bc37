//! The agent's Prometheus metrics (served at `/metrics`).
use prometheus::{IntCounter, IntCounterVec, IntGauge, Opts, Registry};

/// Every metric the agent exports.
#[derive(Clone)]
pub struct Metrics {
	registry: Registry,
	/// Latest finalised block seen on the node.
	pub finalized_height: IntGauge,
	/// Latest block in the mirror database.
	pub mirrored_height: IntGauge,
	/// Finalised blocks not yet mirrored.
	pub mirror_lag: IntGauge,
	/// Events written to the mirror.
	pub events_mirrored: IntCounter,
	/// Blocks written to the mirror.
	pub blocks_mirrored: IntCounter,
	/// Handoffs the institution owes as contributor.
	pub pending_handoffs: IntGauge,
	/// Deliveries included in a block.
	pub deliveries: IntCounter,
	/// Deliveries submitted and not yet off the finalised pending list.
	pub deliveries_in_flight: IntGauge,
	/// Deliveries that failed, by reason.
	pub delivery_failures: IntCounterVec,
	/// Connections to the node re-established.
	pub reconnects: IntCounter,
	/// REST requests, by status code.
	pub api_requests: IntCounterVec,
}

impl Metrics {
	/// Registers the metrics.
	pub fn new() -> anyhow::Result<Self> {
		let registry = Registry::new();
		let gauge = |name: &str, help: &str| -> anyhow::Result<IntGauge> {
			let g = IntGauge::new(name, help)?;
			registry.register(Box::new(g.clone()))?;
			Ok(g)
		};
		let counter = |name: &str, help: &str| -> anyhow::Result<IntCounter> {
			let c = IntCounter::new(name, help)?;
			registry.register(Box::new(c.clone()))?;
			Ok(c)
		};
		let counter_vec = |name: &str, help: &str, label: &str| -> anyhow::Result<IntCounterVec> {
			let c = IntCounterVec::new(Opts::new(name, help), &[label])?;
			registry.register(Box::new(c.clone()))?;
			Ok(c)
		};
		Ok(Metrics {
			finalized_height: gauge(
				"loanshare_agent_finalized_height",
				"Latest finalised block seen on the node",
			)?,
			mirrored_height: gauge(
				"loanshare_agent_mirrored_height",
				"Latest block written to the mirror database",
			)?,
			mirror_lag: gauge(
				"loanshare_agent_mirror_lag_blocks",
				"Finalised blocks not yet in the mirror",
			)?,
			events_mirrored: counter(
				"loanshare_agent_events_mirrored_total",
				"Events written to the mirror",
			)?,
			blocks_mirrored: counter(
				"loanshare_agent_blocks_mirrored_total",
				"Blocks written to the mirror",
			)?,
			pending_handoffs: gauge(
				"loanshare_agent_pending_handoffs",
				"Handoffs the institution owes as contributor",
			)?,
			deliveries: counter(
				"loanshare_agent_deliveries_total",
				"Deliveries included in a block",
			)?,
			deliveries_in_flight: gauge(
				"loanshare_agent_deliveries_in_flight",
				"Deliveries submitted whose handoffs are still pending at the finalised block",
			)?,
			delivery_failures: counter_vec(
				"loanshare_agent_delivery_failures_total",
				"Deliveries that failed, by reason",
				"reason",
			)?,
			reconnects: counter(
				"loanshare_agent_reconnects_total",
				"Connections to the node re-established",
			)?,
			api_requests: counter_vec(
				"loanshare_agent_api_requests_total",
				"REST requests by status code",
				"code",
			)?,
			registry,
		})
	}

	/// The text exposition format.
	pub fn render(&self) -> String {
		let mut buf = String::new();
		let encoder = prometheus::TextEncoder::new();
		if encoder.encode_utf8(&self.registry.gather(), &mut buf).is_err() {
			buf.clear();
		}
		buf
	}
}
