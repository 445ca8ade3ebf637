//! Who the API serves: every way an API key is refused here (401), every refusal the chain's
//! admission check makes mapped to its status (401, 402, 503), what is queued but not yet
//! recorded counted against the allowance and the account, and what an admitted call may
//! cost at most. The chain's checks themselves are the pallet's (its tests hold admission and
//! inclusion to the same refusals); here the chain is a table.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use gintonic_miner::{
	api::{
		auth::{admit, api_key, reserve, ADMISSION_MARGIN},
		Api,
	},
	api_key::{ApiKey, ChainPermit},
	chain::{ChainRecord, ChainView},
	interactions::Queued,
	Miner, ModelSet, ProviderKeys,
};
use gintonic_primitives::{
	admission::{Admission, AdmissionQuery, PermitRefusal},
	interaction::{Interaction, InteractionProof},
	permit::Permit,
	ContentHash, ModelId, RecordFee, RecordId, Throughput, TokenRate, Usage,
};
use gintonic_seal::Opener;
use sp_core::{sr25519, Pair};
use sp_runtime::{AccountId32, MultiSignature};
use std::sync::{Arc, Mutex};

const GENESIS: [u8; 32] = [7; 32];
const BEST: u32 = 100;

fn pair(suri: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(suri, None).unwrap_or_else(|e| panic!("{suri}: {e:?}"))
}

fn account(suri: &str) -> AccountId32 {
	pair(suri).public().into()
}

/// What the chain's admission check answers, as a table.
struct FakeChain {
	/// A refusal the chain makes whatever the amounts.
	refusal: Mutex<Option<PermitRefusal>>,
	/// What is left of the permit's allowance on chain.
	allowance_left: Mutex<u128>,
	/// What the account can pay.
	spendable: Mutex<u128>,
	/// The amounts and margin of the last question asked.
	asked: Mutex<Option<(u128, u128, u32)>>,
}

impl ChainView for FakeChain {
	fn genesis_hash(&self) -> [u8; 32] {
		GENESIS
	}
	fn best_number(&self) -> u32 {
		BEST
	}
	fn admit_permit(
		&self,
		_: &AccountId32,
		_: &ModelId,
		_: &ChainPermit,
		_: &MultiSignature,
		query: AdmissionQuery<u128, u32>,
	) -> Result<Result<Admission<u128>, PermitRefusal>, String> {
		let AdmissionQuery { on_permit, on_account, margin } = query;
		let read = |value: &Mutex<u128>| value.lock().map(|v| *v).map_err(|e| e.to_string());
		*self.asked.lock().map_err(|e| e.to_string())? = Some((on_permit, on_account, margin));
		if let Some(refusal) = *self.refusal.lock().map_err(|e| e.to_string())? {
			return Ok(Err(refusal));
		}
		let (allowance_left, spendable) = (read(&self.allowance_left)?, read(&self.spendable)?);
		Ok(if on_permit > allowance_left {
			Err(PermitRefusal::AllowanceExceeded)
		} else if on_account > spendable {
			Err(PermitRefusal::InsufficientBalance)
		} else {
			let rate = TokenRate {
				price_per_hour: 3_600_000,
				gpu_count: 1,
				throughput: Throughput {
					prompt_tokens_per_second: 1,
					completion_tokens_per_second: 1,
				},
			};
			let record_fee = RecordFee { base: 0, per_byte: 0 };
			Ok(Admission { rate, record_fee, allowance_left, spendable })
		})
	}
	fn interaction_record(
		&self,
		_: ContentHash,
	) -> Result<Option<(RecordId, ChainRecord)>, String> {
		Ok(None)
	}
	fn metadata(&self) -> Result<Vec<u8>, String> {
		Err("a table has no runtime".into())
	}
}

fn set<T>(cell: &Mutex<T>, value: T) {
	*cell.lock().unwrap_or_else(|e| panic!("{e}")) = value;
}

/// An API whose miner holds Alice's provider key, Charlie holding `balance`.
fn api(balance: u128) -> (Arc<Api>, Arc<Miner>, Arc<FakeChain>) {
	let mut keys = ProviderKeys::default();
	keys.insert(
		Opener::from_schnorrkel_secret(&pair("//Alice").to_raw_vec())
			.unwrap_or_else(|e| panic!("{e}")),
	);
	let miner =
		Miner::new(ModelSet::default(), keys, gintonic_miner::device::describe("cpu"), None)
			.unwrap_or_else(|e| panic!("{e}"));
	let chain = Arc::new(FakeChain {
		refusal: Mutex::new(None),
		allowance_left: Mutex::new(1_000),
		spendable: Mutex::new(balance),
		asked: Mutex::new(None),
	});
	(Api::new(Arc::clone(&miner), chain.clone(), 4), miner, chain)
}

