//! Permits: an account's standing authorisation for one provider to record its API and chat
//! interactions and charge it, up to an allowance, until an expiry block. The printable form
//! of a signed permit is the API key an OpenAI client sends as `Authorization: Bearer …`.
//!
//! ## What is signed
//!
//! The account signs, with its sr25519 key, [`permit_message`]:
//!
//! ```text
//! "gintonic/permit/v1" ‖ SCALE(Permit)
//! SCALE(Permit) = genesis_hash (32 bytes) ‖ account (32) ‖ provider (32)
//!               ‖ allowance (u128, 16 bytes LE) ‖ expiry (block number, u32 LE) ‖ nonce (u64 LE)
//! ```
//!
//! raw, or `<Bytes>`-wrapped as polkadot.js `signRaw` and the browser extension sign. The
//! permit's identity is [`permit_id`], `blake2_256` of that message; the chain keeps what each
//! permit has spent under it. The nonce only tells apart permits that are otherwise equal.
//!
//! ## The API key
//!
//! `gk1_` followed by the unpadded base64url (RFC 4648 §5) of `SCALE(Permit) ‖ signature`
//! (124 + 64 bytes): 255 printable characters, no transaction needed to make one.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{interaction::wrap_bytes, ContentHash};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Domain separator of a permit signature, so it means nothing elsewhere.
pub const PERMIT_DOMAIN: &[u8] = b"gintonic/permit/v1";

/// The prefix of an API key, naming the key format's version.
pub const API_KEY_PREFIX: &str = "gk1_";

/// An account's authorisation for `provider` to charge it up to `allowance` for recorded
/// interactions until block `expiry` (inclusive), on the chain with `genesis_hash`.
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
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Permit<AccountId, Balance, BlockNumber> {
	/// The chain it is valid on.
	pub genesis_hash: [u8; 32],
	/// The account that pays.
	pub account: AccountId,
	/// The only provider that may charge it.
	pub provider: AccountId,
	/// The most all its interactions may cost together.
	pub allowance: Balance,
	/// The last block at which it may be charged.
	pub expiry: BlockNumber,
	/// Tells apart otherwise equal permits.
	pub nonce: u64,
}

/// What the chain knows of a permit it has seen (charged or revoked).
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
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct PermitState<AccountId, Balance, BlockNumber> {
	/// The account that pays.
	pub account: AccountId,
	/// The provider that may charge it.
	pub provider: AccountId,
	/// Its allowance.
	pub allowance: Balance,
	/// What its interactions have cost so far.
	pub spent: Balance,
	/// Its last valid block: the state is pruned after it.
	pub expiry: BlockNumber,
	/// Whether the account revoked it.
	pub revoked: bool,
}

/// The bytes an account signs to issue `permit`: [`PERMIT_DOMAIN`] ‖ SCALE(permit).
pub fn permit_message<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	permit: &Permit<AccountId, Balance, BlockNumber>,
) -> Vec<u8> {
	let mut message = Vec::from(PERMIT_DOMAIN);
	permit.encode_to(&mut message);
	message
}

/// A permit's identity: `blake2_256(permit_message(permit))`.
pub fn permit_id<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	permit: &Permit<AccountId, Balance, BlockNumber>,
) -> ContentHash {
	ContentHash::from(sp_io::hashing::blake2_256(&permit_message(permit)))
}

/// Whether `verify` accepts the signature over the permit's message, raw or `<Bytes>`-wrapped.
pub fn permit_signed_by<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	permit: &Permit<AccountId, Balance, BlockNumber>,
	verify: impl Fn(&[u8]) -> bool,
) -> bool {
	let message = permit_message(permit);
	verify(&message) || verify(&wrap_bytes(&message))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn permit(nonce: u64) -> Permit<[u8; 32], u128, u32> {
		Permit {
			genesis_hash: [1; 32],
			account: [2; 32],
			provider: [3; 32],
			allowance: 4,
			expiry: 5,
			nonce,
		}
	}

	#[test]
	fn the_message_is_the_domain_then_the_fixed_size_encoding() {
		let message = permit_message(&permit(6));
		assert_eq!(message.len(), PERMIT_DOMAIN.len() + 124);
		assert!(message.starts_with(PERMIT_DOMAIN));
		assert_eq!(&message[PERMIT_DOMAIN.len() + 96..][..16], &4u128.to_le_bytes());
		assert_eq!(&message[PERMIT_DOMAIN.len() + 112..][..4], &5u32.to_le_bytes());
		assert_eq!(&message[PERMIT_DOMAIN.len() + 116..], &6u64.to_le_bytes());
	}

	#[test]
	fn the_id_commits_to_the_nonce() {
		assert_ne!(permit_id(&permit(1)), permit_id(&permit(2)));
	}

	#[test]
	fn raw_and_wrapped_signatures_verify() {
		let message = permit_message(&permit(1));
		assert!(permit_signed_by(&permit(1), |signed| signed == message.as_slice()));
		assert!(permit_signed_by(&permit(1), |signed| signed == wrap_bytes(&message).as_slice()));
		assert!(!permit_signed_by(&permit(2), |signed| signed == message.as_slice()));
	}
}
