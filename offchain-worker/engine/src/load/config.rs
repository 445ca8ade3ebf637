//! A Hugging Face `config.json` of the families the engine runs ([`Architecture`]), read and
//! checked: the sizes the layers are built from.

use crate::{
	error::{EngineError, Result},
	load::{
		device::Quantization,
		rope::{RopeFrequencies, RopeParameters, RopeScaling, RopeSettings},
	},
};
use candle_core::DType;
use serde::Deserialize;
use std::path::Path;

/// The architectures the engine runs; they share attention and norms and differ in the
/// feed-forward block (sparse mixture of experts for Mixtral, dense SwiGLU for the others).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Architecture {
	/// Sparse mixture of experts, top-k of n.
	Mixtral,
	/// Dense, grouped-query attention.
	Mistral,
	/// Dense, grouped-query attention.
	Llama,
	/// Dense; biases on the query, key and value projections.
	Qwen2,
	/// Dense; an RMSNorm on each query and key head before the rotary.
	Qwen3,
	/// Dense Phi-3 / Phi-4: query, key and value in one projection, gate and up in one, the
	/// rotary over part of each head where the config says so.
	Phi3,
	/// Gemma 2: GeGLU, norms around both blocks and `1 + w` weights, scaled embeddings,
	/// soft-capped attention scores and logits, sliding and full attention alternating.
	Gemma2,
	/// Gemma 3's text model: Gemma 2's layers with a `1 + w` RMSNorm on each query and key
	/// head, no soft-capping, five sliding layers to each full one, and a local rotary base
	/// on the sliding layers (the global base, and any scaling, on the full ones).
	Gemma3,
	/// Qwen3's attention with a mixture of many experts (top-k, optionally renormalised) in
	/// the layers `decoder_sparse_step` and `mlp_only_layers` make sparse.
	Qwen3Moe,
}

/// The feed-forward block's gate activation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Activation {
	/// SiLU (SwiGLU).
	#[default]
	Silu,
	/// GELU with the tanh approximation (GeGLU).
	GeluTanh,
}

/// What an architecture adds to the shared attention.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AttentionOptions {
	/// Biases on the query, key and value projections.
	pub qkv_bias: bool,
	/// A bias on the output projection.
	pub output_bias: bool,
	/// An RMSNorm over each query and key head (`q_norm`, `k_norm`).
	pub qk_norm: bool,
	/// Query, key and value stored as one projection (`qkv_proj`).
	pub fused_qkv: bool,
}

/// The fields of config.json the engine reads.
#[derive(Debug, Deserialize)]
struct RawConfig {
	model_type: Option<String>,
	vocab_size: usize,
	hidden_size: usize,
	intermediate_size: usize,
	num_hidden_layers: usize,
	num_attention_heads: usize,
	num_key_value_heads: Option<usize>,
	head_dim: Option<usize>,
	rms_norm_eps: f64,
	rope_theta: Option<f64>,
	/// One set of rotary settings, or one per layer type ([`RopeParameters`]).
	rope_parameters: Option<serde_json::Value>,
	rope_scaling: Option<RopeSettings>,
	/// Gemma 3's rotary base of the sliding layers, as hub folders carry it.
	rope_local_base_freq: Option<f64>,
	/// Gemma 3's layers per full-attention layer, when `layer_types` is not written.
	sliding_window_pattern: Option<usize>,
	max_position_embeddings: usize,
	/// Phi's pre-extension context, beside its LongRoPE `rope_scaling` in hub folders.
	original_max_position_embeddings: Option<f64>,
	#[serde(default)]
	tie_word_embeddings: bool,
	num_local_experts: Option<usize>,
	num_experts_per_tok: Option<usize>,
	/// Qwen's name for the experts per layer.
	num_experts: Option<usize>,
	moe_intermediate_size: Option<usize>,
	norm_topk_prob: Option<bool>,
	decoder_sparse_step: Option<usize>,
	#[serde(default)]
	mlp_only_layers: Vec<usize>,
	sliding_window: Option<usize>,
	#[serde(default)]
	attention_bias: bool,
	/// Phi's share of each head that rotates.
	partial_rotary_factor: Option<f64>,
	/// Qwen's switch for its sliding window (off in every released model).
	#[serde(default)]
	use_sliding_window: bool,
	/// Each layer's attention, as transformers 5 writes it.
	layer_types: Option<Vec<String>>,
	hidden_activation: Option<String>,
	query_pre_attn_scalar: Option<f64>,
	attn_logit_softcapping: Option<f64>,
	final_logit_softcapping: Option<f64>,
	/// Pre-quantized weights (bitsandbytes, GPTQ, AWQ, fp8…), which the engine does not read.
	quantization_config: Option<serde_json::Value>,
}

