//! GGUF: a random Mixtral and Mistral written as llama.cpp writes them (its tensor names, its
//! metadata, query and key rows reordered for its rotary, experts stacked per layer, q8_0
//! blocks) load from a folder with only the .gguf and tokenizer.json, and give the logits of the
//! same weights loaded from safetensors and quantized to q8_0 at load; the folder hashes with
//! the .gguf as its weights; a GGUF of another architecture, a second .gguf and `--quant` on a
//! GGUF are clear errors.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use candle_core::{
	quantized::{gguf_file, GgmlDType, QTensor},
	Tensor,
};
use common::random_model::*;
use gintonic_engine::{
	load::{folder::ModelFolder, hash::hash_folder},
	Engine, EngineError, EngineOptions, Quantization,
};
use std::{
	collections::{BTreeMap, HashMap},
	path::Path,
};

/// llama.cpp's reordering of a query or key projection's rows for its interleaved rotary.
fn permute(weight: &Tensor, heads: usize) -> Tensor {
	let (rows, columns) = weight.dims2().unwrap();
	weight
		.reshape((heads, 2, rows / heads / 2, columns))
		.unwrap()
		.transpose(1, 2)
		.unwrap()
		.contiguous()
		.unwrap()
		.reshape((rows, columns))
		.unwrap()
}

fn q8(tensor: &Tensor) -> QTensor {
	QTensor::quantize(tensor, GgmlDType::Q8_0).unwrap()
}

fn f32_tensor(tensor: &Tensor) -> QTensor {
	QTensor::quantize(tensor, GgmlDType::F32).unwrap()
}

/// Writes `tensors` (Hugging Face names) as a GGUF file at `path`, as llama.cpp converts them.
fn write_gguf(path: &Path, tensors: &HashMap<String, Tensor>, experts: usize, architecture: &str) {
	let mut out: Vec<(String, QTensor)> = vec![
		("token_embd.weight".into(), f32_tensor(&tensors["model.embed_tokens.weight"])),
		("output.weight".into(), q8(&tensors["lm_head.weight"])),
		("output_norm.weight".into(), f32_tensor(&tensors["model.norm.weight"])),
	];
	for layer in 0..LAYERS {
		let hf = |part: &str| &tensors[&format!("model.layers.{layer}.{part}.weight")];
		let blk = |part: &str| format!("blk.{layer}.{part}.weight");
		out.push((blk("attn_norm"), f32_tensor(hf("input_layernorm"))));
		out.push((blk("ffn_norm"), f32_tensor(hf("post_attention_layernorm"))));
		out.push((blk("attn_q"), q8(&permute(hf("self_attn.q_proj"), HEADS))));
		out.push((blk("attn_k"), q8(&permute(hf("self_attn.k_proj"), KV_HEADS))));
		out.push((blk("attn_v"), q8(hf("self_attn.v_proj"))));
		out.push((blk("attn_output"), q8(hf("self_attn.o_proj"))));
		if experts > 0 {
			out.push((blk("ffn_gate_inp"), f32_tensor(hf("block_sparse_moe.gate"))));
			for (kind, w) in [("gate", "w1"), ("up", "w3"), ("down", "w2")] {
				let stack: Vec<Tensor> = (0..experts)
					.map(|e| hf(&format!("block_sparse_moe.experts.{e}.{w}")).clone())
					.collect();
				out.push((
					blk(&format!("ffn_{kind}_exps")),
					q8(&Tensor::stack(&stack, 0).unwrap()),
				));
			}
		} else {
			for kind in ["gate", "up", "down"] {
				out.push((blk(&format!("ffn_{kind}")), q8(hf(&format!("mlp.{kind}_proj")))));
			}
		}
	}
	let u32_value = |v: usize| gguf_file::Value::U32(v as u32);
	let mut metadata = vec![
		("general.architecture", gguf_file::Value::String(architecture.into())),
		("llama.embedding_length", u32_value(HIDDEN)),
		("llama.feed_forward_length", u32_value(INTERMEDIATE)),
		("llama.block_count", u32_value(LAYERS)),
		("llama.attention.head_count", u32_value(HEADS)),
		("llama.attention.head_count_kv", u32_value(KV_HEADS)),
		("llama.attention.layer_norm_rms_epsilon", gguf_file::Value::F32(1e-5)),
		("llama.rope.freq_base", gguf_file::Value::F32(10_000.0)),
		("llama.rope.dimension_count", u32_value(HEAD_DIM)),
		("llama.context_length", u32_value(256)),
	];
	if experts > 0 {
		metadata.push(("llama.expert_count", u32_value(experts)));
		metadata.push(("llama.expert_used_count", u32_value(2)));
	}
	let metadata: Vec<(&str, &gguf_file::Value)> =
		metadata.iter().map(|(key, value)| (*key, value)).collect();
	let out: Vec<(&str, &QTensor)> =
		out.iter().map(|(name, tensor)| (name.as_str(), tensor)).collect();
	let mut file = std::fs::File::create(path).unwrap();
	gguf_file::write(&mut file, &metadata, &out).unwrap();
}

