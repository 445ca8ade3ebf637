//! The engine: a loaded model folder (weights, tokenizer, chat template) that turns prompts
//! into tokens, streaming text as it comes, with stop sequences, token limits and usage.

use crate::{
	chat::{ChatMessage, ChatTemplate},
	config::ModelConfig,
	error::{EngineError, Result},
	folder::ModelFolder,
	hash::{verify_folder, FolderHashes},
	model::{KvCache, Model},
	sampling::SamplingParams,
	sequence::Sequence,
	tokenizer::TextTokenizer,
};
use candle_core::{DType, Device};
use serde::Serialize;
use std::{
	path::Path,
	time::{Duration, Instant},
};

/// Where and in which precision to run.
#[derive(Clone, Debug)]
pub struct EngineOptions {
	/// f32, f16 or bf16.
	pub dtype: DType,
	/// CPU, or a CUDA device in builds with the `cuda` feature.
	pub device: Device,
}

impl Default for EngineOptions {
	fn default() -> Self {
		Self { dtype: DType::F32, device: Device::Cpu }
	}
}

/// Reads `cpu` or `cuda:N`.
pub fn parse_device(text: &str) -> Result<Device> {
	match text {
		"cpu" => Ok(Device::Cpu),
		cuda if cuda.starts_with("cuda") => {
			let ordinal = cuda
				.strip_prefix("cuda")
				.map(|rest| rest.trim_start_matches(':'))
				.filter(|rest| !rest.is_empty())
				.map_or(Ok(0), str::parse::<usize>)
				.map_err(|_| EngineError::Device(format!("{text:?}: expected cuda:N")))?;
			if !candle_core::utils::cuda_is_available() {
				return Err(EngineError::Device(format!(
					"{text}: this build has no CUDA support (build with --features cuda)"
				)));
			}
			Device::new_cuda(ordinal).map_err(|e| EngineError::Device(format!("{text}: {e}")))
		}
		other => Err(EngineError::Device(format!("{other:?}: expected cpu or cuda:N"))),
	}
}

/// Reads `f32`, `f16` or `bf16`.
pub fn parse_dtype(text: &str) -> Result<DType> {
	match text {
		"f32" => Ok(DType::F32),
		"f16" => Ok(DType::F16),
		"bf16" => Ok(DType::BF16),
		other => {
			Err(EngineError::config("--dtype", format!("{other:?}: expected f32, f16 or bf16")))
		}
	}
}

/// What to generate from.
#[derive(Clone, Debug)]
pub enum Prompt {
	/// Plain text; `<s>` is put first when the tokenizer adds it.
	Text(String),
	/// A conversation, rendered with the chat template.
	Chat(Vec<ChatMessage>),
	/// Token ids as they are.
	Tokens(Vec<u32>),
}

/// Why generation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
	/// The model produced its end-of-sequence token, or a stop sequence appeared.
	Stop,
	/// `max_tokens` or the context was reached.
	Length,
}

/// Tokens and time spent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Usage {
	/// Tokens in the prompt.
	pub prompt_tokens: usize,
	/// Tokens generated (the end-of-sequence token not counted).
	pub completion_tokens: usize,
	/// Wall time of the whole call, in milliseconds.
	pub wall_ms: u64,
	/// Time the device spent in the model's forward passes, in milliseconds; in a batch, this
	/// sequence's share of each pass it took part in (the pass's time over the batch's size).
	pub gpu_ms: u64,
	/// Time to first token: from the call (or, batched, the submission) to the logits of the
	/// prompt's last position, in microseconds.
	pub prefill_us: u64,
}

/// The result of one generation.
#[derive(Clone, Debug, Serialize)]
pub struct Generation {
	/// The prompt's token ids.
	pub prompt_ids: Vec<u32>,
	/// Generated token ids (the end-of-sequence token not included).
	pub tokens: Vec<u32>,
	/// Generated text, cut before a stop sequence.
	pub text: String,
	/// Why it ended.
	pub finish_reason: FinishReason,
	/// Counts and times.
	pub usage: Usage,
	/// The last-position logits before each generated token, when asked for.
	#[serde(skip_serializing_if = "Vec::is_empty")]
	pub logits: Vec<Vec<f32>>,
}

/// A model ready to generate.
pub struct Engine {
	folder: ModelFolder,
	config: ModelConfig,
	model: Model,
	tokenizer: TextTokenizer,
	template: ChatTemplate,
}

impl Engine {
	/// Loads a model folder.
	pub fn load(path: impl AsRef<Path>, options: &EngineOptions) -> Result<Self> {
		let folder = ModelFolder::open(path.as_ref())?;
		Self::from_folder(folder, options)
	}

	/// Loads a model folder after checking its content hashes against the registry's.
	pub fn load_verified(
		path: impl AsRef<Path>,
		expected: &FolderHashes,
		options: &EngineOptions,
	) -> Result<Self> {
		let folder = ModelFolder::open(path.as_ref())?;
		verify_folder(&folder, expected)?;
		Self::from_folder(folder, options)
	}

