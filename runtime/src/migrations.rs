//! The runtime's migrations, run in order by `frame_executive` on the first block of a new
//! runtime. Each pallet migration is versioned (it runs only on the storage version it
//! migrates from, then bumps it), so a tuple stays safe to keep across several upgrades.
//! How to write, test and ship one: `docs/UPGRADES.md`.

/// The migrations of this runtime version.
#[cfg(not(feature = "upgrade-test"))]
pub type Migrations = (
	pallet_consortium::migrations::MigrateV0ToV1<crate::Runtime>,
	pallet_loan_share::migrations::MigrateV1ToV2<crate::Runtime>,
	pallet_loan_share::migrations::MigrateV2ToV3<crate::Runtime>,
	pallet_key_exchange::migrations::MigrateV0ToV1<crate::Runtime>,
);

/// The migrations of the `upgrade-test` build: the same, plus [`UpgradeTestMarker`].
#[cfg(feature = "upgrade-test")]
pub type Migrations = (
	pallet_consortium::migrations::MigrateV0ToV1<crate::Runtime>,
	pallet_loan_share::migrations::MigrateV1ToV2<crate::Runtime>,
	pallet_loan_share::migrations::MigrateV2ToV3<crate::Runtime>,
	pallet_key_exchange::migrations::MigrateV0ToV1<crate::Runtime>,
	UpgradeTestMarker,
);

/// The storage key the `upgrade-test` runtime's migration writes (its spec_version, SCALE).
pub const UPGRADE_TEST_MARKER: &[u8] = b":loanshare:upgrade-test:";

/// The `upgrade-test` build's observable migration: records its spec_version under
/// [`UPGRADE_TEST_MARKER`], so the upgrade scenario can tell the migration ran.
#[cfg(feature = "upgrade-test")]
pub struct UpgradeTestMarker;

#[cfg(feature = "upgrade-test")]
impl frame_support::traits::OnRuntimeUpgrade for UpgradeTestMarker {
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		use frame_support::traits::Get;
		frame_support::storage::unhashed::put(UPGRADE_TEST_MARKER, &crate::VERSION.spec_version);
		<crate::Runtime as frame_system::Config>::DbWeight::get().writes(1)
	}
}
