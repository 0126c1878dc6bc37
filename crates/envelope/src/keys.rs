//! RSA key handling: SubjectPublicKeyInfo validation (size policy), private key
//! parsing (PKCS#8 / PKCS#1, PEM or DER), PEM export and key generation.

use alloc::{string::String, vec::Vec};
use rsa::{
	pkcs1::{self, der::Decode as _, DecodeRsaPrivateKey as _, RsaPublicKeyRef},
	pkcs8::{
		der::asn1::AnyRef, spki::SubjectPublicKeyInfoRef, DecodePrivateKey as _,
		EncodePrivateKey as _, EncodePublicKey as _, LineEnding,
	},
};

use crate::{Error, RsaPrivateKey, RsaPublicKey, MAX_RSA_BITS, MIN_RSA_BITS};

/// Longest input [`parse_public_key`] looks at (an 8192-bit SPKI is about 1.1 KB).
const PARSE_CAP: usize = 2048;

/// Bit length of a big-endian unsigned integer (leading zero bytes ignored).
fn bit_length(be: &[u8]) -> usize {
	let zeros = be.iter().take_while(|b| **b == 0).count();
	let trimmed = be.get(zeros..).unwrap_or_default();
	let leading = trimmed.first().map_or(0, |b| b.leading_zeros() as usize);
	trimmed.len().saturating_mul(8).saturating_sub(leading)
}

fn check_bits(bits: usize) -> Result<usize, Error> {
	if bits < MIN_RSA_BITS {
		Err(Error::KeyTooSmall)
	} else if bits > MAX_RSA_BITS {
		Err(Error::KeyTooLarge)
	} else {
		Ok(bits)
	}
}

/// Parses a DER SubjectPublicKeyInfo of an `rsaEncryption` key and enforces the key policy:
/// the size bounds, and the public exponent 65537 (F4, what every RSA tool generates; a
/// larger exponent would make the chain's dispute check dearer than its weight).
pub fn parse_public_key(spki_der: &[u8]) -> Result<RsaPublicKey, Error> {
	// Cheap cap before any parsing (runtime input): room for keys up to 8192 bits, so that a
	// well-formed but oversized key still reports `KeyTooLarge` rather than `InvalidPublicKey`.
	if spki_der.len() > PARSE_CAP {
		return Err(Error::InvalidPublicKey);
	}
	let spki = SubjectPublicKeyInfoRef::from_der(spki_der).map_err(|_| Error::InvalidPublicKey)?;
	// Only `rsaEncryption` with NULL parameters: an RSASSA-PSS key is not an encryption key.
	if spki.algorithm.oid != pkcs1::ALGORITHM_OID || spki.algorithm.parameters != Some(AnyRef::NULL)
	{
		return Err(Error::InvalidPublicKey);
	}
	let key_bytes = spki.subject_public_key.as_bytes().ok_or(Error::InvalidPublicKey)?;
	let pkcs1_key = RsaPublicKeyRef::from_der(key_bytes).map_err(|_| Error::InvalidPublicKey)?;
	check_bits(bit_length(pkcs1_key.modulus.as_bytes()))?;
	if pkcs1_key.public_exponent.as_bytes() != [0x01, 0x00, 0x01] {
		return Err(Error::InvalidPublicKey);
	}
	RsaPublicKey::try_from(spki).map_err(|_| Error::InvalidPublicKey)
}

/// The modulus size in bits of a DER SubjectPublicKeyInfo RSA key.
///
/// `Err(KeyTooSmall)` below [`MIN_RSA_BITS`], `Err(KeyTooLarge)` above [`MAX_RSA_BITS`],
/// `Err(InvalidPublicKey)` for anything that is not a valid `rsaEncryption` SPKI.
pub fn public_key_bits(spki_der: &[u8]) -> Result<usize, Error> {
	let key = parse_public_key(spki_der)?;
	Ok(modulus_bits(&key))
}

