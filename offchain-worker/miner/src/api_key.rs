//! API keys: a signed [`Permit`] and the secret it commits to, in one printable string
//! (format in [`gintonic_primitives::permit`]): `gk2_` + base64url(SCALE(permit) ‖ sr25519
//! signature ‖ secret). The permit and its signature go on chain with every charge; the
//! secret never does, and a key is served only when its secret hashes to the permit's
//! `key_hash`.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use codec::{Decode, Encode};
use gintonic_primitives::{
	permit::{
		key_secret_hash, permit_id, permit_signed_by, permit_signing_payload, Permit,
		API_KEY_PREFIX, LEGACY_API_KEY_PREFIX,
	},
	ContentHash,
};
use sp_core::sr25519;
use sp_runtime::{traits::Verify, AccountId32, MultiSignature};

/// A permit as the chain's types have it (32-byte accounts, u128 balances, u32 blocks).
pub type ChainPermit = Permit<AccountId32, u128, u32>;

/// A decoded API key: the permit, the account's sr25519 signature over it and the secret that
/// proves the caller holds the key.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey {
	/// What the account authorised.
	pub permit: ChainPermit,
	/// Its signature over the permit's signing payload.
	pub signature: sr25519::Signature,
	/// The secret whose hash is the permit's `key_hash`; never on chain, never logged.
	secret: [u8; 32],
}

impl std::fmt::Debug for ApiKey {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.debug_struct("ApiKey")
			.field("permit", &self.permit)
			.field("signature", &self.signature)
			.finish_non_exhaustive()
	}
}

/// Why a string is not a usable API key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
	/// It does not start with `gk2_`.
	Prefix,
	/// It is a `gk1_` key, whose bytes went on chain with its first use.
	Legacy,
	/// The rest is not base64url of a permit, a 64-byte signature and a 32-byte secret.
	Encoding,
	/// The signature does not verify for the permit's account.
	Signature,
	/// The secret does not hash to the permit's `key_hash`: rebuilt from what the chain shows.
	Secret,
}

impl std::fmt::Display for KeyError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(match self {
			Self::Prefix => "an API key starts with gk2_ (make one with `gintonic-node api-key`)",
			Self::Legacy => "gk1_ API keys are no longer served: anyone could rebuild them from the chain once used; make a gk2_ key with `gintonic-node api-key`",
			Self::Encoding => "the API key is not base64url of a permit, its signature and its secret",
			Self::Signature => "the API key's signature does not verify for its account",
			Self::Secret => "the API key's secret does not match its permit",
		})
	}
}

/// The length of a SCALE-encoded permit.
const PERMIT_LEN: usize = 156;

impl ApiKey {
	/// Signs `permit` with `pair` (the permit's account), committing it to `secret`: the
	/// permit's `key_hash` is set from it.
	pub fn sign(mut permit: ChainPermit, secret: [u8; 32], pair: &sr25519::Pair) -> Self {
		use sp_core::Pair as _;
		permit.key_hash = key_secret_hash(&secret);
		let signature = pair.sign(&permit_signing_payload(&permit));
		Self { permit, signature, secret }
	}

	/// Signs `permit` with `pair`, committing it to a fresh random secret.
	pub fn issue(permit: ChainPermit, pair: &sr25519::Pair) -> Self {
		use rand_core::RngCore as _;
		let mut secret = [0u8; 32];
		rand_core::OsRng.fill_bytes(&mut secret);
		Self::sign(permit, secret, pair)
	}

