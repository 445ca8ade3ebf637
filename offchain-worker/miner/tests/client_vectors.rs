//! Golden vectors of every wire format, for the JavaScript client library
//! (`clients/js/test/vectors.json`, read by its own tests): an envelope, an API key with its
//! permit, a key-possession payload, an interaction digest and a sealed record with the type information the chain's
//! metadata gives it. This test fails when the Rust side no longer produces (or opens) what
//! the file holds, so that Rust and JavaScript cannot drift apart;
//! `GINTONIC_WRITE_VECTORS=1 cargo test -p gintonic-miner --test client_vectors` writes the
//! file anew after a deliberate format change (then bump the format's version).

use codec::Encode;
use gintonic_miner::api_key::{ApiKey, ChainPermit};
use gintonic_primitives::{
	interaction::{interaction_digest, interaction_signing_payload},
	key_possession::key_possession_signing_payload,
	permit::{key_secret_hash, permit_id, permit_message, permit_signing_payload, Permit},
	record::RECORD_METADATA_VERSION,
	ContentHash, FinishReason, GpuSpec, ModelId, RecordMetadata, SamplingParams,
};
use serde_json::{json, Value};
use sp_core::{crypto::Ss58Codec, sr25519};
use sp_runtime::AccountId32;

#[path = "../../seal/tests/common/mod.rs"]
mod dev_keys;
use dev_keys::{opener, pair, public};

/// The vectors file of the checkout the test runs in (cargo and nextest set
/// `CARGO_MANIFEST_DIR` at run time), not of the one it was built in.
fn vectors_path() -> String {
	let manifest = std::env::var("CARGO_MANIFEST_DIR")
		.unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
	format!("{manifest}/../../clients/js/test/vectors.json")
}

fn hex0x(bytes: impl AsRef<[u8]>) -> String {
	format!("0x{}", hex::encode(bytes))
}

fn unhex(value: &Value) -> Vec<u8> {
	let text = value.as_str().unwrap_or_default().trim_start_matches("0x");
	hex::decode(text).unwrap_or_else(|e| panic!("{value}: {e}"))
}

fn address(key: [u8; 32]) -> String {
	sr25519::Public::from_raw(key).to_ss58check()
}

/// An envelope of `payload` to `suris`: the committed one when it still opens to exactly that
/// for each of them (envelopes are randomised), else a new one.
fn envelope(committed: Option<&Value>, payload: &[u8], suris: &[&str]) -> Vec<u8> {
	let wanted: Vec<[u8; 32]> = suris.iter().map(|suri| public(suri)).collect();
	if let Some(envelope) = committed.map(unhex) {
		let listed: Vec<[u8; 32]> = gintonic_seal::Header::parse(&envelope)
			.map(|header| header.recipients().collect())
			.unwrap_or_default();
		if listed == wanted
			&& suris
				.iter()
				.all(|suri| opener(suri).open(&envelope).ok().as_deref() == Some(payload))
		{
			return envelope;
		}
	}
	gintonic_seal::seal(payload, &wanted).unwrap_or_else(|e| panic!("{e}"))
}

/// The secret the vectors' API key commits to (a real key's is random).
const KEY_SECRET: [u8; 32] = [0x5e; 32];

fn the_permit() -> ChainPermit {
	Permit {
		genesis_hash: [7; 32],
		account: AccountId32::new(public("//Alice")),
		provider: AccountId32::new(public("//Bob")),
		key_hash: key_secret_hash(&KEY_SECRET),
		allowance: 1_000_000_000_000,
		expiry: 432_000,
		nonce: 3,
	}
}

/// `items` in a bounded vector, or the test fails (a bound shrank below the vector's values).
fn bounded<T, S: sp_core::Get<u32>>(items: Vec<T>) -> sp_runtime::BoundedVec<T, S> {
	items.try_into().unwrap_or_else(|_| panic!("a vector over its bound"))
}

fn the_record() -> RecordMetadata {
	let stop = bounded(vec![bounded(b"\n\n".to_vec())]);
	RecordMetadata {
		version: RECORD_METADATA_VERSION,
		salt: [0x5a; 32],
		// 2026-01-01T00:00:00.000Z
		date_time_ms: 1_767_225_600_000,
		gpu: GpuSpec {
			model: bounded(b"NVIDIA H100 80GB HBM3".to_vec()),
			memory_gib: 80,
			count: 2,
		},
		provider: public("//Alice"),
		price_per_hour: 2_500_000_000_000,
		model: ModelId::repeat_byte(0xab),
		model_name: b"tiny-mixtral".to_vec(),
		params: SamplingParams {
			temperature_milli: 700,
			top_p_milli: 900,
			top_k: 40,
			max_tokens: 16,
			seed: 18_446_744_073_709_551_615,
			repetition_penalty_milli: 1_100,
			stop,
		},
		prompt: br#"[{"role":"user","content":"What is a GPU? \u00e9\u4e2d"}]"#.to_vec(),
		instructions: "Answer briefly. é".as_bytes().to_vec(),
		response: "A graphics processor — 图形处理器.".as_bytes().to_vec(),
		sender: public("//Charlie"),
		response_tokens: vec![1, 2, 300, 70_000],
		finish_reason: FinishReason::Length,
		precision: b"q8_0".to_vec(),
	}
}

