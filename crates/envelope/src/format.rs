//! The canonical byte formats of envelope v1: plaintext `P`, associated data and
//! commitment `H`. Byte-level description: `test-vectors/README.md`.

use alloc::{string::String, vec::Vec};
use codec::{Compact, Decode, Encode};
use rsa::sha2::{Digest, Sha256};

use crate::{Error, AAD_TAG, COMMITMENT_TAG, ENVELOPE_VERSION, SALT_LEN};

/// The sensitive borrower fields sealed in an envelope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BorrowerData {
	/// Borrower's full name (UTF-8).
	pub name: String,
	/// National identity document number.
	pub id_number: String,
	/// Mobile phone number.
	pub mobile: String,
	/// Vehicle licence plate, for vehicle loans.
	pub licence_plate: Option<String>,
	/// Vehicle engine number, for vehicle loans.
	pub engine_number: Option<String>,
}

/// Public context bound to the ciphertext as AES-GCM associated data: an envelope
/// only opens under the chain, contributor and plan reference it was sealed for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Context<'a> {
	/// Opaque chain identifier agreed by all implementations (e.g. the genesis hash).
	pub chain_id: &'a [u8],
	/// The contributing institution's id (`InstitutionId`).
	pub contributor: u32,
	/// The contributor's external reference of the loan plan.
	pub external_ref: &'a [u8],
}

/// Encodes `P = SCALE(name, id_number, mobile, licence_plate, engine_number) ‖ salt`.
pub fn plaintext(data: &BorrowerData, salt: &[u8; SALT_LEN]) -> Vec<u8> {
	let mut out = Vec::with_capacity(
		data.name.len()
			+ data.id_number.len()
			+ data.mobile.len()
			+ data.licence_plate.as_ref().map_or(0, String::len)
			+ data.engine_number.as_ref().map_or(0, String::len)
			+ SALT_LEN
			+ 17,
	);
	data.name.encode_to(&mut out);
	data.id_number.encode_to(&mut out);
	data.mobile.encode_to(&mut out);
	data.licence_plate.encode_to(&mut out);
	data.engine_number.encode_to(&mut out);
	out.extend_from_slice(salt);
	out
}

/// Decodes a plaintext produced by [`plaintext`]; rejects anything that would not
/// re-encode to exactly the same bytes.
pub fn decode_plaintext(p: &[u8]) -> Result<(BorrowerData, [u8; SALT_LEN]), Error> {
	let body_len = p.len().checked_sub(SALT_LEN).ok_or(Error::InvalidPlaintext)?;
	let (mut body, salt) = p.split_at(body_len);
	let data = BorrowerData {
		name: String::decode(&mut body).map_err(|_| Error::InvalidPlaintext)?,
		id_number: String::decode(&mut body).map_err(|_| Error::InvalidPlaintext)?,
		mobile: String::decode(&mut body).map_err(|_| Error::InvalidPlaintext)?,
		licence_plate: Option::<String>::decode(&mut body).map_err(|_| Error::InvalidPlaintext)?,
		engine_number: Option::<String>::decode(&mut body).map_err(|_| Error::InvalidPlaintext)?,
	};
	let salt: [u8; SALT_LEN] = salt.try_into().map_err(|_| Error::InvalidPlaintext)?;
	// Trailing bytes, or a non-minimal compact length, make the encoding non-canonical.
	if !body.is_empty() || plaintext(&data, &salt).as_slice() != p {
		return Err(Error::InvalidPlaintext);
	}
	Ok((data, salt))
}

/// Associated data: `AAD_TAG ‖ version ‖ SCALE(chain_id) ‖ contributor (u32 LE) ‖ SCALE(external_ref)`,
/// where `SCALE(bytes)` is a compact length prefix followed by the bytes.
pub fn associated_data(ctx: &Context) -> Vec<u8> {
	let mut out = Vec::with_capacity(
		AAD_TAG.len() + 1 + 5 + ctx.chain_id.len() + 4 + 5 + ctx.external_ref.len(),
	);
	out.extend_from_slice(AAD_TAG);
	out.push(ENVELOPE_VERSION);
	encode_bytes(ctx.chain_id, &mut out);
	out.extend_from_slice(&ctx.contributor.to_le_bytes());
	encode_bytes(ctx.external_ref, &mut out);
	out
}

