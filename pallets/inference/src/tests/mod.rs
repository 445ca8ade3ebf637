//! Unit tests of the inference pallet on the mock runtime, split by concern.

mod expiry;
mod interaction;
mod offchain;
mod permits;
mod queries;
mod request;
mod settlement;

use crate::mock::*;
use frame_support::{assert_ok, traits::fungible::InspectHold};
use gintonic_primitives::{HardwareWishes, SamplingParams};

/// Escrow held from `who`.
pub fn escrow(who: &AccountId) -> Balance {
	Balances::balance_on_hold(&RuntimeHoldReason::Inference(crate::HoldReason::Escrow), who)
}

/// `max_tokens` of the requests [`request`] makes: their worst case at Bob's rate is
/// [`WORST_CASE_AT_BOB`].
pub const MAX_TOKENS: u32 = 16;
/// The least escrow Bob can be paid in full from for a [`request`]: 359 bytes of sealed prompt
/// (as many prompt tokens, 1 each at Bob's rate) and 16 generated tokens (10 each), and a record
/// of at most 16 × 20 + 359 + 1_024 bytes (1 each, and 100 a record).
pub const WORST_CASE_AT_BOB: Balance = 359 + 160 + 100 + 1_703;

/// The parameters of [`request`].
pub fn params() -> SamplingParams {
	SamplingParams { max_tokens: MAX_TOKENS, ..SamplingParams::default() }
}

/// Alice asks for `mixtral` with [`params`], paying at most `max_payment`.
pub fn request(max_payment: Balance) -> u64 {
	let id = crate::NextRequestId::<Test>::get();
	assert_ok!(Inference::request(
		RuntimeOrigin::signed(alice()),
		model("mixtral"),
		params(),
		HardwareWishes::default(),
		prompt_for(&[bob(), charlie()]),
		max_payment
	));
	id
}
