//! GGUF files, llama.cpp's format, as Unsloth and others publish Mixtral, Mistral, Llama,
//! Qwen2/Qwen3/Qwen3-MoE, Gemma 2/3 and Phi-3/4: the metadata (the configuration is read in
//! `gguf_config.rs`, the tokenizer in `text/gguf_tokenizer.rs`), and the tensors under the
//! Hugging Face names the layers ask for, their quantized blocks kept as they are.
//!
//! For the `llama` architecture, llama.cpp's converter reorders the rows of each head's query
//! and key projections for its interleaved rotary embedding; rows of a quantized matrix are
//! whole blocks, so they are put back in Hugging Face's order here, byte for byte, and the model
//! runs the same rotary as for safetensors (Qwen's files keep Hugging Face's order). Experts are
//! stored stacked per layer (`ffn_*_exps`); each expert is read as its own slice. A layer is
//! sparse where the file has its router (`ffn_gate_inp`), so a Qwen3-MoE with dense layers
//! among the sparse ones loads as its safetensors do.

use crate::{
	error::{EngineError, Result},
	load::{config::ModelConfig, gguf_config::model_config},
};
use candle_core::{
	quantized::{ggml_file::qtensor_from_ggml, gguf_file, GgmlDType, QTensor},
	Device,
};
use std::{
	collections::HashMap,
	fs::File,
	io::{Read, Seek, SeekFrom},
	path::{Path, PathBuf},
};

/// An open GGUF file, or the shards of a split one (llama.cpp's `gguf-split`:
/// `<name>-00001-of-00003.gguf` …, the metadata in the first): the metadata and where each
/// tensor is.
pub struct GgufFile {
	path: PathBuf,
	shards: Vec<Shard>,
	/// Which shard holds each tensor.
	tensors: HashMap<String, usize>,
	/// `general.architecture`, which also prefixes the model's metadata keys.
	architecture: String,
}

/// One file of a GGUF model.
struct Shard {
	path: PathBuf,
	content: gguf_file::Content,
}

/// `(name, part, parts)` of a shard's file name, `<name>-00001-of-00003.gguf` (llama.cpp's
/// `gguf-split` naming, parts counted from 1).
pub fn split_part(file_name: &str) -> Option<(&str, usize, usize)> {
	let stem = file_name.strip_suffix(".gguf")?;
	let (rest, parts) = stem.rsplit_once("-of-")?;
	let (name, part) = rest.rsplit_once('-')?;
	let digits = |text: &str| text.len() == 5 && text.bytes().all(|b| b.is_ascii_digit());
	if !digits(part) || !digits(parts) {
		return None;
	}
	let (part, parts) = (part.parse().ok()?, parts.parse().ok()?);
	(1..=parts).contains(&part).then_some((name, part, parts))
}

/// The file name of part `part` of `parts` of `name`.
pub fn split_file_name(name: &str, part: usize, parts: usize) -> String {
	format!("{name}-{part:05}-of-{parts:05}.gguf")
}

/// One tensor's blocks as stored, with its type and shape (rows first).
pub struct RawTensor {
	/// The block format.
	pub dtype: GgmlDType,
	/// `[rows, columns]` (or `[experts, rows, columns]` for a stack).
	pub shape: Vec<usize>,
	/// The blocks.
	pub bytes: Vec<u8>,
}

impl RawTensor {
	/// The tensor on `device`.
	pub fn to_qtensor(&self, device: &Device) -> Result<QTensor> {
		Ok(qtensor_from_ggml(self.dtype, &self.bytes, self.shape.clone(), device)?)
	}

	/// Bytes of one row (a matrix's rows are whole blocks).
	fn row_bytes(&self) -> usize {
		let columns = self.shape.last().copied().unwrap_or(0);
		columns / self.dtype.block_size() * self.dtype.type_size()
	}

