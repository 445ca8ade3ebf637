//! A GPU provider as the chain stores it: hardware, price, bond, keys and served models.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	bounds::{MaxEndpointLen, MaxGpuModelLen, MaxServedModels},
	request::{Throughput, TokenRate},
	EncryptionKey, ModelId,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::BoundedVec;

/// The GPUs a provider sells time on.
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
pub struct GpuSpec {
	/// Model name as the driver reports it, e.g. `NVIDIA H100 80GB HBM3`.
	pub model: BoundedVec<u8, MaxGpuModelLen>,
	/// Memory per GPU, in GiB.
	pub memory_gib: u32,
	/// Number of GPUs.
	pub count: u32,
}

/// Whether a provider takes new requests.
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
pub enum ProviderStatus {
	/// Assigned new requests.
	Active,
	/// Paused by its owner: finishes open requests, gets no new ones.
	Paused,
	/// Paused by the chain after too many strikes; only root reinstates it.
	Suspended,
	/// Deregistered while requests were still open: gets no new ones, finishes (or lets
	/// expire) the open ones, and is removed with its bond released when the last ends.
	Leaving,
}

impl ProviderStatus {
	/// Whether it admits new work through its API: active or paused by its owner. A
	/// suspended or leaving provider still records what it has already served.
	pub fn admits_new_work(&self) -> bool {
		matches!(self, Self::Active | Self::Paused)
	}
}

/// A registered provider.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Serialize, Deserialize,
)]
pub struct ProviderInfo<Balance, BlockNumber> {
	/// The GPUs it sells.
	pub gpu: GpuSpec,
	/// Price of one GPU-hour, in the chain's smallest unit.
	pub price_per_hour: Balance,
	/// The tokens a second its machine reads and writes: with the price and the GPU count,
	/// its price per token.
	pub throughput: Throughput,
	/// The bond held from its account while registered.
	pub bond: Balance,
	/// sr25519 public key that prompts are sealed to.
	pub encryption_key: EncryptionKey,
	/// Its OpenAI-compatible API, if it serves one.
	pub endpoint: Option<BoundedVec<u8, MaxEndpointLen>>,
	/// The models it serves.
	pub models: BoundedVec<ModelId, MaxServedModels>,
	/// Whether it takes new requests.
	pub status: ProviderStatus,
	/// Failures and expiries counted against it, less those forgiven by good service
	/// since (see the providers pallet's `ServedPerForgiveness`).
	pub strikes: u32,
	/// Requests completed since its last strike or forgiveness.
	pub served_since_strike: u32,
	/// Requests assigned to it and not yet settled.
	pub open_requests: u32,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

impl<Balance: Copy, BlockNumber> ProviderInfo<Balance, BlockNumber> {
	/// The terms its tokens are charged at now.
	pub fn rate(&self) -> TokenRate<Balance> {
		TokenRate {
			price_per_hour: self.price_per_hour,
			gpu_count: self.gpu.count,
			throughput: self.throughput,
		}
	}
}
