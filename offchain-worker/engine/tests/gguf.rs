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
	load::{
		folder::ModelFolder,
		hash::{combine, hash_folder},
	},
	ChatMessage, Engine, EngineError, EngineOptions, Prompt, Quantization,
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
	let metadata: Vec<(&str, &gguf_file::Value)> = metadata
		.iter()
		.map(|(key, value)| (*key, value))
		.chain(extra.iter().map(|(key, value)| (key.as_str(), value)))
		.collect();
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
/// `</s>`, `<|eot|>` (a control token ending a turn), `▁`, the letters with and without `▁`,
/// and a few pairs; a chat template that ends each message with `<|eot|>`.
fn sentencepiece_metadata() -> Vec<(String, gguf_file::Value)> {
	let mut tokens: Vec<String> = ["<unk>", "<s>", "</s>", "<|eot|>", "▁"].map(String::from).into();
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
	let template = "{{ bos_token }}{% for message in messages %}{{ message['content'] }}<|eot|>\
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
/// stacked `[experts, rows, columns]` in expert order; for the `llama` architecture, query and
/// key rows reordered for llama.cpp's rotary (`heads`: the query's and the key's head counts).
fn llama_cpp_tensors(
	tensors: &HashMap<String, Tensor>,
	heads: Option<(usize, usize)>,
) -> Vec<(String, QTensor)> {
	let mut stacks: BTreeMap<String, Vec<(usize, Tensor)>> = BTreeMap::new();
	let mut out = Vec::new();
	for (name, tensor) in tensors {
		let gguf = llama_cpp_name(name);
		let tensor = &tensor.to_dtype(candle_core::DType::F32).unwrap();
		match (name.split_once(".mlp.experts."), heads) {
			(Some((_, rest)), _) => {
				let expert: usize = rest.split('.').next().unwrap().parse().unwrap();
				stacks.entry(gguf).or_default().push((expert, tensor.clone()));
			}
			(None, Some((q, _))) if name.ends_with("q_proj.weight") => {
				out.push((gguf, f32_tensor(&permute(tensor, q))))
			}
			(None, Some((_, k))) if name.ends_with("k_proj.weight") => {
				out.push((gguf, f32_tensor(&permute(tensor, k))))
			}
			(None, _) => out.push((gguf, f32_tensor(tensor))),
		}
	}
	for (gguf, mut experts) in stacks {
		experts.sort_by_key(|(expert, _)| *expert);
		let experts: Vec<Tensor> = experts.into_iter().map(|(_, tensor)| tensor).collect();
		out.push((gguf, f32_tensor(&Tensor::stack(&experts, 0).unwrap())));
	}
	out
}

/// Writes fixture `name` as llama.cpp converts it to `architecture` (with `extra` tensors) into
/// `dir` beside its tokenizer.json; returns the engine of the fixture itself.
fn fixture_as_gguf(
	name: &str,
	architecture: &str,
	dir: &Path,
	extra: Vec<(String, QTensor)>,
) -> Engine {
	let source = common::model_dir(name);
	let engine = Engine::load(&source, &EngineOptions::default()).unwrap();
	let config = engine.config();
	let tensors =
		candle_core::safetensors::load(source.join("model.safetensors"), &candle_core::Device::Cpu)
			.unwrap();
	let heads = (architecture == "llama").then_some((config.num_heads, config.num_kv_heads));
	let mut out = llama_cpp_tensors(&tensors, heads);
	out.extend(extra);
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
	metadata.extend(keys.into_iter().map(|(key, value)| (format!("{architecture}.{key}"), value)));
	let metadata: Vec<(&str, &gguf_file::Value)> =
		metadata.iter().map(|(k, v)| (k.as_str(), v)).collect();
	let tensors: Vec<(&str, &QTensor)> = out.iter().map(|(n, t)| (n.as_str(), t)).collect();
	gguf_file::write(
		&mut std::fs::File::create(dir.join("model.gguf")).unwrap(),
		&metadata,
		&tensors,
	)
	.unwrap();
	std::fs::copy(source.join("tokenizer.json"), dir.join("tokenizer.json")).unwrap();
	engine
}

/// The largest difference between two engines' last-position logits over fixture `name`'s
/// reference prompts.
fn largest_difference(name: &str, expected: &Engine, actual: &Engine) -> f32 {
	common::reference(name)
		.prompts
		.iter()
		.map(|prompt| {
			let a = common::last_logits(expected, &prompt.ids, prompt.ids.len());
			let b = common::last_logits(actual, &prompt.ids, prompt.ids.len());
			common::max_abs_diff(&a, &b)
		})
		.fold(0.0, f32::max)
}

#[test]
fn qwen_ggufs_equal_their_safetensors() {
	let files = [("tiny-qwen2", "qwen2"), ("tiny-qwen3", "qwen3"), ("tiny-qwen3-moe", "qwen3moe")];
	for (name, architecture) in files {
		let dir = tempfile::tempdir().unwrap();
		let engine = fixture_as_gguf(name, architecture, dir.path(), Vec::new());
		let gguf = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
		assert_eq!(gguf.config().tie_word_embeddings, engine.config().tie_word_embeddings);
		assert_eq!(gguf.config().sparse_layers, engine.config().sparse_layers, "{name}");
		let difference = largest_difference(name, &engine, &gguf);
		assert!(difference < 1e-4, "{name}: {difference}");
	}
}

/// Llama 3's rope scaling as llama.cpp's converter writes it: a divisor per frequency in
/// `rope_freqs`, computed from config.json's `llama3` parameters in f32. The tiny Llama 3
/// (whose frequencies fall in all three bands) gives its safetensors' logits; without the
/// tensor it would not.
#[test]
fn a_llama3_gguf_with_rope_freqs_equals_its_safetensors() {
	let name = "tiny-llama3";
	let (theta, head_dim) = (500_000f32, 16usize);
	let (factor, low, high, original) = (8f32, 1f32, 4f32, 64f32);
	let factors: Vec<f32> = (0..head_dim / 2)
		.map(|i| {
			let frequency = 1.0 / theta.powf((2 * i) as f32 / head_dim as f32);
			let wavelength = 2.0 * std::f32::consts::PI / frequency;
			if wavelength < original / high {
				1.0
			} else if wavelength > original / low {
				factor
			} else {
				let smooth = (original / wavelength - low) / (high - low);
				1.0 / ((1.0 - smooth) / factor + smooth)
			}
		})
		.collect();
	assert!(factors.contains(&1.0) && factors.contains(&factor), "all three bands");
	let rope_freqs = Tensor::new(factors, &candle_core::Device::Cpu).unwrap();
	let dir = tempfile::tempdir().unwrap();
	let extra = vec![("rope_freqs.weight".to_string(), f32_tensor(&rope_freqs))];
	let engine = fixture_as_gguf(name, "llama", dir.path(), extra);
	let gguf = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
	let difference = largest_difference(name, &engine, &gguf);
	assert!(difference < 1e-4, "{difference}");

	fixture_as_gguf(name, "llama", dir.path(), Vec::new());
	let unscaled = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
	assert!(largest_difference(name, &engine, &unscaled) > 1e-3);
}
