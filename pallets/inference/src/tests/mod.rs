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

/// Alice asks for `mixtral` with default parameters, paying at most `max_payment`.
pub fn request(max_payment: Balance) -> u64 {
	let id = crate::NextRequestId::<Test>::get();
	assert_ok!(Inference::request(
		RuntimeOrigin::signed(alice()),
		model("mixtral"),
		SamplingParams::default(),
		HardwareWishes::default(),
		prompt_for(&[bob(), charlie()]),
		max_payment
	));
	id
}
