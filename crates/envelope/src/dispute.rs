//! The provable bad delivery (dispute): what the participant computes and what the chain
//! checks when a delivered `W'` does not open the plan's envelope.
//!
//! This module owns
//! * the raw RSA decryption `EM = W'^d mod n` the participant publishes as its proof
//!   ([`raw_decrypt`], [`raw_decrypt_with_rng`]) and its public check `EM^e mod n = W'`
//!   ([`check_raw_decryption`], [`check_wrapped_key`]);
//! * RSAES-OAEP decoding of `EM` (SHA-256, MGF1-SHA-256, empty label) to a 32-byte data key
//!   `K'` ([`oaep_decode_key`]), written here because `rsa` keeps its own private;
//! * the judgement: does `K'` open `C` under the plan's associated data and match the
//!   commitment `H` ([`judge_delivery`] on chain, [`judge_with_key`] for the client's
//!   pre-check), with its result [`Verdict`] / [`Fault`].
//!
//! RSA is a permutation of `[0, n)`, so for a `W' < n` there is exactly one `EM < n` with
//! `EM^e mod n = W'`: a proof that passes [`check_raw_decryption`] shows what `W'` decrypts
//! to, without the private key. Everything here except `raw_decrypt*` works on public data
//! and is deterministic, so the runtime and every client reach the same verdict.

use aes_gcm::{
	aead::{Aead, KeyInit, Payload},
	Aes256Gcm, Key, Nonce,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use rand_core::TryCryptoRng;
use rsa::{
	hazmat::{rsa_decrypt_and_check, rsa_encrypt},
	sha2::{Digest, Sha256},
	traits::PublicKeyParts,
	BoxedUint,
};
use scale_info::TypeInfo;
use zeroize::{Zeroize, Zeroizing};

use crate::{
	format::{associated_data, commitment},
	keys::parse_public_key,
	Context, Error, RsaPrivateKey, RsaPublicKey, KEY_LEN, NONCE_LEN,
};

/// `hLen`: the SHA-256 output length.
const H_LEN: usize = 32;

/// `lHash = SHA-256("")`, the hash of the empty OAEP label.
const EMPTY_LABEL_HASH: [u8; H_LEN] = [
	0xe3, 0xb0, 0xc4, 0x42, 0x98, 0xfc, 0x1c, 0x14, 0x9a, 0xfb, 0xf4, 0xc8, 0x99, 0x6f, 0xb9, 0x24,
	0x27, 0xae, 0x41, 0xe4, 0x64, 0x9b, 0x93, 0x4c, 0xa4, 0x95, 0x99, 0x1b, 0x78, 0x52, 0xb8, 0x55,
];

/// Shortest `EM` that can carry a [`KEY_LEN`]-byte message: `Y ‖ seed ‖ lHash ‖ 0x01 ‖ K`.
const MIN_EM_LEN: usize = 2 * H_LEN + 2 + KEY_LEN;

/// Why a delivery is bad: the contributor is at fault.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Fault {
	/// `EM` is not an RSAES-OAEP (SHA-256, empty label) encoding of a 32-byte key:
	/// `W'` does not wrap any data key.
	NotTheWrappedKey,
	/// `W'` wraps a 32-byte key `K'`, but `K'` does not authenticate `C` under the plan's
	/// associated data (AES-256-GCM tag mismatch): not the plan's data key.
	WrongKey,
	/// `K'` opens `C`, but the plaintext does not hash to the commitment `H`.
	CommitmentMismatch,
}

/// The judgement of a delivered `W'`.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum Verdict {
	/// `W'` wraps the plan's data key: `K'` opens `C` and the plaintext matches `H`.
	Good,
	/// The delivery is bad, for this reason.
	Fault(Fault),
}

/// `x` as an integer with the storage precision of `key`'s modulus, if `x` is exactly `k`
/// bytes (the modulus length) and its value is below `n`.
fn representative(key: &impl PublicKeyParts, x: &[u8]) -> Option<BoxedUint> {
	if x.len() != key.size() {
		return None;
	}
	let value = BoxedUint::from_be_slice(x, key.n_bits_precision()).ok()?;
	(value < *key.n().as_ref()).then_some(value)
}

/// The big-endian encoding of `x` in exactly `k` bytes, left-padded with zeros
/// (`None` if the value does not fit).
fn to_k_bytes(x: &BoxedUint, k: usize) -> Option<Zeroizing<Vec<u8>>> {
	let full = Zeroizing::new(x.to_be_bytes());
	let excess = full.len().saturating_sub(k);
	let (head, tail) = full.split_at(excess);
	if head.iter().fold(0u8, |acc, b| acc | b) != 0 {
		return None;
	}
	let mut out = Zeroizing::new(Vec::with_capacity(k));
	out.resize(k - tail.len(), 0);
	out.extend_from_slice(tail);
	Some(out)
}

