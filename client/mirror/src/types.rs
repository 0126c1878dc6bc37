//! What the agent hands to [`crate::Mirror::apply`] (blocks, events and the decoded
//! [`DomainEvent`]s) and the small value types the mirror answers with (backend, cursor,
//! statuses).

use serde::{Deserialize, Serialize};

/// Which database the mirror writes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Backend {
	/// Embedded SQLite (a file, or memory).
	Sqlite,
	/// A PostgreSQL server.
	Postgres,
}

/// The last block applied to the mirror.
#[derive(Clone, PartialEq, Eq, Debug, Serialize, Deserialize)]
pub struct Cursor {
	/// Its number.
	pub number: u64,
	/// Its hash, `0x`-prefixed lower-case hex.
	pub hash: String,
}

/// What [`crate::Mirror::apply`] did with a block.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[allow(clippy::enum_variant_names)]
pub enum Applied {
	/// The block was stored and the cursor moved to it, in one committed transaction.
	Committed {
		/// How many events the block had.
		events: usize,
	},
	/// The block is at or below the cursor (and its hash matches): nothing was done.
	AlreadyApplied,
}

/// One finalised block as the agent read it from the chain.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct BlockRecord {
	/// Block number.
	pub number: u64,
	/// Block hash, `0x`-prefixed hex (stored lower-cased).
	pub hash: String,
	/// The block's timestamp (ms since the Unix epoch), if the agent read it.
	pub timestamp_ms: Option<u64>,
	/// The block's events, in any order; their `index` must be unique within the block.
	pub events: Vec<EventRecord>,
}

/// One event of a block: the raw event, and its decoded meaning if it is one the
/// projections follow.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct EventRecord {
	/// The event's index within the block (unique within the block).
	pub index: u32,
	/// The pallet's name in the runtime (`LoanShare`, `Token`, `System`, ...).
	pub pallet: String,
	/// The event's variant (`PlanPublished`, `ExtrinsicSuccess`, ...).
	pub variant: String,
	/// The event's fields, as JSON (stored verbatim in `events.fields_json`).
	pub fields: serde_json::Value,
	/// The decoded event, for the projections; `None` for events they do not follow (the
	/// event is still stored in `events`).
	pub domain: Option<DomainEvent>,
}

/// A plan's terms, as published (read from chain storage by the agent when it sees
/// `PlanPublished`).
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub struct PlanDetails {
	/// Kind of loan (the chain's `LoanType` variant name).
	pub loan_type: String,
	/// Requested loan amount, in fen.
	#[serde(with = "crate::codec::decimal")]
	pub amount: u128,
	/// The contributor's risk score.
	pub risk_score: u16,
	/// Total amount participants may take, in fen.
	#[serde(with = "crate::codec::decimal")]
	pub shared_limit: u128,
	/// Smallest share one participant may take, in fen (`None` for plans published before
	/// runtimes had minimum shares).
	#[serde(default, with = "crate::codec::decimal_opt")]
	pub min_share: Option<u128>,
	/// Lowest annual rate a participant may quote, in basis points.
	pub min_rate_bp: u32,
	/// Highest annual rate a participant may quote, in basis points.
	pub max_rate_bp: u32,
	/// Fee: whole TOKEN per 10,000 RMB taken.
	pub token_rate: u32,
	/// Most participants the plan accepts.
	pub max_participants: u32,
	/// First moment (ms since the Unix epoch) a confirmation is accepted.
	pub start_ms: u64,
	/// Last moment (ms since the Unix epoch, inclusive) a confirmation is accepted.
	pub end_ms: u64,
	/// The whole published input as JSON (stored verbatim in `plans.input_json`).
	pub input_json: serde_json::Value,
}

