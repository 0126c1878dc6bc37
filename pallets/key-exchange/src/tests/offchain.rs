//! Offchain-worker tests: a real RSA private key in offchain storage, a real sr25519 `lsho`
//! key in a test keystore, and the transaction the worker puts in the pool.
use crate::{
	crypto::KEY_TYPE, mock::*, offchain::in_flight_key, HandoffStatus, Handoffs,
	INSTITUTION_ID_STORAGE_KEY, PRIVATE_KEY_STORAGE_KEY,
};
use codec::{Decode, Encode};
use frame_support::{assert_ok, traits::Hooks};
use loanshare_envelope::{BorrowerData, Context, Sealed};
use loanshare_primitives::testing::TestRegistry;
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};
use sp_core::offchain::{
	testing::{PoolState, TestOffchainExt, TestTransactionPoolExt},
	OffchainDbExt, OffchainWorkerExt, StorageKind, TransactionPoolExt,
};
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::{generic::Preamble, traits::Dispatchable};
use std::sync::Arc;

type Pool = Arc<parking_lot::RwLock<PoolState>>;

/// The keystore account of the contributor's node.
struct Node {
	ext: sp_io::TestExternalities,
	pool: Pool,
	signer: u64,
}

/// Members with keys, a keystore holding an `lsho` key acting for the contributor (unless
/// `signer_is_member` is false), and offchain + pool extensions.
fn node(signer_is_member: bool) -> Node {
	let (offchain, _state) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	let keystore = MemoryKeystore::new();
	let public = keystore.sr25519_generate_new(KEY_TYPE, Some("//ContributorNode")).unwrap();
	let signer = account_of(&public);
	let mut ext = new_test_ext_with_members();
	ext.register_extension(OffchainWorkerExt::new(offchain.clone()));
	ext.register_extension(OffchainDbExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	ext.register_extension(KeystoreExt::new(keystore));
	ext.execute_with(|| {
		if signer_is_member {
			TestRegistry::add_account(CONTRIBUTOR, signer);
		}
	});
	Node { ext, pool: pool_state, signer }
}

fn configure_node(private_key: &[u8], institution: u32) {
	sp_io::offchain::local_storage_set(
		StorageKind::PERSISTENT,
		PRIVATE_KEY_STORAGE_KEY,
		private_key,
	);
	sp_io::offchain::local_storage_set(
		StorageKind::PERSISTENT,
		INSTITUTION_ID_STORAGE_KEY,
		&institution.encode(),
	);
}

fn borrower() -> BorrowerData {
	BorrowerData {
		name: "张三".into(),
		id_number: "110101199001011234".into(),
		mobile: "13800000000".into(),
		licence_plate: Some("京A12345".into()),
		engine_number: Some("ENG-42".into()),
	}
}

const CTX: Context<'static> =
	Context { chain_id: b"loanshare-test", contributor: CONTRIBUTOR, external_ref: b"ref-1" };

/// Seal the borrower data to the contributor's key and request a handoff of plan 7 with its W.
fn publish_and_confirm(participant: u32) -> Sealed {
	let mut rng = ChaCha20Rng::from_seed([9u8; 32]);
	let sealed = loanshare_envelope::seal(&mut rng, &borrower(), &CTX, CONTRIBUTOR_DER).unwrap();
	assert_ok!(request(7, participant, &sealed.wrapped_key, 1));
	sealed
}

fn take_transactions(pool: &Pool) -> Vec<Extrinsic> {
	let mut state = pool.write();
	let txs = std::mem::take(&mut state.transactions);
	txs.iter().map(|tx| Extrinsic::decode(&mut &tx[..]).unwrap()).collect()
}

/// The signer and W' of a submitted `deliver` for plan 7 / `participant`.
fn decode_delivery(xt: Extrinsic, participant: u32) -> (u64, Vec<u8>, RuntimeCall) {
	let Preamble::Signed(who, (), ()) = xt.preamble else { panic!("not a signed transaction") };
	let call = xt.function.clone();
	match xt.function {
		RuntimeCall::KeyExchange(crate::Call::deliver { plan, participant: p, rewrapped_key }) => {
			assert_eq!((plan, p), (7, participant));
			(who, rewrapped_key.into_inner(), call)
		},
		other => panic!("unexpected call {other:?}"),
	}
}

#[test]
fn worker_rewraps_to_the_participant_and_submits_a_signed_delivery() {
	let Node { mut ext, pool, signer } = node(true);
	ext.execute_with(|| {
		configure_node(CONTRIBUTOR_PEM, CONTRIBUTOR);
		let sealed = publish_and_confirm(PARTICIPANT);
		System::set_block_number(2);
		KeyExchange::offchain_worker(2);

		let mut txs = take_transactions(&pool);
		assert_eq!(txs.len(), 1);
		let (who, w_prime, call) = decode_delivery(txs.remove(0), PARTICIPANT);
		assert_eq!(who, signer);
		assert_eq!(w_prime.len(), 256);
		assert_ne!(w_prime, sealed.wrapped_key);

		// The participant's private key unwraps W' to the contributor's data key K ...
		let contributor = loanshare_envelope::parse_private_key(CONTRIBUTOR_PEM).unwrap();
		let participant = loanshare_envelope::parse_private_key(PARTICIPANT_PEM).unwrap();
		let k = loanshare_envelope::unwrap_key(&contributor, &sealed.wrapped_key).unwrap();
		assert_eq!(loanshare_envelope::unwrap_key(&participant, &w_prime).unwrap(), k);
		// ... and opens the borrower data, commitment checked.
		let opened = loanshare_envelope::open(
			&participant,
			&w_prime,
			&sealed.ciphertext,
			&sealed.nonce,
			&sealed.commitment,
			&CTX,
		)
		.unwrap();
		assert_eq!(opened, borrower());

		// The submitted transaction is valid on chain.
		assert_ok!(call.dispatch(RuntimeOrigin::signed(who)));
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Delivered);

		// Nothing left to do afterwards.
		KeyExchange::offchain_worker(30);
		assert!(take_transactions(&pool).is_empty());
	});
}

