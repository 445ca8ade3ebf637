//! A registered model: content hashes, architecture, provenance and lineage.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	bounds::{MaxArchitectureNameLen, MaxLicenseLen, MaxModelNameLen, MaxSourceLen},
	ContentHash, ModelId,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::BoundedVec;

/// The model family, which tells a miner which engine code runs it.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Serialize,
	Deserialize,
)]
pub enum Architecture {
	/// Sparse mixture of experts (Mixtral 8x7B, 8x22B).
	Mixtral,
	/// Dense Mistral.
	Mistral,
	/// Dense Llama.
	Llama,
	/// Any other Hugging Face architecture, by its `model_type` name.
	Other(BoundedVec<u8, MaxArchitectureNameLen>),
}

/// Where a registered model stands.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Serialize,
	Deserialize,
)]
pub enum ModelStatus {
	/// Served and recommended by its owner.
	Active,
	/// Its owner recommends against it (e.g. a newer revision exists). Advisory only: the
	/// weights are public, and providers that serve them go on serving them. A deprecated
	/// model that no provider lists can be removed by its owner.
	Deprecated,
	/// Root (governance) stopped it: no new request, interaction or provider listing.
	Blocked,
}

/// A registered model.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Serialize, Deserialize,
)]
pub struct ModelInfo<AccountId, Balance, BlockNumber> {
	/// Who registered it; only the owner changes it.
	pub owner: AccountId,
	/// Human-readable name.
	pub name: BoundedVec<u8, MaxModelNameLen>,
	/// Model family.
	pub architecture: Architecture,
	/// Where the files come from, e.g. `hf:mistralai/Mixtral-8x7B-Instruct-v0.1@<revision>`.
	pub source: BoundedVec<u8, MaxSourceLen>,
	/// Content hash of the weight files (see the engine's `hash` module for the recipe).
	pub weights_hash: ContentHash,
	/// Content hash of the tokenizer files.
	pub tokenizer_hash: ContentHash,
	/// Number of parameters.
	pub parameters: u64,
	/// Longest context, in tokens.
	pub context_length: u32,
	/// Licence (SPDX identifier or name).
	pub license: BoundedVec<u8, MaxLicenseLen>,
	/// The model it was fine-tuned from, if any.
	pub parent: Option<ModelId>,
	/// The deposit held from the owner.
	pub deposit: Balance,
	/// Whether it may be served, and what its owner says of it.
	pub status: ModelStatus,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

/// The content address of a model: `blake2_256(SCALE((weights_hash, tokenizer_hash)))`.
pub fn model_id(weights_hash: &ContentHash, tokenizer_hash: &ContentHash) -> ModelId {
	ModelId::from(sp_io::hashing::blake2_256(&(weights_hash, tokenizer_hash).encode()))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn model_id_depends_on_both_hashes_in_order() {
		let a = ContentHash::repeat_byte(1);
		let b = ContentHash::repeat_byte(2);
		assert_ne!(model_id(&a, &b), model_id(&b, &a));
		assert_ne!(model_id(&a, &b), model_id(&a, &a));
		let mut bytes = [0u8; 64];
		bytes[..32].copy_from_slice(a.as_bytes());
		bytes[32..].copy_from_slice(b.as_bytes());
		assert_eq!(model_id(&a, &b), ModelId::from(sp_io::hashing::blake2_256(&bytes)));
	}
}
