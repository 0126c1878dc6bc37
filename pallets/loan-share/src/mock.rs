//! Test runtime: the pallet over `TestRegistry` (registry and keys), `TestEscrow`,
//! pallet-balances (the native currency deposits are held on), a settable clock and a
//! recording handoff hook.
use crate as pallet_loan_share;
use core::time::Duration;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, UnixTime},
};
use frame_system::EnsureRoot;
use loanshare_primitives::{
	origin::{AnyRole, Contributor, Participator},
	testing::{TestEscrow, TestInstitutionOrigin, TestRegistry},
	EscrowId, HandoffDue, HandoffHook, InstitutionId, KeyId, Moment, PlanId,
};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult};
use std::cell::{Cell, RefCell};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		LoanShare: pallet_loan_share,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// Native balance of every account in the fixtures (pays plan deposits).
pub const NATIVE: u64 = 1_000_000;
/// The mock's plan deposit: base.
pub const DEPOSIT_BASE: u64 = 100;
/// The mock's plan deposit: per byte.
pub const DEPOSIT_PER_BYTE: u64 = 1;
/// The mock's bytes per participant slot.
pub const PARTICIPANT_FOOTPRINT: u32 = 200;
/// The mock's retention, in blocks.
pub const RETENTION: u64 = 10;

/// The mock's rate cap until set otherwise: 24% a year.
pub const DEFAULT_CAP_BP: u32 = 2_400;
/// The mock's minimum fee, in token units.
pub const MIN_FEE: u128 = 5;
/// The mock's clock at the start of every test (ms since the Unix epoch).
pub const GENESIS_NOW: Moment = 1_700_000_000_000;

parameter_types! {
	pub const DefaultRateCapBp: u32 = DEFAULT_CAP_BP;
}

impl pallet_loan_share::Config for Test {
	type ContributorOrigin = TestInstitutionOrigin<Contributor>;
	type ParticipatorOrigin = TestInstitutionOrigin<Participator>;
	type MemberOrigin = TestInstitutionOrigin<AnyRole>;
	type Escrow = TestEscrow;
	type Keys = TestRegistry;
	type Handoff = RecordingHandoff;
	type Time = MockTime;
	type AdminOrigin = EnsureRoot<u64>;
	type DefaultRateCapBp = DefaultRateCapBp;
	type MaxBatch = ConstU32<8>;
	type MaxRefLen = ConstU32<32>;
	type MaxLinks = ConstU32<3>;
	type MaxLinkLen = ConstU32<64>;
	type MaxCiphertextLen = ConstU32<256>;
	type MaxWrappedKeyLen = ConstU32<512>;
	type MinShareFloor = ConstU128<1>;
	type MinFee = ConstU128<MIN_FEE>;
	type MaxParticipants = ConstU32<4>;
	type MaxExpiriesPerBlock = ConstU32<3>;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type PlanDepositBase = ConstU64<DEPOSIT_BASE>;
	type DepositPerByte = ConstU64<DEPOSIT_PER_BYTE>;
	type ParticipantFootprint = ConstU32<PARTICIPANT_FOOTPRINT>;
	type Retention = ConstU64<RETENTION>;
	type MaxReapsPerBlock = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockTime;
}

thread_local! {
	static NOW: Cell<Moment> = const { Cell::new(GENESIS_NOW) };
	static HANDOFFS: RefCell<Vec<Handoff>> = const { RefCell::new(Vec::new()) };
	static FAIL_HANDOFF: Cell<bool> = const { Cell::new(false) };
	static UNSETTLED: RefCell<Vec<(PlanId, InstitutionId)>> = const { RefCell::new(Vec::new()) };
	static FORGOTTEN: RefCell<Vec<(PlanId, InstitutionId)>> = const { RefCell::new(Vec::new()) };
}

/// A settable [`UnixTime`].
pub struct MockTime;

impl MockTime {
	/// Set the clock (ms since the Unix epoch).
	pub fn set(now: Moment) {
		NOW.with(|n| n.set(now));
	}
	/// The clock (ms since the Unix epoch).
	pub fn get() -> Moment {
		NOW.with(|n| n.get())
	}
}

impl UnixTime for MockTime {
	fn now() -> Duration {
		Duration::from_millis(Self::get())
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper for MockTime {
	fn set_now(now: Moment) {
		Self::set(now);
	}
}

/// A handoff request as the hook saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
	pub plan: PlanId,
	pub contributor: InstitutionId,
	pub participant: InstitutionId,
	pub escrow: EscrowId,
	pub wrapped_key: Vec<u8>,
	pub key_id: KeyId,
}

/// A [`HandoffHook`] that records every request, or fails when told to.
pub struct RecordingHandoff;

impl RecordingHandoff {
	/// Every request so far.
	pub fn requests() -> Vec<Handoff> {
		HANDOFFS.with(|h| h.borrow().clone())
	}
	/// Make the next requests fail (true) or succeed again (false).
	pub fn fail(yes: bool) {
		FAIL_HANDOFF.with(|f| f.set(yes));
	}
	/// Mark the handoff of `plan` to `participant` pending (true) or settled (false).
	pub fn set_pending(plan: PlanId, participant: InstitutionId, pending: bool) {
		UNSETTLED.with(|u| {
			let mut u = u.borrow_mut();
			u.retain(|entry| *entry != (plan, participant));
			if pending {
				u.push((plan, participant));
			}
		});
	}
	/// The handoff records reaping removed, in order.
	pub fn forgotten() -> Vec<(PlanId, InstitutionId)> {
		FORGOTTEN.with(|f| f.borrow().clone())
	}
}

impl HandoffHook for RecordingHandoff {
	fn handoff_due(due: HandoffDue<'_>) -> DispatchResult {
		if FAIL_HANDOFF.with(|f| f.get()) {
			return Err(DispatchError::Other("HandoffRefused"));
		}
		HANDOFFS.with(|h| {
			h.borrow_mut().push(Handoff {
				plan: due.plan,
				contributor: due.contributor,
				participant: due.participant,
				escrow: due.escrow,
				wrapped_key: due.wrapped_key.to_vec(),
				key_id: due.key_id,
			})
		});
		Ok(())
	}

	fn is_settled(plan: PlanId, participant: InstitutionId) -> bool {
		!UNSETTLED.with(|u| u.borrow().contains(&(plan, participant)))
	}

	fn forget(plan: PlanId, participant: InstitutionId) {
		FORGOTTEN.with(|f| f.borrow_mut().push((plan, participant)));
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn settle_for_benchmark(plan: PlanId, participant: InstitutionId) {
		Self::set_pending(plan, participant, false);
	}
}

/// A fresh externality at block 1 with the clock at [`GENESIS_NOW`] and every
/// test double emptied.
pub fn new_test_ext() -> sp_io::TestExternalities {
	TestRegistry::reset();
	MockTime::set(GENESIS_NOW);
	HANDOFFS.with(|h| h.borrow_mut().clear());
	UNSETTLED.with(|u| u.borrow_mut().clear());
	FORGOTTEN.with(|f| f.borrow_mut().clear());
	RecordingHandoff::fail(false);
	let storage = RuntimeGenesisConfig {
		balances: pallet_balances::GenesisConfig {
			balances: [10, 11, 20, 30, 40, 50, 60, 99]
				.into_iter()
				.map(|who| (who, NATIVE))
				.collect(),
			..Default::default()
		},
		..Default::default()
	}
	.build_storage()
	.expect("valid genesis");
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` in a fresh externality, then checks every invariant (`try_state`).
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		crate::Pallet::<Test>::do_try_state().expect("invariants hold after the test");
	});
}
