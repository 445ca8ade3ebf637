//! Generation behaviour on the tiny Mixtral: seeded sampling reproduces token for token and
//! other seeds differ; max_tokens and stop sequences are honoured; streamed text adds up to
//! the returned text; a callback that returns false ends generation; usage is counted.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{ChatMessage, EngineOptions, FinishReason, Prompt, SamplingParams};

fn sampled(seed: u64) -> SamplingParams {
	SamplingParams {
		temperature: 1.0,
		top_p: 0.9,
		top_k: 50,
		max_tokens: 16,
		seed,
		..Default::default()
	}
}

#[test]
fn same_seed_same_tokens_other_seed_other_tokens() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let prompt = Prompt::Text("Once upon a time".into());
	let run = |seed| engine.generate(&prompt, &sampled(seed), false, &mut |_| true).unwrap().tokens;
	let first = run(42);
	assert_eq!(first.len(), 16);
	assert_eq!(first, run(42));
	assert_ne!(first, run(43));
}

#[test]
fn max_tokens_ends_with_length_and_usage_counts() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let prompt = Prompt::Chat(vec![ChatMessage::new("user", "Hi")]);
	let generation =
		engine.generate(&prompt, &SamplingParams::greedy(5), false, &mut |_| true).unwrap();
	assert_eq!(generation.tokens.len(), 5);
	assert_eq!(generation.finish_reason, FinishReason::Length);
	assert_eq!(generation.usage.prompt_tokens, generation.prompt_ids.len());
	assert_eq!(generation.usage.completion_tokens, 5);
	assert!(generation.usage.gpu_ms <= generation.usage.wall_ms);
}

#[test]
fn stop_sequences_cut_the_text_and_streamed_pieces_add_up() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let prompt = Prompt::Text("The capital of France is".into());
	let full = engine.generate(&prompt, &SamplingParams::greedy(12), false, &mut |_| true).unwrap();
	// A stop sequence taken from the middle of the greedy text.
	let chars: Vec<char> = full.text.chars().collect();
	assert!(chars.len() > 8, "{:?}", full.text);
	let stop: String = chars[4..7].iter().collect();
	let cut = full.text.find(&stop).unwrap();
	let params = SamplingParams { stop: vec![stop.clone()], ..SamplingParams::greedy(12) };
	let mut streamed = String::new();
	let stopped = engine
		.generate(&prompt, &params, false, &mut |piece| {
			streamed.push_str(piece);
			true
		})
		.unwrap();
	assert_eq!(stopped.finish_reason, FinishReason::Stop);
	assert_eq!(stopped.text, full.text[..cut]);
	assert_eq!(streamed, stopped.text, "no part of the stop sequence is streamed");
}

#[test]
fn a_callback_returning_false_ends_generation() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let mut pieces = 0;
	let generation = engine
		.generate(&Prompt::Text("Hello".into()), &SamplingParams::greedy(20), false, &mut |_| {
			pieces += 1;
			false
		})
		.unwrap();
	assert_eq!(pieces, 1);
	assert!(generation.tokens.len() < 20);
}

#[test]
fn logits_are_kept_per_generated_token_on_request() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let generation = engine
		.generate(&Prompt::Text("Hello".into()), &SamplingParams::greedy(3), true, &mut |_| true)
		.unwrap();
	assert_eq!(generation.logits.len(), 3);
	for (logits, token) in generation.logits.iter().zip(&generation.tokens) {
		assert_eq!(logits.len(), engine.config().vocab_size);
		assert_eq!(gintonic_engine::text::sampling::argmax(logits), *token);
	}
}

#[test]
fn concurrent_requests_on_one_engine_get_what_they_would_get_alone() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let prompts = ["The capital of France is", "def fibonacci(n):", "Once upon a time"];
	let alone: Vec<Vec<u32>> = prompts
		.iter()
		.map(|text| {
			let prompt = Prompt::Text(text.to_string());
			engine.generate(&prompt, &sampled(7), false, &mut |_| true).unwrap().tokens
		})
		.collect();
	let together: Vec<Vec<u32>> = std::thread::scope(|scope| {
		let handles: Vec<_> = prompts
			.iter()
			.map(|text| {
				let engine = &engine;
				scope.spawn(move || {
					let prompt = Prompt::Text(text.to_string());
					engine.generate(&prompt, &sampled(7), false, &mut |_| true).unwrap().tokens
				})
			})
			.collect();
		handles.into_iter().map(|handle| handle.join().unwrap()).collect()
	});
	assert_eq!(together, alone);
}

#[test]
fn a_generation_replays_in_full_and_a_forgery_does_not() {
	let engine = common::load("tiny-mixtral", &EngineOptions::default());
	let prompt = Prompt::Chat(vec![gintonic_engine::ChatMessage::new("user", "What is a GPU?")]);
	for params in [
		SamplingParams::greedy(16),
		SamplingParams { temperature: 0.8, seed: 7, max_tokens: 16, ..SamplingParams::default() },
	] {
		let generated = engine.generate(&prompt, &params, false, &mut |_| true).unwrap();
		let report = engine.replay(&prompt, &params, &generated.tokens).unwrap();
		assert_eq!(
			(report.compared, report.reproduced, report.first_divergence),
			(generated.tokens.len(), generated.tokens.len(), None)
		);
		// Another seed, or tokens the model did not pick, are caught.
		let mut forged = generated.tokens.clone();
		forged[3] = (forged[3] + 1) % 100;
		let report = engine.replay(&prompt, &params, &forged).unwrap();
		assert_eq!(report.first_divergence, Some(3));
		assert!(report.reproduced < forged.len());
	}
}
