//! Dev account keys for the seal tests (and the miner's, which include this file), derived
//! as Substrate derives `//Alice`.

use gintonic_seal::{Opener, PublicKey};
use sp_core::{sr25519, Pair};

/// The sr25519 pair of a dev URI such as `//Charlie`.
pub fn pair(suri: &str) -> sr25519::Pair {
	match sr25519::Pair::from_string(suri, None) {
		Ok(pair) => pair,
		Err(e) => panic!("{suri}: {e:?}"),
	}
}

/// The public key of a dev URI.
pub fn public(suri: &str) -> PublicKey {
	pair(suri).public().0
}

/// An opener for a dev URI, from the secret the way `sp-core` keeps it.
pub fn opener(suri: &str) -> Opener {
	match Opener::from_schnorrkel_secret(&pair(suri).to_raw_vec()) {
		Ok(opener) => opener,
		Err(e) => panic!("{suri}: {e}"),
	}
}
