//! The chain's records as this client reads and writes them.
//!
//! These are not copies of the runtime's Rust types: they are decoded and encoded
//! *by name* against the metadata the node serves (`DecodeAsType`/`EncodeAsType`).
//! A runtime upgrade that adds a field or a variant leaves them working; one that
//! removes or retypes a field they use fails with an error naming it.
use scale_decode::DecodeAsType;
use scale_encode::EncodeAsType;
use serde::Serialize;
use subxt::utils::AccountId32;

/// An institution's id on chain.
pub type InstitutionId = u32;
/// A plan's id.
pub type PlanId = u64;
/// Amounts in fen (1/100 RMB); token balances use the same unit (1 TOKEN = 1 RMB).
pub type Fen = u128;

/// Serialises bytes as UTF-8 text when they are, as `0x…` hex otherwise.
pub fn text_or_hex<S: serde::Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
	s.serialize_str(&bytes_to_text(bytes))
}

/// Serialises bytes as `0x…` hex.
pub fn hex_bytes<S: serde::Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
	s.serialize_str(&format!("0x{}", hex::encode(bytes)))
}

/// Bytes as text when they are UTF-8, as `0x…` hex otherwise.
pub fn bytes_to_text(bytes: &[u8]) -> String {
	match std::str::from_utf8(bytes) {
		Ok(t) => t.to_owned(),
		Err(_) => format!("0x{}", hex::encode(bytes)),
	}
}

/// Kind of loan (variant names as on chain).
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType, EncodeAsType, Serialize)]
pub enum LoanType {
	/// Cash loan.
	Cash,
	/// Consumption loan.
	Consumption,
	/// Provident-fund loan.
	ProvidentFund,
	/// Enterprise loan.
	Enterprise,
	/// Car mortgage.
	CarMortgage,
	/// Policy loan.
	Policy,
	/// Car pledge.
	CarPledge,
}

/// The car behind a car loan.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType, EncodeAsType, Serialize)]
pub struct CarCollateral {
	/// Mileage in km.
	pub mileage_km: u32,
	/// Purchase date as `yyyymmdd`.
	pub purchase_date: u32,
}

/// The contributor's risk result.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType, EncodeAsType, Serialize)]
pub struct RiskResult {
	/// Risk score.
	pub score: u16,
	/// Approved limit, fen.
	pub approved_limit: Fen,
	/// Suggested share limit, fen.
	pub suggested_share_limit: Fen,
}

/// Share conditions.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType, EncodeAsType, Serialize)]
pub struct ShareConditions {
	/// Most that all participants together may take, fen.
	pub shared_limit: Fen,
	/// Least one participant may take, fen (at least the chain's `MinShareFloor`, at most
	/// the shared limit).
	pub min_share: Fen,
	/// Lowest annual rate a participant may offer, basis points.
	pub min_rate_bp: u32,
	/// Highest annual rate, basis points.
	pub max_rate_bp: u32,
	/// Token fee per 10,000 fen taken.
	pub token_rate: u32,
	/// Most participants.
	pub max_participants: u32,
	/// Opening time, unix ms.
	pub start: u64,
	/// Closing time, unix ms.
	pub end: u64,
}

/// The sealed borrower data of a plan.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType, EncodeAsType, Serialize)]
pub struct EnvelopeRef {
	/// Envelope format version.
	pub version: u8,
	/// AES-256-GCM ciphertext of the borrower data.
	#[serde(serialize_with = "hex_bytes")]
	pub ciphertext: Vec<u8>,
	/// GCM nonce.
	#[serde(serialize_with = "hex_bytes")]
	pub nonce: [u8; 12],
	/// Commitment to the plaintext.
	#[serde(serialize_with = "hex_bytes")]
	pub commitment: [u8; 32],
	/// The data key wrapped to the contributor's RSA key.
	#[serde(serialize_with = "hex_bytes")]
	pub wrapped_key: Vec<u8>,
	/// The contributor key it is wrapped to.
	pub key_id: u32,
}

