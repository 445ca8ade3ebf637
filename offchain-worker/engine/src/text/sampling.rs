//! Sampling values and the sampler: repetition penalty, temperature, top-k, top-p, from a
//! seeded ChaCha generator, so the same seed and inputs give the same tokens on one device.
//! Temperature 0 is greedy.

use crate::error::{EngineError, Result};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

/// The largest temperature accepted (OpenAI's bound).
pub const MAX_TEMPERATURE: f32 = 2.0;
/// The largest repetition penalty accepted.
pub const MAX_REPETITION_PENALTY: f32 = 2.0;

/// How to pick tokens and when to stop.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SamplingParams {
	/// Softmax temperature, 0 to 2; 0 picks the most likely token.
	pub temperature: f32,
	/// Nucleus mass, in (0, 1].
	pub top_p: f32,
	/// Keep only the k most likely tokens; 0 keeps all.
	pub top_k: usize,
	/// Most new tokens (at least 1); the context may end generation sooner.
	pub max_tokens: usize,
	/// Seed of the sampler.
	pub seed: u64,
	/// Penalty on tokens already in the prompt or output, 1 (none) to 2.
	pub repetition_penalty: f32,
	/// Generation stops before any of these texts; they are not returned.
	pub stop: Vec<String>,
}

impl Default for SamplingParams {
	fn default() -> Self {
		Self {
			temperature: 0.7,
			top_p: 1.0,
			top_k: 0,
			max_tokens: 256,
			seed: 0,
			repetition_penalty: 1.0,
			stop: Vec::new(),
		}
	}
}

impl SamplingParams {
	/// Greedy decoding of at most `max_tokens`.
	pub fn greedy(max_tokens: usize) -> Self {
		Self { temperature: 0.0, max_tokens, ..Self::default() }
	}

	/// Checks every value's range.
	pub fn validate(&self) -> Result<()> {
		let invalid = |name, message: &str| {
			Err(EngineError::InvalidSampling { name, message: message.to_string() })
		};
		if !(0.0..=MAX_TEMPERATURE).contains(&self.temperature) {
			return invalid("temperature", "must be between 0 and 2");
		}
		if !(self.top_p > 0.0 && self.top_p <= 1.0) {
			return invalid("top_p", "must be in (0, 1]");
		}
		if self.max_tokens == 0 {
			return invalid("max_tokens", "must be at least 1");
		}
		if !(1.0..=MAX_REPETITION_PENALTY).contains(&self.repetition_penalty) {
			return invalid("repetition_penalty", "must be between 1 and 2");
		}
		if self.stop.iter().any(String::is_empty) {
			return invalid("stop", "stop sequences must not be empty");
		}
		Ok(())
	}
}

/// Picks the next token from logits.
pub struct Sampler {
	params: SamplingParams,
	rng: ChaCha8Rng,
}

impl Sampler {
	/// A sampler seeded with `params.seed`.
	pub fn new(params: SamplingParams) -> Result<Self> {
		params.validate()?;
		let rng = ChaCha8Rng::seed_from_u64(params.seed);
		Ok(Self { params, rng })
	}

