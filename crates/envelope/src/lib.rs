//! LoanShare envelope v1: borrower data sealed with AES-256-GCM under a random data key,
//! the key wrapped with RSA-OAEP-SHA-256, plus a SHA-256 commitment (see
//! `/work/shared/DOMAIN.md`, "The envelope and the handoff", and `test-vectors/README.md`
//! for the byte-level format).
//!
//! | step | who | function |
//! |------|-----|----------|
//! | register a key | runtime (validation) | [`public_key_bits`] |
//! | publish | contributor client | [`seal`] |
//! | deliver | contributor's agent (native) | [`rewrap`] |
//! | accept a delivery | runtime (validation) | [`check_wrapped_key`] |
//! | receive | participant client | [`open`] / [`open_sealed`] |
//! | dispute: pre-check | participant client | [`raw_decrypt`] then [`judge_delivery`] (or [`judge_with_key`]) |
//! | dispute: prove a bad delivery | participant client | [`raw_decrypt`] → `EM` |
//! | dispute: judge | runtime | [`judge_delivery`] → [`Verdict`] / [`Fault`] |
//!
//! `no_std + alloc`; the `std` feature (default) adds OS randomness ([`os_rng`],
//! [`generate_keypair`], blinding in [`unwrap_key`] and [`raw_decrypt`]). Without `std`,
//! callers pass an RNG implementing [`rand_core::CryptoRng`] (rand_core 0.10, re-exported
//! here).
#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

mod dispute;
mod envelope;
mod error;
mod format;
mod keys;

#[cfg(feature = "std")]
pub use dispute::raw_decrypt;
pub use dispute::{
	check_raw_decryption, check_wrapped_key, judge_delivery, judge_with_key, oaep_decode_key,
	raw_decrypt_with_rng, Fault, Verdict,
};
pub use envelope::{
	open, open_sealed, rewrap, seal, seal_with, unwrap_key, unwrap_key_with_rng, wrap_key, Sealed,
};
pub use error::Error;
pub use format::{associated_data, commitment, decode_plaintext, plaintext, BorrowerData, Context};
#[cfg(feature = "std")]
pub use keys::generate_keypair;
pub use keys::{
	modulus_bits, parse_private_key, parse_public_key, private_key_to_pem, public_key_bits,
	public_key_der, public_key_der_from_pem, public_key_to_pem,
};
pub use rand_core;

/// RSA private key (`rsa` 0.10's `PrivateKey`, formerly `RsaPrivateKey`).
pub type RsaPrivateKey = rsa::PrivateKey;
/// RSA public key (`rsa` 0.10's `PublicKey`, formerly `RsaPublicKey`).
pub type RsaPublicKey = rsa::PublicKey;

/// Envelope format version.
pub const ENVELOPE_VERSION: u8 = 1;
/// Smallest accepted RSA modulus, in bits.
pub const MIN_RSA_BITS: usize = 2048;
/// Largest accepted RSA modulus, in bits (bounds on-chain key size and rewrap cost).
pub const MAX_RSA_BITS: usize = 4096;
/// Domain tag prefixed to `P` in the commitment `H = SHA-256(COMMITMENT_TAG ‖ P)`.
pub const COMMITMENT_TAG: &[u8] = b"loanshare/envelope/v1/commitment";
/// Domain tag at the start of the AES-GCM associated data.
pub const AAD_TAG: &[u8] = b"loanshare/envelope/v1/aad";
/// Salt length in bytes (appended to the encoded fields in `P`).
pub const SALT_LEN: usize = 32;
/// Data key length in bytes (AES-256).
pub const KEY_LEN: usize = 32;
/// AES-GCM nonce length in bytes.
pub const NONCE_LEN: usize = 12;
/// AES-GCM tag length in bytes (appended to the ciphertext).
pub const TAG_LEN: usize = 16;
/// Upper bound on the length of a DER SubjectPublicKeyInfo that [`parse_public_key`] accepts:
/// a [`MAX_RSA_BITS`] modulus with the public exponent 65537 (the only one accepted).
/// A 2048-bit key is 294 bytes.
pub const MAX_SPKI_DER_LEN: usize = 550;
/// Length of a wrapped key `W` for a key of `bits` bits: the modulus length in bytes.
pub const fn wrapped_key_len(bits: usize) -> usize {
	bits.div_ceil(8)
}

/// The operating system's CSPRNG as a [`rand_core::CryptoRng`] (panics if the OS RNG fails).
#[cfg(feature = "std")]
pub fn os_rng() -> impl rand_core::CryptoRng {
	rand_core::UnwrapErr(getrandom::SysRng)
}
