//! A request runs through to a paid record on the real runtime, built from the `development`
//! genesis preset exactly as the node builds its dev chain spec.

use frame_support::{
	assert_ok,
	traits::{fungible::Inspect, Hooks},
};
use gintonic_primitives::{HardwareWishes, RecordOrigin, RequestOutcome, SamplingParams, Usage};
use gintonic_runtime::{
	genesis_config_presets::{demo_model_id, get_preset, DEMO_PRICE_PER_HOUR, ENDOWMENT},
	Balances, BuildStorage, Inference, Runtime, RuntimeGenesisConfig, RuntimeOrigin, System,
	MICRO_UNIT, MILLI_UNIT, UNIT,
};
use serde_json::Value;
use sp_keyring::Sr25519Keyring;
use sp_runtime::BoundedVec;

/// RFC 7386 merge of `patch` into `base`, as the node applies a preset to the defaults.
fn merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				merge(base.entry(key).or_insert(Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// A prompt Bob seals to himself and to Alice, the dev chain's provider (her encryption key is
/// her account key).
fn bobs_prompt() -> BoundedVec<u8, gintonic_primitives::bounds::MaxSealedPromptLen> {
	let keys = [Sr25519Keyring::Bob.public().0, Sr25519Keyring::Alice.public().0];
	let prompt = br#"{"messages":[{"role":"user","content":"What is a GPU?"}]}"#;
	BoundedVec::truncate_from(gintonic_seal::seal(prompt, &keys).unwrap_or_default())
}

fn dev_chain() -> sp_io::TestExternalities {
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
		.unwrap_or_else(|e| panic!("default genesis to JSON: {e}"));
	let preset = get_preset(&"development".into()).unwrap_or_else(|| panic!("dev preset"));
	let patch: Value =
		serde_json::from_slice(&preset).unwrap_or_else(|e| panic!("preset is JSON: {e}"));
	merge(&mut config, patch);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).unwrap_or_else(|e| panic!("preset fits the config: {e}"));
	let storage = config.build_storage().unwrap_or_else(|e| panic!("genesis builds: {e}"));
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| {
		System::set_block_number(1);
		// Written directly: `Timestamp::set` would also check the time against Aura's slot,
		// which these tests do not author.
		pallet_timestamp::Now::<Runtime>::put(1_700_000_000_000);
	});
	ext
}

#[test]
fn dev_preset_has_alice_serving_the_demo_model() {
	dev_chain().execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let provider = pallet_providers::Providers::<Runtime>::get(&alice)
			.unwrap_or_else(|| panic!("Alice is a provider"));
		assert_eq!(provider.price_per_hour, DEMO_PRICE_PER_HOUR);
		assert_eq!(provider.models.into_inner(), vec![demo_model_id()]);
		assert!(pallet_models::Models::<Runtime>::contains_key(demo_model_id()));
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice));
	});
}

#[test]
fn a_request_runs_through_to_a_paid_record() {
	dev_chain().execute_with(|| {
		let alice = Sr25519Keyring::Alice.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let max_payment = UNIT;
		assert_ok!(Inference::request(
			RuntimeOrigin::signed(bob.clone()),
			demo_model_id(),
			SamplingParams::default(),
			HardwareWishes::default(),
			bobs_prompt(),
			max_payment,
		));
		assert_eq!(Inference::pending_for_provider(&alice), vec![0]);
		let alice_before = Balances::balance(&alice);

		// Alice declares 200 prompt and 20 generated tokens a second at 2 UNIT an hour: 20
		// prompt tokens are a tenth of a second, 64 generated 3.2 s: 3.3 s of the hour, 1.8333…
		// mUNIT, rounded up. The record's 13 bytes cost 10 mUNIT and 13 × 10 µUNIT, burned.
		let usage = Usage { prompt_tokens: 20, completion_tokens: 64 };
		let payment = 1_833_333_334;
		let storage_fee = 10 * MILLI_UNIT + 13 * 10 * MICRO_UNIT;
		let issuance = Balances::total_issuance();
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(alice.clone()),
			0,
			sp_core::H256::repeat_byte(1),
			BoundedVec::truncate_from(b"sealed record".to_vec()),
			usage,
		));
		let record =
			pallet_inference::Records::<Runtime>::get(0).unwrap_or_else(|| panic!("record stored"));
		assert_eq!((record.sender.clone(), record.provider.clone()), (bob.clone(), alice.clone()));
		assert_eq!(
			(record.payment, record.storage_fee, record.origin, record.usage),
			(payment, storage_fee, RecordOrigin::Request(0), usage)
		);
		assert_eq!(record.timestamp_ms, 1_700_000_000_000);
		assert_eq!(Balances::balance(&alice), alice_before + payment);
		assert_eq!(Balances::balance(&bob), ENDOWMENT - payment - storage_fee);
		assert_eq!(Balances::total_issuance(), issuance - storage_fee);
		let refund = max_payment - payment - storage_fee;
		assert_eq!(
			pallet_inference::Requests::<Runtime>::get(0).map(|r| r.outcome),
			Some(RequestOutcome::Completed { record: 0, payment, storage_fee, refund })
		);
		assert_eq!(Inference::records_by_sender(&bob, None, 10).len(), 1);
		assert!(Inference::pending_for_provider(&alice).is_empty());
	});
}

#[test]
fn an_unserved_request_expires_with_a_refund_on_the_real_runtime() {
	dev_chain().execute_with(|| {
		let bob = Sr25519Keyring::Bob.to_account_id();
		assert_ok!(Inference::request(
			RuntimeOrigin::signed(bob.clone()),
			demo_model_id(),
			SamplingParams::default(),
			HardwareWishes::default(),
			bobs_prompt(),
			UNIT,
		));
		let deadline = pallet_inference::Requests::<Runtime>::get(0)
			.map(|r| r.deadline)
			.unwrap_or_else(|| panic!("stored"));
		System::set_block_number(deadline);
		Inference::on_initialize(deadline);
		assert_eq!(
			pallet_inference::Requests::<Runtime>::get(0).map(|r| r.outcome),
			Some(RequestOutcome::Expired { refund: UNIT })
		);
		assert_eq!(Balances::balance(&bob), ENDOWMENT);
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert_eq!(pallet_providers::Providers::<Runtime>::get(&alice).map(|p| p.strikes), Some(1));
	});
}