fn logits(engine: &Engine) -> Vec<Vec<f32>> {
	let prompts: [&[u32]; 3] = [&[1, 5, 9, 13], &[1, 40, 41, 42, 43, 44, 45], &[1, 63]];
	prompts.iter().map(|ids| common::last_logits(engine, ids, ids.len())).collect()
}

#[test]
fn a_gguf_gives_the_logits_of_the_same_weights_from_safetensors() {
	for (model_type, experts) in [("mixtral", 4), ("mistral", 0)] {
		let source = tempfile::tempdir().unwrap();
		let tensors = build(source.path(), model_type);
		let gguf = tempfile::tempdir().unwrap();
		write_gguf(&gguf.path().join("model-Q8_0.gguf"), &tensors, experts, "llama");
		std::fs::write(gguf.path().join("tokenizer.json"), tokenizer_json()).unwrap();

		let quantized = EngineOptions { quant: Some(Quantization::Q8_0), ..Default::default() };
		let expected = logits(&Engine::load(source.path(), &quantized).unwrap());
		let engine = Engine::load(gguf.path(), &EngineOptions::default()).unwrap();
		assert_eq!(engine.config().num_experts, experts);
		assert_eq!(engine.precision(), "gguf");
		for (a, b) in expected.iter().zip(logits(&engine)) {
			let difference = common::max_abs_diff(a, &b);
			assert!(difference < 1e-4, "{model_type}: {difference}");
		}
		assert_eq!(common::greedy(&engine, &[1, 7, 8], 4).tokens.len(), 4);

		let folder = ModelFolder::open(gguf.path()).unwrap();
		assert_eq!(folder.weight_files(), ["model-Q8_0.gguf".to_string()]);
		assert!(hash_folder(&folder).is_ok());
	}
}

#[test]
fn gguf_errors_are_clear() {
	let source = tempfile::tempdir().unwrap();
	let tensors = build(source.path(), "mistral");
	let gguf = tempfile::tempdir().unwrap();
	std::fs::write(gguf.path().join("tokenizer.json"), tokenizer_json()).unwrap();
	write_gguf(&gguf.path().join("model.gguf"), &tensors, 0, "gpt2");
	let error = Engine::load(gguf.path(), &EngineOptions::default()).err().unwrap();
	assert!(
		matches!(error, EngineError::UnknownArchitecture(ref name) if name.contains("gpt2")),
		"{error}"
	);

	write_gguf(&gguf.path().join("model.gguf"), &tensors, 0, "llama");
	let quantized = EngineOptions { quant: Some(Quantization::Q4K), ..Default::default() };
	let error = Engine::load(gguf.path(), &quantized).err().unwrap();
	assert!(error.to_string().contains("already quantized"), "{error}");

	std::fs::copy(gguf.path().join("model.gguf"), gguf.path().join("other.gguf")).unwrap();
	let error = Engine::load(gguf.path(), &EngineOptions::default()).err().unwrap();
	assert!(error.to_string().contains("2 GGUF files"), "{error}");
}

/// llama.cpp's name for a Hugging Face tensor of a Qwen (no reordering for Qwen); an expert's
/// projection gives its stack's name.
fn llama_cpp_name(name: &str) -> String {
	let fixed = [
		("model.embed_tokens.weight", "token_embd.weight"),
		("model.norm.weight", "output_norm.weight"),
		("lm_head.weight", "output.weight"),
	];
	if let Some((_, gguf)) = fixed.iter().find(|(hf, _)| *hf == name) {
		return gguf.to_string();
	}
	let rest = name.strip_prefix("model.layers.").unwrap();
	let (layer, part) = rest.split_once('.').unwrap();
	if let Some(expert) = part.strip_prefix("mlp.experts.") {
		let kind = expert.split('.').nth(1).unwrap().trim_end_matches("_proj");
		return format!("blk.{layer}.ffn_{kind}_exps.weight");
	}
	let parts = [
		("input_layernorm.", "attn_norm."),
		("post_attention_layernorm.", "ffn_norm."),
		("self_attn.q_proj.", "attn_q."),
		("self_attn.k_proj.", "attn_k."),
		("self_attn.v_proj.", "attn_v."),
		("self_attn.o_proj.", "attn_output."),
		("self_attn.q_norm.", "attn_q_norm."),
		("self_attn.k_norm.", "attn_k_norm."),
		("mlp.gate_proj.", "ffn_gate."),
		("mlp.up_proj.", "ffn_up."),
		("mlp.down_proj.", "ffn_down."),
		("mlp.gate.", "ffn_gate_inp."),
	];
	let (hf, gguf) = parts.iter().find(|(hf, _)| part.starts_with(hf)).unwrap();
	format!("blk.{layer}.{gguf}{}", &part[hf.len()..])
}