/// A checked model configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelConfig {
	/// Which layers to build.
	pub architecture: Architecture,
	/// Vocabulary size.
	pub vocab_size: usize,
	/// Width of the residual stream.
	pub hidden_size: usize,
	/// Width of each feed-forward block (per expert for Mixtral).
	pub intermediate_size: usize,
	/// Decoder layers.
	pub num_layers: usize,
	/// Query heads.
	pub num_heads: usize,
	/// Key/value heads (grouped-query attention).
	pub num_kv_heads: usize,
	/// Width of one head.
	pub head_dim: usize,
	/// RMSNorm epsilon.
	pub rms_norm_eps: f64,
	/// Rotary frequencies of the full-attention layers.
	pub rope: RopeFrequencies,
	/// Rotary frequencies of the sliding-window layers (Gemma 3's local base; the same as
	/// `rope` for the others).
	pub windowed_rope: RopeFrequencies,
	/// Dimensions of each head that rotate (the first ones; all of them but for Phi's partial
	/// rotary).
	pub rotary_dim: usize,
	/// Context length.
	pub max_position_embeddings: usize,
	/// The output projection is the embedding matrix.
	pub tie_word_embeddings: bool,
	/// Experts per sparse layer.
	pub num_experts: usize,
	/// Width of each expert's feed-forward block.
	pub expert_intermediate_size: usize,
	/// Whether the chosen experts' weights are renormalised to sum to one (Mixtral always).
	pub norm_topk_prob: bool,
	/// Which layers have a mixture of experts (the others a dense block).
	pub sparse_layers: Vec<bool>,
	/// Experts chosen per token (Mixtral).
	pub experts_per_token: usize,
	/// Attention window, when the model has one.
	pub sliding_window: Option<usize>,
	/// What the architecture adds to the attention.
	pub attention: AttentionOptions,
	/// Which layers attend within `sliding_window` (the others see the whole context).
	pub windowed_layers: Vec<bool>,
	/// The feed-forward gate's activation.
	pub activation: Activation,
	/// The factor of the attention scores (`1/√head_dim`, Gemma's `1/√query_pre_attn_scalar`).
	pub attention_scale: f64,
	/// `cap × tanh(scores / cap)` on the attention scores, when set.
	pub attention_softcap: Option<f64>,
	/// `cap × tanh(logits / cap)` on the output logits, when set.
	pub logit_softcap: Option<f64>,
	/// The embeddings are multiplied by this (Gemma: `√hidden`).
	pub embedding_scale: Option<f64>,
	/// Norm weights are stored as `w` for `1 + w` (Gemma).
	pub norm_weight_offset: f64,
	/// A norm after the attention's output and around the feed-forward block (Gemma 2 and 3).
	pub sandwich_norms: bool,
}

const FILE: &str = "config.json";

impl ModelConfig {
	/// Reads and checks `config.json` in `folder`.
	pub fn from_folder(folder: &Path) -> Result<Self> {
		let path = folder.join(FILE);
		let text = std::fs::read_to_string(&path).map_err(|e| EngineError::io(&path, e))?;
		Self::from_json(&text)
	}

