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

/// What one generation consumed, as the provider reports it.
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
	/// GPU time billed, in milliseconds.
	pub gpu_ms: u64,
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
	/// The provider's price per GPU-hour at assignment, which the payment uses.
	pub price_per_hour: Balance,
	/// Block it was made in.
	pub created_at: BlockNumber,
	/// Chain time it was made at, in ms: the start of the GPU time a result may bill.
	pub created_at_ms: u64,
	/// The provider's GPU count at assignment: billed GPU time is at most the chain time
	/// since `created_at_ms` times this.
	pub gpu_count: u32,
	/// Block at whose start it expires if still pending.
	pub deadline: BlockNumber,
	/// Its outcome so far.
	pub outcome: RequestOutcome<Balance>,
}

/// Milliseconds in an hour: prices are per GPU-hour, usage is in GPU-milliseconds.
pub const MS_PER_HOUR: u128 = 3_600_000;

/// What `usage` costs at `price_per_hour`, rounded up to the smallest unit, capped at
/// `max_payment`: `min(max_payment, ceil(gpu_ms × price_per_hour / 3_600_000))`.
pub fn payment_for<Balance: sp_runtime::traits::AtLeast32BitUnsigned + Copy>(
	usage: &Usage,
	price_per_hour: Balance,
	max_payment: Balance,
) -> Balance {
	let price: u128 = price_per_hour.saturated_into();
	let cost = multiply_by_rational_with_rounding(
		price,
		u128::from(usage.gpu_ms),
		MS_PER_HOUR,
		Rounding::Up,
	)
	// Only `None` when the result exceeds u128, which is above any escrow.
	.unwrap_or(u128::MAX);
	let cap: u128 = max_payment.saturated_into();
	cost.min(cap).saturated_into()
}
