//! A model folder: which files it has, and which of them are the weights and which the
//! tokenizer (the two parts the model registry hashes). The weights are safetensors (a Hugging
//! Face folder with its config.json and tokenizer.json) or one GGUF file (llama.cpp's format,
//! which carries its own configuration and tokenizer; a tokenizer.json beside it is used
//! instead of the file's). A GGUF folder with no tokenizer files has the tokenizer hash of no
//! files: its tokenizer is hashed with the weights.

use crate::{
	error::{EngineError, Result},
	load::gguf::{split_file_name, split_part},
};
use serde::Deserialize;
use std::{
	collections::BTreeSet,
	path::{Path, PathBuf},
};

/// The config and sharding files counted with the weights.
const WEIGHT_METADATA: [&str; 3] =
	["config.json", "generation_config.json", "model.safetensors.index.json"];
/// The files counted as the tokenizer.
const TOKENIZER_FILES: [&str; 3] =
	["tokenizer.json", "tokenizer_config.json", "chat_template.jinja"];
/// The tokenizer, which a safetensors folder must have.
const TOKENIZER: &str = "tokenizer.json";
/// The configuration, which a safetensors folder must have.
const CONFIG: &str = "config.json";
const INDEX: &str = "model.safetensors.index.json";

/// `model.safetensors.index.json`: which shard holds each tensor.
#[derive(Deserialize)]
struct ShardIndex {
	weight_map: std::collections::BTreeMap<String, String>,
}

/// A model folder whose required files exist.
#[derive(Clone, Debug)]
pub struct ModelFolder {
	root: PathBuf,
	safetensors: Vec<String>,
	gguf: Option<String>,
	weight_files: Vec<String>,
	tokenizer_files: Vec<String>,
}

impl ModelFolder {
	/// Looks at `root`: the weights as one `model.safetensors`, the shards
	/// `model.safetensors.index.json` names, or failing an index every `*.safetensors` in the
	/// folder (with config.json and tokenizer.json); or else one `*.gguf` file, or every part of
	/// one split into several (`<name>-00001-of-00003.gguf` …).
	pub fn open(root: impl Into<PathBuf>) -> Result<Self> {
		let root = root.into();
		let names: BTreeSet<String> = std::fs::read_dir(&root)
			.map_err(|e| EngineError::io(&root, e))?
			.filter_map(|entry| entry.ok())
			.filter(|entry| entry.file_type().map(|t| t.is_file()).unwrap_or(false))
			.filter_map(|entry| entry.file_name().into_string().ok())
			.collect();
		let missing =
			|file: &str| EngineError::MissingFile { folder: root.clone(), file: file.into() };
		let safetensors: Vec<String> = if names.contains(INDEX) {
			let path = root.join(INDEX);
			let text = std::fs::read_to_string(&path).map_err(|e| EngineError::io(&path, e))?;
			let index: ShardIndex = serde_json::from_str(&text)
				.map_err(|e| EngineError::config(INDEX, e.to_string()))?;
			let shards: BTreeSet<String> = index.weight_map.into_values().collect();
			if let Some(absent) = shards.iter().find(|shard| !names.contains(*shard)) {
				return Err(missing(absent));
			}
			shards.into_iter().collect()
		} else {
			names.iter().filter(|name| name.ends_with(".safetensors")).cloned().collect()
		};
		let ggufs: Vec<&str> =
			names.iter().filter(|name| name.ends_with(".gguf")).map(String::as_str).collect();
		let gguf = match safetensors.is_empty() {
			false => None,
			true => Some(gguf_weights(&root, &ggufs)?),
		};
		let gguf_files: Vec<String> = match &gguf {
			Some(first) => match split_part(first) {
				Some((name, _, parts)) => {
					(1..=parts).map(|part| split_file_name(name, part, parts)).collect()
				}
				None => vec![first.clone()],
			},
			None => Vec::new(),
		};
		// A GGUF file carries its configuration and (usually) its tokenizer.
		if gguf.is_none() && !names.contains(CONFIG) {
			return Err(missing(CONFIG));
		}
		if gguf.is_none() && !names.contains(TOKENIZER) {
			return Err(missing(TOKENIZER));
		}
		let mut weight_files: Vec<String> = WEIGHT_METADATA
			.iter()
			.filter(|name| names.contains(**name))
			.map(|name| name.to_string())
			.chain(safetensors.iter().cloned())
			.chain(gguf_files)
			.collect();
		weight_files.sort();
		let mut tokenizer_files: Vec<String> = TOKENIZER_FILES
			.iter()
			.filter(|name| names.contains(**name))
			.map(|name| name.to_string())
			.collect();
		tokenizer_files.sort();
		Ok(Self { root, safetensors, gguf, weight_files, tokenizer_files })
	}

	/// The folder.
	pub fn root(&self) -> &Path {
		&self.root
	}

	/// The path of `name` in the folder.
	pub fn path(&self, name: &str) -> PathBuf {
		self.root.join(name)
	}

	/// Whether the folder has `name`.
	pub fn has(&self, name: &str) -> bool {
		self.weight_files.iter().chain(&self.tokenizer_files).any(|file| file == name)
	}

	/// The safetensors files, in name order.
	pub fn safetensors(&self) -> Vec<PathBuf> {
		self.safetensors.iter().map(|name| self.path(name)).collect()
	}

	/// The GGUF file (the first part of a split one), when the weights are one.
	pub fn gguf(&self) -> Option<PathBuf> {
		self.gguf.as_ref().map(|name| self.path(name))
	}

	/// The files hashed as the weights, in name order.
	pub fn weight_files(&self) -> &[String] {
		&self.weight_files
	}

	/// The files hashed as the tokenizer, in name order.
	pub fn tokenizer_files(&self) -> &[String] {
		&self.tokenizer_files
	}

	/// Every file of the model: the weights' then the tokenizer's.
	pub fn files(&self) -> impl Iterator<Item = &String> {
		self.weight_files.iter().chain(&self.tokenizer_files)
	}
}

/// The GGUF file to serve among `ggufs` (the folder's `.gguf` files): the only one, or the
/// first part of one split file whose every part is there.
fn gguf_weights(root: &Path, ggufs: &[&str]) -> Result<String> {
	let missing = |file: String| EngineError::MissingFile { folder: root.to_path_buf(), file };
	let parts: Vec<(&str, usize, usize)> =
		ggufs.iter().filter_map(|name| split_part(name)).collect();
	match (ggufs, parts.first()) {
		([], _) => Err(missing("model.safetensors (or a .gguf file)".into())),
		([one], None) => Ok(one.to_string()),
		(_, Some(&(name, _, count)))
			if parts.len() == ggufs.len() && parts.iter().all(|p| (p.0, p.2) == (name, count)) =>
		{
			match (1..=count).find(|part| !parts.iter().any(|p| p.1 == *part)) {
				Some(absent) => Err(missing(split_file_name(name, absent, count))),
				None if parts.len() == count => Ok(split_file_name(name, 1, count)),
				None => {
					Err(EngineError::Weights(format!("{}: a part of {name} twice", root.display())))
				}
			}
		}
		(several, _) => Err(EngineError::Weights(format!(
			"{}: {} GGUF files ({}): keep the one to serve (or every part of one split file)",
			root.display(),
			several.len(),
			several.join(", ")
		))),
	}
}
