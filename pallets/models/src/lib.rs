//! # Models pallet
//!
//! A registry of content-addressed models. A model's id is the hash of its weights and
//! tokenizer hashes ([`gintonic_primitives::model::model_id`]), so the id is what a miner
//! checks a downloaded folder against before serving it, and what an export checks after
//! writing. Each entry records the name, architecture, source (e.g.
//! `hf:mistralai/Mixtral-8x7B-Instruct-v0.1@<revision>`), parameter count, context length,
//! licence and, for fine-tunes, the parent model. Registration holds a deposit.
//!
//! Registering a content hash does not make its weights the registrant's: the owner of an
//! entry may deprecate it (advisory: providers serving the weights go on serving them), offer
//! it to another account (which takes it, and the deposit, only by accepting), and remove a
//! deprecated entry that no provider lists. Only root (governance) blocks a model, which stops
//! every new request and unlists its providers (`lifecycle.rs`, `ownership.rs`).
//!
//! Other pallets read it through [`ModelRegistry`] (`registry.rs`); it reaches the providers
//! pallet only through [`ModelServers`].

#![cfg_attr(not(feature = "std"), no_std)]
// `register` takes every field of a model as its own argument, so that polkadot.js shows
// each one as a form field.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod lifecycle;
#[cfg(test)]
mod mock;
mod ownership;
mod registration;
mod registry;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use gintonic_primitives::{Architecture, ModelRegistry, ModelServers, ModelStatus};
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
	use gintonic_primitives::{bounds::MAX_PROVIDERS_PER_MODEL, ContentHash, ModelId};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet.
	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The currency deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;
		/// Deposit held from the owner of each registered model.
		#[pallet::constant]
		type ModelDeposit: Get<BalanceOf<Self>>;
		/// The providers serving models: asked before a removal, told of a block.
		type Servers: ModelServers;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a registered model.
		ModelDeposit,
	}

	/// Registered models, by content address.
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Identity, ModelId, ModelOf<T>>;

	/// Standing offers of a model's ownership: the account that may accept it.
	#[pallet::storage]
	pub type OwnershipOffers<T: Config> = StorageMap<_, Identity, ModelId, T::AccountId>;

	/// Events of the pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was registered.
		Registered {
			/// Its id (content address).
			model: ModelId,
			/// Its owner.
			owner: T::AccountId,
			/// The model it was fine-tuned from.
			parent: Option<ModelId>,
		},
		/// Its owner deprecated a model (advisory: it is still served).
		Deprecated {
			/// The model.
			model: ModelId,
		},
		/// Root blocked a model: no new work is done on it.
		Blocked {
			/// The model.
			model: ModelId,
			/// The providers unlisted from it.
			unlisted: u32,
		},
		/// Root lifted a block; the model is active again.
		Unblocked {
			/// The model.
			model: ModelId,
		},
		/// The owner offered a model to another account.
		OwnershipOffered {
			/// The model.
			model: ModelId,
			/// The owner.
			from: T::AccountId,
			/// The account that may accept.
			to: T::AccountId,
		},
		/// The owner withdrew its offer.
		OfferWithdrawn {
			/// The model.
			model: ModelId,
		},
		/// An offer was accepted: the model changed owner, the deposit moved with it.
		OwnershipTransferred {
			/// The model.
			model: ModelId,
			/// The old owner.
			from: T::AccountId,
			/// The new owner.
			to: T::AccountId,
		},
		/// A deprecated model was removed and its deposit released.
		Removed {
			/// The model.
			model: ModelId,
			/// The deposit released.
			deposit: BalanceOf<T>,
		},
	}

	/// Errors of the pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// A model with these weights and tokenizer is already registered.
		AlreadyRegistered,
		/// No model has this id.
		UnknownModel,
		/// The parent model is not registered.
		UnknownParent,
		/// The caller does not own the model.
		NotOwner,
		/// The name is empty.
		EmptyName,
		/// The source has no `scheme:` prefix (e.g. `hf:`, `https:`, `ipfs:`) or is empty.
		InvalidSource,
		/// A content hash is all zeros.
		ZeroHash,
		/// The parameter count or context length is zero.
		InvalidShape,
		/// The model is already deprecated.
		AlreadyDeprecated,
		/// Only a deprecated or blocked model can be removed.
		NotDeprecated,
		/// Providers are still listed for the model; it is removed once none is.
		StillServed,
		/// The model is blocked.
		ModelBlocked,
		/// The model is not blocked.
		NotBlocked,
		/// The new owner is the current owner.
		SameOwner,
		/// The model is not offered to the caller.
		NotOffered,
		/// The account cannot afford the deposit.
		InsufficientBalanceForDeposit,
	}

	/// Models registered at genesis (the dev chain's demo model).
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The models.
		pub models: alloc::vec::Vec<GenesisModel<T::AccountId>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for m in &self.models {
				let details = NewModel {
					name: BoundedVec::truncate_from(m.name.clone()),
					architecture: m.architecture.clone(),
					source: BoundedVec::truncate_from(m.source.clone()),
					weights_hash: m.weights_hash,
					tokenizer_hash: m.tokenizer_hash,
					parameters: m.parameters,
					context_length: m.context_length,
					license: BoundedVec::truncate_from(m.license.clone()),
					parent: m.parent,
				};
				if let Err(e) = Pallet::<T>::do_register(m.owner.clone(), details) {
					panic!("genesis model {:?} is invalid: {e:?}", m.name);
				}
			}
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a model owned by the caller, holding [`Config::ModelDeposit`]. Its id is
		/// the content address of `weights_hash` and `tokenizer_hash`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(
			origin: OriginFor<T>,
			name: BoundedVec<u8, MaxModelNameLen>,
			architecture: Architecture,
			source: BoundedVec<u8, MaxSourceLen>,
			weights_hash: ContentHash,
			tokenizer_hash: ContentHash,
			parameters: u64,
			context_length: u32,
			license: BoundedVec<u8, MaxLicenseLen>,
			parent: Option<ModelId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let details = NewModel {
				name,
				architecture,
				source,
				weights_hash,
				tokenizer_hash,
				parameters,
				context_length,
				license,
				parent,
			};
			Self::do_register(who, details)
		}

		/// Owner: deprecates a model. Advisory: wallets show it, providers serving it go on
		/// serving it, and the owner may remove it once no provider lists it.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::deprecate())]
		pub fn deprecate(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deprecate(&who, &model)
		}

		/// Owner: offers a model to `to` (replacing any earlier offer), or withdraws the offer
		/// with `None`. Nothing moves until `to` accepts.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::offer_ownership())]
		pub fn offer_ownership(
			origin: OriginFor<T>,
			model: ModelId,
			to: Option<T::AccountId>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_offer_ownership(&who, &model, to)
		}

		/// Owner: removes a deprecated or blocked model that no provider lists, and releases
		/// its deposit. Fine-tunes keep their `parent` pointer: lineage is history.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove())]
		pub fn remove(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove(&who, &model)
		}

		/// Accepts a model offered to the caller: the caller's deposit is held and the old
		/// owner's released.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::accept_ownership())]
		pub fn accept_ownership(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_ownership(who, &model)
		}

		/// Root: blocks a model. No new request or interaction is accepted for it, and every
		/// provider listed for it is unlisted (and stops serving it).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::block(MAX_PROVIDERS_PER_MODEL))]
		pub fn block(origin: OriginFor<T>, model: ModelId) -> DispatchResultWithPostInfo {
			ensure_root(origin)?;
			let unlisted = Self::do_block(&model)?;
			Ok(Some(T::WeightInfo::block(unlisted)).into())
		}

		/// Root: lifts a block. Providers serve the model again by listing it.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::unblock())]
		pub fn unblock(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			ensure_root(origin)?;
			Self::do_unblock(&model)
		}
	}
}
