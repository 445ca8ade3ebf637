//! Pausing, resuming, strikes and suspension, each keeping the model lists in step.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Error, Event, Pallet, Providers},
	types::ProviderOf,
};
use frame_support::pallet_prelude::*;
use gintonic_primitives::ProviderStatus;

impl<T: Config> Pallet<T> {
	/// Sets `who` to `Active` (listed again where there is room) or `Paused` (unlisted). A
	/// suspended provider cannot change its status.
	pub(crate) fn do_set_status(who: &T::AccountId, status: ProviderStatus) -> DispatchResult {
		ensure!(status != ProviderStatus::Suspended, Error::<T>::CannotSuspendSelf);
		let provider = Providers::<T>::try_mutate(who, |maybe| {
			let provider = maybe.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(provider.status != ProviderStatus::Suspended, Error::<T>::ProviderSuspended);
			ensure!(provider.status != ProviderStatus::Leaving, Error::<T>::ProviderLeaving);
			provider.status = status;
			Ok::<_, DispatchError>(provider.clone())
		})?;
		match status {
			ProviderStatus::Active => Self::list_everywhere(who, &provider),
			_ => Self::unlist_everywhere(who, provider.models.iter()),
		}
		Self::deposit_event(Event::StatusChanged { provider: who.clone(), status });
		Ok(())
	}

	/// Counts a strike against `who` and restarts its count of good service; at
	/// [`Config::MaxStrikes`] an active or paused provider is suspended (a leaving one keeps
	/// leaving, and its strikes are kept for its return). Does nothing for an account that
	/// is not a provider.
	pub(crate) fn do_strike(who: &T::AccountId) {
		let Some(mut provider) = Providers::<T>::get(who) else { return };
		provider.strikes = provider.strikes.saturating_add(1);
		provider.served_since_strike = 0;
		let strikes = provider.strikes;
		let suspend = strikes >= T::MaxStrikes::get() && provider.status.admits_new_work();
		if suspend {
			provider.status = ProviderStatus::Suspended;
			Self::unlist_everywhere(who, provider.models.iter());
		}
		Providers::<T>::insert(who, provider);
		Self::deposit_event(Event::Struck { provider: who.clone(), strikes });
		if suspend {
			Self::deposit_event(Event::Suspended { provider: who.clone() });
		}
	}

	/// Clears a suspended provider's strikes, makes it active and lists it again where there
	/// is room.
	pub(crate) fn do_reinstate(who: &T::AccountId) -> DispatchResult {
		let provider = Providers::<T>::try_mutate(who, |maybe| {
			let provider = maybe.as_mut().ok_or(Error::<T>::NotRegistered)?;
			ensure!(provider.status == ProviderStatus::Suspended, Error::<T>::NotSuspended);
			provider.status = ProviderStatus::Active;
			provider.strikes = 0;
			provider.served_since_strike = 0;
			Ok::<_, DispatchError>(provider.clone())
		})?;
		Self::list_everywhere(who, &provider);
		Self::deposit_event(Event::Reinstated { provider: who.clone() });
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// Counts one more request completed by `who`: every [`Config::ServedPerForgiveness`] in a
	/// row forgive one strike of an active or paused provider (a suspended one waits for
	/// root). A provider that fails fewer than one request in `ServedPerForgiveness + 1` is
	/// never suspended for it; one failing more often is, in time.
	pub(crate) fn note_served(provider: &mut ProviderOf<T>) -> Option<u32> {
		if provider.strikes == 0 || !provider.status.admits_new_work() {
			return None;
		}
		provider.served_since_strike = provider.served_since_strike.saturating_add(1);
		if provider.served_since_strike < T::ServedPerForgiveness::get() {
			return None;
		}
		provider.served_since_strike = 0;
		provider.strikes = provider.strikes.saturating_sub(1);
		Some(provider.strikes)
	}
}