/// What a contributor publishes.
#[derive(Debug, Clone, PartialEq, Eq, DecodeAsType, EncodeAsType, Serialize)]
pub struct PlanInput {
	/// The contributor's own reference.
	#[serde(serialize_with = "text_or_hex")]
	pub external_ref: Vec<u8>,
	/// Kind of loan.
	pub loan_type: LoanType,
	/// Loan amount, fen.
	pub amount: Fen,
	/// The car, for car loans.
	pub car: Option<CarCollateral>,
	/// Risk result.
	pub risk: RiskResult,
	/// Risk-data links.
	#[serde(serialize_with = "links_as_text")]
	pub links: Vec<Vec<u8>>,
	/// Share conditions.
	pub conditions: ShareConditions,
	/// The sealed borrower data.
	pub envelope: EnvelopeRef,
}

fn links_as_text<S: serde::Serializer>(links: &[Vec<u8>], s: S) -> Result<S::Ok, S::Error> {
	s.collect_seq(links.iter().map(|l| bytes_to_text(l)))
}

/// Where a plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType, Serialize)]
pub enum PlanStatus {
	/// Accepting confirmations.
	Open,
	/// Shared limit or participant count reached.
	Filled,
	/// Ended unfilled.
	Expired,
	/// Withdrawn by its contributor.
	Withdrawn,
}

/// A published plan.
#[derive(Debug, Clone, DecodeAsType, Serialize)]
pub struct Plan {
	/// Plan id.
	pub id: PlanId,
	/// Contributor institution.
	pub contributor: InstitutionId,
	/// What was published.
	pub input: PlanInput,
	/// Status.
	pub status: PlanStatus,
	/// Taken so far, fen.
	pub taken: Fen,
	/// Participants so far.
	pub participants: u32,
	/// Publication time, unix ms.
	pub published_at: u64,
}

/// A participant's share of a plan.
#[derive(Debug, Clone, DecodeAsType, Serialize)]
pub struct Confirmation {
	/// Plan id.
	pub plan: PlanId,
	/// Participant institution.
	pub participant: InstitutionId,
	/// Amount taken, fen.
	pub amount: Fen,
	/// Rate offered, basis points.
	pub rate_bp: u32,
	/// Fee paid, fen.
	pub fee: Fen,
	/// The fee's escrow.
	pub escrow: u64,
	/// When, unix ms.
	pub at: u64,
}

/// Where a handoff stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType, Serialize)]
pub enum HandoffStatus {
	/// Waiting for the contributor's delivery; the fee is held.
	Pending,
	/// Delivered; the participant may accept, prove a bad delivery or complain until the
	/// challenge window ends. The fee is held.
	Delivered,
	/// The participant complained; the council rules. The fee is held.
	Complained,
	/// The participant accepted; the fee went to the contributor.
	Accepted,
	/// The challenge window ended; the fee went to the contributor.
	Released,
	/// Not delivered in time; the fee went back to the participant.
	Refunded,
	/// A bad delivery was proven; the fee went back to the participant.
	BadDelivery,
	/// The council ruled a refund; the fee went back to the participant.
	RuledRefund,
	/// The council ruled a release; the fee went to the contributor.
	RuledRelease,
}

impl HandoffStatus {
	/// Whether the fee is still held (the handoff is not settled).
	pub fn fee_held(self) -> bool {
		matches!(
			self,
			HandoffStatus::Pending | HandoffStatus::Delivered | HandoffStatus::Complained
		)
	}

	/// What the status means, in a few words.
	pub fn describe(self) -> &'static str {
		match self {
			HandoffStatus::Pending => "pending: waiting for the contributor's delivery (fee held)",
			HandoffStatus::Delivered => {
				"delivered: the participant may accept, prove a bad delivery or complain (fee held)"
			},
			HandoffStatus::Complained => "complained: the council rules (fee held)",
			HandoffStatus::Accepted => "accepted: the fee went to the contributor",
			HandoffStatus::Released => {
				"released: the challenge window ended, the fee went to the contributor"
			},
			HandoffStatus::Refunded => "refunded: not delivered in time, the fee went back",
			HandoffStatus::BadDelivery => "bad delivery proven: the fee went back",
			HandoffStatus::RuledRefund => "the council ruled a refund: the fee went back",
			HandoffStatus::RuledRelease => {
				"the council ruled a release: the fee went to the contributor"
			},
		}
	}
}

