//! `loanShare_*` JSON-RPC methods: read-only queries over plans and
//! confirmations, answered by the runtime's `LoanShareApi` at the best block
//! (or at the block hash given as the last parameter).
//!
//! Errors are JSON-RPC errors: `-32602` (invalid params) for a bad page size,
//! [`PLAN_NOT_FOUND`] for an unknown plan, [`RUNTIME_ERROR`] when the runtime
//! call itself fails.
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorCode, ErrorObjectOwned},
};
use loanshare_primitives::{api::LoanShareApi as LoanShareRuntimeApi, InstitutionId, PlanId};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::Block as BlockT;
use std::{marker::PhantomData, sync::Arc};

pub use loanshare_primitives::constants::{DEFAULT_PAGE, PLAN_NOT_FOUND, QUERY_LIMIT as MAX_PAGE};
/// Error code: the runtime API call failed.
pub const RUNTIME_ERROR: i32 = 5000;

/// The `loanShare_*` methods.
#[rpc(client, server)]
pub trait LoanShareApi<BlockHash, Plan, Confirmation> {
	/// A plan by id; error [`PLAN_NOT_FOUND`] if there is none.
	#[method(name = "loanShare_plan")]
	fn plan(&self, id: PlanId, at: Option<BlockHash>) -> RpcResult<Plan>;

	/// Plans of one contributor institution, ids from `start` (default 0), at most `limit` (default 20, max 100).
	#[method(name = "loanShare_plansByContributor")]
	fn plans_by_contributor(
		&self,
		contributor: InstitutionId,
		start: Option<PlanId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Plan>>;

	/// Open plans, ids from `start` (default 0), at most `limit` (default 20, max 100).
	#[method(name = "loanShare_openPlans")]
	fn open_plans(
		&self,
		start: Option<PlanId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Plan>>;

	/// The confirmations of a plan; error [`PLAN_NOT_FOUND`] if there is no such plan.
	#[method(name = "loanShare_confirmations")]
	fn confirmations(&self, plan: PlanId, at: Option<BlockHash>) -> RpcResult<Vec<Confirmation>>;

	/// What an institution has taken as a participant.
	#[method(name = "loanShare_takenBy")]
	fn taken_by(
		&self,
		participant: InstitutionId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<Confirmation>>;
}

/// The server side, over a client that provides the runtime API.
pub struct LoanShare<C, Block, Plan, Confirmation> {
	client: Arc<C>,
	_marker: PhantomData<(Block, Plan, Confirmation)>,
}

impl<C, Block, Plan, Confirmation> LoanShare<C, Block, Plan, Confirmation> {
	/// Serve queries from `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

fn runtime_error(e: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, "runtime API call failed", Some(e.to_string()))
}

fn plan_not_found(id: PlanId) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(PLAN_NOT_FOUND, "plan not found", Some(id))
}

/// The page size to use, or an invalid-params error.
fn page(limit: Option<u32>) -> RpcResult<u32> {
	match limit.unwrap_or(DEFAULT_PAGE) {
		0 => Err(ErrorObjectOwned::owned(
			ErrorCode::InvalidParams.code(),
			"limit must be at least 1",
			None::<()>,
		)),
		n if n > MAX_PAGE => Err(ErrorObjectOwned::owned(
			ErrorCode::InvalidParams.code(),
			format!("limit must be at most {MAX_PAGE}"),
			None::<()>,
		)),
		n => Ok(n),
	}
}

impl<C, Block, Plan, Confirmation> LoanShare<C, Block, Plan, Confirmation>
where
	Block: BlockT,
	C: HeaderBackend<Block>,
{
	fn at(&self, at: Option<Block::Hash>) -> Block::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

impl<C, Block, Plan, Confirmation> LoanShareApiServer<Block::Hash, Plan, Confirmation>
	for LoanShare<C, Block, Plan, Confirmation>
where
	Block: BlockT,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: LoanShareRuntimeApi<Block, Plan, Confirmation>,
	Plan: codec::Codec + serde::Serialize + Send + Sync + Clone + 'static,
	Confirmation: codec::Codec + serde::Serialize + Send + Sync + Clone + 'static,
{
	fn plan(&self, id: PlanId, at: Option<Block::Hash>) -> RpcResult<Plan> {
		let api = self.client.runtime_api();
		api.plan(self.at(at), id).map_err(runtime_error)?.ok_or_else(|| plan_not_found(id))
	}

	fn plans_by_contributor(
		&self,
		contributor: InstitutionId,
		start: Option<PlanId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<Plan>> {
		let limit = page(limit)?;
		let api = self.client.runtime_api();
		api.plans_by_contributor(self.at(at), contributor, start.unwrap_or(0), limit)
			.map_err(runtime_error)
	}

	fn open_plans(
		&self,
		start: Option<PlanId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<Plan>> {
		let limit = page(limit)?;
		let api = self.client.runtime_api();
		api.open_plans(self.at(at), start.unwrap_or(0), limit).map_err(runtime_error)
	}

	fn confirmations(&self, plan: PlanId, at: Option<Block::Hash>) -> RpcResult<Vec<Confirmation>> {
		let at = self.at(at);
		let api = self.client.runtime_api();
		if api.plan(at, plan).map_err(runtime_error)?.is_none() {
			return Err(plan_not_found(plan));
		}
		api.confirmations(at, plan).map_err(runtime_error)
	}

	fn taken_by(
		&self,
		participant: InstitutionId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<Confirmation>> {
		let api = self.client.runtime_api();
		api.taken_by(self.at(at), participant).map_err(runtime_error)
	}
}
