//! The provable bad delivery with real RSA keys: raw decryption, the proof check, OAEP
//! decoding (agreeing with `rsa`'s own OAEP), and the verdicts of `judge_delivery`.

mod common;

use common::*;
use loanshare_envelope::{
	check_raw_decryption, check_wrapped_key, generate_keypair, judge_delivery, judge_with_key,
	oaep_decode_key, os_rng, parse_public_key, raw_decrypt, raw_decrypt_with_rng, rewrap, seal,
	unwrap_key, wrap_key, Error, Fault, RsaPrivateKey, RsaPublicKey, Sealed, Verdict, KEY_LEN,
};
use rsa::rand_core::Rng as _;
use rsa::{hazmat::rsa_encrypt, traits::PublicKeyParts, BoxedUint};

/// Raw RSA encryption `x^e mod n` of a `k`-byte `x < n`, as `k` bytes.
fn raw_encrypt(public: &RsaPublicKey, x: &[u8]) -> Vec<u8> {
	let k = public.size();
	assert_eq!(x.len(), k);
	let m = BoxedUint::from_be_slice(x, public.n_bits_precision()).unwrap();
	assert!(m < *public.n().as_ref(), "x must be below n");
	let c = rsa_encrypt(public, &m).unwrap().to_be_bytes();
	c[c.len() - k..].to_vec()
}

/// The modulus `n` as exactly `k` bytes.
fn modulus(public: &RsaPublicKey) -> Vec<u8> {
	let n = public.n_bytes();
	let mut out = vec![0u8; public.size() - n.len()];
	out.extend_from_slice(&n);
	out
}

/// Adds `delta` to a big-endian number in place (wrapping at the top).
fn add(x: &mut [u8], delta: u8) {
	let mut carry = u16::from(delta);
	for b in x.iter_mut().rev() {
		let s = u16::from(*b) + carry;
		*b = s as u8;
		carry = s >> 8;
		if carry == 0 {
			break;
		}
	}
}

/// Random bytes below `n` (top byte cleared, so the value is below 2^(8(k-1)) ≤ n).
fn random_below_n(public: &RsaPublicKey) -> Vec<u8> {
	let mut x = vec![0u8; public.size()];
	os_rng().fill_bytes(&mut x);
	x[0] = 0;
	x
}

struct Plan {
	sealed: Sealed,
	participant: &'static Party,
}

/// An envelope sealed by the vector contributor and a good delivery to the vector recipient.
fn delivered() -> (Plan, Vec<u8>) {
	let c = contributor();
	let r = recipient();
	let mut rng = os_rng();
	let sealed = seal(&mut rng, &sample_data(), &sample_context(), &c.spki).expect("seal");
	let w2 = rewrap(&mut rng, &c.private, &sealed.wrapped_key, &r.spki).expect("rewrap");
	(Plan { sealed, participant: r }, w2)
}

fn judge(plan: &Plan, w2: &[u8], em: &[u8]) -> Result<Verdict, Error> {
	judge_delivery(
		&plan.participant.spki,
		w2,
		em,
		&plan.sealed.ciphertext,
		&plan.sealed.nonce,
		&plan.sealed.commitment,
		&sample_context(),
	)
}

#[test]
fn a_good_delivery_is_judged_good() {
	let (plan, w2) = delivered();
	let em = raw_decrypt(&plan.participant.private, &w2).expect("raw decrypt");
	assert_eq!(em.len(), 256);
	assert_eq!(em[0], 0, "an OAEP block starts with Y = 0");
	let public = parse_public_key(&plan.participant.spki).unwrap();
	assert_eq!(check_raw_decryption(&public, &em, &w2), Ok(()));
	let key = unwrap_key(&plan.participant.private, &w2).expect("unwrap");
	assert_eq!(oaep_decode_key(&em), Some(key));
	assert_eq!(judge(&plan, &w2, &em), Ok(Verdict::Good));
	let s = &plan.sealed;
	assert_eq!(
		judge_with_key(&key, &s.ciphertext, &s.nonce, &s.commitment, &sample_context()),
		Verdict::Good
	);
	// Raw RSA is deterministic: the same W' always gives the same EM (blinding or not).
	assert_eq!(raw_decrypt_with_rng(&mut os_rng(), &plan.participant.private, &w2), Ok(em));
}

