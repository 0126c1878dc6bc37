//! [`CheckMembership`]: the transaction extension that keeps non-members off the chain.
//!
//! A *signed* transaction is valid only if its signer acts for an active institution
//! (an account or the validator of one, see [`InstitutionRegistry::institution_of`]) or its
//! call is let through by [`Config::PublicCalls`]. Otherwise it is rejected with
//! `InvalidTransaction::Custom(`[`NOT_A_MEMBER`]`)`, in the pool and in blocks alike.
//! Unsigned and general (non-signed) transactions are not looked at.
use crate::{Config, Pallet, WeightInfo};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::TransactionSource,
	traits::{ContainsPair, OriginTrait},
	CloneNoBound, DefaultNoBound, EqNoBound, PartialEqNoBound,
};
use loanshare_primitives::InstitutionRegistry;
use scale_info::TypeInfo;
use sp_runtime::{
	impl_tx_ext_default,
	traits::{DispatchInfoOf, Implication, TransactionExtension, ValidateResult},
	transaction_validity::{InvalidTransaction, ValidTransaction},
	Weight,
};

/// The `InvalidTransaction::Custom` code of a signed transaction whose signer acts for no
/// active institution and whose call is not public.
pub const NOT_A_MEMBER: u8 = 101;

/// Rejects signed transactions of accounts that act for no active institution, unless the
/// call is public ([`Config::PublicCalls`]). Put it in the runtime's `TxExtension` tuple
/// (it carries no data: `CheckMembership::<Runtime>::new()`).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	CloneNoBound,
	EqNoBound,
	PartialEqNoBound,
	DefaultNoBound,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct CheckMembership<T: Config + Send + Sync>(PhantomData<T>);

impl<T: Config + Send + Sync> CheckMembership<T> {
	/// The extension (it has no data).
	pub fn new() -> Self {
		Self(PhantomData)
	}
}

impl<T: Config + Send + Sync> core::fmt::Debug for CheckMembership<T> {
	fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
		write!(f, "CheckMembership")
	}
}

impl<T: Config + Send + Sync> TransactionExtension<<T as frame_system::Config>::RuntimeCall>
	for CheckMembership<T>
{
	const IDENTIFIER: &'static str = "CheckMembership";
	type Implicit = ();
	type Val = ();
	type Pre = ();

	fn weight(&self, _call: &<T as frame_system::Config>::RuntimeCall) -> Weight {
		T::WeightInfo::check_membership()
	}

	fn validate(
		&self,
		origin: <T as frame_system::Config>::RuntimeOrigin,
		call: &<T as frame_system::Config>::RuntimeCall,
		_info: &DispatchInfoOf<<T as frame_system::Config>::RuntimeCall>,
		_len: usize,
		_self_implicit: Self::Implicit,
		_inherited_implication: &impl Implication,
		_source: TransactionSource,
	) -> ValidateResult<Self::Val, <T as frame_system::Config>::RuntimeCall> {
		if let Some(who) = origin.as_signer() {
			if Pallet::<T>::institution_of(who).is_none() && !T::PublicCalls::contains(who, call) {
				return Err(InvalidTransaction::Custom(NOT_A_MEMBER).into());
			}
		}
		Ok((ValidTransaction::default(), (), origin))
	}

	impl_tx_ext_default!(<T as frame_system::Config>::RuntimeCall; prepare);
}
