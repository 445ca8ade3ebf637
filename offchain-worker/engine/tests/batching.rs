//! Batching on the tiny Mixtral: one batched pass gives each sequence the logits it gets
//! alone (prompts of different lengths, and prefill mixed with decode); the scheduler serves
//! concurrent requests with the tokens each gets alone, streams text that adds up, cancels a
//! request whose reader left without disturbing the others, and refuses bad requests at
//! submission; the benchmark reports every batch size asked for.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{
	model::{BatchEntry, KvCache},
	serve::bench::{self, BenchPlan},
	BatchScheduler, EngineError, EngineOptions, FinishReason, Prompt, SamplingParams,
	SchedulerLimits, StreamEvent,
};
use std::sync::Arc;

/// f32 on the CPU; a batched matrix product may sum in another order than a single one.
const TOLERANCE: f32 = 1e-4;

fn prompts() -> Vec<Prompt> {
	["The capital of France is", "def fibonacci(n):\n    return", "Once upon a time, in a land"]
		.iter()
		.map(|text| Prompt::Text(text.to_string()))
		.collect()
}

/// One batch entry per sequence: its new tokens and its cache.
fn entries<'a>(tokens: &'a [Vec<u32>], caches: &'a mut [KvCache]) -> Vec<BatchEntry<'a>> {
	tokens
		.iter()
		.zip(caches.iter_mut())
		.map(|(tokens, cache)| BatchEntry { tokens, cache })
		.collect()
}

#[test]
fn a_batched_pass_gives_each_sequence_its_own_logits() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let model = engine.model();
	let ids: Vec<Vec<u32>> = prompts().iter().map(|p| engine.encode(p).unwrap()).collect();
	assert!(ids[0].len() != ids[1].len(), "prompts of different lengths");

	// Alone: each prompt, then one decoded token.
	let mut alone = Vec::new();
	for prompt in &ids {
		let mut cache = model.new_cache(64).unwrap();
		let first = model.forward(prompt, &mut cache).unwrap();
		let next = gintonic_engine::text::sampling::argmax(&first);
		let second = model.forward(&[next], &mut cache).unwrap();
		alone.push((first, next, second));
	}

	// Together: the three prefills in one pass, then the three decodes in one pass.
	let mut caches: Vec<_> = ids.iter().map(|_| model.new_cache(64).unwrap()).collect();
	let firsts = model.forward_batch(&mut entries(&ids, &mut caches)).unwrap();
	let nexts: Vec<Vec<u32>> = alone.iter().map(|(_, next, _)| vec![*next]).collect();
	let seconds = model.forward_batch(&mut entries(&nexts, &mut caches)).unwrap();
	for (i, (first, _, second)) in alone.iter().enumerate() {
		assert!(max_abs_diff(first, &firsts[i]) < TOLERANCE, "prefill of prompt {i}");
		assert!(max_abs_diff(second, &seconds[i]) < TOLERANCE, "decode of prompt {i}");
	}
	assert_eq!(caches[0].len(), ids[0].len() + 1);

	// Prefill of one sequence beside the decode of another, in one pass.
	let mut fresh = model.new_cache(64).unwrap();
	let mut running = model.new_cache(64).unwrap();
	model.forward(&ids[1], &mut running).unwrap();
	let next = [alone[1].1];
	let mut mixed = [
		BatchEntry { tokens: &ids[0], cache: &mut fresh },
		BatchEntry { tokens: &next, cache: &mut running },
	];
	let logits = model.forward_batch(&mut mixed).unwrap();
	assert!(max_abs_diff(&alone[0].0, &logits[0]) < TOLERANCE);
	assert!(max_abs_diff(&alone[1].2, &logits[1]) < TOLERANCE);
}

#[test]
fn a_batched_pass_refuses_an_empty_entry_and_a_full_cache() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let model = engine.model();
	let mut cache = model.new_cache(4).unwrap();
	let mut other = model.new_cache(4).unwrap();
	let mut batch = [
		BatchEntry { tokens: &[1, 2], cache: &mut cache },
		BatchEntry { tokens: &[], cache: &mut other },
	];
	assert!(matches!(model.forward_batch(&mut batch), Err(EngineError::EmptyPrompt)));
	let mut batch = [BatchEntry { tokens: &[1, 2, 3, 4, 5], cache: &mut cache }];
	assert!(matches!(model.forward_batch(&mut batch), Err(EngineError::PromptTooLong { .. })));
	assert_eq!(cache.len(), 0, "a refused pass writes nothing");
}

fn batch_of(max_batch: usize) -> SchedulerLimits {
	SchedulerLimits { max_batch, ..Default::default() }
}

fn seeded(seed: u64) -> SamplingParams {
	SamplingParams {
		temperature: 0.9,
		top_p: 0.95,
		top_k: 40,
		max_tokens: 12,
		seed,
		..Default::default()
	}
}

