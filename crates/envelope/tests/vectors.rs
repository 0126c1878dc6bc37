//! The committed test vectors (`test-vectors/v1.json`) reproduce with this implementation.

mod common;

use common::*;
use loanshare_envelope::{
	associated_data, commitment, decode_plaintext, open, os_rng, parse_private_key, plaintext,
	private_key_to_pem, public_key_bits, public_key_der, public_key_der_from_pem,
	public_key_to_pem, rewrap, seal, seal_with, unwrap_key, Error, AAD_TAG, COMMITMENT_TAG,
	ENVELOPE_VERSION,
};

#[test]
fn tags_and_version_match_the_vectors() {
	let v = vectors();
	assert_eq!(v["version"].as_u64(), Some(u64::from(ENVELOPE_VERSION)));
	assert_eq!(unhex(&v["commitment_tag_hex"]), COMMITMENT_TAG);
	assert_eq!(unhex(&v["aad_tag_hex"]), AAD_TAG);
}

#[test]
fn plaintext_aad_and_commitment_reproduce() {
	assert_eq!(cases().len(), 2);
	for case in cases() {
		let salt = unhex_array::<32>(&case["salt_hex"]);
		let p = plaintext(&fields(case), &salt);
		assert_eq!(p, unhex(&case["plaintext_hex"]), "P of {}", case["name"]);
		let ctx = CaseContext::of(case);
		assert_eq!(associated_data(&ctx.get()), unhex(&case["aad_hex"]), "aad of {}", case["name"]);
		assert_eq!(commitment(&p), unhex_array::<32>(&case["commitment_hex"]));
		let (decoded, decoded_salt) = decode_plaintext(&p).expect("P decodes");
		assert_eq!(decoded, fields(case));
		assert_eq!(decoded_salt, salt);
	}
}

#[test]
fn seal_with_reproduces_ciphertext_and_commitment() {
	let mut rng = os_rng();
	let c = contributor();
	for case in cases() {
		let key = unhex_array::<32>(&case["key_hex"]);
		let nonce = unhex_array::<12>(&case["nonce_hex"]);
		let ctx = CaseContext::of(case);
		let sealed = seal_with(
			&fields(case),
			&unhex_array(&case["salt_hex"]),
			&key,
			&nonce,
			&ctx.get(),
			&c.spki,
			&mut rng,
		)
		.expect("seal_with");
		assert_eq!(sealed.version, ENVELOPE_VERSION);
		assert_eq!(sealed.nonce, nonce);
		assert_eq!(sealed.ciphertext, unhex(&case["ciphertext_hex"]), "C of {}", case["name"]);
		assert_eq!(sealed.commitment, unhex_array::<32>(&case["commitment_hex"]));
		// OAEP is randomized: a fresh W differs from the committed one but unwraps to K.
		assert_ne!(sealed.wrapped_key, unhex(&case["wrapped_key_hex"]));
		assert_eq!(sealed.wrapped_key.len(), 256);
		assert_eq!(unwrap_key(&c.private, &sealed.wrapped_key), Ok(key));
	}
}

#[test]
fn committed_wrapped_keys_unwrap_and_open() {
	let (c, r) = (contributor(), recipient());
	for case in cases() {
		let key = unhex_array::<32>(&case["key_hex"]);
		let w = unhex(&case["wrapped_key_hex"]);
		let w2 = unhex(&case["rewrapped_key_hex"]);
		assert_eq!(unwrap_key(&c.private, &w), Ok(key));
		assert_eq!(unwrap_key(&r.private, &w2), Ok(key));
		// Each wrapped key opens only under its own key.
		assert_eq!(unwrap_key(&r.private, &w), Err(Error::UnwrapFailed));
		assert_eq!(unwrap_key(&c.private, &w2), Err(Error::UnwrapFailed));

		let ctx = CaseContext::of(case);
		let ct = unhex(&case["ciphertext_hex"]);
		let nonce = unhex_array::<12>(&case["nonce_hex"]);
		let h = unhex_array::<32>(&case["commitment_hex"]);
		assert_eq!(open(&r.private, &w2, &ct, &nonce, &h, &ctx.get()), Ok(fields(case)));
		assert_eq!(open(&c.private, &w, &ct, &nonce, &h, &ctx.get()), Ok(fields(case)));
	}
}

