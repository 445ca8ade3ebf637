//! The provider's secret keys, by the public key prompts are sealed to.

use gintonic_seal::{Opener, PublicKey};
use std::collections::HashMap;

/// The openers of the provider keys this miner holds.
#[derive(Default)]
pub struct ProviderKeys {
	openers: HashMap<PublicKey, Opener>,
}

impl ProviderKeys {
	/// Adds a key.
	pub fn insert(&mut self, opener: Opener) {
		self.openers.insert(opener.public_key(), opener);
	}

	/// The opener of `key`, when this miner holds it.
	pub fn get(&self, key: &PublicKey) -> Option<&Opener> {
		self.openers.get(key)
	}

	/// The public keys held.
	pub fn public_keys(&self) -> impl Iterator<Item = &PublicKey> {
		self.openers.keys()
	}

	/// Whether no key is held.
	pub fn is_empty(&self) -> bool {
		self.openers.is_empty()
	}
}