	/// Parses and checks config.json's text.
	pub fn from_json(text: &str) -> Result<Self> {
		let raw: RawConfig =
			serde_json::from_str(text).map_err(|e| EngineError::config(FILE, e.to_string()))?;
		let model_type = raw.model_type.clone().unwrap_or_default();
		let architecture = match model_type.as_str() {
			"mixtral" => Architecture::Mixtral,
			"mistral" => Architecture::Mistral,
			"llama" => Architecture::Llama,
			"qwen2" => Architecture::Qwen2,
			"qwen3" => Architecture::Qwen3,
			"phi3" => Architecture::Phi3,
			"gemma2" => Architecture::Gemma2,
			"gemma3_text" => Architecture::Gemma3,
			"qwen3_moe" => Architecture::Qwen3Moe,
			"gemma3" => {
				return Err(EngineError::config(
					FILE,
					"model_type gemma3 is Gemma 3's vision-language folder: the engine runs \
					 Gemma 3's text models (model_type gemma3_text, as google/gemma-3-1b-it)",
				))
			}
			other => return Err(EngineError::UnknownArchitecture(other.to_string())),
		};
		// Llama's and Qwen3's `attention_bias` covers all four projections; Qwen2 always has
		// biases on q, k and v and never on the output.
		let attention = match architecture {
			Architecture::Qwen2 => {
				AttentionOptions { qkv_bias: true, qk_norm: false, ..Default::default() }
			}
			Architecture::Qwen3 | Architecture::Qwen3Moe | Architecture::Gemma3 => {
				AttentionOptions {
					qkv_bias: raw.attention_bias,
					output_bias: raw.attention_bias,
					qk_norm: true,
					fused_qkv: false,
				}
			}
			Architecture::Phi3 => AttentionOptions { fused_qkv: true, ..Default::default() },
			_ => AttentionOptions {
				qkv_bias: raw.attention_bias,
				output_bias: raw.attention_bias,
				..Default::default()
			},
		};
		let gemma = matches!(architecture, Architecture::Gemma2 | Architecture::Gemma3);
		// Layers alternating full and sliding attention: Gemma's, which the engine runs.
		let windowed_layers: Vec<bool> = match &raw.layer_types {
			Some(types) => {
				if types.len() != raw.num_hidden_layers {
					return Err(EngineError::config(FILE, "layer_types must name every layer"));
				}
				let unknown = types
					.iter()
					.find(|kind| !matches!(kind.as_str(), "full_attention" | "sliding_attention"));
				if let Some(kind) = unknown {
					return Err(EngineError::config(
						FILE,
						format!("layer type {kind:?} is not supported"),
					));
				}
				let windowed: Vec<bool> =
					types.iter().map(|kind| kind == "sliding_attention").collect();
				let mixed = windowed.iter().any(|w| *w != windowed[0]);
				if mixed && !gemma {
					return Err(EngineError::config(
						FILE,
						format!("layers alternating full and sliding attention are not supported for {model_type} yet"),
					));
				}
				windowed
			}
			None if architecture == Architecture::Gemma2 => {
				(0..raw.num_hidden_layers).map(|layer| layer % 2 == 0).collect()
			}
			None if architecture == Architecture::Gemma3 => {
				let pattern = raw.sliding_window_pattern.unwrap_or(6).max(1);
				(0..raw.num_hidden_layers)
					.map(|layer| !(layer + 1).is_multiple_of(pattern))
					.collect()
			}
			None => vec![raw.sliding_window.is_some(); raw.num_hidden_layers],
		};
		let sliding_window = match architecture {
			Architecture::Qwen2 | Architecture::Qwen3 | Architecture::Qwen3Moe
				if raw.use_sliding_window =>
			{
				return Err(EngineError::config(
					FILE,
					"use_sliding_window (Qwen's per-layer window) is not supported yet",
				))
			}
			Architecture::Qwen2 | Architecture::Qwen3 | Architecture::Qwen3Moe => None,
			_ => raw.sliding_window,
		};
		if sliding_window == Some(0) {
			// A position must see at least itself: a window of none leaves its softmax empty.
			return Err(EngineError::config(FILE, "sliding_window must be at least 1"));
		}
		let activation = match raw.hidden_activation.as_deref() {
			None | Some("silu") => Activation::Silu,
			Some("gelu_pytorch_tanh") => Activation::GeluTanh,
			Some(other) => {
				return Err(EngineError::config(
					FILE,
					format!("hidden_activation {other:?} is not supported"),
				))
			}
		};
		if let Some(quantization) = &raw.quantization_config {
			let method =
				quantization.get("quant_method").and_then(|m| m.as_str()).unwrap_or("unknown");
			let advice = match method {
				"bitsandbytes" => "use the model's GGUF release or its 16-bit safetensors (quantize those at load with --quant q8_0 or q4k)",
				_ => "use the 16-bit safetensors release (and --quant) or a GGUF release",
			};
			return Err(EngineError::config(
				FILE,
				format!("weights pre-quantized with {method} are not supported: {advice}"),
			));
		}
		// Hub folders carry `rope_scaling` (and `rope_theta` beside it), transformers 5 writes
		// `rope_parameters` with both in it, once or per layer type.
		let rope_parameters =
			raw.rope_parameters.map(|value| RopeParameters::from_value(value, FILE)).transpose()?;
		let (rope_parameters, windowed_parameters) = match rope_parameters {
			None => (RopeSettings::default(), None),
			Some(RopeParameters::Shared(settings)) => (settings, None),
			Some(RopeParameters::PerLayerType { full_attention, sliding_attention }) => {
				(full_attention, Some(sliding_attention))
			}
		};
		let default_theta =
			if architecture == Architecture::Gemma3 { 1_000_000.0 } else { 10_000.0 };
		let context = (raw.max_position_embeddings, raw.original_max_position_embeddings);
		let scaling = |settings: &RopeSettings| settings.scaling(FILE, context.0, context.1);
		let rope = RopeFrequencies {
			theta: raw.rope_theta.or(rope_parameters.rope_theta).unwrap_or(default_theta),
			scaling: match &raw.rope_scaling {
				Some(settings) => scaling(settings)?,
				None => scaling(&rope_parameters)?,
			},
		};
		let windowed_rope = match (windowed_parameters, architecture) {
			(Some(settings), _) => RopeFrequencies {
				theta: settings.rope_theta.or(raw.rope_local_base_freq).unwrap_or(10_000.0),
				scaling: scaling(&settings)?,
			},
			(None, Architecture::Gemma3) => RopeFrequencies {
				theta: raw.rope_local_base_freq.unwrap_or(10_000.0),
				scaling: None,
			},
			(None, _) => rope.clone(),
		};
		let num_kv_heads = raw.num_key_value_heads.unwrap_or(raw.num_attention_heads);
		let positive = [
			("vocab_size", raw.vocab_size),
			("hidden_size", raw.hidden_size),
			("intermediate_size", raw.intermediate_size),
			("num_hidden_layers", raw.num_hidden_layers),
			("num_attention_heads", raw.num_attention_heads),
			("num_key_value_heads", num_kv_heads),
			("max_position_embeddings", raw.max_position_embeddings),
		];
		if let Some((name, _)) = positive.iter().find(|(_, value)| *value == 0) {
			return Err(EngineError::config(FILE, format!("{name} must be positive")));
		}
		if !raw.num_attention_heads.is_multiple_of(num_kv_heads) {
			return Err(EngineError::config(
				FILE,
				format!(
					"num_attention_heads {} is not a multiple of num_key_value_heads {num_kv_heads}",
					raw.num_attention_heads
				),
			));
		}
		let head_dim = match raw.head_dim {
			Some(dim) => dim,
			None if raw.hidden_size.is_multiple_of(raw.num_attention_heads) => {
				raw.hidden_size / raw.num_attention_heads
			}
			None => {
				return Err(EngineError::config(
					FILE,
					"hidden_size is not a multiple of num_attention_heads",
				))
			}
		};
		if head_dim == 0 || !head_dim.is_multiple_of(2) {
			return Err(EngineError::config(FILE, format!("head_dim {head_dim} must be even")));
		}
		let rotary_dim = match raw.partial_rotary_factor.or(rope_parameters.partial_rotary_factor) {
			None => head_dim,
			Some(factor) if factor > 0.0 && factor <= 1.0 => (head_dim as f64 * factor) as usize,
			Some(factor) => {
				return Err(EngineError::config(
					FILE,
					format!("partial_rotary_factor {factor} is not in (0, 1]"),
				))
			}
		};
		if rotary_dim == 0 || !rotary_dim.is_multiple_of(2) {
			return Err(EngineError::config(
				FILE,
				format!("the rotary width {rotary_dim} must be even and positive"),
			));
		}
		for frequencies in [&rope, &windowed_rope] {
			if let Some(RopeScaling::LongRope { short_factor, long_factor, .. }) =
				&frequencies.scaling
			{
				if short_factor.len() != rotary_dim / 2 || long_factor.len() != rotary_dim / 2 {
					return Err(EngineError::config(
						FILE,
						format!(
							"longrope needs {} short and long factors (half the rotary width)",
							rotary_dim / 2
						),
					));
				}
			}
		}
		if !(raw.rms_norm_eps > 0.0 && rope.theta > 0.0 && windowed_rope.theta > 0.0) {
			return Err(EngineError::config(FILE, "rms_norm_eps and rope_theta must be positive"));
		}
		let experts = match architecture {
			Architecture::Mixtral => raw.num_local_experts,
			// Hub folders say num_experts, transformers 5 writes num_local_experts.
			Architecture::Qwen3Moe => raw.num_experts.or(raw.num_local_experts),
			_ => None,
		};
		let (num_experts, experts_per_token) = match experts {
			Some(experts) => {
				let per_token = raw.num_experts_per_tok.unwrap_or(0);
				if experts == 0 || per_token == 0 || per_token > experts {
					return Err(EngineError::config(
						FILE,
						format!("{model_type} needs 0 < num_experts_per_tok ({per_token}) <= its experts ({experts})"),
					));
				}
				(experts, per_token)
			}
			None if matches!(architecture, Architecture::Mixtral | Architecture::Qwen3Moe) => {
				return Err(EngineError::config(
					FILE,
					format!("{model_type} needs its number of experts"),
				))
			}
			None => (0, 0),
		};
		let sparse_layers: Vec<bool> = (0..raw.num_hidden_layers)
			.map(|layer| match architecture {
				Architecture::Mixtral => true,
				Architecture::Qwen3Moe => {
					let step = raw.decoder_sparse_step.unwrap_or(1).max(1);
					!raw.mlp_only_layers.contains(&layer) && (layer + 1).is_multiple_of(step)
				}
				_ => false,
			})
			.collect();
		let expert_intermediate_size = match architecture {
			Architecture::Qwen3Moe => raw.moe_intermediate_size.unwrap_or(raw.intermediate_size),
			_ => raw.intermediate_size,
		};
		let norm_topk_prob = match architecture {
			Architecture::Qwen3Moe => raw.norm_topk_prob.unwrap_or(false),
			_ => true,
		};
		Ok(Self {
			architecture,
			vocab_size: raw.vocab_size,
			hidden_size: raw.hidden_size,
			intermediate_size: raw.intermediate_size,
			num_layers: raw.num_hidden_layers,
			num_heads: raw.num_attention_heads,
			num_kv_heads,
			head_dim,
			rms_norm_eps: raw.rms_norm_eps,
			rope,
			windowed_rope,
			rotary_dim,
			max_position_embeddings: raw.max_position_embeddings,
			tie_word_embeddings: raw.tie_word_embeddings,
			num_experts,
			expert_intermediate_size,
			norm_topk_prob,
			sparse_layers,
			experts_per_token,
			sliding_window,
			attention,
			windowed_layers,
			activation,
			attention_scale: 1.0 / raw.query_pre_attn_scalar.unwrap_or(head_dim as f64).sqrt(),
			attention_softcap: raw.attn_logit_softcapping.filter(|_| gemma),
			logit_softcap: raw.final_logit_softcapping.filter(|_| gemma),
			embedding_scale: gemma.then(|| (raw.hidden_size as f64).sqrt()),
			norm_weight_offset: if gemma { 1.0 } else { 0.0 },
			sandwich_norms: gemma,
		})
	}

