//! Shared by the engine's tests: the fixture folders and their transformers references.

#![allow(dead_code, missing_docs, clippy::unwrap_used)]

pub mod llama_cpp;
pub mod random_model;

use gintonic_engine::{Engine, EngineOptions, Generation, Prompt, SamplingParams};
use serde::Deserialize;
use std::path::PathBuf;

/// The fixtures folder (built by scripts/fixtures/tiny_models.py).
pub fn fixtures() -> PathBuf {
	manifest_dir().join("tests/fixtures")
}

/// A tiny model folder: `tiny-mixtral`, `tiny-mistral` or `tiny-llama`.
pub fn model_dir(name: &str) -> PathBuf {
	fixtures().join(name)
}

pub fn load(name: &str, options: &EngineOptions) -> Engine {
	Engine::load(model_dir(name), options).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[derive(Deserialize)]
pub struct PromptReference {
	pub text: String,
	pub ids: Vec<u32>,
	pub greedy: Vec<u32>,
}

#[derive(Deserialize)]
pub struct Hashes {
	pub weights: String,
	pub tokenizer: String,
}

#[derive(Deserialize)]
pub struct ModelReference {
	pub prompts: Vec<PromptReference>,
	/// The folder's content hashes as the fixture script computed them (the first fixtures).
	pub hashes: Option<Hashes>,
}

/// What transformers computed for `name`: prompts, greedy continuations, hashes.
pub fn reference(name: &str) -> ModelReference {
	let path = fixtures().join("reference").join(format!("{name}.json"));
	serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// transformers' last-position logits for prompt `index` of `name`.
pub fn reference_logits(name: &str, index: usize) -> Vec<f32> {
	let path = fixtures().join("reference").join(format!("{name}.safetensors"));
	let tensors = candle_core::safetensors::load(path, &candle_core::Device::Cpu).unwrap();
	tensors[&format!("prompt{index}")].to_vec1().unwrap()
}

/// Greedy generation of up to `max_tokens` after the token ids `ids`.
pub fn greedy(engine: &Engine, ids: &[u32], max_tokens: usize) -> Generation {
	let params = SamplingParams::greedy(max_tokens);
	engine.generate(&Prompt::Tokens(ids.to_vec()), &params, false, &mut |_| true).unwrap()
}

/// The last-position logits of `ids`, run through the model in chunks of `chunk` tokens.
pub fn last_logits(engine: &Engine, ids: &[u32], chunk: usize) -> Vec<f32> {
	let mut cache = engine.model().new_cache(ids.len()).unwrap();
	let mut last = Vec::new();
	for piece in ids.chunks(chunk.max(1)) {
		last = engine.model().forward(piece, &mut cache).unwrap();
	}
	last
}

pub fn max_abs_diff(a: &[f32], b: &[f32]) -> f32 {
	assert_eq!(a.len(), b.len());
	a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max)
}

/// A copy of a fixture in a temporary folder, to damage.
pub fn copy_of(name: &str) -> tempfile::TempDir {
	let dir = tempfile::tempdir().unwrap();
	for entry in std::fs::read_dir(model_dir(name)).unwrap() {
		let entry = entry.unwrap();
		std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
	}
	dir
}

/// This crate's folder, read when the test runs (cargo and nextest set `CARGO_MANIFEST_DIR`):
/// a test binary that cargo reuses from a clone at another path still finds this clone's files.
fn manifest_dir() -> std::path::PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), std::path::PathBuf::from)
}
