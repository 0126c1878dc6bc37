//! Typed access to the node: blocks, storage, runtime version, nonces, the
//! `loanShare_*` query RPCs, and signing contexts for new transactions.
use crate::{
	keys,
	rpc::{RpcError, Transport},
	tx::SigningContext,
};
use anyhow::{anyhow, bail, Context as _};
use codec::Decode;
use loanshare_primitives::{InstitutionId, KeyId, Moment, PlanId, TokenBalance};
use loanshare_runtime::{AccountId, Hash, Nonce, Plan, Runtime, RuntimeEvent};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;

/// An event with the phase it happened in.
pub type EventRecord = frame_system::EventRecord<RuntimeEvent, Hash>;
/// A registered key as the key-exchange pallet stores it.
pub type RegisteredKey = pallet_key_exchange::RegisteredKeyOf<Runtime>;
/// A handoff as the key-exchange pallet stores it.
pub type Handoff = pallet_key_exchange::HandoffOf<Runtime>;

pub use loanshare_primitives::constants::QUERY_LIMIT as MAX_PAGE;
/// The `loanShare_plan` error code of an unknown plan (as the JSON-RPC client reads it).
pub const PLAN_NOT_FOUND: i64 = loanshare_primitives::constants::PLAN_NOT_FOUND as i64;

/// The runtime's versions, as `state_getRuntimeVersion` reports them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuntimeVersion {
	/// `spec_name`.
	pub spec_name: String,
	/// `spec_version`.
	pub spec_version: u32,
	/// `transaction_version`.
	pub transaction_version: u32,
}

/// A node, through any [`Transport`].
pub struct Client {
	transport: Box<dyn Transport>,
}

/// `0x`-prefixed lowercase hex.
pub fn to_hex(bytes: &[u8]) -> String {
	format!("0x{}", hex::encode(bytes))
}

/// Bytes from `0x`-prefixed (or bare) hex.
pub fn from_hex(text: &str) -> anyhow::Result<Vec<u8>> {
	hex::decode(text.trim_start_matches("0x")).with_context(|| format!("`{text}` is not hex"))
}

fn hash_from_value(v: &Value) -> anyhow::Result<Hash> {
	let text = v.as_str().ok_or_else(|| anyhow!("expected a hash, got {v}"))?;
	let bytes = from_hex(text)?;
	if bytes.len() != 32 {
		bail!("expected a 32-byte hash, got {text}");
	}
	Ok(Hash::from_slice(&bytes))
}

fn number_from_value(v: &Value) -> anyhow::Result<u64> {
	match v {
		Value::String(s) => u64::from_str_radix(s.trim_start_matches("0x"), 16)
			.with_context(|| format!("`{s}` is not a hex number")),
		Value::Number(n) => n.as_u64().ok_or_else(|| anyhow!("`{n}` is not a block number")),
		_ => bail!("expected a number, got {v}"),
	}
}

impl Client {
	/// A client talking through `transport`.
	pub fn new(transport: Box<dyn Transport>) -> Self {
		Client { transport }
	}

	/// Calls a method and returns its raw result.
	pub fn raw(&self, method: &str, params: Value) -> Result<Value, RpcError> {
		self.transport.call(method, params)
	}

	/// Calls a method and deserialises its result.
	pub fn call<T: DeserializeOwned>(&self, method: &str, params: Value) -> anyhow::Result<T> {
		let v = self.raw(method, params)?;
		serde_json::from_value(v).with_context(|| format!("{method}: unexpected answer"))
	}

	/// The hash of block `number` on the best chain, if it exists.
	pub fn block_hash(&self, number: u64) -> anyhow::Result<Option<Hash>> {
		let v = self.raw("chain_getBlockHash", json!([number]))?;
		if v.is_null() {
			return Ok(None);
		}
		hash_from_value(&v).map(Some)
	}

	/// The genesis hash (the chain id of envelopes and `CheckGenesis`).
	pub fn genesis_hash(&self) -> anyhow::Result<Hash> {
		self.block_hash(0)?.ok_or_else(|| anyhow!("the node has no block 0"))
	}

