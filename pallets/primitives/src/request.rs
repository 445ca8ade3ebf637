//! An inference request made on chain, from escrow to its one outcome.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	bounds::MaxFailureReasonLen, params::HardwareWishes, ModelId, RecordId, SamplingParams,
};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use serde::{Deserialize, Serialize};
use sp_runtime::{
	helpers_128bit::multiply_by_rational_with_rounding, BoundedVec, Rounding, SaturatedConversion,
};

/// What one generation consumed, as the provider reports it: counts the sender can check
/// against its own record (its prompt, templated, and the answer it got).
#[derive(
	Clone,
	Copy,
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
pub struct Usage {
	/// Tokens of the templated prompt.
	pub prompt_tokens: u32,
	/// Tokens generated.
	pub completion_tokens: u32,
}

/// How fast a provider declares its machine (all its GPUs together) reads prompts and
/// writes answers. With its price per GPU-hour this sets its price per token: a provider
/// that claims to be slow charges more per token, in plain sight of every quote.
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
pub struct Throughput {
	/// Prompt tokens read per second. Never 0.
	pub prompt_tokens_per_second: u32,
	/// Tokens generated per second. Never 0.
	pub completion_tokens_per_second: u32,
}

impl Throughput {
	/// Whether both rates are above 0 (at 0 tokens a second, a token would have no price).
	pub fn is_valid(&self) -> bool {
		self.prompt_tokens_per_second > 0 && self.completion_tokens_per_second > 0
	}

	/// Whole seconds the machine needs to write `tokens` at its declared rate, rounded up.
	pub fn seconds_to_write(&self, tokens: u32) -> u64 {
		u64::from(tokens).div_ceil(u64::from(self.completion_tokens_per_second.max(1)))
	}
}

/// The terms a charge is computed from, fixed when the work is assigned (a request) or
/// charged (an API call): all public, shown by `inference_quote` before anyone asks.
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
pub struct TokenRate<Balance> {
	/// Price of one GPU-hour.
	pub price_per_hour: Balance,
	/// GPUs the machine has: the machine's hour costs `price_per_hour × gpu_count`.
	pub gpu_count: u32,
	/// What the machine declares it does in that hour.
	pub throughput: Throughput,
}

/// What storing a record costs its sender: a fixed part per record and a price per byte of
/// its sealed metadata. The chain's constants; the fee is burned, as a transaction fee would
/// be, and the provider's transaction that stores the record pays nothing.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, TypeInfo, Debug, Serialize, Deserialize)]
pub struct RecordFee<Balance> {
	/// Per record.
	pub base: Balance,
	/// Per byte of sealed metadata.
	pub per_byte: Balance,
}

/// What one interaction costs its sender, by its two parts.
#[derive(
	Clone,
	Copy,
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
pub struct Charge<Balance> {
	/// Paid to the provider for its tokens.
	pub compute: Balance,
	/// Burned for the record's storage.
	pub storage: Balance,
}

impl<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy> Charge<Balance> {
	/// Both parts together: what leaves the sender.
	pub fn total(&self) -> Balance {
		self.compute.saturating_add(self.storage)
	}
}

/// How a request ended. Every request ends in exactly one of these.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Serialize, Deserialize,
)]
pub enum RequestOutcome<Balance> {
	/// Waiting for its provider.
	Pending,
	/// Served: the record holds the sealed result; `payment` went to the provider.
	Completed {
		/// The record written for it.
		record: RecordId,
		/// What the provider was paid.
		payment: Balance,
		/// What was burned for the record's storage.
		storage_fee: Balance,
		/// What went back to the sender.
		refund: Balance,
	},
	/// The provider reported that it could not serve it; the escrow went back.
	Failed {
		/// The provider's reason, as UTF-8.
		reason: BoundedVec<u8, MaxFailureReasonLen>,
		/// What went back to the sender.
		refund: Balance,
	},
	/// The deadline passed without a result; the escrow went back.
	Expired {
		/// What went back to the sender.
		refund: Balance,
	},
	/// The provider could not open the sealed prompt, or it was not the chat JSON: the
	/// sender's fault. The escrow went back; the provider got no strike and no fee (its claim
	/// cannot be checked, so it must earn nothing).
	Rejected {
		/// The provider's reason, as UTF-8.
		reason: BoundedVec<u8, MaxFailureReasonLen>,
		/// What went back to the sender.
		refund: Balance,
	},
}

