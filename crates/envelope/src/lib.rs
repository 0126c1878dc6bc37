//! LoanShare envelope (API stub: bodies being implemented; signatures are final).
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::{string::String, vec::Vec};

pub use rand_core;
pub use rsa::{RsaPrivateKey, RsaPublicKey};

/// Envelope format version.
pub const ENVELOPE_VERSION: u8 = 1;
/// Smallest accepted RSA modulus, in bits.
pub const MIN_RSA_BITS: usize = 2048;
/// Largest accepted RSA modulus, in bits.
pub const MAX_RSA_BITS: usize = 4096;
/// Domain tag prefixed to P before hashing into the commitment.
pub const COMMITMENT_TAG: &[u8] = b"loanshare/envelope/v1/commitment";
/// Domain tag at the start of the AES-GCM associated data.
pub const AAD_TAG: &[u8] = b"loanshare/envelope/v1/aad";
/// Salt length in bytes.
pub const SALT_LEN: usize = 32;
/// Data key length in bytes (AES-256).
pub const KEY_LEN: usize = 32;
/// AES-GCM nonce length in bytes.
pub const NONCE_LEN: usize = 12;

/// Sensitive borrower fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BorrowerData {
	pub name: String,
	pub id_number: String,
	pub mobile: String,
	pub licence_plate: Option<String>,
	pub engine_number: Option<String>,
}

/// Public context bound into the ciphertext as associated data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context<'a> {
	pub chain_id: &'a [u8],
	pub contributor: u32,
	pub external_ref: &'a [u8],
}

/// What the chain stores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
	pub version: u8,
	pub ciphertext: Vec<u8>,
	pub nonce: [u8; NONCE_LEN],
	pub commitment: [u8; 32],
	pub wrapped_key: Vec<u8>,
}

/// Envelope errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
	InvalidPublicKey,
	KeyTooSmall,
	KeyTooLarge,
	InvalidPrivateKey,
	UnwrapFailed,
	WrapFailed,
	Decrypt,
	Encrypt,
	CommitmentMismatch,
	InvalidPlaintext,
	UnsupportedVersion,
	KeyGeneration,
	Encoding,
}

pub fn public_key_bits(_spki_der: &[u8]) -> Result<usize, Error> { todo!() }
pub fn parse_public_key(_spki_der: &[u8]) -> Result<RsaPublicKey, Error> { todo!() }
pub fn plaintext(_data: &BorrowerData, _salt: &[u8; SALT_LEN]) -> Vec<u8> { todo!() }
pub fn associated_data(_ctx: &Context) -> Vec<u8> { todo!() }
pub fn commitment(_plaintext: &[u8]) -> [u8; 32] { todo!() }
pub fn seal<R: rand_core::CryptoRng + ?Sized>(
	_rng: &mut R, _data: &BorrowerData, _ctx: &Context, _contributor_spki_der: &[u8],
) -> Result<Sealed, Error> { todo!() }
pub fn seal_with<R: rand_core::CryptoRng + ?Sized>(
	_data: &BorrowerData, _salt: &[u8; SALT_LEN], _key: &[u8; KEY_LEN], _nonce: &[u8; NONCE_LEN],
	_ctx: &Context, _contributor_spki_der: &[u8], _rng: &mut R,
) -> Result<Sealed, Error> { todo!() }
pub fn parse_private_key(_pem_or_der: &[u8]) -> Result<RsaPrivateKey, Error> { todo!() }
pub fn unwrap_key(_private: &RsaPrivateKey, _wrapped: &[u8]) -> Result<[u8; KEY_LEN], Error> { todo!() }
pub fn rewrap<R: rand_core::CryptoRng + ?Sized>(
	_rng: &mut R, _private: &RsaPrivateKey, _wrapped_key: &[u8], _recipient_spki_der: &[u8],
) -> Result<Vec<u8>, Error> { todo!() }
pub fn open(
	_private: &RsaPrivateKey, _wrapped_key: &[u8], _ciphertext: &[u8], _nonce: &[u8; NONCE_LEN],
	_commitment: &[u8; 32], _ctx: &Context,
) -> Result<BorrowerData, Error> { todo!() }
pub fn open_sealed(_private: &RsaPrivateKey, _sealed: &Sealed, _ctx: &Context) -> Result<BorrowerData, Error> { todo!() }
#[cfg(feature = "std")]
pub fn generate_keypair(_bits: usize) -> Result<(RsaPrivateKey, Vec<u8>), Error> { todo!() }
pub fn public_key_der(_private: &RsaPrivateKey) -> Result<Vec<u8>, Error> { todo!() }
pub fn private_key_to_pem(_private: &RsaPrivateKey) -> Result<String, Error> { todo!() }
pub fn public_key_to_pem(_spki_der: &[u8]) -> Result<String, Error> { todo!() }
