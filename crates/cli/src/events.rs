//! Human-readable and JSON forms of runtime events and dispatch errors.
//!
//! LoanShare's own pallets (loan-share, key-exchange, token) get a field-by-field
//! rendering with money in RMB / TOKEN; other pallets' events fall back to their
//! `Debug` form. Dispatch errors are named `Pallet.ErrorName` by decoding the module
//! error with the runtime's `RuntimeError`.
use crate::money::{format_bp, format_fen};
use loanshare_runtime::{Runtime, RuntimeError, RuntimeEvent};
use pallet_key_exchange::Event as KeyEvent;
use pallet_loan_share::{Event as PlanEvent, PlanRejection};
use pallet_token::Event as TokenEvent;
use serde_json::{json, Map, Value};
use sp_runtime::DispatchError;

/// One field of an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
	/// A plain number (ids, counts).
	Num(u128),
	/// Money in fen (shown as RMB).
	Fen(u128),
	/// Token units (shown as TOKEN; 1 unit = 0.01 TOKEN).
	Token(u128),
	/// An annual rate in basis points.
	Bp(u32),
	/// Bytes (UTF-8 text when they are, hex otherwise).
	Bytes(Vec<u8>),
	/// Already formatted text.
	Text(String),
}

impl Field {
	fn text(&self) -> String {
		match self {
			Field::Num(n) => n.to_string(),
			Field::Fen(f) => format!("{} RMB", format_fen(*f)),
			Field::Token(t) => format!("{} TOKEN", format_fen(*t)),
			Field::Bp(bp) => format_bp(*bp),
			Field::Bytes(b) => match std::str::from_utf8(b) {
				Ok(s) => format!("{s:?}"),
				Err(_) => crate::chain::to_hex(b),
			},
			Field::Text(s) => s.clone(),
		}
	}

	fn json(&self) -> Value {
		let num =
			|n: u128| u64::try_from(n).map_or_else(|_| Value::String(n.to_string()), Value::from);
		match self {
			Field::Num(n) | Field::Fen(n) | Field::Token(n) => num(*n),
			Field::Bp(bp) => Value::from(*bp),
			Field::Bytes(b) => match std::str::from_utf8(b) {
				Ok(s) => Value::from(s),
				Err(_) => Value::from(crate::chain::to_hex(b)),
			},
			Field::Text(s) => Value::from(s.clone()),
		}
	}
}

/// An event as `Pallet.Name field=value ...`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventLine {
	/// The pallet's name in the runtime.
	pub pallet: String,
	/// The event's name.
	pub name: String,
	/// Its fields (money fields in fen / token units in JSON).
	pub fields: Vec<(&'static str, Field)>,
}

impl EventLine {
	/// `Pallet.Name a=1 b=2`.
	pub fn text(&self) -> String {
		let mut s = format!("{}.{}", self.pallet, self.name);
		for (k, v) in &self.fields {
			s.push_str(&format!(" {k}={}", v.text()));
		}
		s
	}

	/// `{"pallet":..,"event":..,"fields":{..}}` (money in fen / token units).
	pub fn json(&self) -> Value {
		let fields: Map<String, Value> =
			self.fields.iter().map(|(k, v)| ((*k).to_owned(), v.json())).collect();
		json!({ "pallet": self.pallet, "event": self.name, "fields": fields })
	}

	/// Whether it belongs to one of LoanShare's business pallets.
	pub fn is_business(&self) -> bool {
		matches!(self.pallet.as_str(), "LoanShare" | "KeyExchange" | "Token")
	}
}