#[test]
fn another_data_key_is_wrong_key() {
	let (plan, _) = delivered();
	let mut other = [0u8; KEY_LEN];
	os_rng().fill_bytes(&mut other);
	let public = parse_public_key(&plan.participant.spki).unwrap();
	let w2 = wrap_key(&mut os_rng(), &public, &other).expect("wrap");
	let em = raw_decrypt(&plan.participant.private, &w2).unwrap();
	assert_eq!(oaep_decode_key(&em), Some(other));
	assert_eq!(judge(&plan, &w2, &em), Ok(Verdict::Fault(Fault::WrongKey)));
}

#[test]
fn the_right_key_under_another_context_is_wrong_key() {
	// The runtime must pass the plan's own context: the AES-GCM tag binds it.
	let (plan, w2) = delivered();
	let em = raw_decrypt(&plan.participant.private, &w2).unwrap();
	let s = &plan.sealed;
	let other = loanshare_envelope::Context { contributor: 4, ..sample_context() };
	assert_eq!(
		judge_delivery(
			&plan.participant.spki,
			&w2,
			&em,
			&s.ciphertext,
			&s.nonce,
			&s.commitment,
			&other
		),
		Ok(Verdict::Fault(Fault::WrongKey))
	);
}

#[test]
fn a_non_oaep_block_is_not_the_wrapped_key() {
	let (plan, _) = delivered();
	let public = parse_public_key(&plan.participant.spki).unwrap();
	for _ in 0..8 {
		let x = random_below_n(&public);
		let w2 = raw_encrypt(&public, &x);
		let em = raw_decrypt(&plan.participant.private, &w2).unwrap();
		assert_eq!(em, x, "raw decryption inverts raw encryption");
		assert_eq!(judge(&plan, &w2, &em), Ok(Verdict::Fault(Fault::NotTheWrappedKey)));
		// The participant's OAEP unwrap also fails on it.
		assert_eq!(unwrap_key(&plan.participant.private, &w2), Err(Error::UnwrapFailed));
	}
	// Edge values: 0 and 1 are fixed points of RSA.
	for small in [0u8, 1] {
		let mut x = vec![0u8; public.size()];
		x[public.size() - 1] = small;
		let w2 = raw_encrypt(&public, &x);
		assert_eq!(w2, x);
		let em = raw_decrypt(&plan.participant.private, &w2).unwrap();
		assert_eq!(em, x);
		assert_eq!(judge(&plan, &w2, &em), Ok(Verdict::Fault(Fault::NotTheWrappedKey)));
	}
}

#[test]
fn an_envelope_that_opens_but_misses_its_commitment_is_commitment_mismatch() {
	let (mut plan, w2) = delivered();
	plan.sealed.commitment[0] ^= 0x01;
	let em = raw_decrypt(&plan.participant.private, &w2).unwrap();
	assert_eq!(judge(&plan, &w2, &em), Ok(Verdict::Fault(Fault::CommitmentMismatch)));
}

