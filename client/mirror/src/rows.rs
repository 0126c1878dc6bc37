//! What the queries answer with (one struct per projection row) and what they take
//! (filters). Rows serialise to JSON for the agent's REST API, amounts as decimal strings.

use serde::{Deserialize, Serialize};

use crate::{
	HandoffStatus, InstitutionStatus, Language, MovementKind, OpeningOutcome, PlanStatus, UserRole,
};

/// Rows a query returns when its limit is 0.
pub const DEFAULT_LIMIT: u32 = 100;
/// Most rows one query returns (larger limits are cut to it).
pub const MAX_LIMIT: u32 = 1000;

/// The limit a query uses for the `limit` asked: 0 means [`DEFAULT_LIMIT`], at most
/// [`MAX_LIMIT`].
pub fn effective_limit(limit: u32) -> u32 {
	match limit {
		0 => DEFAULT_LIMIT,
		n => n.min(MAX_LIMIT),
	}
}

/// One plan (`plans` table).
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct PlanRow {
	/// Plan id.
	pub id: u64,
	/// The publishing institution.
	pub contributor: u32,
	/// The contributor's own reference.
	pub external_ref: String,
	/// Kind of loan.
	pub loan_type: String,
	/// Requested loan amount, in fen.
	#[serde(with = "crate::codec::decimal")]
	pub amount: u128,
	/// The contributor's risk score.
	pub risk_score: u16,
	/// Total amount participants may take, in fen.
	#[serde(with = "crate::codec::decimal")]
	pub shared_limit: u128,
	/// Smallest share one participant may take, in fen (`None` for plans of runtimes
	/// before minimum shares).
	#[serde(default, with = "crate::codec::decimal_opt")]
	pub min_share: Option<u128>,
	/// Lowest rate a participant may quote, in basis points.
	pub min_rate_bp: u32,
	/// Highest rate a participant may quote, in basis points.
	pub max_rate_bp: u32,
	/// Fee: whole TOKEN per 10,000 RMB taken.
	pub token_rate: u32,
	/// Most participants the plan accepts.
	pub max_participants: u32,
	/// First moment a confirmation is accepted (ms since the Unix epoch).
	pub start_ms: u64,
	/// Last moment a confirmation is accepted (ms since the Unix epoch).
	pub end_ms: u64,
	/// Where it stands.
	pub status: PlanStatus,
	/// Sum of the confirmed amounts still held, in fen (returned shares are taken off).
	#[serde(with = "crate::codec::decimal")]
	pub taken: u128,
	/// Number of confirmations still held.
	pub participants: u32,
	/// Block of `PlanPublished`.
	pub published_block: u64,
	/// Block of the last event that changed the row.
	pub updated_block: u64,
	/// The published input as JSON.
	pub input_json: serde_json::Value,
}

/// One confirmation (`confirmations` table).
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct ConfirmationRow {
	/// The plan.
	pub plan: u64,
	/// The participating institution.
	pub participant: u32,
	/// Amount taken, in fen.
	#[serde(with = "crate::codec::decimal")]
	pub amount: u128,
	/// Quoted rate, in basis points.
	pub rate_bp: u32,
	/// Fee held, in token units.
	#[serde(with = "crate::codec::decimal")]
	pub fee: u128,
	/// The escrow holding the fee (unique).
	pub escrow: u64,
	/// Block of `PlanConfirmed`.
	pub block_number: u64,
	/// Index of `PlanConfirmed` in its block.
	pub event_index: u32,
	/// Block of the `ShareReturned` that gave the share back to the plan (`None`: held).
	pub returned_block: Option<u64>,
}