/// A request made with `inference.request`. The sealed prompt is stored beside it until it is
/// settled.
#[derive(
	Clone, PartialEq, Eq, Encode, Decode, MaxEncodedLen, TypeInfo, Debug, Serialize, Deserialize,
)]
pub struct RequestInfo<AccountId, Balance, BlockNumber> {
	/// Who asked and pays.
	pub sender: AccountId,
	/// The provider it was assigned to.
	pub provider: AccountId,
	/// The model asked for.
	pub model: ModelId,
	/// Sampling parameters.
	pub params: SamplingParams,
	/// Hardware wishes it was matched against.
	pub wishes: HardwareWishes<Balance>,
	/// Escrow held from the sender: the most it pays.
	pub max_payment: Balance,
	/// The provider's terms at assignment, which the payment uses.
	pub rate: TokenRate<Balance>,
	/// Block it was made in.
	pub created_at: BlockNumber,
	/// Block at whose start it expires if still pending.
	pub deadline: BlockNumber,
	/// Its outcome so far.
	pub outcome: RequestOutcome<Balance>,
}

/// Seconds in an hour: prices are per GPU-hour, throughputs per second.
pub const SECONDS_PER_HOUR: u128 = 3_600;

/// What the tokens of `usage` cost at `rate`, rounded up to the smallest unit, in one
/// division (256-bit intermediate, so no rounding between the two parts):
/// `ceil(price_per_hour × gpu_count × (prompt / prompt_tps + completion / completion_tps) / 3600)`.
pub fn compute_cost<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(
	usage: &Usage,
	rate: &TokenRate<Balance>,
) -> u128 {
	let machine_hour =
		rate.price_per_hour.saturated_into::<u128>().saturating_mul(rate.gpu_count.into());
	let prompt_tps = u128::from(rate.throughput.prompt_tokens_per_second.max(1));
	let completion_tps = u128::from(rate.throughput.completion_tokens_per_second.max(1));
	// prompt / p + completion / c = (prompt × c + completion × p) / (p × c); each product of
	// two u32 fits in u64, their sum in u128.
	let token_seconds_numerator = u128::from(usage.prompt_tokens)
		.saturating_mul(completion_tps)
		.saturating_add(u128::from(usage.completion_tokens).saturating_mul(prompt_tps));
	let denominator = SECONDS_PER_HOUR.saturating_mul(prompt_tps).saturating_mul(completion_tps);
	multiply_by_rational_with_rounding(
		machine_hour,
		token_seconds_numerator,
		denominator,
		Rounding::Up,
	)
	// Only `None` when the result exceeds u128, which is above any escrow.
	.unwrap_or(u128::MAX)
}

/// What `record_bytes` of sealed metadata cost to store under `fee`.
pub fn storage_cost<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(
	record_bytes: u32,
	fee: &RecordFee<Balance>,
) -> u128 {
	fee.per_byte
		.saturated_into::<u128>()
		.saturating_mul(record_bytes.into())
		.saturating_add(fee.base.saturated_into())
}

/// The one payment rule, for on-chain requests and API calls alike: the record's storage
/// first, then the tokens of `usage` at `rate`, the two never above `max_payment` together
/// (storage is capped first, so a short escrow pays the chain before the provider).
///
/// Every input is something the sender can check: the token counts against its record, the
/// rate against the quote it was shown, the record's length on chain, the fee in the
/// runtime's constants.
pub fn payment_for<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(
	usage: &Usage,
	rate: &TokenRate<Balance>,
	record_bytes: u32,
	fee: &RecordFee<Balance>,
	max_payment: Balance,
) -> Charge<Balance> {
	let cap: u128 = max_payment.saturated_into();
	let storage = storage_cost(record_bytes, fee).min(cap);
	let compute = compute_cost(usage, rate).min(cap.saturating_sub(storage));
	Charge { compute: compute.saturated_into(), storage: storage.saturated_into() }
}

/// What the rule charges at most for an interaction of `prompt_tokens` answered with up to
/// `max_tokens`, whose record takes up to `record_bytes`: what an escrow or a reservation
/// must cover for the provider to be paid in full whatever it writes.
pub fn worst_case_charge<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(
	prompt_tokens: u32,
	max_tokens: u32,
	rate: &TokenRate<Balance>,
	record_bytes: u32,
	fee: &RecordFee<Balance>,
) -> Charge<Balance> {
	let usage = Usage { prompt_tokens, completion_tokens: max_tokens };
	payment_for(&usage, rate, record_bytes, fee, Balance::max_value())
}

/// Bytes of sealed metadata a record holds beyond its prompt and its answer: the envelope for
/// two recipients, the salt, the fixed fields and their length prefixes, with room to spare.
pub const RECORD_OVERHEAD_BYTES: u32 = 1_024;

/// Bytes of text one generated token takes at most, for bounding a record before it is
/// written: the longest tokens of real vocabularies are well under this, and a record of
/// many long tokens pays for its bytes at settlement anyway.
pub const MAX_BYTES_PER_TOKEN: u32 = 16;