	/// Number and hash of the best block.
	pub fn best_block(&self) -> anyhow::Result<(u64, Hash)> {
		let header = self.raw("chain_getHeader", json!([]))?;
		let number = number_from_value(&header["number"])?;
		let hash =
			self.block_hash(number)?.ok_or_else(|| anyhow!("best block {number} has no hash"))?;
		Ok((number, hash))
	}

	/// The encoded extrinsics of a block.
	pub fn block_extrinsics(&self, hash: Hash) -> anyhow::Result<Vec<Vec<u8>>> {
		let block = self.raw("chain_getBlock", json!([to_hex(hash.as_bytes())]))?;
		let xts = block["block"]["extrinsics"]
			.as_array()
			.ok_or_else(|| anyhow!("chain_getBlock: no extrinsics in {block}"))?;
		xts.iter().map(|x| from_hex(x.as_str().unwrap_or_default())).collect()
	}

	/// The raw value under a storage key, at a block or the best block.
	pub fn storage(&self, key: &[u8], at: Option<Hash>) -> anyhow::Result<Option<Vec<u8>>> {
		let params = match at {
			Some(h) => json!([to_hex(key), to_hex(h.as_bytes())]),
			None => json!([to_hex(key)]),
		};
		let v = self.raw("state_getStorage", params)?;
		match v.as_str() {
			None => Ok(None),
			Some(s) => from_hex(s).map(Some),
		}
	}

	/// A storage value decoded as `T`.
	pub fn storage_as<T: Decode>(&self, key: &[u8], at: Option<Hash>) -> anyhow::Result<Option<T>> {
		match self.storage(key, at)? {
			None => Ok(None),
			Some(bytes) => T::decode(&mut &bytes[..]).map(Some).map_err(|e| {
				anyhow!(
					"cannot decode storage {}: {e} (is the node running another runtime version?)",
					to_hex(key)
				)
			}),
		}
	}

	/// The runtime's versions.
	pub fn runtime_version(&self) -> anyhow::Result<RuntimeVersion> {
		let v = self.raw("state_getRuntimeVersion", json!([]))?;
		let field = |name: &str| {
			v[name]
				.as_u64()
				.and_then(|n| u32::try_from(n).ok())
				.ok_or_else(|| anyhow!("state_getRuntimeVersion: no {name} in {v}"))
		};
		Ok(RuntimeVersion {
			spec_name: v["specName"].as_str().unwrap_or_default().to_owned(),
			spec_version: field("specVersion")?,
			transaction_version: field("transactionVersion")?,
		})
	}

	/// The next nonce of an account, counting its transactions in the pool.
	pub fn next_nonce(&self, who: &AccountId) -> anyhow::Result<Nonce> {
		let v = self.raw("system_accountNextIndex", json!([who.to_ss58check()]))?;
		let n = v.as_u64().ok_or_else(|| anyhow!("system_accountNextIndex: unexpected {v}"))?;
		Nonce::try_from(n).context("nonce out of range")
	}

	/// Everything a new signature commits to, at the current best block.
	pub fn signing_context(&self) -> anyhow::Result<SigningContext> {
		let genesis = self.genesis_hash()?;
		let version = self.runtime_version()?;
		let (block_number, block_hash) = self.best_block()?;
		Ok(SigningContext {
			genesis,
			spec_version: version.spec_version,
			transaction_version: version.transaction_version,
			block_number,
			block_hash,
		})
	}

	/// A signing context moved to the current best block (same chain and runtime).
	pub fn refresh(&self, ctx: &SigningContext) -> anyhow::Result<SigningContext> {
		let (block_number, block_hash) = self.best_block()?;
		Ok(SigningContext { block_number, block_hash, ..*ctx })
	}

	/// Submits an encoded extrinsic; returns its hash.
	pub fn submit(&self, encoded: &[u8]) -> Result<Hash, RpcError> {
		let v = self.raw("author_submitExtrinsic", json!([to_hex(encoded)]))?;
		hash_from_value(&v).map_err(|e| RpcError::Response {
			method: "author_submitExtrinsic".into(),
			message: e.to_string(),
		})
	}

