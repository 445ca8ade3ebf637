//! Which models a provider serves (each listed for on-chain requests as `listing.rs` says).

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::pallet::{Config, Error, Event, Pallet, Providers};
use alloc::collections::BTreeSet;
use frame_support::pallet_prelude::*;
use gintonic_primitives::{bounds::MaxServedModels, ModelId, ModelRegistry, ProviderStatus};

impl<T: Config> Pallet<T> {
	/// Replaces the models `who` serves with `models`: unlisted from those it drops, listed
	/// (while active) for those it serves where there is room for it.
	pub(crate) fn do_serve_models(
		who: &T::AccountId,
		models: BoundedVec<ModelId, MaxServedModels>,
	) -> DispatchResult {
		let mut provider = Providers::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		let mut seen = BTreeSet::new();
		for model in models.iter() {
			ensure!(seen.insert(*model), Error::<T>::DuplicateModel);
			ensure!(T::Models::exists(model), Error::<T>::UnknownModel);
			ensure!(T::Models::is_servable(model), Error::<T>::ModelBlocked);
		}
		let dropped: alloc::vec::Vec<ModelId> =
			provider.models.iter().filter(|m| !seen.contains(m)).copied().collect();
		Self::unlist_everywhere(who, &dropped);
		provider.models = models.clone();
		if provider.status == ProviderStatus::Active {
			Self::list_everywhere(who, &provider);
		}
		Providers::<T>::insert(who, &provider);
		Self::deposit_event(Event::ModelsServed { provider: who.clone(), models });
		Ok(())
	}
}
