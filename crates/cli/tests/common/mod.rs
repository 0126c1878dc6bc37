//! A fake LoanShare node for offline tests: it answers the JSON-RPC methods the client
//! uses, checks every submitted extrinsic's signature the way the runtime does (payload
//! = call, extensions and their implicit data), and "produces" a block from its pool
//! whenever the client asks for the best header, executing `publish_batch` on a plain
//! list of plans.
#![allow(dead_code)]

use codec::{Decode, Encode};
use loanshare_cli::{
	chain::{to_hex, EventRecord, RegisteredKey},
	keys,
	rpc::{RpcError, Transport},
};
use loanshare_primitives::{InstitutionId, PlanId};
use loanshare_runtime::{
	AccountId, Hash, Plan, Runtime, RuntimeCall, RuntimeEvent, UncheckedExtrinsic,
};
use pallet_loan_share::PlanRejection;
use serde_json::{json, Value};
use sp_core::crypto::Ss58Codec;
use sp_runtime::{generic::Preamble, traits::Verify, DispatchError, ModuleError};
use std::{
	cell::RefCell,
	collections::{HashMap, HashSet},
	rc::Rc,
};

/// Chain time of the fake (2026-11-23).
pub const NOW: u64 = 1_795_000_000_000;
/// Pallet index of LoanShare in the runtime.
const LOAN_SHARE_INDEX: u8 = 22;

/// The fake node's state.
#[derive(Default)]
pub struct State {
	pub genesis: Hash,
	pub blocks: Vec<Hash>,
	pub extrinsics: HashMap<Hash, Vec<Vec<u8>>>,
	pub events: HashMap<Hash, Vec<EventRecord>>,
	pub storage: HashMap<Vec<u8>, Vec<u8>>,
	pub pool: Vec<Vec<u8>>,
	pub plans: Vec<Plan>,
	pub nonces: HashMap<AccountId, u32>,
	pub institutions: HashMap<AccountId, InstitutionId>,
	/// Every method called, in order.
	pub methods: Vec<String>,
	/// References that collide at execution time (as if published meanwhile).
	pub conflicts: HashSet<Vec<u8>>,
}

/// A fake node (clones share the state: one goes into the client, one stays with the test).
#[derive(Clone)]
pub struct FakeChain(pub Rc<RefCell<State>>);

fn block_hash(number: u64) -> Hash {
	Hash::from(sp_crypto_hashing::blake2_256(&(b"fake-block", number).encode()))
}

impl FakeChain {
	/// A chain at block 3 where `contributor` (acting through `account`) registered `der`.
	pub fn new(account: AccountId, contributor: InstitutionId, der: &[u8]) -> Self {
		let mut s = State::default();
		s.blocks = (0..=3).map(block_hash).collect();
		s.genesis = s.blocks[0];
		s.storage.insert(keys::timestamp_now(), NOW.encode());
		s.storage.insert(keys::current_key(contributor), 1u32.encode());
		let key =
			RegisteredKey { der: der.to_vec().try_into().unwrap(), bits: 2048, registered_at: 1 };
		s.storage.insert(keys::registered_key(contributor, 1), key.encode());
		s.storage.insert(keys::account_institution(&account), contributor.encode());
		s.institutions.insert(account, contributor);
		FakeChain(Rc::new(RefCell::new(s)))
	}

	/// How often `method` was called.
	pub fn count(&self, method: &str) -> usize {
		self.0.borrow().methods.iter().filter(|m| *m == method).count()
	}

	/// Forget the call log.
	pub fn clear_log(&self) {
		self.0.borrow_mut().methods.clear();
	}

	/// The published plans.
	pub fn plans(&self) -> Vec<Plan> {
		self.0.borrow().plans.clone()
	}
}

fn rpc_error(method: &str, code: i64, message: &str) -> RpcError {
	RpcError::Rpc { method: method.into(), code, message: message.into(), data: None }
}

impl State {
	fn best(&self) -> u64 {
		self.blocks.len() as u64 - 1
	}

