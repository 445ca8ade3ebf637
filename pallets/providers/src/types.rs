//! The types this pallet stores, bound to its `Config`.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::Config;
use codec::{Decode, Encode};
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::pallet_prelude::BlockNumberFor;
use gintonic_primitives::{
	bounds::{MaxEndpointLen, MaxProvidersPerModel},
	EncryptionKey, GpuSpec, ModelId, ProviderInfo, Throughput,
};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A provider as stored.
pub type ProviderOf<T> = ProviderInfo<BalanceOf<T>, BlockNumberFor<T>>;

/// A provider on a model's list, with the price it is ordered by.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct Listing<AccountId, Balance> {
	/// The provider's account.
	pub provider: AccountId,
	/// Its price per GPU-hour (kept equal to the provider's own by `update`).
	pub price_per_hour: Balance,
}

/// The providers listed for one model, cheapest first.
pub type ProvidersOfModel<T> =
	BoundedVec<Listing<<T as frame_system::Config>::AccountId, BalanceOf<T>>, MaxProvidersPerModel>;

/// What `update` changes; `None` keeps the current value.
pub struct ProviderChanges<Balance> {
	/// New hardware.
	pub gpu: Option<GpuSpec>,
	/// New price per GPU-hour.
	pub price_per_hour: Option<Balance>,
	/// New declared throughput.
	pub throughput: Option<Throughput>,
	/// New sealing key.
	pub encryption_key: Option<EncryptionKey>,
	/// New endpoint (`Some(None)` removes it).
	pub endpoint: Option<Option<BoundedVec<u8, MaxEndpointLen>>>,
}

/// A provider in a genesis config.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenesisProvider<AccountId, Balance> {
	/// The provider's account; it must hold the bond.
	pub account: AccountId,
	/// Its GPUs.
	pub gpu: GpuSpec,
	/// Price per GPU-hour.
	pub price_per_hour: Balance,
	/// Tokens a second the machine reads and writes.
	pub throughput: Throughput,
	/// Sealing key (sr25519 public key).
	pub encryption_key: EncryptionKey,
	/// API endpoint URL, if any.
	pub endpoint: Option<alloc::vec::Vec<u8>>,
	/// Models served (must be registered in the models genesis).
	pub models: alloc::vec::Vec<ModelId>,
}
