//! What a requester asks for besides the prompt: sampling parameters and hardware wishes.
//!
//! Fractional values are integers in thousandths (`temperature_milli = 700` is 0.7), so they
//! encode exactly in SCALE and read plainly in polkadot.js.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::bounds::{MaxGpuModelLen, MaxStopSequenceLen, MaxStopSequences};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::BoundedVec;

/// Highest accepted temperature, in thousandths (2.0).
pub const MAX_TEMPERATURE_MILLI: u32 = 2_000;
/// Lowest accepted repetition penalty, in thousandths (1.0 = no penalty).
pub const MIN_REPETITION_PENALTY_MILLI: u32 = 1_000;
/// Highest accepted repetition penalty, in thousandths (2.0).
pub const MAX_REPETITION_PENALTY_MILLI: u32 = 2_000;
/// Most tokens one request may ask to generate.
pub const MAX_NEW_TOKENS: u32 = 32_768;

/// One stop sequence, as UTF-8 bytes.
pub type StopSequence = BoundedVec<u8, MaxStopSequenceLen>;

/// Sampling parameters of one generation, as the engine applies them.
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
pub struct SamplingParams {
	/// Softmax temperature in thousandths; 0 means greedy decoding.
	pub temperature_milli: u32,
	/// Nucleus sampling mass in thousandths, 1..=1000 (1000 disables it).
	pub top_p_milli: u32,
	/// Keep only the `top_k` most likely tokens; 0 disables it.
	pub top_k: u32,
	/// Most tokens to generate, 1..=[`MAX_NEW_TOKENS`].
	pub max_tokens: u32,
	/// Seed of the sampler; the same seed and input give the same tokens on one device.
	pub seed: u64,
	/// Repetition penalty in thousandths, 1000..=2000 (1000 disables it).
	pub repetition_penalty_milli: u32,
	/// Generation stops before any of these byte sequences.
	pub stop: BoundedVec<StopSequence, MaxStopSequences>,
}

impl Default for SamplingParams {
	fn default() -> Self {
		Self {
			temperature_milli: 700,
			top_p_milli: 1_000,
			top_k: 0,
			max_tokens: 256,
			seed: 0,
			repetition_penalty_milli: 1_000,
			stop: BoundedVec::new(),
		}
	}
}

/// Why a [`SamplingParams`] is refused.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum InvalidParams {
	/// `temperature_milli` above [`MAX_TEMPERATURE_MILLI`].
	Temperature,
	/// `top_p_milli` is 0 or above 1000.
	TopP,
	/// `max_tokens` is 0 or above [`MAX_NEW_TOKENS`].
	MaxTokens,
	/// `repetition_penalty_milli` outside 1000..=2000.
	RepetitionPenalty,
	/// A stop sequence is empty.
	EmptyStopSequence,
}

impl SamplingParams {
	/// Checks every value against its documented range.
	pub fn validate(&self) -> Result<(), InvalidParams> {
		if self.temperature_milli > MAX_TEMPERATURE_MILLI {
			return Err(InvalidParams::Temperature);
		}
		if self.top_p_milli == 0 || self.top_p_milli > 1_000 {
			return Err(InvalidParams::TopP);
		}
		if self.max_tokens == 0 || self.max_tokens > MAX_NEW_TOKENS {
			return Err(InvalidParams::MaxTokens);
		}
		if !(MIN_REPETITION_PENALTY_MILLI..=MAX_REPETITION_PENALTY_MILLI)
			.contains(&self.repetition_penalty_milli)
		{
			return Err(InvalidParams::RepetitionPenalty);
		}
		if self.stop.iter().any(|s| s.is_empty()) {
			return Err(InvalidParams::EmptyStopSequence);
		}
		Ok(())
	}
}

/// Optional hardware requirements of a request; a provider must meet every one given.
#[derive(
	Clone,
	PartialEq,
	Eq,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Debug,
	Serialize,
	Deserialize,
)]
pub struct HardwareWishes<Balance> {
	/// Exact GPU model name the provider must have (e.g. `NVIDIA H100 80GB HBM3`).
	pub gpu_model: Option<BoundedVec<u8, MaxGpuModelLen>>,
	/// Least memory per GPU, in GiB.
	pub min_gpu_memory_gib: Option<u32>,
	/// Highest price per GPU-hour the requester accepts.
	pub max_price_per_hour: Option<Balance>,
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn default_params_are_valid() {
		assert_eq!(SamplingParams::default().validate(), Ok(()));
	}

	#[test]
	fn every_range_is_checked() {
		let base = SamplingParams::default();
		let cases = [
			(
				SamplingParams { temperature_milli: 2_001, ..base.clone() },
				InvalidParams::Temperature,
			),
			(SamplingParams { top_p_milli: 0, ..base.clone() }, InvalidParams::TopP),
			(SamplingParams { top_p_milli: 1_001, ..base.clone() }, InvalidParams::TopP),
			(SamplingParams { max_tokens: 0, ..base.clone() }, InvalidParams::MaxTokens),
			(
				SamplingParams { max_tokens: MAX_NEW_TOKENS + 1, ..base.clone() },
				InvalidParams::MaxTokens,
			),
			(
				SamplingParams { repetition_penalty_milli: 999, ..base.clone() },
				InvalidParams::RepetitionPenalty,
			),
			(
				SamplingParams { repetition_penalty_milli: 2_001, ..base.clone() },
				InvalidParams::RepetitionPenalty,
			),
			(
				SamplingParams {
					stop: BoundedVec::truncate_from(vec![StopSequence::new()]),
					..base.clone()
				},
				InvalidParams::EmptyStopSequence,
			),
		];
		for (params, expected) in cases {
			assert_eq!(params.validate(), Err(expected), "{params:?}");
		}
		let edges = SamplingParams {
			temperature_milli: MAX_TEMPERATURE_MILLI,
			top_p_milli: 1,
			max_tokens: MAX_NEW_TOKENS,
			repetition_penalty_milli: MAX_REPETITION_PENALTY_MILLI,
			..base
		};
		assert_eq!(edges.validate(), Ok(()));
	}
}
