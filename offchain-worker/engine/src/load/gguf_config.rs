//! A GGUF file's configuration: llama.cpp's metadata (the `{arch}.*` keys) written out as the
//! config.json of the Hugging Face family the file was converted from, then read as one, so
//! both formats go through the same checks.
//!
//! Where llama.cpp keeps a value in its code rather than in the file (Gemma's attention scale,
//! Gemma 3's sliding pattern and local rotary base), the file's key is read when it has one and
//! llama.cpp's value taken otherwise. Llama 3's rope scaling (`rope_freqs`) and Phi's LongRoPE
//! (`rope_factors_short`, `rope_factors_long`) come as tensors of per-frequency factors.
//! llama.cpp's converter stores Gemma's norms as the `1 + w` they are applied as.

use crate::{
	error::{EngineError, Result},
	load::{config::ModelConfig, gguf::GgufFile, rope::RopeScaling},
};
use candle_core::quantized::{gguf_file::Value, GgmlDType};
use serde_json::{json, Value as Json};

/// The metadata keys of one architecture.
struct Keys<'a> {
	file: &'a GgufFile,
	arch: &'a str,
}

impl Keys<'_> {
	fn name(&self, key: &str) -> String {
		format!("{}.{key}", self.arch)
	}

	fn number(&self, key: &str) -> Result<Option<usize>> {
		Ok(self.file.number(&self.name(key))?.map(|v| v as usize))
	}

	fn required(&self, key: &str) -> Result<usize> {
		self.number(key)?.ok_or_else(|| {
			EngineError::config(
				self.file.path().display().to_string(),
				format!("{} is missing", self.name(key)),
			)
		})
	}

	fn float(&self, key: &str) -> Result<Option<f64>> {
		self.file.float(&self.name(key))
	}

	/// The hidden size per head, and the head size (`attention.key_length`, else the former).
	fn head_sizes(&self) -> Result<(usize, usize)> {
		let hidden = self.required("embedding_length")?;
		let per_head = hidden / self.required("attention.head_count")?.max(1);
		Ok((per_head, self.number("attention.key_length")?.unwrap_or(per_head)))
	}
}

/// The model's configuration from the file's metadata.
pub fn model_config(file: &GgufFile) -> Result<ModelConfig> {
	let arch = file.architecture();
	let keys = Keys { file, arch };
	let experts = keys.number("expert_count")?.unwrap_or(0);
	let model_type = match (arch, experts > 0) {
		("llama", true) => "mixtral",
		("llama" | "qwen2" | "qwen3" | "gemma2" | "phi3", _) => arch,
		("qwen3moe", _) => "qwen3_moe",
		("gemma3", _) => "gemma3_text",
		(other, _) => return Err(EngineError::UnknownArchitecture(format!("{other} (GGUF)"))),
	};
	let mut description = common(&keys, model_type, experts)?;
	match arch {
		"gemma2" | "gemma3" => gemma(&keys, &mut description)?,
		"phi3" => phi3(&keys, &mut description)?,
		_ => {}
	}
	let path = file.path().display().to_string();
	let mut config = ModelConfig::from_json(&description.to_string())
		.map_err(|e| EngineError::config(path, e.to_string()))?;
	if let Some(factors) = factors(file, "rope_freqs.weight", config.rotary_dim / 2)? {
		config.rope.scaling = Some(RopeScaling::Factors(factors));
	}
	if arch.starts_with("gemma") {
		// The converter has already added the 1.
		config.norm_weight_offset = 0.0;
	}
	Ok(config)
}

/// The keys every family has.
fn common(keys: &Keys, model_type: &str, experts: usize) -> Result<Json> {
	let file = keys.file;
	let layers = keys.required("block_count")?;
	let vocab_size = file.shape("token_embd.weight")?.first().copied().unwrap_or(0);
	let num_heads = keys.required("attention.head_count")?;
	let expert_width = keys.number("expert_feed_forward_length")?;
	let dense_layers: Vec<usize> = (0..layers)
		.filter(|layer| !file.has(&format!("blk.{layer}.ffn_gate_inp.weight")))
		.collect();
	// llama.cpp renormalises the chosen experts' weights unless the file says otherwise.
	let norm_topk_prob = file.flag(&keys.name("expert_weights_norm"))?.unwrap_or(true);
	// Phi's rotary dimensions are a part of the head; elsewhere they are the head.
	let head_dim = match keys.arch {
		"phi3" => keys.number("attention.key_length")?,
		_ => keys.number("attention.key_length")?.or(keys.number("rope.dimension_count")?),
	};
	let rope_scaling = match file.string(&keys.name("rope.scaling.type"))? {
		None | Some("none") => Json::Null,
		Some("linear") => json!({"rope_type": "linear",
			"factor": keys.float("rope.scaling.factor")?}),
		// Refused by name when the config is read.
		Some(other) => json!({"rope_type": other}),
	};
	Ok(json!({
		"model_type": model_type,
		"vocab_size": vocab_size,
		"hidden_size": keys.required("embedding_length")?,
		"intermediate_size": match expert_width {
			Some(width) => keys.number("feed_forward_length")?.unwrap_or(width),
			None => keys.required("feed_forward_length")?,
		},
		"moe_intermediate_size": expert_width,
		"mlp_only_layers": if keys.arch == "qwen3moe" { dense_layers } else { Vec::new() },
		"norm_topk_prob": norm_topk_prob,
		"num_hidden_layers": layers,
		"num_attention_heads": num_heads,
		"num_key_value_heads": keys.number("attention.head_count_kv")?.unwrap_or(num_heads),
		"head_dim": head_dim,
		"rms_norm_eps": keys.float("attention.layer_norm_rms_epsilon")?.unwrap_or(1e-5),
		"rope_theta": keys.float("rope.freq_base")?.unwrap_or(10_000.0),
		"rope_scaling": rope_scaling,
		"max_position_embeddings": keys.required("context_length")?,
		"sliding_window": keys.number("attention.sliding_window")?,
		"tie_word_embeddings": !file.has("output.weight"),
		"num_local_experts": (experts > 0).then_some(experts),
		"num_experts_per_tok": keys.number("expert_used_count")?,
	}))
}