/// Checks that `wrapped` is an RSA ciphertext for `recipient`: exactly `k` bytes
/// (`k` = modulus length, [`crate::wrapped_key_len`]) with a value below the modulus `n`.
///
/// Every `W` / `W'` produced by [`crate::wrap_key`] or [`crate::rewrap`] passes. The chain
/// should refuse a delivered `W'` that fails: no `EM` can prove anything about it, so a bad
/// delivery of that kind could not be disputed with [`judge_delivery`].
/// `Err(InvalidWrappedKey)` otherwise.
pub fn check_wrapped_key(recipient: &RsaPublicKey, wrapped: &[u8]) -> Result<(), Error> {
	representative(recipient, wrapped).map(|_| ()).ok_or(Error::InvalidWrappedKey)
}

/// The participant's proof for a delivered `W'`: `EM = W'^d mod n` as exactly `k` bytes,
/// big-endian, left-padded with zeros (`k` = modulus length). No padding is removed.
///
/// The RSA operation is blinded with the operating system RNG and its result checked
/// against `W'` (protection against CRT faults, which would leak the key once `EM` is
/// published). `Err(InvalidWrappedKey)` if `wrapped` is not `k` bytes or not below `n`;
/// `Err(UnwrapFailed)` if the RNG or the RSA operation fails.
///
/// `EM` reveals what `W'` wraps (for a good delivery, the data key): publish it only to
/// prove a bad delivery, and wipe it otherwise.
#[cfg(feature = "std")]
pub fn raw_decrypt(private: &RsaPrivateKey, wrapped: &[u8]) -> Result<Vec<u8>, Error> {
	raw_decrypt_with_rng(&mut getrandom::SysRng, private, wrapped)
}

/// [`raw_decrypt`] with blinding randomness from `rng` (for `no_std` callers).
pub fn raw_decrypt_with_rng<R: TryCryptoRng + ?Sized>(
	rng: &mut R,
	private: &RsaPrivateKey,
	wrapped: &[u8],
) -> Result<Vec<u8>, Error> {
	let c = representative(private, wrapped).ok_or(Error::InvalidWrappedKey)?;
	let m = Zeroizing::new(
		rsa_decrypt_and_check(private, Some(rng), &c).map_err(|_| Error::UnwrapFailed)?,
	);
	let em = to_k_bytes(&m, private.size()).ok_or(Error::UnwrapFailed)?;
	Ok(em.to_vec())
}

/// Checks a dispute proof: `em` and `wrapped` (`W'`) are both exactly `k` bytes with values
/// below `n`, and `em^e mod n = W'` under `recipient` (the key `W'` was delivered to).
/// `Err(ProofMismatch)` otherwise.
pub fn check_raw_decryption(
	recipient: &RsaPublicKey,
	em: &[u8],
	wrapped: &[u8],
) -> Result<(), Error> {
	let m = representative(recipient, em).ok_or(Error::ProofMismatch)?;
	representative(recipient, wrapped).ok_or(Error::ProofMismatch)?;
	let c = rsa_encrypt(recipient, &m).map_err(|_| Error::ProofMismatch)?;
	let encoded = to_k_bytes(&c, recipient.size()).ok_or(Error::ProofMismatch)?;
	if encoded.as_slice() == wrapped {
		Ok(())
	} else {
		Err(Error::ProofMismatch)
	}
}

/// `out ^= MGF1-SHA-256(seed, out.len())` (RFC 8017 B.2.1).
fn mgf1_xor(out: &mut [u8], seed: &[u8]) {
	for (counter, chunk) in out.chunks_mut(H_LEN).enumerate() {
		let mut hasher = Sha256::new();
		hasher.update(seed);
		// `out` is at most a few hundred bytes here; saturating keeps this total.
		hasher.update(u32::try_from(counter).unwrap_or(u32::MAX).to_be_bytes());
		let mut mask: [u8; H_LEN] = hasher.finalize().into();
		for (o, m) in chunk.iter_mut().zip(mask.iter()) {
			*o ^= m;
		}
		mask.zeroize();
	}
}