/// The type information of [`RecordMetadata`], as the chain's metadata carries it: a
/// `PortableRegistry` whose first type is the record's.
fn record_types() -> Vec<u8> {
	let mut registry = scale_info::Registry::new();
	registry.register_type(&scale_info::meta_type::<RecordMetadata>());
	scale_info::PortableRegistry::from(registry).encode()
}

fn vectors(committed: &Value) -> Value {
	let permit = the_permit();
	let key = committed["apiKey"]["key"]
		.as_str()
		.and_then(|text| ApiKey::decode(text).ok())
		.filter(|key| key.permit == permit)
		.unwrap_or_else(|| ApiKey::sign(permit.clone(), KEY_SECRET, &pair("//Alice")));

	let payload = "a prompt, sealed: {\"messages\":[]} ✓".as_bytes();
	let recipients = ["//Alice", "//Bob", "//Charlie"];
	let sealed_payload = envelope(committed["envelope"].get("envelope"), payload, &recipients);

	let (genesis, model, request) =
		([9u8; 32], ModelId::repeat_byte(3), ContentHash::repeat_byte(4));
	let (sender, provider) =
		(AccountId32::new(public("//Charlie")), AccountId32::new(public("//Alice")));
	let digest = interaction_digest(
		&genesis,
		&sender,
		&provider,
		&model,
		&request,
		&5_000_000_000_000u128,
		&123_456u32,
	);

	let record = the_record();
	let plaintext = record.encode();
	let sealed_record =
		envelope(committed["record"].get("sealed"), &plaintext, &["//Charlie", "//Alice"]);

	json!({
		"comment": "Written by `GINTONIC_WRITE_VECTORS=1 cargo test -p gintonic-miner --test client_vectors` (offchain-worker/miner/tests/client_vectors.rs); that test fails when Rust no longer agrees with this file. Envelopes and signatures are randomised: they are kept while they still open and verify.",
		"envelope": {
			"recipients": recipients,
			"payload": hex0x(payload),
			"envelope": hex0x(&sealed_payload),
		},
		"apiKey": {
			"signer": "//Alice",
			"permit": {
				"genesisHash": hex0x(permit.genesis_hash),
				"account": hex0x(public("//Alice")),
				"provider": hex0x(public("//Bob")),
				"keyHash": hex0x(permit.key_hash),
				"allowance": permit.allowance.to_string(),
				"expiry": permit.expiry,
				"nonce": permit.nonce.to_string(),
			},
			"secret": hex0x(KEY_SECRET),
			"message": hex0x(permit_message(&permit)),
			"signingPayload": hex0x(permit_signing_payload(&permit)),
			"id": format!("{:?}", permit_id(&permit)),
			"key": key.encode(),
		},
		"keyPossession": {
			"account": hex0x(public("//Alice")),
			"signingPayload": hex0x(key_possession_signing_payload(&AccountId32::new(public("//Alice")))),
		},
		"interaction": {
			"genesisHash": hex0x(genesis),
			"sender": hex0x(sender),
			"provider": hex0x(provider),
			"model": format!("{model:?}"),
			"requestHash": format!("{request:?}"),
			"maxPayment": "5000000000000",
			"expiry": 123_456,
			"digest": format!("{digest:?}"),
			"signingPayload": hex0x(interaction_signing_payload(&digest)),
		},
		"record": {
			"types": hex0x(record_types()),
			"metadata": hex0x(&plaintext),
			"resultHash": format!("{:?}", record.result_hash()),
			"recipients": ["//Charlie", "//Alice"],
			"sealed": hex0x(&sealed_record),
			"view": {
				"version": RECORD_METADATA_VERSION,
				"salt": hex0x([0x5a; 32]),
				"dateTime": "2026-01-01T00:00:00.000Z",
				"gpu": { "model": "NVIDIA H100 80GB HBM3", "memoryGib": 80, "count": 2 },
				"provider": address(record.provider),
				"pricePerHour": "2500000000000",
				"model": format!("{:?}", record.model),
				"modelName": "tiny-mixtral",
				"params": {
					"temperature": 0.7, "topP": 0.9, "topK": 40, "maxTokens": 16,
					"seed": "18446744073709551615", "repetitionPenalty": 1.1, "stop": ["\n\n"],
				},
				"prompt": [{ "role": "user", "content": "What is a GPU? é中" }],
				"instructions": "Answer briefly. é",
				"response": "A graphics processor — 图形处理器.",
				"sender": address(record.sender),
				"responseTokens": [1, 2, 300, 70_000],
				"finishReason": "length",
				"precision": "q8_0",
			},
		},
	})
}

#[test]
fn the_javascript_client_vectors_are_what_rust_makes() {
	let write = std::env::var_os("GINTONIC_WRITE_VECTORS").is_some();
	let path = vectors_path();
	let committed: Value = std::fs::read(&path)
		.ok()
		.and_then(|bytes| serde_json::from_slice(&bytes).ok())
		.unwrap_or(Value::Null);
	let made = vectors(&committed);
	if write {
		let text = serde_json::to_string_pretty(&made).unwrap_or_default();
		std::fs::write(&path, format!("{text}\n")).unwrap_or_else(|e| panic!("{path}: {e}"));
		return;
	}
	assert!(
		made == committed,
		"{path} is not what Rust makes: after a deliberate format change, run \
		 GINTONIC_WRITE_VECTORS=1 cargo test -p gintonic-miner --test client_vectors"
	);
}