#[test]
fn worker_does_not_resubmit_while_in_flight() {
	let Node { mut ext, pool, .. } = node(true);
	ext.execute_with(|| {
		configure_node(CONTRIBUTOR_PEM, CONTRIBUTOR);
		publish_and_confirm(PARTICIPANT);
		KeyExchange::offchain_worker(2);
		assert_eq!(take_transactions(&pool).len(), 1);
		let marker = sp_io::offchain::local_storage_get(
			StorageKind::PERSISTENT,
			&in_flight_key(7, PARTICIPANT),
		);
		assert_eq!(marker, Some(12u64.encode()));

		KeyExchange::offchain_worker(3);
		KeyExchange::offchain_worker(11);
		assert!(take_transactions(&pool).is_empty());

		// Still pending after the in-flight period: tried again.
		KeyExchange::offchain_worker(12);
		assert_eq!(take_transactions(&pool).len(), 1);
	});
}

#[test]
fn worker_wraps_to_the_participants_rotated_key() {
	let Node { mut ext, pool, .. } = node(true);
	ext.execute_with(|| {
		configure_node(CONTRIBUTOR_PEM, CONTRIBUTOR);
		let sealed = publish_and_confirm(PARTICIPANT);
		assert_ok!(KeyExchange::register_key(
			RuntimeOrigin::signed(PARTICIPANT_ACCOUNT),
			der(PARTICIPANT_ROTATED_DER)
		));
		KeyExchange::offchain_worker(2);
		let mut txs = take_transactions(&pool);
		assert_eq!(txs.len(), 1);
		let (_, w_prime, _) = decode_delivery(txs.remove(0), PARTICIPANT);
		let rotated = loanshare_envelope::parse_private_key(PARTICIPANT_ROTATED_PEM).unwrap();
		let contributor = loanshare_envelope::parse_private_key(CONTRIBUTOR_PEM).unwrap();
		assert_eq!(
			loanshare_envelope::unwrap_key(&rotated, &w_prime).unwrap(),
			loanshare_envelope::unwrap_key(&contributor, &sealed.wrapped_key).unwrap()
		);
	});
}

#[test]
fn worker_does_nothing_without_configuration() {
	let Node { mut ext, pool, .. } = node(true);
	ext.execute_with(|| {
		publish_and_confirm(PARTICIPANT);
		// No private key, no institution id.
		KeyExchange::offchain_worker(2);
		// Institution id only.
		sp_io::offchain::local_storage_set(
			StorageKind::PERSISTENT,
			INSTITUTION_ID_STORAGE_KEY,
			&CONTRIBUTOR.encode(),
		);
		KeyExchange::offchain_worker(3);
		// An unreadable private key.
		configure_node(b"-----BEGIN PRIVATE KEY-----\nnope\n", CONTRIBUTOR);
		KeyExchange::offchain_worker(4);
		// Another institution's id (with no pending handoffs).
		configure_node(CONTRIBUTOR_PEM, OTHER);
		KeyExchange::offchain_worker(5);
		assert!(take_transactions(&pool).is_empty());
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Pending);
	});
}

#[test]
fn worker_needs_a_signing_key_of_the_institution() {
	let Node { mut ext, pool, .. } = node(false);
	ext.execute_with(|| {
		configure_node(CONTRIBUTOR_PEM, CONTRIBUTOR);
		publish_and_confirm(PARTICIPANT);
		KeyExchange::offchain_worker(2);
		assert!(take_transactions(&pool).is_empty());
	});
}

#[test]
fn worker_skips_handoffs_its_key_cannot_unwrap() {
	let Node { mut ext, pool, .. } = node(true);
	ext.execute_with(|| {
		// The node holds the wrong private key (the participant's).
		configure_node(PARTICIPANT_PEM, CONTRIBUTOR);
		publish_and_confirm(PARTICIPANT);
		KeyExchange::offchain_worker(2);
		assert!(take_transactions(&pool).is_empty());
		assert_eq!(Handoffs::<Test>::get(7, PARTICIPANT).unwrap().status, HandoffStatus::Pending);
	});
}
