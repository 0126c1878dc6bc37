//! Behaviour of seal / rewrap / open: round trips, tamper detection, key policy.

mod common;

use common::*;
use loanshare_envelope::{
	open, open_sealed, os_rng, parse_private_key, public_key_bits, rewrap, seal, unwrap_key,
	BorrowerData, Context, Error, Sealed, ENVELOPE_VERSION, MAX_RSA_BITS, MIN_RSA_BITS,
};

fn sealed_sample() -> Sealed {
	seal(&mut os_rng(), &sample_data(), &sample_context(), &contributor().spki).expect("seal")
}

#[test]
fn seal_rewrap_open_round_trip() {
	let (c, r) = (contributor(), recipient());
	let mut rng = os_rng();
	let sealed = sealed_sample();
	assert_eq!(sealed.version, ENVELOPE_VERSION);
	assert_eq!(sealed.wrapped_key.len(), 256);

	let w2 = rewrap(&mut rng, &c.private, &sealed.wrapped_key, &r.spki).expect("rewrap");
	assert_ne!(w2, sealed.wrapped_key);
	let delivered = Sealed { wrapped_key: w2.clone(), ..sealed.clone() };
	assert_eq!(open_sealed(&r.private, &delivered, &sample_context()), Ok(sample_data()));
	// The contributor's key cannot open the rewrapped key, nor the recipient's the original.
	assert_eq!(open_sealed(&c.private, &delivered, &sample_context()), Err(Error::UnwrapFailed));
	assert_eq!(unwrap_key(&c.private, &w2), Err(Error::UnwrapFailed));
	assert_eq!(open_sealed(&r.private, &sealed, &sample_context()), Err(Error::UnwrapFailed));
	// The contributor still opens its own envelope.
	assert_eq!(open_sealed(&c.private, &sealed, &sample_context()), Ok(sample_data()));
}

#[test]
fn rewrap_with_the_wrong_private_key_fails() {
	let r = recipient();
	let sealed = sealed_sample();
	assert_eq!(
		rewrap(&mut os_rng(), &r.private, &sealed.wrapped_key, &r.spki),
		Err(Error::UnwrapFailed)
	);
}

#[test]
fn every_seal_is_fresh() {
	let a = sealed_sample();
	let b = sealed_sample();
	assert_ne!(a.nonce, b.nonce);
	assert_ne!(a.ciphertext, b.ciphertext);
	// The random salt keeps equal data from producing equal commitments.
	assert_ne!(a.commitment, b.commitment);
	assert_ne!(
		unwrap_key(&contributor().private, &a.wrapped_key),
		unwrap_key(&contributor().private, &b.wrapped_key)
	);
}

#[test]
fn tampering_with_ciphertext_is_detected() {
	let c = contributor();
	let sealed = sealed_sample();
	let ctx = sample_context();
	for i in [0, sealed.ciphertext.len() / 2, sealed.ciphertext.len() - 1] {
		let mut t = sealed.clone();
		t.ciphertext[i] ^= 0x01;
		assert_eq!(open_sealed(&c.private, &t, &ctx), Err(Error::Decrypt), "byte {i}");
	}
	let mut truncated = sealed.clone();
	truncated.ciphertext.pop();
	assert_eq!(open_sealed(&c.private, &truncated, &ctx), Err(Error::Decrypt));
	let mut extended = sealed.clone();
	extended.ciphertext.push(0);
	assert_eq!(open_sealed(&c.private, &extended, &ctx), Err(Error::Decrypt));
	let mut empty = sealed;
	empty.ciphertext.clear();
	assert_eq!(open_sealed(&c.private, &empty, &ctx), Err(Error::Decrypt));
}

#[test]
fn tampering_with_nonce_commitment_or_version_is_detected() {
	let c = contributor();
	let sealed = sealed_sample();
	let ctx = sample_context();

	let mut t = sealed.clone();
	t.nonce[11] ^= 0x80;
	assert_eq!(open_sealed(&c.private, &t, &ctx), Err(Error::Decrypt));

	let mut t = sealed.clone();
	t.commitment[0] ^= 0x01;
	assert_eq!(open_sealed(&c.private, &t, &ctx), Err(Error::CommitmentMismatch));

	let mut t = sealed.clone();
	t.version = 2;
	assert_eq!(open_sealed(&c.private, &t, &ctx), Err(Error::UnsupportedVersion));

	// `open` takes the parts directly and sees the same.
	let mut h = sealed.commitment;
	h[31] ^= 0xff;
	assert_eq!(
		open(&c.private, &sealed.wrapped_key, &sealed.ciphertext, &sealed.nonce, &h, &ctx),
		Err(Error::CommitmentMismatch)
	);
}

