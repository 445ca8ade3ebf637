//! Admission: the checks the chain makes when a provider charges an interaction to a permit,
//! run by the miner's API before it serves a call, so that nothing is served that the chain
//! will refuse to charge.
//!
//! The inference pallet has one function for them (`check_permit_charge`), called by
//! `record_interaction` at the block it is included in and by the runtime API
//! [`crate::api::InferenceApi::admit_permit`] at the best block with a margin for inclusion:
//! the expiry must hold `margin` blocks ahead, the lifetime bound now (it only loosens later).
//! Each refusal is the pallet error of the same name.

use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;

/// Why the chain refuses, or would refuse at inclusion, to charge a permit.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum PermitRefusal {
	/// The provider is not registered or does not serve the model.
	NotServingModel,
	/// The provider is suspended or leaving: it records what it served, and admits nothing
	/// new (admission only; inclusion still records and pays what was served before).
	ProviderSuspended,
	/// The permit is for another chain.
	PermitWrongChain,
	/// The permit names another provider.
	PermitNotForProvider,
	/// The permit names another account than the interaction's sender.
	PermitNotForSender,
	/// The permit is expired (or will be before the interaction can be included).
	PermitExpired,
	/// The permit reaches further ahead than the chain's `MaxPermitLifetime`.
	PermitTooLong,
	/// The account revoked the permit.
	PermitRevoked,
	/// The permit's signature does not verify.
	BadSignature,
	/// The charge passes what is left of the permit's allowance.
	AllowanceExceeded,
	/// The account cannot pay the charge.
	InsufficientBalance,
}

/// What admission found: the provider's terms and what the permit and the account have left.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct Admission<Balance> {
	/// The terms its tokens are charged at.
	pub rate: crate::request::TokenRate<Balance>,
	/// What the record's storage costs the caller.
	pub record_fee: crate::request::RecordFee<Balance>,
	/// What is left of the permit's allowance before the charges asked about.
	pub allowance_left: Balance,
	/// What the account can pay before the charges asked about.
	pub spendable: Balance,
}

/// What admission asks beyond the permit: the charge the call would add to its allowance and
/// to its account's payments, and how many blocks ahead the permit must still be valid.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct AdmissionQuery<Balance, BlockNumber> {
	/// What the permit's allowance must still cover.
	pub on_permit: Balance,
	/// What the account must still be able to pay.
	pub on_account: Balance,
	/// Blocks from now through which the permit must stay valid.
	pub margin: BlockNumber,
}
