//! The scheduler on the tiny Mixtral fixture, with a hook that fails, panics or slows passes:
//! the KV budget admits no more than it holds, the queue bound refuses at once, a request
//! larger than the budget is refused, one failing sequence fails alone, a panic fails only its
//! step, a dropped stream frees its sequence, a stopped one ends with what was generated,
//! chunked prefill gives the logits of a whole
//! prefill, and device time is billed by tokens.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use super::*;
use crate::{load::device::EngineOptions, serve::budget::position_bytes};
use std::{
	path::PathBuf,
	sync::{Mutex, OnceLock},
};

fn engine() -> Arc<Engine> {
	static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
	// This crate's folder when the test runs (cargo and nextest set it), not where it was
	// built: a binary from another checkout sharing the target folder reads this one's fixture.
	let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
	let folder = manifest.join("tests/fixtures/tiny-mixtral");
	Arc::clone(ENGINE.get_or_init(|| {
		Arc::new(Engine::load(folder, &EngineOptions::default()).expect("the fixture loads"))
	}))
}

/// Limits whose KV budget holds `positions` cache positions.
fn limits(max_batch: usize, max_waiting: usize, positions: usize) -> SchedulerLimits {
	let engine = engine();
	let bytes = position_bytes(engine.config(), engine.model().dtype()) * positions as u64;
	SchedulerLimits { max_batch, max_waiting, kv_cache_bytes: bytes, step_tokens: 512 }
}

fn text(words: usize) -> Prompt {
	Prompt::Text("the gin and the tonic ".repeat(words / 5 + 1))
}

/// The generation a stream ends with.
fn finish(stream: GenerationStream) -> Result<Generation> {
	for event in stream {
		if let StreamEvent::Done(result) = event {
			return result;
		}
	}
	Err(EngineError::Batch("the stream ended without Done".into()))
}

/// The prompt's token count for greedy `max_tokens`.
fn positions(prompt: &Prompt, max_tokens: usize) -> usize {
	engine().start_sequence(prompt, &SamplingParams::greedy(max_tokens), false).unwrap().1
}

#[test]
fn the_budget_admits_what_it_holds_and_the_rest_waits() {
	let widest = Arc::new(AtomicUsize::new(0));
	let seen = Arc::clone(&widest);
	let hook: PassHook = Arc::new(move |inputs: &[&[u32]]| {
		seen.fetch_max(inputs.len(), Ordering::AcqRel);
		Ok(())
	});
	let prompt = text(10);
	let greedy = SamplingParams::greedy(8);
	let one = positions(&prompt, 8).div_ceil(16) * 16;
	// Room for one sequence (in whole blocks), not two: they run one after the other.
	let scheduler =
		BatchScheduler::start_with_hook(engine(), limits(4, 8, one), Some(hook.clone()), false)
			.unwrap();
	let streams: Vec<_> =
		(0..2).map(|_| scheduler.submit(&prompt, &greedy, false).unwrap()).collect();
	let outcomes: Vec<_> = streams.into_iter().map(|stream| finish(stream).unwrap()).collect();
	assert_eq!(outcomes[0].tokens, outcomes[1].tokens);
	assert_eq!(widest.load(Ordering::Acquire), 1);
	// Room for two: they share passes.
	let scheduler =
		BatchScheduler::start_with_hook(engine(), limits(4, 8, 2 * one), Some(hook), false)
			.unwrap();
	let streams: Vec<_> =
		(0..2).map(|_| scheduler.submit(&prompt, &greedy, false).unwrap()).collect();
	streams.into_iter().for_each(|stream| drop(finish(stream).unwrap()));
	assert_eq!(widest.load(Ordering::Acquire), 2);
}