#[test]
fn vector_keys_round_trip_through_pem_and_der() {
	for party in [contributor(), recipient()] {
		assert_eq!(public_key_bits(&party.spki), Ok(2048));
		assert_eq!(public_key_der(&party.private), Ok(party.spki.clone()));
		assert_eq!(private_key_to_pem(&party.private).as_deref(), Ok(party.pem.as_str()));
		let pub_pem = public_key_to_pem(&party.spki).expect("public pem");
		assert!(pub_pem.starts_with("-----BEGIN PUBLIC KEY-----\n"));
		assert_eq!(public_key_der_from_pem(&pub_pem), Ok(party.spki.clone()));
	}
	assert_ne!(contributor().spki, recipient().spki);
}

#[test]
fn invalid_public_keys_are_refused() {
	let list = vectors()["invalid_public_keys"].as_array().expect("list");
	assert_eq!(list.len(), 4);
	let mut rng = os_rng();
	let c = contributor();
	let w = unhex(&cases()[0]["wrapped_key_hex"]);
	for entry in list {
		let der = unhex(&entry["spki_der_hex"]);
		let expected = match entry["error"].as_str() {
			Some("KeyTooSmall") => Error::KeyTooSmall,
			Some("InvalidPublicKey") => Error::InvalidPublicKey,
			other => panic!("unexpected error name {other:?}"),
		};
		assert_eq!(public_key_bits(&der), Err(expected), "{}", entry["name"]);
		assert_eq!(
			seal(&mut rng, &sample_data(), &sample_context(), &der).map(|_| ()),
			Err(expected),
			"seal to {}",
			entry["name"]
		);
		assert_eq!(
			rewrap(&mut rng, &c.private, &w, &der),
			Err(expected),
			"rewrap to {}",
			entry["name"]
		);
	}
}

#[test]
fn weak_key_is_really_1024_bits() {
	// Guards the negative vector: it must be a well-formed key refused only for its size.
	let entry = &vectors()["invalid_public_keys"][0];
	assert_eq!(entry["name"], "rsa-1024");
	let der = unhex(&entry["spki_der_hex"]);
	let key = <rsa::PublicKey as rsa::pkcs8::DecodePublicKey>::from_public_key_der(&der)
		.expect("the 1024-bit key is well formed");
	assert_eq!(loanshare_envelope::modulus_bits(&key), 1024);
}

#[test]
fn vector_private_key_in_other_encodings_parses() {
	use rsa::pkcs1::EncodeRsaPrivateKey as _;
	use rsa::pkcs8::EncodePrivateKey as _;
	let c = contributor();
	let pkcs8_der = c.private.to_pkcs8_der().expect("der");
	let pkcs1_der = c.private.to_pkcs1_der().expect("der");
	let pkcs1_pem = c.private.to_pkcs1_pem(rsa::pkcs8::LineEnding::LF).expect("pem");
	assert!(pkcs1_pem.starts_with("-----BEGIN RSA PRIVATE KEY-----"));
	for encoded in [pkcs8_der.as_bytes(), pkcs1_der.as_bytes(), pkcs1_pem.as_bytes()] {
		let parsed = parse_private_key(encoded).expect("parses");
		assert_eq!(public_key_der(&parsed), Ok(c.spki.clone()));
	}
	// PEM with surrounding whitespace (as read from a file) also parses.
	let padded = format!("\n  {}\n\n", c.pem);
	assert!(parse_private_key(padded.as_bytes()).is_ok());
}