	/// Checks an extrinsic as the runtime would: signature over (call, extensions, implicit).
	fn check(&self, xt: &UncheckedExtrinsic) -> Result<AccountId, &'static str> {
		let Preamble::Signed(address, signature, ext) = &xt.preamble else {
			return Err("not signed");
		};
		let sp_runtime::MultiAddress::Id(who) = address else { return Err("address") };
		let era = ext.4 .0;
		let birth = era.birth(self.best() + 1);
		let birth_hash = *self.blocks.get(birth as usize).ok_or("AncientBirthBlock")?;
		let implicit = ((), 100u32, 1u32, self.genesis, birth_hash, (), (), (), ());
		let payload = (&xt.function, ext, implicit).encode();
		let payload = if payload.len() > 256 {
			sp_crypto_hashing::blake2_256(&payload).to_vec()
		} else {
			payload
		};
		if !signature.verify(&payload[..], who) {
			return Err("BadProof");
		}
		let expected = self.nonces.get(who).copied().unwrap_or_default() + self.pool_count(who);
		if ext.5 .0 != expected {
			return Err("bad nonce");
		}
		if !self.institutions.contains_key(who) {
			return Err("Custom error: 101");
		}
		Ok(who.clone())
	}

	fn pool_count(&self, who: &AccountId) -> u32 {
		self.pool
			.iter()
			.filter_map(|b| UncheckedExtrinsic::decode(&mut &b[..]).ok())
			.filter(
				|x| matches!(&x.preamble, Preamble::Signed(sp_runtime::MultiAddress::Id(a), _, _) if a == who),
			)
			.count() as u32
	}

	/// Produces a block with everything in the pool.
	fn produce(&mut self) {
		let number = self.best() + 1;
		let hash = block_hash(number);
		let pool = std::mem::take(&mut self.pool);
		let mut records = Vec::new();
		for (i, bytes) in pool.iter().enumerate() {
			let xt = UncheckedExtrinsic::decode(&mut &bytes[..]).expect("checked at submission");
			let Preamble::Signed(sp_runtime::MultiAddress::Id(who), _, _) = &xt.preamble else {
				unreachable!()
			};
			*self.nonces.entry(who.clone()).or_default() += 1;
			let contributor = self.institutions[who];
			let mut events = Vec::new();
			let result = match xt.function {
				RuntimeCall::LoanShare(pallet_loan_share::Call::publish_batch { items }) => {
					self.publish(contributor, items.into_inner(), &mut events)
				},
				_ => Err(DispatchError::Other("the fake only publishes")),
			};
			let system = match result {
				Ok(()) => {
					frame_system::Event::ExtrinsicSuccess { dispatch_info: Default::default() }
				},
				Err(dispatch_error) => {
					events.clear();
					frame_system::Event::ExtrinsicFailed {
						dispatch_error,
						dispatch_info: Default::default(),
					}
				},
			};
			events.push(RuntimeEvent::System(system));
			records.extend(events.into_iter().map(|event| EventRecord {
				phase: frame_system::Phase::ApplyExtrinsic(i as u32),
				event,
				topics: vec![],
			}));
		}
		self.blocks.push(hash);
		self.extrinsics.insert(hash, pool);
		self.events.insert(hash, records);
	}

	fn publish(
		&mut self,
		contributor: InstitutionId,
		items: Vec<pallet_loan_share::PlanInputOf<Runtime>>,
		events: &mut Vec<RuntimeEvent>,
	) -> Result<(), DispatchError> {
		let mut taken: HashSet<Vec<u8>> = self
			.plans
			.iter()
			.filter(|p| p.contributor == contributor)
			.map(|p| p.external_ref.to_vec())
			.chain(self.conflicts.iter().cloned())
			.collect();
		for (index, item) in items.iter().enumerate() {
			if !taken.insert(item.external_ref.to_vec()) {
				let error = pallet_loan_share::Error::<Runtime>::BatchItemInvalid {
					index: index as u16,
					reason: PlanRejection::DuplicateExternalRef,
				};
				let mut bytes = [0u8; 4];
				bytes.copy_from_slice(&error.encode());
				return Err(DispatchError::Module(ModuleError {
					index: LOAN_SHARE_INDEX,
					error: bytes,
					message: None,
				}));
			}
		}
		for item in items {
			let id = self.plans.len() as PlanId;
			let external_ref = item.external_ref.clone();
			self.plans.push(Plan::new(id, contributor, item, NOW));
			events.push(RuntimeEvent::LoanShare(pallet_loan_share::Event::PlanPublished {
				plan: id,
				contributor,
				external_ref,
			}));
		}
		Ok(())
	}
}

