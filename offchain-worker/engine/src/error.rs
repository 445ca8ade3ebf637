//! Every way loading, hashing, exporting or generating can fail, each with a message that
//! names the file, tensor or value at fault.

use std::path::PathBuf;

/// The engine's error.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
	/// A file could not be read or written.
	#[error("{path}: {source}")]
	Io {
		/// The file.
		path: PathBuf,
		/// What the OS said.
		source: std::io::Error,
	},
	/// A file the model folder must have is absent.
	#[error("model folder {folder}: missing {file}")]
	MissingFile {
		/// The folder.
		folder: PathBuf,
		/// The file that is missing.
		file: String,
	},
	/// config.json (or another JSON file) is malformed or inconsistent.
	#[error("{file}: {message}")]
	Config {
		/// The file at fault.
		file: String,
		/// What is wrong.
		message: String,
	},
	/// `model_type` names an architecture the engine does not run.
	#[error(
		"unknown architecture {0:?}: the engine runs mixtral, mistral, llama, qwen2, qwen3, \
		 qwen3_moe, gemma2, gemma3_text and phi3"
	)]
	UnknownArchitecture(String),
	/// A weight is missing, has the wrong shape, or a safetensors file is corrupt.
	#[error("weights: {0}")]
	Weights(String),
	/// The tokenizer could not be loaded or used.
	#[error("tokenizer: {0}")]
	Tokenizer(String),
	/// The chat template could not be parsed or rendered (e.g. roles out of order).
	#[error("chat template: {0}")]
	Template(String),
	/// The prompt has no tokens.
	#[error("the prompt is empty")]
	EmptyPrompt,
	/// The prompt does not leave room for one new token in the context.
	#[error("prompt of {prompt_tokens} tokens does not fit the context of {context} tokens")]
	PromptTooLong {
		/// Tokens in the prompt.
		prompt_tokens: usize,
		/// The model's context length.
		context: usize,
	},
	/// The prompt and `max_tokens` together pass the context (refused only where asked:
	/// [`crate::BatchScheduler::submit_within_context`]; elsewhere generation ends at the
	/// context).
	#[error(
		"this model's maximum context length is {context} tokens; the request asks for \
		 {prompt_tokens} in the messages and {max_tokens} in the completion: lower max_tokens"
	)]
	ContextExceeded {
		/// Tokens in the prompt.
		prompt_tokens: usize,
		/// The new tokens asked for.
		max_tokens: usize,
		/// The model's context length.
		context: usize,
	},
	/// A sampling value is out of range.
	#[error("invalid sampling parameter {name}: {message}")]
	InvalidSampling {
		/// The parameter.
		name: &'static str,
		/// The allowed range.
		message: String,
	},
	/// A folder's content hash differs from the expected one.
	#[error("{part} hash mismatch: expected 0x{expected}, found 0x{actual}")]
	HashMismatch {
		/// `weights` or `tokenizer`.
		part: &'static str,
		/// Hex of the expected hash.
		expected: String,
		/// Hex of the hash found.
		actual: String,
	},
	/// The device is unknown or unavailable (e.g. `cuda:0` in a build without `cuda`).
	#[error("device {0}")]
	Device(String),
	/// The scheduler's queue is full: the request was not queued; retry later.
	#[error("the engine is saturated ({waiting} requests already wait): retry shortly")]
	Saturated {
		/// Requests waiting when this one was refused.
		waiting: usize,
	},
	/// The request could never be admitted: its prompt and `max_tokens` need more KV-cache
	/// memory than the scheduler's whole budget.
	#[error(
		"the prompt and max_tokens need {positions} cache positions; this engine's KV-cache \
		 budget holds {budget} for one sequence: ask for fewer tokens"
	)]
	OverBudget {
		/// Positions the request would reserve.
		positions: usize,
		/// Positions the whole budget holds.
		budget: usize,
	},
	/// The caller declined the request once its prompt was counted (the hook of
	/// [`crate::BatchScheduler::generate_accepted`]): e.g. it cannot be paid for.
	#[error("declined: {0}")]
	Declined(String),
	/// The device failed (a CUDA fault poisons the process's context): the miner must restart.
	#[error("the device failed, the engine must restart: {0}")]
	DeviceFailed(String),
	/// The batch worker stopped, or a batched pass failed (the message says why).
	#[error("batch: {0}")]
	Batch(String),
	/// A tensor operation failed.
	#[error("tensor: {0}")]
	Candle(#[from] candle_core::Error),
}

/// The engine's result.
pub type Result<T> = std::result::Result<T, EngineError>;

impl EngineError {
	/// Whether the request itself is at fault (its messages, its parameters, its size, or
	/// the caller's refusal of it), rather than the engine or the device: what a server
	/// answers with a client error and a miner rejects without taking the blame.
	pub fn is_the_requests_fault(&self) -> bool {
		matches!(
			self,
			Self::Template(_)
				| Self::EmptyPrompt
				| Self::PromptTooLong { .. }
				| Self::ContextExceeded { .. }
				| Self::InvalidSampling { .. }
				| Self::OverBudget { .. }
				| Self::Declined(_)
		)
	}

	/// An I/O error on `path`.
	pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
		Self::Io { path: path.into(), source }
	}

	/// A configuration error in `file`.
	pub fn config(file: impl Into<String>, message: impl Into<String>) -> Self {
		Self::Config { file: file.into(), message: message.into() }
	}
}