	fn from_folder(folder: ModelFolder, options: &EngineOptions) -> Result<Self> {
		let config = ModelConfig::from_folder(folder.root())?;
		let tokenizer = TextTokenizer::from_folder(&folder)?;
		if tokenizer.vocab_size() > config.vocab_size {
			return Err(EngineError::config(
				"config.json",
				format!(
					"vocab_size {} is smaller than the tokenizer's {}",
					config.vocab_size,
					tokenizer.vocab_size()
				),
			));
		}
		let bos = tokenizer.bos().map(|(text, _)| text.as_str()).unwrap_or("");
		let eos = tokenizer.eos().map(|(text, _)| text.as_str()).unwrap_or("");
		let template = ChatTemplate::from_folder(&folder, bos, eos)?;
		let model = Model::load(&folder, &config, options.dtype, &options.device)?;
		Ok(Self { folder, config, model, tokenizer, template })
	}

	/// The model's configuration.
	pub fn config(&self) -> &ModelConfig {
		&self.config
	}

	/// The model folder.
	pub fn folder(&self) -> &ModelFolder {
		&self.folder
	}

	/// The tokenizer.
	pub fn tokenizer(&self) -> &TextTokenizer {
		&self.tokenizer
	}

	/// The model.
	pub fn model(&self) -> &Model {
		&self.model
	}

	/// The token ids of a prompt.
	pub fn encode(&self, prompt: &Prompt) -> Result<Vec<u32>> {
		let ids = match prompt {
			Prompt::Text(text) => self.tokenizer.encode_prompt(text)?,
			Prompt::Chat(messages) => {
				self.tokenizer.encode(&self.template.render(messages, true)?)?
			}
			Prompt::Tokens(ids) => ids.clone(),
		};
		if ids.is_empty() {
			return Err(EngineError::EmptyPrompt);
		}
		if let Some(bad) = ids.iter().find(|id| **id as usize >= self.config.vocab_size) {
			return Err(EngineError::Tokenizer(format!(
				"token id {bad} is outside the vocabulary of {}",
				self.config.vocab_size
			)));
		}
		Ok(ids)
	}

	/// Checks `params`, encodes `prompt` and sets up its decoding state and an empty cache
	/// sized for the prompt and the tokens it may add.
	pub fn start_sequence(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		keep_logits: bool,
	) -> Result<(Sequence, KvCache)> {
		params.validate()?;
		let prompt_ids = self.encode(prompt)?;
		let context = self.config.max_position_embeddings;
		if prompt_ids.len() >= context {
			return Err(EngineError::PromptTooLong { prompt_tokens: prompt_ids.len(), context });
		}
		let budget = params.max_tokens.min(context - prompt_ids.len());
		let cache = self.model.new_cache(prompt_ids.len() + budget)?;
		let eos = self.tokenizer.eos().map(|(_, id)| *id);
		Ok((Sequence::new(prompt_ids, params, budget, eos, keep_logits)?, cache))
	}

	/// Generates for `prompt`; `on_text` gets each piece of text as soon as it is certain not
	/// to be part of a stop sequence, and ends generation early by returning `false`.
	pub fn generate(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		keep_logits: bool,
		on_text: &mut dyn FnMut(&str) -> bool,
	) -> Result<Generation> {
		let started = Instant::now();
		let (mut sequence, mut cache) = self.start_sequence(prompt, params, keep_logits)?;
		let mut device_time = Duration::ZERO;
		let mut time_to_first_token = None;
		let mut input = sequence.prompt_ids().to_vec();
		loop {
			let forward_started = Instant::now();
			let logits = self.model.forward(&input, &mut cache)?;
			device_time += forward_started.elapsed();
			time_to_first_token.get_or_insert_with(|| started.elapsed());
			let step = sequence.accept(logits, &self.tokenizer)?;
			if !step.text.is_empty() && !on_text(&step.text) {
				sequence.cancel();
				break;
			}
			match step.next {
				Some(token) => input = vec![token],
				None => break,
			}
		}
		Ok(sequence.into_generation(Usage {
			wall_ms: started.elapsed().as_millis() as u64,
			gpu_ms: device_time.as_millis() as u64,
			prefill_us: time_to_first_token.unwrap_or_default().as_micros() as u64,
			..Usage::default()
		}))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn devices_and_dtypes_parse_with_clear_errors() {
		assert!(matches!(parse_device("cpu"), Ok(Device::Cpu)));
		assert!(parse_device("tpu").is_err());
		if !candle_core::utils::cuda_is_available() {
			let error = parse_device("cuda:0").expect_err("no cuda in this build");
			assert!(error.to_string().contains("--features cuda"));
		}
		assert_eq!(parse_dtype("bf16").ok(), Some(DType::BF16));
		assert!(parse_dtype("f8").is_err());
	}
}
