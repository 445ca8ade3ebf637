//! Which models a provider serves, and the per-model index that requests choose from.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::pallet::{Config, Error, Event, ModelProviders, Pallet, Providers};
use alloc::collections::BTreeSet;
use frame_support::pallet_prelude::*;
use gintonic_primitives::{bounds::MaxServedModels, ModelId, ModelRegistry};

impl<T: Config> Pallet<T> {
	/// Replaces the models `who` serves with `models`, keeping the per-model index in step.
	pub(crate) fn do_serve_models(
		who: &T::AccountId,
		models: BoundedVec<ModelId, MaxServedModels>,
	) -> DispatchResult {
		let mut provider = Providers::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		let mut seen = BTreeSet::new();
		for model in models.iter() {
			ensure!(seen.insert(*model), Error::<T>::DuplicateModel);
			ensure!(T::Models::exists(model), Error::<T>::UnknownModel);
			ensure!(T::Models::is_servable(model), Error::<T>::ModelDeprecated);
		}
		let old: BTreeSet<ModelId> = provider.models.iter().copied().collect();
		// Add to the index first: it is the only step that can fail, and storage writes in a
		// call are reverted as a whole if it does.
		for model in seen.difference(&old) {
			ModelProviders::<T>::try_mutate(model, |list| {
				list.try_push(who.clone()).map_err(|_| Error::<T>::TooManyProvidersForModel)
			})?;
		}
		for model in old.difference(&seen) {
			ModelProviders::<T>::mutate_exists(model, |maybe| {
				if let Some(list) = maybe {
					list.retain(|p| p != who);
					if list.is_empty() {
						*maybe = None;
					}
				}
			});
		}
		provider.models = models.clone();
		Providers::<T>::insert(who, provider);
		Self::deposit_event(Event::ModelsServed { provider: who.clone(), models });
		Ok(())
	}
}
