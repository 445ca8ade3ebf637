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
	type Servers = ListedServers;
	type WeightInfo = ();
}

thread_local! {
	/// Models some provider is listed for, as the providers pallet would say.
	static LISTED: core::cell::RefCell<Vec<ModelId>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// A stand-in for the providers pallet: a set of models "listed" by some provider.
pub struct ListedServers;

impl ListedServers {
	/// Lists a provider for `model`.
	pub fn list(model: ModelId) {
		LISTED.with(|l| l.borrow_mut().push(model));
	}
}

impl gintonic_primitives::ModelServers for ListedServers {
	fn is_served(model: &ModelId) -> bool {
		LISTED.with(|l| l.borrow().contains(model))
	}
	fn retire(model: &ModelId) -> u32 {
		LISTED.with(|l| {
			let mut listed = l.borrow_mut();
			let before = listed.len();
			listed.retain(|m| m != model);
			(before - listed.len()) as u32
		})
	}
	#[cfg(feature = "runtime-benchmarks")]
	fn serve_for_benchmark(model: &ModelId, count: u32) {
		for _ in 0..count {
			Self::list(*model);
		}
	}
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

/// What `who` has on hold as model deposits.
pub fn held(who: u64) -> u64 {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&RuntimeHoldReason::Models(crate::HoldReason::ModelDeposit), &who)
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
