//! What the `benchmark overhead`, `benchmark extrinsic` and `benchmark block` commands need
//! from the node: signed extrinsics of this runtime (a `system.remark` and a
//! `balances.transfer_keep_alive` by the `dev` chain's sudo key, which acts for an
//! institution, so the `CheckMembership` extension admits them) and the inherent data of
//! an empty block.
use crate::service::FullClient;
use loanshare_runtime::{self as runtime, AccountId, Balance};
use sc_cli::Result;
use sp_core::{Encode, Pair};
use sp_inherents::{InherentData, InherentDataProvider};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{generic::Era, OpaqueExtrinsic, SaturatedConversion};
use std::{sync::Arc, time::Duration};

/// Builds `system.remark` extrinsics with an empty remark (the overhead benchmark's
/// "empty" extrinsic).
pub struct RemarkBuilder {
	client: Arc<FullClient>,
}

impl RemarkBuilder {
	/// A builder signing for the client's best block.
	pub fn new(client: Arc<FullClient>) -> Self {
		Self { client }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for RemarkBuilder {
	fn pallet(&self) -> &str {
		"system"
	}

	fn extrinsic(&self) -> &str {
		"remark"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let call = frame_system::Call::<runtime::Runtime>::remark { remark: vec![] };
		Ok(signed_extrinsic(&self.client, Sr25519Keyring::Alice.pair(), call.into(), nonce).into())
	}
}

/// Builds `balances.transfer_keep_alive` extrinsics from the sudo key to `dest`.
pub struct TransferKeepAliveBuilder {
	client: Arc<FullClient>,
	dest: AccountId,
	value: Balance,
}

impl TransferKeepAliveBuilder {
	/// A builder sending `value` to `dest`.
	pub fn new(client: Arc<FullClient>, dest: AccountId, value: Balance) -> Self {
		Self { client, dest, value }
	}
}

impl frame_benchmarking_cli::ExtrinsicBuilder for TransferKeepAliveBuilder {
	fn pallet(&self) -> &str {
		"balances"
	}

	fn extrinsic(&self) -> &str {
		"transfer_keep_alive"
	}

	fn build(&self, nonce: u32) -> std::result::Result<OpaqueExtrinsic, &'static str> {
		let call = pallet_balances::Call::<runtime::Runtime>::transfer_keep_alive {
			dest: self.dest.clone().into(),
			value: self.value,
		};
		Ok(signed_extrinsic(&self.client, Sr25519Keyring::Alice.pair(), call.into(), nonce).into())
	}
}

/// A transaction of `signer` with `nonce`, immortal-ish (valid for the next 2,400 blocks
/// from the best block), tipping nothing, signed over this runtime's extensions.
pub fn signed_extrinsic(
	client: &FullClient,
	signer: sp_core::sr25519::Pair,
	call: runtime::RuntimeCall,
	nonce: u32,
) -> runtime::UncheckedExtrinsic {
	use sc_client_api::UsageProvider;
	let info = client.usage_info().chain;
	let genesis = info.genesis_hash;
	let best_hash = info.best_hash;
	let best_number: u64 = info.best_number.saturated_into();
	let period =
		runtime::configs::BlockHashCount::get().checked_next_power_of_two().map_or(64, u64::from)
			/ 2;
	let era = Era::mortal(period, best_number);
	let extension: runtime::TxExtension = (
		frame_system::CheckNonZeroSender::<runtime::Runtime>::new(),
		frame_system::CheckSpecVersion::<runtime::Runtime>::new(),
		frame_system::CheckTxVersion::<runtime::Runtime>::new(),
		frame_system::CheckGenesis::<runtime::Runtime>::new(),
		frame_system::CheckEra::<runtime::Runtime>::from(era),
		frame_system::CheckNonce::<runtime::Runtime>::from(nonce),
		frame_system::CheckWeight::<runtime::Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<runtime::Runtime>::from(0),
		pallet_consortium::CheckMembership::<runtime::Runtime>::new(),
	);
	let implicit = (
		(),
		runtime::VERSION.spec_version,
		runtime::VERSION.transaction_version,
		genesis,
		best_hash,
		(),
		(),
		(),
		(),
	);
	let payload = runtime::SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	runtime::UncheckedExtrinsic::new_signed(
		call,
		sp_runtime::AccountId32::from(signer.public()).into(),
		runtime::Signature::Sr25519(signature),
		extension,
	)
}

/// The inherent data of a benchmark block: the current time.
pub fn inherent_benchmark_data() -> Result<InherentData> {
	let mut data = InherentData::new();
	let now = sp_timestamp::InherentDataProvider::new(Duration::from_millis(0).into());
	futures::executor::block_on(now.provide_inherent_data(&mut data))
		.map_err(|e| format!("creating the inherent data: {e:?}"))?;
	Ok(data)
}
