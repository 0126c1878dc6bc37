//! Generates the test vectors (run once; the committed files are the reference):
//!     cargo run --release -p loanshare-envelope --example make_vectors > test-vectors/v1.json
//!     cargo run --release -p loanshare-envelope --example make_vectors -- dispute \
//!         > test-vectors/dispute-v1.json
//! Fresh RSA keys and OAEP randomness make every run of the first different; K, N, salt,
//! fields and context are fixed below, so `P`, `aad`, `C` and `H` depend only on them.
//! The second reads the committed `v1.json` (its recipient key and first case) and adds
//! dispute proofs for deliveries to that key; its random parts (the wrong key, the non-OAEP
//! block, OAEP seeds) differ on every run.

use loanshare_envelope::{
	associated_data, commitment, generate_keypair, judge_delivery, oaep_decode_key, os_rng,
	parse_private_key, parse_public_key, plaintext, private_key_to_pem, public_key_der,
	raw_decrypt, rewrap, seal_with, wrap_key, BorrowerData, Context, Fault, RsaPrivateKey,
	RsaPublicKey, Verdict,
};
use rsa::{hazmat::rsa_encrypt, rand_core::Rng as _, traits::PublicKeyParts, BoxedUint};
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
	match std::env::args().nth(1).as_deref() {
		None => v1(),
		Some("dispute") => dispute(),
		Some(other) => {
			eprintln!("unknown vector set {other:?} (expected nothing or `dispute`)");
			std::process::exit(2);
		},
	}
}

fn v1() {
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

fn unhex(v: &Value) -> Vec<u8> {
	hex::decode(v.as_str().expect("hex string")).expect("hex")
}

/// `x^e mod n` of a `k`-byte `x < n`, as `k` bytes: raw RSA, no padding.
fn raw_encrypt(public: &RsaPublicKey, x: &[u8]) -> Vec<u8> {
	let k = public.size();
	let m = BoxedUint::from_be_slice(x, public.n_bits_precision()).expect("fits");
	assert!(x.len() == k && m < *public.n().as_ref());
	let c = rsa_encrypt(public, &m).expect("rsa").to_be_bytes();
	c[c.len() - k..].to_vec()
}

fn verdict_name(v: Verdict) -> &'static str {
	match v {
		Verdict::Good => "Good",
		Verdict::Fault(Fault::NotTheWrappedKey) => "NotTheWrappedKey",
		Verdict::Fault(Fault::WrongKey) => "WrongKey",
		Verdict::Fault(Fault::CommitmentMismatch) => "CommitmentMismatch",
	}
}

/// Dispute vectors: deliveries of `v1.json`'s first envelope to its recipient key.
fn dispute() {
	let v1: Value =
		serde_json::from_str(include_str!("../test-vectors/v1.json")).expect("v1.json parses");
	let keys = &v1["keys"]["recipient"];
	let pem = keys["private_pkcs8_pem"].as_str().expect("pem");
	let private = parse_private_key(pem.as_bytes()).expect("recipient key");
	let spki = unhex(&keys["spki_der_hex"]);
	let public = parse_public_key(&spki).expect("recipient spki");
	let case = &v1["cases"][0];
	let chain_id = unhex(&case["context"]["chain_id_hex"]);
	let external_ref = unhex(&case["context"]["external_ref_hex"]);
	let ctx = Context {
		chain_id: &chain_id,
		contributor: u32::try_from(case["context"]["contributor"].as_u64().expect("u32"))
			.expect("u32"),
		external_ref: &external_ref,
	};
	let ciphertext = unhex(&case["ciphertext_hex"]);
	let nonce: [u8; 12] = unhex(&case["nonce_hex"]).try_into().expect("nonce");
	let h: [u8; 32] = unhex(&case["commitment_hex"]).try_into().expect("H");
	let mut rng = os_rng();

	// (name, W', EM, H)
	type Delivery = (&'static str, Vec<u8>, Vec<u8>, [u8; 32]);
	let mut deliveries: Vec<Delivery> = Vec::new();
	let good = unhex(&case["rewrapped_key_hex"]);
	let good_em = raw_decrypt(&private, &good).expect("raw decrypt");
	deliveries.push(("good delivery (v1 case 0's W')", good.clone(), good_em.clone(), h));

	let mut other_key = [0u8; 32];
	rng.fill_bytes(&mut other_key);
	let wrong = wrap_key(&mut rng, &public, &other_key).expect("wrap");
	deliveries.push(("another data key", wrong.clone(), raw_decrypt(&private, &wrong).unwrap(), h));

	let mut block = vec![0u8; public.size()];
	rng.fill_bytes(&mut block);
	block[0] = 0;
	let junk = raw_encrypt(&public, &block);
	deliveries.push(("no OAEP block (random bytes)", junk, block, h));

	let mut y1 = good_em.clone();
	y1[0] = 1;
	deliveries.push(("OAEP block of K with Y = 1", raw_encrypt(&public, &y1), y1, h));

	let mut other_h = h;
	other_h[0] ^= 0x80;
	deliveries.push(("K opens C, H differs", good.clone(), good_em.clone(), other_h));

	let mut plus_one = good_em.clone();
	for b in plus_one.iter_mut().rev() {
		*b = b.wrapping_add(1);
		if *b != 0 {
			break;
		}
	}
	deliveries.push(("proof EM + 1", good.clone(), plus_one, h));
	deliveries.push(("proof one byte short", good.clone(), good_em[1..].to_vec(), h));
	let mut n = vec![0u8; public.size() - public.n_bytes().len()];
	n.extend_from_slice(&public.n_bytes());
	deliveries.push(("proof EM = n", good, n, h));

	let mut out = Vec::new();
	for (name, w2, em, h) in deliveries {
		let mut entry = json!({
			"name": name,
			"wrapped_key_hex": hex::encode(&w2),
			"em_hex": hex::encode(&em),
			"commitment_hex": hex::encode(h),
		});
		match judge_delivery(&spki, &w2, &em, &ciphertext, &nonce, &h, &ctx) {
			Ok(verdict) => {
				entry["data_key_hex"] = oaep_decode_key(&em).map(hex::encode).into();
				entry["verdict"] = verdict_name(verdict).into();
			},
			Err(e) => entry["error"] = format!("{e:?}").into(),
		}
		out.push(entry);
	}
	let doc = json!({
		"format": "loanshare-envelope-dispute",
		"version": 1,
		"description": "Dispute proofs for deliveries of v1.json's first envelope to its recipient key. See README.md in this directory.",
		"participant": {
			"bits": 2048,
			"private_pkcs8_pem": pem,
			"spki_der_hex": hex::encode(&spki),
			"modulus_hex": hex::encode(public.n_bytes()),
			"public_exponent_hex": hex::encode(public.e_bytes()),
		},
		"envelope": {
			"context": case["context"],
			"ciphertext_hex": case["ciphertext_hex"],
			"nonce_hex": case["nonce_hex"],
			"commitment_hex": case["commitment_hex"],
		},
		"cases": out,
	});
	println!("{}", serde_json::to_string_pretty(&doc).expect("json"));
}
