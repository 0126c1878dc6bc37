//! The data of the pallet: what a contributor publishes ([`PlanInput`]), what
//! the chain keeps of a plan ([`Plan`]) and of a confirmation ([`Confirmation`]).
//!
//! Types with bounded fields are generic over the pallet's [`Config`], whose
//! `Get<u32>` constants bound them; use the [`PlanOf`], [`PlanInputOf`] and
//! [`ConfirmationOf`] aliases. Every type also (de)serialises with serde under
//! `std`, because the node's `loanShare_*` RPCs return them as JSON.
use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PalletError, PartialEqNoBound,
};
use loanshare_primitives::{EscrowId, Fen, InstitutionId, KeyId, Moment, PlanId, TokenBalance};
use scale_info::TypeInfo;

/// The envelope format version the chain accepts (defined by `loanshare-envelope`).
pub use loanshare_envelope::ENVELOPE_VERSION;

/// Basis points in 100%: `token_rate` is quoted per 10,000 RMB, so the fee divides by this.
pub const FEE_RATE_DIVISOR: u128 = 10_000;

/// The kind of loan a plan shares.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum LoanType {
	/// 信用贷: unsecured credit loan.
	Cash,
	/// 消费贷: consumption loan.
	Consumption,
	/// 公积金贷: loan against the housing provident fund.
	ProvidentFund,
	/// 企业贷: enterprise loan.
	Enterprise,
	/// 车辆抵押贷: car mortgage (needs [`CarCollateral`]).
	CarMortgage,
	/// 保单贷: loan against an insurance policy.
	Policy,
	/// 车辆质押: car pledge (needs [`CarCollateral`]).
	CarPledge,
}

impl LoanType {
	/// Whether plans of this type must describe the car collateral.
	pub fn is_car_loan(&self) -> bool {
		matches!(self, LoanType::CarMortgage | LoanType::CarPledge)
	}
}

/// The car behind a car loan (its plate and engine number are in the envelope).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct CarCollateral {
	/// Odometer reading in kilometres.
	pub mileage_km: u32,
	/// Purchase date as the decimal number YYYYMMDD (e.g. 20210315).
	pub purchase_date: u32,
}

/// The contributor's risk assessment of the borrower.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct RiskResult {
	/// Risk score (the contributor's own scale).
	pub score: u16,
	/// Loan limit the contributor approved, in fen.
	pub approved_limit: Fen,
	/// Limit the contributor suggests sharing, in fen.
	pub suggested_share_limit: Fen,
}

/// Optional links to risk data (traffic fines, phone records, medical records): URLs as bytes.
pub type RiskLinks<T> =
	BoundedVec<BoundedVec<u8, <T as Config>::MaxLinkLen>, <T as Config>::MaxLinks>;

/// The contributor's own reference of a plan (unique per contributor).
pub type ExternalRefOf<T> = BoundedVec<u8, <T as Config>::MaxRefLen>;

/// On what terms participants may take shares of a plan.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct ShareConditions {
	/// Total amount participants may take, in fen (> 0 and ≤ the plan's amount).
	pub shared_limit: Fen,
	/// Smallest share a participant may take, in fen (≥ the chain's `MinShareFloor`, ≤
	/// `shared_limit`): the borrower's data only goes to an institution taking a real part.
	pub min_share: Fen,
	/// Lowest annual rate a participant may quote, in basis points (1800 = 18%).
	pub min_rate_bp: u32,
	/// Highest annual rate a participant may quote, in basis points (≤ the regulatory cap).
	pub max_rate_bp: u32,
	/// Fee: whole TOKEN per 10,000 RMB taken (> 0).
	pub token_rate: u32,
	/// Most participants the plan accepts (≥ 1, ≤ `MaxParticipants`).
	pub max_participants: u32,
	/// First moment (ms since the Unix epoch) a confirmation is accepted.
	pub start: Moment,
	/// Last moment (ms since the Unix epoch, inclusive) a confirmation is accepted.
	pub end: Moment,
}

/// The sealed borrower data (see DOMAIN.md, "The envelope and the handoff").
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize), serde(bound = ""))]
pub struct EnvelopeRef<T: Config> {
	/// Envelope format version (must be [`ENVELOPE_VERSION`]).
	pub version: u8,
	/// AES-256-GCM ciphertext of the sensitive fields plus salt.
	pub ciphertext: BoundedVec<u8, T::MaxCiphertextLen>,
	/// AES-GCM nonce.
	pub nonce: [u8; 12],
	/// SHA-256 commitment to the plaintext.
	pub commitment: [u8; 32],
	/// The data key, RSA-OAEP-wrapped to the contributor's key `key_id`.
	pub wrapped_key: BoundedVec<u8, T::MaxWrappedKeyLen>,
	/// The contributor's public key the data key is wrapped to (its current key).
	pub key_id: KeyId,
}

/// Everything a contributor sends to publish one plan.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize), serde(bound = ""))]
pub struct PlanInput<T: Config> {
	/// The contributor's own reference (non-empty, unique per contributor).
	pub external_ref: ExternalRefOf<T>,
	/// Kind of loan.
	pub loan_type: LoanType,
	/// Requested loan amount, in fen.
	pub amount: Fen,
	/// The car, required exactly for [`LoanType::is_car_loan`] types.
	pub car: Option<CarCollateral>,
	/// The contributor's risk result.
	pub risk: RiskResult,
	/// Optional risk-data links.
	pub links: RiskLinks<T>,
	/// Share conditions.
	pub conditions: ShareConditions,
	/// The sealed borrower data.
	pub envelope: EnvelopeRef<T>,
}

