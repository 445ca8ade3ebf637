//! A test runtime with System, Balances and this pallet, and an [`ExtBuilder`] that funds
//! accounts, plus helpers that describe models by name.

use crate::{self as pallet_models, NewModel};
use frame_support::{derive_impl, parameter_types};
use gintonic_primitives::{Architecture, ContentHash, ModelId};
use sp_runtime::{BoundedVec, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Models: pallet_models,
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

/// The deposit every model holds in these tests.
pub const DEPOSIT: u64 = 100;

parameter_types! {
	pub const ModelDeposit: u64 = DEPOSIT;
}

impl pallet_models::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ModelDeposit = ModelDeposit;
	type WeightInfo = ();
}

/// Funded accounts.
pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
/// An account with less than the deposit.
pub const POOR: u64 = 9;

/// The registration of a model called `name`, whose hashes derive from the name.
pub fn new_model(name: &str) -> NewModel {
	NewModel {
		name: BoundedVec::truncate_from(name.as_bytes().to_vec()),
		architecture: Architecture::Mixtral,
		source: BoundedVec::truncate_from(format!("hf:mistralai/{name}@main").into_bytes()),
		weights_hash: ContentHash::from(sp_io::hashing::blake2_256(format!("w:{name}").as_bytes())),
		tokenizer_hash: ContentHash::from(sp_io::hashing::blake2_256(b"tokenizer")),
		parameters: 46_700_000_000,
		context_length: 32_768,
		license: BoundedVec::truncate_from(b"Apache-2.0".to_vec()),
		parent: None,
	}
}

/// The id `new_model(name)` registers under.
pub fn id_of(m: &NewModel) -> ModelId {
	gintonic_primitives::model::model_id(&m.weights_hash, &m.tokenizer_hash)
}

/// Calls `register` with `m` as `who`.
pub fn register_as(who: u64, m: NewModel) -> sp_runtime::DispatchResult {
	Models::register(
		RuntimeOrigin::signed(who),
		m.name,
		m.architecture,
		m.source,
		m.weights_hash,
		m.tokenizer_hash,
		m.parameters,
		m.context_length,
		m.license,
		m.parent,
	)
}

/// Builds test externalities with funded accounts, at block 1.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage =
			frame_system::GenesisConfig::<Test>::default().build_storage().unwrap_or_default();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(ALICE, 10_000), (BOB, 10_000), (POOR, 50)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap_or_else(|e| panic!("balances genesis: {e}"));
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| System::set_block_number(1));
		ext
	}
}
