//! What proves that a sender asked for an API or chat interaction recorded and paid on chain:
//! either its signature over this one interaction, or a [`Permit`] it signed once for many
//! (see [`crate::permit`]).
//!
//! For one interaction, the sender signs [`interaction_signing_payload`] of the 32-byte
//! [`interaction_digest`] with its key (sr25519; ed25519 and ecdsa accounts work too, through
//! `MultiSignature`): `<Bytes>` ‖ `gintonic/interaction/v1` ‖ digest ‖ `</Bytes>`, what
//! polkadot.js `signRaw({ data: u8aToHex(domain ‖ digest), type: 'bytes' })` and the browser
//! extension sign. Nothing else is accepted (see [`crate::signing`]): a bare 32-byte digest
//! could be the hash of a transaction's payload.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{permit::Permit, ContentHash, ModelId};
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode};
use scale_info::TypeInfo;

/// Why the provider may record an interaction for the sender and charge it.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub enum InteractionProof<AccountId, Signature, Balance, BlockNumber> {
	/// The sender's signature over this interaction's [`interaction_digest`], which names the
	/// last block at which it may be recorded.
	Signed {
		/// The sender's signature over the digest.
		signature: Signature,
		/// The last block at which the chain records it.
		expiry: BlockNumber,
	},
	/// A permit the sender signed for this provider, with its signature over
	/// [`crate::permit::permit_message`]; the charge counts against its allowance.
	Permit {
		/// The permit.
		permit: Permit<AccountId, Balance, BlockNumber>,
		/// The sender's signature over it.
		signature: Signature,
	},
}

/// Everything `record_interaction` takes besides its origin (the provider): what the miner
/// queues and its offchain worker submits.
#[derive(Clone, PartialEq, Eq, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug)]
pub struct Interaction<AccountId, Signature, Balance, BlockNumber> {
	/// Who asked and pays.
	pub sender: AccountId,
	/// Why the provider may charge the sender.
	pub proof: InteractionProof<AccountId, Signature, Balance, BlockNumber>,
	/// The model that served it.
	pub model: ModelId,
	/// A commitment to the request, unique per interaction.
	pub request_hash: ContentHash,
	/// The most this interaction may cost.
	pub max_payment: Balance,
	/// `blake2_256` of the SCALE-encoded plaintext record metadata.
	pub result_hash: ContentHash,
	/// The metadata sealed to the sender and the provider.
	pub sealed_metadata: Vec<u8>,
	/// Tokens and GPU time.
	pub usage: crate::Usage,
}

/// Domain separator, so that a signature made for this purpose means nothing elsewhere.
pub const INTERACTION_DOMAIN: &[u8] = b"gintonic/interaction/v1";

/// The digest a sender signs to authorise `provider` to record an interaction on `model` and
/// charge it at most `max_payment`, until block `expiry`:
/// `blake2_256(INTERACTION_DOMAIN ‖ SCALE((genesis_hash, sender, provider, model,
/// request_hash, max_payment, expiry)))`. `request_hash` commits to the request the sender
/// made (the miner uses blake2-256 of the request body and a nonce); the genesis hash keeps it
/// from being replayed on another chain, the sender keeps two senders' identical requests
/// apart, the expiry keeps a signature from being good forever, and the chain refuses a digest
/// it has recorded before. A permit's interactions use the same digest, with the permit's
/// expiry, as their identity.
pub fn interaction_digest<AccountId: Encode, Balance: Encode, BlockNumber: Encode>(
	genesis_hash: &[u8; 32],
	sender: &AccountId,
	provider: &AccountId,
	model: &ModelId,
	request_hash: &ContentHash,
	max_payment: &Balance,
	expiry: &BlockNumber,
) -> ContentHash {
	let mut preimage = Vec::from(INTERACTION_DOMAIN);
	(genesis_hash, sender, provider, model, request_hash, max_payment, expiry)
		.encode_to(&mut preimage);
	ContentHash::from(sp_io::hashing::blake2_256(&preimage))
}

/// What the sender signs to authorise the interaction with `digest`:
/// `<Bytes>` ‖ [`INTERACTION_DOMAIN`] ‖ digest ‖ `</Bytes>`.
pub fn interaction_signing_payload(digest: &ContentHash) -> Vec<u8> {
	crate::signing::signing_payload(INTERACTION_DOMAIN, digest.as_bytes())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn digest_commits_to_every_field() {
		let digest = |genesis: u8,
		              sender: u8,
		              provider: u8,
		              model: u8,
		              request: u8,
		              max: u128,
		              expiry: u32| {
			interaction_digest(
				&[genesis; 32],
				&sender,
				&provider,
				&ModelId::repeat_byte(model),
				&ContentHash::repeat_byte(request),
				&max,
				&expiry,
			)
		};
		let base = digest(0, 1, 2, 3, 4, 5, 6);
		for other in [
			digest(9, 1, 2, 3, 4, 5, 6),
			digest(0, 9, 2, 3, 4, 5, 6),
			digest(0, 1, 9, 3, 4, 5, 6),
			digest(0, 1, 2, 9, 4, 5, 6),
			digest(0, 1, 2, 3, 9, 5, 6),
			digest(0, 1, 2, 3, 4, 9, 6),
			digest(0, 1, 2, 3, 4, 5, 9),
		] {
			assert_ne!(base, other);
		}
	}

	#[test]
	fn the_signed_payload_names_the_domain() {
		let payload = interaction_signing_payload(&ContentHash::repeat_byte(7));
		assert_eq!(payload.len(), 7 + INTERACTION_DOMAIN.len() + 32 + 8);
		assert!(payload.starts_with(b"<Bytes>gintonic/interaction/v1\x07"));
	}
}
