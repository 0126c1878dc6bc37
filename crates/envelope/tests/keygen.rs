//! The one test that generates a fresh 2048-bit key (slow in debug builds).

use loanshare_envelope::{
	generate_keypair, open_sealed, os_rng, parse_private_key, private_key_to_pem, public_key_bits,
	seal, BorrowerData, Context,
};

#[test]
fn generated_keypair_seals_and_opens() {
	let (private, spki) = generate_keypair(2048).expect("keygen");
	assert_eq!(public_key_bits(&spki), Ok(2048));
	let pem = private_key_to_pem(&private).expect("pem");
	assert!(pem.starts_with("-----BEGIN PRIVATE KEY-----\n"));
	let reparsed = parse_private_key(pem.as_bytes()).expect("reparse");
	let data = BorrowerData {
		name: "n".into(),
		id_number: "i".into(),
		mobile: "m".into(),
		licence_plate: None,
		engine_number: None,
	};
	let ctx = Context { chain_id: b"c", contributor: 1, external_ref: b"r" };
	let sealed = seal(&mut os_rng(), &data, &ctx, &spki).expect("seal");
	assert_eq!(open_sealed(&reparsed, &sealed, &ctx), Ok(data));
}