/// The chain events the projections follow, decoded by the agent. Field names are the
/// chain's; byte strings (references, memos, names, reasons) are given as text. Ids: plan
/// `u64`, institution `u32`, escrow `u64`, redemption `u64`, key `u32`; amounts `u128`.
#[derive(Clone, PartialEq, Debug, Serialize, Deserialize)]
pub enum DomainEvent {
	// ---- LoanShare ----
	/// `LoanShare::PlanPublished`, with the plan's terms.
	PlanPublished {
		/// The plan.
		plan: u64,
		/// The publishing institution.
		contributor: u32,
		/// The contributor's own reference.
		external_ref: String,
		/// The plan's terms.
		details: PlanDetails,
	},
	/// `LoanShare::PlanConfirmed`: a participant took a share.
	PlanConfirmed {
		/// The plan.
		plan: u64,
		/// The participating institution.
		participant: u32,
		/// Amount taken, in fen.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
		/// Quoted annual rate, in basis points.
		rate_bp: u32,
		/// Fee held, in token units.
		#[serde(with = "crate::codec::decimal")]
		fee: u128,
		/// The escrow holding the fee.
		escrow: u64,
	},
	/// `LoanShare::PlanFilled`.
	PlanFilled {
		/// The plan.
		plan: u64,
	},
	/// `LoanShare::PlanExpired`.
	PlanExpired {
		/// The plan.
		plan: u64,
	},
	/// `LoanShare::PlanWithdrawn`.
	PlanWithdrawn {
		/// The plan.
		plan: u64,
	},
	/// `LoanShare::PlanReaped`: the ended plan left chain state (the mirror keeps it).
	PlanReaped {
		/// The plan.
		plan: u64,
	},
	/// `LoanShare::ShareReturned`: a participant's share went back to the plan (its handoff
	/// timed out, a bad delivery was proven, or the council ruled a refund).
	ShareReturned {
		/// The plan.
		plan: u64,
		/// The participant whose confirmation is gone.
		participant: u32,
		/// The amount given back, in fen.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
		/// Whether a filled plan opened again.
		reopened: bool,
	},
	// ---- KeyExchange ----
	/// `KeyExchange::HandoffRequested`: a confirmation's data key is due.
	HandoffRequested {
		/// The plan.
		plan: u64,
		/// The contributor who must deliver.
		contributor: u32,
		/// The participant who receives.
		participant: u32,
		/// The escrow holding the participant's fee.
		escrow: u64,
		/// The participant's key the data key must be wrapped to.
		participant_key_id: u32,
	},
	/// `KeyExchange::HandoffDelivered`: the re-wrapped key is on chain; the fee stays held
	/// while the participant may challenge the delivery.
	HandoffDelivered {
		/// The plan.
		plan: u64,
		/// The contributor who delivered.
		contributor: u32,
		/// The participant who received.
		participant: u32,
		/// The participant's key the data key was wrapped to.
		participant_key_id: u32,
		/// Last block of the challenge window (`None` from runtimes without one, where the
		/// delivery released the fee at once).
		#[serde(default)]
		challenge_until: Option<u32>,
	},
	/// `KeyExchange::HandoffAccepted`: the participant accepted; the fee went to the contributor.
	HandoffAccepted {
		/// The plan.
		plan: u64,
		/// The contributor paid.
		contributor: u32,
		/// The participant who accepted.
		participant: u32,
		/// The escrow released.
		escrow: u64,
	},
	/// `KeyExchange::HandoffReleased`: the challenge window ended; the fee went to the
	/// contributor.
	HandoffReleased {
		/// The plan.
		plan: u64,
		/// The contributor paid.
		contributor: u32,
		/// The participant.
		participant: u32,
		/// The escrow released.
		escrow: u64,
	},
	/// `KeyExchange::HandoffRefunded`: not delivered in time; the fee went back.
	HandoffRefunded {
		/// The plan.
		plan: u64,
		/// The participant refunded.
		participant: u32,
		/// The escrow refunded.
		escrow: u64,
	},
	/// `KeyExchange::BadDeliveryProven`: the participant proved the delivered key does not
	/// open the plan's data; the fee went back and the contributor's misdeliveries rose.
	BadDeliveryProven {
		/// The plan.
		plan: u64,
		/// The contributor at fault.
		contributor: u32,
		/// The participant refunded.
		participant: u32,
		/// The escrow refunded.
		escrow: u64,
		/// What was wrong (`NotTheWrappedKey`, `WrongKey`, `CommitmentMismatch`).
		#[serde(deserialize_with = "crate::codec::lenient_text")]
		fault: String,
		/// The contributor's misdeliveries now.
		misdeliveries: u32,
	},
	/// `KeyExchange::HandoffComplained`: the participant complained about the data; the fee
	/// waits for the council's ruling.
	HandoffComplained {
		/// The plan.
		plan: u64,
		/// The contributor complained about.
		contributor: u32,
		/// The complaining participant.
		participant: u32,
		/// Why (as text).
		#[serde(deserialize_with = "crate::codec::lenient_text")]
		reason: String,
	},
	/// `KeyExchange::ComplaintRuled`: the council refunded the participant or released the
	/// fee to the contributor.
	ComplaintRuled {
		/// The plan.
		plan: u64,
		/// The contributor.
		contributor: u32,
		/// The participant.
		participant: u32,
		/// `true`: fee back to the participant (and the share to the plan); `false`: fee to the
		/// contributor.
		refunded: bool,
	},
	/// `KeyExchange::HandoffDisputed`, of runtimes before the challenge window (kept for
	/// mirroring their blocks).
	HandoffDisputed {
		/// The plan.
		plan: u64,
		/// The disputing participant.
		participant: u32,
		/// Why (as text).
		#[serde(deserialize_with = "crate::codec::lenient_text")]
		reason: String,
	},
	/// `KeyExchange::KeyRegistered`.
	KeyRegistered {
		/// The institution.
		institution: u32,
		/// Its new key.
		key_id: u32,
		/// The key's modulus size.
		bits: u32,
	},
	/// `KeyExchange::KeyRotated`.
	KeyRotated {
		/// The institution.
		institution: u32,
		/// The key retired.
		old: u32,
		/// The key now current.
		new: u32,
		/// The new key's modulus size.
		bits: u32,
	},
	// ---- Token ----
	/// `Token::Recharged`: an issuer minted tokens against an RMB payment.
	Recharged {
		/// The issuer institution.
		issuer: u32,
		/// The institution credited.
		to: u32,
		/// Token units minted.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
		/// The RMB payment reference.
		payment_ref: String,
	},
	/// `Token::Transferred`.
	Transferred {
		/// The paying institution.
		from: u32,
		/// The institution credited.
		to: u32,
		/// Token units moved.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
	},
	/// `Token::DataServicePaid`.
	DataServicePaid {
		/// The paying institution.
		from: u32,
		/// The data service provider credited.
		to: u32,
		/// Token units paid.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
		/// What was paid for.
		memo: String,
	},
	/// `Token::RedemptionRequested`: the amount is now held by the request.
	RedemptionRequested {
		/// The request.
		id: u64,
		/// The institution redeeming.
		requester: u32,
		/// Token units held.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
	},
	/// `Token::RedemptionSettled`: RMB paid out, the held amount burned.
	RedemptionSettled {
		/// The request.
		id: u64,
		/// The issuer that settled it.
		issuer: u32,
		/// The institution redeemed for.
		requester: u32,
		/// Token units burned.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
		/// The RMB payout reference.
		payout_ref: String,
	},
	/// `Token::RedemptionRejected`: the held amount went back to the requester.
	RedemptionRejected {
		/// The request.
		id: u64,
		/// The issuer that rejected it.
		issuer: u32,
		/// The institution credited back.
		requester: u32,
		/// Token units returned.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
	},
	/// `Token::FeeHeld`: a confirmation's fee went into escrow.
	FeeHeld {
		/// The escrow.
		escrow: u64,
		/// The paying institution.
		payer: u32,
		/// Token units held.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
	},
	/// `Token::FeeReleased`: an escrowed fee was paid out.
	FeeReleased {
		/// The escrow.
		escrow: u64,
		/// The institution that paid it.
		payer: u32,
		/// The institution credited.
		to: u32,
		/// Token units released.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
	},
	/// `Token::FeeRefunded`: an escrowed fee went back to its payer.
	FeeRefunded {
		/// The escrow.
		escrow: u64,
		/// The institution refunded.
		payer: u32,
		/// Token units refunded.
		#[serde(with = "crate::codec::decimal")]
		amount: u128,
	},
	// ---- Consortium ----
	/// `Consortium::InstitutionAdmitted`.
	InstitutionAdmitted {
		/// The institution.
		id: u32,
		/// Its name (as text).
		name: String,
		/// Its roles (the chain's `Role` variant names).
		roles: Vec<String>,
	},
	/// `Consortium::RolesChanged`.
	RolesChanged {
		/// The institution.
		id: u32,
		/// Its roles now.
		roles: Vec<String>,
	},
	/// `Consortium::InstitutionSuspended`.
	InstitutionSuspended {
		/// The institution.
		id: u32,
	},
	/// `Consortium::InstitutionResumed`.
	InstitutionResumed {
		/// The institution.
		id: u32,
	},
	/// `Consortium::InstitutionRemoved`.
	InstitutionRemoved {
		/// The institution.
		id: u32,
	},
}

