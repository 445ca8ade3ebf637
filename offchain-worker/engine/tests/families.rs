//! Qwen2, Qwen3, Qwen3-MoE, Gemma 2, Gemma 3 and Phi-3 against transformers: the tiny Qwen2
//! (biases on the query, key and value projections), Qwen3 (an RMSNorm on each query and key
//! head) and Qwen3-MoE (8 experts, top 2 not renormalised, a dense layer among the sparse
//! ones), built by scripts/fixtures/qwen.py with non-zero biases and norms, the tiny Gemma 2
//! (GeGLU, norms around both blocks, soft-capping, alternating sliding windows) and Gemma 3
//! (`1 + w` query and key norms, a rotary per layer type; both scripts/fixtures/gemma.py)
//! and the tiny Phi-3 (with and without LongRoPE; fused
//! projections, rotary over half of each head; scripts/fixtures/phi3.py) give transformers'
//! last-position logits, whole and in chunks, and its greedy continuations; the Qwen, Gemma
//! and Phi chat templates render as transformers renders them.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::EngineOptions;

#[test]
fn logits_and_greedy_equal_transformers() {
	let names =
		["tiny-qwen2", "tiny-qwen3", "tiny-qwen3-moe", "tiny-phi3", "tiny-gemma2", "tiny-gemma3"];
	for name in names {
		let engine = load(name, &EngineOptions::default());
		for (i, prompt) in reference(name).prompts.iter().enumerate() {
			let expected = reference_logits(name, i);
			for chunk in [prompt.ids.len(), 4] {
				let difference = max_abs_diff(&last_logits(&engine, &prompt.ids, chunk), &expected);
				assert!(difference < 1e-4, "{name} prompt {i}, chunks of {chunk}: {difference}");
			}
			let generation = greedy(&engine, &prompt.ids, prompt.greedy.len());
			let expected: Vec<u32> = prompt
				.greedy
				.iter()
				.copied()
				.take_while(|id| !engine.stop_tokens().contains(id))
				.collect();
			assert_eq!(generation.tokens, expected, "{name} prompt {i}");
		}
	}
}

/// LongRoPE takes its long factors once a sequence passes the original context (8 here), and
/// then, as transformers does for Phi-3, the whole sequence is run again with them: the
/// 12-token prompt gives the same logits whole, in chunks of 4 and token by token, and the
/// 6-token one switches mid-generation.
#[test]
fn longrope_switches_factors_where_transformers_does() {
	let name = "tiny-phi3-longrope";
	let engine = load(name, &EngineOptions::default());
	let prompts = &reference(name).prompts;
	assert!(prompts[0].ids.len() <= 8 && prompts[1].ids.len() > 8);
	for (i, prompt) in prompts.iter().enumerate() {
		for chunk in [prompt.ids.len(), 4, 1] {
			let logits = last_logits(&engine, &prompt.ids, chunk);
			let difference = max_abs_diff(&logits, &reference_logits(name, i));
			assert!(difference < 1e-4, "prompt {i}, chunks of {chunk}: {difference}");
		}
		let generation = greedy(&engine, &prompt.ids, prompt.greedy.len());
		assert_eq!(generation.tokens, prompt.greedy, "prompt {i}");
	}
}

#[test]
fn alternating_layer_types_are_refused_by_name() {
	let dir = copy_of("tiny-qwen3");
	let path = dir.path().join("config.json");
	let text = std::fs::read_to_string(&path).unwrap();
	let mut config: serde_json::Value = serde_json::from_str(&text).unwrap();
	config["layer_types"] = serde_json::json!(["sliding_attention", "full_attention"]);
	std::fs::write(&path, config.to_string()).unwrap();
	let error = gintonic_engine::Engine::load(dir.path(), &EngineOptions::default()).err().unwrap();
	assert!(error.to_string().contains("alternating"), "{error}");
}

/// The reference's conversations and transformers' renderings of them.
#[derive(serde::Deserialize)]
struct ChatReference {
	chats: Vec<RenderedChat>,
}

#[derive(serde::Deserialize)]
struct RenderedChat {
	messages: Vec<gintonic_engine::ChatMessage>,
	text: String,
}

#[test]
fn the_folders_chat_template_renders_as_transformers_renders_it() {
	use gintonic_engine::{load::folder::ModelFolder, text::chat::ChatTemplate, ChatMessage};
	// Qwen's ChatML with a dated default system prompt, Gemma 2's (no system role), Gemma 3's
	// (the system prompt folded into the first turn) and Phi-3's, as the hub folders carry them.
	let mut templates = Vec::new();
	for name in ["tiny-qwen3", "tiny-gemma2", "tiny-gemma3", "tiny-phi3"] {
		let path = fixtures().join(format!("reference/{name}.json"));
		let reference: ChatReference =
			serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
		let folder = ModelFolder::open(model_dir(name)).unwrap();
		// The reference's clock: 2026-12-02 13:34:24 UTC.
		let template =
			ChatTemplate::from_folder(&folder, "<s>", "</s>").unwrap().at_time(1_796_218_464);
		assert!(!reference.chats.is_empty(), "{name}");
		for chat in &reference.chats {
			assert_eq!(template.render(&chat.messages, true).unwrap(), chat.text, "{name}");
		}
		templates.push(template);
	}
	let tool = [ChatMessage::new("tool", "x")];
	let error = templates[0].render(&tool, true).err().unwrap();
	assert!(error.to_string().contains("Only user and assistant roles"), "{error}");
	let system = [ChatMessage::new("system", "x"), ChatMessage::new("user", "y")];
	let error = templates[1].render(&system, true).err().unwrap();
	assert!(error.to_string().contains("System role not supported"), "{error}");
}
