//! Shared test fixtures: the committed vectors file and its keys (parsed once).
#![allow(dead_code)]

use std::sync::OnceLock;

use loanshare_envelope::{parse_private_key, BorrowerData, Context, RsaPrivateKey};
use serde_json::Value;

pub fn vectors() -> &'static Value {
	static V: OnceLock<Value> = OnceLock::new();
	V.get_or_init(|| {
		serde_json::from_str(include_str!("../../test-vectors/v1.json")).expect("v1.json parses")
	})
}

pub fn unhex(v: &Value) -> Vec<u8> {
	hex::decode(v.as_str().expect("hex string")).expect("valid hex")
}

pub fn unhex_array<const N: usize>(v: &Value) -> [u8; N] {
	unhex(v).try_into().expect("hex of the right length")
}

pub struct Party {
	pub private: RsaPrivateKey,
	pub pem: String,
	pub spki: Vec<u8>,
}

fn load(who: &str) -> Party {
	let k = &vectors()["keys"][who];
	let pem = k["private_pkcs8_pem"].as_str().expect("pem").to_owned();
	Party {
		private: parse_private_key(pem.as_bytes()).expect("vector key parses"),
		pem,
		spki: unhex(&k["spki_der_hex"]),
	}
}

pub fn contributor() -> &'static Party {
	static P: OnceLock<Party> = OnceLock::new();
	P.get_or_init(|| load("contributor"))
}

pub fn recipient() -> &'static Party {
	static P: OnceLock<Party> = OnceLock::new();
	P.get_or_init(|| load("recipient"))
}

pub fn cases() -> &'static [Value] {
	vectors()["cases"].as_array().expect("cases")
}

pub fn fields(case: &Value) -> BorrowerData {
	let f = &case["fields"];
	let s = |k: &str| f[k].as_str().expect("string field").to_owned();
	let o = |k: &str| f[k].as_str().map(str::to_owned);
	BorrowerData {
		name: s("name"),
		id_number: s("id_number"),
		mobile: s("mobile"),
		licence_plate: o("licence_plate"),
		engine_number: o("engine_number"),
	}
}

/// Owned context bytes of a case; borrow with [`CaseContext::get`].
pub struct CaseContext {
	pub chain_id: Vec<u8>,
	pub contributor: u32,
	pub external_ref: Vec<u8>,
}

impl CaseContext {
	pub fn of(case: &Value) -> Self {
		let c = &case["context"];
		CaseContext {
			chain_id: unhex(&c["chain_id_hex"]),
			contributor: u32::try_from(c["contributor"].as_u64().expect("u32")).expect("u32"),
			external_ref: unhex(&c["external_ref_hex"]),
		}
	}

	pub fn get(&self) -> Context<'_> {
		Context {
			chain_id: &self.chain_id,
			contributor: self.contributor,
			external_ref: &self.external_ref,
		}
	}
}

pub fn sample_data() -> BorrowerData {
	BorrowerData {
		name: "王芳".into(),
		id_number: "440301199001011234".into(),
		mobile: "13712345678".into(),
		licence_plate: Some("粤B·D12345".into()),
		engine_number: None,
	}
}

pub const CHAIN: &[u8] = b"loanshare-testnet-genesis-hash-0";
pub const EXTERNAL_REF: &[u8] = b"PLAN-0042";

pub fn sample_context() -> Context<'static> {
	Context { chain_id: CHAIN, contributor: 3, external_ref: EXTERNAL_REF }
}