	/// Bytes the weights take on the device in `dtype`, the projections quantized by `quant`
	/// when given (the embeddings, norms and router stay in `dtype`, as the engine loads them).
	pub fn weight_bytes(&self, dtype: DType, quant: Option<Quantization>) -> u64 {
		let h = self.hidden_size as u64;
		let element = dtype.size_in_bytes() as u64;
		let embeddings = self.vocab_size as u64 * h;
		let norms = (2 * self.num_layers as u64 + 1) * h;
		let sparse = self.sparse_layers.iter().filter(|sparse| **sparse).count() as u64;
		let router = sparse * self.num_experts as u64 * h;
		let unquantized = embeddings + norms + router;
		let projections = self.parameter_count() - unquantized;
		let output = match (self.tie_word_embeddings, quant) {
			(true, Some(_)) => embeddings,
			_ => 0,
		};
		let quantized = match quant {
			Some(quant) => quant.bytes(projections + output),
			None => projections * element,
		};
		unquantized * element + quantized
	}

	/// Parameters in the weights (embeddings, attention, feed-forward, norms, output).
	pub fn parameter_count(&self) -> u64 {
		let h = self.hidden_size as u64;
		let i = self.intermediate_size as u64;
		let kv = (self.num_kv_heads * self.head_dim) as u64;
		let q = (self.num_heads * self.head_dim) as u64;
		let attention = h * q + 2 * h * kv + q * h;
		let experts = self.num_experts as u64;
		let sparse = experts * 3 * h * self.expert_intermediate_size as u64 + h * experts;
		let layers: u64 = self
			.sparse_layers
			.iter()
			.map(|is_sparse| attention + 2 * h + if *is_sparse { sparse } else { 3 * h * i })
			.sum();
		let embeddings = self.vocab_size as u64 * h;
		let output = if self.tie_word_embeddings { 0 } else { embeddings };
		embeddings + output + layers + h
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const MIXTRAL_8X7B: &str = r#"{
		"architectures": ["MixtralForCausalLM"], "model_type": "mixtral", "vocab_size": 32000,
		"hidden_size": 4096, "intermediate_size": 14336, "num_hidden_layers": 32,
		"num_attention_heads": 32, "num_key_value_heads": 8, "rms_norm_eps": 1e-05,
		"rope_theta": 1e6, "max_position_embeddings": 32768, "num_local_experts": 8,
		"num_experts_per_tok": 2, "sliding_window": null, "tie_word_embeddings": false
	}"#;

