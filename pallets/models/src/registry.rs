//! [`ModelRegistry`]: what other pallets may ask of the registry.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::pallet::{Config, Models, Pallet};
use gintonic_primitives::{ModelId, ModelRegistry, ModelStatus};

impl<T: Config> ModelRegistry for Pallet<T> {
	fn exists(model: &ModelId) -> bool {
		Models::<T>::contains_key(model)
	}

	fn is_servable(model: &ModelId) -> bool {
		Models::<T>::get(model).is_some_and(|m| m.status != ModelStatus::Blocked)
	}

	fn context_length(model: &ModelId) -> Option<u32> {
		Models::<T>::get(model).map(|m| m.context_length)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(seed: u32) -> ModelId {
		crate::benchmarking::register_model::<T>(seed)
	}
}
