//! # The miner service
//!
//! What a node started with `--miner` runs beside the chain: the heavy half of serving an
//! on-chain request. The runtime's offchain worker owns the chain logic (which requests are
//! this provider's, locks, signing, nonces); this service owns the work it cannot do in wasm:
//!
//! 1. open the sealed prompt with the provider's `infr` key ([`keys`]);
//! 2. run the conversation through the model's [`BatchScheduler`](gintonic_engine::BatchScheduler),
//!    so concurrent requests share forward passes ([`models`]);
//! 3. write the [`RecordMetadata`](gintonic_primitives::RecordMetadata), hash it and seal it to the
//!    sender and the provider ([`record`]);
//! 4. keep each outcome until the chain has it, on disk, so a restart loses nothing ([`jobs`]).
//!
//! The offchain worker reaches it over loopback HTTP ([`http`]; the protocol is
//! [`gintonic_primitives::miner`]). HTTP rather than a host function: the worker's calls stay
//! the standard offchain HTTP API that every node has, and the service can restart on its own.
//!
//! With `--api-port`, the miner also serves the OpenAI-compatible API and the chat page on a
//! public port ([`api`]): callers authenticate with API keys that are signed permits
//! ([`api_key`]); each call is answered at once, then sealed and queued on disk
//! ([`interactions`]) for the offchain worker to record with `record_interaction`.

pub mod api;
pub mod api_key;
pub mod chain;
pub mod device;
pub mod http;
pub mod interactions;
pub mod jobs;
pub mod keys;
pub mod models;
pub mod record;
pub mod store;

pub use jobs::Miner;
pub use keys::ProviderKeys;
pub use models::{ModelSet, ServedModel};
