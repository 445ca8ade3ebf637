//! [`ProviderRegistry`]: how the inference pallet picks a provider and keeps its counters;
//! [`ModelServers`]: what the model registry asks of the providers.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, ModelProviders, Pallet, Providers},
	types::{BalanceOf, ProviderOf},
};
use alloc::vec::Vec;
use gintonic_primitives::{
	HardwareWishes, ModelId, ModelRegistry, ModelServers, ProviderQuote, ProviderRegistry,
	ProviderStatus, ProviderTerms,
};

impl<T: Config> Pallet<T> {
	/// Whether `provider` meets every wish given.
	fn meets(provider: &ProviderOf<T>, wishes: &HardwareWishes<BalanceOf<T>>) -> bool {
		wishes.gpu_model.as_ref().is_none_or(|m| *m == provider.gpu.model)
			&& wishes.min_gpu_memory_gib.is_none_or(|m| provider.gpu.memory_gib >= m)
			&& wishes.max_price_per_hour.is_none_or(|p| provider.price_per_hour <= p)
	}

	fn terms(provider: &ProviderOf<T>) -> ProviderTerms<BalanceOf<T>> {
		ProviderTerms {
			rate: provider.rate(),
			encryption_key: provider.encryption_key,
			gpu: provider.gpu.clone(),
			status: provider.status,
		}
	}
}

impl<T: Config> ProviderRegistry<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn candidates(
		model: &ModelId,
		wishes: &HardwareWishes<BalanceOf<T>>,
	) -> Vec<ProviderQuote<T::AccountId, BalanceOf<T>>> {
		let mut candidates: Vec<_> = ModelProviders::<T>::get(model)
			.into_iter()
			.filter_map(|listed| {
				Providers::<T>::get(&listed.provider).map(|p| (listed.provider, p))
			})
			.filter(|(_, p)| p.status == ProviderStatus::Active && Self::meets(p, wishes))
			.map(|(provider, p)| ProviderQuote {
				provider,
				encryption_key: p.encryption_key,
				price_per_hour: p.price_per_hour,
				gpu: p.gpu,
				throughput: p.throughput,
				open_requests: p.open_requests,
			})
			.collect();
		candidates.sort_by(|a, b| {
			a.price_per_hour
				.cmp(&b.price_per_hour)
				.then(a.open_requests.cmp(&b.open_requests))
				.then_with(|| a.provider.cmp(&b.provider))
		});
		candidates
	}

	fn terms_for(provider: &T::AccountId, model: &ModelId) -> Option<ProviderTerms<BalanceOf<T>>> {
		if !T::Models::is_servable(model) {
			return None;
		}
		Providers::<T>::get(provider).filter(|p| p.models.contains(model)).map(|p| Self::terms(&p))
	}

	fn note_assigned(provider: &T::AccountId) {
		Providers::<T>::mutate(provider, |maybe| {
			if let Some(p) = maybe {
				p.open_requests = p.open_requests.saturating_add(1);
			}
		});
	}

	fn note_settled(who: &T::AccountId, served: bool) {
		let Some(mut provider) = Providers::<T>::get(who) else { return };
		provider.open_requests = provider.open_requests.saturating_sub(1);
		let forgiven = if served { Self::note_served(&mut provider) } else { None };
		if provider.status == ProviderStatus::Leaving && provider.open_requests == 0 {
			if let Err(error) = Self::remove_provider(who, provider) {
				frame_support::defensive!("a leaving provider's bond could not be released", error);
			}
			return;
		}
		Providers::<T>::insert(who, provider);
		if let Some(strikes) = forgiven {
			Self::deposit_event(crate::pallet::Event::Forgiven { provider: who.clone(), strikes });
		}
	}

	fn strike(provider: &T::AccountId) {
		Self::do_strike(provider)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(provider: &T::AccountId, model: ModelId, price: BalanceOf<T>) {
		crate::benchmarking::register_provider::<T>(provider, &[model], price)
	}
}

impl<T: Config> ModelServers for Pallet<T> {
	fn is_served(model: &ModelId) -> bool {
		ModelProviders::<T>::contains_key(model)
	}

	fn retire(model: &ModelId) -> u32 {
		Self::do_retire(model)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn serve_for_benchmark(model: &ModelId, count: u32) {
		for i in 0..count {
			let provider: T::AccountId = frame_benchmarking::account("listed", i, 0);
			crate::benchmarking::register_provider::<T>(&provider, &[*model], 1u32.into());
		}
	}
}
