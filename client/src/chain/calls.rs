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

/// One delivery: the plan's data key re-wrapped to a participant's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
	/// The plan.
	pub plan: PlanId,
	/// The participant.
	pub participant: InstitutionId,
	/// The participant's key `rewrapped_key` is wrapped to (the chain wants its current key).
	pub participant_key_id: u32,
	/// `W'`: the data key, RSA-OAEP-wrapped to that key (the key's modulus length).
	pub rewrapped_key: Vec<u8>,
}

impl Delivery {
	fn value(&self) -> Value {
		Value::named_composite([
			("plan", u(self.plan)),
			("participant", u(self.participant)),
			("participant_key_id", u(self.participant_key_id)),
			("rewrapped_key", bytes(&self.rewrapped_key)),
		])
	}
}

/// `KeyExchange.deliver`: the contributor hands one re-wrapped data key to a participant.
pub fn deliver(d: &Delivery) -> CallSpec {
	CallSpec::new(
		"KeyExchange",
		"deliver",
		vec![
			("plan", u(d.plan)),
			("participant", u(d.participant)),
			("participant_key_id", u(d.participant_key_id)),
			("rewrapped_key", bytes(&d.rewrapped_key)),
		],
	)
}

/// `KeyExchange.deliver_batch`: up to `MaxDeliveryBatch` deliveries, each applied on its own
/// (a bad one emits `DeliveryRejected` and changes nothing).
pub fn deliver_batch(deliveries: &[Delivery]) -> CallSpec {
	CallSpec::new(
		"KeyExchange",
		"deliver_batch",
		vec![("deliveries", Value::unnamed_composite(deliveries.iter().map(Delivery::value)))],
	)
}

/// `KeyExchange.refund`: return a timed-out handoff's fee (anyone, after the timeout).
pub fn refund(plan: PlanId, participant: InstitutionId) -> CallSpec {
	CallSpec::new("KeyExchange", "refund", vec![("plan", u(plan)), ("participant", u(participant))])
}

/// `KeyExchange.accept`: the participant accepts a delivery; the fee goes to the contributor.
pub fn accept(plan: PlanId) -> CallSpec {
	CallSpec::new("KeyExchange", "accept", vec![("plan", u(plan))])
}

/// `KeyExchange.prove_bad_delivery`: the participant shows `EM`, the raw RSA decryption of
/// the delivered key, for the chain to judge.
pub fn prove_bad_delivery(plan: PlanId, decrypted: &[u8]) -> CallSpec {
	CallSpec::new(
		"KeyExchange",
		"prove_bad_delivery",
		vec![("plan", u(plan)), ("decrypted", bytes(decrypted))],
	)
}

/// `KeyExchange.complain`: the participant disputes the data itself; the council rules.
pub fn complain(plan: PlanId, reason: &str) -> CallSpec {
	CallSpec::new(
		"KeyExchange",
		"complain",
		vec![("plan", u(plan)), ("reason", bytes(reason.as_bytes()))],
	)
}

/// `KeyExchange.rule` (council): settle a complained handoff by refund or release.
pub fn rule(plan: PlanId, participant: InstitutionId, refund: bool) -> CallSpec {
	CallSpec::new(
		"KeyExchange",
		"rule",
		vec![("plan", u(plan)), ("participant", u(participant)), ("refund", Value::bool(refund))],
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

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn a_delivery_batch_names_every_field_of_every_item() {
		let d = |plan, participant| Delivery {
			plan,
			participant,
			participant_key_id: 3,
			rewrapped_key: vec![7; 4],
		};
		let call = deliver_batch(&[d(1, 2), d(1, 4)]);
		assert_eq!(call.label(), "KeyExchange.deliver_batch");
		let json = crate::chain::events::value_json(&call.args[0].1);
		assert_eq!(json[1]["participant"], 4);
		assert_eq!(json[0]["participant_key_id"], 3);
		assert!(json[0].get("rewrapped_key").is_some(), "{json}");
		let one = deliver(&d(5, 6));
		let names: Vec<&str> = one.args.iter().map(|(n, _)| *n).collect();
		assert_eq!(names, ["plan", "participant", "participant_key_id", "rewrapped_key"]);
		let r = crate::chain::events::value_json(&rule(5, 6, true).as_value());
		assert_eq!(r["KeyExchange"]["rule"]["refund"], true, "{r}");
	}
}
