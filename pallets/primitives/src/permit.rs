//! Permits: an account's standing authorisation for one provider to record its API and chat
//! interactions and charge it, up to an allowance, until an expiry block. The printable form
//! of a signed permit, with the secret it commits to, is the API key an OpenAI client sends as
//! `Authorization: Bearer …`.
//!
//! ## What is signed
//!
//! The account signs, with its sr25519 key, [`permit_signing_payload`] (`<Bytes>`-wrapped, as
//! polkadot.js `signRaw` and the browser extension sign; nothing else is accepted, see
//! [`crate::signing`]):
//!
//! ```text
//! "<Bytes>" ‖ "gintonic/permit/v2" ‖ SCALE(Permit) ‖ "</Bytes>"
//! SCALE(Permit) = genesis_hash (32 bytes) ‖ account (32) ‖ provider (32) ‖ key_hash (32)
//!               ‖ allowance (u128, 16 bytes LE) ‖ expiry (block number, u32 LE) ‖ nonce (u64 LE)
//! ```
//!
//! The permit's identity is [`permit_id`], `blake2_256("gintonic/permit/v2" ‖ SCALE(Permit))`;
//! the chain keeps what each permit has spent under it. The nonce only tells apart permits
//! that are otherwise equal.
//!
//! ## The API key and its secret
//!
//! The permit and its signature go on chain with every interaction charged to it, so they
//! cannot be what a caller proves itself with. The permit commits instead to a 32-byte secret
//! that only the key holds: `key_hash = blake2_256("gintonic/api-key-secret/v1" ‖ secret)`
//! ([`key_secret_hash`]). The API key is `gk2_` followed by the unpadded base64url (RFC 4648
//! §5) of `SCALE(Permit) ‖ signature ‖ secret` (156 + 64 + 32 bytes): 340 printable
//! characters, no transaction needed to make one. A miner serves a key only when its secret
//! hashes to the permit's `key_hash`; nothing on chain reveals the secret.
//!
//! `gk1_` keys (permit v1, no secret) are refused: their bytes were public on chain after
//! their first use.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{signing::signing_payload, ContentHash};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Domain separator of a permit signature, so it means nothing elsewhere.
pub const PERMIT_DOMAIN: &[u8] = b"gintonic/permit/v2";

/// Domain separator of the hash a permit commits its key's secret with.
pub const KEY_SECRET_DOMAIN: &[u8] = b"gintonic/api-key-secret/v1";

/// The prefix of an API key, naming the key format's version.
pub const API_KEY_PREFIX: &str = "gk2_";

/// The prefix of the first key format (no secret), refused since its bytes go on chain.
pub const LEGACY_API_KEY_PREFIX: &str = "gk1_";

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
	/// [`key_secret_hash`] of the secret its API key carries: the miner serves only the
	/// holder of that secret, which never goes on chain.
	pub key_hash: [u8; 32],
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

/// The permit's message: [`PERMIT_DOMAIN`] ‖ SCALE(permit), which its id hashes.
pub fn permit_message<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	permit: &Permit<AccountId, Balance, BlockNumber>,
) -> Vec<u8> {
	let mut message = Vec::from(PERMIT_DOMAIN);
	permit.encode_to(&mut message);
	message
}

/// What the account signs to issue `permit`: its message, `<Bytes>`-wrapped.
pub fn permit_signing_payload<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	permit: &Permit<AccountId, Balance, BlockNumber>,
) -> Vec<u8> {
	signing_payload(PERMIT_DOMAIN, &permit.encode())
}

/// A permit's identity: `blake2_256(permit_message(permit))`.
pub fn permit_id<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	permit: &Permit<AccountId, Balance, BlockNumber>,
) -> ContentHash {
	ContentHash::from(sp_io::hashing::blake2_256(&permit_message(permit)))
}

/// Whether `verify` accepts the signature over the permit's signing payload.
pub fn permit_signed_by<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	permit: &Permit<AccountId, Balance, BlockNumber>,
	verify: impl Fn(&[u8]) -> bool,
) -> bool {
	verify(&permit_signing_payload(permit))
}

/// What a permit names as `key_hash` for an API key holding `secret`:
/// `blake2_256(KEY_SECRET_DOMAIN ‖ secret)`.
pub fn key_secret_hash(secret: &[u8; 32]) -> [u8; 32] {
	let mut preimage = Vec::from(KEY_SECRET_DOMAIN);
	preimage.extend_from_slice(secret);
	sp_io::hashing::blake2_256(&preimage)
}

#[cfg(test)]
mod tests {
	use super::*;

	fn permit(nonce: u64) -> Permit<[u8; 32], u128, u32> {
		Permit {
			genesis_hash: [1; 32],
			account: [2; 32],
			provider: [3; 32],
			key_hash: [8; 32],
			allowance: 4,
			expiry: 5,
			nonce,
		}
	}

	#[test]
	fn the_message_is_the_domain_then_the_fixed_size_encoding() {
		let message = permit_message(&permit(6));
		assert_eq!(message.len(), PERMIT_DOMAIN.len() + 156);
		assert!(message.starts_with(PERMIT_DOMAIN));
		assert_eq!(&message[PERMIT_DOMAIN.len() + 96..][..32], &[8; 32]);
		assert_eq!(&message[PERMIT_DOMAIN.len() + 128..][..16], &4u128.to_le_bytes());
		assert_eq!(&message[PERMIT_DOMAIN.len() + 144..][..4], &5u32.to_le_bytes());
		assert_eq!(&message[PERMIT_DOMAIN.len() + 148..], &6u64.to_le_bytes());
	}

	#[test]
	fn the_id_commits_to_the_nonce() {
		assert_ne!(permit_id(&permit(1)), permit_id(&permit(2)));
	}

	#[test]
	fn only_the_wrapped_message_is_signed() {
		let message = permit_message(&permit(1));
		let wrapped = crate::signing::wrap_bytes(&message);
		assert_eq!(permit_signing_payload(&permit(1)), wrapped);
		assert!(permit_signed_by(&permit(1), |signed| signed == wrapped.as_slice()));
		assert!(!permit_signed_by(&permit(1), |signed| signed == message.as_slice()));
		assert!(!permit_signed_by(&permit(2), |signed| signed == wrapped.as_slice()));
	}

	#[test]
	fn the_secret_hash_is_domain_separated() {
		let secret = [9; 32];
		assert_ne!(key_secret_hash(&secret), sp_io::hashing::blake2_256(&secret));
		assert_ne!(key_secret_hash(&secret), key_secret_hash(&[10; 32]));
	}
}
