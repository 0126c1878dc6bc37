//! The `LoanShareApi` runtime API: read-only queries behind the node's `loanShare_*` RPCs.
//!
//! Generic over the runtime's concrete plan and confirmation types so that the
//! node decodes exactly what the runtime stores.
use crate::{InstitutionId, PlanId};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries over loan share plans and confirmations.
	pub trait LoanShareApi<Plan, Confirmation>
	where
		Plan: Codec,
		Confirmation: Codec,
	{
		/// One plan by id.
		fn plan(id: PlanId) -> Option<Plan>;
		/// The plans published by an institution, oldest first, at most `limit` from `start` (a plan id).
		fn plans_by_contributor(contributor: InstitutionId, start: PlanId, limit: u32) -> Vec<Plan>;
		/// Open plans (published, not filled, expired or withdrawn), ids from `start`, at most `limit`.
		fn open_plans(start: PlanId, limit: u32) -> Vec<Plan>;
		/// The confirmations of a plan, in the order they were made.
		fn confirmations(plan: PlanId) -> Vec<Confirmation>;
		/// The confirmations an institution made as a participant.
		fn taken_by(participant: InstitutionId) -> Vec<Confirmation>;
	}
}

sp_api::decl_runtime_apis! {
	/// The consortium's closed network: which nodes may connect.
	pub trait ConsortiumApi {
		/// The libp2p peer ids (raw bytes) of the nodes of every active institution. The
		/// node accepts only these peers once any is registered; an empty list leaves the
		/// network open (a chain whose institutions registered no node yet).
		fn authorized_peers() -> Vec<Vec<u8>>;
	}
}