impl DomainEvent {
	/// The runtime pallet and event variant names of this event (as in
	/// [`EventRecord::pallet`] and [`EventRecord::variant`]).
	pub fn name(&self) -> (&'static str, &'static str) {
		use DomainEvent::*;
		match self {
			PlanPublished { .. } => ("LoanShare", "PlanPublished"),
			PlanConfirmed { .. } => ("LoanShare", "PlanConfirmed"),
			PlanFilled { .. } => ("LoanShare", "PlanFilled"),
			PlanExpired { .. } => ("LoanShare", "PlanExpired"),
			PlanWithdrawn { .. } => ("LoanShare", "PlanWithdrawn"),
			PlanReaped { .. } => ("LoanShare", "PlanReaped"),
			ShareReturned { .. } => ("LoanShare", "ShareReturned"),
			HandoffRequested { .. } => ("KeyExchange", "HandoffRequested"),
			HandoffDelivered { .. } => ("KeyExchange", "HandoffDelivered"),
			HandoffAccepted { .. } => ("KeyExchange", "HandoffAccepted"),
			HandoffReleased { .. } => ("KeyExchange", "HandoffReleased"),
			HandoffRefunded { .. } => ("KeyExchange", "HandoffRefunded"),
			BadDeliveryProven { .. } => ("KeyExchange", "BadDeliveryProven"),
			HandoffComplained { .. } => ("KeyExchange", "HandoffComplained"),
			ComplaintRuled { .. } => ("KeyExchange", "ComplaintRuled"),
			HandoffDisputed { .. } => ("KeyExchange", "HandoffDisputed"),
			KeyRegistered { .. } => ("KeyExchange", "KeyRegistered"),
			KeyRotated { .. } => ("KeyExchange", "KeyRotated"),
			Recharged { .. } => ("Token", "Recharged"),
			Transferred { .. } => ("Token", "Transferred"),
			DataServicePaid { .. } => ("Token", "DataServicePaid"),
			RedemptionRequested { .. } => ("Token", "RedemptionRequested"),
			RedemptionSettled { .. } => ("Token", "RedemptionSettled"),
			RedemptionRejected { .. } => ("Token", "RedemptionRejected"),
			FeeHeld { .. } => ("Token", "FeeHeld"),
			FeeReleased { .. } => ("Token", "FeeReleased"),
			FeeRefunded { .. } => ("Token", "FeeRefunded"),
			InstitutionAdmitted { .. } => ("Consortium", "InstitutionAdmitted"),
			RolesChanged { .. } => ("Consortium", "RolesChanged"),
			InstitutionSuspended { .. } => ("Consortium", "InstitutionSuspended"),
			InstitutionResumed { .. } => ("Consortium", "InstitutionResumed"),
			InstitutionRemoved { .. } => ("Consortium", "InstitutionRemoved"),
		}
	}
}

