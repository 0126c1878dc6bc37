//! Signed extrinsics built with the runtime's own types.
//!
//! The signature covers `SignedPayload = (call, tx_extension, implicit)`, where `implicit`
//! is what each transaction extension adds without carrying it in the extrinsic (see each
//! extension's `Implicit` type in frame-system / pallet-transaction-payment / consortium):
//!
//! | extension | implicit |
//! |-----------|----------|
//! | CheckNonZeroSender | `()` |
//! | CheckSpecVersion | `spec_version: u32` |
//! | CheckTxVersion | `transaction_version: u32` |
//! | CheckGenesis | genesis block hash |
//! | CheckEra (mortal) | hash of the era's birth block |
//! | CheckNonce, CheckWeight, ChargeTransactionPayment, CheckMembership | `()` |
//!
//! An encoded payload longer than 256 bytes is signed as its blake2-256 hash
//! (`SignedPayload::using_encoded` does this).
use anyhow::{anyhow, Context as _};
use codec::Encode;
use loanshare_runtime::{
	offchain::tx_extension, AccountId, Hash, Nonce, RuntimeCall, SignedPayload, UncheckedExtrinsic,
};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use sp_runtime::{generic::Era, MultiAddress, MultiSignature};

/// How many blocks a transaction stays valid (its mortal era; a power of two).
pub const ERA_PERIOD: u64 = 64;

/// The environment variable holding the secret URI when `--suri` is not given.
pub const SURI_ENV: &str = "LOANSHARE_SURI";

/// An sr25519 account that signs transactions.
pub struct Signer {
	pair: sr25519::Pair,
	/// The account id (the public key).
	pub account: AccountId,
}

impl Signer {
	/// From a secret URI: `//Alice`, a mnemonic with optional `//derivation`, or `0x` seed.
	pub fn from_suri(suri: &str) -> anyhow::Result<Self> {
		let pair = sr25519::Pair::from_string(suri, None)
			.map_err(|e| anyhow!("invalid secret URI (--suri / {SURI_ENV}): {e:?}"))?;
		Ok(Self::from_pair(pair))
	}

	/// From a key pair.
	pub fn from_pair(pair: sr25519::Pair) -> Self {
		let account = AccountId::from(pair.public());
		Signer { pair, account }
	}

	/// The account in SS58 (generic prefix 42, as the runtime's `SS58Prefix`).
	pub fn ss58(&self) -> String {
		self.account.to_ss58check()
	}

	/// The public key.
	pub fn public(&self) -> sr25519::Public {
		self.pair.public()
	}
}

/// What a signature commits to besides the call: the chain and runtime it is for and
/// the block its mortality counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SigningContext {
	/// Hash of block 0.
	pub genesis: Hash,
	/// The runtime's `spec_version`.
	pub spec_version: u32,
	/// The runtime's `transaction_version`.
	pub transaction_version: u32,
	/// A recent block number (the era's birth).
	pub block_number: u64,
	/// Its hash.
	pub block_hash: Hash,
}

impl SigningContext {
	/// The era birth block of a transaction signed at `block_number` (the block itself).
	pub fn birth(&self) -> u64 {
		Era::mortal(ERA_PERIOD, self.block_number).birth(self.block_number)
	}
}

/// The `Implicit` of the runtime's `TxExtension` tuple, in the tuple's order.
pub type Implicit = ((), u32, u32, Hash, Hash, (), (), (), ());

/// The implicit data of a transaction signed in `ctx`.
pub fn implicit(ctx: &SigningContext) -> Implicit {
	((), ctx.spec_version, ctx.transaction_version, ctx.genesis, ctx.block_hash, (), (), (), ())
}

/// Signs `call` as `signer` with `nonce`, valid for [`ERA_PERIOD`] blocks from `ctx.block_number`.
pub fn sign(
	call: RuntimeCall,
	signer: &Signer,
	nonce: Nonce,
	ctx: &SigningContext,
) -> UncheckedExtrinsic {
	debug_assert_eq!(ctx.birth(), ctx.block_number, "the era is born at the signing block");
	let tx_ext = tx_extension(nonce, ctx.block_number, ERA_PERIOD);
	let payload = SignedPayload::from_raw(call, tx_ext, implicit(ctx));
	let signature = payload.using_encoded(|bytes| signer.pair.sign(bytes));
	let (call, tx_ext, _) = payload.deconstruct();
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(signer.account.clone()),
		MultiSignature::Sr25519(signature),
		tx_ext,
	)
}

/// The bytes `author_submitExtrinsic` takes (the extrinsic with its length prefix) and
/// the transaction hash the node reports (blake2-256 of those bytes).
pub fn encode(xt: &UncheckedExtrinsic) -> (Vec<u8>, Hash) {
	let bytes = xt.encode();
	let hash = Hash::from(sp_crypto_hashing::blake2_256(&bytes));
	(bytes, hash)
}

/// Reads the secret URI from `--suri` or [`SURI_ENV`].
pub fn signer_from(suri: Option<&str>) -> anyhow::Result<Signer> {
	let suri = match suri {
		Some(s) => s.to_owned(),
		None => std::env::var(SURI_ENV).with_context(|| {
			format!("this command signs a transaction: give --suri or set {SURI_ENV}")
		})?,
	};
	Signer::from_suri(&suri)
}
