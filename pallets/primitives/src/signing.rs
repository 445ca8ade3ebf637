//! The one form in which the chain accepts an account's signature over one of its messages:
//! `<Bytes>` ‖ domain ‖ body ‖ `</Bytes>`, what polkadot.js `signRaw` and the browser
//! extension sign when given `domain ‖ body`.
//!
//! The wrapping keeps a signature over a message from being a signature over anything a
//! wallet signs for another purpose: a transaction's payload (or the 32-byte hash of a long
//! one) never starts with `<Bytes>`, so a client tricked into signing bytes a miner supplies
//! cannot sign a transfer. The domain (`gintonic/permit/v2`, `gintonic/interaction/v1`,
//! `gintonic/encryption-key/v1`) keeps each message apart from the others, and shows the user
//! what a wallet is asked to sign.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use alloc::vec::Vec;

/// Prefix that polkadot.js `signRaw` puts before the bytes it signs.
pub const WRAP_PREFIX: &[u8] = b"<Bytes>";
/// Suffix that polkadot.js `signRaw` puts after the bytes it signs.
pub const WRAP_SUFFIX: &[u8] = b"</Bytes>";

/// `<Bytes>` ‖ `message` ‖ `</Bytes>`, as polkadot.js wraps what `signRaw` signs.
pub fn wrap_bytes(message: &[u8]) -> Vec<u8> {
	let mut wrapped = Vec::with_capacity(
		WRAP_PREFIX.len().saturating_add(message.len()).saturating_add(WRAP_SUFFIX.len()),
	);
	wrapped.extend_from_slice(WRAP_PREFIX);
	wrapped.extend_from_slice(message);
	wrapped.extend_from_slice(WRAP_SUFFIX);
	wrapped
}

/// What an account signs for `domain` and `body`: `<Bytes>` ‖ domain ‖ body ‖ `</Bytes>`.
pub fn signing_payload(domain: &[u8], body: &[u8]) -> Vec<u8> {
	let mut message = Vec::with_capacity(domain.len().saturating_add(body.len()));
	message.extend_from_slice(domain);
	message.extend_from_slice(body);
	wrap_bytes(&message)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn wrap_matches_polkadot_js() {
		assert_eq!(wrap_bytes(&[0xab, 0xcd]), b"<Bytes>\xab\xcd</Bytes>".to_vec());
	}

	#[test]
	fn the_payload_is_the_wrapped_domain_then_the_body() {
		assert_eq!(signing_payload(b"d/v1", &[1, 2]), b"<Bytes>d/v1\x01\x02</Bytes>".to_vec());
	}
}
