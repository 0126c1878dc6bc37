//! Storage keys of the items the client reads with `state_getStorage`.
//!
//! A key is `twox128(pallet name) ‖ twox128(item name)`, then for each map key its
//! hasher's output: `Twox64Concat` = `twox64(k) ‖ k`, `Blake2_128Concat` =
//! `blake2_128(k) ‖ k`, `Identity` = `k` (with `k` SCALE-encoded), as the pallets
//! declare them. The pallet names are those of `construct_runtime` (the runtime's
//! pallet list). Tests check each key against the runtime's own storage types.
use codec::Encode;
use loanshare_primitives::{InstitutionId, KeyId, PlanId};
use loanshare_runtime::AccountId;
use sp_crypto_hashing::{blake2_128, twox_128, twox_64};

/// `twox128(pallet) ‖ twox128(item)`.
pub fn prefix(pallet: &str, item: &str) -> Vec<u8> {
	let mut key = twox_128(pallet.as_bytes()).to_vec();
	key.extend_from_slice(&twox_128(item.as_bytes()));
	key
}

fn twox64_concat(key: &mut Vec<u8>, k: &impl Encode) {
	let encoded = k.encode();
	key.extend_from_slice(&twox_64(&encoded));
	key.extend_from_slice(&encoded);
}

fn blake2_128_concat(key: &mut Vec<u8>, k: &impl Encode) {
	let encoded = k.encode();
	key.extend_from_slice(&blake2_128(&encoded));
	key.extend_from_slice(&encoded);
}

/// `System.Events`: the events of the block the state belongs to.
pub fn system_events() -> Vec<u8> {
	prefix("System", "Events")
}

/// `Timestamp.Now`: the time of the block, ms since the Unix epoch.
pub fn timestamp_now() -> Vec<u8> {
	prefix("Timestamp", "Now")
}

/// `LoanShare.RateCapBp`: the regulatory rate cap (absent = the runtime's default).
pub fn rate_cap() -> Vec<u8> {
	prefix("LoanShare", "RateCapBp")
}

/// `Token.Balances(institution)` (`Blake2_128Concat`).
pub fn token_balance(institution: InstitutionId) -> Vec<u8> {
	let mut key = prefix("Token", "Balances");
	blake2_128_concat(&mut key, &institution);
	key
}

/// `KeyExchange.CurrentKey(institution)` (`Twox64Concat`).
pub fn current_key(institution: InstitutionId) -> Vec<u8> {
	let mut key = prefix("KeyExchange", "CurrentKey");
	twox64_concat(&mut key, &institution);
	key
}

/// `KeyExchange.Keys(institution, key_id)` (`Twox64Concat`, `Twox64Concat`).
pub fn registered_key(institution: InstitutionId, key_id: KeyId) -> Vec<u8> {
	let mut key = prefix("KeyExchange", "Keys");
	twox64_concat(&mut key, &institution);
	twox64_concat(&mut key, &key_id);
	key
}

/// `KeyExchange.Handoffs(plan, participant)` (`Twox64Concat`, `Twox64Concat`).
pub fn handoff(plan: PlanId, participant: InstitutionId) -> Vec<u8> {
	let mut key = prefix("KeyExchange", "Handoffs");
	twox64_concat(&mut key, &plan);
	twox64_concat(&mut key, &participant);
	key
}

/// `Consortium.AccountInstitution(account)` (`Blake2_128Concat`).
pub fn account_institution(account: &AccountId) -> Vec<u8> {
	let mut key = prefix("Consortium", "AccountInstitution");
	blake2_128_concat(&mut key, account);
	key
}

#[cfg(test)]
mod tests {
	use super::*;
	use loanshare_runtime::Runtime;

	#[test]
	fn keys_match_the_runtime_storage_types() {
		let alice = AccountId::new([7; 32]);
		// `frame_system::Events` is private: its well-known key.
		assert_eq!(
			hex::encode(system_events()),
			"26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7"
		);
		assert_eq!(system_events(), prefix("System", "Events"));
		assert_eq!(timestamp_now(), pallet_timestamp::Now::<Runtime>::hashed_key().to_vec());
		assert_eq!(rate_cap(), pallet_loan_share::RateCapBp::<Runtime>::hashed_key().to_vec());
		assert_eq!(token_balance(3), pallet_token::Balances::<Runtime>::hashed_key_for(3));
		assert_eq!(current_key(2), pallet_key_exchange::CurrentKey::<Runtime>::hashed_key_for(2));
		assert_eq!(
			registered_key(2, 5),
			pallet_key_exchange::Keys::<Runtime>::hashed_key_for(2, 5)
		);
		assert_eq!(handoff(42, 3), pallet_key_exchange::Handoffs::<Runtime>::hashed_key_for(42, 3));
		assert_ne!(handoff(42, 3), handoff(3, 42));
		assert_eq!(
			account_institution(&alice),
			pallet_consortium::AccountInstitution::<Runtime>::hashed_key_for(&alice)
		);
	}
}
