//! The envelope's error type.

use core::fmt;

/// Why an envelope operation failed.
///
/// Deliberately coarse: decryption failures never say more than `Decrypt`,
/// `UnwrapFailed` or `CommitmentMismatch`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
	/// The public key is not a DER SubjectPublicKeyInfo holding an `rsaEncryption` key.
	InvalidPublicKey,
	/// The RSA modulus is shorter than [`crate::MIN_RSA_BITS`].
	KeyTooSmall,
	/// The RSA modulus is longer than [`crate::MAX_RSA_BITS`].
	KeyTooLarge,
	/// The private key is neither PKCS#8 nor PKCS#1 (PEM or DER), or is inconsistent.
	InvalidPrivateKey,
	/// RSA-OAEP decryption of a wrapped key failed (wrong key or corrupted `W`),
	/// or it did not yield a 32-byte data key.
	UnwrapFailed,
	/// RSA-OAEP encryption of the data key failed.
	WrapFailed,
	/// AES-256-GCM authentication failed: ciphertext, nonce, key or context differ.
	Decrypt,
	/// AES-256-GCM encryption failed (input too long).
	Encrypt,
	/// The decrypted plaintext does not hash to the stored commitment `H`.
	CommitmentMismatch,
	/// The decrypted plaintext is not a canonical v1 encoding of [`crate::BorrowerData`] + salt.
	InvalidPlaintext,
	/// The envelope's version is not [`crate::ENVELOPE_VERSION`].
	UnsupportedVersion,
	/// RSA key generation failed.
	KeyGeneration,
	/// Encoding a key as DER/PEM failed.
	Encoding,
	/// A wrapped key is not an RSA ciphertext for the key: its length is not the modulus
	/// length `k`, or its value is not below the modulus `n`.
	InvalidWrappedKey,
	/// A dispute proof does not prove anything about the delivered `W'`: `EM` or `W'` is not
	/// `k` bytes, or not below `n`, or `EM^e mod n ≠ W'` (see [`crate::check_raw_decryption`]).
	ProofMismatch,
}

impl fmt::Display for Error {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		let msg = match self {
			Error::InvalidPublicKey => "invalid RSA public key (expected SubjectPublicKeyInfo DER)",
			Error::KeyTooSmall => "RSA key is smaller than 2048 bits",
			Error::KeyTooLarge => "RSA key is larger than 4096 bits",
			Error::InvalidPrivateKey => "invalid RSA private key (expected PKCS#8 or PKCS#1)",
			Error::UnwrapFailed => "could not unwrap the data key",
			Error::WrapFailed => "could not wrap the data key",
			Error::Decrypt => "ciphertext authentication failed",
			Error::Encrypt => "encryption failed",
			Error::CommitmentMismatch => "plaintext does not match the commitment",
			Error::InvalidPlaintext => "plaintext is not a valid v1 encoding",
			Error::UnsupportedVersion => "unsupported envelope version",
			Error::KeyGeneration => "RSA key generation failed",
			Error::Encoding => "key encoding failed",
			Error::InvalidWrappedKey => "wrapped key is not an RSA ciphertext for this key",
			Error::ProofMismatch => "the proof is not the raw RSA decryption of the wrapped key",
		};
		f.write_str(msg)
	}
}

impl core::error::Error for Error {}
