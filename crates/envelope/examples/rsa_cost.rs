//! Measures key validation, one unwrap + rewrap (the delivery step) and the dispute steps
//! (raw decryption, judgement) with 2048-bit keys, and the judgement with a 4096-bit key:
//!     cargo run --release -p loanshare-envelope --example rsa_cost
//! Reuses the keys of `test-vectors/v1.json` (the 4096-bit key is generated, untimed).

use std::time::Instant;

use loanshare_envelope::{
	generate_keypair, judge_delivery, os_rng, parse_private_key, public_key_bits, raw_decrypt,
	rewrap, seal, unwrap_key, BorrowerData, Context, Sealed, Verdict,
};

/// Average time of `judge_delivery` on a good delivery (the most expensive path: RSA public
/// operation, OAEP decoding, AES-GCM decryption and commitment).
fn judge_cost(
	rounds: u32,
	spki: &[u8],
	w2: &[u8],
	em: &[u8],
	sealed: &Sealed,
	ctx: &Context,
) -> std::time::Duration {
	let start = Instant::now();
	for _ in 0..rounds {
		let verdict = judge_delivery(
			spki,
			w2,
			em,
			&sealed.ciphertext,
			&sealed.nonce,
			&sealed.commitment,
			ctx,
		);
		assert_eq!(verdict, Ok(Verdict::Good));
	}
	start.elapsed() / rounds
}

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

	let start = Instant::now();
	let mut em = Vec::new();
	for _ in 0..rounds {
		em = raw_decrypt(&recipient, &last).unwrap();
	}
	let raw_each = start.elapsed() / rounds;
	let judge_each = judge_cost(rounds, &recipient_spki, &last, &em, &sealed, &ctx);

	let (big, big_spki) = generate_keypair(4096).unwrap();
	let big_w2 = rewrap(&mut rng, &contributor, &sealed.wrapped_key, &big_spki).unwrap();
	let big_em = raw_decrypt(&big, &big_w2).unwrap();
	let judge_4096_each = judge_cost(rounds, &big_spki, &big_w2, &big_em, &sealed, &ctx);

	println!("rounds: {rounds}");
	println!("public_key_bits (SPKI parse + checks):           {validate_each:?}");
	println!("unwrap_key (RSA-2048 OAEP decrypt, blinded):     {unwrap_each:?}");
	println!("rewrap (parse SPKI + unwrap + RSA-2048 OAEP encrypt): {rewrap_each:?}");
	println!("raw_decrypt (RSA-2048, blinded, checked):        {raw_each:?}");
	println!("judge_delivery (2048-bit key, good delivery):    {judge_each:?}");
	println!("judge_delivery (4096-bit key, good delivery):    {judge_4096_each:?}");
}
