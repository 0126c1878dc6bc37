//! The connection to a LoanShare node and typed reads of its state.
//!
//! Everything goes through subxt and the metadata the node serves: runtime-API
//! calls (`LoanShareApi_*`), storage entries and constants are addressed by name
//! and decoded into [`types`]. Writes are in [`calls`] and [`submit`].
pub mod calls;
pub mod endpoint;
pub mod events;
pub mod submit;
pub mod types;

use anyhow::{anyhow, Context as _};
use subxt::{
	client::{OnlineClient, OnlineClientAtBlock},
	dynamic::{constant, runtime_api_call, storage},
	utils::AccountId32,
	SubstrateConfig,
};
use types::*;

/// The client configuration: LoanShare uses Substrate's standard accounts, addresses,
/// signatures and BLAKE2 hashing; its own `CheckMembership` extension carries no data.
pub type Config = SubstrateConfig;
/// A client positioned at one block.
pub type At = OnlineClientAtBlock<Config>;

/// A connected node.
#[derive(Clone)]
pub struct Chain {
	/// The subxt client.
	pub api: OnlineClient<Config>,
	/// The raw RPC connection (for the few RPC methods subxt does not wrap).
	pub rpc: subxt::rpcs::RpcClient,
	/// The endpoint, as given.
	pub url: String,
}

/// Bounds a plan sheet must fit, read from the runtime's constants.
#[derive(Clone, Copy, Debug)]
pub struct RuntimeLimits {
	/// `LoanShare.MaxRefLen`.
	pub max_ref_len: u32,
	/// `LoanShare.MaxLinks`.
	pub max_links: u32,
	/// `LoanShare.MaxLinkLen`.
	pub max_link_len: u32,
	/// `LoanShare.MaxParticipants`.
	pub max_participants: u32,
	/// `LoanShare.MaxBatch`.
	pub max_batch: u32,
	/// `LoanShare.MinShareFloor`: the least minimum share a plan may state, fen.
	pub min_share_floor: Fen,
}

/// The handoff's rules, read from the runtime's constants.
#[derive(Clone, Copy, Debug, serde::Serialize)]
pub struct HandoffRules {
	/// `KeyExchange.HandoffTimeout`: blocks a contributor has to deliver.
	pub timeout: u32,
	/// `KeyExchange.ChallengeWindow`: blocks a participant has to challenge a delivery.
	pub challenge_window: u32,
	/// `KeyExchange.MaxDeliveryBatch`: most deliveries in one `deliver_batch`.
	pub max_delivery_batch: u32,
	/// `KeyExchange.MaxDisputeReasonLen`: longest complaint, bytes.
	pub max_reason_len: u32,
}

/// The key of `KeyExchange.PendingHandoffs` after the contributor: plan (u64 big-endian)
/// then participant (u32 big-endian), so that keys sort by plan.
pub fn pending_key(plan: PlanId, participant: InstitutionId) -> [u8; 12] {
	let mut key = [0u8; 12];
	key[..8].copy_from_slice(&plan.to_be_bytes());
	key[8..].copy_from_slice(&participant.to_be_bytes());
	key
}

/// The plan and participant of a `KeyExchange.PendingHandoffs` key (see [`pending_key`]).
pub fn parse_pending_key(key: &[u8; 12]) -> (PlanId, InstitutionId) {
	let mut plan = [0u8; 8];
	let mut participant = [0u8; 4];
	plan.copy_from_slice(&key[..8]);
	participant.copy_from_slice(&key[8..]);
	(PlanId::from_be_bytes(plan), InstitutionId::from_be_bytes(participant))
}

impl Chain {
	/// Connects to `endpoint` (`ws://`, `wss://`, `http://` or `https://`; see [`endpoint`]).
	pub async fn connect(endpoint: &str) -> anyhow::Result<Self> {
		let url = endpoint::websocket_url(endpoint)?;
		let rpc = subxt::rpcs::RpcClient::from_insecure_url(&url)
			.await
			.with_context(|| format!("cannot connect to the LoanShare node at {endpoint}"))?;
		let api = OnlineClient::<Config>::from_rpc_client(rpc.clone())
			.await
			.with_context(|| format!("cannot start a client for {endpoint}"))?;
		Ok(Chain { api, rpc, url: endpoint.to_owned() })
	}

	/// The latest finalised block.
	pub async fn finalized(&self) -> anyhow::Result<At> {
		self.api.at_current_block().await.context("cannot read the finalised block")
	}

	/// The block with this number.
	pub async fn at_number(&self, number: u64) -> anyhow::Result<At> {
		self.api.at_block(number).await.with_context(|| format!("cannot read block #{number}"))
	}

	/// The next nonce of an account, counting its transactions in the pool.
	pub async fn next_nonce(&self, account: &AccountId32) -> anyhow::Result<u64> {
		subxt::rpcs::LegacyRpcMethods::<subxt::config::RpcConfigFor<Config>>::new(self.rpc.clone())
			.system_account_next_index(account)
			.await
			.context("cannot read the signer's next nonce")
	}