/// The data-key handoff of one confirmation.
#[derive(Debug, Clone, DecodeAsType, Serialize)]
pub struct Handoff {
	/// Contributor institution.
	pub contributor: InstitutionId,
	/// The fee's escrow.
	pub escrow: u64,
	/// The plan's data key, wrapped to the contributor.
	#[serde(serialize_with = "hex_bytes")]
	pub wrapped_key: Vec<u8>,
	/// Contributor key it is wrapped to.
	pub contributor_key_id: u32,
	/// The participant's key when the handoff was requested.
	pub participant_key_id: u32,
	/// Block of the request.
	pub requested_at: u32,
	/// Status.
	pub status: HandoffStatus,
	/// The re-wrapped key, once delivered.
	#[serde(serialize_with = "opt_hex")]
	pub delivered_key: Option<Vec<u8>>,
	/// The participant key it was delivered to.
	pub delivered_key_id: Option<u32>,
	/// Block of the delivery (the challenge window starts there).
	pub delivered_at: Option<u32>,
}

fn opt_hex<S: serde::Serializer>(b: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
	match b {
		Some(b) => hex_bytes(b, s),
		None => s.serialize_none(),
	}
}

/// A registered RSA public key.
#[derive(Debug, Clone, DecodeAsType)]
pub struct RegisteredKey {
	/// SubjectPublicKeyInfo DER.
	pub der: Vec<u8>,
	/// Modulus size.
	pub bits: u32,
}

/// Where a redemption stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType, Serialize)]
pub enum RedemptionStatus {
	/// Waiting for an issuer.
	Pending,
	/// Paid out by this issuer.
	Settled(InstitutionId),
	/// Refused by this issuer.
	Rejected(InstitutionId),
}

/// A request to redeem tokens for RMB.
#[derive(Debug, Clone, DecodeAsType, Serialize)]
pub struct Redemption {
	/// Requesting institution.
	pub requester: InstitutionId,
	/// Amount, fen.
	pub amount: Fen,
	/// Status.
	pub status: RedemptionStatus,
}

/// A consortium role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType, EncodeAsType, Serialize)]
pub enum Role {
	/// Publishes plans.
	Contributor,
	/// Confirms shares.
	Participator,
	/// Mints and redeems tokens.
	TokenIssuer,
	/// Sells data services.
	DataServiceProvider,
	/// Reads everything.
	Regulator,
}

/// An institution's standing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, DecodeAsType, Serialize)]
pub enum InstitutionStatus {
	/// A member.
	Active,
	/// Temporarily barred.
	Suspended,
	/// Gone.
	Removed,
}

/// A consortium member.
#[derive(Debug, Clone, DecodeAsType, Serialize)]
pub struct Institution {
	/// Name.
	#[serde(serialize_with = "text_or_hex")]
	pub name: Vec<u8>,
	/// Roles.
	pub roles: Vec<Role>,
	/// Signing accounts.
	#[serde(serialize_with = "accounts_ss58")]
	pub accounts: Vec<AccountId32>,
	/// Standing.
	pub status: InstitutionStatus,
}

fn accounts_ss58<S: serde::Serializer>(a: &[AccountId32], s: S) -> Result<S::Ok, S::Error> {
	s.collect_seq(a.iter().map(|a| a.to_string()))
}

#[cfg(test)]
mod tests {
	//! Decoding by name against a registry, as against a runtime's metadata: fields a newer
	//! runtime adds are skipped; a field this client needs that is gone is named.
	use super::*;
	use codec::Encode;
	use scale_info::{PortableRegistry, Registry, TypeInfo};

	fn decode<T, D>(value: &T) -> Result<D, String>
	where
		T: Encode + scale_info::TypeInfo + 'static,
		D: DecodeAsType,
	{
		let mut registry = Registry::new();
		let id = registry.register_type(&scale_info::meta_type::<T>()).id;
		let registry: PortableRegistry = registry.into();
		let bytes = value.encode();
		D::decode_as_type(&mut &bytes[..], id, &registry).map_err(|e| e.to_string())
	}

	#[derive(Encode, TypeInfo)]
	struct NewerConfirmation {
		plan: u64,
		participant: u32,
		amount: u128,
		rate_bp: u32,
		fee: u128,
		escrow: u64,
		at: u64,
		challenge_until: u32,
	}

	#[derive(Encode, TypeInfo)]
	struct OlderConfirmation {
		plan: u64,
		participant: u32,
		amount: u128,
	}