#[test]
fn a_wrong_proof_is_proof_mismatch() {
	let (plan, w2) = delivered();
	let public = parse_public_key(&plan.participant.spki).unwrap();
	let em = raw_decrypt(&plan.participant.private, &w2).unwrap();
	let mut plus_one = em.clone();
	add(&mut plus_one, 1);
	assert_eq!(judge(&plan, &w2, &plus_one), Err(Error::ProofMismatch));
	// Another W' (a fresh wrap of the same key) has another EM.
	let (_, w2b) = delivered();
	let em_b = raw_decrypt(&plan.participant.private, &w2b).unwrap();
	assert_eq!(judge(&plan, &w2, &em_b), Err(Error::ProofMismatch));
	// Wrong lengths: one byte short, one byte long (leading zero), empty.
	assert_eq!(judge(&plan, &w2, &em[1..]), Err(Error::ProofMismatch));
	let mut long = vec![0u8];
	long.extend_from_slice(&em);
	assert_eq!(judge(&plan, &w2, &long), Err(Error::ProofMismatch));
	assert_eq!(judge(&plan, &w2, &[]), Err(Error::ProofMismatch));
	// EM ≥ n: n itself, n + 1, and all ones.
	let n = modulus(&public);
	let mut n_plus_one = n.clone();
	add(&mut n_plus_one, 1);
	for big in [n.clone(), n_plus_one, vec![0xff; public.size()]] {
		assert_eq!(check_raw_decryption(&public, &big, &w2), Err(Error::ProofMismatch));
		assert_eq!(judge(&plan, &w2, &big), Err(Error::ProofMismatch));
	}
	// n ≡ 0 (mod n) and 0^e = 0, but n is not the canonical representative: refused.
	let zero = vec![0u8; 256];
	assert_eq!(check_raw_decryption(&public, &zero, &zero), Ok(()));
	assert_eq!(check_raw_decryption(&public, &n, &zero), Err(Error::ProofMismatch));
	// The proof against another participant's key.
	let other = contributor();
	assert_eq!(
		judge_delivery(
			&other.spki,
			&w2,
			&em,
			&plan.sealed.ciphertext,
			&plan.sealed.nonce,
			&plan.sealed.commitment,
			&sample_context()
		),
		Err(Error::ProofMismatch)
	);
	// An invalid key is reported as such.
	assert_eq!(
		judge_delivery(
			&[0x30, 0x00],
			&w2,
			&em,
			&plan.sealed.ciphertext,
			&plan.sealed.nonce,
			&plan.sealed.commitment,
			&sample_context()
		),
		Err(Error::InvalidPublicKey)
	);
}

#[test]
fn malformed_wrapped_keys_are_refused() {
	let r = recipient();
	let public = parse_public_key(&r.spki).unwrap();
	let (_, w2) = delivered();
	assert_eq!(check_wrapped_key(&public, &w2), Ok(()));
	let n = modulus(&public);
	let mut n_minus_one = n.clone();
	n_minus_one[255] -= 1; // n is odd
	assert_eq!(check_wrapped_key(&public, &n_minus_one), Ok(()));
	for bad in [n.clone(), vec![0xff; 256], w2[1..].to_vec(), [&[0u8][..], &w2].concat(), vec![]] {
		assert_eq!(check_wrapped_key(&public, &bad), Err(Error::InvalidWrappedKey));
		assert_eq!(raw_decrypt(&r.private, &bad), Err(Error::InvalidWrappedKey));
		// No proof can be made for such a W': even an EM of the right shape does not match.
		assert_eq!(check_raw_decryption(&public, &vec![0u8; 256], &bad), Err(Error::ProofMismatch));
	}
	// n − 1 ≡ −1 is a valid ciphertext; its raw decryption is −1 again (e is odd).
	assert_eq!(raw_decrypt(&r.private, &n_minus_one), Ok(n_minus_one.clone()));
	assert_eq!(check_raw_decryption(&public, &n_minus_one, &n_minus_one), Ok(()));
}

/// Checks, for one key, that the OAEP decoder here agrees with `rsa`'s on `rounds` fresh
/// wraps, and on mutations of the resulting EMs.
fn agree_on_key(private: &RsaPrivateKey, rounds: usize) {
	let public = private.as_public_key();
	let k = public.size();
	let mut rng = os_rng();
	for round in 0..rounds {
		let mut key = [0u8; KEY_LEN];
		rng.fill_bytes(&mut key);
		let w = wrap_key(&mut rng, public, &key).unwrap();
		assert_eq!(check_wrapped_key(public, &w), Ok(()));
		let em = raw_decrypt(private, &w).unwrap();
		assert_eq!(em.len(), k);
		assert_eq!(check_raw_decryption(public, &em, &w), Ok(()));
		assert_eq!(oaep_decode_key(&em), Some(key));
		assert_eq!(unwrap_key(private, &w), Ok(key));

		// Mutating any byte after Y breaks the block for both decoders.
		if round < 4 {
			let position = 1 + (usize::from(key[0]) * 7 + round * 61) % (k - 1);
			let mut mutated = em.clone();
			mutated[position] ^= 1 << (key[1] % 8);
			let w_mutated = raw_encrypt(public, &mutated);
			assert_eq!(oaep_decode_key(&mutated), None, "byte {position}");
			assert_eq!(unwrap_key(private, &w_mutated), Err(Error::UnwrapFailed));
		}
	}
}