	/// The next token, given the logits of the last position and the tokens so far (prompt
	/// and output, for the repetition penalty).
	pub fn sample(&mut self, logits: &mut [f32], history: &[u32]) -> u32 {
		if self.params.repetition_penalty != 1.0 {
			apply_repetition_penalty(logits, history, self.params.repetition_penalty);
		}
		if self.params.temperature == 0.0 {
			return argmax(logits);
		}
		let temperature = self.params.temperature;
		let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
		let weight = |logit: f32| ((logit - max) / temperature).exp();
		// The pool is the whole vocabulary, or the k best (found by selection, not by sorting
		// everything); the softmax's denominator is its weights' sum, in any order.
		let pool = match self.params.top_k {
			0 => logits.len(),
			k => k.min(logits.len()),
		};
		let mut candidates =
			if pool < logits.len() { most_likely(logits, pool) } else { Vec::new() };
		let total: f32 = if candidates.is_empty() {
			logits.iter().map(|logit| weight(*logit)).sum()
		} else {
			candidates.iter().map(|(_, logit)| weight(*logit)).sum()
		};
		if self.params.top_p >= 1.0 {
			let draw = self.rng.random::<f32>() * total;
			return if candidates.is_empty() {
				pick(logits.iter().enumerate().map(|(id, logit)| (id as u32, *logit)), draw, weight)
			} else {
				pick(candidates.into_iter(), draw, weight)
			};
		}
		// The nucleus: the most likely tokens until their share reaches top_p, sorted only as
		// far as needed (a few dozen tokens usually hold it).
		let mut wanted = if candidates.is_empty() { NUCLEUS_GUESS.min(pool) } else { pool };
		loop {
			if candidates.len() < wanted {
				candidates = most_likely(logits, wanted);
			}
			let mut mass = 0.0;
			let mut kept = 0;
			for (_, logit) in &candidates {
				mass += weight(*logit);
				kept += 1;
				if mass >= self.params.top_p * total {
					break;
				}
			}
			if mass >= self.params.top_p * total || wanted >= pool {
				let draw = self.rng.random::<f32>() * mass;
				candidates.truncate(kept);
				return pick(candidates.into_iter(), draw, weight);
			}
			wanted = (wanted * 8).min(pool);
		}
	}
}

/// The token where `draw` (in `[0, Σ weights)`) falls when the candidates' weights are laid
/// end to end in the order given; the last one if rounding leaves the draw past the end.
fn pick(
	candidates: impl Iterator<Item = (u32, f32)>,
	mut draw: f32,
	weight: impl Fn(f32) -> f32,
) -> u32 {
	let mut last = 0;
	for (id, logit) in candidates {
		let share = weight(logit);
		if draw < share {
			return id;
		}
		draw -= share;
		last = id;
	}
	last
}

/// How many tokens the nucleus is first looked for among.
const NUCLEUS_GUESS: usize = 64;

/// The `count` most likely tokens, most likely first, ties by lower id (an order that is total
/// and reproducible); found by selection in linear time, then only they are sorted.
fn most_likely(logits: &[f32], count: usize) -> Vec<(u32, f32)> {
	let order = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
	let mut candidates: Vec<(u32, f32)> =
		logits.iter().enumerate().map(|(id, logit)| (id as u32, *logit)).collect();
	let count = count.clamp(1, candidates.len().max(1));
	if count < candidates.len() {
		candidates.select_nth_unstable_by(count - 1, order);
		candidates.truncate(count);
	}
	candidates.sort_by(order);
	candidates
}

/// The most likely token (the lowest id among equals).
pub fn argmax(logits: &[f32]) -> u32 {
	let mut best = 0;
	for (id, logit) in logits.iter().enumerate() {
		if *logit > logits[best] {
			best = id;
		}
	}
	best as u32
}

