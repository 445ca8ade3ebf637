//! The types this pallet stores and takes, bound to its `Config`.

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
pub use gintonic_primitives::bounds::{MaxLicenseLen, MaxModelNameLen, MaxSourceLen};
use gintonic_primitives::{Architecture, ContentHash, ModelId, ModelInfo};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A model as stored.
pub type ModelOf<T> =
	ModelInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// What `register` declares about a new model.
pub struct NewModel {
	/// Human-readable name.
	pub name: BoundedVec<u8, MaxModelNameLen>,
	/// Model family.
	pub architecture: Architecture,
	/// Where the files come from.
	pub source: BoundedVec<u8, MaxSourceLen>,
	/// Content hash of the weights.
	pub weights_hash: ContentHash,
	/// Content hash of the tokenizer.
	pub tokenizer_hash: ContentHash,
	/// Parameter count.
	pub parameters: u64,
	/// Context length in tokens.
	pub context_length: u32,
	/// Licence.
	pub license: BoundedVec<u8, MaxLicenseLen>,
	/// Parent model, for fine-tunes.
	pub parent: Option<ModelId>,
}

/// A model in a genesis config.
#[derive(Clone, PartialEq, Eq, Encode, Decode, Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenesisModel<AccountId> {
	/// Owner; it must hold the deposit.
	pub owner: AccountId,
	/// Name.
	pub name: alloc::vec::Vec<u8>,
	/// Model family.
	pub architecture: Architecture,
	/// Source.
	pub source: alloc::vec::Vec<u8>,
	/// Content hash of the weights.
	pub weights_hash: ContentHash,
	/// Content hash of the tokenizer.
	pub tokenizer_hash: ContentHash,
	/// Parameter count.
	pub parameters: u64,
	/// Context length.
	pub context_length: u32,
	/// Licence.
	pub license: alloc::vec::Vec<u8>,
	/// Parent model.
	pub parent: Option<ModelId>,
}
