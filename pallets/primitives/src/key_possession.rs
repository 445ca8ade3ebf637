//! Proof that a provider holds the secret of the encryption key it registers: prompts sealed
//! to a key nobody can open would be taken, escrowed and then expire against the sender.
//!
//! The proof is the encryption key's sr25519 signature over [`key_possession_signing_payload`]
//! of the provider's account: `<Bytes>` ‖ `gintonic/encryption-key/v1` ‖ SCALE(account) ‖
//! `</Bytes>`, as polkadot.js `signRaw` makes it (the only form accepted, [`crate::signing`]).

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{signing::signing_payload, EncryptionKey};
use alloc::vec::Vec;
use codec::Encode;
use sp_core::sr25519;

/// Domain separator: a key-possession signature means nothing elsewhere.
pub const KEY_POSSESSION_DOMAIN: &[u8] = b"gintonic/encryption-key/v1";

/// What the encryption key signs: `<Bytes>` ‖ `KEY_POSSESSION_DOMAIN` ‖ SCALE(account) ‖
/// `</Bytes>`.
pub fn key_possession_signing_payload<AccountId: Encode>(account: &AccountId) -> Vec<u8> {
	signing_payload(KEY_POSSESSION_DOMAIN, &account.encode())
}

/// Whether `proof` is `key`'s signature over `account`'s possession payload.
pub fn verify_key_possession<AccountId: Encode>(
	key: &EncryptionKey,
	proof: &sr25519::Signature,
	account: &AccountId,
) -> bool {
	let public = sr25519::Public::from_raw(*key);
	sp_io::crypto::sr25519_verify(proof, &key_possession_signing_payload(account), &public)
}
