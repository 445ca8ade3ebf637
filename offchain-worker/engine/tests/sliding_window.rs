//! Sliding-window attention against transformers: the tiny Mistral with `sliding_window` 4
//! (scripts/fixtures/sliding_window.py computed transformers' references on the fixture's
//! weights with the same setting) gives transformers' last-position logits whether the prompt
//! runs whole or in chunks, and its greedy continuation, decoded past the window, token for
//! token. Without the window the logits differ, so the window is what is tested.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{Engine, EngineOptions, Prompt};
use serde::Deserialize;

#[derive(Deserialize)]
struct WindowReference {
	sliding_window: usize,
	prompts: Vec<PromptReference>,
}

fn reference() -> (WindowReference, candle_core::safetensors::MmapedSafetensors) {
	let folder = fixtures().join("reference");
	let text = std::fs::read_to_string(folder.join("tiny-mistral-window.json")).unwrap();
	#[allow(unsafe_code)]
	// SAFETY: a test fixture, read only.
	let logits = unsafe {
		candle_core::safetensors::MmapedSafetensors::new(
			folder.join("tiny-mistral-window.safetensors"),
		)
	}
	.unwrap();
	(serde_json::from_str(&text).unwrap(), logits)
}

/// The tiny Mistral with its config's `sliding_window` set to `window`.
fn windowed(window: usize) -> (tempfile::TempDir, Engine) {
	let dir = copy_of("tiny-mistral");
	let path = dir.path().join("config.json");
	let mut config: serde_json::Value =
		serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
	config["sliding_window"] = window.into();
	std::fs::write(&path, config.to_string()).unwrap();
	let engine = Engine::load(dir.path(), &EngineOptions::default()).unwrap();
	(dir, engine)
}

#[test]
fn logits_and_greedy_equal_transformers_across_the_window() {
	let (reference, logits) = reference();
	let (_dir, engine) = windowed(reference.sliding_window);
	let plain = load("tiny-mistral", &EngineOptions::default());
	for (i, prompt) in reference.prompts.iter().enumerate() {
		let expected: Vec<f32> = logits
			.load(&format!("prompt{i}"), &candle_core::Device::Cpu)
			.unwrap()
			.to_vec1()
			.unwrap();
		assert_eq!(engine.encode(&Prompt::Text(prompt.text.clone())).unwrap(), prompt.ids);
		for chunk in [prompt.ids.len(), 3, 1] {
			let difference = max_abs_diff(&last_logits(&engine, &prompt.ids, chunk), &expected);
			assert!(difference < 1e-4, "prompt {i}, chunks of {chunk}: {difference}");
		}
		let unwindowed = last_logits(&plain, &prompt.ids, prompt.ids.len());
		assert!(max_abs_diff(&unwindowed, &expected) > 1e-3, "the window changes the logits");

		assert_eq!(
			greedy(&engine, &prompt.ids, prompt.greedy.len()).tokens,
			prompt.greedy,
			"prompt {i}"
		);
	}
}
