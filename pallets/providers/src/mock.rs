//! A test runtime with System, Balances and this pallet, a model registry kept in a
//! thread-local, and an [`ExtBuilder`] that funds accounts and registers models by name.

use crate as pallet_providers;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use gintonic_primitives::{
	key_possession::key_possession_signing_payload, EncryptionKey, GpuSpec, KeyProof, ModelId,
	ModelRegistry, Throughput,
};
use sp_runtime::{BoundedVec, BuildStorage};
use std::collections::BTreeMap;

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Providers: pallet_providers,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// The bond every provider holds in these tests.
pub const BOND: u64 = 1_000;
/// Strikes after which a provider is suspended in these tests.
pub const MAX_STRIKES: u32 = 5;
/// Requests completed in a row that forgive a strike (the runtime's value).
pub const SERVED_PER_FORGIVENESS: u32 = 20;

parameter_types! {
	pub const ProviderBond: u64 = BOND;
}

thread_local! {
	/// Registered models and whether each is blocked.
	static MODELS: RefCell<BTreeMap<ModelId, bool>> = const { RefCell::new(BTreeMap::new()) };
}

/// A model registry backed by [`MODELS`].
pub struct MockModels;
impl MockModels {
	/// Registers `model` (not blocked).
	pub fn add(model: ModelId) {
		MODELS.with(|m| m.borrow_mut().insert(model, false));
	}
	/// Blocks `model`.
	pub fn block(model: ModelId) {
		MODELS.with(|m| m.borrow_mut().insert(model, true));
	}
}
impl ModelRegistry for MockModels {
	fn exists(model: &ModelId) -> bool {
		MODELS.with(|m| m.borrow().contains_key(model))
	}
	fn is_servable(model: &ModelId) -> bool {
		MODELS.with(|m| m.borrow().get(model) == Some(&false))
	}
	fn context_length(model: &ModelId) -> Option<u32> {
		Self::exists(model).then_some(32_768)
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(seed: u32) -> ModelId {
		let id = ModelId::from(sp_io::hashing::blake2_256(&seed.to_le_bytes()));
		Self::add(id);
		id
	}
}

impl pallet_providers::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = MockModels;
	type ProviderBond = ProviderBond;
	type MaxStrikes = ConstU32<MAX_STRIKES>;
	type ServedPerForgiveness = ConstU32<SERVED_PER_FORGIVENESS>;
	type WeightInfo = ();
}

/// Alice, Bob, Charlie and Dave: funded accounts.
pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const DAVE: u64 = 4;
/// An account with less than the bond.
pub const POOR: u64 = 9;

/// The model that tests serve, by name.
pub fn model(name: &str) -> ModelId {
	ModelId::from(sp_io::hashing::blake2_256(name.as_bytes()))
}

/// The providers listed for `name`, cheapest first.
pub fn listed(name: &str) -> Vec<u64> {
	crate::ModelProviders::<Test>::get(model(name)).into_iter().map(|l| l.provider).collect()
}

/// An H100 box of `count` GPUs.
pub fn h100(count: u32) -> GpuSpec {
	GpuSpec {
		model: BoundedVec::truncate_from(b"NVIDIA H100 80GB HBM3".to_vec()),
		memory_gib: 80,
		count,
	}
}

/// The throughput providers declare in these tests.
pub fn throughput() -> Throughput {
	Throughput { prompt_tokens_per_second: 1_000, completion_tokens_per_second: 100 }
}

/// The sealing key pair providers register with in these tests (`seed` picks another one).
pub fn key_pair(seed: u8) -> sp_core::sr25519::Pair {
	<sp_core::sr25519::Pair as sp_core::Pair>::from_seed(&[seed; 32])
}

/// The sealing key providers register with.
pub fn key() -> EncryptionKey {
	sp_core::Pair::public(&key_pair(7)).0
}

/// [`key`]'s proof of possession for `who`.
pub fn proof(who: u64) -> KeyProof {
	sp_core::Pair::sign(&key_pair(7), &key_possession_signing_payload(&who))
}

/// Builds test externalities: funded accounts and registered models.
pub struct ExtBuilder {
	balances: Vec<(u64, u64)>,
	models: Vec<&'static str>,
}

impl Default for ExtBuilder {
	fn default() -> Self {
		Self {
			balances: vec![
				(ALICE, 10_000),
				(BOB, 10_000),
				(CHARLIE, 10_000),
				(DAVE, 10_000),
				(POOR, 500),
			],
			models: vec!["mixtral", "mistral"],
		}
	}
}

impl ExtBuilder {
	/// Builds the externalities, with block 1 started so that events are kept.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage =
			frame_system::GenesisConfig::<Test>::default().build_storage().unwrap_or_default();
		pallet_balances::GenesisConfig::<Test> { balances: self.balances, ..Default::default() }
			.assimilate_storage(&mut storage)
			.unwrap_or_else(|e| panic!("balances genesis: {e}"));
		MODELS.with(|m| m.borrow_mut().clear());
		for name in self.models {
			MockModels::add(model(name));
		}
		let mut ext = sp_io::TestExternalities::new(storage);
		// Benchmarks make encryption keys in the keystore, as the node's benchmark CLI lets them.
		ext.register_extension(sp_keystore::KeystoreExt::new(
			sp_keystore::testing::MemoryKeystore::new(),
		));
		ext.execute_with(|| System::set_block_number(1));
		ext
	}
}