/// Charlie's permit for Alice.
fn permit(allowance: u128, expiry: u32) -> ChainPermit {
	Permit {
		genesis_hash: GENESIS,
		account: account("//Charlie"),
		provider: account("//Alice"),
		key_hash: [0; 32],
		allowance,
		expiry,
		nonce: 1,
	}
}

fn bearer(text: &str) -> HeaderMap {
	let mut headers = HeaderMap::new();
	headers.insert(
		header::AUTHORIZATION,
		HeaderValue::from_str(&format!("Bearer {text}")).unwrap_or_else(|e| panic!("{e}")),
	);
	headers
}

/// The status a call with `headers` gets at admission (200: admitted).
fn status(api: &Api, headers: &HeaderMap) -> StatusCode {
	match api_key(api, headers).and_then(|key| admit(api, key, &ModelId::zero())) {
		Ok(_) => StatusCode::OK,
		Err(e) => e.status(),
	}
}

fn key(permit: ChainPermit) -> String {
	ApiKey::issue(permit, &pair("//Charlie")).encode()
}

#[test]
fn keys_that_are_not_valid_here_get_401() {
	let (api, _, _) = api(1_000_000);
	assert_eq!(status(&api, &HeaderMap::new()), StatusCode::UNAUTHORIZED);
	assert_eq!(status(&api, &bearer("sk-abc")), StatusCode::UNAUTHORIZED);
	let other_provider = Permit { provider: account("//Bob"), ..permit(1_000, BEST) };
	assert_eq!(status(&api, &bearer(&key(other_provider))), StatusCode::UNAUTHORIZED);
	// Signed by another account than the one it names.
	let forged = ApiKey::issue(permit(1_000, BEST), &pair("//Eve")).encode();
	assert_eq!(status(&api, &bearer(&forged)), StatusCode::UNAUTHORIZED);
	// The permit and signature the chain shows, with another secret.
	let valid = ApiKey::issue(permit(1_000, BEST), &pair("//Charlie"));
	let mut public = codec::Encode::encode(&valid.permit);
	public.extend_from_slice(&valid.signature.0);
	public.extend_from_slice(&[0; 32]);
	let lifted = format!("gk2_{}", URL_SAFE_NO_PAD.encode(public));
	assert_eq!(status(&api, &bearer(&lifted)), StatusCode::UNAUTHORIZED);
	assert_eq!(status(&api, &bearer(&valid.encode())), StatusCode::OK);
}

#[test]
fn every_refusal_of_the_chain_gets_its_status_and_nothing_is_served() {
	let (api, _, chain) = api(1_000_000);
	let valid = bearer(&key(permit(1_000, BEST + 1_000)));
	for (refusal, expected) in [
		(PermitRefusal::NotServingModel, StatusCode::SERVICE_UNAVAILABLE),
		(PermitRefusal::ProviderSuspended, StatusCode::SERVICE_UNAVAILABLE),
		(PermitRefusal::PermitWrongChain, StatusCode::UNAUTHORIZED),
		(PermitRefusal::PermitNotForProvider, StatusCode::UNAUTHORIZED),
		(PermitRefusal::PermitNotForSender, StatusCode::UNAUTHORIZED),
		(PermitRefusal::PermitExpired, StatusCode::UNAUTHORIZED),
		(PermitRefusal::PermitTooLong, StatusCode::UNAUTHORIZED),
		(PermitRefusal::PermitRevoked, StatusCode::UNAUTHORIZED),
		(PermitRefusal::BadSignature, StatusCode::UNAUTHORIZED),
		(PermitRefusal::AllowanceExceeded, StatusCode::PAYMENT_REQUIRED),
		(PermitRefusal::InsufficientBalance, StatusCode::PAYMENT_REQUIRED),
	] {
		set(&chain.refusal, Some(refusal));
		assert_eq!(status(&api, &valid), expected, "{refusal:?}");
	}
	set(&chain.refusal, None);
	assert_eq!(status(&api, &valid), StatusCode::OK);
	// The chain is asked with the margin for inclusion.
	let asked = *chain.asked.lock().unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(asked, Some((1, 1, ADMISSION_MARGIN)));
}