	/// Puts the rows of each of `heads` heads back from llama.cpp's interleaved order: the
	/// file's row `2i + j` of a head is Hugging Face's row `j × half + i`.
	fn unpermute_heads(mut self, heads: usize) -> Result<Self> {
		let rows = self.shape.first().copied().unwrap_or(0);
		if heads == 0 || !rows.is_multiple_of(heads) || !(rows / heads).is_multiple_of(2) {
			return Err(EngineError::Weights(format!(
				"{rows} rows do not split into {heads} heads of even width"
			)));
		}
		let (head_dim, row) = (rows / heads, self.row_bytes());
		let half = head_dim / 2;
		let mut ordered = vec![0u8; self.bytes.len()];
		for head in 0..heads {
			for j in 0..2 {
				for i in 0..half {
					let from = (head * head_dim + 2 * i + j) * row;
					let to = (head * head_dim + j * half + i) * row;
					let source = self.bytes.get(from..from + row);
					let target = ordered.get_mut(to..to + row);
					match (source, target) {
						(Some(source), Some(target)) => target.copy_from_slice(source),
						_ => {
							return Err(EngineError::Weights(
								"a head's rows are out of range".into(),
							))
						}
					}
				}
			}
		}
		self.bytes = ordered;
		Ok(self)
	}
}

impl Shard {
	fn read(path: &Path) -> Result<Self> {
		let mut file = File::open(path).map_err(|e| EngineError::io(path, e))?;
		let content = gguf_file::Content::read(&mut file)
			.map_err(|e| EngineError::Weights(format!("{}: {e}", path.display())))?;
		Ok(Self { path: path.to_path_buf(), content })
	}
}

impl GgufFile {
	/// Reads the file's header: metadata and tensor directory (no tensor data); for the first
	/// shard of a split file, every shard's (the others beside it, by llama.cpp's names).
	pub fn open(path: &Path) -> Result<Self> {
		let first = Shard::read(path)?;
		let architecture = match first.content.metadata.get("general.architecture") {
			Some(gguf_file::Value::String(name)) => name.clone(),
			_ => {
				return Err(EngineError::config(
					path.display().to_string(),
					"general.architecture is missing",
				))
			}
		};
		let parts = match first.content.metadata.get("split.count") {
			None => 1,
			Some(value) => value.to_u64().map_err(|_| {
				EngineError::Weights(format!("{}: split.count is not a number", path.display()))
			})? as usize,
		};
		let mut shards = vec![first];
		if parts > 1 {
			let file_name = path.file_name().and_then(|name| name.to_str()).unwrap_or("");
			let name = match split_part(file_name) {
				Some((name, 1, count)) if count == parts => name,
				_ => {
					return Err(EngineError::Weights(format!(
						"{}: the first of {parts} parts must be named <name>-00001-of-{parts:05}.gguf",
						path.display()
					)))
				}
			};
			for part in 2..=parts {
				let shard = path.with_file_name(split_file_name(name, part, parts));
				shards.push(Shard::read(&shard)?);
			}
		}
		let mut tensors = HashMap::new();
		for (index, shard) in shards.iter().enumerate() {
			for name in shard.content.tensor_infos.keys() {
				if tensors.insert(name.clone(), index).is_some() {
					return Err(EngineError::Weights(format!(
						"{}: tensor {name} is in two parts",
						path.display()
					)));
				}
			}
		}
		Ok(Self { path: path.to_path_buf(), shards, tensors, architecture })
	}

	/// Whether the query and key rows are in llama.cpp's interleaved order.
	pub fn interleaved_rotary(&self) -> bool {
		self.architecture == "llama"
	}

	/// The file.
	pub fn path(&self) -> &Path {
		&self.path
	}

	/// `general.architecture`.
	pub fn architecture(&self) -> &str {
		&self.architecture
	}

	fn metadata(&self, key: &str) -> Option<&gguf_file::Value> {
		self.shards.first().and_then(|shard| shard.content.metadata.get(key))
	}

	/// Metadata `key` as a string, if present.
	pub fn string(&self, key: &str) -> Result<Option<&str>> {
		self.metadata(key)
			.map(|value| match value {
				gguf_file::Value::String(text) => Ok(text.as_str()),
				_ => Err(self.bad(key)),
			})
			.transpose()
	}

	/// Metadata `key` as a flag, if present.
	pub fn flag(&self, key: &str) -> Result<Option<bool>> {
		self.metadata(key)
			.map(|value| match value {
				gguf_file::Value::Bool(flag) => Ok(*flag),
				_ => Err(self.bad(key)),
			})
			.transpose()
	}