/// RSAES-OAEP decoding (RFC 8017 §7.1.2, step 3) of an encoded message `EM` with SHA-256,
/// MGF1-SHA-256 and the empty label, for a message of exactly [`KEY_LEN`] bytes:
/// `EM = Y ‖ maskedSeed ‖ maskedDB`, `DB = lHash ‖ PS ‖ 0x01 ‖ K`.
///
/// Returns `K` if `Y = 0`, `lHash = SHA-256("")`, `PS` is all zeros and the message after
/// the `0x01` separator is exactly 32 bytes; `None` otherwise (including an `EM` shorter
/// than 98 bytes). `k` is `em.len()`.
///
/// The checks are combined without branching on the bytes of `EM`. Stricter than `rsa`
/// 0.10's own decoder in one respect: that one ignores `Y`; RFC 8017 requires `Y = 0`, and
/// an honest encoder (including `rsa`'s) always writes it.
pub fn oaep_decode_key(em: &[u8]) -> Option<[u8; KEY_LEN]> {
	if em.len() < MIN_EM_LEN {
		return None;
	}
	let (&y, rest) = em.split_first()?;
	let (masked_seed, masked_db) = rest.split_at(H_LEN);
	let mut seed = Zeroizing::new([0u8; H_LEN]);
	seed.copy_from_slice(masked_seed);
	let mut db = Zeroizing::new(masked_db.to_vec());
	// seed = maskedSeed ⊕ MGF(maskedDB, hLen); DB = maskedDB ⊕ MGF(seed, k − hLen − 1).
	mgf1_xor(seed.as_mut(), masked_db);
	mgf1_xor(db.as_mut_slice(), seed.as_ref());

	let (l_hash, rest) = db.split_at(H_LEN);
	let (ps_and_separator, message) = rest.split_at(rest.len() - KEY_LEN);
	let (separator, ps) = ps_and_separator.split_last()?;
	let mut bad = y;
	for (a, b) in l_hash.iter().zip(EMPTY_LABEL_HASH.iter()) {
		bad |= a ^ b;
	}
	for b in ps {
		bad |= b;
	}
	bad |= separator ^ 0x01;

	let mut key = [0u8; KEY_LEN];
	key.copy_from_slice(message);
	if bad == 0 {
		Some(key)
	} else {
		key.zeroize();
		None
	}
}

/// The judgement given a data key `K'`: [`Fault::WrongKey`] if `K'` does not authenticate
/// `ciphertext` (AES-256-GCM, `nonce`, [`associated_data`]`(ctx)`),
/// [`Fault::CommitmentMismatch`] if the plaintext does not hash to `commitment_h`,
/// [`Verdict::Good`] otherwise.
///
/// The client's pre-check with the `K'` it unwrapped; [`judge_delivery`] is the same
/// judgement starting from the proof `EM`.
pub fn judge_with_key(
	data_key: &[u8; KEY_LEN],
	ciphertext: &[u8],
	nonce: &[u8; NONCE_LEN],
	commitment_h: &[u8; 32],
	ctx: &Context,
) -> Verdict {
	let aad = associated_data(ctx);
	let cipher = Aes256Gcm::new(&Key::<Aes256Gcm>::from(*data_key));
	let Ok(p) = cipher.decrypt(&Nonce::from(*nonce), Payload { msg: ciphertext, aad: &aad }) else {
		return Verdict::Fault(Fault::WrongKey);
	};
	let p = Zeroizing::new(p);
	if commitment(&p) == *commitment_h {
		Verdict::Good
	} else {
		Verdict::Fault(Fault::CommitmentMismatch)
	}
}

