//! Shared vocabulary of the Gintonic chain: identifiers, size bounds, the structs that the
//! pallets store and the runtime APIs return, the small traits through which the pallets see
//! each other, and the runtime API declarations the node serves as JSON-RPC.
//!
//! Everything here is `no_std` and SCALE-encoded, so the runtime (wasm), the node and the
//! miner service agree on one definition of each type.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod admission;
pub mod api;
pub mod bounds;
pub mod interaction;
pub mod key_possession;
pub mod miner;
pub mod model;
pub mod params;
pub mod permit;
pub mod provider;
pub mod record;
pub mod request;
pub mod signing;
pub mod traits;

pub use model::{Architecture, ModelInfo, ModelStatus};
pub use params::{HardwareWishes, SamplingParams};
pub use provider::{GpuSpec, ProviderInfo, ProviderStatus};
pub use record::{FinishReason, Record, RecordMetadata, RecordOrigin, RecordSummary};
pub use request::{Charge, RecordFee, RequestInfo, RequestOutcome, Throughput, TokenRate, Usage};
pub use traits::{ModelRegistry, ModelServers, ProviderQuote, ProviderRegistry, ProviderTerms};

/// A model's identity: the content address of its files, `blake2_256(SCALE((weights_hash,
/// tokenizer_hash)))` (see [`model::model_id`]). Two registrations of the same files are the
/// same model.
pub type ModelId = sp_core::H256;

/// Sequential identifier of an inference request made with `inference.request`.
pub type RequestId = u64;

/// Sequential identifier of a record, whichever path (request or API) produced it.
pub type RecordId = u64;

/// A 32-byte blake2-256 content hash (weights, tokenizer, result metadata).
pub type ContentHash = sp_core::H256;

/// An sr25519 public key that sealed blobs are addressed to.
pub type EncryptionKey = [u8; 32];

/// A provider's proof that it holds its encryption key's secret: the key's sr25519 signature
/// over [`key_possession::key_possession_signing_payload`] of its account.
pub type KeyProof = sp_core::sr25519::Signature;

/// The key an account's prompts and records are sealed to: its 32 id bytes read as an sr25519
/// public key. Right for sr25519 accounts (what polkadot.js makes by default); an ed25519 or
/// ecdsa account has no sr25519 secret for those bytes and cannot open its records.
pub struct AccountIdAsSealingKey;

impl sp_runtime::traits::Convert<sp_runtime::AccountId32, EncryptionKey> for AccountIdAsSealingKey {
	fn convert(account: sp_runtime::AccountId32) -> EncryptionKey {
		account.into()
	}
}
