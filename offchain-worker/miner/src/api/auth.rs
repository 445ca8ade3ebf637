//! Admitting a call: its API key read and checked here (the signature, the secret, one of this
//! miner's provider keys), then the chain's own checks of the charge, run before anything is
//! served (`InferenceApi::admit_permit`, the very function `record_interaction` runs at
//! inclusion; `gintonic_primitives::admission`), with the calls queued but not yet recorded
//! counted against the allowance and the account.

use super::{error::ApiError, Api};
use crate::api_key::ApiKey;
use axum::http::{header, HeaderMap};
use gintonic_primitives::{
	admission::{AdmissionQuery, PermitRefusal},
	ModelId, RecordFee, TokenRate,
};

/// Blocks a permit must stay valid beyond the best block for a call to be admitted: time to
/// generate the answer, queue its record and have it included, so that an admitted call is
/// not refused at inclusion as expired.
pub const ADMISSION_MARGIN: u32 = 50;

/// Who pays for a call, and how much it may cost at most.
pub struct Payer {
	/// The caller's key.
	pub key: ApiKey,
	/// The most this call may charge: what is left of the allowance and of the account's
	/// spendable balance, after what is queued.
	pub left: u128,
	/// The provider's terms for the call's model, which price its tokens.
	pub rate: TokenRate<u128>,
	/// What the call's record costs to store, paid by the caller with its tokens.
	pub record_fee: RecordFee<u128>,
}

/// The API key of a call with `headers`, or the 401 that refuses it.
pub fn api_key(api: &Api, headers: &HeaderMap) -> Result<ApiKey, ApiError> {
	let text = headers
		.get(header::AUTHORIZATION)
		.and_then(|value| value.to_str().ok())
		.and_then(|value| value.strip_prefix("Bearer "))
		.ok_or_else(|| {
			ApiError::unauthorized(
				"no API key: send `Authorization: Bearer gk2_…` (make one with `gintonic-node api-key`)",
			)
		})?;
	let key = ApiKey::decode(text).map_err(|e| ApiError::unauthorized(e.to_string()))?;
	let provider: [u8; 32] = key.permit.provider.clone().into();
	if api.miner.keys().get(&provider).is_none() {
		return Err(ApiError::unauthorized(format!(
			"the API key is for provider {}, not this miner's",
			key.permit.provider
		)));
	}
	Ok(key)
}

/// Admits a call on `model` paid with `key`, or gives the 401/402/503 that refuses it.
pub fn admit(api: &Api, key: ApiKey, model: &ModelId) -> Result<Payer, ApiError> {
	let permit = &key.permit;
	let (queued_on_permit, queued_on_account) =
		api.miner.interactions().pending_charges(&key.id(), &permit.account);
	// Something must be left for this call beyond what is queued.
	let admission = api
		.chain
		.admit_permit(
			&permit.provider,
			model,
			permit,
			&key.multi_signature(),
			AdmissionQuery {
				on_permit: queued_on_permit.saturating_add(1),
				on_account: queued_on_account.saturating_add(1),
				margin: ADMISSION_MARGIN,
			},
		)
		.map_err(|e| ApiError::unavailable(format!("the chain cannot be read: {e}"), 5))?
		.map_err(|refusal| refused(refusal, &key))?;
	let allowance_left = admission.allowance_left.saturating_sub(queued_on_permit);
	let balance_left = admission.spendable.saturating_sub(queued_on_account);
	Ok(Payer {
		left: allowance_left.min(balance_left),
		rate: admission.rate,
		record_fee: admission.record_fee,
		key,
	})
}

/// The API's answer to the chain's refusal of a charge to `key`.
fn refused(refusal: PermitRefusal, key: &ApiKey) -> ApiError {
	let permit = &key.permit;
	let unauthorized = |why: String| ApiError::unauthorized(why);
	match refusal {
		PermitRefusal::NotServingModel => {
			ApiError::unavailable("this provider is not serving the model on chain now", 60)
		}
		PermitRefusal::ProviderSuspended => ApiError::unavailable(
			"this provider is suspended or leaving on chain: it takes no new calls",
			600,
		),
		PermitRefusal::PermitWrongChain => unauthorized("the API key is for another chain".into()),
		PermitRefusal::PermitNotForProvider | PermitRefusal::PermitNotForSender => {
			unauthorized(format!("the API key is not for provider {}", permit.provider))
		}
		PermitRefusal::PermitExpired => unauthorized(format!(
			"the API key expires at block {}, before a call made now could be recorded \
			 ({ADMISSION_MARGIN} blocks of margin): sign a new one",
			permit.expiry
		)),
		PermitRefusal::PermitTooLong => unauthorized(format!(
			"the API key's expiry, block {}, is further ahead than the chain lets a permit be \
			 charged (MaxPermitLifetime): sign one that expires sooner",
			permit.expiry
		)),
		PermitRefusal::PermitRevoked => unauthorized("the API key was revoked".into()),
		PermitRefusal::BadSignature => {
			unauthorized("the API key's signature does not verify on chain".into())
		}
		PermitRefusal::AllowanceExceeded => ApiError::payment_required(
			"allowance_spent",
			format!(
				"the API key's allowance of {} is spent: sign a new one (402, not 429: waiting does not refill it)",
				permit.allowance
			),
		),
		PermitRefusal::InsufficientBalance => ApiError::payment_required(
			"insufficient_balance",
			format!("the account {} cannot pay: its free balance is spent", permit.account),
		),
	}
}