	/// Metadata `key`, an array, each element read by `element` (`None`: the wrong type).
	pub fn array<'a, T>(
		&'a self,
		key: &str,
		element: impl Fn(&'a gguf_file::Value) -> Option<T>,
	) -> Result<Option<Vec<T>>> {
		match self.metadata(key) {
			None => Ok(None),
			Some(gguf_file::Value::Array(values)) => values
				.iter()
				.map(|value| element(value).ok_or_else(|| self.bad(key)))
				.collect::<Result<Vec<T>>>()
				.map(Some),
			Some(_) => Err(self.bad(key)),
		}
	}

	/// Metadata `key` as an unsigned number, if present.
	pub fn number(&self, key: &str) -> Result<Option<u64>> {
		self.metadata(key)
			.map(|value| match value {
				gguf_file::Value::U8(v) => Ok(u64::from(*v)),
				gguf_file::Value::U16(v) => Ok(u64::from(*v)),
				gguf_file::Value::U32(v) => Ok(u64::from(*v)),
				gguf_file::Value::U64(v) => Ok(*v),
				gguf_file::Value::I32(v) => u64::try_from(*v).map_err(|_| self.bad(key)),
				gguf_file::Value::I64(v) => u64::try_from(*v).map_err(|_| self.bad(key)),
				_ => Err(self.bad(key)),
			})
			.transpose()
	}

	/// Metadata `key` as a float, if present.
	pub fn float(&self, key: &str) -> Result<Option<f64>> {
		self.metadata(key)
			.map(|value| match value {
				gguf_file::Value::F32(v) => Ok(f64::from(*v)),
				gguf_file::Value::F64(v) => Ok(*v),
				_ => Err(self.bad(key)),
			})
			.transpose()
	}

	/// The error for metadata `key` of the wrong type.
	pub fn bad(&self, key: &str) -> EngineError {
		EngineError::config(self.path.display().to_string(), format!("{key} has the wrong type"))
	}

	/// The model's configuration from the metadata (`general.architecture` and its keys).
	pub fn config(&self) -> Result<ModelConfig> {
		model_config(self)
	}

	/// The shape of tensor `name`, rows first.
	pub fn shape(&self, name: &str) -> Result<Vec<usize>> {
		self.info(name).map(|(_, info)| info.shape.dims().to_vec())
	}

	/// The shard holding tensor `name`, and the tensor's place in it.
	fn info(&self, name: &str) -> Result<(&Shard, &gguf_file::TensorInfo)> {
		self.tensors
			.get(name)
			.and_then(|index| self.shards.get(*index))
			.and_then(|shard| shard.content.tensor_infos.get(name).map(|info| (shard, info)))
			.ok_or_else(|| {
				EngineError::Weights(format!("{}: no tensor {name}", self.path.display()))
			})
	}

	/// Whether the file has tensor `name`.
	pub fn has(&self, name: &str) -> bool {
		self.tensors.contains_key(name)
	}

	/// Tensor `name`'s blocks; `expert` picks one matrix of a stack `[experts, rows, columns]`;
	/// `heads` puts a query or key projection's rows back in Hugging Face's order.
	pub fn read(
		&self,
		name: &str,
		expert: Option<usize>,
		heads: Option<usize>,
	) -> Result<RawTensor> {
		let (shard, info) = self.info(name)?;
		let dims = info.shape.dims();
		let (shape, index) = match (expert, dims) {
			(None, _) => (dims.to_vec(), 0),
			(Some(expert), [count, rows, columns]) if expert < *count => {
				(vec![*rows, *columns], expert)
			}
			(Some(expert), _) => {
				return Err(EngineError::Weights(format!("{name} {dims:?} has no expert {expert}")))
			}
		};
		let elements: usize = shape.iter().product();
		let block = info.ggml_dtype.block_size();
		if !elements.is_multiple_of(block) {
			return Err(EngineError::Weights(format!(
				"{name}: {elements} weights in blocks of {block}"
			)));
		}
		let size = elements / block * info.ggml_dtype.type_size();
		let start = shard.content.tensor_data_offset + info.offset + (index * size) as u64;
		let path = &shard.path;
		let mut file = File::open(path).map_err(|e| EngineError::io(path, e))?;
		let mut bytes = vec![0u8; size];
		file.seek(SeekFrom::Start(start))
			.and_then(|_| file.read_exact(&mut bytes))
			.map_err(|e| EngineError::Weights(format!("{}: {name}: {e}", path.display())))?;
		let raw = RawTensor { dtype: info.ggml_dtype, shape, bytes };
		match heads {
			Some(heads) => raw.unpermute_heads(heads),
			None => Ok(raw),
		}
	}
}