/// The commitment `H = SHA-256(COMMITMENT_TAG ‖ P)`.
pub fn commitment(plaintext: &[u8]) -> [u8; 32] {
	let mut hasher = Sha256::new();
	hasher.update(COMMITMENT_TAG);
	hasher.update(plaintext);
	hasher.finalize().into()
}

fn encode_bytes(bytes: &[u8], out: &mut Vec<u8>) {
	// SCALE lengths are u32; a context field over 4 GiB is not a realistic input, and
	// saturating keeps this function total (no panic in runtime code).
	let len = u32::try_from(bytes.len()).unwrap_or(u32::MAX);
	Compact(len).encode_to(out);
	out.extend_from_slice(bytes);
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	fn data() -> BorrowerData {
		BorrowerData {
			name: "A".into(),
			id_number: "B".into(),
			mobile: "C".into(),
			licence_plate: None,
			engine_number: Some("E".into()),
		}
	}

	#[test]
	fn plaintext_layout_is_scale_fields_then_salt() {
		let salt = [9u8; SALT_LEN];
		let p = plaintext(&data(), &salt);
		let mut want = vec![0x04, b'A', 0x04, b'B', 0x04, b'C', 0x00, 0x01, 0x04, b'E'];
		want.extend_from_slice(&salt);
		assert_eq!(p, want);
		assert_eq!(decode_plaintext(&p), Ok((data(), salt)));
	}

	#[test]
	fn non_canonical_plaintexts_are_refused() {
		let salt = [0u8; SALT_LEN];
		let p = plaintext(&data(), &salt);
		// Too short for the salt.
		assert_eq!(decode_plaintext(&p[..SALT_LEN - 1]), Err(Error::InvalidPlaintext));
		// An extra byte before the salt.
		let mut extra = p[..p.len() - SALT_LEN].to_vec();
		extra.push(0);
		extra.extend_from_slice(&salt);
		assert_eq!(decode_plaintext(&extra), Err(Error::InvalidPlaintext));
		// Option tag other than 0/1.
		let mut bad_tag = p.clone();
		bad_tag[6] = 2;
		assert_eq!(decode_plaintext(&bad_tag), Err(Error::InvalidPlaintext));
		// Invalid UTF-8.
		let mut bad_utf8 = p.clone();
		bad_utf8[1] = 0xff;
		assert_eq!(decode_plaintext(&bad_utf8), Err(Error::InvalidPlaintext));
		// A two-byte compact length for a one-byte string (non-minimal).
		let mut long_len = vec![0x05, 0x00, b'A'];
		long_len.extend_from_slice(&p[2..]);
		assert_eq!(decode_plaintext(&long_len), Err(Error::InvalidPlaintext));
	}

	#[test]
	fn associated_data_layout() {
		let ctx = Context { chain_id: &[0xaa, 0xbb], contributor: 0x0102_0304, external_ref: b"x" };
		let mut want = AAD_TAG.to_vec();
		want.extend_from_slice(&[
			ENVELOPE_VERSION,
			0x08,
			0xaa,
			0xbb,
			0x04,
			0x03,
			0x02,
			0x01,
			0x04,
			b'x',
		]);
		assert_eq!(associated_data(&ctx), want);
	}

	#[test]
	fn commitment_is_tagged_sha256() {
		let mut tagged = COMMITMENT_TAG.to_vec();
		tagged.extend_from_slice(b"P");
		assert_eq!(commitment(b"P"), <[u8; 32]>::from(Sha256::digest(&tagged)));
		assert_ne!(commitment(b"P"), <[u8; 32]>::from(Sha256::digest(b"P")));
	}
}
