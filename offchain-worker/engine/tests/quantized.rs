//! Quantized weights on the CPU: random Mixtral- and Mistral-shaped models whose widths fit
//! candle's blocks (q8_0: multiples of 32, q4k: of 256), built here at test time with a small
//! word-level vocabulary, run in f32 and with each quantization. The quantized logits stay close
//! to the f32 ones (the figures are printed: the largest logit difference and how often the
//! most likely token agrees); a width that does not fit a block is a clear error.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use candle_core::{DType, Device, Tensor};
use gintonic_engine::{Engine, EngineError, EngineOptions, Quantization};
use std::{collections::HashMap, path::Path};

const VOCAB: usize = 64;
const HIDDEN: usize = 256;
const INTERMEDIATE: usize = 512;
const LAYERS: usize = 2;
const HEADS: usize = 4;
const KV_HEADS: usize = 2;
const HEAD_DIM: usize = HIDDEN / HEADS;

/// A word-level tokenizer of `VOCAB` words: `<unk>`, `<s>`, `</s>`, then `w3` … `w63`.
fn tokenizer_json() -> String {
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

/// Writes a random model of `model_type` ("mixtral" or "mistral") into `folder`.
fn build(folder: &Path, model_type: &str) {
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
}

fn engine(folder: &Path, quant: Option<Quantization>) -> Engine {
	Engine::load(folder, &EngineOptions { quant, ..Default::default() }).unwrap()
}

/// Last-position logits of a few prompts.
fn logits(engine: &Engine) -> Vec<Vec<f32>> {
	let prompts: [&[u32]; 4] =
		[&[1, 5, 9, 13], &[1, 40, 41, 42, 43, 44, 45], &[1, 63], &[1, 7, 7, 7, 20, 30, 50, 60]];
	prompts
		.iter()
		.map(|ids| {
			let mut cache = engine.model().new_cache(ids.len()).unwrap();
			engine.model().forward(ids, &mut cache).unwrap()
		})
		.collect()
}

fn argmax(values: &[f32]) -> usize {
	gintonic_engine::text::sampling::argmax(values) as usize
}

/// (largest |difference| over the logits' range, share of equal top-1 tokens).
fn compare(reference: &[Vec<f32>], quantized: &[Vec<f32>]) -> (f32, f32) {
	let mut worst: f32 = 0.0;
	let mut agree = 0;
	for (a, b) in reference.iter().zip(quantized) {
		let range =
			a.iter().copied().fold(f32::MIN, f32::max) - a.iter().copied().fold(f32::MAX, f32::min);
		worst = worst.max(common::max_abs_diff(a, b) / range);
		agree += usize::from(argmax(a) == argmax(b));
	}
	(worst, agree as f32 / reference.len() as f32)
}

#[test]
fn quantized_logits_stay_close_to_f32() {
	for model_type in ["mixtral", "mistral"] {
		let dir = tempfile::tempdir().unwrap();
		build(dir.path(), model_type);
		let reference = logits(&engine(dir.path(), None));
		for (quant, bound) in [(Quantization::Q8_0, 0.03), (Quantization::Q4K, 0.2)] {
			let (worst, agreement) = compare(&reference, &logits(&engine(dir.path(), Some(quant))));
			println!(
				"{model_type} {}: largest logit difference {:.4} of the logits' range, top-1 agreement {:.0}%",
				quant.name(),
				worst,
				agreement * 100.0
			);
			assert!(worst < bound, "{model_type} {}: {worst}", quant.name());
		}
	}
}

#[test]
fn quantized_generation_is_coherent_with_the_chat_free_path() {
	let dir = tempfile::tempdir().unwrap();
	build(dir.path(), "mixtral");
	let engine = engine(dir.path(), Some(Quantization::Q8_0));
	let generation = engine
		.generate(
			&gintonic_engine::Prompt::Tokens(vec![1, 5, 9]),
			&gintonic_engine::SamplingParams::greedy(5),
			false,
			&mut |_| true,
		)
		.unwrap();
	assert_eq!(generation.tokens.len(), 5);
}

#[test]
fn a_width_that_does_not_fit_the_blocks_is_a_clear_error() {
	// The tiny fixtures' feed-forward is 48 wide: neither 32 nor 256 divides it.
	let folder = common::model_dir("tiny-mixtral");
	for (quant, block) in [(Quantization::Q8_0, 32), (Quantization::Q4K, 256)] {
		let options = EngineOptions { quant: Some(quant), ..Default::default() };
		let error = Engine::load(&folder, &options).err().unwrap();
		assert!(matches!(error, EngineError::Weights(_)), "{error}");
		let message = error.to_string();
		let expected =
			format!("{} needs an input width that is a multiple of {block}", quant.name());
		assert!(message.contains(&expected), "{message}");
	}
}
