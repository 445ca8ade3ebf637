//! The engine: a loaded model folder (weights, tokenizer, chat template) that turns prompts
//! into tokens, streaming text as it comes, with stop sequences, token limits and usage.

use crate::{
	error::{EngineError, Result},
	generation::{Generation, Prompt, Usage},
	load::{
		config::ModelConfig,
		device::EngineOptions,
		folder::ModelFolder,
		gguf::GgufFile,
		hash::{verify_folder, FolderHashes},
	},
	model::Model,
	serve::sequence::Sequence,
	text::{chat::ChatTemplate, sampling::SamplingParams, tokenizer::TextTokenizer},
};
use std::{
	path::Path,
	time::{Duration, Instant},
};

/// A model ready to generate.
pub struct Engine {
	folder: ModelFolder,
	config: ModelConfig,
	model: Model,
	tokenizer: TextTokenizer,
	template: ChatTemplate,
	/// The ids that end a generation: the tokenizer's end-of-sequence token and every
	/// `eos_token_id` of generation_config.json (Llama 3 lists several).
	stop_tokens: Vec<u32>,
	options: EngineOptions,
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
		let gguf = folder.gguf().map(|path| GgufFile::open(&path)).transpose()?;
		let config = match &gguf {
			Some(file) => file.config()?,
			None => ModelConfig::from_folder(folder.root())?,
		};
		let tokenizer = TextTokenizer::load(&folder, gguf.as_ref())?;
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
		let template = ChatTemplate::load(&folder, gguf.as_ref(), bos, eos)?;
		drop(gguf);
		let model = Model::load(&folder, &config, options)?;
		let mut stop_tokens: Vec<u32> = tokenizer.eos().map(|(_, id)| *id).into_iter().collect();
		for id in tokenizer.end_of_turn().iter().copied().chain(generation_eos(&folder)?) {
			if !stop_tokens.contains(&id) {
				stop_tokens.push(id);
			}
		}
		Ok(Self {
			folder,
			config,
			model,
			tokenizer,
			template,
			stop_tokens,
			options: options.clone(),
		})
	}

	/// How the weights are held, as records name it: the quantization at load, `gguf` for a
	/// GGUF file's own blocks, else the dtype.
	pub fn precision(&self) -> String {
		match self.folder.gguf() {
			Some(_) => "gguf".into(),
			None => self.options.precision(),
		}
	}

	/// The ids that end a generation.
	pub fn stop_tokens(&self) -> &[u32] {
		&self.stop_tokens
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

	/// Checks `params`, encodes `prompt` and sets up its decoding state; also returns how
	/// many cache positions it may fill (the prompt and the tokens it may add).
	pub fn start_sequence(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		keep_logits: bool,
	) -> Result<(Sequence, usize)> {
		params.validate()?;
		let prompt_ids = self.encode(prompt)?;
		let context = self.config.max_position_embeddings;
		if prompt_ids.len() >= context {
			return Err(EngineError::PromptTooLong { prompt_tokens: prompt_ids.len(), context });
		}
		let budget = params.max_tokens.min(context - prompt_ids.len());
		let positions = prompt_ids.len() + budget;
		let sequence =
			Sequence::new(prompt_ids, params, budget, self.stop_tokens.clone(), keep_logits)?;
		Ok((sequence, positions))
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
		let (mut sequence, positions) = self.start_sequence(prompt, params, keep_logits)?;
		let mut cache = self.model.new_cache(positions)?;
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

/// `eos_token_id` of the folder's generation_config.json: one id or a list; none without it.
fn generation_eos(folder: &ModelFolder) -> Result<Vec<u32>> {
	const FILE: &str = "generation_config.json";
	if !folder.has(FILE) {
		return Ok(Vec::new());
	}
	let path = folder.path(FILE);
	let text = std::fs::read_to_string(&path).map_err(|e| EngineError::io(&path, e))?;
	let config: serde_json::Value =
		serde_json::from_str(&text).map_err(|e| EngineError::config(FILE, e.to_string()))?;
	let id = |value: &serde_json::Value| {
		value.as_u64().and_then(|id| u32::try_from(id).ok()).ok_or_else(|| {
			EngineError::config(FILE, format!("eos_token_id {value} is not a token id"))
		})
	};
	match config.get("eos_token_id") {
		None | Some(serde_json::Value::Null) => Ok(Vec::new()),
		Some(serde_json::Value::Array(ids)) => ids.iter().map(id).collect(),
		Some(one) => Ok(vec![id(one)?]),
	}
}
