//! Configuration of the chain's own pallets: deposits, bonds, strikes and request timeouts.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	Balance, Balances, BlockNumber, Models, Providers, Runtime, RuntimeHoldReason, Signature,
	Timestamp, HOURS, MILLI_UNIT, MINUTES, UNIT,
};
use frame_support::{
	parameter_types,
	traits::{ConstU32, ConstU64},
};

parameter_types! {
	/// Held from each model's owner while it is registered.
	pub const ModelDeposit: Balance = 10 * UNIT;
	/// Held from each provider while it is registered.
	pub const ProviderBond: Balance = 100 * UNIT;
	/// The least a request holds in escrow (0.01 UNIT): what a provider is at least offered,
	/// and what each open request locks of its sender's funds.
	pub const MinEscrow: Balance = 10 * MILLI_UNIT;
	/// A request not served within 10 minutes expires with a full refund.
	pub const RequestTimeout: BlockNumber = 10 * MINUTES;
	/// A permit (an API key) may reach at most 90 days ahead when it is charged.
	pub const MaxPermitLifetime: BlockNumber = 90 * 24 * HOURS;
	/// What a record costs its sender beyond its bytes (burned): about the weight fee of the
	/// transaction that stores it, which is free for the provider when it succeeds.
	pub const RecordBaseFee: Balance = 10 * MILLI_UNIT;
	/// What a byte of a record costs its sender (burned): the chain's byte fee, since the
	/// record's bytes are the bulk of the transaction that stores it.
	pub const RecordByteFee: Balance = super::TransactionByteFee::get();
}

impl pallet_models::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ModelDeposit = ModelDeposit;
	type Servers = Providers;
	type WeightInfo = pallet_models::weights::SubstrateWeight<Runtime>;
}

impl pallet_providers::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type ProviderBond = ProviderBond;
	/// Five failures or expiries suspend a provider until root reinstates it.
	type MaxStrikes = ConstU32<5>;
	/// Twenty requests completed in a row forgive one strike: a provider failing fewer than
	/// one request in 21 is never suspended for it, one failing one in 5 is within 25.
	type ServedPerForgiveness = ConstU32<20>;
	type WeightInfo = pallet_providers::weights::SubstrateWeight<Runtime>;
}

impl pallet_inference::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Providers = Providers;
	type Models = Models;
	type AccountSealingKey = gintonic_primitives::AccountIdAsSealingKey;
	type Time = Timestamp;
	type InteractionSignature = Signature;
	type RequestTimeout = RequestTimeout;
	/// 256 expiries a block bound `on_initialize` well inside the block's weight.
	type MinEscrow = MinEscrow;
	type MaxRequestsPerBlock = ConstU32<256>;
	type MaxPermitLifetime = MaxPermitLifetime;
	type RecordBaseFee = RecordBaseFee;
	type RecordByteFee = RecordByteFee;
	type ExpectedBlockTimeMs = ConstU64<{ crate::MILLI_SECS_PER_BLOCK }>;
	type AuthorityId = pallet_inference::crypto::ProviderKey;
	type WeightInfo = pallet_inference::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = KeystoreSigner;
}

/// Benchmarks sign interactions with a key made in the node's keystore.
#[cfg(feature = "runtime-benchmarks")]
pub struct KeystoreSigner;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_inference::benchmarking::BenchmarkHelper<crate::AccountId, Signature>
	for KeystoreSigner
{
	fn signer() -> crate::AccountId {
		sp_io::crypto::sr25519_generate(BENCHMARK_KEY_TYPE, None).into()
	}

	fn sign(signer: &crate::AccountId, message: &[u8]) -> Signature {
		let public = sp_core::sr25519::Public::from_raw(*AsRef::<[u8; 32]>::as_ref(signer));
		sp_io::crypto::sr25519_sign(BENCHMARK_KEY_TYPE, &public, message)
			.map(Signature::from)
			// A zero signature fails verification, which the benchmark's assertion reports.
			.unwrap_or_else(|| Signature::from(sp_core::sr25519::Signature::from_raw([0; 64])))
	}
}

/// Key type of the benchmark signer's key.
#[cfg(feature = "runtime-benchmarks")]
const BENCHMARK_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"bnch");