	#[test]
	fn mixtral_8x7b_reads_with_its_known_parameter_count() {
		let config = ModelConfig::from_json(MIXTRAL_8X7B).expect("valid");
		assert_eq!(config.architecture, Architecture::Mixtral);
		assert_eq!(config.head_dim, 128);
		assert_eq!((config.num_experts, config.experts_per_token), (8, 2));
		// Mixtral-8x7B has 46.7 billion parameters.
		assert_eq!(config.parameter_count() / 100_000_000, 467);
		// 93 GB in bf16; q8_0 fits one 80 GB H100 with room for the KV cache, q4k one 48 GB GPU.
		let gb = |quant| config.weight_bytes(DType::BF16, quant) as f64 / 1e9;
		assert!((gb(None) - 93.4).abs() < 0.1, "{}", gb(None));
		assert!(
			(gb(Some(Quantization::Q8_0)) - 49.7).abs() < 0.1,
			"{}",
			gb(Some(Quantization::Q8_0))
		);
		assert!(
			(gb(Some(Quantization::Q4K)) - 26.4).abs() < 0.1,
			"{}",
			gb(Some(Quantization::Q4K))
		);
	}

	#[test]
	fn unknown_architectures_and_bad_sizes_are_refused() {
		let gpt2 = MIXTRAL_8X7B.replace("\"mixtral\"", "\"gpt2\"");
		assert!(matches!(
			ModelConfig::from_json(&gpt2),
			Err(EngineError::UnknownArchitecture(name)) if name == "gpt2"
		));
		let bad_heads =
			MIXTRAL_8X7B.replace("\"num_key_value_heads\": 8", "\"num_key_value_heads\": 5");
		assert!(ModelConfig::from_json(&bad_heads).is_err());
		let bad_experts =
			MIXTRAL_8X7B.replace("\"num_experts_per_tok\": 2", "\"num_experts_per_tok\": 9");
		assert!(ModelConfig::from_json(&bad_experts).is_err());
		let no_window = MIXTRAL_8X7B.replace("\"sliding_window\": null", "\"sliding_window\": 0");
		assert!(ModelConfig::from_json(&no_window).is_err());
		assert!(ModelConfig::from_json("{not json").is_err());
	}