#[test]
fn a_full_queue_refuses_at_once_and_an_oversized_request_is_refused() {
	let prompt = text(10);
	let scheduler = BatchScheduler::start(engine(), limits(1, 1, 4096)).unwrap();
	let running = scheduler.submit(&prompt, &SamplingParams::greedy(400), false).unwrap();
	// Once it streams, it is running: the next request waits in the queue.
	assert!(matches!(running.recv(), Some(StreamEvent::Text(_))));
	let queued = scheduler.submit(&prompt, &SamplingParams::greedy(2), false).unwrap();
	match scheduler.submit(&prompt, &SamplingParams::greedy(2), false) {
		Err(EngineError::Saturated { waiting }) => assert_eq!(waiting, 1),
		other => panic!("expected saturation, got {:?}", other.map(|_| ())),
	}
	assert_eq!(scheduler.waiting(), 1);
	drop(running);
	assert_eq!(finish(queued).unwrap().tokens.len(), 2);

	let small = BatchScheduler::start(engine(), limits(1, 1, 64)).unwrap();
	match small.submit(&prompt, &SamplingParams::greedy(100), false) {
		Err(EngineError::OverBudget { budget, .. }) => assert_eq!(budget, 64),
		other => panic!("expected over budget, got {:?}", other.map(|_| ())),
	}
	assert!(small.submit(&prompt, &SamplingParams::greedy(4), false).is_ok());
}

#[test]
fn a_request_past_the_context_is_refused_only_where_asked() {
	let scheduler = BatchScheduler::start(engine(), limits(2, 4, 4096)).unwrap();
	let prompt = marked(7);
	let context = engine().config().max_position_embeddings;
	let fits = SamplingParams::greedy(context - 5);
	let past = SamplingParams::greedy(context - 4);
	match scheduler.submit_within_context(&prompt, &past, false) {
		Err(EngineError::ContextExceeded { prompt_tokens, max_tokens, context: limit }) => {
			assert_eq!((prompt_tokens, max_tokens, limit), (5, context - 4, context));
		}
		other => panic!("expected the context to be exceeded, got {:?}", other.map(|_| ())),
	}
	assert_eq!(scheduler.waiting(), 0, "nothing queued");
	drop(scheduler.submit_within_context(&prompt, &fits, false).unwrap());
	// Elsewhere generation ends at the context.
	drop(scheduler.submit(&prompt, &past, false).unwrap());
}

/// A prompt of token ids that starts with `marker`.
fn marked(marker: u32) -> Prompt {
	Prompt::Tokens(vec![1, marker, 300, 400, 500])
}

const POISON: u32 = 777;

#[test]
fn a_failing_sequence_fails_alone() {
	let hook: PassHook = Arc::new(|inputs: &[&[u32]]| {
		if inputs.iter().any(|tokens| tokens.contains(&POISON)) {
			return Err(EngineError::Batch("poisoned".into()));
		}
		Ok(())
	});
	let scheduler =
		BatchScheduler::start_with_hook(engine(), limits(8, 8, 4096), Some(hook), false).unwrap();
	let greedy = SamplingParams::greedy(6);
	let alone = engine().generate(&marked(5), &greedy, false, &mut |_| true).unwrap();
	let streams: Vec<_> = [marked(5), marked(POISON), marked(5)]
		.iter()
		.map(|prompt| scheduler.submit(prompt, &greedy, false).unwrap())
		.collect();
	let outcomes: Vec<_> = streams.into_iter().map(finish).collect();
	assert!(matches!(&outcomes[1], Err(EngineError::Batch(message)) if message == "poisoned"));
	for outcome in [&outcomes[0], &outcomes[2]] {
		assert_eq!(outcome.as_ref().unwrap().tokens, alone.tokens);
	}
}