/// Declares a status enum stored as lower-case text, with `as_str` and parsing.
macro_rules! text_enum {
	($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal,)* }) => {
		$(#[$meta])*
		#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, Serialize, Deserialize)]
		#[serde(rename_all = "snake_case")]
		pub enum $name {
			$($(#[$vmeta])* $variant,)*
		}

		impl $name {
			/// Every value, in declaration order.
			pub const ALL: &'static [$name] = &[$($name::$variant,)*];

			/// The text stored in the database (and used in the REST API).
			pub fn as_str(self) -> &'static str {
				match self {
					$($name::$variant => $text,)*
				}
			}

			/// The value stored as `text`, if any.
			pub fn parse(text: &str) -> Option<Self> {
				match text {
					$($text => Some($name::$variant),)*
					_ => None,
				}
			}
		}

		impl core::fmt::Display for $name {
			fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
				f.write_str(self.as_str())
			}
		}
	};
}

text_enum! {
	/// Where a plan stands, as mirrored (`plans.status`).
	PlanStatus {
		/// Published, accepting confirmations (the mirror does not expire plans by the
		/// clock: the chain's `PlanExpired` does).
		Open => "open",
		/// The shared limit or the participant count was reached.
		Filled => "filled",
		/// Its end passed before it was filled.
		Expired => "expired",
		/// The contributor withdrew it.
		Withdrawn => "withdrawn",
		/// It left chain state after its retention period (the mirror keeps the row).
		Reaped => "reaped",
	}
}

