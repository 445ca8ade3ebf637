//! # Providers pallet
//!
//! GPU providers register the hardware they sell (GPU model, memory, count), their price per
//! GPU-hour, the sr25519 key that prompts are sealed to, an optional API endpoint and the
//! models they serve. Active providers are listed for on-chain requests per model, cheapest
//! first, in lists of bounded length (`listing.rs`). Registration holds a bond from the provider's account, released when it
//! deregisters (at once, or when its last open request ends: leaving is one call). Failures and
//! expiries count strikes, and [`Config::ServedPerForgiveness`] requests completed in a row
//! forgive one; a provider with [`Config::MaxStrikes`] strikes is suspended until root
//! reinstates it.
//!
//! The inference pallet assigns requests through [`ProviderRegistry`], implemented here in
//! `registry.rs`. Calls stay thin: each checks its origin and calls one `do_*` function in the
//! file named after what it does (`registration.rs`, `serving.rs`, `status.rs`, `listing.rs`).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod listing;
#[cfg(test)]
mod mock;
mod registration;
mod registry;
mod serving;
mod status;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use gintonic_primitives::{GpuSpec, ProviderRegistry, ProviderStatus};
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use gintonic_primitives::{
		bounds::{MaxEndpointLen, MaxServedModels},
		EncryptionKey, KeyProof, ModelId, ModelRegistry, Throughput,
	};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency bonds are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;
		/// The model registry, to check that served models exist and are not blocked.
		type Models: ModelRegistry;
		/// Bond held from each registered provider.
		#[pallet::constant]
		type ProviderBond: Get<BalanceOf<Self>>;
		/// Strikes after which a provider is suspended.
		#[pallet::constant]
		type MaxStrikes: Get<u32>;
		/// Requests completed in a row that forgive one strike (`status.rs`).
		#[pallet::constant]
		type ServedPerForgiveness: Get<u32>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The bond of a registered provider.
		ProviderBond,
	}

	/// Registered providers, by account.
	#[pallet::storage]
	pub type Providers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ProviderOf<T>>;

	/// Strikes of accounts that deregistered with strikes against them, restored when they
	/// register again (so that leaving and joining does not wipe them). One entry per such
	/// account, paid for by the bond it held.
	#[pallet::storage]
	pub type RetainedStrikes<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32>;

	/// For each model, the active providers listed for on-chain requests for it, cheapest
	/// first (at most `MaxProvidersPerModel`; see `listing.rs`). Requests choose among these.
	#[pallet::storage]
	pub type ModelProviders<T: Config> =
		StorageMap<_, Identity, ModelId, ProvidersOfModel<T>, ValueQuery>;

	/// Events of the pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider registered and its bond was held.
		Registered {
			/// The provider's account.
			provider: T::AccountId,
			/// The bond held.
			bond: BalanceOf<T>,
		},
		/// A provider changed its hardware, price, key or endpoint.
		Updated {
			/// The provider's account.
			provider: T::AccountId,
		},
		/// A provider now serves exactly these models.
		ModelsServed {
			/// The provider's account.
			provider: T::AccountId,
			/// The models it serves.
			models: BoundedVec<ModelId, MaxServedModels>,
		},
		/// A provider that serves a model could not join its full list: every listed provider
		/// is as cheap or cheaper. It still serves the model through its API.
		NotListed {
			/// The provider's account.
			provider: T::AccountId,
			/// The model.
			model: ModelId,
		},
		/// A cheaper provider took a listed provider's place on a full list.
		Unlisted {
			/// The provider's account.
			provider: T::AccountId,
			/// The model.
			model: ModelId,
		},
		/// A provider paused or resumed.
		StatusChanged {
			/// The provider's account.
			provider: T::AccountId,
			/// Its new status.
			status: ProviderStatus,
		},
		/// A provider left and its bond was released.
		Deregistered {
			/// The provider's account.
			provider: T::AccountId,
			/// The bond released.
			bond: BalanceOf<T>,
		},
		/// A failure or expiry was counted against a provider.
		Struck {
			/// The provider's account.
			provider: T::AccountId,
			/// Its strikes now.
			strikes: u32,
		},
		/// A provider reached the strike limit and was suspended.
		Suspended {
			/// The provider's account.
			provider: T::AccountId,
		},
		/// Root cleared a provider's strikes and made it active again.
		Reinstated {
			/// The provider's account.
			provider: T::AccountId,
		},
		/// Good service forgave one of a provider's strikes.
		Forgiven {
			/// The provider's account.
			provider: T::AccountId,
			/// Its strikes now.
			strikes: u32,
		},
		/// A provider deregistered with requests still open: it is unlisted now, and removed
		/// with its bond released when the last ends (then `Deregistered`).
		Leaving {
			/// The provider's account.
			provider: T::AccountId,
			/// Its requests still open.
			open_requests: u32,
		},
	}

	/// Errors of the pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The account is already a provider.
		AlreadyRegistered,
		/// The account is not a provider.
		NotRegistered,
		/// The price per hour is zero.
		ZeroPrice,
		/// The GPU spec has no GPUs, no memory or no model name.
		InvalidGpuSpec,
		/// The encryption key is all zeros.
		InvalidEncryptionKey,
		/// The key proof is not the encryption key's signature over the caller's account.
		BadKeyProof,
		/// The endpoint is not an `http://` or `https://` URL.
		InvalidEndpoint,
		/// A served model is not registered.
		UnknownModel,
		/// A served model is blocked.
		ModelBlocked,
		/// The same model is listed twice.
		DuplicateModel,
		/// The provider is suspended; only root reinstates it.
		ProviderSuspended,
		/// `Suspended` is set by the chain, not by the provider.
		CannotSuspendSelf,
		/// The provider is not suspended.
		NotSuspended,
		/// The account cannot afford the bond.
		InsufficientBalanceForBond,
		/// A declared throughput of 0 tokens a second.
		ZeroThroughput,
		/// The provider is leaving: it can neither change its status nor deregister again.
		ProviderLeaving,
	}

	/// Providers registered at genesis (e.g. Alice on the dev chain).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The providers, each with its served models.
		pub providers: alloc::vec::Vec<GenesisProvider<T::AccountId, BalanceOf<T>>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for p in &self.providers {
				let endpoint = p.endpoint.clone().map(BoundedVec::truncate_from);
				let result = Pallet::<T>::do_register(
					p.account.clone(),
					p.gpu.clone(),
					p.price_per_hour,
					p.throughput,
					p.encryption_key,
					endpoint,
				)
				.and_then(|()| {
					Pallet::<T>::do_serve_models(
						&p.account,
						BoundedVec::truncate_from(p.models.clone()),
					)
				});
				if let Err(e) = result {
					panic!("genesis provider {:?} is invalid: {e:?}", p.account);
				}
			}
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers the caller as a provider of `gpu` at `price_per_hour`, holding
		/// [`Config::ProviderBond`]. It serves no model until `serve_models`. `key_proof` is
		/// `encryption_key`'s signature over the caller's account
		/// ([`key_possession_signing_payload`](gintonic_primitives::key_possession::key_possession_signing_payload)).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			gpu: GpuSpec,
			price_per_hour: BalanceOf<T>,
			encryption_key: EncryptionKey,
			key_proof: KeyProof,
			endpoint: Option<BoundedVec<u8, MaxEndpointLen>>,
			throughput: Throughput,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_key_possession(&who, &encryption_key, &key_proof)?;
			Self::do_register(who, gpu, price_per_hour, throughput, encryption_key, endpoint)
		}

		/// Changes the caller's hardware, price, key or endpoint; `None` keeps a value. A new
		/// key comes with its proof of possession, as in `register`.
		/// Requests already assigned keep the price they were assigned at.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update())]
		pub fn update(
			origin: OriginFor<T>,
			gpu: Option<GpuSpec>,
			price_per_hour: Option<BalanceOf<T>>,
			encryption_key: Option<(EncryptionKey, KeyProof)>,
			endpoint: Option<Option<BoundedVec<u8, MaxEndpointLen>>>,
			throughput: Option<Throughput>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let encryption_key = match encryption_key {
				Some((key, proof)) => {
					Self::ensure_key_possession(&who, &key, &proof)?;
					Some(key)
				}
				None => None,
			};
			let changes =
				ProviderChanges { gpu, price_per_hour, throughput, encryption_key, endpoint };
			Self::do_update(who, changes)
		}

		/// Replaces the set of models the caller serves.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::serve_models(models.len() as u32))]
		pub fn serve_models(
			origin: OriginFor<T>,
			models: BoundedVec<ModelId, MaxServedModels>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_serve_models(&who, models)
		}

		/// Pauses (`Paused`) or resumes (`Active`) the caller.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_status())]
		pub fn set_status(origin: OriginFor<T>, status: ProviderStatus) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_status(&who, status)
		}

		/// Removes the caller and releases its bond, at once when no request is open; else the
		/// caller is unlisted and `Leaving` until its last open request ends.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::deregister(<MaxServedModels as Get<u32>>::get()))]
		pub fn deregister(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deregister(&who)
		}

		/// Root: clears a suspended provider's strikes and makes it active again.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reinstate())]
		pub fn reinstate(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			ensure_root(origin)?;
			Self::do_reinstate(&provider)
		}
	}
}
