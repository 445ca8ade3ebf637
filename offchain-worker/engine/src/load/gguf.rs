//! GGUF files, llama.cpp's format, as Unsloth and others publish Mixtral, Mistral, Llama and
//! Qwen2/Qwen3/Qwen3-MoE: the configuration from the file's metadata, and the tensors under the
//! Hugging Face names the layers ask for, their quantized blocks kept as they are.
//!
//! For the `llama` architecture, llama.cpp's converter reorders the rows of each head's query
//! and key projections for its interleaved rotary embedding; rows of a quantized matrix are
//! whole blocks, so they are put back in Hugging Face's order here, byte for byte, and the model
//! runs the same rotary as for safetensors (Qwen's files keep Hugging Face's order). Experts are
//! stored stacked per layer (`ffn_*_exps`); each expert is read as its own slice. A layer is
//! sparse where the file has its router (`ffn_gate_inp`), so a Qwen3-MoE with dense layers
//! among the sparse ones loads as its safetensors do. Llama 3's rope scaling comes as a
//! divisor per frequency (`rope_freqs`).

use crate::{
	error::{EngineError, Result},
	load::{config::ModelConfig, rope::RopeScaling},
};
use candle_core::{
	quantized::{ggml_file::qtensor_from_ggml, gguf_file, GgmlDType, QTensor},
	Device,
};
use std::{
	fs::File,
	io::{Read, Seek, SeekFrom},
	path::{Path, PathBuf},
};

/// An open GGUF file: its metadata and where its tensors are.
pub struct GgufFile {
	path: PathBuf,
	content: gguf_file::Content,
	/// `general.architecture`, which also prefixes the model's metadata keys.
	architecture: String,
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

impl GgufFile {
	/// Reads the file's header: metadata and tensor directory (no tensor data).
	pub fn open(path: &Path) -> Result<Self> {
		let mut file = File::open(path).map_err(|e| EngineError::io(path, e))?;
		let content = gguf_file::Content::read(&mut file)
			.map_err(|e| EngineError::Weights(format!("{}: {e}", path.display())))?;
		let architecture = match content.metadata.get("general.architecture") {
			Some(gguf_file::Value::String(name)) => name.clone(),
			_ => {
				return Err(EngineError::config(
					path.display().to_string(),
					"general.architecture is missing",
				))
			}
		};
		Ok(Self { path: path.to_path_buf(), content, architecture })
	}

	/// Whether the query and key rows are in llama.cpp's interleaved order.
	pub fn interleaved_rotary(&self) -> bool {
		self.architecture == "llama"
	}

	/// `general.architecture`.
	pub fn architecture(&self) -> &str {
		&self.architecture
	}