text_enum! {
	/// Where a data-key handoff stands (`handoffs.status`).
	HandoffStatus {
		/// Requested; the contributor has not delivered yet (the fee is held).
		Pending => "pending",
		/// Delivered; the participant may accept, prove a bad delivery or complain until the
		/// challenge window ends (the fee is held).
		Delivered => "delivered",
		/// The participant complained; the council rules (the fee is held).
		Complained => "complained",
		/// The participant accepted; the fee went to the contributor.
		Accepted => "accepted",
		/// The challenge window ended; the fee went to the contributor.
		Released => "released",
		/// Not delivered in time; the fee went back to the participant.
		Refunded => "refunded",
		/// A bad delivery was proven; the fee went back to the participant.
		BadDelivery => "bad_delivery",
		/// The council ruled for the participant; the fee went back.
		RuledRefund => "ruled_refund",
		/// The council ruled for the contributor; the fee went to it.
		RuledRelease => "ruled_release",
		/// Disputed under a runtime before the challenge window (history only).
		Disputed => "disputed",
	}
}

text_enum! {
	/// What became of an attempt to open borrower data through the agent (`openings.outcome`).
	OpeningOutcome {
		/// The data was decrypted and returned.
		Opened => "opened",
		/// No valid API token was presented.
		Unauthenticated => "unauthenticated",
		/// The token lacks the `open` scope.
		Forbidden => "forbidden",
		/// Nothing is delivered to this institution for that plan.
		NotDelivered => "not_delivered",
		/// It failed (no key directory, a missing key, a key that does not open the data, the
		/// node unreachable).
		Failed => "failed",
	}
}

text_enum! {
	/// What a user of the agent's web app may do (`users.role`).
	UserRole {
		/// Reads plans, handoffs and tokens; signs nothing and opens no borrower data.
		Viewer => "viewer",
		/// A loan officer: also publishes sheets, confirms shares, accepts deliveries, asks
		/// for redemptions and opens borrower data delivered to the institution.
		Officer => "officer",
		/// An administrator: everything an officer may, and the users and the openings trail.
		Admin => "admin",
	}
}

text_enum! {
	/// The language a user reads the web app in (`users.lang`).
	Language {
		/// English.
		En => "en",
		/// Simplified Chinese.
		Zh => "zh",
	}
}

text_enum! {
	/// An institution's membership (`institutions.status`).
	InstitutionStatus {
		/// A member in good standing.
		Active => "active",
		/// Suspended by governance.
		Suspended => "suspended",
		/// Removed from the consortium.
		Removed => "removed",
	}
}

text_enum! {
	/// What a token movement was (`token_movements.kind`).
	MovementKind {
		/// `Recharged`: minted to `to_inst` by `issuer`.
		Recharge => "recharge",
		/// `Transferred`: `from_inst` paid `to_inst`.
		Transfer => "transfer",
		/// `DataServicePaid`: `from_inst` paid data service provider `to_inst`.
		DataServicePayment => "data_service_payment",
		/// `RedemptionRequested`: `from_inst`'s tokens are held by request `ref_id`.
		RedemptionRequested => "redemption_requested",
		/// `RedemptionSettled`: request `ref_id` of `from_inst` settled by `issuer`, tokens burned.
		RedemptionSettled => "redemption_settled",
		/// `RedemptionRejected`: request `ref_id` rejected by `issuer`, tokens back to `to_inst`.
		RedemptionRejected => "redemption_rejected",
		/// `FeeHeld`: `from_inst`'s fee held in escrow `ref_id`.
		FeeHeld => "fee_held",
		/// `FeeReleased`: escrow `ref_id` of `from_inst` paid to `to_inst`.
		FeeReleased => "fee_released",
		/// `FeeRefunded`: escrow `ref_id` refunded to `to_inst`.
		FeeRefunded => "fee_refunded",
	}
}
