//! Institution origins: how a pallet learns which institution called it.
//!
//! A pallet declares, per kind of caller, a `Config` origin bounded by
//! [`InstitutionOrigin`] (for example `type ContributorOrigin`). The runtime
//! plugs in pallet-consortium's `EnsureInstitution<Runtime, Contributor>`; the
//! pallets' mocks plug in [`testing::TestInstitutionOrigin`](crate::testing).
//!
//! The origin's `Success` is the caller's [`InstitutionId`]. As an
//! `EnsureOrigin` a refused caller is only `BadOrigin`; calls use
//! [`InstitutionOrigin::ensure_institution`] instead, which tells a client
//! *why* it was refused (not signed, not a member, or a member without the
//! role) with the registry's own error.
use crate::{InstitutionId, Role};
use frame_support::traits::EnsureOrigin;
use sp_runtime::DispatchError;

/// Which role an institution origin demands (`None`: any active member).
pub trait RoleFilter {
	/// The role, or `None` for any active institution.
	const ROLE: Option<Role>;
}

/// Any active institution, whatever its roles.
pub struct AnyRole;
impl RoleFilter for AnyRole {
	const ROLE: Option<Role> = None;
}

/// Declares a [`RoleFilter`] per [`Role`], named after it.
macro_rules! role_filters {
	($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
		$(#[$doc])*
		pub struct $name;
		impl RoleFilter for $name {
			const ROLE: Option<Role> = Some(Role::$name);
		}
	)*};
}

role_filters! {
	/// An active institution holding [`Role::Contributor`].
	Contributor,
	/// An active institution holding [`Role::Participator`].
	Participator,
	/// An active institution holding [`Role::TokenIssuer`].
	TokenIssuer,
	/// An active institution holding [`Role::DataServiceProvider`].
	DataServiceProvider,
	/// An active institution holding [`Role::Regulator`].
	Regulator,
}

/// An origin check whose success is the calling institution, and which can say why it
/// refused a caller.
pub trait InstitutionOrigin<O>: EnsureOrigin<O, Success = InstitutionId> {
	/// The calling institution; or `BadOrigin` if `origin` is not a signed one, or the
	/// registry's error naming the reason (not a member, or missing the role).
	fn ensure_institution(origin: O) -> Result<InstitutionId, DispatchError>;
}
