//! Genesis presets. `development`: Alice authors alone, is sudo, and is a provider of one
//! H100 serving the demo model. `local_testnet`: Alice, Bob, Charlie and Dave validate; Alice is
//! sudo; the demo model is registered and Alice serves it. The node's chain specs are built
//! from these (`chain-spec/`).

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{AccountId, Balance, BalancesConfig, RuntimeGenesisConfig, SudoConfig, UNIT};
use alloc::{vec, vec::Vec};
use frame_support::build_struct_json_patch;
use gintonic_primitives::{model::model_id, Architecture, GpuSpec, ModelId, Throughput};
use pallet_models::GenesisModel;
use pallet_providers::GenesisProvider;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};

/// What each endowed dev account starts with.
pub const ENDOWMENT: Balance = 1_000_000 * UNIT;
/// Alice's price per GPU-hour on the dev chains: 2 tokens.
pub const DEMO_PRICE_PER_HOUR: Balance = 2 * UNIT;
/// What Alice declares her machine does on the dev chains: about what the demo model does on
/// two CPU cores. With the price: 2.8 µUNIT a prompt token, 27.8 µUNIT a generated one.
pub const DEMO_THROUGHPUT: Throughput =
	Throughput { prompt_tokens_per_second: 200, completion_tokens_per_second: 20 };

/// Content hash of the demo model's weights: `offchain-worker/engine/tests/fixtures/tiny-mixtral`
/// as `gintonic-engine hash` computes it (`scripts/fixtures/tiny_models.py` builds the folder).
pub const DEMO_WEIGHTS_HASH: [u8; 32] = [
	0xd8, 0xf3, 0x28, 0xba, 0xa1, 0x85, 0x8a, 0x11, 0x7e, 0x81, 0x85, 0x5b, 0x14, 0xb5, 0xd6, 0x87,
	0x54, 0x1b, 0xa7, 0x0b, 0x2c, 0x88, 0x3f, 0x99, 0x0f, 0x57, 0xae, 0xbc, 0xe5, 0x22, 0x43, 0xa2,
];
/// Content hash of the demo model's tokenizer (the Mistral v1 tokenizer).
pub const DEMO_TOKENIZER_HASH: [u8; 32] = [
	0x7f, 0xf6, 0xfe, 0x46, 0xc5, 0x2e, 0x23, 0x2c, 0xfa, 0xb1, 0xbc, 0x4b, 0x37, 0xca, 0xf2, 0xed,
	0xe8, 0x42, 0x6f, 0x79, 0x01, 0x8b, 0x14, 0x1a, 0x22, 0x77, 0xa3, 0x08, 0x6b, 0xa2, 0xe3, 0xec,
];

/// The demo model every dev chain has registered: the engine's tiny Mixtral test model (two
/// layers, eight experts, top-2, the real Mistral v1 tokenizer, random weights).
pub fn demo_model() -> GenesisModel<AccountId> {
	GenesisModel {
		owner: Sr25519Keyring::Alice.to_account_id(),
		name: b"tiny-mixtral".to_vec(),
		architecture: Architecture::Mixtral,
		source: b"local:offchain-worker/engine/tests/fixtures/tiny-mixtral".to_vec(),
		weights_hash: DEMO_WEIGHTS_HASH.into(),
		tokenizer_hash: DEMO_TOKENIZER_HASH.into(),
		parameters: 1_062_736,
		context_length: 1_024,
		license: b"Apache-2.0".to_vec(),
		parent: None,
	}
}

/// The demo model's id.
pub fn demo_model_id() -> ModelId {
	let m = demo_model();
	model_id(&m.weights_hash, &m.tokenizer_hash)
}

/// Alice as a provider of one H100 serving the demo model, sealing to her sr25519 key.
fn alice_provider() -> GenesisProvider<AccountId, Balance> {
	GenesisProvider {
		account: Sr25519Keyring::Alice.to_account_id(),
		gpu: GpuSpec {
			model: b"NVIDIA H100 80GB HBM3".to_vec().try_into().unwrap_or_default(),
			memory_gib: 80,
			count: 1,
		},
		price_per_hour: DEMO_PRICE_PER_HOUR,
		throughput: DEMO_THROUGHPUT,
		encryption_key: Sr25519Keyring::Alice.public().0,
		endpoint: Some(b"http://127.0.0.1:8080".to_vec()),
		models: vec![demo_model_id()],
	}
}

fn testnet_genesis(
	authorities: Vec<(AuraId, GrandpaId)>,
	endowed: Vec<AccountId>,
	root: AccountId,
) -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig {
			balances: endowed.into_iter().map(|k| (k, ENDOWMENT)).collect::<Vec<_>>(),
		},
		aura: pallet_aura::GenesisConfig {
			authorities: authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: Some(root) },
		models: pallet_models::GenesisConfig { models: vec![demo_model()] },
		providers: pallet_providers::GenesisConfig { providers: vec![alice_provider()] },
	})
}

fn keys(who: (Sr25519Keyring, Ed25519Keyring)) -> (AuraId, GrandpaId) {
	(who.0.public().into(), who.1.public().into())
}

/// The `development` preset: Alice alone.
pub fn development_config_genesis() -> Value {
	testnet_genesis(
		vec![keys((Sr25519Keyring::Alice, Ed25519Keyring::Alice))],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The `local_testnet` preset: Alice, Bob, Charlie and Dave validate. GRANDPA finalizes with
/// more than two thirds of the votes, so four validators are the fewest that keep finality
/// going while one of them is down (three would need all three).
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			keys((Sr25519Keyring::Alice, Ed25519Keyring::Alice)),
			keys((Sr25519Keyring::Bob, Ed25519Keyring::Bob)),
			keys((Sr25519Keyring::Charlie, Ed25519Keyring::Charlie)),
			keys((Sr25519Keyring::Dave, Ed25519Keyring::Dave)),
		],
		Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect(),
		Sr25519Keyring::Alice.to_account_id(),
	)
}

/// The JSON of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(alloc::string::String::into_bytes)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}
