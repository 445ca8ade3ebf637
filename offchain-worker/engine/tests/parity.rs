//! The engine against the references: token ids equal SentencePiece's own (mistral-common's
//! tokenizer.model.v1) for plain text, and transformers' for the chat template; last-position
//! logits within 1e-4 (max abs difference) of transformers' in f32, within 5% of the largest
//! logit in bf16 with the same top token; greedy
//! continuations token for token equal; content hashes equal the fixture script's.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use candle_core::DType;
use common::*;
use gintonic_engine::{
	load::folder::ModelFolder,
	load::hash::{hash_folder, to_hex},
	text::sampling,
	ChatMessage, EngineOptions, Prompt, SamplingParams,
};
use serde::Deserialize;

const MODELS: [&str; 3] = ["tiny-mixtral", "tiny-mistral", "tiny-llama"];
/// f32 on the same bf16-rounded weights: only summation order differs.
const F32_TOLERANCE: f32 = 1e-4;

#[derive(Deserialize)]
struct PlainCase {
	text: String,
	ids: Vec<u32>,
}

#[derive(Deserialize)]
struct ChatCase {
	messages: Vec<ChatMessage>,
	text: String,
	ids: Vec<u32>,
}

#[derive(Deserialize)]
struct TokenizerReference {
	plain: Vec<PlainCase>,
	chat: Vec<ChatCase>,
}

fn tokenizer_reference() -> TokenizerReference {
	let path = fixtures().join("reference/tokenizer.json");
	serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn plain_text_ids_equal_sentencepiece() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let cases = tokenizer_reference().plain;
	assert!(cases.len() >= 20);
	for case in cases {
		assert_eq!(engine.tokenizer().encode(&case.text).unwrap(), case.ids, "{:?}", case.text);
	}
}

#[test]
fn chat_template_ids_equal_transformers() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	for case in tokenizer_reference().chat {
		let ids = engine.encode(&Prompt::Chat(case.messages.clone())).unwrap();
		assert_eq!(ids, case.ids, "{:?}", case.text);
	}
}

#[test]
fn f32_logits_match_transformers_and_greedy_is_token_for_token() {
	for name in MODELS {
		let engine = load(name, &EngineOptions::default());
		for (index, prompt) in reference(name).prompts.iter().enumerate() {
			let ids = engine.encode(&Prompt::Text(prompt.text.clone())).unwrap();
			assert_eq!(ids, prompt.ids, "{name}: prompt ids");
			let mut cache = engine.model().new_cache(64).unwrap();
			let logits = engine.model().forward(&ids, &mut cache).unwrap();
			let diff = max_abs_diff(&logits, &reference_logits(name, index));
			assert!(diff < F32_TOLERANCE, "{name} prompt {index}: max abs diff {diff}");

			let greedy = SamplingParams::greedy(prompt.greedy.len());
			let generation =
				engine.generate(&Prompt::Tokens(ids), &greedy, false, &mut |_| true).unwrap();
			assert_eq!(generation.tokens, prompt.greedy, "{name} prompt {index}: greedy");
		}
	}
}

#[test]
fn bf16_logits_stay_close_to_the_f32_reference() {
	let options = EngineOptions { dtype: DType::BF16, ..Default::default() };
	for name in MODELS {
		let engine = load(name, &options);
		let prompt = &reference(name).prompts[0];
		let mut cache = engine.model().new_cache(64).unwrap();
		let logits = engine.model().forward(&prompt.ids, &mut cache).unwrap();
		let expected = reference_logits(name, 0);
		let scale = expected.iter().fold(0f32, |max, logit| max.max(logit.abs()));
		let diff = max_abs_diff(&logits, &expected);
		// bf16 keeps 8 bits of mantissa and rounds every activation: against the f32 reference,
		// allow 5% of the largest logit, and the same top token.
		assert!(diff < 0.05 * scale, "{name}: bf16 max abs diff {diff}, largest logit {scale}");
		assert_eq!(
			sampling::argmax(&logits),
			sampling::argmax(&expected),
			"{name}: bf16 top token"
		);
	}
}

#[test]
fn content_hashes_equal_the_fixture_scripts() {
	for name in MODELS {
		let hashes = hash_folder(&ModelFolder::open(model_dir(name)).unwrap()).unwrap();
		let expected = reference(name).hashes.unwrap();
		assert_eq!(to_hex(&hashes.weights), expected.weights, "{name}");
		assert_eq!(to_hex(&hashes.tokenizer), expected.tokenizer, "{name}");
	}
}

#[test]
fn parameter_count_equals_the_tensors_in_the_files() {
	for name in MODELS {
		let folder = ModelFolder::open(model_dir(name)).unwrap();
		let mut total = 0u64;
		for file in folder.safetensors() {
			let tensors = candle_core::safetensors::load(&file, &candle_core::Device::Cpu).unwrap();
			total += tensors.values().map(|tensor| tensor.elem_count() as u64).sum::<u64>();
		}
		let engine = load(name, &EngineOptions::default());
		assert_eq!(engine.config().parameter_count(), total, "{name}");
	}
}