	/// The chain's genesis hash (the envelope's chain id).
	pub fn genesis(&self) -> [u8; 32] {
		self.api.genesis_hash().0
	}
}

/// Reads at one block.
pub struct Reader<'a>(pub &'a At);

impl Reader<'_> {
	/// A plan.
	pub async fn plan(&self, id: PlanId) -> anyhow::Result<Option<Plan>> {
		self.api("plan", (id,)).await
	}

	/// A plan, undecoded (for plans of older runtimes, whose shape this client's [`Plan`]
	/// may not match).
	pub async fn plan_value(&self, id: PlanId) -> anyhow::Result<Option<scale_value::Value>> {
		self.api("plan", (id,)).await
	}

	/// Open plans from `start`.
	pub async fn open_plans(&self, start: PlanId, limit: u32) -> anyhow::Result<Vec<Plan>> {
		self.api("open_plans", (start, limit)).await
	}

	/// A contributor's plans from `start`.
	pub async fn plans_by_contributor(
		&self,
		contributor: InstitutionId,
		start: PlanId,
		limit: u32,
	) -> anyhow::Result<Vec<Plan>> {
		self.api("plans_by_contributor", (contributor, start, limit)).await
	}

	/// A plan's confirmations.
	pub async fn confirmations(&self, plan: PlanId) -> anyhow::Result<Vec<Confirmation>> {
		self.api("confirmations", (plan,)).await
	}

	/// What an institution has taken.
	pub async fn taken_by(&self, participant: InstitutionId) -> anyhow::Result<Vec<Confirmation>> {
		self.api("taken_by", (participant,)).await
	}

	async fn api<A, R>(&self, method: &str, args: A) -> anyhow::Result<R>
	where
		A: subxt::ext::frame_decode::runtime_apis::IntoEncodableValues,
		R: scale_decode::DecodeAsType,
	{
		let call = runtime_api_call::<A, R>("LoanShareApi", method, args);
		self.0
			.runtime_apis()
			.call(call)
			.await
			.with_context(|| format!("runtime API LoanShareApi.{method}"))
	}

	/// The handoff of `plan` to `participant`.
	pub async fn handoff(
		&self,
		plan: PlanId,
		participant: InstitutionId,
	) -> anyhow::Result<Option<Handoff>> {
		self.entry("KeyExchange", "Handoffs", (plan, participant)).await
	}

	/// The handoffs a contributor still owes, as `(plan, participant)`, oldest plan first:
	/// the keys of `KeyExchange.PendingHandoffs(contributor, plan ‖ participant)`.
	pub async fn pending_of(
		&self,
		contributor: InstitutionId,
	) -> anyhow::Result<Vec<(PlanId, InstitutionId)>> {
		const WHAT: &str = "storage KeyExchange.PendingHandoffs";
		let addr = storage::<(InstitutionId, [u8; 12]), ()>("KeyExchange", "PendingHandoffs");
		let mut entries = self
			.0
			.storage()
			.iter(addr, (contributor,))
			.await
			.with_context(|| format!("{WHAT} of institution {contributor}"))?;
		let mut out = Vec::new();
		while let Some(entry) = entries.next().await {
			let entry = entry.with_context(|| format!("{WHAT} of institution {contributor}"))?;
			let key = entry
				.key()
				.map_err(|e| anyhow!("{WHAT} no longer has the key this client reads: {e}"))?;
			let part = key
				.part(1)
				.ok_or_else(|| anyhow!("{WHAT} no longer has a second key (plan ‖ participant)"))?;
			let bytes: [u8; 12] = part
				.decode_as()
				.map_err(|e| anyhow!("{WHAT}: its second key is not 12 bytes: {e}"))?
				.ok_or_else(|| {
					anyhow!("{WHAT}: its second key is hashed ({:?}), not readable", part.hasher())
				})?;
			out.push(parse_pending_key(&bytes));
		}
		out.sort_unstable();
		Ok(out)
	}

	/// Bad deliveries proven against an institution as contributor.
	pub async fn misdeliveries(&self, contributor: InstitutionId) -> anyhow::Result<u32> {
		Ok(self.entry("KeyExchange", "Misdeliveries", (contributor,)).await?.unwrap_or_default())
	}

	/// The handoff's rules (timeout, challenge window, batch size, complaint length).
	pub fn handoff_rules(&self) -> anyhow::Result<HandoffRules> {
		Ok(HandoffRules {
			timeout: self.constant("KeyExchange", "HandoffTimeout")?,
			challenge_window: self.constant("KeyExchange", "ChallengeWindow")?,
			max_delivery_batch: self.constant("KeyExchange", "MaxDeliveryBatch")?,
			max_reason_len: self.constant("KeyExchange", "MaxDisputeReasonLen")?,
		})
	}

	/// The number of the block this reader is at.
	pub fn block_number(&self) -> u64 {
		self.0.block_number()
	}

	/// An institution's current RSA key: its id and SubjectPublicKeyInfo DER.
	pub async fn current_key(&self, who: InstitutionId) -> anyhow::Result<Option<(u32, Vec<u8>)>> {
		let Some(id) = self.entry::<_, u32>("KeyExchange", "CurrentKey", (who,)).await? else {
			return Ok(None);
		};
		let key: Option<RegisteredKey> = self.entry("KeyExchange", "Keys", (who, id)).await?;
		Ok(key.map(|k| (id, k.der)))
	}

	/// A registered key of an institution.
	pub async fn key(&self, who: InstitutionId, id: u32) -> anyhow::Result<Option<Vec<u8>>> {
		let key: Option<RegisteredKey> = self.entry("KeyExchange", "Keys", (who, id)).await?;
		Ok(key.map(|k| k.der))
	}

	/// An institution's token balance, fen.
	pub async fn balance(&self, who: InstitutionId) -> anyhow::Result<Fen> {
		Ok(self.entry("Token", "Balances", (who,)).await?.unwrap_or_default())
	}

	/// A redemption request.
	pub async fn redemption(&self, id: u64) -> anyhow::Result<Option<Redemption>> {
		self.entry("Token", "Redemptions", (id,)).await
	}

	/// Every redemption request, by id.
	pub async fn redemptions(&self) -> anyhow::Result<Vec<(u64, Redemption)>> {
		let next: u64 = self.entry("Token", "NextRedemptionId", ()).await?.unwrap_or_default();
		let mut out = Vec::new();
		for id in 0..next {
			if let Some(r) = self.redemption(id).await? {
				out.push((id, r));
			}
		}
		Ok(out)
	}

	/// The institution an account acts for.
	pub async fn institution_of(
		&self,
		account: &AccountId32,
	) -> anyhow::Result<Option<InstitutionId>> {
		self.entry("Consortium", "AccountInstitution", (account.0,)).await
	}

	/// An institution.
	pub async fn institution(&self, id: InstitutionId) -> anyhow::Result<Option<Institution>> {
		self.entry("Consortium", "Institutions", (id,)).await
	}

	/// Every institution, by id.
	pub async fn institutions(&self) -> anyhow::Result<Vec<(InstitutionId, Institution)>> {
		let next: InstitutionId =
			self.entry("Consortium", "NextInstitutionId", ()).await?.unwrap_or_default();
		let mut out = Vec::new();
		for id in 0..next {
			if let Some(i) = self.institution(id).await? {
				out.push((id, i));
			}
		}
		Ok(out)
	}

	/// The runtime's plan-sheet bounds.
	pub fn limits(&self) -> anyhow::Result<RuntimeLimits> {
		Ok(RuntimeLimits {
			max_ref_len: self.constant("LoanShare", "MaxRefLen")?,
			max_links: self.constant("LoanShare", "MaxLinks")?,
			max_link_len: self.constant("LoanShare", "MaxLinkLen")?,
			max_participants: self.constant("LoanShare", "MaxParticipants")?,
			max_batch: self.constant("LoanShare", "MaxBatch")?,
			min_share_floor: self.constant("LoanShare", "MinShareFloor")?,
		})
	}

	/// A constant, by pallet and name.
	pub fn constant<R: scale_decode::DecodeAsType>(
		&self,
		pallet: &str,
		name: &str,
	) -> anyhow::Result<R> {
		self.0
			.constants()
			.entry(constant::<R>(pallet, name))
			.with_context(|| format!("constant {pallet}.{name}"))
	}

	/// A storage entry, by pallet, name and key parts; `None` when absent.
	pub async fn entry<K, R>(&self, pallet: &str, name: &str, key: K) -> anyhow::Result<Option<R>>
	where
		K: subxt::ext::frame_decode::storage::IntoEncodableValues
			+ subxt::ext::frame_decode::storage::IntoDecodableValues,
		R: scale_decode::DecodeAsType,
	{
		let addr = storage::<K, R>(pallet, name);
		let value = self
			.0
			.storage()
			.try_fetch(addr, key)
			.await
			.with_context(|| format!("storage {pallet}.{name}"))?;
		value.map(|v| v.decode_as::<R>()).transpose().map_err(|e| {
			anyhow!("storage {pallet}.{name} no longer has the shape this client reads: {e}")
		})
	}
}

#[cfg(test)]
mod tests {
	#[test]
	fn pending_keys_sort_by_plan_then_participant() {
		use super::{parse_pending_key, pending_key};
		let k = pending_key(0x0102_0304_0506_0708, 0x0a0b_0c0d);
		assert_eq!(k, [1, 2, 3, 4, 5, 6, 7, 8, 0x0a, 0x0b, 0x0c, 0x0d]);
		assert_eq!(parse_pending_key(&k), (0x0102_0304_0506_0708, 0x0a0b_0c0d));
		let mut keys = [pending_key(256, 1), pending_key(2, 9), pending_key(2, 3)];
		keys.sort();
		let parsed: Vec<_> = keys.iter().map(parse_pending_key).collect();
		assert_eq!(parsed, [(2, 3), (2, 9), (256, 1)]);
	}
}
