//! The small interfaces through which the pallets see each other. `pallet-inference` reads
//! providers and models only through these; the runtime wires the implementations.

use crate::{params::HardwareWishes, provider::GpuSpec, EncryptionKey, ModelId};

/// What a request needs to know of the provider it is assigned to.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ProviderTerms<Balance> {
	/// Price of one GPU-hour at the time of assignment.
	pub price_per_hour: Balance,
	/// Key the prompt is sealed to.
	pub encryption_key: EncryptionKey,
	/// Its GPUs.
	pub gpu: GpuSpec,
}

/// Read access to the model registry.
pub trait ModelRegistry {
	/// Whether `model` is registered, deprecated or not.
	fn exists(model: &ModelId) -> bool;
	/// Whether new work may be done on `model`: registered and not deprecated.
	fn is_servable(model: &ModelId) -> bool;
	/// Benchmarks only: registers a servable model derived from `seed` and returns its id.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(seed: u32) -> ModelId;
}

/// Provider selection and bookkeeping that the inference pallet drives.
pub trait ProviderRegistry<AccountId, Balance> {
	/// The provider a new request for `model` goes to: among the Active providers serving it
	/// that meet every wish, the cheapest, then the one with fewest open requests, then the
	/// lowest account id. `None` when no provider qualifies.
	fn select(
		model: &ModelId,
		wishes: &HardwareWishes<Balance>,
	) -> Option<(AccountId, ProviderTerms<Balance>)>;
	/// The terms of `provider` for serving `model` directly (the API path): `None` unless it is
	/// registered, not suspended, and serves `model`.
	fn terms_for(provider: &AccountId, model: &ModelId) -> Option<ProviderTerms<Balance>>;
	/// Counts a newly assigned request against `provider`.
	fn note_assigned(provider: &AccountId);
	/// Counts one of `provider`'s requests as settled, whatever its outcome.
	fn note_settled(provider: &AccountId);
	/// Counts a failure or an expiry against `provider`; too many suspend it.
	fn strike(provider: &AccountId);
	/// Benchmarks only: registers funded `provider` at `price_per_hour`, serving `model`.
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(provider: &AccountId, model: ModelId, price_per_hour: Balance);
}