/// The modulus size in bits of a parsed key (public or private).
pub fn modulus_bits(key: &impl rsa::traits::PublicKeyParts) -> usize {
	bit_length(&key.n_bytes())
}

/// Parses an RSA private key: PKCS#8 or PKCS#1, PEM or DER; enforces the size policy.
pub fn parse_private_key(pem_or_der: &[u8]) -> Result<RsaPrivateKey, Error> {
	let key = match core::str::from_utf8(pem_or_der) {
		Ok(text) if text.trim_start().starts_with("-----BEGIN") => {
			let text = text.trim();
			RsaPrivateKey::from_pkcs8_pem(text)
				.or_else(|_| RsaPrivateKey::from_pkcs1_pem(text).map_err(|_| ()))
		},
		_ => RsaPrivateKey::from_pkcs8_der(pem_or_der)
			.or_else(|_| RsaPrivateKey::from_pkcs1_der(pem_or_der).map_err(|_| ())),
	}
	.map_err(|_| Error::InvalidPrivateKey)?;
	check_bits(modulus_bits(&key))?;
	Ok(key)
}

/// The DER SubjectPublicKeyInfo of a private key's public half (what the chain registers).
pub fn public_key_der(private: &RsaPrivateKey) -> Result<Vec<u8>, Error> {
	let doc = private.as_public_key().to_public_key_der().map_err(|_| Error::Encoding)?;
	Ok(doc.as_bytes().to_vec())
}

/// PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`, LF line endings) of a private key.
///
/// Returns a `Result` because the underlying encoder is fallible. The caller owns the
/// secret text: wipe it (e.g. `zeroize`) when done.
pub fn private_key_to_pem(private: &RsaPrivateKey) -> Result<String, Error> {
	let pem = private.to_pkcs8_pem(LineEnding::LF).map_err(|_| Error::Encoding)?;
	Ok(String::from(pem.as_str()))
}

/// SPKI PEM (`-----BEGIN PUBLIC KEY-----`, LF) of a DER SubjectPublicKeyInfo key,
/// after validating it like [`parse_public_key`].
pub fn public_key_to_pem(spki_der: &[u8]) -> Result<String, Error> {
	let key = parse_public_key(spki_der)?;
	key.to_public_key_pem(LineEnding::LF).map_err(|_| Error::Encoding)
}

/// DER SubjectPublicKeyInfo from a `-----BEGIN PUBLIC KEY-----` PEM, validated.
pub fn public_key_der_from_pem(pem: &str) -> Result<Vec<u8>, Error> {
	use rsa::pkcs8::DecodePublicKey as _;
	let key = RsaPublicKey::from_public_key_pem(pem.trim()).map_err(|_| Error::InvalidPublicKey)?;
	let der = key.to_public_key_der().map_err(|_| Error::Encoding)?;
	// Re-run the full policy (size limits, rsaEncryption OID) on the canonical DER.
	parse_public_key(der.as_bytes())?;
	Ok(der.as_bytes().to_vec())
}

