//! The Gintonic runtime: Aura block production, GRANDPA finality, Balances, transaction
//! fees and Sudo, plus the chain's own pallets: `Models` (the model registry), `Providers`
//! (GPU providers) and `Inference` (requests, escrow and records).
//!
//! Pallet configuration is in `configs/`, runtime APIs in `apis.rs`, genesis presets
//! (`development`, `local_testnet`) in `genesis_config_presets.rs`.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`'s expansion trips these; the runtime's own code has no arithmetic.
#![allow(clippy::unwrap_used)]
// The `runtime` macro generates undocumented public items (RuntimeCall variants, pallet
// aliases, the wasm binary constants).
#![allow(missing_docs)]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

// Before `apis`, whose `Benchmark` API expands the macros this module defines.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

use alloc::vec::Vec;
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Block numbers.
pub type BlockNumber = u32;
/// Transaction signatures: sr25519, ed25519 or ecdsa, as polkadot.js makes them.
pub type Signature = MultiSignature;
/// Accounts are the public keys of their signatures.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balances, in the smallest unit (12 decimals: `UNIT` = 10^12).
pub type Balance = u128;
/// Transaction counters.
pub type Nonce = u32;
/// Block and storage hashes.
pub type Hash = sp_core::H256;

/// One token: 12 decimals, as polkadot.js shows by default for Substrate chains.
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a token.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// A millionth of a token.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
/// Balance below which an account is removed.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Target block time.
pub const MILLI_SECS_PER_BLOCK: u64 = 6_000;
/// Aura slot length; changing it after the chain started stops block production.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;

	impl_opaque_keys! {
		/// The session keys of a validator.
		pub struct SessionKeys {
			/// Block production.
			pub aura: Aura,
			/// Finality.
			pub grandpa: Grandpa,
		}
	}
}

/// The runtime's version. polkadot.js reads `spec_name`, `spec_version` and
/// `transaction_version` from here. 101/2: `record_interaction` takes a proof (a signature or
/// a permit), `revoke_permit`, permits in storage, new `InferenceApi` methods. 102: weights
/// measured on the reference machine (database, extrinsic and block base weights), 8 MiB
/// blocks, a permit charged again refunds to its lighter weight. 103/3: permits v2 (committing
/// to the API key's secret), every signed message only `<Bytes>`-wrapped after its domain,
/// `InferenceApi::admit_permit` (the miner's admission runs the chain's checks), revocations
/// kept until the permit's own expiry, record metadata v2 (a version byte and a salt first).
/// 104/4: payment by tokens at a declared throughput (`providers.register`/`update` take a
/// `Throughput`; `Usage` has no `gpu_ms`), the caller pays its record's storage (burned) and
/// the provider's storing transactions are free, `request` refuses what cannot be served or
/// paid, strikes forgiven by good service, `deregister` leaves in one call (`Leaving`). 105:
/// the offchain worker's miner protocol v2 (every call carries the node's secret, jobs named
/// by id and digest, settled jobs forgotten) and a lost transaction's nonce signed again. 106:
/// an interaction the chain would refuse is handed back to the miner with the reason. 107: a
/// permit's record pays its storage in full (`RecordStorageUnpaid`), and
/// `InferenceApi::records_by_sender` returns `RecordSummary`s (no envelopes). 108: record
/// metadata v3 (`FinishReason::Cancelled`: a stream whose caller went away). 109: the offchain
/// worker's runs bounded in time, and a nonce stall counted from the chain's last progress.
/// 110: the same worker, its nonce bookkeeping read in one place.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("gintonic"),
	impl_name: alloc::borrow::Cow::Borrowed("gintonic-node"),
	authoring_version: 1,
	spec_version: 110,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 4,
	system_version: 1,
};

/// Addresses in calls (polkadot.js's default `MultiAddress`).
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// The transaction extensions, all of which polkadot.js knows.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
);
/// Extrinsics as submitted.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// What a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;
/// Runtime upgrades' migrations beyond the pallets' own.
type Migrations = ();
/// Dispatches blocks and extrinsics to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	/// The runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(7)]
	pub type Models = pallet_models;
	#[runtime::pallet_index(8)]
	pub type Providers = pallet_providers;
	#[runtime::pallet_index(9)]
	pub type Inference = pallet_inference;
}
