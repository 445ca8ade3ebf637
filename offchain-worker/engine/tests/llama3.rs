//! Llama 3 against transformers: the tiny Llama 3 (scripts/fixtures/llama3.py: Llama 3's rotary
//! scaling, tied embeddings, two end-of-sequence ids) gives transformers' last-position logits
//! and greedy continuations, with its config as transformers 5 writes it (`rope_parameters`) and
//! as hub folders carry it (`rope_scaling` beside `rope_theta`); without the scaling the logits
//! differ; generation stops at either end-of-sequence id; Llama 3.2's chat template renders
//! and encodes as transformers' does with the fixture's Llama 3-form byte-level tokenizer.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{
	load::folder::ModelFolder, text::chat::ChatTemplate, ChatMessage, Engine, EngineOptions,
	FinishReason, Prompt,
};
use serde_json::Value;

const NAME: &str = "tiny-llama3";

/// The fixture with its config.json changed by `edit`.
fn edited(edit: impl Fn(&mut serde_json::Map<String, Value>)) -> (tempfile::TempDir, Engine) {
	let dir = copy_of(NAME);
	let path = dir.path().join("config.json");
	let mut config: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
	edit(config.as_object_mut().unwrap());
	std::fs::write(&path, config.to_string()).unwrap();
	let engine = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
	(dir, engine)
}

#[test]
fn logits_and_greedy_equal_transformers_in_both_config_forms() {
	let reference = reference(NAME);
	let engine = load(NAME, &EngineOptions::default());
	assert!(engine.config().rope.scaling.is_some());
	// The hub form: rope_scaling with its type under "type", rope_theta beside it.
	let (_hub_dir, hub) = edited(|config| {
		let mut parameters = config.remove("rope_parameters").unwrap();
		let theta = parameters.as_object_mut().unwrap().remove("rope_theta").unwrap();
		let kind = parameters.as_object_mut().unwrap().remove("rope_type").unwrap();
		parameters.as_object_mut().unwrap().insert("type".into(), kind);
		config.insert("rope_scaling".into(), parameters);
		config.insert("rope_theta".into(), theta);
	});
	let (_plain_dir, unscaled) = edited(|config| {
		let parameters = config["rope_parameters"].as_object_mut().unwrap();
		parameters.retain(|key, _| key == "rope_theta");
	});
	for (i, prompt) in reference.prompts.iter().enumerate() {
		assert_eq!(engine.encode(&Prompt::Text(prompt.text.clone())).unwrap(), prompt.ids);
		let expected = reference_logits(NAME, i);
		for model in [&engine, &hub] {
			let difference =
				max_abs_diff(&last_logits(model, &prompt.ids, prompt.ids.len()), &expected);
			assert!(difference < 1e-4, "prompt {i}: {difference}");
		}
		let plain = max_abs_diff(&last_logits(&unscaled, &prompt.ids, prompt.ids.len()), &expected);
		assert!(plain > 1e-3, "the scaling changes the logits ({plain})");
	}
	// Greedy past the stop ids: the second prompt's continuation, compared while no stop id
	// comes (the reference generated with no end-of-sequence id).
	let prompt = &reference.prompts[1];
	let generation = greedy(&hub, &prompt.ids, 12);
	let expected: Vec<u32> =
		prompt.greedy.iter().copied().take_while(|id| !hub.stop_tokens().contains(id)).collect();
	assert_eq!(generation.tokens, expected);
}

#[test]
fn generation_stops_at_any_end_of_sequence_id() {
	let reference = reference(NAME);
	let engine = load(NAME, &EngineOptions::default());
	let stop = reference.prompts[0].greedy[3];
	let end_of_turn = engine.tokenizer().eos().unwrap().1;
	assert_eq!(engine.tokenizer().eos().unwrap().0, "<|eot_id|>");
	assert_eq!(engine.stop_tokens(), [end_of_turn, stop]);
	let prompt = &reference.prompts[0];
	let generation = greedy(&engine, &prompt.ids, 12);
	let before: Vec<u32> =
		prompt.greedy.iter().copied().take_while(|id| *id != stop && *id != end_of_turn).collect();
	assert_eq!(generation.tokens, before);
	assert_eq!(generation.finish_reason, FinishReason::Stop);
}

#[derive(serde::Deserialize)]
struct ChatReference {
	chats: Vec<RenderedChat>,
}

#[derive(serde::Deserialize)]
struct RenderedChat {
	messages: Vec<ChatMessage>,
	text: String,
	ids: Vec<u32>,
}

/// Llama 3.2 Instruct's template (a dated system header, `<|eot_id|>` after each turn) renders
/// as transformers renders it at the reference's date, and the byte-level tokenizer encodes the
/// rendering to transformers' ids, its special tokens whole.
#[test]
fn the_llama_32_template_renders_and_encodes_as_transformers() {
	let path = fixtures().join(format!("reference/{NAME}.json"));
	let reference: ChatReference =
		serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
	let engine = load(NAME, &EngineOptions::default());
	let tokenizer = engine.tokenizer();
	let (bos, eos) = (&tokenizer.bos().unwrap().0, &tokenizer.eos().unwrap().0);
	let folder = ModelFolder::open(model_dir(NAME)).unwrap();
	// The reference's clock: 2026-12-02 13:34:24 UTC.
	let template = ChatTemplate::from_folder(&folder, bos, eos).unwrap().at_time(1_796_218_464);
	assert_eq!(reference.chats.len(), 2);
	for chat in &reference.chats {
		let text = template.render(&chat.messages, true).unwrap();
		assert_eq!(text, chat.text);
		assert!(text.contains("Today Date: 02 Dec 2026"));
		assert_eq!(tokenizer.encode(&text).unwrap(), chat.ids);
	}
}