/// One data-key handoff (`handoffs` table).
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct HandoffRow {
	/// The plan.
	pub plan: u64,
	/// The receiving participant.
	pub participant: u32,
	/// The delivering contributor.
	pub contributor: u32,
	/// The escrow holding the participant's fee.
	pub escrow: u64,
	/// The participant's key the data key is (or was) wrapped to.
	pub participant_key_id: u32,
	/// Where it stands.
	pub status: HandoffStatus,
	/// Block of `HandoffRequested`.
	pub requested_block: u64,
	/// Block of `HandoffDelivered`.
	pub delivered_block: Option<u64>,
	/// Last block of the challenge window (from `HandoffDelivered`).
	pub challenge_until: Option<u64>,
	/// Block where the fee was paid or returned: `HandoffAccepted`, `HandoffReleased`,
	/// `HandoffRefunded`, `BadDeliveryProven` or `ComplaintRuled`.
	pub settled_block: Option<u64>,
	/// Block of `HandoffComplained` (`HandoffDisputed` under older runtimes).
	pub disputed_block: Option<u64>,
	/// The complaint's reason.
	pub dispute_reason: Option<String>,
	/// What `BadDeliveryProven` found wrong (`NotTheWrappedKey`, `WrongKey`,
	/// `CommitmentMismatch`).
	pub fault: Option<String>,
}

/// One token movement (`token_movements` table); see [`MovementKind`] for what `from_inst`,
/// `to_inst`, `issuer` and `ref_id` mean for each kind.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct MovementRow {
	/// Row id, increasing in the order the movements were mirrored (for paging).
	pub id: i64,
	/// Block of the event.
	pub block_number: u64,
	/// Index of the event in its block.
	pub event_index: u32,
	/// What it was.
	pub kind: MovementKind,
	/// The institution debited, if any.
	pub from_inst: Option<u32>,
	/// The institution credited, if any.
	pub to_inst: Option<u32>,
	/// The token issuer that acted, for recharges and redemption settlements/rejections.
	pub issuer: Option<u32>,
	/// Token units.
	#[serde(with = "crate::codec::decimal")]
	pub amount: u128,
	/// Payment reference, payout reference or memo.
	pub reference: Option<String>,
	/// Redemption id or escrow id.
	pub ref_id: Option<u64>,
}

/// One consortium member (`institutions` table).
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct InstitutionRow {
	/// Institution id.
	pub id: u32,
	/// Its name.
	pub name: String,
	/// Its roles (the chain's `Role` names).
	pub roles: Vec<String>,
	/// Its membership.
	pub status: InstitutionStatus,
	/// Its current key, if it registered one.
	pub key_id: Option<u32>,
	/// The current key's modulus size.
	pub key_bits: Option<u32>,
	/// Bad deliveries proven against it as contributor (from `BadDeliveryProven`).
	pub misdeliveries: u32,
	/// Block of `InstitutionAdmitted` (0 for a seeded genesis member).
	pub admitted_block: u64,
	/// Block of the last event that changed the row.
	pub updated_block: u64,
}

/// A genesis member for [`crate::Mirror::seed_institutions`]: genesis institutions (and
/// their keys) exist from block 0 without any event.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct InstitutionSeed {
	/// Institution id.
	pub id: u32,
	/// Its name.
	pub name: String,
	/// Its roles.
	pub roles: Vec<String>,
	/// Its membership.
	pub status: InstitutionStatus,
	/// Its current key, if any.
	pub key_id: Option<u32>,
	/// The key's modulus size.
	pub key_bits: Option<u32>,
}

/// One attempt to open borrower data through the agent (`openings` table).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct OpeningRow {
	/// Row id, increasing in the order of the attempts.
	pub id: i64,
	/// The API token's name (`"-"` when no valid token was presented).
	pub caller: String,
	/// The plan whose data was asked for.
	pub plan: u64,
	/// When, as an RFC 3339 UTC timestamp with milliseconds (`2026-03-01T08:00:00.123Z`).
	pub opened_at: String,
	/// What came of it.
	pub outcome: OpeningOutcome,
	/// Why it was refused or failed.
	pub detail: Option<String>,
}

/// A user of the agent's web app (`users` table), without the password hash.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct UserRow {
	/// Row id.
	pub id: i64,
	/// The sign-in name (unique).
	pub name: String,
	/// What the user may do.
	pub role: UserRole,
	/// The language the app is shown in.
	pub lang: Language,
	/// When the user was added (ms since the Unix epoch).
	pub created_at_ms: i64,
	/// When the role, password or language last changed (ms since the Unix epoch).
	pub updated_at_ms: i64,
}

