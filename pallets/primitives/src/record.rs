//! The record of one interaction: public index fields on chain, and the sealed metadata whose
//! plaintext only the sender and the provider can read.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	bounds::MaxSealedRecordLen, provider::GpuSpec, ContentHash, ModelId, RequestId, SamplingParams,
	TokenRate, Usage,
};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::BoundedVec;

/// The path an interaction came by.
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
pub enum RecordOrigin {
	/// An on-chain request, by its id.
	Request(RequestId),
	/// The OpenAI-compatible API or the chat page: the digest the sender signed.
	Interaction(ContentHash),
}

/// One interaction, as stored on chain (`Sealed`: its sealed envelope), or as a page of
/// records carries it ([`RecordSummary`]: the envelope's length in its place).
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Serialize, Deserialize,
)]
pub struct Record<AccountId, Balance, BlockNumber, Sealed = BoundedVec<u8, MaxSealedRecordLen>> {
	/// Who asked.
	pub sender: AccountId,
	/// Who served it.
	pub provider: AccountId,
	/// Which model served it.
	pub model: ModelId,
	/// Chain time when recorded, in milliseconds since the Unix epoch.
	pub timestamp_ms: u64,
	/// Block it was recorded in.
	pub block: BlockNumber,
	/// What the sender paid the provider: `usage` at `rate`.
	pub payment: Balance,
	/// What the sender paid for this record's storage (burned): the chain's record fee for
	/// the length of `sealed_metadata`.
	pub storage_fee: Balance,
	/// `blake2_256(SCALE(RecordMetadata))` of the plaintext metadata: anyone given the
	/// plaintext can check it against the chain.
	pub result_hash: ContentHash,
	/// What the generation consumed: the token counts the payment is for.
	pub usage: Usage,
	/// The provider's terms the payment was computed at.
	pub rate: TokenRate<Balance>,
	/// The path it came by.
	pub origin: RecordOrigin,
	/// [`RecordMetadata`] sealed to the sender and the provider (format: the `seal` crate); in
	/// a [`RecordSummary`], the envelope's length in bytes.
	pub sealed_metadata: Sealed,
}

/// A record without its sealed envelope, whose length stands in its place: what a page of
/// records carries (up to 100 envelopes of up to 256 KiB each would be 25 MiB).
pub type RecordSummary<AccountId, Balance, BlockNumber> =
	Record<AccountId, Balance, BlockNumber, u32>;

impl<AccountId: Clone, Balance: Clone, BlockNumber: Clone> Record<AccountId, Balance, BlockNumber> {
	/// This record without its envelope.
	pub fn summary(&self) -> RecordSummary<AccountId, Balance, BlockNumber> {
		Record {
			sender: self.sender.clone(),
			provider: self.provider.clone(),
			model: self.model,
			timestamp_ms: self.timestamp_ms,
			block: self.block.clone(),
			payment: self.payment.clone(),
			storage_fee: self.storage_fee.clone(),
			result_hash: self.result_hash,
			usage: self.usage,
			rate: self.rate.clone(),
			origin: self.origin.clone(),
			sealed_metadata: self.sealed_metadata.len() as u32,
		}
	}
}

/// The layout of [`RecordMetadata`] that this code writes: 2 put the version and a salt first
/// (1 had neither); 3 added [`FinishReason::Cancelled`].
pub const RECORD_METADATA_VERSION: u8 = 3;

/// The oldest layout this code reads: a version 2 record is a version 3 one that never names
/// [`FinishReason::Cancelled`].
pub const OLDEST_READ_RECORD_METADATA_VERSION: u8 = 2;

/// Whether a record's plaintext starting with `version` is a layout this code reads.
pub fn reads_record_metadata_version(version: u8) -> bool {
	(OLDEST_READ_RECORD_METADATA_VERSION..=RECORD_METADATA_VERSION).contains(&version)
}