#[test]
fn a_panic_fails_its_step_and_the_worker_goes_on() {
	let hook: PassHook = Arc::new(|inputs: &[&[u32]]| {
		assert!(!inputs.iter().any(|tokens| tokens.contains(&POISON)), "a poisoned pass");
		Ok(())
	});
	let scheduler =
		BatchScheduler::start_with_hook(engine(), limits(8, 8, 4096), Some(hook), false).unwrap();
	let failed =
		finish(scheduler.submit(&marked(POISON), &SamplingParams::greedy(3), false).unwrap());
	match failed {
		Err(EngineError::Batch(message)) => assert!(message.contains("panicked"), "{message}"),
		other => panic!("expected the panic's error, got {:?}", other.map(|g| g.tokens)),
	}
	let after = finish(scheduler.submit(&marked(5), &SamplingParams::greedy(3), false).unwrap());
	assert_eq!(after.unwrap().tokens.len(), 3);
}

#[test]
fn a_dropped_stream_frees_its_sequence_at_the_next_step() {
	let passes = Arc::new(Mutex::new(0usize));
	let counted = Arc::clone(&passes);
	let hook: PassHook = Arc::new(move |_: &[&[u32]]| {
		*counted.lock().unwrap() += 1;
		Ok(())
	});
	let scheduler =
		BatchScheduler::start_with_hook(engine(), limits(4, 4, 4096), Some(hook), false).unwrap();
	let stream = scheduler.submit(&text(10), &SamplingParams::greedy(1000), false).unwrap();
	assert!(matches!(stream.recv(), Some(StreamEvent::Text(_))));
	drop(stream);
	let deadline = Instant::now() + Duration::from_secs(30);
	while scheduler.running() > 0 && Instant::now() < deadline {
		std::thread::sleep(Duration::from_millis(5));
	}
	assert_eq!(scheduler.running(), 0);
	// A handful of passes, not the thousand the request asked for.
	assert!(*passes.lock().unwrap() < 20, "{} passes", passes.lock().unwrap());
}

#[test]
fn a_stopped_stream_ends_with_what_was_generated_and_frees_its_sequence() {
	let scheduler = BatchScheduler::start(engine(), limits(4, 4, 4096)).unwrap();
	let stream = scheduler.submit(&text(10), &SamplingParams::greedy(1000), false).unwrap();
	let mut texts = 0;
	while texts < 3 {
		if let Some(StreamEvent::Text(_)) = stream.recv() {
			texts += 1;
		}
	}
	stream.stop();
	let generation = finish(stream).unwrap();
	assert_eq!(generation.finish_reason, crate::FinishReason::Cancelled);
	assert!(
		generation.tokens.len() >= 3 && generation.tokens.len() < 1000,
		"{}",
		generation.tokens.len()
	);
	assert_eq!(generation.usage.completion_tokens, generation.tokens.len());
	let deadline = Instant::now() + Duration::from_secs(30);
	while scheduler.running() > 0 && Instant::now() < deadline {
		std::thread::sleep(Duration::from_millis(5));
	}
	assert_eq!(scheduler.running(), 0);
}

#[test]
fn chunked_prefill_gives_the_logits_of_a_whole_prefill() {
	let prompt = text(60);
	let whole =
		engine().generate(&prompt, &SamplingParams::greedy(4), true, &mut |_| true).unwrap();
	assert!(whole.prompt_ids.len() > 40);
	let chunks = Arc::new(Mutex::new(Vec::new()));
	let seen = Arc::clone(&chunks);
	let hook: PassHook = Arc::new(move |inputs: &[&[u32]]| {
		seen.lock().unwrap().push(inputs.iter().map(|tokens| tokens.len()).sum::<usize>());
		Ok(())
	});
	let limits = SchedulerLimits { step_tokens: 16, ..limits(4, 4, 4096) };
	let scheduler = BatchScheduler::start_with_hook(engine(), limits, Some(hook), false).unwrap();
	let chunked =
		finish(scheduler.submit(&prompt, &SamplingParams::greedy(4), true).unwrap()).unwrap();
	assert!(chunks.lock().unwrap().iter().all(|tokens| *tokens <= 16));
	assert_eq!(chunked.tokens, whole.tokens);
	for (a, b) in chunked.logits.iter().zip(&whole.logits) {
		let difference = a.iter().zip(b).map(|(x, y)| (x - y).abs()).fold(0.0, f32::max);
		assert!(difference < 1e-4, "{difference}");
	}
}

