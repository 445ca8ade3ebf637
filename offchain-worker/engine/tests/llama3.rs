//! Llama 3 against transformers: the tiny Llama 3 (scripts/fixtures/llama3.py: Llama 3's rotary
//! scaling, tied embeddings, two end-of-sequence ids) gives transformers' last-position logits
//! and greedy continuations, with its config as transformers 5 writes it (`rope_parameters`) and
//! as hub folders carry it (`rope_scaling` beside `rope_theta`); without the scaling the logits
//! differ; generation stops at either end-of-sequence id.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{Engine, EngineOptions, FinishReason, Prompt};
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
	assert_eq!(engine.stop_tokens(), [2, stop]);
	let prompt = &reference.prompts[0];
	let generation = greedy(&engine, &prompt.ids, 12);
	let before: Vec<u32> =
		prompt.greedy.iter().copied().take_while(|id| *id != stop && *id != 2).collect();
	assert_eq!(generation.tokens, before);
	assert_eq!(generation.finish_reason, FinishReason::Stop);
}
