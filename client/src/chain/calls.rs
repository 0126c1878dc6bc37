//! The runtime's calls, by pallet and name, with arguments named as on chain.
//!
//! Each function returns a [`CallSpec`]: a dynamic call whose arguments subxt
//! encodes against the node's metadata by field name. A call that a runtime
//! upgrade renamed or retyped fails before signing with an error naming it.
//! [`CallSpec::as_value`] nests a call inside another (a council proposal, sudo).
use super::types::{Fen, InstitutionId, PlanId, PlanInput, Role};
use scale_encode::EncodeAsType;
use scale_value::{Composite, Value};
use subxt::utils::AccountId32;

/// A call with named arguments.
#[derive(Clone, Debug)]
pub struct CallSpec {
	/// Pallet name.
	pub pallet: &'static str,
	/// Call name.
	pub name: &'static str,
	/// Arguments by name.
	pub args: Vec<(&'static str, Value)>,
}

impl CallSpec {
	fn new(pallet: &'static str, name: &'static str, args: Vec<(&'static str, Value)>) -> Self {
		CallSpec { pallet, name, args }
	}

	/// The payload to sign.
	pub fn payload(&self) -> subxt::tx::DynamicPayload<Composite<()>> {
		subxt::dynamic::tx(self.pallet, self.name, self.composite())
	}

	fn composite(&self) -> Composite<()> {
		Composite::named(self.args.iter().map(|(n, v)| ((*n).to_owned(), v.clone())))
	}

	/// The call as a `RuntimeCall` value, to nest in another call.
	pub fn as_value(&self) -> Value {
		Value::unnamed_variant(self.pallet, [Value::variant(self.name, self.composite())])
	}

	/// `Pallet.call`.
	pub fn label(&self) -> String {
		format!("{}.{}", self.pallet, self.name)
	}
}

fn u(n: impl Into<u128>) -> Value {
	Value::u128(n.into())
}

fn bytes(b: &[u8]) -> Value {
	Value::from_bytes(b)
}

fn account(a: &AccountId32) -> Value {
	Value::from_bytes(a.0)
}

fn option(v: Option<Value>) -> Value {
	match v {
		Some(v) => Value::unnamed_variant("Some", [v]),
		None => Value::unnamed_variant("None", []),
	}
}

fn role(r: Role) -> Value {
	let name = match r {
		Role::Contributor => "Contributor",
		Role::Participator => "Participator",
		Role::TokenIssuer => "TokenIssuer",
		Role::DataServiceProvider => "DataServiceProvider",
		Role::Regulator => "Regulator",
	};
	Value::unnamed_variant(name, [])
}

// ----- LoanShare ------------------------------------------------------------------

/// `LoanShare.publish_batch { items }`: typed, since a plan is a deep structure.
#[derive(EncodeAsType, Clone, Debug)]
pub struct PublishBatch {
	/// The plans.
	pub items: Vec<PlanInput>,
}

/// `LoanShare.publish_batch`.
pub fn publish_batch(items: Vec<PlanInput>) -> subxt::tx::DynamicPayload<PublishBatch> {
	subxt::dynamic::tx("LoanShare", "publish_batch", PublishBatch { items })
}

/// `LoanShare.confirm`: take `amount` of a plan at `rate_bp`.
pub fn confirm(plan: PlanId, amount: Fen, rate_bp: u32) -> CallSpec {
	CallSpec::new(
		"LoanShare",
		"confirm",
		vec![("plan", u(plan)), ("amount", u(amount)), ("rate_bp", u(rate_bp))],
	)
}

/// `LoanShare.withdraw`: the contributor withdraws an unconfirmed plan.
pub fn withdraw(plan: PlanId) -> CallSpec {
	CallSpec::new("LoanShare", "withdraw", vec![("plan", u(plan))])
}

/// `LoanShare.expire`: anyone ends a plan whose end has passed.
pub fn expire(plan: PlanId) -> CallSpec {
	CallSpec::new("LoanShare", "expire", vec![("plan", u(plan))])
}

/// `LoanShare.reap_ended`: anyone reaps up to `max` plans past their retention.
pub fn reap_ended(max: u32) -> CallSpec {
	CallSpec::new("LoanShare", "reap_ended", vec![("max", u(max))])
}

/// `LoanShare.set_rate_cap` (governance).
pub fn set_rate_cap(bp: u32) -> CallSpec {
	CallSpec::new("LoanShare", "set_rate_cap", vec![("bp", u(bp))])
}

// ----- KeyExchange ----------------------------------------------------------------

/// `KeyExchange.register_key`: register or rotate the institution's RSA key.
pub fn register_key(spki_der: &[u8]) -> CallSpec {
	CallSpec::new("KeyExchange", "register_key", vec![("spki_der", bytes(spki_der))])
}

/// `KeyExchange.deliver`: hand the re-wrapped data key to a participant.
pub fn deliver(plan: PlanId, participant: InstitutionId, rewrapped_key: &[u8]) -> CallSpec {
	CallSpec::new(
		"KeyExchange",
		"deliver",
		vec![
			("plan", u(plan)),
			("participant", u(participant)),
			("rewrapped_key", bytes(rewrapped_key)),
		],
	)
}

/// `KeyExchange.refund`: return a timed-out handoff's fee.
pub fn refund(plan: PlanId, participant: InstitutionId) -> CallSpec {
	CallSpec::new("KeyExchange", "refund", vec![("plan", u(plan)), ("participant", u(participant))])
}

/// `KeyExchange.dispute`: the participant records that the delivery is bad.
pub fn dispute(plan: PlanId, participant: InstitutionId, reason: &str) -> CallSpec {
	CallSpec::new(
		"KeyExchange",
		"dispute",
		vec![
			("plan", u(plan)),
			("participant", u(participant)),
			("reason", bytes(reason.as_bytes())),
		],
	)
}

// ----- Token ----------------------------------------------------------------------

/// `Token.recharge` (issuer): mint against an RMB payment reference.
pub fn recharge(to: InstitutionId, amount: Fen, payment_ref: &str) -> CallSpec {
	CallSpec::new(
		"Token",
		"recharge",
		vec![("to", u(to)), ("amount", u(amount)), ("payment_ref", bytes(payment_ref.as_bytes()))],
	)
}

/// `Token.transfer`.
pub fn transfer(to: InstitutionId, amount: Fen) -> CallSpec {
	CallSpec::new("Token", "transfer", vec![("to", u(to)), ("amount", u(amount))])
}

/// `Token.request_redemption`.
pub fn request_redemption(amount: Fen) -> CallSpec {
	CallSpec::new("Token", "request_redemption", vec![("amount", u(amount))])
}

/// `Token.settle_redemption` (issuer): paid out under `payout_ref`.
pub fn settle_redemption(id: u64, payout_ref: &str) -> CallSpec {
	CallSpec::new(
		"Token",
		"settle_redemption",
		vec![("id", u(id)), ("payout_ref", bytes(payout_ref.as_bytes()))],
	)
}

/// `Token.reject_redemption` (issuer).
pub fn reject_redemption(id: u64) -> CallSpec {
	CallSpec::new("Token", "reject_redemption", vec![("id", u(id))])
}

/// `Token.pay_data_service`.
pub fn pay_data_service(to: InstitutionId, amount: Fen, memo: &str) -> CallSpec {
	CallSpec::new(
		"Token",
		"pay_data_service",
		vec![("to", u(to)), ("amount", u(amount)), ("memo", bytes(memo.as_bytes()))],
	)
}

// ----- Consortium -----------------------------------------------------------------

/// `Consortium.admit` (governance).
pub fn admit(
	name: &str,
	roles: &[Role],
	accounts: &[AccountId32],
	validator: Option<&AccountId32>,
) -> CallSpec {
	CallSpec::new(
		"Consortium",
		"admit",
		vec![
			("name", bytes(name.as_bytes())),
			("roles", Value::unnamed_composite(roles.iter().map(|r| role(*r)))),
			("accounts", Value::unnamed_composite(accounts.iter().map(account))),
			("validator", option(validator.map(account))),
		],
	)
}

/// `Consortium.set_roles` (governance).
pub fn set_roles(id: InstitutionId, roles: &[Role]) -> CallSpec {
	CallSpec::new(
		"Consortium",
		"set_roles",
		vec![("id", u(id)), ("roles", Value::unnamed_composite(roles.iter().map(|r| role(*r))))],
	)
}

/// `Consortium.add_account` (governance).
pub fn add_account(id: InstitutionId, a: &AccountId32) -> CallSpec {
	CallSpec::new("Consortium", "add_account", vec![("id", u(id)), ("account", account(a))])
}

/// `Consortium.remove_account` (governance).
pub fn remove_account(id: InstitutionId, a: &AccountId32) -> CallSpec {
	CallSpec::new("Consortium", "remove_account", vec![("id", u(id)), ("account", account(a))])
}

/// `Consortium.suspend` (governance).
pub fn suspend(id: InstitutionId) -> CallSpec {
	CallSpec::new("Consortium", "suspend", vec![("id", u(id))])
}

/// `Consortium.resume` (governance).
pub fn resume(id: InstitutionId) -> CallSpec {
	CallSpec::new("Consortium", "resume", vec![("id", u(id))])
}

/// `Consortium.remove` (governance).
pub fn remove(id: InstitutionId) -> CallSpec {
	CallSpec::new("Consortium", "remove", vec![("id", u(id))])
}

/// `Consortium.set_validator` (governance).
pub fn set_validator(id: InstitutionId, validator: Option<&AccountId32>) -> CallSpec {
	CallSpec::new(
		"Consortium",
		"set_validator",
		vec![("id", u(id)), ("validator", option(validator.map(account)))],
	)
}

/// `Consortium.register_node`: the institution registers its node's libp2p peer id.
pub fn register_node(peer_id: &[u8]) -> CallSpec {
	CallSpec::new("Consortium", "register_node", vec![("peer_id", bytes(peer_id))])
}

/// `Consortium.deregister_node`.
pub fn deregister_node(peer_id: &[u8]) -> CallSpec {
	CallSpec::new("Consortium", "deregister_node", vec![("peer_id", bytes(peer_id))])
}

/// `Consortium.set_min_validators` (governance).
pub fn set_min_validators(min: u32) -> CallSpec {
	CallSpec::new("Consortium", "set_min_validators", vec![("min", u(min))])
}

/// `Consortium.dispatch_as_root` (governance): runs `inner` as root.
pub fn dispatch_as_root(inner: &CallSpec) -> CallSpec {
	CallSpec::new("Consortium", "dispatch_as_root", vec![("call", inner.as_value())])
}

// ----- Council and sudo -----------------------------------------------------------

/// `Council.propose`: put `inner` to the council with the approval `threshold`.
pub fn council_propose(threshold: u32, inner: &CallSpec, length_bound: u32) -> CallSpec {
	CallSpec::new(
		"Council",
		"propose",
		vec![
			("threshold", u(threshold)),
			("proposal", inner.as_value()),
			("length_bound", u(length_bound)),
		],
	)
}

/// `Council.vote`.
pub fn council_vote(proposal: [u8; 32], index: u32, approve: bool) -> CallSpec {
	CallSpec::new(
		"Council",
		"vote",
		vec![
			("proposal", Value::from_bytes(proposal)),
			("index", u(index)),
			("approve", Value::bool(approve)),
		],
	)
}

/// `Council.close`, allowing the proposal up to `weight` (ref time, proof size).
pub fn council_close(
	proposal: [u8; 32],
	index: u32,
	weight: (u64, u64),
	length_bound: u32,
) -> CallSpec {
	CallSpec::new(
		"Council",
		"close",
		vec![
			("proposal_hash", Value::from_bytes(proposal)),
			("index", u(index)),
			(
				"proposal_weight_bound",
				Value::named_composite([("ref_time", u(weight.0)), ("proof_size", u(weight.1))]),
			),
			("length_bound", u(length_bound)),
		],
	)
}

/// `Sudo.sudo` (development chains only).
pub fn sudo(inner: &CallSpec) -> CallSpec {
	CallSpec::new("Sudo", "sudo", vec![("call", inner.as_value())])
}
