//! Checking the API key of a call: a permit signed by its account, for this chain and one of
//! this miner's provider keys, not expired or revoked, with allowance left after what is
//! queued, from an account that can still pay.

use super::{error::ApiError, Api};
use crate::api_key::ApiKey;
use axum::http::{header, HeaderMap};

/// Who pays for a call, and how much it may cost at most.
pub struct Payer {
	/// The caller's key.
	pub key: ApiKey,
	/// The most this call may charge: what is left of the allowance and of the account's
	/// spendable balance, after what is queued.
	pub left: u128,
}

/// The payer of a call with `headers`, or the 401/402/503 that refuses it.
pub fn authorize(api: &Api, headers: &HeaderMap) -> Result<Payer, ApiError> {
	let text = headers
		.get(header::AUTHORIZATION)
		.and_then(|value| value.to_str().ok())
		.and_then(|value| value.strip_prefix("Bearer "))
		.ok_or_else(|| {
			ApiError::unauthorized(
				"no API key: send `Authorization: Bearer gk1_…` (make one with `gintonic-node api-key`)",
			)
		})?;
	let key = ApiKey::decode(text).map_err(|e| ApiError::unauthorized(e.to_string()))?;
	let permit = &key.permit;
	if permit.genesis_hash != api.chain.genesis_hash() {
		return Err(ApiError::unauthorized("the API key is for another chain"));
	}
	let provider: [u8; 32] = permit.provider.clone().into();
	if api.miner.keys().get(&provider).is_none() {
		return Err(ApiError::unauthorized(format!(
			"the API key is for provider {}, not this miner's",
			permit.provider
		)));
	}
	if permit.expiry < api.chain.best_number() {
		return Err(ApiError::unauthorized(format!(
			"the API key expired at block {}",
			permit.expiry
		)));
	}
	let unavailable =
		|e: String| ApiError::unavailable(format!("the chain cannot be read: {e}"), 5);
	let state = api.chain.permit(key.id()).map_err(unavailable)?;
	if state.as_ref().is_some_and(|state| state.revoked) {
		return Err(ApiError::unauthorized("the API key was revoked"));
	}
	let spent = state.map_or(0, |state| state.spent);
	let (queued_on_permit, queued_on_account) =
		api.miner.interactions().pending_charges(&key.id(), &permit.account);
	let allowance_left = permit.allowance.saturating_sub(spent).saturating_sub(queued_on_permit);
	if allowance_left == 0 {
		return Err(ApiError::payment_required(
			"allowance_spent",
			format!(
				"the API key's allowance of {} is spent: sign a new one (402, not 429: waiting does not refill it)",
				permit.allowance
			),
		));
	}
	let balance_left = api
		.chain
		.spendable(&permit.account)
		.map_err(unavailable)?
		.saturating_sub(queued_on_account);
	if balance_left == 0 {
		return Err(ApiError::payment_required(
			"insufficient_balance",
			format!("the account {} cannot pay: its free balance is spent", permit.account),
		));
	}
	Ok(Payer { left: allowance_left.min(balance_left), key })
}
