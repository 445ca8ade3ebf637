//! Sealing a payload to up to [`MAX_RECIPIENTS`] sr25519 public keys.

use crate::{
	crypto::{agree, key_encryption_key, secretbox_seal},
	envelope_len, Error, PublicKey, KEY_LEN, MAX_RECIPIENTS, NONCE_LEN, VERSION,
};
use alloc::vec::Vec;
use curve25519_dalek::Scalar;
use rand_core::{CryptoRng, OsRng, RngCore};
use schnorrkel::{ExpansionMode, MiniSecretKey};
use zeroize::Zeroizing;

/// Seals `payload` so that each of `recipients` can open it, with the system's randomness.
pub fn seal(payload: &[u8], recipients: &[PublicKey]) -> Result<Vec<u8>, Error> {
	seal_with_rng(payload, recipients, &mut OsRng)
}

/// [`seal`] with the randomness (ephemeral key, nonce, content key) taken from `rng`.
pub fn seal_with_rng<R: RngCore + CryptoRng>(
	payload: &[u8],
	recipients: &[PublicKey],
	rng: &mut R,
) -> Result<Vec<u8>, Error> {
	if recipients.is_empty() || recipients.len() > MAX_RECIPIENTS {
		return Err(Error::RecipientCount(recipients.len()));
	}
	for (i, key) in recipients.iter().enumerate() {
		if recipients.iter().skip(i + 1).any(|other| other == key) {
			return Err(Error::DuplicateRecipient);
		}
	}

	let mut seed = Zeroizing::new([0u8; KEY_LEN]);
	let mut nonce = [0u8; NONCE_LEN];
	let mut content_key = Zeroizing::new([0u8; KEY_LEN]);
	for bytes in [&mut seed[..], &mut nonce[..], &mut content_key[..]] {
		rng.try_fill_bytes(bytes).map_err(|_| Error::Randomness)?;
	}
	let ephemeral = MiniSecretKey::from_bytes(&seed[..])
		.map_err(|_| Error::InvalidSecretKey)?
		.expand_to_keypair(ExpansionMode::Ed25519);
	let ephemeral_public = ephemeral.public.to_bytes();
	let scalar_bytes = Zeroizing::new(ephemeral.secret.to_bytes());
	let mut canonical = Zeroizing::new([0u8; KEY_LEN]);
	canonical.copy_from_slice(&scalar_bytes[..KEY_LEN]);
	let ephemeral_scalar = Zeroizing::new(Scalar::from_bytes_mod_order(*canonical));

	let mut envelope = Vec::with_capacity(envelope_len(recipients.len(), payload.len()));
	envelope.push(VERSION);
	envelope.extend_from_slice(&ephemeral_public);
	envelope.extend_from_slice(&nonce);
	// `recipients.len() <= MAX_RECIPIENTS` was checked above, so it fits one byte.
	envelope.push(recipients.len() as u8);
	for recipient in recipients {
		let shared = agree(&ephemeral_scalar, recipient)?;
		let kek = key_encryption_key(&shared, &ephemeral_public, recipient);
		envelope.extend_from_slice(recipient);
		envelope.extend_from_slice(&secretbox_seal(&kek, &nonce, &content_key[..])?);
	}
	envelope.extend_from_slice(&secretbox_seal(&content_key, &nonce, payload)?);
	Ok(envelope)
}