fn line(pallet: &str, name: &str, fields: Vec<(&'static str, Field)>) -> EventLine {
	EventLine { pallet: pallet.to_owned(), name: name.to_owned(), fields }
}

/// Describes any runtime event.
pub fn describe(event: &RuntimeEvent) -> EventLine {
	use Field::*;
	let n = |v: u64| Num(u128::from(v));
	let i = |v: u32| Num(u128::from(v));
	match event {
		RuntimeEvent::LoanShare(e) => {
			let p = "LoanShare";
			match e {
				PlanEvent::PlanPublished { plan, contributor, external_ref } => line(
					p,
					"PlanPublished",
					vec![
						("plan", n(*plan)),
						("contributor", i(*contributor)),
						("external_ref", Bytes(external_ref.to_vec())),
					],
				),
				PlanEvent::PlanConfirmed { plan, participant, amount, rate_bp, fee, escrow } => {
					line(
						p,
						"PlanConfirmed",
						vec![
							("plan", n(*plan)),
							("participant", i(*participant)),
							("amount", Fen(*amount)),
							("rate", Bp(*rate_bp)),
							("fee", Token(*fee)),
							("escrow", n(*escrow)),
						],
					)
				},
				PlanEvent::PlanFilled { plan } => line(p, "PlanFilled", vec![("plan", n(*plan))]),
				PlanEvent::PlanExpired { plan } => line(p, "PlanExpired", vec![("plan", n(*plan))]),
				PlanEvent::PlanWithdrawn { plan } => {
					line(p, "PlanWithdrawn", vec![("plan", n(*plan))])
				},
				PlanEvent::RateCapSet { bp } => line(p, "RateCapSet", vec![("cap", Bp(*bp))]),
				other => debug_line(&RuntimeEvent::LoanShare(other.clone())),
			}
		},
		RuntimeEvent::KeyExchange(e) => {
			let p = "KeyExchange";
			match e {
				KeyEvent::KeyRegistered { institution, key_id, bits } => line(
					p,
					"KeyRegistered",
					vec![
						("institution", i(*institution)),
						("key_id", i(*key_id)),
						("bits", i(*bits)),
					],
				),
				KeyEvent::KeyRotated { institution, old, new, bits } => line(
					p,
					"KeyRotated",
					vec![
						("institution", i(*institution)),
						("old", i(*old)),
						("new", i(*new)),
						("bits", i(*bits)),
					],
				),
				KeyEvent::HandoffRequested {
					plan,
					contributor,
					participant,
					escrow,
					participant_key_id,
				} => line(
					p,
					"HandoffRequested",
					vec![
						("plan", n(*plan)),
						("contributor", i(*contributor)),
						("participant", i(*participant)),
						("escrow", n(*escrow)),
						("participant_key_id", i(*participant_key_id)),
					],
				),
				KeyEvent::HandoffDelivered {
					plan,
					contributor,
					participant,
					participant_key_id,
				} => line(
					p,
					"HandoffDelivered",
					vec![
						("plan", n(*plan)),
						("contributor", i(*contributor)),
						("participant", i(*participant)),
						("participant_key_id", i(*participant_key_id)),
					],
				),
				KeyEvent::HandoffRefunded { plan, participant, escrow } => line(
					p,
					"HandoffRefunded",
					vec![
						("plan", n(*plan)),
						("participant", i(*participant)),
						("escrow", n(*escrow)),
					],
				),
				KeyEvent::HandoffDisputed { plan, participant, reason } => line(
					p,
					"HandoffDisputed",
					vec![
						("plan", n(*plan)),
						("participant", i(*participant)),
						("reason", Bytes(reason.to_vec())),
					],
				),
				other => debug_line(&RuntimeEvent::KeyExchange(other.clone())),
			}
		},
		RuntimeEvent::Token(e) => {
			let p = "Token";
			match e {
				TokenEvent::Recharged { issuer, to, amount, payment_ref } => line(
					p,
					"Recharged",
					vec![
						("issuer", i(*issuer)),
						("to", i(*to)),
						("amount", Token(*amount)),
						("payment_ref", Bytes(payment_ref.to_vec())),
					],
				),
				TokenEvent::Transferred { from, to, amount } => line(
					p,
					"Transferred",
					vec![("from", i(*from)), ("to", i(*to)), ("amount", Token(*amount))],
				),
				TokenEvent::DataServicePaid { from, to, amount, memo } => line(
					p,
					"DataServicePaid",
					vec![
						("from", i(*from)),
						("to", i(*to)),
						("amount", Token(*amount)),
						("memo", Bytes(memo.to_vec())),
					],
				),
				TokenEvent::RedemptionRequested { id, requester, amount } => line(
					p,
					"RedemptionRequested",
					vec![("id", n(*id)), ("requester", i(*requester)), ("amount", Token(*amount))],
				),
				TokenEvent::RedemptionSettled { id, issuer, requester, amount, payout_ref } => {
					line(
						p,
						"RedemptionSettled",
						vec![
							("id", n(*id)),
							("issuer", i(*issuer)),
							("requester", i(*requester)),
							("amount", Token(*amount)),
							("payout_ref", Bytes(payout_ref.to_vec())),
						],
					)
				},
				TokenEvent::RedemptionRejected { id, issuer, requester, amount } => line(
					p,
					"RedemptionRejected",
					vec![
						("id", n(*id)),
						("issuer", i(*issuer)),
						("requester", i(*requester)),
						("amount", Token(*amount)),
					],
				),
				TokenEvent::FeeHeld { escrow, payer, amount } => line(
					p,
					"FeeHeld",
					vec![("escrow", n(*escrow)), ("payer", i(*payer)), ("amount", Token(*amount))],
				),
				TokenEvent::FeeReleased { escrow, payer, to, amount } => line(
					p,
					"FeeReleased",
					vec![
						("escrow", n(*escrow)),
						("payer", i(*payer)),
						("to", i(*to)),
						("amount", Token(*amount)),
					],
				),
				TokenEvent::FeeRefunded { escrow, payer, amount } => line(
					p,
					"FeeRefunded",
					vec![("escrow", n(*escrow)), ("payer", i(*payer)), ("amount", Token(*amount))],
				),
				other => debug_line(&RuntimeEvent::Token(other.clone())),
			}
		},
		other => debug_line(other),
	}
}

/// `Pallet(Name { .. })` → pallet `Pallet`, name `Name`, one `debug` field with the rest.
fn debug_line(event: &RuntimeEvent) -> EventLine {
	let (pallet, name, rest) = split_debug(&format!("{event:?}"));
	let fields = if rest.is_empty() { vec![] } else { vec![("debug", Field::Text(rest))] };
	EventLine { pallet, name, fields }
}

/// Splits `Outer(Inner { .. })` / `Outer(Inner)` into (`Outer`, `Inner`, `{ .. }`).
fn split_debug(text: &str) -> (String, String, String) {
	let Some((outer, inner)) = text.split_once('(') else {
		return (text.to_owned(), String::new(), String::new());
	};
	let inner = inner.strip_suffix(')').unwrap_or(inner).trim();
	let name_end = inner.find([' ', '(', '{']).unwrap_or(inner.len());
	// Pallet events print as `Event::Name { .. }`: keep the last path segment.
	let name = inner[..name_end].rsplit("::").next().unwrap_or_default();
	(outer.to_owned(), name.to_owned(), inner[name_end..].trim().to_owned())
}

/// The item of a failed `publish_batch`, if that is what the error says.
pub fn batch_item_error(error: &DispatchError) -> Option<(u16, PlanRejection)> {
	match RuntimeError::from_dispatch_error(*error)? {
		RuntimeError::LoanShare(pallet_loan_share::Error::<Runtime>::BatchItemInvalid {
			index,
			reason,
		}) => Some((index, reason)),
		_ => None,
	}
}

/// `Pallet.ErrorName` for a module error (`LoanShare.BatchItemInvalid { index: 3, reason:
/// DuplicateExternalRef }` and `LoanShare.InvalidPlan { reason: .. }` keep their fields); the
/// `Debug` form of any other error.
pub fn describe_error(error: &DispatchError) -> String {
	if let Some((index, reason)) = batch_item_error(error) {
		return format!("LoanShare.BatchItemInvalid {{ index: {index}, reason: {reason:?} }}");
	}
	if let Some(RuntimeError::LoanShare(pallet_loan_share::Error::<Runtime>::InvalidPlan {
		reason,
	})) = RuntimeError::from_dispatch_error(*error)
	{
		return format!("LoanShare.InvalidPlan {{ reason: {reason:?} }}");
	}
	match error {
		DispatchError::Module(m) => match RuntimeError::from_dispatch_error(*error) {
			Some(e) => {
				let (pallet, name, _) = split_debug(&format!("{e:?}"));
				format!("{pallet}.{name}")
			},
			None => format!("module error (pallet index {}, error bytes {:?})", m.index, m.error),
		},
		other => format!("{other:?}"),
	}
}

/// Explains a transaction-pool rejection (`author_submitExtrinsic` error) where it can.
pub fn explain_pool_error(message: &str) -> Option<&'static str> {
	if message.contains(&format!("Custom error: {}", pallet_consortium::NOT_A_MEMBER)) {
		Some("the signing account acts for no active institution of the consortium (CheckMembership)")
	} else if message.contains("Stale") {
		Some("the nonce was already used (a transaction of this account was included meanwhile)")
	} else if message.contains("AncientBirthBlock") || message.contains("BadProof") {
		Some("the signature does not match this chain/runtime (genesis, spec_version or era)")
	} else if message.contains("Payment") {
		Some("the account cannot pay the transaction fee (native balance)")
	} else {
		None
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use sp_runtime::ModuleError;

	fn module_error(pallet_index: u8, error: impl Encode) -> DispatchError {
		let mut bytes = [0u8; 4];
		let encoded = error.encode();
		bytes[..encoded.len()].copy_from_slice(&encoded);
		DispatchError::Module(ModuleError { index: pallet_index, error: bytes, message: None })
	}

	#[test]
	fn module_errors_are_named_after_pallet_and_variant() {
		let e = module_error(22, pallet_loan_share::Error::<Runtime>::RateOutOfRange);
		assert_eq!(describe_error(&e), "LoanShare.RateOutOfRange");
		let e = module_error(21, pallet_token::Error::<Runtime>::DuplicatePaymentReference);
		assert_eq!(describe_error(&e), "Token.DuplicatePaymentReference");
		let e = module_error(23, pallet_key_exchange::Error::<Runtime>::KeyTooSmall);
		assert_eq!(describe_error(&e), "KeyExchange.KeyTooSmall");
		assert_eq!(describe_error(&DispatchError::BadOrigin), "BadOrigin");
	}

	#[test]
	fn batch_errors_keep_the_item_and_reason() {
		let e = module_error(
			22,
			pallet_loan_share::Error::<Runtime>::BatchItemInvalid {
				index: 7,
				reason: PlanRejection::DuplicateExternalRef,
			},
		);
		assert_eq!(batch_item_error(&e), Some((7, PlanRejection::DuplicateExternalRef)));
		assert_eq!(
			describe_error(&e),
			"LoanShare.BatchItemInvalid { index: 7, reason: DuplicateExternalRef }"
		);
	}

	#[test]
	fn events_render_money_as_rmb_and_token() {
		let ev = RuntimeEvent::LoanShare(PlanEvent::PlanConfirmed {
			plan: 3,
			participant: 2,
			amount: 8_000_000,
			rate_bp: 1900,
			fee: 800,
			escrow: 0,
		});
		let l = describe(&ev);
		assert_eq!(
			l.text(),
			"LoanShare.PlanConfirmed plan=3 participant=2 amount=80,000.00 RMB rate=19.00% fee=8.00 TOKEN escrow=0"
		);
		assert_eq!(
			l.json(),
			json!({"pallet":"LoanShare","event":"PlanConfirmed","fields":{"plan":3,"participant":2,"amount":8000000,"rate":1900,"fee":800,"escrow":0}})
		);
		assert!(l.is_business());
		let sys = describe(&RuntimeEvent::System(frame_system::Event::NewAccount {
			account: [1u8; 32].into(),
		}));
		assert_eq!((sys.pallet.as_str(), sys.name.as_str()), ("System", "NewAccount"));
		assert!(!sys.is_business());
	}
}
