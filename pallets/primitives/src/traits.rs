//! The small interfaces through which the pallets see each other. `pallet-inference` reads
//! providers and models only through these; the runtime wires the implementations.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	params::HardwareWishes,
	provider::{GpuSpec, ProviderStatus},
	request::{Throughput, TokenRate},
	EncryptionKey, ModelId,
};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};

/// What an interaction needs to know of the provider that served it.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ProviderTerms<Balance> {
	/// What its tokens cost now.
	pub rate: TokenRate<Balance>,
	/// Key the prompt is sealed to.
	pub encryption_key: EncryptionKey,
	/// Its GPUs.
	pub gpu: GpuSpec,
	/// Whether it takes new work ([`ProviderStatus::admits_new_work`]).
	pub status: ProviderStatus,
}

/// One provider a request for a model could go to now, as `inference_quote` lists them: a
/// wallet seals its prompt to the keys of one or more of them.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Serialize, Deserialize)]
pub struct ProviderQuote<AccountId, Balance> {
	/// The provider's account.
	pub provider: AccountId,
	/// The key its prompts are sealed to.
	pub encryption_key: EncryptionKey,
	/// Price of one GPU-hour.
	pub price_per_hour: Balance,
	/// Its GPUs.
	pub gpu: GpuSpec,
	/// The tokens a second its machine declares: with the price and the GPU count, what a
	/// request will pay per token ([`crate::request::payment_for`]).
	pub throughput: Throughput,
	/// Requests assigned to it and not yet settled.
	pub open_requests: u32,
}

impl<AccountId, Balance: Copy> ProviderQuote<AccountId, Balance> {
	/// The terms a request assigned to it now is charged at.
	pub fn rate(&self) -> TokenRate<Balance> {
		TokenRate {
			price_per_hour: self.price_per_hour,
			gpu_count: self.gpu.count,
			throughput: self.throughput,
		}
	}
}

/// Read access to the model registry.
pub trait ModelRegistry {
	/// Whether `model` is registered, whatever its status.
	fn exists(model: &ModelId) -> bool;
	/// Whether new work may be done on `model`: registered and not blocked (an owner's
	/// deprecation is advisory and does not stop it).
	fn is_servable(model: &ModelId) -> bool;
	/// The most tokens (prompt and answer) `model` reads at once, if it is registered.
	fn context_length(model: &ModelId) -> Option<u32>;
	/// Benchmarks only: registers a servable model derived from `seed` and returns its id.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(seed: u32) -> ModelId;
}

/// What the model registry asks of the providers that serve its models.
pub trait ModelServers {
	/// Whether any provider is listed for new requests for `model`.
	fn is_served(model: &ModelId) -> bool;
	/// `model` was blocked: unlists every provider listed for it and drops it from their
	/// served models. At most [`MaxProvidersPerModel`](crate::bounds::MaxProvidersPerModel)
	/// providers; returns how many were unlisted.
	fn retire(model: &ModelId) -> u32;
	/// Benchmarks only: lists `count` new providers for `model`.
	#[cfg(feature = "runtime-benchmarks")]
	fn serve_for_benchmark(model: &ModelId, count: u32);
}

/// A registry with no providers (tests of the models pallet alone).
impl ModelServers for () {
	fn is_served(_: &ModelId) -> bool {
		false
	}
	fn retire(_: &ModelId) -> u32 {
		0
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn serve_for_benchmark(_: &ModelId, _: u32) {}
}

/// Provider selection and bookkeeping that the inference pallet drives.
pub trait ProviderRegistry<AccountId, Balance> {
	/// The providers a new request for `model` may go to, best first: the Active providers
	/// serving it that meet every wish, the cheapest first, then the one with fewest open
	/// requests, then the lowest account id. At most
	/// [`MaxProvidersPerModel`](crate::bounds::MaxProvidersPerModel) long; empty when none
	/// qualifies. A request takes the first whose encryption key its prompt is sealed to.
	fn candidates(
		model: &ModelId,
		wishes: &HardwareWishes<Balance>,
	) -> Vec<ProviderQuote<AccountId, Balance>>;
	/// The terms of `provider` for `model` (the API path): `None` unless it is registered and
	/// serves `model`. A suspended or leaving provider still has terms, so that what it served
	/// before is recorded and paid; admission refuses new work by `status`.
	fn terms_for(provider: &AccountId, model: &ModelId) -> Option<ProviderTerms<Balance>>;
	/// Counts a newly assigned request against `provider`.
	fn note_assigned(provider: &AccountId);
	/// Counts one of `provider`'s requests as settled: `served` when it completed it (good
	/// service that forgives strikes), not when it was rejected as the sender's fault. A
	/// leaving provider whose last request this was is removed and its bond released.
	fn note_settled(provider: &AccountId, served: bool);
	/// Counts a failure or an expiry against `provider`; too many suspend it.
	fn strike(provider: &AccountId);
	/// Benchmarks only: registers funded `provider` at `price_per_hour`, serving `model`.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(provider: &AccountId, model: ModelId, price_per_hour: Balance);
}