#[test]
fn concurrent_requests_get_the_tokens_they_get_alone() {
	let engine = Arc::new(load("tiny-mixtral", &EngineOptions::default()));
	let cases: Vec<(Prompt, SamplingParams)> =
		prompts().into_iter().zip([seeded(1), SamplingParams::greedy(9), seeded(3)]).collect();
	let alone: Vec<_> = cases
		.iter()
		.map(|(prompt, params)| engine.generate(prompt, params, false, &mut |_| true).unwrap())
		.collect();

	let scheduler = BatchScheduler::start(Arc::clone(&engine), batch_of(8)).unwrap();
	let receivers: Vec<_> = cases
		.iter()
		.map(|(prompt, params)| scheduler.submit(prompt, params, false).unwrap())
		.collect();
	for (receiver, expected) in receivers.into_iter().zip(&alone) {
		let mut streamed = String::new();
		let mut done = None;
		for event in receiver {
			match event {
				StreamEvent::Text(piece) => streamed.push_str(&piece),
				StreamEvent::Done(result) => done = Some(result.unwrap()),
			}
		}
		let generation = done.expect("a Done event ends every stream");
		assert_eq!(generation.tokens, expected.tokens);
		assert_eq!(generation.text, expected.text);
		assert_eq!(streamed, generation.text);
		assert_eq!(generation.finish_reason, expected.finish_reason);
		assert_eq!(generation.usage.prompt_tokens, expected.usage.prompt_tokens);
		assert_eq!(generation.usage.completion_tokens, expected.usage.completion_tokens);
	}

	// The same from many threads at once, through the blocking call.
	let together: Vec<Vec<u32>> = std::thread::scope(|scope| {
		let handles: Vec<_> = cases
			.iter()
			.map(|(prompt, params)| {
				let scheduler = &scheduler;
				scope.spawn(move || {
					scheduler.generate(prompt, params, &mut |_| true).unwrap().tokens
				})
			})
			.collect();
		handles.into_iter().map(|handle| handle.join().unwrap()).collect()
	});
	let expected: Vec<Vec<u32>> = alone.iter().map(|g| g.tokens.clone()).collect();
	assert_eq!(together, expected);
}

#[test]
fn a_request_whose_reader_left_is_dropped_and_the_others_go_on() {
	let engine = Arc::new(load("tiny-mixtral", &EngineOptions::default()));
	let scheduler = BatchScheduler::start(Arc::clone(&engine), batch_of(4)).unwrap();
	let prompt = Prompt::Text("Hello there".into());
	let long = SamplingParams::greedy(200);
	let abandoned = scheduler.submit(&prompt, &long, false).unwrap();
	let mut kept = scheduler.submit(&prompt, &SamplingParams::greedy(6), false).unwrap();
	drop(abandoned);
	let done = kept
		.find_map(|event| match event {
			StreamEvent::Done(result) => Some(result),
			StreamEvent::Text(_) => None,
		})
		.expect("done");
	let generation = done.unwrap();
	assert_eq!(generation.tokens.len(), 6);
	assert_eq!(generation.finish_reason, FinishReason::Length);
	// The blocking call's callback cancels by returning false.
	let cancelled = scheduler.generate(&prompt, &long, &mut |_| false);
	assert!(matches!(cancelled, Err(EngineError::Batch(_))), "{cancelled:?}");
}

#[test]
fn bad_requests_are_refused_at_submission() {
	let engine = Arc::new(load("tiny-mixtral", &EngineOptions::default()));
	let scheduler = BatchScheduler::start(Arc::clone(&engine), batch_of(4)).unwrap();
	let prompt = Prompt::Text("Hi".into());
	let hot = SamplingParams { temperature: 3.0, ..Default::default() };
	assert!(matches!(
		scheduler.submit(&prompt, &hot, false),
		Err(EngineError::InvalidSampling { name: "temperature", .. })
	));
	let context = engine.config().max_position_embeddings;
	let too_long = Prompt::Tokens(vec![1; context]);
	assert!(matches!(
		scheduler.submit(&too_long, &SamplingParams::greedy(1), false),
		Err(EngineError::PromptTooLong { .. })
	));
	assert!(matches!(
		scheduler.submit(&Prompt::Tokens(vec![]), &SamplingParams::greedy(1), false),
		Err(EngineError::EmptyPrompt)
	));
	// The scheduler still serves after refusing.
	assert_eq!(
		scheduler
			.generate(&prompt, &SamplingParams::greedy(2), &mut |_| true)
			.unwrap()
			.tokens
			.len(),
		2
	);
}

#[test]
fn the_benchmark_reports_every_batch_size() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let plan = BenchPlan {
		prompt_tokens: 32,
		context_tokens: 8,
		decode_steps: 2,
		batch_sizes: vec![1, 3],
		repeats: 1,
		prefill_chunk: 0,
	};
	let report = bench::run(engine.model(), &plan).unwrap();
	assert_eq!(report.layers, engine.config().num_layers);
	assert_eq!(report.prefill.tokens, 32);
	let batches: Vec<usize> = report.decode.iter().map(|d| d.batch).collect();
	assert_eq!(batches, vec![1, 3]);
	assert!(report.decode.iter().all(|d| d.steps == 2 && d.tokens_per_s > 0.0));
	let chunked =
		bench::run(engine.model(), &BenchPlan { prefill_chunk: 5, ..plan.clone() }).unwrap();
	assert_eq!((chunked.prefill.tokens, chunked.prefill.chunk), (32, 5));
	let too_long = BenchPlan { prompt_tokens: engine.config().max_position_embeddings + 1, ..plan };
	assert!(matches!(
		bench::run(engine.model(), &too_long),
		Err(EngineError::PromptTooLong { .. })
	));
}
