//! GGUF files of every family, written from the tiny fixtures as llama.cpp's converter writes
//! them (its tensor and metadata names, Llama's reordered query and key rows, Gemma's `1 + w`
//! norms, Phi's fused projections, Llama 3's `rope_freqs`, Phi's LongRoPE factor tensors),
//! give the logits of the same weights loaded from safetensors (which equal transformers'); and
//! where llama.cpp keeps a Gemma value in its code instead of the file, the engine takes
//! llama.cpp's; a file split into parts loads as the whole.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use candle_core::{
	quantized::{gguf_file::Value, QTensor},
	Device, Tensor,
};
use common::llama_cpp::{f32_tensor, llama_cpp_tensors, write};
use gintonic_engine::{
	load::{config::ModelConfig, folder::ModelFolder, rope::RopeScaling},
	Engine, EngineOptions,
};
use std::path::Path;

/// Llama 3's scaling as llama.cpp's converter stores it: a divisor per frequency, in f32.
fn llama3_rope_freqs(config: &ModelConfig) -> Option<Tensor> {
	let Some(RopeScaling::Llama3 { factor, low_freq_factor, high_freq_factor, original_context }) =
		config.rope.scaling.clone()
	else {
		return None;
	};
	let (factor, low, high) = (factor as f32, low_freq_factor as f32, high_freq_factor as f32);
	let (original, theta, dim) =
		(original_context as f32, config.rope.theta as f32, config.head_dim);
	let factors: Vec<f32> = (0..dim / 2)
		.map(|i| {
			let frequency = 1.0 / theta.powf((2 * i) as f32 / dim as f32);
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
	Some(Tensor::new(factors, &Device::Cpu).unwrap())
}

/// What a converter writes (or, from `llama_cpp_metadata`, writes besides the layers' tensors).
struct Converted {
	metadata: Vec<(String, Value)>,
	tensors: Vec<(String, QTensor)>,
}

/// The metadata and extra tensors llama.cpp's converter writes for `config` as `arch`.
fn llama_cpp_metadata(config: &ModelConfig, arch: &str) -> Converted {
	let number = |v: usize| Value::U32(v as u32);
	let float = |v: f64| Value::F32(v as f32);
	let mut keys = vec![
		("embedding_length", number(config.hidden_size)),
		("feed_forward_length", number(config.intermediate_size)),
		("block_count", number(config.num_layers)),
		("attention.head_count", number(config.num_heads)),
		("attention.head_count_kv", number(config.num_kv_heads)),
		("attention.layer_norm_rms_epsilon", float(config.rms_norm_eps)),
		("rope.freq_base", float(config.rope.theta)),
		("context_length", number(config.max_position_embeddings)),
	];
	let mut tensors = Vec::new();
	match arch {
		"phi3" => keys.push(("rope.dimension_count", number(config.rotary_dim))),
		_ => keys.push(("attention.key_length", number(config.head_dim))),
	}
	if config.num_experts > 0 {
		keys.extend([
			("expert_count", number(config.num_experts)),
			("expert_used_count", number(config.experts_per_token)),
			("expert_feed_forward_length", number(config.expert_intermediate_size)),
			("expert_weights_norm", Value::Bool(config.norm_topk_prob)),
		]);
	}
	if let Some(window) = config.sliding_window {
		keys.push(("attention.sliding_window", number(window)));
	}
	if arch.starts_with("gemma") {
		keys.push(("attention.scale", float(config.attention_scale)));
		if let Some(cap) = config.attention_softcap {
			keys.push(("attn_logit_softcapping", float(cap)));
		}
		if let Some(cap) = config.logit_softcap {
			keys.push(("final_logit_softcapping", float(cap)));
		}
	}
	if arch == "gemma2" {
		let layers = config.windowed_layers.iter().map(|sliding| Value::Bool(*sliding)).collect();
		keys.push(("attention.sliding_window_pattern", Value::Array(layers)));
	}
	if arch == "gemma3" {
		let pattern = config.windowed_layers.iter().position(|sliding| !sliding).unwrap() + 1;
		keys.push(("attention.sliding_window_pattern", number(pattern)));
		keys.push(("rope.freq_base_swa", float(config.windowed_rope.theta)));
	}
	match config.rope.scaling.clone() {
		Some(RopeScaling::Linear { factor }) => {
			keys.push(("rope.scaling.type", Value::String("linear".into())));
			keys.push(("rope.scaling.factor", float(factor)));
		}
		Some(RopeScaling::LongRope {
			short_factor,
			long_factor,
			original_context,
			attention_factor,
		}) => {
			keys.push(("rope.scaling.attn_factor", float(attention_factor)));
			keys.push(("rope.scaling.original_context_length", number(original_context)));
			for (name, factors) in [("short", short_factor), ("long", long_factor)] {
				let factors: Vec<f32> = factors.iter().map(|f| *f as f32).collect();
				let tensor = Tensor::new(factors, &Device::Cpu).unwrap();
				tensors.push((format!("rope_factors_{name}.weight"), f32_tensor(&tensor)));
			}
		}
		_ => {}
	}
	if let Some(rope_freqs) = llama3_rope_freqs(config) {
		tensors.push(("rope_freqs.weight".into(), f32_tensor(&rope_freqs)));
	}
	let mut metadata = vec![("general.architecture".to_string(), Value::String(arch.into()))];
	metadata.extend(keys.into_iter().map(|(key, value)| (format!("{arch}.{key}"), value)));
	Converted { metadata, tensors }
}

/// Fixture `name` as llama.cpp converts it to `arch`, without the metadata keys and tensors
/// named in `omit`; and the engine of the fixture itself.
fn convert(name: &str, arch: &str, omit: &[&str]) -> (Engine, Converted) {
	let source = common::model_dir(name);
	let engine = Engine::load(&source, &EngineOptions::default()).unwrap();
	let config = engine.config();
	let weights =
		candle_core::safetensors::load(source.join("model.safetensors"), &Device::Cpu).unwrap();
	let mut tensors = llama_cpp_tensors(arch, &weights, (config.num_heads, config.num_kv_heads));
	let Converted { mut metadata, tensors: extra } = llama_cpp_metadata(config, arch);
	tensors.extend(extra);
	let kept = |name: &String| !omit.iter().any(|omitted| name.ends_with(omitted));
	metadata.retain(|(key, _)| kept(key));
	tensors.retain(|(name, _)| kept(name));
	(engine, Converted { metadata, tensors })
}

/// Writes fixture `name` into `dir` as llama.cpp converts it to `arch`, beside its
/// tokenizer.json, leaving out the metadata keys and tensors named in `omit`; returns the
/// engine of the fixture itself.
fn fixture_as_gguf(name: &str, arch: &str, dir: &Path, omit: &[&str]) -> Engine {
	let (engine, converted) = convert(name, arch, omit);
	write(&dir.join("model.gguf"), &converted.metadata, &converted.tensors);
	let source = common::model_dir(name);
	std::fs::copy(source.join("tokenizer.json"), dir.join("tokenizer.json")).unwrap();
	engine
}

/// The largest difference between two engines' last-position logits over fixture `name`'s
/// reference prompts, whole and in chunks of 3.
fn largest_difference(name: &str, expected: &Engine, actual: &Engine) -> f32 {
	let mut largest = 0.0f32;
	for prompt in common::reference(name).prompts {
		for chunk in [prompt.ids.len(), 3] {
			let a = common::last_logits(expected, &prompt.ids, chunk);
			let b = common::last_logits(actual, &prompt.ids, chunk);
			largest = largest.max(common::max_abs_diff(&a, &b));
		}
	}
	largest
}

#[test]
fn every_family_as_gguf_equals_its_safetensors() {
	let files = [
		("tiny-llama3", "llama"),
		("tiny-qwen2", "qwen2"),
		("tiny-qwen3", "qwen3"),
		("tiny-qwen3-moe", "qwen3moe"),
		("tiny-gemma2", "gemma2"),
		("tiny-gemma3", "gemma3"),
		("tiny-phi3", "phi3"),
		("tiny-phi3-longrope", "phi3"),
	];
	for (name, arch) in files {
		let dir = tempfile::tempdir().unwrap();
		let engine = fixture_as_gguf(name, arch, dir.path(), &[]);
		let gguf = Engine::load(dir.path(), &EngineOptions::default())
			.unwrap_or_else(|e| panic!("{name}: {e}"));
		let (expected, actual) = (engine.config(), gguf.config());
		assert_eq!(actual.architecture, expected.architecture, "{name}");
		assert_eq!(actual.tie_word_embeddings, expected.tie_word_embeddings, "{name}");
		assert_eq!(actual.sparse_layers, expected.sparse_layers, "{name}");
		assert_eq!(actual.windowed_layers, expected.windowed_layers, "{name}");
		assert_eq!(actual.rotary_dim, expected.rotary_dim, "{name}");
		let difference = largest_difference(name, &engine, &gguf);
		assert!(difference < 1e-4, "{name}: {difference}");
	}
}

/// Without `rope_freqs`, the tiny Llama 3 (whose frequencies fall in all three of the
/// scaling's bands) would run a plain rotary: the factors are what make its logits equal.
#[test]
fn llama3_needs_its_rope_freqs() {
	let dir = tempfile::tempdir().unwrap();
	let engine = fixture_as_gguf("tiny-llama3", "llama", dir.path(), &["rope_freqs.weight"]);
	let unscaled = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
	assert!(largest_difference("tiny-llama3", &engine, &unscaled) > 1e-3);
}

/// A Gemma 3 file without the keys llama.cpp keeps in its code gets llama.cpp's values: the
/// attention scaled by the head size, one full layer in six, a local rotary base of 10,000.
#[test]
fn gemma_takes_llama_cpps_values_where_the_file_has_none() {
	let dir = tempfile::tempdir().unwrap();
	let omit = ["attention.scale", "attention.sliding_window_pattern", "rope.freq_base_swa"];
	fixture_as_gguf("tiny-gemma3", "gemma3", dir.path(), &omit);
	let config = Engine::load(dir.path(), &EngineOptions::default()).unwrap().config().clone();
	assert_eq!(config.attention_scale, 1.0 / (config.head_dim as f64).sqrt());
	assert_eq!(config.windowed_layers, [true, true, true], "layers 1–3 of a pattern of 6");
	assert_eq!(config.windowed_rope.theta, 10_000.0);
	assert_eq!(config.norm_weight_offset, 0.0, "the file's norms already hold 1 + w");
}

/// A GGUF split as llama.cpp's `gguf-split` writes it (`-0000N-of-00003.gguf`, the metadata in
/// the first part, `split.*` keys in each) loads as the whole file does and hashes every part;
/// a missing part is named.
#[test]
fn a_split_gguf_loads_as_one_file() {
	let name = "tiny-qwen3-moe";
	let (engine, converted) = convert(name, "qwen3moe", &[]);
	let dir = tempfile::tempdir().unwrap();
	std::fs::copy(
		common::model_dir(name).join("tokenizer.json"),
		dir.path().join("tokenizer.json"),
	)
	.unwrap();
	let parts = 3;
	let per_part = converted.tensors.len().div_ceil(parts);
	for (index, tensors) in converted.tensors.chunks(per_part).enumerate() {
		let mut metadata = match index {
			0 => converted.metadata.clone(),
			_ => Vec::new(),
		};
		metadata.extend([
			("split.no".to_string(), Value::U16(index as u16)),
			("split.count".to_string(), Value::U16(parts as u16)),
			("split.tensors.count".to_string(), Value::I32(converted.tensors.len() as i32)),
		]);
		let file = format!("model-{:05}-of-{parts:05}.gguf", index + 1);
		write(&dir.path().join(file), &metadata, tensors);
	}
	let split = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
	assert!(largest_difference(name, &engine, &split) < 1e-4);
	let folder = ModelFolder::open(dir.path()).unwrap();
	let expected: Vec<String> =
		(1..=parts).map(|part| format!("model-{part:05}-of-{parts:05}.gguf")).collect();
	assert_eq!(folder.weight_files(), expected);

	std::fs::remove_file(dir.path().join("model-00002-of-00003.gguf")).unwrap();
	let error = Engine::load(dir.path(), &EngineOptions::default()).err().unwrap();
	assert!(error.to_string().contains("missing model-00002-of-00003.gguf"), "{error}");
}
