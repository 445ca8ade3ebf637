//! # Gintonic sealed envelopes (v1)
//!
//! A sealed envelope carries a payload (a request's prompt, or a record's metadata) that each
//! of its recipients' sr25519 keys can open, and nobody else. Every primitive is one that
//! `@polkadot/util-crypto` has (`sr25519Agreement`, `blake2AsU8a`, `naclEncrypt`), so a
//! wallet opens a record with the account's own key, in a browser or in Node.js.
//!
//! ## Format (fixed; both sides follow it byte for byte)
//!
//! ```text
//! offset  bytes   field
//! 0       1       version = 0x01
//! 1       32      E: ephemeral sr25519 public key (a fresh key pair per envelope)
//! 33      24      N: random nonce
//! 57      1       n: number of recipients, 1..=8
//! 58      80 × n  per recipient i: R_i (32, the recipient's sr25519 public key)
//!                 ‖ W_i (48) = secretbox(K, N, KEK_i)
//! 58+80n  rest    C = secretbox(payload, N, K)
//! ```
//!
//! - `K`: 32 random bytes, the content key.
//! - `KEK_i = blake2b-256("gintonic-seal-v1" ‖ shared_i ‖ E ‖ R_i)` (unkeyed, 32-byte output).
//! - `shared_i`: the sr25519 agreement of the ephemeral secret with `R_i` — the compressed
//!   Ristretto point `s · R_i`, `s` the canonical scalar of the secret key — which recipient
//!   `i` recomputes from its own secret and `E`. It is what polkadot.js
//!   `sr25519Agreement(secretKey, publicKey)` returns.
//! - `secretbox`: XSalsa20-Poly1305 as NaCl does it: the 16-byte tag, then the ciphertext.
//!   Reusing `N` for the key wraps and the content is safe because every key is distinct.
//! - To open: find `i` with `R_i` equal to one's own public key, recompute `KEK_i`, open
//!   `W_i` to get `K`, then open `C`.
//!
//! The header (version, `E`, `N`, the `R_i`) is public and not authenticated: a listed `R_i`
//! does not prove that its `W_i` opens. The reader refuses duplicate `R_i`; a record is
//! trusted through its on-chain `result_hash`, never through its header alone.
//!
//! ## Crate layout
//!
//! - [`Header`] (always available, `no_std`, no cryptography): parses and bounds-checks an
//!   envelope's public part; the runtime uses it to check who a prompt is sealed to.
//! - [`seal`] and [`Opener`] (feature `std`): sealing to a list of keys, and opening with an
//!   sr25519 secret in any of the forms Substrate and polkadot.js keep it.
//!
//! Every malformed, truncated, tampered or foreign envelope is an [`Error`], never a panic.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

#[cfg(feature = "std")]
mod crypto;
mod error;
mod header;
#[cfg(feature = "std")]
mod open;
#[cfg(feature = "std")]
mod seal;

pub use error::Error;
pub use header::{unopenable_envelope, Header};
#[cfg(feature = "std")]
pub use open::Opener;
#[cfg(feature = "std")]
pub use seal::{seal, seal_with_rng};

/// The only version this crate writes and reads.
pub const VERSION: u8 = 1;
/// Most recipients one envelope may have.
pub const MAX_RECIPIENTS: usize = 8;
/// Length of an sr25519 public key, of `E` and of each `R_i`.
pub const KEY_LEN: usize = 32;
/// Length of the nonce `N`.
pub const NONCE_LEN: usize = 24;
/// Length of the secretbox tag that precedes every ciphertext.
pub const TAG_LEN: usize = 16;
/// Length of one wrapped content key `W_i`.
pub const WRAPPED_KEY_LEN: usize = TAG_LEN + KEY_LEN;
/// Length of one recipient entry `R_i ‖ W_i`.
pub const RECIPIENT_LEN: usize = KEY_LEN + WRAPPED_KEY_LEN;
/// Length of the fixed part before the recipient entries: version, `E`, `N`, `n`.
pub const FIXED_HEADER_LEN: usize = 1 + KEY_LEN + NONCE_LEN + 1;
/// Domain separation tag hashed into every key-encryption key.
pub const KEK_DOMAIN: &[u8] = b"gintonic-seal-v1";

/// An sr25519 public key as envelopes list it.
pub type PublicKey = [u8; KEY_LEN];

/// Whether `key` is a key an envelope can be sealed to: the encoding of a Ristretto point
/// other than the identity (whose "shared secret" anyone knows). Sealing to any other 32
/// bytes fails, so the runtime refuses such keys before work is done for them.
pub fn is_sealing_key(key: &PublicKey) -> bool {
	key != &[0u8; KEY_LEN]
		&& curve25519_dalek::ristretto::CompressedRistretto(*key).decompress().is_some()
}

/// The smallest envelope with `recipients` recipients and an empty payload.
pub const fn envelope_len(recipients: usize, payload_len: usize) -> usize {
	FIXED_HEADER_LEN + recipients * RECIPIENT_LEN + TAG_LEN + payload_len
}