/// A signed-in session of the web app (`sessions` table), with its user.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct SessionRow {
	/// SHA-256 (hex) of the session's cookie value; the cookie itself is never stored.
	pub id_hash: String,
	/// The signed-in user.
	pub user: UserRow,
	/// The session's anti-CSRF token, sent back by the app in a header on every change.
	pub csrf_token: String,
	/// When the user signed in (ms since the Unix epoch).
	pub created_at_ms: i64,
	/// The last request seen (ms since the Unix epoch; updated at most every few seconds).
	pub last_seen_ms: i64,
	/// When the session ends whatever happens (ms since the Unix epoch).
	pub expires_at_ms: i64,
}

/// One raw event (`events` table).
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct EventRow {
	/// Block number.
	pub block_number: u64,
	/// Index in the block.
	pub event_index: u32,
	/// Block hash.
	pub block_hash: String,
	/// Pallet name.
	pub pallet: String,
	/// Event variant.
	pub variant: String,
	/// The event's fields as stored.
	pub fields: serde_json::Value,
}

/// One mirrored block (`blocks` table).
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct BlockRow {
	/// Block number.
	pub number: u64,
	/// Block hash.
	pub hash: String,
	/// The block's timestamp (ms since the Unix epoch), if known.
	pub timestamp_ms: Option<u64>,
	/// How many events it had.
	pub event_count: u64,
}

/// Which plans [`crate::Mirror::plans`] returns. Every field is optional; the default lists
/// the first [`DEFAULT_LIMIT`] plans by id.
#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct PlanFilter {
	/// Only this contributor's plans.
	pub contributor: Option<u32>,
	/// Only plans in this status.
	pub status: Option<PlanStatus>,
	/// Only this loan type.
	pub loan_type: Option<String>,
	/// Only plans of at least this amount (fen).
	#[serde(with = "crate::codec::decimal_opt")]
	pub min_amount: Option<u128>,
	/// Only plans of at most this amount (fen).
	#[serde(with = "crate::codec::decimal_opt")]
	pub max_amount: Option<u128>,
	/// Page size (see [`effective_limit`]).
	pub limit: u32,
	/// Keyset paging: only plans after this id in the listing's order (pass the last id of
	/// the previous page).
	pub after_id: Option<u64>,
	/// List by id descending (newest first) instead of ascending.
	pub newest_first: bool,
}

/// Which handoffs [`crate::Mirror::handoffs`] returns, newest request first.
#[derive(Clone, PartialEq, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct HandoffFilter {
	/// Only this plan's handoffs.
	pub plan: Option<u64>,
	/// Only handoffs this contributor must deliver.
	pub contributor: Option<u32>,
	/// Only handoffs to this participant.
	pub participant: Option<u32>,
	/// Only handoffs in this status.
	pub status: Option<HandoffStatus>,
	/// Page size (see [`effective_limit`]).
	pub limit: u32,
	/// Rows to skip.
	pub offset: u32,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn limits_default_and_cap() {
		assert_eq!(effective_limit(0), DEFAULT_LIMIT);
		assert_eq!(effective_limit(5), 5);
		assert_eq!(effective_limit(u32::MAX), MAX_LIMIT);
	}

	#[test]
	fn filters_read_from_sparse_json() {
		let f: PlanFilter =
			serde_json::from_str(r#"{"status":"open","min_amount":"100","limit":5}"#).unwrap();
		assert_eq!(f.status, Some(PlanStatus::Open));
		assert_eq!(f.min_amount, Some(100));
		assert_eq!(f.max_amount, None);
		assert_eq!(f.limit, 5);
		let f: HandoffFilter = serde_json::from_str(r#"{"status":"pending"}"#).unwrap();
		assert_eq!(f.status, Some(HandoffStatus::Pending));
	}
}