/// The file's tensors: each Hugging Face tensor under llama.cpp's name, the experts of a layer
/// stacked `[experts, rows, columns]` in expert order.
fn llama_cpp_tensors(tensors: &HashMap<String, Tensor>) -> Vec<(String, QTensor)> {
	let mut stacks: BTreeMap<String, Vec<(usize, &Tensor)>> = BTreeMap::new();
	let mut out = Vec::new();
	for (name, tensor) in tensors {
		let gguf = llama_cpp_name(name);
		match name.split_once(".mlp.experts.") {
			Some((_, rest)) => {
				let expert: usize = rest.split('.').next().unwrap().parse().unwrap();
				stacks.entry(gguf).or_default().push((expert, tensor));
			}
			None => out.push((gguf, f32_tensor(tensor))),
		}
	}
	for (gguf, mut experts) in stacks {
		experts.sort_by_key(|(expert, _)| *expert);
		let experts: Vec<&Tensor> = experts.into_iter().map(|(_, tensor)| tensor).collect();
		out.push((gguf, f32_tensor(&Tensor::stack(&experts, 0).unwrap())));
	}
	out
}

#[test]
fn qwen_ggufs_equal_their_safetensors() {
	let files = [("tiny-qwen2", "qwen2"), ("tiny-qwen3", "qwen3"), ("tiny-qwen3-moe", "qwen3moe")];
	for (name, architecture) in files {
		let source = common::model_dir(name);
		let engine = Engine::load(&source, &EngineOptions::default()).unwrap();
		let config = engine.config();
		let tensors = candle_core::safetensors::load(
			source.join("model.safetensors"),
			&candle_core::Device::Cpu,
		)
		.unwrap();
		let out = llama_cpp_tensors(&tensors);
		let number = |v: usize| gguf_file::Value::U32(v as u32);
		let mut keys = vec![
			("embedding_length", number(config.hidden_size)),
			("feed_forward_length", number(config.intermediate_size)),
			("block_count", number(config.num_layers)),
			("attention.head_count", number(config.num_heads)),
			("attention.head_count_kv", number(config.num_kv_heads)),
			("attention.key_length", number(config.head_dim)),
			("attention.layer_norm_rms_epsilon", gguf_file::Value::F32(config.rms_norm_eps as f32)),
			("rope.freq_base", gguf_file::Value::F32(config.rope.theta as f32)),
			("context_length", number(config.max_position_embeddings)),
		];
		if config.num_experts > 0 {
			keys.extend([
				("expert_count", number(config.num_experts)),
				("expert_used_count", number(config.experts_per_token)),
				("expert_feed_forward_length", number(config.expert_intermediate_size)),
				("expert_weights_norm", gguf_file::Value::Bool(config.norm_topk_prob)),
			]);
		}
		let mut metadata: Vec<(String, gguf_file::Value)> =
			vec![("general.architecture".into(), gguf_file::Value::String(architecture.into()))];
		metadata
			.extend(keys.into_iter().map(|(key, value)| (format!("{architecture}.{key}"), value)));
		let metadata: Vec<(&str, &gguf_file::Value)> =
			metadata.iter().map(|(k, v)| (k.as_str(), v)).collect();
		let tensors: Vec<(&str, &QTensor)> = out.iter().map(|(n, t)| (n.as_str(), t)).collect();
		let dir = tempfile::tempdir().unwrap();
		gguf_file::write(
			&mut std::fs::File::create(dir.path().join("model.gguf")).unwrap(),
			&metadata,
			&tensors,
		)
		.unwrap();
		std::fs::copy(source.join("tokenizer.json"), dir.path().join("tokenizer.json")).unwrap();
		let gguf = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
		assert_eq!(gguf.config().tie_word_embeddings, config.tie_word_embeddings, "{name}");
		assert_eq!(gguf.config().sparse_layers, config.sparse_layers, "{name}");
		for prompt in common::reference(name).prompts {
			let expected = common::last_logits(&engine, &prompt.ids, prompt.ids.len());
			let actual = common::last_logits(&gguf, &prompt.ids, prompt.ids.len());
			let difference = common::max_abs_diff(&expected, &actual);
			assert!(difference < 1e-4, "{name}: {difference}");
		}
	}
}
