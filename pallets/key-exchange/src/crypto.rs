//! The application crypto the offchain worker signs `deliver` transactions with.
//!
//! Key type `lsho` (sr25519). The node operator inserts a key of an account that
//! acts for its institution with `author_insertKey("lsho", suri, public)`; the
//! runtime names [`DeliveryAuthId`] as the pallet's `AuthorityId`.
use frame_system::offchain::AppCrypto;
use sp_core::sr25519;
use sp_runtime::KeyTypeId;

/// Key type of the handoff-delivery signing keys.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"lsho");

mod app {
	use sp_runtime::app_crypto::{app_crypto, sr25519};
	app_crypto!(sr25519, super::KEY_TYPE);
}

/// The application public key (sr25519 under key type `lsho`).
pub type Public = app::Public;
/// The application signature.
pub type Signature = app::Signature;

/// The `AppCrypto` of delivery keys: works with any runtime `Public`/`Signature` that wrap sr25519
/// (e.g. `MultiSigner`/`MultiSignature`).
pub struct DeliveryAuthId;

impl<P, S> AppCrypto<P, S> for DeliveryAuthId
where
	sr25519::Public: TryFrom<P> + Into<P>,
	sr25519::Signature: TryFrom<S> + Into<S>,
{
	type RuntimeAppPublic = Public;
	type GenericPublic = sr25519::Public;
	type GenericSignature = sr25519::Signature;
}