/// transformers' rule: a seen token's positive logit is divided by the penalty, a negative
/// one multiplied; each token once.
fn apply_repetition_penalty(logits: &mut [f32], history: &[u32], penalty: f32) {
	let mut seen = std::collections::HashSet::new();
	for token in history {
		if !seen.insert(*token) {
			continue;
		}
		if let Some(logit) = logits.get_mut(*token as usize) {
			*logit = if *logit > 0.0 { *logit / penalty } else { *logit * penalty };
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn logits() -> Vec<f32> {
		(0..100).map(|i| ((i * 37) % 100) as f32 / 10.0).collect()
	}

	#[test]
	fn same_seed_same_tokens_and_other_seeds_differ() {
		let draw = |seed| {
			let mut sampler =
				Sampler::new(SamplingParams { temperature: 1.5, seed, ..Default::default() })
					.expect("valid");
			(0..32).map(|_| sampler.sample(&mut logits(), &[])).collect::<Vec<_>>()
		};
		assert_eq!(draw(1), draw(1));
		assert_ne!(draw(1), draw(2));
	}

	#[test]
	fn greedy_top_k_one_and_tiny_top_p_pick_the_argmax() {
		let best = argmax(&logits());
		for params in [
			SamplingParams::greedy(1),
			SamplingParams { top_k: 1, ..Default::default() },
			SamplingParams { top_p: 1e-6, ..Default::default() },
		] {
			let mut sampler = Sampler::new(params).expect("valid");
			assert_eq!(sampler.sample(&mut logits(), &[]), best);
		}
	}

	#[test]
	fn repetition_penalty_moves_greedy_off_a_seen_token() {
		let mut logits = vec![1.0, 0.9, -1.0];
		let mut sampler =
			Sampler::new(SamplingParams { repetition_penalty: 1.5, ..SamplingParams::greedy(1) })
				.expect("valid");
		assert_eq!(sampler.sample(&mut logits, &[0, 0]), 1);
		assert_eq!(logits, vec![1.0 / 1.5, 0.9, -1.0]);
	}

	#[test]
	fn out_of_range_values_are_refused_by_name() {
		let cases = [
			("temperature", SamplingParams { temperature: 2.5, ..Default::default() }),
			("temperature", SamplingParams { temperature: f32::NAN, ..Default::default() }),
			("top_p", SamplingParams { top_p: 0.0, ..Default::default() }),
			("max_tokens", SamplingParams { max_tokens: 0, ..Default::default() }),
			(
				"repetition_penalty",
				SamplingParams { repetition_penalty: 0.5, ..Default::default() },
			),
			("stop", SamplingParams { stop: vec![String::new()], ..Default::default() }),
		];
		for (expected, params) in cases {
			match params.validate() {
				Err(EngineError::InvalidSampling { name, .. }) => assert_eq!(name, expected),
				other => panic!("{expected}: {other:?}"),
			}
		}
	}

	#[test]
	fn selection_gives_the_order_of_a_full_sort() {
		let logits: Vec<f32> = (0..1000).map(|i| ((i * 7919) % 613) as f32 / 17.0).collect();
		let mut sorted: Vec<(u32, f32)> =
			logits.iter().enumerate().map(|(id, logit)| (id as u32, *logit)).collect();
		sorted.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
		for count in [1, 5, 64, 999, 1000] {
			assert_eq!(most_likely(&logits, count), sorted[..count].to_vec());
		}
	}

	#[test]
	fn top_k_and_top_p_draw_only_from_their_tokens() {
		// Three tokens hold 94% of the mass after the softmax (48%, 29%, 18%), the rest is
		// spread over a long tail.
		let mut logits = vec![0.0f32; 20_000];
		logits[10] = 12.0;
		logits[20] = 11.5;
		logits[30] = 11.0;
		let draws = |params: SamplingParams| {
			let mut sampler = Sampler::new(params).expect("valid");
			(0..400).map(|_| sampler.sample(&mut logits.clone(), &[])).collect::<Vec<_>>()
		};
		let nucleus = draws(SamplingParams { temperature: 1.0, top_p: 0.9, ..Default::default() });
		assert!(nucleus.iter().all(|t| [10, 20, 30].contains(t)), "{nucleus:?}");
		assert!([10, 20, 30].iter().all(|t| nucleus.contains(t)));
		let top_two = draws(SamplingParams { temperature: 1.0, top_k: 2, ..Default::default() });
		assert!(top_two.iter().all(|t| [10, 20].contains(t)));
		// Without a cut, the tail (6% of the mass) is drawn too.
		let all = draws(SamplingParams { temperature: 1.0, ..Default::default() });
		assert!(all.iter().any(|t| ![10, 20, 30].contains(t)));
		// A nucleus wider than the first guess of 64 tokens is still found: a flat tail.
		let flat = draws(SamplingParams { temperature: 2.0, top_p: 0.99, ..Default::default() });
		assert!(flat.iter().any(|t| ![10, 20, 30].contains(t)));
	}
}