/// Generates an RSA key pair (exponent 65537) with the operating system RNG and returns
/// it with the public key's DER SubjectPublicKeyInfo. `bits` must be within
/// [`MIN_RSA_BITS`]..=[`MAX_RSA_BITS`].
#[cfg(feature = "std")]
pub fn generate_keypair(bits: usize) -> Result<(RsaPrivateKey, Vec<u8>), Error> {
	check_bits(bits)?;
	let mut rng = crate::os_rng();
	let key = RsaPrivateKey::new(&mut rng, bits).map_err(|_| Error::KeyGeneration)?;
	let der = public_key_der(&key)?;
	Ok((key, der))
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	fn tlv(tag: u8, content: &[u8]) -> Vec<u8> {
		let mut out = vec![tag];
		let len = content.len();
		if len < 0x80 {
			out.push(len as u8);
		} else if len < 0x100 {
			out.extend_from_slice(&[0x81, len as u8]);
		} else {
			out.extend_from_slice(&[0x82, (len >> 8) as u8, len as u8]);
		}
		out.extend_from_slice(content);
		out
	}

	/// A DER SubjectPublicKeyInfo for modulus `n` and exponent `e` (big-endian, minimal).
	fn spki(n: &[u8], e: &[u8]) -> Vec<u8> {
		let int = |v: &[u8]| {
			let mut c = Vec::new();
			if v[0] & 0x80 != 0 {
				c.push(0);
			}
			c.extend_from_slice(v);
			tlv(0x02, &c)
		};
		let rsa_key = tlv(0x30, &[int(n), int(e)].concat());
		let oid = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
		let alg = tlv(0x30, &[&oid[..], &[0x05, 0x00]].concat());
		let bits = tlv(0x03, &[&[0u8][..], &rsa_key].concat());
		tlv(0x30, &[alg, bits].concat())
	}

	fn modulus(bits: usize) -> Vec<u8> {
		// Odd, top bit set, exactly `bits` bits (`bits` a multiple of 8 here, or +1).
		let mut n = vec![0xa5u8; bits.div_ceil(8)];
		let top = bits % 8;
		n[0] = if top == 0 { 0xc3 } else { 1 << (top - 1) };
		*n.last_mut().unwrap() |= 1;
		n
	}

	#[test]
	fn bit_length_ignores_leading_zeros() {
		assert_eq!(bit_length(&[]), 0);
		assert_eq!(bit_length(&[0, 0]), 0);
		assert_eq!(bit_length(&[1]), 1);
		assert_eq!(bit_length(&[0, 0x80, 0]), 16);
		assert_eq!(bit_length(&[0x7f, 0xff]), 15);
	}

	#[test]
	fn size_policy_boundaries() {
		let f4 = [0x01, 0x00, 0x01];
		assert_eq!(public_key_bits(&spki(&modulus(2048), &f4)), Ok(2048));
		assert_eq!(public_key_bits(&spki(&modulus(4096), &f4)), Ok(4096));
		assert_eq!(public_key_bits(&spki(&modulus(3072), &f4)), Ok(3072));
		// 2047 bits: the same byte length as 2048 but one bit short.
		let mut n2047 = modulus(2048);
		n2047[0] = 0x40;
		assert_eq!(public_key_bits(&spki(&n2047, &f4)), Err(Error::KeyTooSmall));
		assert_eq!(public_key_bits(&spki(&modulus(1024), &f4)), Err(Error::KeyTooSmall));
		assert_eq!(public_key_bits(&spki(&modulus(4097), &f4)), Err(Error::KeyTooLarge));
		assert_eq!(public_key_bits(&spki(&modulus(8192), &f4)), Err(Error::KeyTooLarge));
		// An even modulus or exponent 1 is not an RSA key.
		let mut even = modulus(2048);
		*even.last_mut().unwrap() &= 0xfe;
		assert_eq!(public_key_bits(&spki(&even, &f4)), Err(Error::InvalidPublicKey));
		assert_eq!(public_key_bits(&spki(&modulus(2048), &[1])), Err(Error::InvalidPublicKey));
	}

	#[test]
	fn max_spki_der_len_is_the_largest_accepted_key() {
		let f4 = [0x01, 0x00, 0x01];
		let largest = spki(&modulus(4096), &f4);
		assert_eq!(largest.len(), crate::MAX_SPKI_DER_LEN);
		assert_eq!(public_key_bits(&largest), Ok(4096));
		assert_eq!(spki(&modulus(2048), &f4).len(), 294);
		// Only the exponent 65537 is accepted: 3, or a larger one, is refused.
		for e in [&[0x03][..], &[0x01, 0x00, 0x00, 0x01], &[0x01, 0xff, 0xff, 0xff, 0xff]] {
			assert_eq!(public_key_bits(&spki(&modulus(4096), e)), Err(Error::InvalidPublicKey));
		}
	}

	#[test]
	fn oversized_input_is_refused_before_parsing() {
		assert_eq!(public_key_bits(&vec![0x30; PARSE_CAP + 1]), Err(Error::InvalidPublicKey));
	}
}
