//! Envelope operations: seal (contributor), unwrap / rewrap (delivery), open (participant).

use aes_gcm::{
	aead::{Aead, KeyInit, Payload},
	Aes256Gcm, Key, Nonce,
};
use alloc::vec::Vec;
use rand_core::CryptoRng;
use rsa::sha2::Sha256;
use zeroize::Zeroizing;

use crate::{
	format::{associated_data, commitment, decode_plaintext, plaintext},
	keys::parse_public_key,
	BorrowerData, Context, Error, RsaPrivateKey, RsaPublicKey, ENVELOPE_VERSION, KEY_LEN,
	NONCE_LEN, SALT_LEN,
};

/// What the chain stores for one plan (plus the id of the key `wrapped_key` is wrapped to).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
	/// Envelope format version ([`ENVELOPE_VERSION`]).
	pub version: u8,
	/// `C`: AES-256-GCM ciphertext of `P` with the 16-byte tag appended.
	pub ciphertext: Vec<u8>,
	/// `N`: the 96-bit GCM nonce.
	pub nonce: [u8; NONCE_LEN],
	/// `H = SHA-256(COMMITMENT_TAG ‖ P)`.
	pub commitment: [u8; 32],
	/// `W`: the data key `K`, RSA-OAEP-SHA-256 encrypted to the contributor's key.
	pub wrapped_key: Vec<u8>,
}

/// Seals `data` for `ctx` under a fresh random data key, nonce and salt, wrapping the
/// data key to the contributor's own key (DER SubjectPublicKeyInfo).
pub fn seal<R: CryptoRng + ?Sized>(
	rng: &mut R,
	data: &BorrowerData,
	ctx: &Context,
	contributor_spki_der: &[u8],
) -> Result<Sealed, Error> {
	let mut key = Zeroizing::new([0u8; KEY_LEN]);
	let mut nonce = [0u8; NONCE_LEN];
	let mut salt = Zeroizing::new([0u8; SALT_LEN]);
	rng.fill_bytes(key.as_mut());
	rng.fill_bytes(&mut nonce);
	rng.fill_bytes(salt.as_mut());
	seal_with(data, &salt, &key, &nonce, ctx, contributor_spki_der, rng)
}

/// [`seal`] with explicit data key, nonce and salt (for test vectors). `rng` only feeds the
/// OAEP padding. Never reuse a (key, nonce) pair in production: call [`seal`].
pub fn seal_with<R: CryptoRng + ?Sized>(
	data: &BorrowerData,
	salt: &[u8; SALT_LEN],
	key: &[u8; KEY_LEN],
	nonce: &[u8; NONCE_LEN],
	ctx: &Context,
	contributor_spki_der: &[u8],
	rng: &mut R,
) -> Result<Sealed, Error> {
	let public = parse_public_key(contributor_spki_der)?;
	let p = Zeroizing::new(plaintext(data, salt));
	let aad = associated_data(ctx);
	let ciphertext = Aes256Gcm::new(&Key::<Aes256Gcm>::from(*key))
		.encrypt(&Nonce::from(*nonce), Payload { msg: &p, aad: &aad })
		.map_err(|_| Error::Encrypt)?;
	Ok(Sealed {
		version: ENVELOPE_VERSION,
		ciphertext,
		nonce: *nonce,
		commitment: commitment(&p),
		wrapped_key: wrap_key(rng, &public, key)?,
	})
}

/// RSA-OAEP-SHA-256 (MGF1-SHA-256, empty label) encryption of a data key.
pub fn wrap_key<R: CryptoRng + ?Sized>(
	rng: &mut R,
	public: &RsaPublicKey,
	key: &[u8; KEY_LEN],
) -> Result<Vec<u8>, Error> {
	public.oaep_encrypt_with_rng::<Sha256, R>(rng, key).map_err(|_| Error::WrapFailed)
}

fn key_from_plain(plain: Vec<u8>) -> Result<[u8; KEY_LEN], Error> {
	let plain = Zeroizing::new(plain);
	<[u8; KEY_LEN]>::try_from(plain.as_slice()).map_err(|_| Error::UnwrapFailed)
}

/// Recovers the data key `K` from `W`.
///
/// With the `std` feature the RSA operation is blinded with the OS RNG; without it, it is
/// unblinded (the `rsa` 0.10 arithmetic is constant-time): prefer [`unwrap_key_with_rng`]
/// where an RNG is at hand.
pub fn unwrap_key(private: &RsaPrivateKey, wrapped: &[u8]) -> Result<[u8; KEY_LEN], Error> {
	let plain = private.oaep_decrypt::<Sha256>(wrapped).map_err(|_| Error::UnwrapFailed)?;
	key_from_plain(plain)
}

/// [`unwrap_key`] with RSA blinding randomness from `rng`.
pub fn unwrap_key_with_rng<R: CryptoRng + ?Sized>(
	rng: &mut R,
	private: &RsaPrivateKey,
	wrapped: &[u8],
) -> Result<[u8; KEY_LEN], Error> {
	let plain = private
		.oaep_decrypt_with_rng::<Sha256, R>(rng, wrapped)
		.map_err(|_| Error::UnwrapFailed)?;
	key_from_plain(plain)
}

/// The handoff: `W' = RSA-OAEP(recipient, RSA-OAEP-decrypt(private, W))`.
/// The recipient key (DER SubjectPublicKeyInfo) must pass the size policy.
pub fn rewrap<R: CryptoRng + ?Sized>(
	rng: &mut R,
	private: &RsaPrivateKey,
	wrapped_key: &[u8],
	recipient_spki_der: &[u8],
) -> Result<Vec<u8>, Error> {
	let recipient = parse_public_key(recipient_spki_der)?;
	let key = Zeroizing::new(unwrap_key_with_rng(rng, private, wrapped_key)?);
	wrap_key(rng, &recipient, &key)
}

/// Opens an envelope: unwraps `K`, decrypts and authenticates `C` under `ctx`, checks the
/// commitment and decodes the borrower data.
pub fn open(
	private: &RsaPrivateKey,
	wrapped_key: &[u8],
	ciphertext: &[u8],
	nonce: &[u8; NONCE_LEN],
	commitment_h: &[u8; 32],
	ctx: &Context,
) -> Result<BorrowerData, Error> {
	let key = Zeroizing::new(unwrap_key(private, wrapped_key)?);
	let aad = associated_data(ctx);
	let p = Zeroizing::new(
		Aes256Gcm::new(&Key::<Aes256Gcm>::from(*key))
			.decrypt(&Nonce::from(*nonce), Payload { msg: ciphertext, aad: &aad })
			.map_err(|_| Error::Decrypt)?,
	);
	if commitment(&p) != *commitment_h {
		return Err(Error::CommitmentMismatch);
	}
	decode_plaintext(&p).map(|(data, _salt)| data)
}

/// [`open`] on a whole [`Sealed`] (rejects versions other than [`ENVELOPE_VERSION`]).
/// For a rewrapped key, pass a `Sealed` whose `wrapped_key` is `W'`.
pub fn open_sealed(
	private: &RsaPrivateKey,
	sealed: &Sealed,
	ctx: &Context,
) -> Result<BorrowerData, Error> {
	if sealed.version != ENVELOPE_VERSION {
		return Err(Error::UnsupportedVersion);
	}
	open(private, &sealed.wrapped_key, &sealed.ciphertext, &sealed.nonce, &sealed.commitment, ctx)
}
