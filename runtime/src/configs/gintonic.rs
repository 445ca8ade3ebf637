//! Configuration of the chain's own pallets: deposits, bonds, strikes and request timeouts.

use crate::{
	Balance, Balances, BlockNumber, Models, Providers, Runtime, RuntimeHoldReason, Signature,
	Timestamp, MINUTES, UNIT,
};
use frame_support::{parameter_types, traits::ConstU32};

parameter_types! {
	/// Held from each model's owner while it is registered.
	pub const ModelDeposit: Balance = 10 * UNIT;
	/// Held from each provider while it is registered.
	pub const ProviderBond: Balance = 100 * UNIT;
	/// A request not served within 10 minutes expires with a full refund.
	pub const RequestTimeout: BlockNumber = 10 * MINUTES;
}

impl pallet_models::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ModelDeposit = ModelDeposit;
	type WeightInfo = pallet_models::weights::SubstrateWeight<Runtime>;
}

impl pallet_providers::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type ProviderBond = ProviderBond;
	/// Five failures or expiries suspend a provider until root reinstates it.
	type MaxStrikes = ConstU32<5>;
	type WeightInfo = pallet_providers::weights::SubstrateWeight<Runtime>;
}

impl pallet_inference::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Providers = Providers;
	type Models = Models;
	type Time = Timestamp;
	type InteractionSignature = Signature;
	type RequestTimeout = RequestTimeout;
	/// 256 expiries a block bound `on_initialize` well inside the block's weight.
	type MaxRequestsPerBlock = ConstU32<256>;
	type WeightInfo = pallet_inference::weights::SubstrateWeight<Runtime>;
}