/// The chain's judgement of a disputed delivery.
///
/// * `recipient_spki_der`: the participant key `W'` was delivered to (DER
///   SubjectPublicKeyInfo, size policy as [`parse_public_key`]; its errors are returned);
/// * `delivered`: `W'`; `em`: the participant's proof ([`raw_decrypt`] of `W'`);
/// * `ciphertext`, `nonce`, `commitment_h`, `ctx`: the plan's envelope `C`, `N`, `H` and
///   its context (genesis hash, contributor, external reference).
///
/// `Err(ProofMismatch)` if the proof fails [`check_raw_decryption`] (wrong length, not
/// below `n`, or `EM^e mod n ≠ W'`). Otherwise: [`Fault::NotTheWrappedKey`] if `EM` is no
/// OAEP encoding of a 32-byte key ([`oaep_decode_key`]), else [`judge_with_key`] with the
/// decoded `K'`.
pub fn judge_delivery(
	recipient_spki_der: &[u8],
	delivered: &[u8],
	em: &[u8],
	ciphertext: &[u8],
	nonce: &[u8; NONCE_LEN],
	commitment_h: &[u8; 32],
	ctx: &Context,
) -> Result<Verdict, Error> {
	let recipient = parse_public_key(recipient_spki_der)?;
	check_raw_decryption(&recipient, em, delivered)?;
	let Some(key) = oaep_decode_key(em) else {
		return Ok(Verdict::Fault(Fault::NotTheWrappedKey));
	};
	let key = Zeroizing::new(key);
	Ok(judge_with_key(&key, ciphertext, nonce, commitment_h, ctx))
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	/// RSAES-OAEP encoding (SHA-256, empty label) of `message` into `k` bytes with the given
	/// seed and first byte `y`, for building well- and ill-formed `EM`s without RSA.
	fn encode(y: u8, seed: &[u8; H_LEN], message: &[u8], k: usize) -> Vec<u8> {
		let mut db = vec![0u8; k - H_LEN - 1];
		db[..H_LEN].copy_from_slice(&EMPTY_LABEL_HASH);
		let sep = db.len() - message.len() - 1;
		db[sep] = 0x01;
		db[sep + 1..].copy_from_slice(message);
		mgf1_xor(&mut db, seed);
		let mut masked_seed = *seed;
		mgf1_xor(&mut masked_seed, &db);
		let mut em = vec![y];
		em.extend_from_slice(&masked_seed);
		em.extend_from_slice(&db);
		em
	}

	/// Re-masks a DB edited by `edit` (unmask, edit, mask again with the same seed).
	fn with_db(em: &[u8], edit: impl FnOnce(&mut [u8])) -> Vec<u8> {
		let mut seed = [0u8; H_LEN];
		seed.copy_from_slice(&em[1..1 + H_LEN]);
		mgf1_xor(&mut seed, &em[1 + H_LEN..]);
		let mut db = em[1 + H_LEN..].to_vec();
		mgf1_xor(&mut db, &seed);
		edit(&mut db);
		mgf1_xor(&mut db, &seed);
		let mut masked_seed = seed;
		mgf1_xor(&mut masked_seed, &db);
		let mut out = vec![em[0]];
		out.extend_from_slice(&masked_seed);
		out.extend_from_slice(&db);
		out
	}

	const KEY: [u8; KEY_LEN] = [0x5a; KEY_LEN];
	const SEED: [u8; H_LEN] = [0x11; H_LEN];

	#[test]
	fn empty_label_hash_is_sha256_of_nothing() {
		assert_eq!(EMPTY_LABEL_HASH, <[u8; 32]>::from(Sha256::digest(b"")));
	}

	#[test]
	fn mgf1_matches_the_definition() {
		// MGF1(seed, 40) = SHA-256(seed ‖ 0x00000000) ‖ SHA-256(seed ‖ 0x00000001)[..8].
		let seed = b"seed";
		let mut out = [0u8; 40];
		mgf1_xor(&mut out, seed);
		let t0 = Sha256::digest([&seed[..], &[0, 0, 0, 0]].concat());
		let t1 = Sha256::digest([&seed[..], &[0, 0, 0, 1]].concat());
		assert_eq!(&out[..32], t0.as_slice());
		assert_eq!(&out[32..], &t1[..8]);
	}

	#[test]
	fn decodes_a_well_formed_block() {
		for k in [MIN_EM_LEN, 256, 257, 384, 512] {
			assert_eq!(oaep_decode_key(&encode(0, &SEED, &KEY, k)), Some(KEY), "k = {k}");
		}
	}

	#[test]
	fn refuses_every_malformation() {
		let em = encode(0, &SEED, &KEY, 256);
		// Y ≠ 0.
		for y in [1u8, 0x80, 0xff] {
			assert_eq!(oaep_decode_key(&encode(y, &SEED, &KEY, 256)), None);
		}
		// Wrong lHash (a non-empty label).
		assert_eq!(oaep_decode_key(&with_db(&em, |db| db[0] ^= 1)), None);
		assert_eq!(oaep_decode_key(&with_db(&em, |db| db[H_LEN - 1] ^= 0x80)), None);
		// A non-zero byte in PS, first and last.
		assert_eq!(oaep_decode_key(&with_db(&em, |db| db[H_LEN] = 1)), None);
		let sep = 256 - H_LEN - 1 - KEY_LEN - 1;
		assert_eq!(oaep_decode_key(&with_db(&em, |db| db[sep - 1] = 2)), None);
		// Separator other than 0x01.
		for s in [0u8, 2, 0xff] {
			assert_eq!(oaep_decode_key(&with_db(&em, |db| db[sep] = s)), None);
		}
		// Messages of 31 and 33 bytes (valid OAEP, but not a data key).
		assert_eq!(oaep_decode_key(&encode(0, &SEED, &KEY[..31], 256)), None);
		assert_eq!(oaep_decode_key(&encode(0, &SEED, &[7u8; 33], 256)), None);
		assert_eq!(oaep_decode_key(&encode(0, &SEED, &[], 256)), None);
		// A flipped bit in the masked seed or masked DB garbles everything.
		for i in [1, H_LEN, H_LEN + 1, 100, 255] {
			let mut bad = em.clone();
			bad[i] ^= 0x04;
			assert_eq!(oaep_decode_key(&bad), None, "byte {i}");
		}
		// Too short to hold a 32-byte key; empty.
		assert_eq!(oaep_decode_key(&em[..MIN_EM_LEN - 1]), None);
		assert_eq!(oaep_decode_key(&[]), None);
		// The unmodified block still decodes (the helpers do not corrupt it by themselves).
		assert_eq!(oaep_decode_key(&with_db(&em, |_| ())), Some(KEY));
	}

	#[test]
	fn judge_with_key_covers_the_three_outcomes() {
		use crate::{plaintext, BorrowerData, SALT_LEN};
		let data = BorrowerData {
			name: "n".into(),
			id_number: "i".into(),
			mobile: "m".into(),
			licence_plate: None,
			engine_number: None,
		};
		let ctx = Context { chain_id: b"chain", contributor: 9, external_ref: b"ref" };
		let p = plaintext(&data, &[3u8; SALT_LEN]);
		let nonce = [1u8; NONCE_LEN];
		let c = Aes256Gcm::new(&Key::<Aes256Gcm>::from(KEY))
			.encrypt(&Nonce::from(nonce), Payload { msg: &p, aad: &associated_data(&ctx) })
			.unwrap();
		let h = commitment(&p);
		assert_eq!(judge_with_key(&KEY, &c, &nonce, &h, &ctx), Verdict::Good);
		assert_eq!(
			judge_with_key(&[0x5b; KEY_LEN], &c, &nonce, &h, &ctx),
			Verdict::Fault(Fault::WrongKey)
		);
		let other_ctx = Context { contributor: 10, ..ctx };
		assert_eq!(
			judge_with_key(&KEY, &c, &nonce, &h, &other_ctx),
			Verdict::Fault(Fault::WrongKey)
		);
		assert_eq!(
			judge_with_key(&KEY, &c, &[2u8; NONCE_LEN], &h, &ctx),
			Verdict::Fault(Fault::WrongKey)
		);
		let mut other_h = h;
		other_h[31] ^= 1;
		assert_eq!(
			judge_with_key(&KEY, &c, &nonce, &other_h, &ctx),
			Verdict::Fault(Fault::CommitmentMismatch)
		);
		assert_eq!(judge_with_key(&KEY, &[], &nonce, &h, &ctx), Verdict::Fault(Fault::WrongKey));
	}

	#[test]
	fn scale_encoding_is_stable() {
		assert_eq!(Fault::NotTheWrappedKey.encode(), vec![0]);
		assert_eq!(Fault::WrongKey.encode(), vec![1]);
		assert_eq!(Fault::CommitmentMismatch.encode(), vec![2]);
		assert_eq!(Verdict::Good.encode(), vec![0]);
		assert_eq!(Verdict::Fault(Fault::CommitmentMismatch).encode(), vec![1, 2]);
		assert_eq!(Fault::max_encoded_len(), 1);
		assert_eq!(Verdict::max_encoded_len(), 2);
		for v in [
			Verdict::Good,
			Verdict::Fault(Fault::NotTheWrappedKey),
			Verdict::Fault(Fault::WrongKey),
			Verdict::Fault(Fault::CommitmentMismatch),
		] {
			assert_eq!(Verdict::decode(&mut &v.encode()[..]), Ok(v));
		}
		assert!(Fault::decode(&mut &[3u8][..]).is_err());
	}

	#[test]
	fn to_k_bytes_pads_and_refuses_overflow() {
		let x = BoxedUint::from_be_slice(&[0x01, 0x02], 64).unwrap();
		assert_eq!(to_k_bytes(&x, 4).as_deref().map(Vec::as_slice), Some(&[0, 0, 1, 2][..]));
		assert_eq!(to_k_bytes(&x, 2).as_deref().map(Vec::as_slice), Some(&[1, 2][..]));
		assert_eq!(to_k_bytes(&x, 1), None);
		assert_eq!(to_k_bytes(&x, 10).as_deref().map(Vec::len), Some(10));
		assert_eq!(to_k_bytes(&x, 10).as_deref().map(|v| v[8..].to_vec()), Some(vec![1, 2]));
	}
}