	/// The printable key.
	pub fn encode(&self) -> String {
		let mut bytes = self.permit.encode();
		bytes.extend_from_slice(&self.signature.0);
		bytes.extend_from_slice(&self.secret);
		format!("{API_KEY_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
	}

	/// Reads a printable key and checks its signature and its secret.
	pub fn decode(text: &str) -> Result<Self, KeyError> {
		let text = text.trim();
		if text.starts_with(LEGACY_API_KEY_PREFIX) {
			return Err(KeyError::Legacy);
		}
		let body = text.strip_prefix(API_KEY_PREFIX).ok_or(KeyError::Prefix)?;
		let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| KeyError::Encoding)?;
		if bytes.len() != PERMIT_LEN + 64 + 32 {
			return Err(KeyError::Encoding);
		}
		let (permit_bytes, rest) = bytes.split_at(PERMIT_LEN);
		let (signature, secret) = rest.split_at(64);
		let permit = ChainPermit::decode(&mut &permit_bytes[..]).map_err(|_| KeyError::Encoding)?;
		let signature: [u8; 64] = signature.try_into().map_err(|_| KeyError::Encoding)?;
		let secret: [u8; 32] = secret.try_into().map_err(|_| KeyError::Encoding)?;
		let key = Self { permit, signature: sr25519::Signature::from_raw(signature), secret };
		let account = sr25519::Public::from_raw(key.permit.account.clone().into());
		if !permit_signed_by(&key.permit, |message| key.signature.verify(message, &account)) {
			return Err(KeyError::Signature);
		}
		if key_secret_hash(&key.secret) != key.permit.key_hash {
			return Err(KeyError::Secret);
		}
		Ok(key)
	}

	/// The permit's id, under which the chain tracks its spending.
	pub fn id(&self) -> ContentHash {
		permit_id(&self.permit)
	}

	/// The signature as the chain's `MultiSignature`.
	pub fn multi_signature(&self) -> MultiSignature {
		MultiSignature::Sr25519(self.signature)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_core::Pair as _;

	fn permit(account: &sr25519::Pair) -> ChainPermit {
		Permit {
			genesis_hash: [7; 32],
			account: account.public().into(),
			provider: AccountId32::new([2; 32]),
			key_hash: [0; 32],
			allowance: 1_000,
			expiry: 99,
			nonce: 3,
		}
	}

	#[test]
	fn a_key_round_trips_and_is_printable() {
		let (alice, _) = sr25519::Pair::generate();
		let key = ApiKey::issue(permit(&alice), &alice);
		let text = key.encode();
		assert_eq!(text.len(), API_KEY_PREFIX.len() + (252usize * 4).div_ceil(3));
		assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
		assert_eq!(ApiKey::decode(&text), Ok(key.clone()));
		assert!(!format!("{key:?}").contains(&format!("{:?}", key.secret)), "no secret in logs");
	}

	#[test]
	fn bad_keys_are_refused_with_a_reason() {
		let (alice, _) = sr25519::Pair::generate();
		let (eve, _) = sr25519::Pair::generate();
		assert_eq!(ApiKey::decode("sk-abc"), Err(KeyError::Prefix));
		assert_eq!(ApiKey::decode("gk2_!!!"), Err(KeyError::Encoding));
		let key = ApiKey::sign(permit(&alice), [5; 32], &alice);
		let text = key.encode();
		assert_eq!(ApiKey::decode(&text[..text.len() - 4]), Err(KeyError::Encoding));
		let forged = ApiKey {
			signature: ApiKey::sign(permit(&alice), [5; 32], &eve).signature,
			..key.clone()
		};
		assert_eq!(ApiKey::decode(&forged.encode()), Err(KeyError::Signature));
		// Any change to the permit breaks the signature.
		let mut raised = key.clone();
		raised.permit.allowance += 1;
		assert_eq!(ApiKey::decode(&raised.encode()), Err(KeyError::Signature));
	}

	#[test]
	fn what_the_chain_shows_does_not_make_a_key() {
		let (alice, _) = sr25519::Pair::generate();
		let key = ApiKey::issue(permit(&alice), &alice);
		// The permit and the signature are public: with any other secret, or as a gk1_ key,
		// they are refused.
		let guessed = ApiKey { secret: [0; 32], ..key.clone() };
		assert_eq!(ApiKey::decode(&guessed.encode()), Err(KeyError::Secret));
		let mut public = key.permit.encode();
		public.extend_from_slice(&key.signature.0);
		let legacy = format!("{LEGACY_API_KEY_PREFIX}{}", URL_SAFE_NO_PAD.encode(&public));
		assert_eq!(ApiKey::decode(&legacy), Err(KeyError::Legacy));
		let short = format!("{API_KEY_PREFIX}{}", URL_SAFE_NO_PAD.encode(&public));
		assert_eq!(ApiKey::decode(&short), Err(KeyError::Encoding));
	}
}
