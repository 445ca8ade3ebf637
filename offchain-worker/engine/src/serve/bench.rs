//! The engine's speed on a loaded model, for the scripts in `scripts/bench/`: time to first
//! token for a prompt of a given length, and decode throughput at several batch sizes (all the
//! sequences of a batch step together through [`Model::forward_batch`]). The token ids are
//! synthetic, cycled through the vocabulary: speed does not depend on which tokens run. The
//! figures are wall-clock times of whole forward passes including the copy of the logits to
//! the host, which also waits for the device to finish.

use crate::{
	error::{EngineError, Result},
	model::{BatchEntry, KvCache, Model},
	text::sampling::argmax,
};
use serde::Serialize;
use std::time::Instant;

/// What to measure.
#[derive(Clone, Debug)]
pub struct BenchPlan {
	/// Tokens in the prompt whose prefill is timed.
	pub prompt_tokens: usize,
	/// Tokens already in each sequence's cache when decoding is timed.
	pub context_tokens: usize,
	/// Decode steps timed per batch size.
	pub decode_steps: usize,
	/// Batch sizes to decode at.
	pub batch_sizes: Vec<usize>,
	/// Timed prefills; the fastest is reported.
	pub repeats: usize,
	/// Prompt tokens per forward pass of the prefill, as the scheduler's chunked prefill runs
	/// them; 0: the whole prompt in one pass.
	pub prefill_chunk: usize,
}

impl Default for BenchPlan {
	fn default() -> Self {
		Self {
			prompt_tokens: 512,
			context_tokens: 128,
			decode_steps: 32,
			batch_sizes: vec![1, 8, 32],
			repeats: 3,
			prefill_chunk: 0,
		}
	}
}

/// Time to first token.
#[derive(Clone, Debug, Serialize)]
pub struct PrefillFigures {
	/// Prompt tokens.
	pub tokens: usize,
	/// Tokens per pass (0: the whole prompt in one).
	pub chunk: usize,
	/// Milliseconds for the prompt's forward passes (the fastest of the repeats).
	pub ms: f64,
	/// Prompt tokens per second.
	pub tokens_per_s: f64,
}

/// Decode speed at one batch size.
#[derive(Clone, Debug, Serialize)]
pub struct DecodeFigures {
	/// Sequences stepping together.
	pub batch: usize,
	/// Steps timed.
	pub steps: usize,
	/// Milliseconds per step (one token for every sequence).
	pub ms_per_step: f64,
	/// Tokens per second over the batch.
	pub tokens_per_s: f64,
}

/// Everything measured.
#[derive(Clone, Debug, Serialize)]
pub struct BenchReport {
	/// The model's layers (for scaling to a deeper model).
	pub layers: usize,
	/// Time to first token.
	pub prefill: PrefillFigures,
	/// Decode at each batch size.
	pub decode: Vec<DecodeFigures>,
}

/// Runs `plan` on `model`.
pub fn run(model: &Model, plan: &BenchPlan) -> Result<BenchReport> {
	let config = model.config();
	let needed = plan.prompt_tokens.max(plan.context_tokens + plan.decode_steps + 1);
	if plan.prompt_tokens == 0 || plan.context_tokens == 0 || plan.decode_steps == 0 {
		return Err(EngineError::config("bench", "token counts and steps must be at least 1"));
	}
	if needed > config.max_position_embeddings {
		return Err(EngineError::PromptTooLong {
			prompt_tokens: needed,
			context: config.max_position_embeddings,
		});
	}
	let tokens = |n: usize, salt: usize| -> Vec<u32> {
		(0..n).map(|i| ((i * 7919 + salt * 104_729 + 3) % config.vocab_size) as u32).collect()
	};

	// Warm-up: the first passes allocate and, on a GPU, load kernels.
	let mut warm = model.new_cache(16)?;
	model.forward(&tokens(8, 0), &mut warm)?;
	model.forward(&tokens(1, 1), &mut warm)?;

	let prompt = tokens(plan.prompt_tokens, 2);
	let mut best = f64::INFINITY;
	for _ in 0..plan.repeats.max(1) {
		let mut cache = model.new_cache(plan.prompt_tokens)?;
		let chunk = if plan.prefill_chunk == 0 { prompt.len() } else { plan.prefill_chunk };
		let started = Instant::now();
		for piece in prompt.chunks(chunk) {
			model.forward(piece, &mut cache)?;
		}
		best = best.min(started.elapsed().as_secs_f64());
	}
	let prefill = PrefillFigures {
		tokens: plan.prompt_tokens,
		chunk: plan.prefill_chunk,
		ms: best * 1e3,
		tokens_per_s: plan.prompt_tokens as f64 / best,
	};

	let decode = plan
		.batch_sizes
		.iter()
		.map(|&batch| decode_at(model, plan, batch.max(1), &tokens))
		.collect::<Result<Vec<_>>>()?;
	Ok(BenchReport { layers: config.num_layers, prefill, decode })
}

/// Fills `batch` caches with `context_tokens` each, then times `decode_steps` steps of all of
/// them together, each feeding back its greedy token.
fn decode_at(
	model: &Model,
	plan: &BenchPlan,
	batch: usize,
	tokens: &dyn Fn(usize, usize) -> Vec<u32>,
) -> Result<DecodeFigures> {
	let capacity = plan.context_tokens + plan.decode_steps + 1;
	let mut caches =
		(0..batch).map(|_| model.new_cache(capacity)).collect::<Result<Vec<KvCache>>>()?;
	let prompts: Vec<Vec<u32>> = (0..batch).map(|i| tokens(plan.context_tokens, i + 3)).collect();
	let mut inputs = step_all(model, &prompts, &mut caches)?;
	// One untimed step, so the timed ones all see a warm batch of this size.
	inputs = step_all(model, &inputs, &mut caches)?;
	let started = Instant::now();
	for _ in 0..plan.decode_steps {
		inputs = step_all(model, &inputs, &mut caches)?;
	}
	let elapsed = started.elapsed().as_secs_f64();
	Ok(DecodeFigures {
		batch,
		steps: plan.decode_steps,
		ms_per_step: elapsed * 1e3 / plan.decode_steps as f64,
		tokens_per_s: (batch * plan.decode_steps) as f64 / elapsed,
	})
}

/// One batched pass; returns each sequence's greedy next token as its next input.
fn step_all(model: &Model, inputs: &[Vec<u32>], caches: &mut [KvCache]) -> Result<Vec<Vec<u32>>> {
	let mut batch: Vec<BatchEntry<'_>> = inputs
		.iter()
		.zip(caches.iter_mut())
		.map(|(tokens, cache)| BatchEntry { tokens, cache })
		.collect();
	Ok(model.forward_batch(&mut batch)?.iter().map(|logits| vec![argmax(logits)]).collect())
}
