//! The model's tokenizer (the folder's `tokenizer.json`, or the one a GGUF file carries, run by
//! the `tokenizers` crate) and its special tokens.

use crate::{
	error::{EngineError, Result},
	load::{folder::ModelFolder, gguf::GgufFile},
	text::gguf_tokenizer::gguf_tokenizer,
};
use serde::Deserialize;

/// `tokenizer_config.json` fields the engine reads; tokens may be strings or objects.
#[derive(Deserialize, Default)]
struct TokenizerConfig {
	bos_token: Option<serde_json::Value>,
	eos_token: Option<serde_json::Value>,
	#[serde(default = "default_true")]
	add_bos_token: bool,
}

fn default_true() -> bool {
	true
}

fn token_text(value: &serde_json::Value) -> Option<String> {
	match value {
		serde_json::Value::String(text) => Some(text.clone()),
		serde_json::Value::Object(map) => map.get("content")?.as_str().map(str::to_string),
		_ => None,
	}
}

/// A tokenizer with its special tokens.
pub struct TextTokenizer {
	inner: tokenizers::Tokenizer,
	bos: Option<(String, u32)>,
	eos: Option<(String, u32)>,
	add_bos: bool,
	/// Tokens besides `eos` that end a turn (a GGUF file's `eot_token_id`, `eom_token_id`).
	end_of_turn: Vec<u32>,
}

impl TextTokenizer {
	/// The folder's tokenizer.json when it has one, else the tokenizer of its GGUF file.
	pub fn load(folder: &ModelFolder, gguf: Option<&GgufFile>) -> Result<Self> {
		match gguf {
			Some(file) if !folder.has("tokenizer.json") => Self::from_gguf(file),
			_ => Self::from_folder(folder),
		}
	}

	/// The tokenizer a GGUF file carries in its metadata.
	pub fn from_gguf(file: &GgufFile) -> Result<Self> {
		let read = gguf_tokenizer(file)?;
		Ok(Self {
			inner: read.tokenizer,
			bos: read.bos,
			eos: read.eos,
			add_bos: read.add_bos,
			end_of_turn: read.end_of_turn,
		})
	}

	/// Loads tokenizer.json and, when present, tokenizer_config.json.
	pub fn from_folder(folder: &ModelFolder) -> Result<Self> {
		let path = folder.path("tokenizer.json");
		let inner = tokenizers::Tokenizer::from_file(&path)
			.map_err(|e| EngineError::Tokenizer(format!("{}: {e}", path.display())))?;
		let config: TokenizerConfig = if folder.has("tokenizer_config.json") {
			let path = folder.path("tokenizer_config.json");
			let text = std::fs::read_to_string(&path).map_err(|e| EngineError::io(&path, e))?;
			serde_json::from_str(&text)
				.map_err(|e| EngineError::config("tokenizer_config.json", e.to_string()))?
		} else {
			TokenizerConfig { add_bos_token: true, ..Default::default() }
		};
		let special = |value: Option<serde_json::Value>, fallback: &str| {
			let text = value.as_ref().and_then(token_text).unwrap_or_else(|| fallback.to_string());
			inner.token_to_id(&text).map(|id| (text, id))
		};
		let bos = special(config.bos_token, "<s>");
		let eos = special(config.eos_token, "</s>");
		Ok(Self { inner, bos, eos, add_bos: config.add_bos_token, end_of_turn: Vec::new() })
	}

	/// Token ids of `text`, without special tokens added (special tokens written in the text,
	/// such as `<s>`, are still recognised, as transformers does).
	pub fn encode(&self, text: &str) -> Result<Vec<u32>> {
		self.inner
			.encode(text, false)
			.map(|encoding| encoding.get_ids().to_vec())
			.map_err(|e| EngineError::Tokenizer(e.to_string()))
	}

	/// Token ids of a plain prompt: `<s>` first when the tokenizer adds it.
	pub fn encode_prompt(&self, text: &str) -> Result<Vec<u32>> {
		let mut ids = Vec::new();
		if let (true, Some((_, bos))) = (self.add_bos, &self.bos) {
			ids.push(*bos);
		}
		ids.extend(self.encode(text)?);
		Ok(ids)
	}

	/// Text of `ids`, special tokens skipped.
	pub fn decode(&self, ids: &[u32]) -> Result<String> {
		self.inner.decode(ids, true).map_err(|e| EngineError::Tokenizer(e.to_string()))
	}

	/// The beginning-of-sequence token.
	pub fn bos(&self) -> Option<&(String, u32)> {
		self.bos.as_ref()
	}

	/// The end-of-sequence token.
	pub fn eos(&self) -> Option<&(String, u32)> {
		self.eos.as_ref()
	}

	/// Tokens besides the end-of-sequence token that end a turn.
	pub fn end_of_turn(&self) -> &[u32] {
		&self.end_of_turn
	}

	/// Vocabulary size, added tokens included.
	pub fn vocab_size(&self) -> usize {
		self.inner.get_vocab_size(true)
	}
}
