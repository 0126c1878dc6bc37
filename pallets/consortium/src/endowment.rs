//! Native currency for new members: every account the council binds to an institution
//! (`admit`, `add_account`, `set_validator`) is minted [`Config::AccountEndowment`], so an
//! institution admitted by governance can pay its first transaction fees without anyone
//! sending it funds. The native currency pays for weight and storage deposits only; the
//! consortium token (pallet-token) is what institutions trade in.
use crate::{Config, Pallet};
use frame_support::traits::{fungible, Get};
use sp_runtime::{traits::Zero, DispatchResult};

/// The balance type of the native currency.
pub type NativeBalanceOf<T> = <<T as Config>::NativeCurrency as fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

impl<T: Config> Pallet<T> {
	/// Mint the endowment into `who` (pallet-balances emits `Minted`). A failure (e.g. an
	/// endowment below the existential deposit) fails the calling extrinsic as a whole.
	pub(crate) fn endow(who: &T::AccountId) -> DispatchResult {
		let amount = T::AccountEndowment::get();
		if amount.is_zero() {
			return Ok(());
		}
		<T::NativeCurrency as fungible::Mutate<T::AccountId>>::mint_into(who, amount)?;
		Ok(())
	}

	/// The endowment is at least the existential deposit (or zero), so minting it into an
	/// empty account cannot fail for being too small.
	pub(crate) fn endowment_is_sane() -> bool {
		let amount = T::AccountEndowment::get();
		amount.is_zero()
			|| amount >= <T::NativeCurrency as fungible::Inspect<T::AccountId>>::minimum_balance()
	}
}