#[test]
fn tampering_with_the_wrapped_key_is_detected() {
	let c = contributor();
	let sealed = sealed_sample();
	let ctx = sample_context();
	for i in [0, 100, 255] {
		let mut t = sealed.clone();
		t.wrapped_key[i] ^= 0x01;
		assert_eq!(open_sealed(&c.private, &t, &ctx), Err(Error::UnwrapFailed), "byte {i}");
	}
	let mut short = sealed.clone();
	short.wrapped_key.truncate(255);
	assert_eq!(open_sealed(&c.private, &short, &ctx), Err(Error::UnwrapFailed));
	let mut empty = sealed;
	empty.wrapped_key.clear();
	assert_eq!(open_sealed(&c.private, &empty, &ctx), Err(Error::UnwrapFailed));
}

#[test]
fn a_different_context_is_detected() {
	let c = contributor();
	let sealed = sealed_sample();
	let good = sample_context();
	let wrong = [
		Context { chain_id: b"another-chain", ..good },
		Context { chain_id: &CHAIN[..CHAIN.len() - 1], ..good },
		Context { contributor: good.contributor + 1, ..good },
		Context { contributor: 0, ..good },
		Context { external_ref: b"PLAN-0043", ..good },
		Context { external_ref: b"", ..good },
	];
	for ctx in wrong {
		assert_eq!(open_sealed(&c.private, &sealed, &ctx), Err(Error::Decrypt), "{ctx:?}");
	}
	// Moving bytes between chain id and external ref changes the (length-prefixed) aad too.
	let split = Context {
		chain_id: b"loanshare-testnet-genesis-hash-0PLAN",
		external_ref: b"-0042",
		..good
	};
	assert_eq!(open_sealed(&c.private, &sealed, &split), Err(Error::Decrypt));
	assert_eq!(open_sealed(&c.private, &sealed, &good), Ok(sample_data()));
}

#[test]
fn optional_and_empty_fields_round_trip() {
	let c = contributor();
	let mut rng = os_rng();
	let data = BorrowerData {
		name: String::new(),
		id_number: "x".repeat(300),
		mobile: "0".into(),
		licence_plate: Some(String::new()),
		engine_number: Some("E".into()),
	};
	let ctx = Context { chain_id: b"", contributor: u32::MAX, external_ref: &[0u8; 70] };
	let sealed = seal(&mut rng, &data, &ctx, &c.spki).expect("seal");
	assert_eq!(open_sealed(&c.private, &sealed, &ctx), Ok(data));
}

#[test]
fn garbage_and_wrong_size_keys_are_refused() {
	assert_eq!(public_key_bits(b""), Err(Error::InvalidPublicKey));
	assert_eq!(public_key_bits(b"not a key at all"), Err(Error::InvalidPublicKey));
	assert_eq!(public_key_bits(&[0x30, 0x82, 0x01, 0x22]), Err(Error::InvalidPublicKey));
	// Trailing bytes after a valid key are refused.
	let mut trailing = contributor().spki.clone();
	trailing.push(0);
	assert_eq!(public_key_bits(&trailing), Err(Error::InvalidPublicKey));
	// An RSASSA-PSS key (OID 1.2.840.113549.1.1.10) is not an encryption key.
	let mut pss = contributor().spki.clone();
	let rsa_oid = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
	let at = pss.windows(rsa_oid.len()).position(|w| w == rsa_oid).expect("oid present");
	pss[at + rsa_oid.len() - 1] = 0x0a;
	assert_eq!(public_key_bits(&pss), Err(Error::InvalidPublicKey));
	// A private key is not a public key.
	assert_eq!(public_key_bits(contributor().pem.as_bytes()), Err(Error::InvalidPublicKey));
}

#[test]
fn garbage_private_keys_are_refused() {
	assert_eq!(parse_private_key(b"").map(|_| ()), Err(Error::InvalidPrivateKey));
	assert_eq!(parse_private_key(b"garbage").map(|_| ()), Err(Error::InvalidPrivateKey));
	let broken = contributor().pem.replacen('M', "N", 1);
	assert_eq!(parse_private_key(broken.as_bytes()).map(|_| ()), Err(Error::InvalidPrivateKey));
	// A public key is not a private key.
	assert_eq!(parse_private_key(&contributor().spki).map(|_| ()), Err(Error::InvalidPrivateKey));
}

#[test]
fn key_generation_enforces_the_size_policy() {
	use loanshare_envelope::generate_keypair;
	assert_eq!(generate_keypair(1024).map(|_| ()), Err(Error::KeyTooSmall));
	assert_eq!(generate_keypair(MIN_RSA_BITS - 1).map(|_| ()), Err(Error::KeyTooSmall));
	assert_eq!(generate_keypair(MAX_RSA_BITS + 1).map(|_| ()), Err(Error::KeyTooLarge));
}

#[test]
fn errors_display() {
	for e in [Error::KeyTooSmall, Error::Decrypt, Error::CommitmentMismatch, Error::UnwrapFailed] {
		assert!(!e.to_string().is_empty());
	}
	assert_ne!(Error::Decrypt.to_string(), Error::CommitmentMismatch.to_string());
}
