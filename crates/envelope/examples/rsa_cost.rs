//! Measures key validation and one unwrap + rewrap (the delivery step) with 2048-bit keys:
//!     cargo run --release -p loanshare-envelope --example rsa_cost
//! Reuses the keys of `test-vectors/v1.json`, so no key generation is timed.

use std::time::Instant;

use loanshare_envelope::{
	os_rng, parse_private_key, public_key_bits, rewrap, seal, unwrap_key, BorrowerData, Context,
};

fn main() {
	let vectors: serde_json::Value =
		serde_json::from_str(include_str!("../test-vectors/v1.json")).expect("vectors");
	let keys = &vectors["keys"];
	let pem = |who: &str| keys[who]["private_pkcs8_pem"].as_str().expect("pem").to_owned();
	let spki = |who: &str| hex::decode(keys[who]["spki_der_hex"].as_str().expect("spki")).unwrap();
	let contributor = parse_private_key(pem("contributor").as_bytes()).unwrap();
	let recipient = parse_private_key(pem("recipient").as_bytes()).unwrap();
	let (contributor_spki, recipient_spki) = (spki("contributor"), spki("recipient"));

	let mut rng = os_rng();
	let data = BorrowerData {
		name: "Bench".into(),
		id_number: "0".into(),
		mobile: "0".into(),
		licence_plate: None,
		engine_number: None,
	};
	let ctx = Context { chain_id: b"bench", contributor: 1, external_ref: b"x" };
	let sealed = seal(&mut rng, &data, &ctx, &contributor_spki).unwrap();

	let rounds: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
	// Warm up once (allocations, lazy precomputation).
	rewrap(&mut rng, &contributor, &sealed.wrapped_key, &recipient_spki).unwrap();

	let start = Instant::now();
	for _ in 0..rounds {
		unwrap_key(&contributor, &sealed.wrapped_key).unwrap();
	}
	let unwrap_each = start.elapsed() / rounds;

	let start = Instant::now();
	let mut last = Vec::new();
	for _ in 0..rounds {
		last = rewrap(&mut rng, &contributor, &sealed.wrapped_key, &recipient_spki).unwrap();
	}
	let rewrap_each = start.elapsed() / rounds;
	assert!(unwrap_key(&recipient, &last).is_ok());

	// What the runtime does when a key is registered (for the pallet's weight).
	let start = Instant::now();
	for _ in 0..rounds {
		assert_eq!(public_key_bits(&recipient_spki), Ok(2048));
	}
	let validate_each = start.elapsed() / rounds;

	println!("rounds: {rounds}");
	println!("public_key_bits (SPKI parse + checks):           {validate_each:?}");
	println!("unwrap_key (RSA-2048 OAEP decrypt, blinded):     {unwrap_each:?}");
	println!("rewrap (parse SPKI + unwrap + RSA-2048 OAEP encrypt): {rewrap_each:?}");
}