	/// The events of a block.
	pub fn events(&self, at: Hash) -> anyhow::Result<Vec<EventRecord>> {
		Ok(self
			.storage_as::<Vec<EventRecord>>(&keys::system_events(), Some(at))?
			.unwrap_or_default())
	}

	/// The chain's time (the best block's timestamp), ms since the Unix epoch.
	pub fn now(&self) -> anyhow::Result<Moment> {
		self.storage_as::<Moment>(&keys::timestamp_now(), None)?
			.ok_or_else(|| anyhow!("the chain has no timestamp yet (no block produced?)"))
	}

	/// The regulatory rate cap in basis points.
	pub fn rate_cap(&self) -> anyhow::Result<u32> {
		use frame_support::traits::Get;
		Ok(self.storage_as::<u32>(&keys::rate_cap(), None)?.unwrap_or_else(
			<<Runtime as pallet_loan_share::Config>::DefaultRateCapBp as Get<u32>>::get,
		))
	}

	/// The institution an account acts for.
	pub fn institution_of(&self, who: &AccountId) -> anyhow::Result<Option<InstitutionId>> {
		self.storage_as(&keys::account_institution(who), None)
	}

	/// An institution's token balance (units = fen).
	pub fn token_balance(&self, institution: InstitutionId) -> anyhow::Result<TokenBalance> {
		Ok(self.storage_as(&keys::token_balance(institution), None)?.unwrap_or_default())
	}

	/// An institution's current key id and key.
	pub fn current_key(
		&self,
		institution: InstitutionId,
	) -> anyhow::Result<Option<(KeyId, RegisteredKey)>> {
		let Some(id) = self.storage_as::<KeyId>(&keys::current_key(institution), None)? else {
			return Ok(None);
		};
		let key = self
			.storage_as::<RegisteredKey>(&keys::registered_key(institution, id), None)?
			.ok_or_else(|| {
			anyhow!("institution {institution}'s current key {id} is missing")
		})?;
		Ok(Some((id, key)))
	}

	/// The handoff of `plan` to `participant`.
	pub fn handoff(
		&self,
		plan: PlanId,
		participant: InstitutionId,
	) -> anyhow::Result<Option<Handoff>> {
		self.storage_as(&keys::handoff(plan, participant), None)
	}

	/// `loanShare_plan`: a plan by id (`None` if it does not exist).
	pub fn plan(&self, id: PlanId) -> anyhow::Result<Option<Plan>> {
		match self.raw("loanShare_plan", json!([id])) {
			Ok(v) => {
				serde_json::from_value(v).map(Some).context("loanShare_plan: unexpected answer")
			},
			Err(e) if e.code() == Some(PLAN_NOT_FOUND) => Ok(None),
			Err(e) => Err(e.into()),
		}
	}

	/// `loanShare_plansByContributor`: one page.
	pub fn plans_by_contributor(
		&self,
		contributor: InstitutionId,
		start: PlanId,
		limit: u32,
	) -> anyhow::Result<Vec<Plan>> {
		self.call("loanShare_plansByContributor", json!([contributor, start, limit]))
	}

	/// `loanShare_openPlans`: one page.
	pub fn open_plans(&self, start: PlanId, limit: u32) -> anyhow::Result<Vec<Plan>> {
		self.call("loanShare_openPlans", json!([start, limit]))
	}

	/// Every plan of a contributor (all pages), oldest first.
	pub fn all_plans_by_contributor(
		&self,
		contributor: InstitutionId,
	) -> anyhow::Result<Vec<Plan>> {
		let mut all = Vec::new();
		let mut start = 0;
		loop {
			let page = self.plans_by_contributor(contributor, start, MAX_PAGE)?;
			let full = page.len() == MAX_PAGE as usize;
			match page.last() {
				Some(last) => start = last.id.saturating_add(1),
				None => break,
			}
			all.extend(page);
			if !full {
				break;
			}
		}
		Ok(all)
	}
}
