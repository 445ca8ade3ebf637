//! The three primitives of the format, each as polkadot.js computes it: sr25519 agreement,
//! the key-encryption key, and NaCl's secretbox.

use crate::{Error, PublicKey, KEK_DOMAIN, KEY_LEN, NONCE_LEN};
use alloc::vec::Vec;
use blake2::{digest::consts::U32, Blake2b, Digest};
use crypto_secretbox::{aead::Aead, KeyInit, XSalsa20Poly1305};
use curve25519_dalek::{ristretto::CompressedRistretto, Scalar};
use zeroize::Zeroizing;

/// A 32-byte symmetric key (content key or key-encryption key), wiped when dropped.
pub(crate) type SymmetricKey = Zeroizing<[u8; KEY_LEN]>;

/// `s · P` compressed: polkadot.js `sr25519Agreement(secret, public)`.
pub(crate) fn agree(secret: &Scalar, public: &PublicKey) -> Result<SymmetricKey, Error> {
	let point = CompressedRistretto(*public).decompress().ok_or(Error::InvalidPublicKey)?;
	Ok(Zeroizing::new((secret * point).compress().to_bytes()))
}

/// `blake2b-256("gintonic-seal-v1" ‖ shared ‖ E ‖ R)`.
pub(crate) fn key_encryption_key(
	shared: &[u8; KEY_LEN],
	ephemeral: &PublicKey,
	recipient: &PublicKey,
) -> SymmetricKey {
	let mut hasher = Blake2b::<U32>::new();
	hasher.update(KEK_DOMAIN);
	hasher.update(shared);
	hasher.update(ephemeral);
	hasher.update(recipient);
	Zeroizing::new(hasher.finalize().into())
}

/// NaCl secretbox: tag ‖ ciphertext.
pub(crate) fn secretbox_seal(
	key: &[u8; KEY_LEN],
	nonce: &[u8; NONCE_LEN],
	message: &[u8],
) -> Result<Vec<u8>, Error> {
	XSalsa20Poly1305::new(key.into()).encrypt(nonce.into(), message).map_err(|_| Error::Tampered)
}

/// Opens what [`secretbox_seal`] made; any change to key, nonce or bytes is [`Error::Tampered`].
pub(crate) fn secretbox_open(
	key: &[u8; KEY_LEN],
	nonce: &[u8; NONCE_LEN],
	sealed: &[u8],
) -> Result<Vec<u8>, Error> {
	XSalsa20Poly1305::new(key.into()).decrypt(nonce.into(), sealed).map_err(|_| Error::Tampered)
}
