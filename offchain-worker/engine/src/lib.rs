//! LLM inference on candle for Gintonic miners, with no Substrate dependency.
//!
//! - [`load`]: the model folder, its config, weights, device and dtype, content hashes, export;
//! - [`model`]: the shared transformer layers (attention, dense MLP, mixture of experts,
//!   rotary, KV cache kept outside the layers) composed per family;
//! - [`text`]: tokenizer and incremental text, chat template, sampling, stop sequences;
//! - [`serve`]: a sequence's decoding state, the batch scheduler, benchmark and replay;
//! - [`Engine`]: a loaded folder that turns prompts into streamed text;
//! - [`generation`]: the prompt and the generation's result, shared by all of them.

pub mod engine;
pub mod error;
pub mod generation;
pub mod load;
pub mod model;
pub mod serve;
pub mod text;

pub use engine::Engine;
pub use error::{EngineError, Result};
pub use generation::{FinishReason, Generation, Prompt, Usage};
pub use load::{
	device::{EngineOptions, Quantization},
	hash::FolderHashes,
};
pub use serve::{
	replay::ReplayReport,
	scheduler::{BatchScheduler, GenerationStream, SchedulerLimits, StreamEvent},
};
pub use text::{chat::ChatMessage, sampling::SamplingParams};
