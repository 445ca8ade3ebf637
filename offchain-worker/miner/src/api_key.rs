//! API keys: a signed [`Permit`] in one printable string (format in
//! [`gintonic_primitives::permit`]): `gk1_` + base64url(SCALE(permit) ‖ sr25519 signature).

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use codec::{Decode, Encode};
use gintonic_primitives::{
	permit::{permit_id, permit_signed_by, Permit, API_KEY_PREFIX},
	ContentHash,
};
use sp_core::sr25519;
use sp_runtime::{traits::Verify, AccountId32, MultiSignature};

/// A permit as the chain's types have it (32-byte accounts, u128 balances, u32 blocks).
pub type ChainPermit = Permit<AccountId32, u128, u32>;

/// A decoded API key: the permit and the account's sr25519 signature over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKey {
	/// What the account authorised.
	pub permit: ChainPermit,
	/// Its signature over the permit's message (raw or `<Bytes>`-wrapped).
	pub signature: sr25519::Signature,
}

/// Why a string is not a usable API key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
	/// It does not start with `gk1_`.
	Prefix,
	/// The rest is not base64url of a permit and a 64-byte signature.
	Encoding,
	/// The signature does not verify for the permit's account.
	Signature,
}

impl std::fmt::Display for KeyError {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		f.write_str(match self {
			Self::Prefix => "an API key starts with gk1_ (make one with `gintonic-node api-key`)",
			Self::Encoding => "the API key is not base64url of a permit and its signature",
			Self::Signature => "the API key's signature does not verify for its account",
		})
	}
}

impl ApiKey {
	/// Signs `permit` with `pair` (the permit's account).
	pub fn sign(permit: ChainPermit, pair: &sr25519::Pair) -> Self {
		use sp_core::Pair as _;
		let signature = pair.sign(&gintonic_primitives::permit::permit_message(&permit));
		Self { permit, signature }
	}

	/// The printable key.
	pub fn encode(&self) -> String {
		let mut bytes = self.permit.encode();
		bytes.extend_from_slice(&self.signature.0);
		format!("{API_KEY_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
	}

	/// Reads a printable key and checks its signature.
	pub fn decode(text: &str) -> Result<Self, KeyError> {
		let body = text.trim().strip_prefix(API_KEY_PREFIX).ok_or(KeyError::Prefix)?;
		let bytes = URL_SAFE_NO_PAD.decode(body).map_err(|_| KeyError::Encoding)?;
		let mut input = &bytes[..];
		let permit = ChainPermit::decode(&mut input).map_err(|_| KeyError::Encoding)?;
		let signature: [u8; 64] = input.try_into().map_err(|_| KeyError::Encoding)?;
		let key = Self { permit, signature: sr25519::Signature::from_raw(signature) };
		let account = sr25519::Public::from_raw(key.permit.account.clone().into());
		if !permit_signed_by(&key.permit, |message| key.signature.verify(message, &account)) {
			return Err(KeyError::Signature);
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
			allowance: 1_000,
			expiry: 99,
			nonce: 3,
		}
	}

	#[test]
	fn a_key_round_trips_and_is_printable() {
		let (alice, _) = sr25519::Pair::generate();
		let key = ApiKey::sign(permit(&alice), &alice);
		let text = key.encode();
		assert_eq!(text.len(), API_KEY_PREFIX.len() + (188usize * 4).div_ceil(3));
		assert!(text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'));
		assert_eq!(ApiKey::decode(&text), Ok(key));
	}

	#[test]
	fn bad_keys_are_refused_with_a_reason() {
		let (alice, _) = sr25519::Pair::generate();
		let (eve, _) = sr25519::Pair::generate();
		assert_eq!(ApiKey::decode("sk-abc"), Err(KeyError::Prefix));
		assert_eq!(ApiKey::decode("gk1_!!!"), Err(KeyError::Encoding));
		let text = ApiKey::sign(permit(&alice), &alice).encode();
		assert_eq!(ApiKey::decode(&text[..text.len() - 4]), Err(KeyError::Encoding));
		let forged = ApiKey {
			permit: permit(&alice),
			signature: ApiKey::sign(permit(&alice), &eve).signature,
		};
		assert_eq!(ApiKey::decode(&forged.encode()), Err(KeyError::Signature));
		// Any change to the permit breaks the signature.
		let mut raised = ApiKey::sign(permit(&alice), &alice);
		raised.permit.allowance += 1;
		assert_eq!(ApiKey::decode(&raised.encode()), Err(KeyError::Signature));
	}
}