#[test]
fn oaep_decoding_agrees_with_rsa_for_many_random_keys() {
	// The vector keys with many keys each, then fresh keys of several sizes, including
	// moduli that are not a multiple of 64 bits (k smaller than the integer's storage).
	agree_on_key(&contributor().private, 64);
	agree_on_key(&recipient().private, 64);
	let sizes = [[2048; 12].as_slice(), &[2049, 2056, 2100, 3000, 3072]].concat();
	for bits in sizes {
		let (private, spki) = generate_keypair(bits).expect("keygen");
		assert_eq!(parse_public_key(&spki).map(|k| k.size()), Ok(bits.div_ceil(8)));
		agree_on_key(&private, 16);
	}
}

#[test]
fn y_other_than_zero_is_refused_here_but_ignored_by_rsa() {
	// A deliberate difference: RFC 8017 requires Y = 0 and every honest encoder writes it;
	// `rsa` 0.10's decoder ignores Y. A W' whose EM has Y ≠ 0 is judged NotTheWrappedKey
	// (only a contributor crafting W' by hand can produce one; it is at fault for it).
	let (plan, w2) = delivered();
	let private = &plan.participant.private;
	let public = parse_public_key(&plan.participant.spki).unwrap();
	let em = raw_decrypt(private, &w2).unwrap();
	let key = unwrap_key(private, &w2).unwrap();
	let mut y1 = em.clone();
	y1[0] = 1;
	assert!(modulus(&public)[0] > 1, "the 2048-bit modulus has its top bit set");
	let w_y1 = raw_encrypt(&public, &y1);
	assert_eq!(unwrap_key(private, &w_y1), Ok(key));
	assert_eq!(oaep_decode_key(&y1), None);
	assert_eq!(judge(&plan, &w_y1, &y1), Ok(Verdict::Fault(Fault::NotTheWrappedKey)));
}

#[test]
fn rsa_4096_dispute() {
	let (private, spki) = generate_keypair(4096).expect("keygen");
	let c = contributor();
	let mut rng = os_rng();
	let sealed = seal(&mut rng, &sample_data(), &sample_context(), &c.spki).unwrap();
	let w2 = rewrap(&mut rng, &c.private, &sealed.wrapped_key, &spki).unwrap();
	assert_eq!(w2.len(), 512);
	let judge4096 = |w2: &[u8], em: &[u8]| {
		judge_delivery(
			&spki,
			w2,
			em,
			&sealed.ciphertext,
			&sealed.nonce,
			&sealed.commitment,
			&sample_context(),
		)
	};
	let em = raw_decrypt(&private, &w2).unwrap();
	assert_eq!(em.len(), 512);
	assert_eq!(judge4096(&w2, &em), Ok(Verdict::Good));
	agree_on_key(&private, 8);

	let public = parse_public_key(&spki).unwrap();
	let wrong = wrap_key(&mut rng, &public, &[7u8; KEY_LEN]).unwrap();
	let em_wrong = raw_decrypt(&private, &wrong).unwrap();
	assert_eq!(judge4096(&wrong, &em_wrong), Ok(Verdict::Fault(Fault::WrongKey)));
	let x = random_below_n(&public);
	let junk = raw_encrypt(&public, &x);
	assert_eq!(
		judge4096(&junk, &raw_decrypt(&private, &junk).unwrap()),
		Ok(Verdict::Fault(Fault::NotTheWrappedKey))
	);
	let mut plus_one = em.clone();
	add(&mut plus_one, 1);
	assert_eq!(judge4096(&w2, &plus_one), Err(Error::ProofMismatch));
	assert_eq!(judge4096(&w2, &em[..256]), Err(Error::ProofMismatch));
}