/// The most bytes of sealed metadata a record of a `prompt_bytes` prompt answered with up to
/// `max_tokens` is expected to take: the prompt, the answer's text and token ids (4 bytes
/// each), and [`RECORD_OVERHEAD_BYTES`].
pub fn record_bytes_bound(prompt_bytes: u32, max_tokens: u32) -> u32 {
	max_tokens
		.saturating_mul(MAX_BYTES_PER_TOKEN.saturating_add(4))
		.saturating_add(prompt_bytes)
		.saturating_add(RECORD_OVERHEAD_BYTES)
}

/// The worst case of an on-chain request whose prompt is sealed in `sealed_prompt_bytes` and
/// templates to `prompt_tokens`, answered with up to `max_tokens`: what its escrow must cover.
/// The chain, which cannot open the prompt, counts a token a byte; the miner counts them.
pub fn request_worst_case<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(
	sealed_prompt_bytes: u32,
	prompt_tokens: u32,
	max_tokens: u32,
	rate: &TokenRate<Balance>,
	fee: &RecordFee<Balance>,
) -> Charge<Balance> {
	let record_bytes = record_bytes_bound(sealed_prompt_bytes, max_tokens);
	worst_case_charge(prompt_tokens, max_tokens, rate, record_bytes, fee)
}

#[cfg(test)]
mod tests {
	use super::*;

	const RATE: TokenRate<u128> = TokenRate {
		price_per_hour: 3_600_000,
		gpu_count: 2,
		throughput: Throughput {
			prompt_tokens_per_second: 1_000,
			completion_tokens_per_second: 100,
		},
	};
	const FEE: RecordFee<u128> = RecordFee { base: 500, per_byte: 10 };

	#[test]
	fn tokens_are_priced_at_the_machine_hour_over_the_declared_throughput() {
		// The machine's hour is 7_200_000; a second of it 2_000. 1_000 prompt tokens take a
		// second, 100 completion tokens a second.
		let usage = Usage { prompt_tokens: 1_000, completion_tokens: 100 };
		assert_eq!(compute_cost(&usage, &RATE), 4_000);
		// One completion token is a hundredth of a second: 20; one prompt token 2.
		assert_eq!(compute_cost(&Usage { prompt_tokens: 0, completion_tokens: 1 }, &RATE), 20);
		assert_eq!(compute_cost(&Usage { prompt_tokens: 1, completion_tokens: 0 }, &RATE), 2);
		// Rounded up once: a prompt token worth a small fraction of a unit costs 1.
		let cheap = TokenRate { price_per_hour: 1, gpu_count: 1200, ..RATE };
		assert_eq!(compute_cost(&Usage { prompt_tokens: 1, completion_tokens: 0 }, &cheap), 1);
		assert_eq!(compute_cost(&Usage::default(), &RATE), 0);
	}

	#[test]
	fn storage_comes_first_and_the_whole_never_passes_max_payment() {
		let usage = Usage { prompt_tokens: 1_000, completion_tokens: 100 };
		let full = payment_for(&usage, &RATE, 100, &FEE, u128::MAX);
		assert_eq!(full, Charge { compute: 4_000, storage: 1_500 });
		assert_eq!(full.total(), 5_500);
		assert_eq!(
			payment_for(&usage, &RATE, 100, &FEE, 2_000),
			Charge { compute: 500, storage: 1_500 }
		);
		assert_eq!(
			payment_for(&usage, &RATE, 100, &FEE, 1_000),
			Charge { compute: 0, storage: 1_000 }
		);
		assert_eq!(worst_case_charge(1_000, 100, &RATE, 100, &FEE), full);
	}

	#[test]
	fn extreme_terms_saturate_instead_of_wrapping() {
		let dear = TokenRate {
			price_per_hour: u128::MAX,
			gpu_count: u32::MAX,
			throughput: Throughput { prompt_tokens_per_second: 1, completion_tokens_per_second: 1 },
		};
		let usage = Usage { prompt_tokens: u32::MAX, completion_tokens: u32::MAX };
		assert_eq!(compute_cost(&usage, &dear), u128::MAX);
		assert_eq!(payment_for(&usage, &dear, u32::MAX, &FEE, 7u128).total(), 7);
		assert_eq!(record_bytes_bound(u32::MAX, u32::MAX), u32::MAX);
	}

	#[test]
	fn the_time_to_write_rounds_up_and_a_zero_rate_is_invalid() {
		assert_eq!(RATE.throughput.seconds_to_write(101), 2);
		assert_eq!(RATE.throughput.seconds_to_write(0), 0);
		assert!(
			!Throughput { prompt_tokens_per_second: 0, completion_tokens_per_second: 1 }.is_valid()
		);
		assert!(RATE.throughput.is_valid());
	}
}