/// Where a Hugging Face tensor name lives in a GGUF file: the tensor, the expert of a stack,
/// and whether it is a query or key projection (whose rows are reordered).
pub struct GgufName {
	/// The GGUF tensor.
	pub tensor: String,
	/// The expert, for a stacked `ffn_*_exps` tensor.
	pub expert: Option<usize>,
	/// `q` or `k` projection.
	pub rotary: Option<char>,
}

/// Maps `model.layers.3.self_attn.q_proj.weight` to `blk.3.attn_q.weight`, and so on.
pub fn gguf_name(file: &GgufFile, name: &str) -> Option<GgufName> {
	let plain = |tensor: &str| GgufName { tensor: tensor.into(), expert: None, rotary: None };
	match name {
		"model.embed_tokens.weight" => return Some(plain("token_embd.weight")),
		"model.norm.weight" => return Some(plain("output_norm.weight")),
		"lm_head.weight" => return Some(plain("output.weight")),
		_ => {}
	}
	let rest = name.strip_prefix("model.layers.")?;
	let (rest, kind) = match rest.strip_suffix(".weight") {
		Some(rest) => (rest, "weight"),
		None => (rest.strip_suffix(".bias")?, "bias"),
	};
	let (layer, part) = rest.split_once('.')?;
	let block = |suffix: &str| format!("blk.{layer}.{suffix}.{kind}");
	let named = match part {
		"input_layernorm" => plain(&block("attn_norm")),
		// Gemma's norm after attention; elsewhere the norm before the feed-forward block.
		"post_attention_layernorm" if file.architecture().starts_with("gemma") => {
			plain(&block("post_attention_norm"))
		}
		"post_attention_layernorm" | "pre_feedforward_layernorm" => plain(&block("ffn_norm")),
		"post_feedforward_layernorm" => plain(&block("post_ffw_norm")),
		"self_attn.qkv_proj" => plain(&block("attn_qkv")),
		"mlp.gate_up_proj" => plain(&block("ffn_up")),
		"self_attn.q_proj" => GgufName { rotary: Some('q'), ..plain(&block("attn_q")) },
		"self_attn.k_proj" => GgufName { rotary: Some('k'), ..plain(&block("attn_k")) },
		"self_attn.v_proj" => plain(&block("attn_v")),
		"self_attn.o_proj" => plain(&block("attn_output")),
		"self_attn.q_norm" => plain(&block("attn_q_norm")),
		"self_attn.k_norm" => plain(&block("attn_k_norm")),
		"mlp.gate_proj" => plain(&block("ffn_gate")),
		"mlp.up_proj" => plain(&block("ffn_up")),
		"mlp.down_proj" => plain(&block("ffn_down")),
		"block_sparse_moe.gate" | "mlp.gate" => plain(&block("ffn_gate_inp")),
		expert_part => {
			let (expert, weight) = expert_part
				.strip_prefix("block_sparse_moe.experts.")
				.or_else(|| expert_part.strip_prefix("mlp.experts."))?
				.split_once('.')?;
			let expert: usize = expert.parse().ok()?;
			let kind = match weight {
				"w1" | "gate_proj" => "gate",
				"w3" | "up_proj" => "up",
				"w2" | "down_proj" => "down",
				_ => return None,
			};
			let stacked = block(&format!("ffn_{kind}_exps"));
			if file.has(&stacked) {
				GgufName { expert: Some(expert), ..plain(&stacked) }
			} else {
				plain(&block(&format!("ffn_{kind}.{expert}")))
			}
		}
	};
	Some(named)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn split_names_are_read_as_gguf_split_writes_them() {
		let name = "Llama-3.3-70B-Instruct-Q8_0-00001-of-00002.gguf";
		assert_eq!(split_part(name), Some(("Llama-3.3-70B-Instruct-Q8_0", 1, 2)));
		assert_eq!(split_file_name("Llama-3.3-70B-Instruct-Q8_0", 1, 2), name);
		assert_eq!(split_part("model-Q8_0.gguf"), None);
		assert_eq!(split_part("model-00003-of-00002.gguf"), None, "a part past the count");
		assert_eq!(split_part("model-00000-of-00002.gguf"), None, "parts count from 1");
		assert_eq!(split_part("model-1-of-2.gguf"), None, "five digits");
	}
}
