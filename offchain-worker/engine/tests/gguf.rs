//! GGUF: a random Mixtral and Mistral written as llama.cpp writes them (its tensor names, its
//! metadata, query and key rows reordered for its rotary, experts stacked per layer, q8_0
//! blocks) load from a folder with only the .gguf and tokenizer.json, and give the logits of the
//! same weights loaded from safetensors and quantized to q8_0 at load; the folder hashes with
//! the .gguf as its weights; a file with its own vocabulary needs no tokenizer.json; a GGUF of
//! another architecture, a second .gguf and `--quant` on a GGUF are clear errors.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use candle_core::{
	quantized::{gguf_file, QTensor},
	Tensor,
};
use common::{
	llama_cpp::{f32_tensor, permute, q8, write},
	random_model::*,
};
use gintonic_engine::{
	load::{
		folder::ModelFolder,
		hash::{combine, hash_folder},
	},
	ChatMessage, Engine, EngineError, EngineOptions, Prompt, Quantization,
};
use std::{collections::HashMap, path::Path};

/// Writes `tensors` (Hugging Face names) as a GGUF file at `path`, as llama.cpp converts them.
fn write_gguf(
	path: &Path,
	tensors: &HashMap<String, Tensor>,
	experts: usize,
	architecture: &str,
	extra: &[(String, gguf_file::Value)],
) {
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
	let metadata: Vec<(String, gguf_file::Value)> = metadata
		.into_iter()
		.map(|(key, value)| (key.to_string(), value))
		.chain(extra.iter().cloned())
		.collect();
	write(path, &metadata, &out);
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
		write_gguf(&gguf.path().join("model-Q8_0.gguf"), &tensors, experts, "llama", &[]);
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
	write_gguf(&gguf.path().join("model.gguf"), &tensors, 0, "gpt2", &[]);
	let error = Engine::load(gguf.path(), &EngineOptions::default()).err().unwrap();
	assert!(
		matches!(error, EngineError::UnknownArchitecture(ref name) if name.contains("gpt2")),
		"{error}"
	);

	write_gguf(&gguf.path().join("model.gguf"), &tensors, 0, "llama", &[]);
	let quantized = EngineOptions { quant: Some(Quantization::Q4K), ..Default::default() };
	let error = Engine::load(gguf.path(), &quantized).err().unwrap();
	assert!(error.to_string().contains("already quantized"), "{error}");

	std::fs::copy(gguf.path().join("model.gguf"), gguf.path().join("other.gguf")).unwrap();
	let error = Engine::load(gguf.path(), &EngineOptions::default()).err().unwrap();
	assert!(error.to_string().contains("2 GGUF files"), "{error}");
}

/// A SentencePiece vocabulary of `VOCAB` pieces as llama.cpp writes one: `<unk>`, `<s>`,
/// `</s>`, `<|end|>` (a control token ending a turn, Phi-3's), `▁`, the letters with and without `▁`,
/// and a few pairs; a chat template that ends each message with `<|end|>`.
fn sentencepiece_metadata() -> Vec<(String, gguf_file::Value)> {
	let mut tokens: Vec<String> = ["<unk>", "<s>", "</s>", "<|end|>", "▁"].map(String::from).into();
	tokens.extend(('a'..='z').map(String::from));
	tokens.extend(('a'..='z').map(|letter| format!("▁{letter}")));
	tokens.extend(["ab", "▁ab", "ba", "▁ba", "cd", "▁cd", "ef"].map(String::from));
	assert_eq!(tokens.len(), VOCAB);
	let types = (0..VOCAB).map(|id| match id {
		0 => 2,
		1..=3 => 3,
		_ => 1,
	});
	let value = gguf_file::Value::String;
	let array = gguf_file::Value::Array;
	let template = "{{ bos_token }}{% for message in messages %}{{ message['content'] }}<|end|>\
		{% endfor %}";
	[
		("model", value("llama".into())),
		("tokens", array(tokens.into_iter().map(value).collect())),
		("scores", array((0..VOCAB).map(|id| gguf_file::Value::F32(-(id as f32))).collect())),
		("token_type", array(types.map(gguf_file::Value::I32).collect())),
		("bos_token_id", gguf_file::Value::U32(1)),
		("eos_token_id", gguf_file::Value::U32(2)),
		("eot_token_id", gguf_file::Value::U32(3)),
		("unknown_token_id", gguf_file::Value::U32(0)),
	]
	.into_iter()
	.map(|(key, value)| (format!("tokenizer.ggml.{key}"), value))
	.chain([("tokenizer.chat_template".into(), value(template.into()))])
	.collect()
}

/// A folder holding only a GGUF file tokenizes with the file's vocabulary, renders its chat
/// template, stops on its end-of-turn token and hashes with no tokenizer files; a
/// tokenizer.json beside the file is used instead; a file without a vocabulary and no
/// tokenizer.json is a clear error.
#[test]
fn a_gguf_alone_brings_its_tokenizer_and_chat_template() {
	let source = tempfile::tempdir().unwrap();
	let tensors = build(source.path(), "mistral");
	let gguf = tempfile::tempdir().unwrap();
	write_gguf(&gguf.path().join("model.gguf"), &tensors, 0, "llama", &sentencepiece_metadata());
	let engine = Engine::load(gguf.path(), &EngineOptions::default()).unwrap();
	// `▁ab` is 58, `▁ba` 60, `ab` 57.
	assert_eq!(engine.encode(&Prompt::Text("ab ba".into())).unwrap(), [1, 58, 60]);
	let chat = Prompt::Chat(vec![ChatMessage::new("user", "ab")]);
	assert_eq!(engine.encode(&chat).unwrap(), [1, 57, 3]);
	assert!(engine.stop_tokens().contains(&2) && engine.stop_tokens().contains(&3));
	assert_eq!(common::greedy(&engine, &[1, 7, 8], 4).usage.prompt_tokens, 3);
	// Without `eot_token_id`, `<|end|>` still ends a turn: a control token of llama.cpp's list.
	let unnamed: Vec<_> = sentencepiece_metadata()
		.into_iter()
		.filter(|(key, _)| key != "tokenizer.ggml.eot_token_id")
		.collect();
	write_gguf(&gguf.path().join("model.gguf"), &tensors, 0, "llama", &unnamed);
	let engine = Engine::load(gguf.path(), &EngineOptions::default()).unwrap();
	assert_eq!(engine.stop_tokens(), [2, 3]);
	let folder = ModelFolder::open(gguf.path()).unwrap();
	assert!(folder.tokenizer_files().is_empty());
	assert_eq!(hash_folder(&folder).unwrap().tokenizer, combine([]));

	std::fs::write(gguf.path().join("tokenizer.json"), tokenizer_json()).unwrap();
	let engine = Engine::load(gguf.path(), &EngineOptions::default()).unwrap();
	assert_eq!(engine.encode(&Prompt::Text("w5 w6".into())).unwrap(), [1, 5, 6]);

	std::fs::remove_file(gguf.path().join("tokenizer.json")).unwrap();
	write_gguf(&gguf.path().join("model.gguf"), &tensors, 0, "llama", &[]);
	let error = Engine::load(gguf.path(), &EngineOptions::default()).err().unwrap();
	assert!(error.to_string().contains("no tokenizer"), "{error}");
}