	#[test]
	fn an_added_field_is_skipped() {
		let c: Confirmation = decode(&NewerConfirmation {
			plan: 7,
			participant: 2,
			amount: 500,
			rate_bp: 1500,
			fee: 1,
			escrow: 9,
			at: 3,
			challenge_until: 99,
		})
		.unwrap();
		assert_eq!((c.plan, c.participant, c.amount, c.rate_bp, c.escrow), (7, 2, 500, 1500, 9));
	}

	#[test]
	fn a_missing_field_is_named() {
		let e =
			decode::<_, Confirmation>(&OlderConfirmation { plan: 7, participant: 2, amount: 500 })
				.unwrap_err();
		assert!(e.contains("rate_bp"), "{e}");
	}

	#[derive(Encode, TypeInfo)]
	#[allow(dead_code)]
	enum NewerStatus {
		Pending,
		Delivered,
		Complained,
		Accepted,
		Released,
		Refunded,
		BadDelivery,
		RuledRefund,
		RuledRelease,
		Escalated,
	}

	#[test]
	fn an_added_variant_decodes_where_known_and_is_named_where_not() {
		for (on_chain, ours) in [
			(NewerStatus::Pending, HandoffStatus::Pending),
			(NewerStatus::Complained, HandoffStatus::Complained),
			(NewerStatus::BadDelivery, HandoffStatus::BadDelivery),
			(NewerStatus::RuledRelease, HandoffStatus::RuledRelease),
		] {
			assert_eq!(decode::<_, HandoffStatus>(&on_chain).unwrap(), ours);
		}
		let e = decode::<_, HandoffStatus>(&NewerStatus::Escalated).unwrap_err();
		assert!(e.contains("Escalated"), "{e}");
	}

	/// The runtime's handoff record (issue 15), field for field.
	#[derive(Encode, TypeInfo)]
	struct ChainHandoff {
		contributor: u32,
		escrow: u64,
		wrapped_key: Vec<u8>,
		contributor_key_id: u32,
		participant_key_id: u32,
		requested_at: u32,
		status: NewerStatus,
		delivered_key: Option<Vec<u8>>,
		delivered_key_id: Option<u32>,
		delivered_at: Option<u32>,
	}

	#[test]
	fn handoffs_decode_with_the_delivery_block() {
		let h: Handoff = decode(&ChainHandoff {
			contributor: 1,
			escrow: 7,
			wrapped_key: vec![1; 256],
			contributor_key_id: 2,
			participant_key_id: 3,
			requested_at: 40,
			status: NewerStatus::Delivered,
			delivered_key: Some(vec![9; 256]),
			delivered_key_id: Some(4),
			delivered_at: Some(45),
		})
		.unwrap();
		assert_eq!(
			(h.status, h.delivered_key_id, h.delivered_at),
			(HandoffStatus::Delivered, Some(4), Some(45))
		);
		assert!(h.status.fee_held());
		assert!(!HandoffStatus::RuledRefund.fee_held());
	}

	/// The runtime's share conditions (issue 15): `min_share` after `shared_limit`.
	#[derive(Encode, TypeInfo)]
	struct ChainConditions {
		shared_limit: u128,
		min_share: u128,
		min_rate_bp: u32,
		max_rate_bp: u32,
		token_rate: u32,
		max_participants: u32,
		start: u64,
		end: u64,
	}

	#[test]
	fn conditions_carry_the_minimum_share_both_ways() {
		let c: ShareConditions = decode(&ChainConditions {
			shared_limit: 900_000,
			min_share: 300_000,
			min_rate_bp: 1200,
			max_rate_bp: 1800,
			token_rate: 1,
			max_participants: 3,
			start: 1,
			end: 2,
		})
		.unwrap();
		assert_eq!((c.shared_limit, c.min_share, c.max_participants), (900_000, 300_000, 3));
		// Encoding by name against the runtime's type puts it where the runtime wants it.
		let mut registry = Registry::new();
		let id = registry.register_type(&scale_info::meta_type::<ChainConditions>()).id;
		let registry: PortableRegistry = registry.into();
		let ours = scale_encode::EncodeAsType::encode_as_type(&c, id, &registry).unwrap();
		let theirs = ChainConditions {
			shared_limit: 900_000,
			min_share: 300_000,
			min_rate_bp: 1200,
			max_rate_bp: 1800,
			token_rate: 1,
			max_participants: 3,
			start: 1,
			end: 2,
		}
		.encode();
		assert_eq!(ours, theirs);
	}
}
