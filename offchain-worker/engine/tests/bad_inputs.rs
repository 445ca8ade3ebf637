//! Bad inputs get clear errors and no panic: missing and corrupt files, wrong shapes, unknown
//! architectures, a prompt longer than the context, invalid sampling values, out-of-vocabulary
//! ids, and a folder whose hash differs from the registry's.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{
	load::{folder::ModelFolder, hash::hash_folder},
	Engine, EngineError, EngineOptions, Prompt, SamplingParams,
};
use std::fs;

fn load_error(dir: &std::path::Path) -> EngineError {
	match Engine::load(dir, &EngineOptions::default()) {
		Ok(_) => panic!("{} loaded", dir.display()),
		Err(error) => error,
	}
}

fn edit_config(dir: &std::path::Path, from: &str, to: &str) {
	let path = dir.join("config.json");
	let text = fs::read_to_string(&path).unwrap();
	assert!(text.contains(from), "{from}");
	fs::write(&path, text.replace(from, to)).unwrap();
}

#[test]
fn missing_files_are_named() {
	for file in ["config.json", "tokenizer.json", "model-00003-of-00003.safetensors"] {
		let dir = copy_of("tiny-mixtral");
		fs::remove_file(dir.path().join(file)).unwrap();
		match load_error(dir.path()) {
			EngineError::MissingFile { file: missing, .. } => assert_eq!(missing, file),
			other => panic!("{file}: {other}"),
		}
	}
}

#[test]
fn a_truncated_shard_is_a_weights_error_naming_it() {
	let dir = copy_of("tiny-mixtral");
	let shard = dir.path().join("model-00001-of-00003.safetensors");
	let bytes = fs::read(&shard).unwrap();
	fs::write(&shard, &bytes[..bytes.len() / 2]).unwrap();
	let error = load_error(dir.path());
	assert!(matches!(error, EngineError::Weights(_)), "{error}");
	assert!(error.to_string().contains("model-00001-of-00003.safetensors"), "{error}");
}

#[test]
fn shapes_that_disagree_with_the_config_name_the_tensor() {
	let dir = copy_of("tiny-mixtral");
	edit_config(dir.path(), "\"intermediate_size\": 48", "\"intermediate_size\": 40");
	let error = load_error(dir.path());
	assert!(matches!(error, EngineError::Weights(_)), "{error}");
	assert!(error.to_string().contains("experts.0.w1.weight"), "{error}");
}

#[test]
fn unknown_architectures_and_malformed_configs_are_refused() {
	let dir = copy_of("tiny-llama");
	edit_config(dir.path(), "\"model_type\": \"llama\"", "\"model_type\": \"gpt2\"");
	assert!(
		matches!(load_error(dir.path()), EngineError::UnknownArchitecture(name) if name == "gpt2")
	);
	fs::write(dir.path().join("config.json"), "{ not json").unwrap();
	assert!(matches!(load_error(dir.path()), EngineError::Config { .. }));
}

#[test]
fn prompts_longer_than_the_context_and_bad_ids_are_refused() {
	let engine = load("tiny-mistral", &EngineOptions::default());
	let context = engine.config().max_position_embeddings;
	let long = Prompt::Tokens(vec![100; context]);
	let greedy = SamplingParams::greedy(4);
	match engine.generate(&long, &greedy, false, &mut |_| true) {
		Err(EngineError::PromptTooLong { prompt_tokens, context: limit }) => {
			assert_eq!((prompt_tokens, limit), (context, context));
		}
		other => panic!("{:?}", other.map(|g| g.tokens)),
	}
	let out_of_vocabulary = Prompt::Tokens(vec![1, 40_000]);
	assert!(matches!(
		engine.generate(&out_of_vocabulary, &greedy, false, &mut |_| true),
		Err(EngineError::Tokenizer(_))
	));
	assert!(matches!(
		engine.generate(&Prompt::Tokens(vec![]), &greedy, false, &mut |_| true),
		Err(EngineError::EmptyPrompt)
	));
	// A prompt one short of the context gets exactly one token.
	let fits = Prompt::Tokens(vec![100; context - 1]);
	let generation =
		engine.generate(&fits, &SamplingParams::greedy(10), false, &mut |_| true).unwrap();
	assert_eq!(generation.tokens.len(), 1);
}

#[test]
fn invalid_sampling_values_are_refused_before_any_work() {
	let engine = load("tiny-mistral", &EngineOptions::default());
	let params = SamplingParams { temperature: 3.0, ..Default::default() };
	match engine.generate(&Prompt::Text("hi".into()), &params, false, &mut |_| true) {
		Err(EngineError::InvalidSampling { name, .. }) => assert_eq!(name, "temperature"),
		other => panic!("{:?}", other.map(|g| g.tokens)),
	}
}

#[test]
fn a_folder_whose_hash_differs_from_the_registry_is_refused() {
	let dir = copy_of("tiny-mixtral");
	let registered = hash_folder(&ModelFolder::open(dir.path()).unwrap()).unwrap();
	let options = EngineOptions::default();
	assert!(Engine::load_verified(dir.path(), &registered, &options).is_ok());
	let config = dir.path().join("generation_config.json");
	fs::write(&config, fs::read_to_string(&config).unwrap().replace('}', ", \"x\": 1}")).unwrap();
	match Engine::load_verified(dir.path(), &registered, &options) {
		Err(EngineError::HashMismatch { part, .. }) => assert_eq!(part, "weights"),
		other => panic!("{:?}", other.err()),
	}
}