	#[test]
	fn pre_quantized_folders_are_refused_naming_the_method() {
		let bnb = MIXTRAL_8X7B.replace(
			"\"rope_theta\": 1e6",
			"\"rope_theta\": 1e6, \"quantization_config\": {\"quant_method\": \"bitsandbytes\", \"load_in_4bit\": true}",
		);
		let message = ModelConfig::from_json(&bnb).err().map(|e| e.to_string()).unwrap_or_default();
		assert!(message.contains("bitsandbytes") && message.contains("GGUF"), "{message}");
		let gptq = bnb.replace("bitsandbytes", "gptq");
		let message =
			ModelConfig::from_json(&gptq).err().map(|e| e.to_string()).unwrap_or_default();
		assert!(message.contains("gptq"), "{message}");
	}

	#[test]
	fn transformers_5_rope_parameters_are_read() {
		let text = MIXTRAL_8X7B.replace(
			"\"rope_theta\": 1e6",
			"\"rope_parameters\": {\"rope_theta\": 500000.0, \"rope_type\": \"default\"}",
		);
		assert_eq!(ModelConfig::from_json(&text).expect("valid").rope.theta, 500000.0);
		let scaled = MIXTRAL_8X7B
			.replace("\"rope_theta\": 1e6", "\"rope_scaling\": {\"rope_type\": \"llama3\"}");
		assert!(ModelConfig::from_json(&scaled).is_err(), "llama3 without its factors");
		let yarn = MIXTRAL_8X7B.replace(
			"\"rope_theta\": 1e6",
			"\"rope_parameters\": {\"rope_type\": \"yarn\", \"factor\": 4.0}",
		);
		assert!(ModelConfig::from_json(&yarn).is_err_and(|e| e.to_string().contains("yarn")));
	}

