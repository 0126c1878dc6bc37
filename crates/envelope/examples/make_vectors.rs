//! Generates `test-vectors/v1.json` (run once; the committed file is the reference):
//!     cargo run --release -p loanshare-envelope --example make_vectors > test-vectors/v1.json
//! Fresh RSA keys and OAEP randomness make every run different; K, N, salt, fields and
//! context are fixed below, so `P`, `aad`, `C` and `H` depend only on them.

use loanshare_envelope::{
	associated_data, commitment, generate_keypair, os_rng, plaintext, private_key_to_pem,
	public_key_der, rewrap, seal_with, BorrowerData, Context, RsaPrivateKey,
};
use serde_json::{json, Value};

fn hex_array<const N: usize>(s: &str) -> [u8; N] {
	let v = hex::decode(s).expect("hex");
	v.try_into().expect("length")
}

fn key_json(key: &RsaPrivateKey, spki: &[u8]) -> Value {
	json!({
		"bits": 2048,
		"private_pkcs8_pem": private_key_to_pem(key).expect("pem"),
		"spki_der_hex": hex::encode(spki),
	})
}

struct Case {
	name: &'static str,
	data: BorrowerData,
	key: &'static str,
	nonce: &'static str,
	salt: &'static str,
	chain_id: Vec<u8>,
	contributor: u32,
	external_ref: &'static [u8],
}

fn main() {
	let (contributor_key, contributor_spki) = generate_keypair(2048).expect("keygen");
	let (recipient_key, recipient_spki) = generate_keypair(2048).expect("keygen");
	let mut rng = os_rng();
	// A weak key for the negative vectors: `rsa` still generates 1024-bit keys.
	let weak = RsaPrivateKey::new(&mut rng, 1024).expect("weak keygen");
	let weak_spki = {
		use rsa::pkcs8::EncodePublicKey as _;
		weak.as_public_key().to_public_key_der().expect("der").as_bytes().to_vec()
	};
	assert_eq!(public_key_der(&contributor_key).unwrap(), contributor_spki);

	let genesis =
		hex::decode("7f3a1c5e9b2d4f608a1e3c5b7d9f0214263a4c5e6f708192a3b4c5d6e7f80912").unwrap();
	let cases = vec![
		Case {
			name: "vehicle loan, all fields",
			data: BorrowerData {
				name: "张伟".into(),
				id_number: "11010519491231002X".into(),
				mobile: "+86 138 0013 8000".into(),
				licence_plate: Some("京A·12345".into()),
				engine_number: Some("LJ465Q-1AE6 0412345".into()),
			},
			key: "2b7e151628aed2a6abf7158809cf4f3c762e7160f38b4da56a784d9045190cfe",
			nonce: "cafebabefacedbaddecaf888",
			salt: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
			chain_id: genesis.clone(),
			contributor: 7,
			external_ref: b"LN-2026-000123",
		},
		Case {
			name: "no vehicle fields",
			data: BorrowerData {
				name: "Li Na".into(),
				id_number: "310101198001010011".into(),
				mobile: "13900139000".into(),
				licence_plate: None,
				engine_number: None,
			},
			key: "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4",
			nonce: "000000000000000000000001",
			salt: "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100",
			chain_id: genesis,
			contributor: 4_294_967_295,
			external_ref: b"",
		},
	];

	let mut out_cases = Vec::new();
	for case in &cases {
		let key: [u8; 32] = hex_array(case.key);
		let nonce: [u8; 12] = hex_array(case.nonce);
		let salt: [u8; 32] = hex_array(case.salt);
		let ctx = Context {
			chain_id: &case.chain_id,
			contributor: case.contributor,
			external_ref: case.external_ref,
		};
		let sealed =
			seal_with(&case.data, &salt, &key, &nonce, &ctx, &contributor_spki, &mut rng).unwrap();
		let p = plaintext(&case.data, &salt);
		assert_eq!(sealed.commitment, commitment(&p));
		let rewrapped =
			rewrap(&mut rng, &contributor_key, &sealed.wrapped_key, &recipient_spki).unwrap();
		out_cases.push(json!({
			"name": case.name,
			"fields": {
				"name": case.data.name,
				"id_number": case.data.id_number,
				"mobile": case.data.mobile,
				"licence_plate": case.data.licence_plate,
				"engine_number": case.data.engine_number,
			},
			"salt_hex": case.salt,
			"key_hex": case.key,
			"nonce_hex": case.nonce,
			"context": {
				"chain_id_hex": hex::encode(&case.chain_id),
				"contributor": case.contributor,
				"external_ref_hex": hex::encode(case.external_ref),
			},
			"plaintext_hex": hex::encode(&p),
			"aad_hex": hex::encode(associated_data(&ctx)),
			"ciphertext_hex": hex::encode(&sealed.ciphertext),
			"commitment_hex": hex::encode(sealed.commitment),
			"wrapped_key_hex": hex::encode(&sealed.wrapped_key),
			"rewrapped_key_hex": hex::encode(&rewrapped),
		}));
	}

	let mut truncated = contributor_spki.clone();
	truncated.truncate(contributor_spki.len() - 10);
	let doc = json!({
		"format": "loanshare-envelope",
		"version": 1,
		"description": "See README.md in this directory for the byte-level format.",
		"commitment_tag_hex": hex::encode(loanshare_envelope::COMMITMENT_TAG),
		"aad_tag_hex": hex::encode(loanshare_envelope::AAD_TAG),
		"keys": {
			"contributor": key_json(&contributor_key, &contributor_spki),
			"recipient": key_json(&recipient_key, &recipient_spki),
		},
		"cases": out_cases,
		"invalid_public_keys": [
			{ "name": "rsa-1024", "spki_der_hex": hex::encode(&weak_spki), "error": "KeyTooSmall" },
			{ "name": "truncated", "spki_der_hex": hex::encode(&truncated), "error": "InvalidPublicKey" },
			{ "name": "garbage", "spki_der_hex": "3082010a0282010100deadbeef", "error": "InvalidPublicKey" },
			{ "name": "empty", "spki_der_hex": "", "error": "InvalidPublicKey" },
		],
	});
	println!("{}", serde_json::to_string_pretty(&doc).unwrap());
}
