//! Events as this client shows them: pallet, name and fields, as JSON.
//!
//! subxt decodes each event against the block's own metadata; this module only
//! renders the decoded value. Byte strings become text when they are UTF-8 and
//! `0x…` hex otherwise, accounts their SS58 form, field-less variants their name.
use super::{types::InstitutionId, Config};
use scale_value::{Composite, Primitive, Value, ValueDef};
use serde_json::{json, Map, Value as Json};

/// One event, decoded.
#[derive(Debug, Clone, serde::Serialize, PartialEq)]
pub struct EventView {
	/// Its index among the block's events.
	pub index: u32,
	/// Pallet name, e.g. `LoanShare`.
	pub pallet: String,
	/// Event name, e.g. `PlanConfirmed`.
	pub variant: String,
	/// The index of the extrinsic that emitted it, if any.
	pub extrinsic: Option<u32>,
	/// Its fields.
	pub fields: Json,
}

/// The pallets whose events LoanShare's own tools show by default.
pub const DOMAIN_PALLETS: &[&str] = &["Consortium", "Token", "LoanShare", "KeyExchange"];

impl EventView {
	/// Decodes a subxt event.
	pub fn from_event(ev: &subxt::events::Event<'_, Config>) -> anyhow::Result<Self> {
		let fields = ev.decode_fields_unchecked_as::<Composite<()>>().map_err(|e| {
			anyhow::anyhow!("cannot decode event {}.{}: {e}", ev.pallet_name(), ev.event_name())
		})?;
		let extrinsic = match ev.phase() {
			subxt::events::Phase::ApplyExtrinsic(i) => Some(i),
			_ => None,
		};
		Ok(EventView {
			index: ev.index(),
			pallet: ev.pallet_name().to_owned(),
			variant: ev.event_name().to_owned(),
			extrinsic,
			fields: composite_json(&fields),
		})
	}

	/// Whether the event is about `institution`: one of its institution-valued fields
	/// (`contributor`, `participant`, `from`, `to`, `issuer`, `requester`, `payer`,
	/// `institution`, or `id` of a consortium event) names it.
	pub fn concerns(&self, institution: InstitutionId) -> bool {
		let Json::Object(fields) = &self.fields else { return false };
		fields.iter().any(|(name, v)| {
			let is_institution = matches!(
				name.as_str(),
				"contributor"
					| "participant" | "from"
					| "to" | "issuer"
					| "requester" | "payer"
					| "institution"
			) || (name == "id" && self.pallet == "Consortium");
			is_institution && v.as_u64() == Some(u64::from(institution))
		})
	}

	/// `Pallet.Event {fields}` on one line.
	pub fn line(&self) -> String {
		format!("{}.{} {}", self.pallet, self.variant, self.fields)
	}

	/// A numeric field.
	pub fn u64_field(&self, name: &str) -> Option<u64> {
		self.fields.get(name).and_then(Json::as_u64)
	}
}

/// A decoded value as JSON.
pub fn value_json<T>(v: &Value<T>) -> Json {
	match &v.value {
		ValueDef::Composite(c) => composite_json(c),
		ValueDef::Variant(var) => {
			if var.values.is_empty() {
				Json::String(var.name.clone())
			} else {
				json!({ var.name.clone(): composite_json(&var.values) })
			}
		},
		ValueDef::Primitive(p) => primitive_json(p),
		ValueDef::BitSequence(bits) => Json::String(format!("{bits:?}")),
	}
}

fn composite_json<T>(c: &Composite<T>) -> Json {
	match c {
		Composite::Named(fields) => {
			let mut map = Map::new();
			for (name, v) in fields {
				map.insert(name.clone(), value_json(v));
			}
			Json::Object(map)
		},
		Composite::Unnamed(values) => {
			if let Some(bytes) = as_bytes(values) {
				if bytes.len() == 32 && !is_text(&bytes) {
					// Accounts and hashes: 32 bytes. Accounts read best in SS58.
					let mut a = [0u8; 32];
					a.copy_from_slice(&bytes);
					return Json::String(subxt::utils::AccountId32(a).to_string());
				}
				return Json::String(super::types::bytes_to_text(&bytes));
			}
			if values.len() == 1 {
				return value_json(&values[0]);
			}
			Json::Array(values.iter().map(value_json).collect())
		},
	}
}

fn is_text(bytes: &[u8]) -> bool {
	std::str::from_utf8(bytes).map(|s| s.chars().all(|c| !c.is_control())).unwrap_or(false)
}

/// The bytes of a sequence of `u8` values (empty sequences are not bytes).
fn as_bytes<T>(values: &[Value<T>]) -> Option<Vec<u8>> {
	if values.is_empty() {
		return None;
	}
	values
		.iter()
		.map(|v| match &v.value {
			ValueDef::Primitive(Primitive::U128(n)) => u8::try_from(*n).ok(),
			_ => None,
		})
		.collect::<Option<Vec<u8>>>()
		.filter(|_| values.len() > 1)
}

fn primitive_json(p: &Primitive) -> Json {
	match p {
		Primitive::Bool(b) => Json::Bool(*b),
		Primitive::Char(c) => Json::String(c.to_string()),
		Primitive::String(s) => Json::String(s.clone()),
		Primitive::U128(n) => match u64::try_from(*n) {
			Ok(n) => Json::from(n),
			Err(_) => Json::String(n.to_string()),
		},
		Primitive::I128(n) => match i64::try_from(*n) {
			Ok(n) => Json::from(n),
			Err(_) => Json::String(n.to_string()),
		},
		Primitive::U256(b) | Primitive::I256(b) => Json::String(format!("0x{}", hex::encode(b))),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn renders_fields_bytes_and_variants() {
		let v = Value::named_composite([
			("plan", Value::u128(7)),
			(
				"external_ref",
				Value::unnamed_composite("LN-1".bytes().map(|b| Value::u128(b.into()))),
			),
			("status", Value::unnamed_variant("Open", [])),
			("big", Value::u128(u128::MAX)),
		]);
		let j = value_json(&v);
		assert_eq!(j["plan"], 7);
		assert_eq!(j["external_ref"], "LN-1");
		assert_eq!(j["status"], "Open");
		assert_eq!(j["big"], u128::MAX.to_string());
	}

	#[test]
	fn institution_filter_reads_institution_fields_only() {
		let ev = EventView {
			index: 0,
			pallet: "Token".into(),
			variant: "RedemptionRequested".into(),
			extrinsic: Some(1),
			fields: json!({"id": 3, "requester": 5, "amount": 100}),
		};
		assert!(ev.concerns(5));
		assert!(!ev.concerns(3), "a redemption id is not an institution");
		let c = EventView { pallet: "Consortium".into(), fields: json!({"id": 3}), ..ev };
		assert!(c.concerns(3));
	}
}
