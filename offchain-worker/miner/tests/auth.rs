//! Who the API serves: every way an API key is refused (401), a spent allowance or a drained
//! account (402, counting what is queued but not yet recorded), and what an admitted call may
//! cost at most.

use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use gintonic_miner::{
	api::{auth::authorize, Api},
	api_key::{ApiKey, ChainPermit},
	chain::{ChainPermitState, ChainRecord, ChainView},
	interactions::Queued,
	Miner, ModelSet, ProviderKeys,
};
use gintonic_primitives::{
	interaction::{Interaction, InteractionProof},
	permit::{Permit, PermitState},
	ContentHash, ModelId, RecordId, Usage,
};
use gintonic_seal::Opener;
use sp_core::{sr25519, Pair};
use sp_runtime::AccountId32;
use std::{
	collections::HashMap,
	sync::{Arc, Mutex},
};

const GENESIS: [u8; 32] = [7; 32];
const BEST: u32 = 100;

fn pair(suri: &str) -> sr25519::Pair {
	sr25519::Pair::from_string(suri, None).unwrap_or_else(|e| panic!("{suri}: {e:?}"))
}

fn account(suri: &str) -> AccountId32 {
	pair(suri).public().into()
}

/// The chain as a table.
#[derive(Default)]
struct FakeChain {
	permits: Mutex<HashMap<ContentHash, ChainPermitState>>,
	spendable: Mutex<HashMap<AccountId32, u128>>,
}

impl ChainView for FakeChain {
	fn genesis_hash(&self) -> [u8; 32] {
		GENESIS
	}
	fn best_number(&self) -> u32 {
		BEST
	}
	fn permit(&self, id: ContentHash) -> Result<Option<ChainPermitState>, String> {
		Ok(self.permits.lock().map_err(|e| e.to_string())?.get(&id).cloned())
	}
	fn spendable(&self, account: &AccountId32) -> Result<u128, String> {
		Ok(self.spendable.lock().map_err(|e| e.to_string())?.get(account).copied().unwrap_or(0))
	}
	fn price_per_hour(&self, _: &AccountId32, _: &ModelId) -> Result<Option<u128>, String> {
		Ok(Some(3_600_000))
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
	let chain = Arc::new(FakeChain::default());
	chain.spendable.lock().unwrap_or_else(|e| panic!("{e}")).insert(account("//Charlie"), balance);
	(Api::new(Arc::clone(&miner), chain.clone(), 4), miner, chain)
}

/// Charlie's permit for Alice.
fn permit(allowance: u128, expiry: u32) -> ChainPermit {
	Permit {
		genesis_hash: GENESIS,
		account: account("//Charlie"),
		provider: account("//Alice"),
		allowance,
		expiry,
		nonce: 1,
	}
}

/// What the chain keeps of Charlie's permit for Alice with an allowance of 1,000.
fn state(spent: u128, expiry: u32, revoked: bool) -> ChainPermitState {
	PermitState {
		account: account("//Charlie"),
		provider: account("//Alice"),
		allowance: 1_000,
		spent,
		expiry,
		revoked,
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

fn status(api: &Api, headers: &HeaderMap) -> StatusCode {
	match authorize(api, headers) {
		Ok(_) => StatusCode::OK,
		Err(e) => e.status(),
	}
}

fn key(permit: ChainPermit) -> String {
	ApiKey::sign(permit, &pair("//Charlie")).encode()
}

#[test]
fn keys_that_are_not_valid_here_get_401() {
	let (api, _, chain) = api(1_000_000);
	assert_eq!(status(&api, &HeaderMap::new()), StatusCode::UNAUTHORIZED);
	assert_eq!(status(&api, &bearer("sk-abc")), StatusCode::UNAUTHORIZED);
	let other_chain = Permit { genesis_hash: [8; 32], ..permit(1_000, BEST) };
	assert_eq!(status(&api, &bearer(&key(other_chain))), StatusCode::UNAUTHORIZED);
	let other_provider = Permit { provider: account("//Bob"), ..permit(1_000, BEST) };
	assert_eq!(status(&api, &bearer(&key(other_provider))), StatusCode::UNAUTHORIZED);
	assert_eq!(status(&api, &bearer(&key(permit(1_000, BEST - 1)))), StatusCode::UNAUTHORIZED);
	// Signed by another account than the one it names.
	let forged = ApiKey::sign(permit(1_000, BEST), &pair("//Eve")).encode();
	assert_eq!(status(&api, &bearer(&forged)), StatusCode::UNAUTHORIZED);

	let valid = ApiKey::sign(permit(1_000, BEST), &pair("//Charlie"));
	assert_eq!(status(&api, &bearer(&valid.encode())), StatusCode::OK);
	chain.permits.lock().unwrap_or_else(|e| panic!("{e}")).insert(valid.id(), state(0, BEST, true));
	assert_eq!(status(&api, &bearer(&valid.encode())), StatusCode::UNAUTHORIZED);
}

#[test]
fn what_is_spent_or_queued_counts_and_a_drained_account_is_not_served() {
	let (api, miner, chain) = api(1_000_000);
	let valid = ApiKey::sign(permit(1_000, BEST + 10), &pair("//Charlie"));
	let headers = bearer(&valid.encode());
	let left = |api: &Api| authorize(api, &headers).map(|payer| payer.left).map_err(|e| e.status());
	assert_eq!(left(&api), Ok(1_000));
	chain
		.permits
		.lock()
		.unwrap_or_else(|e| panic!("{e}"))
		.insert(valid.id(), state(600, BEST + 10, false));
	assert_eq!(left(&api), Ok(400));
	// A call answered but not yet recorded holds its charge.
	miner.interactions().push(Queued {
		provider: account("//Alice"),
		interaction: Interaction {
			sender: account("//Charlie"),
			proof: InteractionProof::Permit {
				permit: valid.permit.clone(),
				signature: valid.multi_signature(),
			},
			model: ModelId::zero(),
			request_hash: ContentHash::repeat_byte(1),
			max_payment: 400,
			result_hash: ContentHash::zero(),
			sealed_metadata: vec![1],
			usage: Usage::default(),
		},
	});
	assert_eq!(left(&api), Err(StatusCode::PAYMENT_REQUIRED));
	miner.interactions().remove(&[ContentHash::repeat_byte(1)]);
	assert_eq!(left(&api), Ok(400));
	// The account can pay less than the allowance leaves: that is the most a call may cost.
	chain.spendable.lock().unwrap_or_else(|e| panic!("{e}")).insert(account("//Charlie"), 250);
	assert_eq!(left(&api), Ok(250));
	chain.spendable.lock().unwrap_or_else(|e| panic!("{e}")).insert(account("//Charlie"), 0);
	assert_eq!(left(&api), Err(StatusCode::PAYMENT_REQUIRED));
}
