//! Random models whose widths fit candle's quantized blocks (multiples of 256), built at test
//! time: Mixtral- or Mistral-shaped, with a small word-level vocabulary.

use candle_core::{DType, Device, Tensor};
use std::{collections::HashMap, path::Path};

pub const VOCAB: usize = 64;
pub const HIDDEN: usize = 256;
pub const INTERMEDIATE: usize = 512;
pub const LAYERS: usize = 2;
pub const HEADS: usize = 4;
pub const KV_HEADS: usize = 2;
pub const HEAD_DIM: usize = HIDDEN / HEADS;

/// A word-level tokenizer of `VOCAB` words: `<unk>`, `<s>`, `</s>`, then `w3` … `w63`.
pub fn tokenizer_json() -> String {
	let mut vocab = serde_json::Map::new();
	for (id, word) in ["<unk>", "<s>", "</s>"].iter().enumerate() {
		vocab.insert(word.to_string(), id.into());
	}
	for id in 3..VOCAB {
		vocab.insert(format!("w{id}"), id.into());
	}
	serde_json::json!({
		"version": "1.0", "truncation": null, "padding": null, "added_tokens": [],
		"normalizer": null, "pre_tokenizer": {"type": "Whitespace"}, "post_processor": null,
		"decoder": null, "model": {"type": "WordLevel", "vocab": vocab, "unk_token": "<unk>"}
	})
	.to_string()
}

/// Writes a random model of `model_type` ("mixtral" or "mistral") into `folder`:
/// config.json, tokenizer.json and model.safetensors; returns its tensors.
pub fn build(folder: &Path, model_type: &str) -> HashMap<String, Tensor> {
	let config = serde_json::json!({
		"model_type": model_type, "vocab_size": VOCAB, "hidden_size": HIDDEN,
		"intermediate_size": INTERMEDIATE, "num_hidden_layers": LAYERS,
		"num_attention_heads": HEADS, "num_key_value_heads": KV_HEADS, "rms_norm_eps": 1e-5,
		"rope_theta": 10000.0, "max_position_embeddings": 256, "tie_word_embeddings": false,
		"num_local_experts": 4, "num_experts_per_tok": 2
	});
	std::fs::write(folder.join("config.json"), config.to_string()).unwrap();
	std::fs::write(folder.join("tokenizer.json"), tokenizer_json()).unwrap();
	let device = Device::Cpu;
	let mut seed = 0u64;
	let mut random = |shape: (usize, usize)| {
		seed += 1;
		let values: Vec<f32> = (0..shape.0 * shape.1)
			.map(|i| {
				// A reproducible spread in (-0.1, 0.1) without a random-number crate.
				let x = ((i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ seed.rotate_left(17))
					.wrapping_mul(0xBF58_476D_1CE4_E5B9);
				((x >> 40) as f32 / (1u64 << 24) as f32 - 0.5) * 0.2
			})
			.collect();
		Tensor::from_vec(values, shape, &device).unwrap()
	};
	let mut tensors: HashMap<String, Tensor> = HashMap::new();
	let ones = |n: usize| Tensor::ones(n, DType::F32, &Device::Cpu).unwrap();
	tensors.insert("model.embed_tokens.weight".into(), random((VOCAB, HIDDEN)));
	tensors.insert("lm_head.weight".into(), random((VOCAB, HIDDEN)));
	tensors.insert("model.norm.weight".into(), ones(HIDDEN));
	for layer in 0..LAYERS {
		let prefix = format!("model.layers.{layer}");
		let kv = KV_HEADS * HEAD_DIM;
		for (name, shape) in [
			("self_attn.q_proj", (HIDDEN, HIDDEN)),
			("self_attn.k_proj", (kv, HIDDEN)),
			("self_attn.v_proj", (kv, HIDDEN)),
			("self_attn.o_proj", (HIDDEN, HIDDEN)),
		] {
			tensors.insert(format!("{prefix}.{name}.weight"), random(shape));
		}
		tensors.insert(format!("{prefix}.input_layernorm.weight"), ones(HIDDEN));
		tensors.insert(format!("{prefix}.post_attention_layernorm.weight"), ones(HIDDEN));
		let up = (INTERMEDIATE, HIDDEN);
		let down = (HIDDEN, INTERMEDIATE);
		if model_type == "mixtral" {
			let moe = format!("{prefix}.block_sparse_moe");
			tensors.insert(format!("{moe}.gate.weight"), random((4, HIDDEN)));
			for expert in 0..4 {
				for (name, shape) in [("w1", up), ("w3", up), ("w2", down)] {
					tensors.insert(format!("{moe}.experts.{expert}.{name}.weight"), random(shape));
				}
			}
		} else {
			for (name, shape) in [("gate_proj", up), ("up_proj", up), ("down_proj", down)] {
				tensors.insert(format!("{prefix}.mlp.{name}.weight"), random(shape));
			}
		}
	}
	candle_core::safetensors::save(&tensors, folder.join("model.safetensors")).unwrap();
	tensors
}