	fn metadata(&self, key: &str) -> Option<&gguf_file::Value> {
		self.content.metadata.get(key)
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

	fn float(&self, key: &str) -> Result<Option<f64>> {
		self.metadata(key)
			.map(|value| match value {
				gguf_file::Value::F32(v) => Ok(f64::from(*v)),
				gguf_file::Value::F64(v) => Ok(*v),
				_ => Err(self.bad(key)),
			})
			.transpose()
	}

	fn bad(&self, key: &str) -> EngineError {
		EngineError::config(self.path.display().to_string(), format!("{key} has the wrong type"))
	}

	/// The model's configuration from the metadata (`general.architecture` and its keys).
	pub fn config(&self) -> Result<ModelConfig> {
		let file = self.path.display().to_string();
		let arch = self.architecture.as_str();
		if !matches!(arch, "llama" | "qwen2" | "qwen3" | "qwen3moe") {
			return Err(EngineError::UnknownArchitecture(format!("{arch} (GGUF)")));
		}
		let required = |key: &str| -> Result<usize> {
			let value = self.number(&format!("{arch}.{key}"))?;
			value.map(|v| v as usize).ok_or_else(|| {
				EngineError::config(
					self.path.display().to_string(),
					format!("{arch}.{key} is missing"),
				)
			})
		};
		let optional = |key: &str| -> Result<Option<usize>> {
			Ok(self.number(&format!("{arch}.{key}"))?.map(|v| v as usize))
		};
		let embeddings = self.shape("token_embd.weight")?;
		let vocab_size = embeddings.first().copied().unwrap_or(0);
		let hidden_size = required("embedding_length")?;
		let num_heads = required("attention.head_count")?;
		let experts = optional("expert_count")?.unwrap_or(0);
		let layers = required("block_count")?;
		let expert_width = optional("expert_feed_forward_length")?;
		let dense_layers: Vec<usize> = (0..layers)
			.filter(|layer| !self.has(&format!("blk.{layer}.ffn_gate_inp.weight")))
			.collect();
		// llama.cpp renormalises the chosen experts' weights unless the file says otherwise.
		let norm_topk_prob = match self.metadata(&format!("{arch}.expert_weights_norm")) {
			Some(gguf_file::Value::Bool(norm)) => *norm,
			Some(_) => return Err(self.bad(&format!("{arch}.expert_weights_norm"))),
			None => true,
		};
		let mut config = ModelConfig::from_json(
			&serde_json::json!({
				"model_type": match (arch, experts > 0) {
					("llama", true) => "mixtral",
					("qwen3moe", _) => "qwen3_moe",
					(other, _) => other,
				},
				"vocab_size": vocab_size,
				"hidden_size": hidden_size,
				"intermediate_size": match expert_width {
					Some(width) => optional("feed_forward_length")?.unwrap_or(width),
					None => required("feed_forward_length")?,
				},
				"moe_intermediate_size": expert_width,
				"mlp_only_layers": if arch == "qwen3moe" { dense_layers } else { Vec::new() },
				"norm_topk_prob": norm_topk_prob,
				"num_hidden_layers": layers,
				"num_attention_heads": num_heads,
				"num_key_value_heads": optional("attention.head_count_kv")?.unwrap_or(num_heads),
				"head_dim": optional("attention.key_length")?.or(optional("rope.dimension_count")?),
				"rms_norm_eps": self
					.float(&format!("{arch}.attention.layer_norm_rms_epsilon"))?
					.unwrap_or(1e-5),
				"rope_theta": self.float(&format!("{arch}.rope.freq_base"))?.unwrap_or(10_000.0),
				"max_position_embeddings": required("context_length")?,
				"tie_word_embeddings": !self.content.tensor_infos.contains_key("output.weight"),
				"num_local_experts": (experts > 0).then_some(experts),
				"num_experts_per_tok": optional("expert_used_count")?,
			})
			.to_string(),
		)
		.map_err(|e| EngineError::config(file.clone(), e.to_string()))?;
		if let Some(factors) = self.rope_factors(config.rotary_dim / 2)? {
			config.rope.scaling = Some(RopeScaling::Factors(factors));
		}
		Ok(config)
	}

	/// `rope_freqs.weight`: a divisor per rotary frequency (Llama 3's scaling, as llama.cpp's
	/// converter computes it), if the file has one.
	fn rope_factors(&self, frequencies: usize) -> Result<Option<Vec<f64>>> {
		const NAME: &str = "rope_freqs.weight";
		if !self.has(NAME) {
			return Ok(None);
		}
		let raw = self.read(NAME, None, None)?;
		let factors: Vec<f64> = match (raw.dtype, raw.shape.as_slice()) {
			(GgmlDType::F32, [count]) if *count == frequencies => raw
				.bytes
				.chunks_exact(4)
				.map(|b| f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]])))
				.collect(),
			(dtype, shape) => {
				return Err(EngineError::Weights(format!(
					"{NAME}: {dtype:?} {shape:?}, expected f32 [{frequencies}]"
				)))
			}
		};
		if factors.iter().any(|factor| !factor.is_finite() || *factor <= 0.0) {
			return Err(EngineError::Weights(format!("{NAME} has a factor that is not positive")));
		}
		Ok(Some(factors))
	}

	/// The shape of tensor `name`, rows first.
	pub fn shape(&self, name: &str) -> Result<Vec<usize>> {
		self.info(name).map(|info| info.shape.dims().to_vec())
	}

	fn info(&self, name: &str) -> Result<&gguf_file::TensorInfo> {
		self.content.tensor_infos.get(name).ok_or_else(|| {
			EngineError::Weights(format!("{}: no tensor {name}", self.path.display()))
		})
	}

	/// Whether the file has tensor `name`.
	pub fn has(&self, name: &str) -> bool {
		self.content.tensor_infos.contains_key(name)
	}

	/// Tensor `name`'s blocks; `expert` picks one matrix of a stack `[experts, rows, columns]`;
	/// `heads` puts a query or key projection's rows back in Hugging Face's order.
	pub fn read(
		&self,
		name: &str,
		expert: Option<usize>,
		heads: Option<usize>,
	) -> Result<RawTensor> {
		let info = self.info(name)?;
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
		let start = self.content.tensor_data_offset + info.offset + (index * size) as u64;
		let mut file = File::open(&self.path).map_err(|e| EngineError::io(&self.path, e))?;
		let mut bytes = vec![0u8; size];
		file.seek(SeekFrom::Start(start))
			.and_then(|_| file.read_exact(&mut bytes))
			.map_err(|e| EngineError::Weights(format!("{}: {name}: {e}", self.path.display())))?;
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
		"post_attention_layernorm" => plain(&block("ffn_norm")),
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