fn hex_param(v: &Value) -> Vec<u8> {
	hex::decode(v.as_str().unwrap().trim_start_matches("0x")).unwrap()
}

impl Transport for FakeChain {
	fn call(&self, method: &str, params: Value) -> Result<Value, RpcError> {
		let mut s = self.0.borrow_mut();
		s.methods.push(method.to_owned());
		let page = |plans: Vec<&Plan>, start: u64, limit: u64| -> Value {
			let page: Vec<&Plan> =
				plans.into_iter().filter(|p| p.id >= start).take(limit as usize).collect();
			serde_json::to_value(page).unwrap()
		};
		Ok(match method {
			"chain_getBlockHash" => {
				let n = params[0].as_u64().unwrap();
				s.blocks.get(n as usize).map_or(Value::Null, |h| json!(to_hex(h.as_bytes())))
			},
			"chain_getHeader" => {
				if !s.pool.is_empty() {
					s.produce();
				}
				json!({ "number": format!("0x{:x}", s.best()) })
			},
			"chain_getBlock" => {
				let hash = Hash::from_slice(&hex_param(&params[0]));
				let xts: Vec<String> = s
					.extrinsics
					.get(&hash)
					.map(|x| x.iter().map(|b| to_hex(b)).collect())
					.unwrap_or_default();
				json!({ "block": { "extrinsics": xts } })
			},
			"state_getStorage" => {
				let key = hex_param(&params[0]);
				if key == keys::system_events() {
					let at = Hash::from_slice(&hex_param(&params[1]));
					json!(to_hex(&s.events.get(&at).cloned().unwrap_or_default().encode()))
				} else {
					s.storage.get(&key).map_or(Value::Null, |v| json!(to_hex(v)))
				}
			},
			"state_getRuntimeVersion" => {
				json!({ "specName": "loanshare", "specVersion": 100, "transactionVersion": 1 })
			},
			"system_accountNextIndex" => {
				let who = AccountId::from_ss58check(params[0].as_str().unwrap()).unwrap();
				json!(s.nonces.get(&who).copied().unwrap_or_default() + s.pool_count(&who))
			},
			"author_submitExtrinsic" => {
				let bytes = hex_param(&params[0]);
				let xt = UncheckedExtrinsic::decode(&mut &bytes[..])
					.map_err(|_| rpc_error(method, 1002, "Verification Error: Could not decode"))?;
				s.check(&xt).map_err(|why| RpcError::Rpc {
					method: method.into(),
					code: 1010,
					message: "Invalid Transaction".into(),
					data: Some(json!(why)),
				})?;
				let hash = sp_crypto_hashing::blake2_256(&bytes);
				s.pool.push(bytes);
				json!(to_hex(&hash))
			},
			"loanShare_plansByContributor" => {
				let c = params[0].as_u64().unwrap() as InstitutionId;
				let plans = s.plans.iter().filter(|p| p.contributor == c).collect();
				page(plans, params[1].as_u64().unwrap_or(0), params[2].as_u64().unwrap_or(20))
			},
			"loanShare_openPlans" => page(
				s.plans.iter().collect(),
				params[0].as_u64().unwrap_or(0),
				params[1].as_u64().unwrap_or(20),
			),
			"loanShare_plan" => {
				let id = params[0].as_u64().unwrap();
				match s.plans.iter().find(|p| p.id == id) {
					Some(p) => serde_json::to_value(p).unwrap(),
					None => return Err(rpc_error(method, 4004, "plan not found")),
				}
			},
			_ => return Err(rpc_error(method, -32601, "Method not found")),
		})
	}
}
