//! The committed dispute vectors (`test-vectors/dispute-v1.json`) reproduce: the raw
//! decryptions, the OAEP-decoded keys and the verdicts.

mod common;

use std::sync::OnceLock;

use common::*;
use loanshare_envelope::{
	judge_delivery, oaep_decode_key, parse_private_key, parse_public_key, raw_decrypt, Context,
	Error, Fault, Verdict,
};
use rsa::traits::PublicKeyParts;
use serde_json::Value;

fn dispute() -> &'static Value {
	static V: OnceLock<Value> = OnceLock::new();
	V.get_or_init(|| {
		serde_json::from_str(include_str!("../test-vectors/dispute-v1.json"))
			.expect("dispute-v1.json parses")
	})
}

fn dispute_cases() -> &'static [Value] {
	dispute()["cases"].as_array().expect("cases")
}

fn expected(case: &Value) -> Result<Verdict, Error> {
	match (case["verdict"].as_str(), case["error"].as_str()) {
		(Some("Good"), None) => Ok(Verdict::Good),
		(Some("NotTheWrappedKey"), None) => Ok(Verdict::Fault(Fault::NotTheWrappedKey)),
		(Some("WrongKey"), None) => Ok(Verdict::Fault(Fault::WrongKey)),
		(Some("CommitmentMismatch"), None) => Ok(Verdict::Fault(Fault::CommitmentMismatch)),
		(None, Some("ProofMismatch")) => Err(Error::ProofMismatch),
		other => panic!("unexpected expectation {other:?} in {}", case["name"]),
	}
}

#[test]
fn the_vectors_build_on_v1() {
	let d = dispute();
	assert_eq!(d["version"], 1);
	let p = &d["participant"];
	assert_eq!(p["spki_der_hex"], vectors()["keys"]["recipient"]["spki_der_hex"]);
	assert_eq!(p["private_pkcs8_pem"], vectors()["keys"]["recipient"]["private_pkcs8_pem"]);
	let public = parse_public_key(&unhex(&p["spki_der_hex"])).expect("spki");
	assert_eq!(unhex(&p["modulus_hex"]), public.n_bytes().to_vec());
	assert_eq!(unhex(&p["public_exponent_hex"]), public.e_bytes().to_vec());
	let case0 = &cases()[0];
	let env = &d["envelope"];
	for field in ["ciphertext_hex", "nonce_hex", "commitment_hex", "context"] {
		assert_eq!(env[field], case0[field], "{field}");
	}
	// The good delivery is v1's own rewrapped key.
	assert_eq!(dispute_cases()[0]["wrapped_key_hex"], case0["rewrapped_key_hex"]);
	assert_eq!(dispute_cases()[0]["data_key_hex"], case0["key_hex"]);
	// Every outcome is covered.
	let all: Vec<_> = dispute_cases().iter().map(expected).collect();
	for want in [
		Ok(Verdict::Good),
		Ok(Verdict::Fault(Fault::NotTheWrappedKey)),
		Ok(Verdict::Fault(Fault::WrongKey)),
		Ok(Verdict::Fault(Fault::CommitmentMismatch)),
		Err(Error::ProofMismatch),
	] {
		assert!(all.contains(&want), "{want:?} missing");
	}
}

#[test]
fn verdicts_reproduce() {
	let d = dispute();
	let p = &d["participant"];
	let spki = unhex(&p["spki_der_hex"]);
	let private =
		parse_private_key(p["private_pkcs8_pem"].as_str().expect("pem").as_bytes()).expect("key");
	let env = &d["envelope"];
	let c = &env["context"];
	let (chain_id, external_ref) = (unhex(&c["chain_id_hex"]), unhex(&c["external_ref_hex"]));
	let ctx = Context {
		chain_id: &chain_id,
		contributor: u32::try_from(c["contributor"].as_u64().expect("u32")).expect("u32"),
		external_ref: &external_ref,
	};
	let ciphertext = unhex(&env["ciphertext_hex"]);
	let nonce = unhex_array::<12>(&env["nonce_hex"]);
	for case in dispute_cases() {
		let name = &case["name"];
		let w2 = unhex(&case["wrapped_key_hex"]);
		let em = unhex(&case["em_hex"]);
		let h = unhex_array::<32>(&case["commitment_hex"]);
		let want = expected(case);
		assert_eq!(
			judge_delivery(&spki, &w2, &em, &ciphertext, &nonce, &h, &ctx),
			want,
			"verdict of {name}"
		);
		// Raw RSA is deterministic: the participant's raw decryption is exactly EM,
		// except in the cases whose proof is deliberately wrong.
		let raw = raw_decrypt(&private, &w2).expect("raw decrypt");
		assert_eq!(raw == em, want != Err(Error::ProofMismatch), "EM of {name}");
		if want.is_ok() {
			let key = case["data_key_hex"].as_str().map(|k| hex::decode(k).expect("hex"));
			assert_eq!(oaep_decode_key(&em).map(|k| k.to_vec()), key, "K' of {name}");
		}
	}
}
