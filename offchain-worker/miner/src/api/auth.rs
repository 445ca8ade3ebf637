//! Admitting a call: its API key read and checked here (the signature, the secret, one of this
//! miner's provider keys, not stopped by a record the chain refused), then the chain's own
//! checks of the charge, run before anything is served (`InferenceApi::admit_permit`, the very
//! function `record_interaction` runs at inclusion; `gintonic_primitives::admission`), with
//! the calls queued or being served counted against the allowance and the account; then, once
//! the prompt is tokenised, the call's worst-case charge reserved ([`reserve`]).

use super::{error::ApiError, Api};
use crate::{
	api_key::ApiKey,
	interactions::{Reservation, Shortfall},
};
use axum::http::{header, HeaderMap};
use gintonic_primitives::{
	admission::{AdmissionQuery, PermitRefusal},
	request::request_worst_case,
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
	/// What is left of the permit's allowance on chain (what is pending here not deducted).
	pub allowance_left: u128,
	/// What the account can pay on chain (what is pending here not deducted).
	pub spendable: u128,
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
	if api.miner.interactions().is_stopped(&key.id()) {
		return Err(stopped());
	}
	let (queued_on_permit, queued_on_account) =
		api.miner.interactions().pending_charges(&key.id(), &permit.account);
	// Something must be left for this call beyond what is pending; the reservation, once the
	// prompt is counted, checks that its worst case fits.
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
	Ok(Payer {
		allowance_left: admission.allowance_left,
		spendable: admission.spendable,
		rate: admission.rate,
		record_fee: admission.record_fee,
		key,
	})
}

/// Reserves the worst case of a call whose request body is `body_bytes` long, whose prompt
/// templates to `prompt_tokens` and which may write `max_tokens` (the one rule,
/// [`request_worst_case`]: its tokens at the provider's rate and its record's storage), or
/// gives the 401/402 that refuses it.
pub fn reserve(
	api: &Api,
	payer: &Payer,
	body_bytes: usize,
	prompt_tokens: usize,
	max_tokens: u32,
) -> Result<Reservation, ApiError> {
	let tokens = u32::try_from(prompt_tokens).unwrap_or(u32::MAX);
	let bytes = u32::try_from(body_bytes).unwrap_or(u32::MAX);
	let worst =
		request_worst_case(bytes, tokens, max_tokens, &payer.rate, &payer.record_fee).total();
	let permit = &payer.key.permit;
	api.miner
		.interactions()
		.reserve(payer.key.id(), &permit.account, worst, payer.allowance_left, payer.spendable)
		.map_err(|shortfall| match shortfall {
			Shortfall::Stopped => stopped(),
			Shortfall::Allowance { left } => ApiError::payment_required(
				"allowance_spent",
				format!(
					"this call may cost up to {worst} ({prompt_tokens} prompt tokens, {max_tokens} \
					 new ones and its record), and the API key's allowance has {left} left after \
					 the calls pending: lower max_tokens or sign a new key"
				),
			),
			Shortfall::Balance { left } => ApiError::payment_required(
				"insufficient_balance",
				format!(
					"this call may cost up to {worst}, and the account {} can pay {left} after \
					 the calls pending: lower max_tokens or fund the account",
					permit.account
				),
			),
		})
}

/// The 401 of a key whose record the chain refused.
fn stopped() -> ApiError {
	ApiError::unauthorized(
		"the chain refused the record of a call made with this API key (revoked, expired, or \
		 the account could not pay): it is served no more; sign a new one",
	)
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
