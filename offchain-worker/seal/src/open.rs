//! Opening an envelope with one recipient's sr25519 secret.

use crate::{
	crypto::{agree, key_encryption_key, secretbox_open},
	Error, Header, PublicKey, KEY_LEN,
};
use alloc::vec::Vec;
use curve25519_dalek::Scalar;
use schnorrkel::{ExpansionMode, MiniSecretKey, SecretKey};
use zeroize::Zeroizing;

/// One recipient's key, ready to open envelopes sealed to it.
pub struct Opener {
	scalar: Zeroizing<Scalar>,
	public: PublicKey,
}

impl Opener {
	/// From a 32-byte seed (mini secret key) expanded as Substrate does (`//Alice`, a
	/// mnemonic's seed, a keystore file's seed).
	pub fn from_seed(seed: &[u8]) -> Result<Self, Error> {
		let mini = MiniSecretKey::from_bytes(seed).map_err(|_| Error::InvalidSecretKey)?;
		Ok(Self::from_secret(&mini.expand(ExpansionMode::Ed25519)))
	}

	/// From the 64-byte secret key as polkadot.js keeps it (`pair.secretKey`, the "ed25519
	/// bytes" form: the scalar times the cofactor, then the nonce).
	pub fn from_polkadot_js_secret(secret: &[u8]) -> Result<Self, Error> {
		SecretKey::from_ed25519_bytes(secret)
			.map(|secret| Self::from_secret(&secret))
			.map_err(|_| Error::InvalidSecretKey)
	}

	/// From a 64-byte schnorrkel secret key (canonical scalar, then the nonce), as
	/// `sp_core::sr25519::Pair::to_raw_vec` returns it.
	pub fn from_schnorrkel_secret(secret: &[u8]) -> Result<Self, Error> {
		SecretKey::from_bytes(secret)
			.map(|secret| Self::from_secret(&secret))
			.map_err(|_| Error::InvalidSecretKey)
	}

	fn from_secret(secret: &SecretKey) -> Self {
		let bytes = Zeroizing::new(secret.to_bytes());
		let mut canonical = Zeroizing::new([0u8; KEY_LEN]);
		canonical.copy_from_slice(&bytes[..KEY_LEN]);
		Self {
			scalar: Zeroizing::new(Scalar::from_bytes_mod_order(*canonical)),
			public: secret.to_public().to_bytes(),
		}
	}

	/// The public key this opener answers to.
	pub fn public_key(&self) -> PublicKey {
		self.public
	}

	/// Opens `envelope`: [`Error::NotARecipient`] when this key is not listed,
	/// [`Error::Tampered`] when its wrapped key or the content does not authenticate.
	pub fn open(&self, envelope: &[u8]) -> Result<Vec<u8>, Error> {
		let header = Header::parse(envelope)?;
		let index = header.position(&self.public).ok_or(Error::NotARecipient)?;
		let wrapped = header.wrapped_key(index).ok_or(Error::NotARecipient)?;
		let ephemeral = header.ephemeral_key();
		let nonce = header.nonce();
		let shared = agree(&self.scalar, &ephemeral)?;
		let kek = key_encryption_key(&shared, &ephemeral, &self.public);
		let content_key = Zeroizing::new(secretbox_open(&kek, &nonce, &wrapped)?);
		let content_key: &[u8; KEY_LEN] =
			content_key.as_slice().try_into().map_err(|_| Error::Tampered)?;
		secretbox_open(content_key, &nonce, header.content())
	}
}