	/// google/gemma-3-4b's text config as hub folders carry it (the sizes cut down).
	const GEMMA3_HUB: &str = r#"{
		"model_type": "gemma3_text", "vocab_size": 262208, "hidden_size": 2560,
		"intermediate_size": 10240, "num_hidden_layers": 12, "num_attention_heads": 8,
		"num_key_value_heads": 4, "head_dim": 256, "rms_norm_eps": 1e-06,
		"rope_theta": 1000000.0, "rope_local_base_freq": 10000.0,
		"rope_scaling": {"factor": 8.0, "rope_type": "linear"}, "sliding_window": 1024,
		"sliding_window_pattern": 6, "query_pre_attn_scalar": 256,
		"hidden_activation": "gelu_pytorch_tanh", "max_position_embeddings": 131072,
		"attn_logit_softcapping": null, "final_logit_softcapping": null
	}"#;

	#[test]
	fn gemma3_reads_a_local_rotary_for_its_sliding_layers_in_both_forms() {
		let hub = ModelConfig::from_json(GEMMA3_HUB).expect("valid");
		assert_eq!(hub.architecture, Architecture::Gemma3);
		assert!(hub.attention.qk_norm && hub.sandwich_norms);
		assert_eq!(hub.norm_weight_offset, 1.0);
		let full_every_sixth: Vec<bool> = (0..12).map(|i| (i + 1) % 6 != 0).collect();
		assert_eq!(hub.windowed_layers, full_every_sixth);
		let global =
			RopeFrequencies { theta: 1e6, scaling: Some(RopeScaling::Linear { factor: 8.0 }) };
		assert_eq!(hub.rope, global);
		assert_eq!(hub.windowed_rope, RopeFrequencies { theta: 1e4, scaling: None });
		assert_eq!((hub.attention_softcap, hub.logit_softcap), (None, None));
		// transformers 5: rope_parameters per layer type, layer_types written out.
		let types: Vec<String> = full_every_sixth
			.iter()
			.map(|w| format!("\"{}\"", if *w { "sliding_attention" } else { "full_attention" }))
			.collect();
		let written = GEMMA3_HUB
			.replace(
				r#""rope_theta": 1000000.0, "rope_local_base_freq": 10000.0,
		"rope_scaling": {"factor": 8.0, "rope_type": "linear"},"#,
				r#""rope_parameters": {
			"full_attention": {"rope_type": "linear", "factor": 8.0, "rope_theta": 1000000.0},
			"sliding_attention": {"rope_type": "default", "rope_theta": 10000.0}},"#,
			)
			.replace(
				r#""sliding_window_pattern": 6,"#,
				&format!(r#""layer_types": [{}],"#, types.join(", ")),
			);
		assert_ne!(written, GEMMA3_HUB);
		assert_eq!(ModelConfig::from_json(&written).expect("valid"), hub);
		let vision = GEMMA3_HUB.replace("gemma3_text", "gemma3");
		let refused = ModelConfig::from_json(&vision).err().map(|e| e.to_string());
		assert!(refused.is_some_and(|m| m.contains("gemma3_text")));
	}
}