/// Where a plan stands.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub enum PlanStatus {
	/// Accepting confirmations (within its time window).
	Open,
	/// The shared limit or the participant count was reached.
	Filled,
	/// Its end passed before it was filled.
	Expired,
	/// The contributor withdrew it before anyone confirmed.
	Withdrawn,
}

/// A published plan, as stored: the contributor's [`PlanInput`], unchanged after
/// publication, plus what the chain tracks. Reads of the input's fields go through
/// `Deref` (`plan.conditions`); the RPC's JSON nests them under `input`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize), serde(bound = ""))]
pub struct Plan<T: Config> {
	/// Plan id.
	pub id: PlanId,
	/// The publishing institution.
	pub contributor: InstitutionId,
	/// What the contributor published.
	pub input: PlanInput<T>,
	/// Where the plan stands.
	pub status: PlanStatus,
	/// Amount taken by confirmations so far, in fen.
	pub taken: Fen,
	/// Number of confirmations so far.
	pub participants: u32,
	/// When it was published (ms since the Unix epoch).
	pub published_at: Moment,
}

impl<T: Config> core::ops::Deref for Plan<T> {
	type Target = PlanInput<T>;
	fn deref(&self) -> &PlanInput<T> {
		&self.input
	}
}

impl<T: Config> Plan<T> {
	/// A new open plan from a contributor's input.
	pub fn new(
		id: PlanId,
		contributor: InstitutionId,
		input: PlanInput<T>,
		published_at: Moment,
	) -> Self {
		Plan {
			id,
			contributor,
			input,
			status: PlanStatus::Open,
			taken: 0,
			participants: 0,
			published_at,
		}
	}

	/// What remains of the shared limit.
	pub fn remaining(&self) -> Fen {
		self.conditions.shared_limit.saturating_sub(self.taken)
	}
}

/// A participant's share of a plan.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
#[cfg_attr(feature = "std", derive(serde::Serialize, serde::Deserialize))]
pub struct Confirmation {
	/// The plan.
	pub plan: PlanId,
	/// The institution that took the share.
	pub participant: InstitutionId,
	/// Amount taken, in fen.
	pub amount: Fen,
	/// Annual rate quoted, in basis points.
	pub rate_bp: u32,
	/// Fee paid, in token units (held in escrow until the handoff).
	pub fee: TokenBalance,
	/// The escrow holding the fee.
	pub escrow: EscrowId,
	/// When it was confirmed (ms since the Unix epoch).
	pub at: Moment,
}

/// A stored plan of the runtime `T`.
pub type PlanOf<T> = Plan<T>;
/// A plan input of the runtime `T`.
pub type PlanInputOf<T> = PlanInput<T>;
/// A confirmation of the runtime `T` (it has no bounded fields, so it is the same for every `T`).
pub type ConfirmationOf<T> = <T as ConfirmationType>::Confirmation;

/// Names the confirmation type of a runtime, so that [`ConfirmationOf`] reads like [`PlanOf`].
pub trait ConfirmationType {
	/// The confirmation type.
	type Confirmation;
}

impl<T: Config> ConfirmationType for T {
	type Confirmation = Confirmation;
}

/// Why a plan cannot be published: carried by `Error::InvalidPlan` (`publish`) and by
/// `Error::BatchItemInvalid` next to the index of the offending item (`publish_batch`).
#[derive(
	Encode, Decode, DecodeWithMemTracking, TypeInfo, PalletError, Clone, Copy, PartialEq, Eq, Debug,
)]
pub enum PlanRejection {
	/// The external reference is empty.
	EmptyExternalRef,
	/// The contributor already published a plan with this external reference.
	DuplicateExternalRef,
	/// `min_rate_bp` is above `max_rate_bp`.
	InvalidRateRange,
	/// `max_rate_bp` is above the regulatory cap.
	RateAboveCap,
	/// `start` is not before `end`.
	InvalidWindow,
	/// `end` is not in the future.
	EndInPast,
	/// The shared limit is zero.
	ZeroSharedLimit,
	/// The shared limit is above the requested amount.
	SharedLimitAboveAmount,
	/// `max_participants` is zero or above `MaxParticipants`.
	InvalidMaxParticipants,
	/// The token fee rate is zero.
	ZeroTokenRate,
	/// The contributor has no registered public key.
	NoPublicKey,
	/// The envelope is wrapped to a key other than the contributor's current key.
	EnvelopeKeyMismatch,
	/// The envelope version is not [`ENVELOPE_VERSION`].
	UnsupportedEnvelopeVersion,
	/// The envelope has an empty ciphertext or wrapped key.
	EmptyEnvelope,
	/// A car loan without car collateral.
	MissingCarCollateral,
	/// Car collateral on a loan type that is not a car loan.
	UnexpectedCarCollateral,
	/// `min_share` is below the chain's `MinShareFloor`.
	MinShareBelowFloor,
	/// `min_share` is above the shared limit.
	MinShareAboveLimit,
}
