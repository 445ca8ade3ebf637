//! Export: a model written to a folder and to a tar archive keeps its content hashes; an
//! export checked against the wrong registry hashes fails.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{
	load::export::{export_to_folder, export_to_tar},
	load::folder::ModelFolder,
	load::hash::hash_folder,
	EngineError, EngineOptions, FolderHashes, Prompt, SamplingParams,
};

#[test]
fn folder_export_keeps_the_hashes_and_the_copy_generates_the_same() {
	let source = ModelFolder::open(model_dir("tiny-mixtral")).unwrap();
	let expected = hash_folder(&source).unwrap();
	let out = tempfile::tempdir().unwrap();
	let destination = out.path().join("copy");
	assert_eq!(export_to_folder(&source, &destination, Some(&expected)).unwrap(), expected);
	let engine = gintonic_engine::Engine::load(&destination, &EngineOptions::default()).unwrap();
	let generation = engine
		.generate(
			&Prompt::Text("The capital of France is".into()),
			&SamplingParams::greedy(12),
			false,
			&mut |_| true,
		)
		.unwrap();
	assert_eq!(generation.tokens, reference("tiny-mixtral").prompts[0].greedy);
}

#[test]
fn tar_export_is_verified_by_reading_it_back() {
	let source = ModelFolder::open(model_dir("tiny-llama")).unwrap();
	let expected = hash_folder(&source).unwrap();
	let out = tempfile::tempdir().unwrap();
	let archive = out.path().join("tiny-llama.tar");
	assert_eq!(export_to_tar(&source, &archive, None).unwrap(), expected);
	let mut names: Vec<String> = tar::Archive::new(std::fs::File::open(&archive).unwrap())
		.entries()
		.unwrap()
		.map(|entry| entry.unwrap().path().unwrap().display().to_string())
		.collect();
	names.sort();
	assert!(names.contains(&"tiny-llama/model.safetensors".to_string()), "{names:?}");
}

#[test]
fn export_against_other_hashes_fails() {
	let source = ModelFolder::open(model_dir("tiny-mistral")).unwrap();
	let wrong = FolderHashes { weights: [7; 32], tokenizer: [7; 32] };
	let out = tempfile::tempdir().unwrap();
	let error = export_to_folder(&source, &out.path().join("copy"), Some(&wrong)).unwrap_err();
	assert!(matches!(error, EngineError::HashMismatch { part: "weights", .. }), "{error}");
}

#[test]
fn the_cli_export_checks_the_registry_hashes_it_is_given() {
	let binary = env!("CARGO_BIN_EXE_gintonic-engine");
	let source = model_dir("tiny-mixtral");
	let hashes = hash_folder(&ModelFolder::open(&source).unwrap()).unwrap();
	let hex = |hash: &[u8; 32]| gintonic_engine::load::hash::to_hex(hash);
	let out = tempfile::tempdir().unwrap();
	let export = |name: &str, weights: &str| {
		std::process::Command::new(binary)
			.arg("export")
			.arg(&source)
			.arg("--to")
			.arg(out.path().join(name))
			.args(["--expect-weights", weights, "--expect-tokenizer", &hex(&hashes.tokenizer)])
			.output()
			.unwrap()
	};
	let good = export("good", &hex(&hashes.weights));
	assert!(good.status.success(), "{}", String::from_utf8_lossy(&good.stderr));
	let wrong = export("wrong", &hex(&[7; 32]));
	assert!(!wrong.status.success());
	let message = String::from_utf8_lossy(&wrong.stderr);
	assert!(message.contains("weights hash mismatch"), "{message}");
	let malformed = export("malformed", "0x12");
	assert!(String::from_utf8_lossy(&malformed.stderr).contains("64 hex digits"));
}
