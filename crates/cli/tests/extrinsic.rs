//! Extrinsics built by the client decode with the runtime's type, carry the expected
//! extensions, and their signatures verify: by hand over (call, extensions, implicit),
//! and by the runtime's own `Checkable` with a System state holding the right hashes.
use codec::{Decode, Encode};
use loanshare_cli::tx::{encode, implicit, sign, Implicit, Signer, SigningContext, ERA_PERIOD};
use loanshare_runtime::{Hash, Runtime, RuntimeCall, TxExtension, UncheckedExtrinsic};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::{Era, Preamble},
	traits::{Checkable, TransactionExtension, Verify},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	MultiAddress,
};

fn ctx() -> SigningContext {
	SigningContext {
		genesis: Hash::repeat_byte(0x11),
		spec_version: loanshare_runtime::VERSION.spec_version,
		transaction_version: loanshare_runtime::VERSION.transaction_version,
		block_number: 130,
		block_hash: Hash::repeat_byte(0x22),
	}
}

fn confirm_call() -> RuntimeCall {
	RuntimeCall::LoanShare(pallet_loan_share::Call::confirm {
		plan: 3,
		amount: 8_000_000,
		rate_bp: 1900,
	})
}

/// A call whose signed payload is longer than 256 bytes (so the signature covers its hash).
fn register_key_call() -> RuntimeCall {
	RuntimeCall::KeyExchange(pallet_key_exchange::Call::register_key {
		spki_der: vec![0x30; 294].try_into().unwrap(),
	})
}

fn decoded(xt: &UncheckedExtrinsic) -> (UncheckedExtrinsic, Vec<u8>) {
	let (bytes, hash) = encode(xt);
	assert_eq!(hash, Hash::from(sp_crypto_hashing::blake2_256(&bytes)));
	(
		UncheckedExtrinsic::decode(&mut &bytes[..]).expect("decodes as the runtime's extrinsic"),
		bytes,
	)
}

#[test]
fn implicit_has_the_runtime_extension_type() {
	// Compile-time: the hand-built tuple is exactly the runtime's `Implicit`.
	let i: <TxExtension as TransactionExtension<RuntimeCall>>::Implicit = implicit(&ctx());
	let _: Implicit = i;
}

#[test]
fn signed_extrinsic_decodes_and_its_signature_verifies() {
	let alice = Signer::from_suri("//Alice").unwrap();
	assert_eq!(alice.account, Sr25519Keyring::Alice.to_account_id());
	let (xt, _) = decoded(&sign(confirm_call(), &alice, 7, &ctx()));
	assert_eq!(xt.function, confirm_call());
	let Preamble::Signed(address, signature, ext) = xt.preamble else {
		panic!("not a signed extrinsic")
	};
	assert_eq!(address, MultiAddress::Id(alice.account.clone()));
	assert_eq!(ext.5 .0, 7, "nonce");
	assert_eq!(ext.4 .0, Era::mortal(ERA_PERIOD, 130), "era");
	assert_eq!(ext.4 .0.birth(131), 130);

	let payload = (confirm_call(), ext.clone(), implicit(&ctx())).encode();
	assert!(payload.len() <= 256);
	assert!(signature.verify(&payload[..], &alice.account));
	// Any other chain, runtime or era block breaks it.
	for other in [
		SigningContext { genesis: Hash::repeat_byte(0x99), ..ctx() },
		SigningContext { spec_version: ctx().spec_version + 1, ..ctx() },
		SigningContext { block_hash: Hash::repeat_byte(0x99), ..ctx() },
	] {
		let payload = (confirm_call(), ext.clone(), implicit(&other)).encode();
		assert!(!signature.verify(&payload[..], &alice.account));
	}
	assert!(!signature.verify(&payload[..], &Sr25519Keyring::Bob.to_account_id()));
}

#[test]
fn long_payloads_are_signed_as_their_blake2_hash() {
	let bob = Signer::from_suri("//Bob").unwrap();
	let (xt, _) = decoded(&sign(register_key_call(), &bob, 0, &ctx()));
	let Preamble::Signed(_, signature, ext) = xt.preamble else { panic!("not signed") };
	let payload = (register_key_call(), ext, implicit(&ctx())).encode();
	assert!(payload.len() > 256);
	assert!(signature.verify(&sp_crypto_hashing::blake2_256(&payload)[..], &bob.account));
	assert!(!signature.verify(&payload[..], &bob.account));
}

/// The runtime's own check (`Checkable` with `ChainContext`), with System holding the
/// genesis and era-birth block hashes at block 131.
fn runtime_check(
	xt: UncheckedExtrinsic,
	ctx: &SigningContext,
) -> Result<(), TransactionValidityError> {
	sp_io::TestExternalities::new_empty().execute_with(|| {
		frame_system::BlockHash::<Runtime>::insert(0, ctx.genesis);
		frame_system::BlockHash::<Runtime>::insert(130, ctx.block_hash);
		frame_system::Pallet::<Runtime>::set_block_number(131);
		Checkable::check(xt, &frame_system::ChainContext::<Runtime>::default()).map(|_| ())
	})
}

#[test]
fn the_runtime_accepts_the_signature() {
	let alice = Signer::from_suri("//Alice").unwrap();
	for call in [confirm_call(), register_key_call()] {
		let xt = sign(call.clone(), &alice, 1, &ctx());
		assert_eq!(runtime_check(xt, &ctx()), Ok(()));
		// Signed for another genesis: the runtime computes other implicit data.
		let wrong = SigningContext { genesis: Hash::repeat_byte(0x99), ..ctx() };
		let xt = sign(call, &alice, 1, &wrong);
		assert_eq!(runtime_check(xt, &ctx()), Err(InvalidTransaction::BadProof.into()));
	}
}
