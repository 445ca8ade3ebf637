//! The per-model lists that on-chain requests choose providers from.
//!
//! Each model lists at most [`MAX_PROVIDERS_PER_MODEL`] providers, cheapest first (then by
//! account), and only active ones: pausing, suspension and deregistration unlist a provider
//! at once, so idle accounts cannot hold places that working providers need. A provider joins a
//! full list only by undercutting its dearest member, which is unlisted (it keeps serving the
//! model through its API; it is listed again when it undercuts in turn). Listing concerns
//! on-chain requests only: API calls go to whichever provider the caller chose.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Event, ModelProviders, Pallet, Providers},
	types::{BalanceOf, Listing, ProviderOf},
};
use gintonic_primitives::{bounds::MAX_PROVIDERS_PER_MODEL, ModelId, ModelRegistry};

impl<T: Config> Pallet<T> {
	/// Lists active `who` for each servable model it serves that does not list it yet, where
	/// there is room or it undercuts the dearest listed provider. Emits `NotListed` for each
	/// model whose list it could not join.
	pub(crate) fn list_everywhere(who: &T::AccountId, provider: &ProviderOf<T>) {
		for model in provider.models.iter().filter(|m| T::Models::is_servable(m)) {
			if !Self::list(model, who, provider.price_per_hour) {
				Self::deposit_event(Event::NotListed { provider: who.clone(), model: *model });
			}
		}
	}

	/// Removes `who` from the lists of `models`.
	pub(crate) fn unlist_everywhere<'a>(
		who: &T::AccountId,
		models: impl IntoIterator<Item = &'a ModelId>,
	) {
		for model in models {
			Self::unlist(model, who);
		}
	}

	/// Lists `who` at `price` for `model`: true when it is (or already was) listed.
	fn list(model: &ModelId, who: &T::AccountId, price: BalanceOf<T>) -> bool {
		ModelProviders::<T>::mutate(model, |list| {
			if list.iter().any(|l| &l.provider == who) {
				return true;
			}
			let key = (price, who);
			let at = list.partition_point(|l| (l.price_per_hour, &l.provider) < key);
			let entry = Listing { provider: who.clone(), price_per_hour: price };
			if list.len() < MAX_PROVIDERS_PER_MODEL as usize {
				return list.try_insert(at, entry).is_ok();
			}
			// Full: only a provider cheaper than the dearest one gets in, in its place.
			let undercuts = list.last().is_some_and(|dearest| price < dearest.price_per_hour);
			if !undercuts {
				return false;
			}
			let Some(displaced) = list.pop() else { return false };
			let listed = list.try_insert(at, entry).is_ok();
			Self::deposit_event(Event::Unlisted { provider: displaced.provider, model: *model });
			listed
		})
	}

	/// Removes `who` from `model`'s list, deleting an emptied list.
	fn unlist(model: &ModelId, who: &T::AccountId) {
		ModelProviders::<T>::mutate_exists(model, |maybe| {
			if let Some(list) = maybe {
				list.retain(|l| &l.provider != who);
				if list.is_empty() {
					*maybe = None;
				}
			}
		});
	}

	/// `model` was blocked: empties its list and drops it from the served models of the
	/// providers that were on it. Returns how many there were.
	pub(crate) fn do_retire(model: &ModelId) -> u32 {
		let listed = ModelProviders::<T>::take(model);
		for entry in listed.iter() {
			Providers::<T>::mutate(&entry.provider, |maybe| {
				if let Some(p) = maybe {
					p.models.retain(|m| m != model);
				}
			});
		}
		listed.len() as u32
	}
}