/// Gemma 2 and 3: GeGLU, soft-capping, the attention scale and the sliding layers.
fn gemma(keys: &Keys, description: &mut Json) -> Result<()> {
	let (per_head, head_dim) = keys.head_sizes()?;
	let layers = keys.required("block_count")?;
	// llama.cpp scales the 27B models (46 layers of Gemma 2, 62 of Gemma 3) by the hidden size
	// per head and the others by the head size, as their configs' query_pre_attn_scalar does.
	let largest = matches!((keys.arch, layers), ("gemma2", 46) | ("gemma3", 62));
	let query_pre_attn_scalar = match keys.float("attention.scale")? {
		Some(scale) if scale > 0.0 => 1.0 / (scale * scale),
		Some(_) => return Err(keys.file.bad(&keys.name("attention.scale"))),
		None if largest => per_head as f64,
		None => head_dim as f64,
	};
	description["head_dim"] = json!(head_dim);
	description["hidden_activation"] = json!("gelu_pytorch_tanh");
	description["query_pre_attn_scalar"] = json!(query_pre_attn_scalar);
	description["attn_logit_softcapping"] = json!(keys.float("attn_logit_softcapping")?);
	description["final_logit_softcapping"] = json!(keys.float("final_logit_softcapping")?);
	let pattern_key = keys.name("attention.sliding_window_pattern");
	match keys.file.array(&pattern_key, |value| match value {
		Value::Bool(sliding) => Some(*sliding),
		_ => None,
	}) {
		Ok(Some(sliding)) => {
			let types: Vec<&str> = sliding
				.into_iter()
				.map(|sliding| if sliding { "sliding_attention" } else { "full_attention" })
				.collect();
			description["layer_types"] = json!(types);
		}
		// A number, or none: one full layer in that many (llama.cpp's Gemma 3: 6).
		_ if keys.arch == "gemma3" => {
			description["sliding_window_pattern"] =
				json!(keys.number("attention.sliding_window_pattern")?.unwrap_or(6));
		}
		_ => {}
	}
	if keys.arch == "gemma3" {
		description["rope_local_base_freq"] =
			json!(keys.float("rope.freq_base_swa")?.unwrap_or(10_000.0));
	}
	Ok(())
}

/// Phi-3 and Phi-4: rotary over part of the head, LongRoPE's factors as tensors.
fn phi3(keys: &Keys, description: &mut Json) -> Result<()> {
	let (_, head_dim) = keys.head_sizes()?;
	let rotary = keys.number("rope.dimension_count")?.unwrap_or(head_dim);
	description["partial_rotary_factor"] = json!(rotary as f64 / head_dim as f64);
	let frequencies = rotary / 2;
	let short = factors(keys.file, "rope_factors_short.weight", frequencies)?;
	let long = factors(keys.file, "rope_factors_long.weight", frequencies)?;
	match (short, long) {
		(Some(short), Some(long)) => {
			description["rope_scaling"] = json!({"rope_type": "longrope",
				"short_factor": short, "long_factor": long,
				"attention_factor": keys.float("rope.scaling.attn_factor")?});
			description["original_max_position_embeddings"] =
				json!(keys.number("rope.scaling.original_context_length")?);
		}
		(None, None) => {}
		_ => {
			return Err(EngineError::Weights(
				"rope_factors_short and rope_factors_long come together".into(),
			))
		}
	}
	Ok(())
}

/// Tensor `name` of f32 factors, one per rotary frequency, all positive; `None` without it.
fn factors(file: &GgufFile, name: &str, frequencies: usize) -> Result<Option<Vec<f64>>> {
	if !file.has(name) {
		return Ok(None);
	}
	let raw = file.read(name, None, None)?;
	let factors: Vec<f64> = match (raw.dtype, raw.shape.as_slice()) {
		(GgmlDType::F32, [count]) if *count == frequencies => raw
			.bytes
			.chunks_exact(4)
			.map(|b| f64::from(f32::from_le_bytes([b[0], b[1], b[2], b[3]])))
			.collect(),
		(dtype, shape) => {
			return Err(EngineError::Weights(format!(
				"{name}: {dtype:?} {shape:?}, expected f32 [{frequencies}]"
			)))
		}
	};
	if factors.iter().any(|factor| !factor.is_finite() || *factor <= 0.0) {
		return Err(EngineError::Weights(format!("{name} has a factor that is not positive")));
	}
	Ok(Some(factors))
}