/// Charlie's call answered and queued under `key`, charging `max_payment`.
fn answered(key: &ApiKey, n: u8, max_payment: u128) -> Queued {
	Queued {
		provider: account("//Alice"),
		interaction: Interaction {
			sender: account("//Charlie"),
			proof: InteractionProof::Permit {
				permit: key.permit.clone(),
				signature: key.multi_signature(),
			},
			model: ModelId::zero(),
			request_hash: ContentHash::repeat_byte(n),
			max_payment,
			result_hash: ContentHash::zero(),
			sealed_metadata: vec![1],
			usage: Usage::default(),
		},
	}
}

/// A prompt of 10 tokens and up to 5 new ones at the table's rate (1,000 a token, storage
/// free): 15,000 at most.
const WORST: u128 = 15_000;

#[test]
fn a_call_reserves_its_worst_case_and_what_is_reserved_or_queued_counts() {
	let (api, miner, chain) = api(1_000_000);
	set(&chain.allowance_left, 2 * WORST + WORST / 2);
	let valid = ApiKey::issue(permit(1_000_000, BEST + 1_000), &pair("//Charlie"));
	let headers = bearer(&valid.encode());
	let call = || {
		api_key(&api, &headers)
			.and_then(|key| admit(&api, key, &ModelId::zero()))
			.and_then(|payer| reserve(&api, &payer, 100, 10, 5))
			.map_err(|e| e.status())
	};
	let first = call().unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(first.amount(), WORST);
	let second = call().unwrap_or_else(|e| panic!("{e}"));
	// Two worst cases are held: a third does not fit in what is left (half of one).
	assert_eq!(call().err(), Some(StatusCode::PAYMENT_REQUIRED));
	assert_eq!(
		miner.interactions().pending_charges(&valid.id(), &account("//Charlie")).0,
		2 * WORST
	);
	// A call that ends unanswered releases its reservation.
	drop(second);
	let third = call().unwrap_or_else(|e| panic!("{e}"));
	// An answered call holds its actual charge, not its worst case.
	first.settle(answered(&valid, 1, WORST / 2));
	assert_eq!(
		miner.interactions().pending_charges(&valid.id(), &account("//Charlie")).0,
		WORST + WORST / 2
	);
	let fourth = call().unwrap_or_else(|e| panic!("exactly what is left: {e}"));
	assert_eq!(call().err(), Some(StatusCode::PAYMENT_REQUIRED));
	drop((third, fourth));

	// The account can pay less than the allowance leaves: its balance bounds the calls too.
	set(&chain.spendable, WORST / 2 + WORST - 1);
	assert_eq!(call().err(), Some(StatusCode::PAYMENT_REQUIRED), "half is queued");
	set(&chain.spendable, WORST / 2 + WORST);
	drop(call().unwrap_or_else(|e| panic!("{e}")));
	// What the chain spent is its own: recorded, the queued call no longer counts here.
	miner.interactions().remove(&[ContentHash::repeat_byte(1)]);
	assert_eq!(miner.interactions().pending_charges(&valid.id(), &account("//Charlie")), (0, 0));
}

#[test]
fn a_key_whose_record_the_chain_refused_is_served_no_more_and_the_loss_is_counted() {
	let (api, miner, _chain) = api(1_000_000);
	let valid = ApiKey::issue(permit(1_000, BEST + 1_000), &pair("//Charlie"));
	let other =
		ApiKey::issue(Permit { nonce: 2, ..permit(1_000, BEST + 1_000) }, &pair("//Charlie"));
	miner.interactions().push(answered(&valid, 1, 300));
	miner.interactions().push(answered(&valid, 2, 200));
	miner.interactions().refuse(&[(ContentHash::repeat_byte(1), b"PermitRevoked".to_vec())]);
	assert_eq!(status(&api, &bearer(&valid.encode())), StatusCode::UNAUTHORIZED);
	assert_eq!(status(&api, &bearer(&other.encode())), StatusCode::OK, "another key still works");
	let refusals = miner.interactions().refusals();
	assert_eq!((refusals.count, refusals.charges), (1, 300));
	assert_eq!(miner.interactions().len(), 1, "the other queued call waits for the chain");
}
