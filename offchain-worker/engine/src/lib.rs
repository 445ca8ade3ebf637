//! LLM inference on candle for Gintonic miners, with no Substrate dependency.
//!
//! - [`folder`]: a Hugging Face model folder (config, tokenizer, safetensors shards);
//! - [`hash`]: the folder's content hashes as the model registry stores them;
//! - [`config`]: config.json for Mixtral, Mistral and Llama;
//! - [`model`]: the transformer (sparse or dense feed-forward), with the KV cache outside it;
//! - [`tokenizer`], [`chat`]: tokens, incremental text, the chat template;
//! - [`sampling`]: seeded sampling with temperature, top-k, top-p, repetition penalty;
//! - [`sequence`]: one sequence's decoding state (stop sequences, budget, released text);
//! - [`generate`]: the [`Engine`] that ties them together and streams text;
//! - [`batch`]: continuous batching of concurrent requests over one engine;
//! - [`bench`]: prefill and batched decode speed, for the benchmark scripts;
//! - [`export`]: a model written to a folder or tar archive, verified by hash;
//! - [`replay`]: a recorded generation teacher-forced through the model, with agreement.

pub mod batch;
pub mod bench;
pub mod chat;
pub mod config;
pub mod error;
pub mod export;
pub mod folder;
pub mod generate;
pub mod hash;
pub mod model;
pub mod replay;
pub mod sampling;
pub mod sequence;
pub mod tokenizer;

pub use batch::{BatchScheduler, StreamEvent};
pub use chat::ChatMessage;
pub use error::{EngineError, Result};
pub use generate::{Engine, EngineOptions, FinishReason, Generation, Prompt, Usage};
pub use hash::FolderHashes;
pub use replay::ReplayReport;
pub use sampling::SamplingParams;