/// The plaintext that a record seals: everything about one interaction. Strings are UTF-8.
/// `result_hash` is the blake2-256 of this struct's SCALE encoding; its `salt` keeps that
/// hash from confirming a guess of the rest.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Serialize, Deserialize)]
pub struct RecordMetadata {
	/// [`RECORD_METADATA_VERSION`]: a reader refuses a layout it does not know.
	pub version: u8,
	/// 32 random bytes, so that the public `result_hash` commits to the metadata without
	/// revealing it: most fields are public or guessable and a seeded answer follows from the
	/// prompt, so without them anyone could confirm a guessed prompt by hashing it.
	pub salt: [u8; 32],
	/// When it was served, in milliseconds since the Unix epoch.
	pub date_time_ms: u64,
	/// The device that served it, as the miner detected it: the CUDA device, or the CPU
	/// model (`count` 1, `memory_gib` the device's memory).
	pub gpu: GpuSpec,
	/// The provider's account, as 32 raw bytes.
	pub provider: [u8; 32],
	/// The provider's price per GPU-hour, in the chain's smallest unit.
	pub price_per_hour: u128,
	/// The model's id.
	pub model: ModelId,
	/// The model's name.
	pub model_name: Vec<u8>,
	/// The sampling parameters used.
	pub params: SamplingParams,
	/// The prompt: the non-system messages as sent, as JSON `[{"role":…,"content":…},…]`.
	pub prompt: Vec<u8>,
	/// The prompt instructions: the system messages' contents, joined by blank lines.
	pub instructions: Vec<u8>,
	/// The generated response.
	pub response: Vec<u8>,
	/// The sender's account, as 32 raw bytes.
	pub sender: [u8; 32],
	/// The response's token ids, for replay (`records replay` teacher-forces them).
	pub response_tokens: Vec<u32>,
	/// Why generation ended.
	pub finish_reason: FinishReason,
	/// The numeric precision the model ran at: `f32`, `f16`, `bf16`, or a quantization.
	pub precision: Vec<u8>,
}

/// Why a generation ended, as a record keeps it.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Serialize, Deserialize)]
pub enum FinishReason {
	/// The model ended it, or a stop sequence appeared.
	Stop,
	/// `max_tokens` or the context ran out.
	Length,
	/// The response was cut to fit the record bound (`MaxSealedRecordLen`).
	Truncated,
	/// The caller went away mid-answer (a stream it stopped reading): the record holds, and
	/// charges, what was generated until then.
	Cancelled,
}

impl RecordMetadata {
	/// The public commitment to this metadata that a record stores as `result_hash`.
	pub fn result_hash(&self) -> ContentHash {
		ContentHash::from(sp_io::hashing::blake2_256(&self.encode()))
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{GpuSpec, SamplingParams};

	fn metadata(salt: [u8; 32]) -> RecordMetadata {
		RecordMetadata {
			version: RECORD_METADATA_VERSION,
			salt,
			date_time_ms: 1,
			gpu: GpuSpec {
				model: BoundedVec::truncate_from(b"cpu".to_vec()),
				memory_gib: 1,
				count: 1,
			},
			provider: [1; 32],
			price_per_hour: 2,
			model: ModelId::repeat_byte(3),
			model_name: b"m".to_vec(),
			params: SamplingParams::default(),
			prompt: b"[]".to_vec(),
			instructions: Vec::new(),
			response: b"guessable".to_vec(),
			sender: [4; 32],
			response_tokens: alloc::vec![5],
			finish_reason: FinishReason::Stop,
			precision: b"f32".to_vec(),
		}
	}

	#[test]
	fn the_hash_commits_to_the_salt() {
		let salted = metadata([9; 32]);
		// A guess of every other field, right to the byte, does not give the hash.
		assert_ne!(metadata([0; 32]).result_hash(), salted.result_hash());
		assert_eq!(metadata([9; 32]).result_hash(), salted.result_hash());
		assert_eq!(
			&salted.encode()[..33],
			&[&[RECORD_METADATA_VERSION][..], &[9; 32]].concat()[..]
		);
	}
}