#[test]
fn device_time_is_billed_by_tokens() {
	// The first pass waits until the test lets it go; meanwhile a second request queues. The
	// next pass holds the first's decoded token and the second's prompt, and lasts 200 ms.
	let (release, gate) = mpsc::channel::<()>();
	let gate = Mutex::new(gate);
	let pass = Mutex::new(0usize);
	let hook: PassHook = Arc::new(move |_: &[&[u32]]| {
		let mut pass = pass.lock().unwrap();
		*pass += 1;
		match *pass {
			1 => drop(gate.lock().unwrap().recv()),
			2 => std::thread::sleep(Duration::from_millis(200)),
			_ => {}
		}
		Ok(())
	});
	let scheduler =
		BatchScheduler::start_with_hook(engine(), limits(4, 4, 4096), Some(hook), false).unwrap();
	let first = scheduler.submit(&text(5), &SamplingParams::greedy(2), false).unwrap();
	while scheduler.running() == 0 {
		std::thread::sleep(Duration::from_millis(1));
	}
	let long = text(60);
	let second = scheduler.submit(&long, &SamplingParams::greedy(1), false).unwrap();
	release.send(()).unwrap();
	let second = finish(second).unwrap();
	finish(first).unwrap();
	// Of the 200 ms pass, the second's share is its prompt's tokens over those plus one.
	let share = second.prompt_ids.len() as f64 / (second.prompt_ids.len() + 1) as f64;
	assert!(second.usage.gpu_ms as f64 >= 200.0 * share * 0.95, "{:?}", second.usage);
}

#[test]
fn a_device_fault_ends_the_service_where_it_poisons_the_device() {
	let hook: PassHook =
		Arc::new(|_: &[&[u32]]| Err(EngineError::Batch("CUDA_ERROR_ILLEGAL_ADDRESS".into())));
	// On the CPU (faults do not end the service), failing passes fail their requests only.
	let cpu =
		BatchScheduler::start_with_hook(engine(), limits(4, 8, 4096), Some(hook.clone()), false)
			.unwrap();
	for _ in 0..DEVICE_FAULT_PASSES + 1 {
		assert!(finish(cpu.submit(&marked(5), &SamplingParams::greedy(2), false).unwrap()).is_err());
	}
	assert_eq!(cpu.device_fault(), None);
	assert!(cpu.submit(&marked(5), &SamplingParams::greedy(2), false).is_ok());

	// Where a fault poisons the device: after DEVICE_FAULT_PASSES failed passes, everything
	// fails with the fault and new requests are refused.
	let gpu =
		BatchScheduler::start_with_hook(engine(), limits(4, 8, 4096), Some(hook), true).unwrap();
	let streams: Vec<_> = (0..DEVICE_FAULT_PASSES)
		.map(|_| gpu.submit(&marked(5), &SamplingParams::greedy(2), false).unwrap())
		.collect();
	for stream in streams {
		assert!(finish(stream).is_err());
	}
	let deadline = Instant::now() + Duration::from_secs(30);
	while gpu.device_fault().is_none() && Instant::now() < deadline {
		// Each request fails alone in its own pass: keep them coming until the count is reached.
		if let Ok(stream) = gpu.submit(&marked(5), &SamplingParams::greedy(2), false) {
			drop(finish(stream));
		}
	}
	assert!(gpu.device_fault().is_some_and(|fault| fault.contains("CUDA_ERROR_ILLEGAL_ADDRESS")));
	assert!(matches!(
		gpu.submit(&marked(5), &SamplingParams::greedy(2), false),
		Err(EngineError::DeviceFailed(_))
	));
}
