//! Replay of a recorded generation: the model reads the prompt and the recorded tokens
//! (teacher forcing), and at every position its own seeded sampler picks a token; the report
//! says how many of the recorded tokens it reproduces. The answer to "did the provider run
//! this model with these parameters?": nearly all where the numerics match, fewer on another
//! device or batch layout, whose logits differ in the last bits.

use crate::{
	error::{EngineError, Result},
	generation::Prompt,
	text::sampling::{Sampler, SamplingParams},
	Engine,
};
use serde::Serialize;

/// How a replay went.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReplayReport {
	/// Recorded tokens compared.
	pub compared: usize,
	/// Of those, how many the model's own sampling picked too.
	pub reproduced: usize,
	/// Position of the first recorded token it did not pick, if any.
	pub first_divergence: Option<usize>,
}

impl ReplayReport {
	/// `reproduced / compared` (1 for an empty response).
	pub fn agreement(&self) -> f64 {
		if self.compared == 0 {
			1.0
		} else {
			self.reproduced as f64 / self.compared as f64
		}
	}
}

impl Engine {
	/// Replays `recorded` after `prompt` with `params` (see the module docs).
	pub fn replay(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		recorded: &[u32],
	) -> Result<ReplayReport> {
		params.validate()?;
		let prompt_ids = self.encode(prompt)?;
		let context = self.config().max_position_embeddings;
		if prompt_ids.len() + recorded.len() > context {
			return Err(EngineError::PromptTooLong {
				prompt_tokens: prompt_ids.len() + recorded.len(),
				context,
			});
		}
		let mut cache = self.model().new_cache(prompt_ids.len() + recorded.len())?;
		let mut sampler = Sampler::new(params.clone())?;
		let mut history = prompt_ids.clone();
		let mut input = prompt_ids;
		let mut report =
			ReplayReport { compared: recorded.len(), reproduced: 0, first_divergence: None };
		for (position, &token) in recorded.iter().enumerate() {
			let mut logits = self.model().forward(&input, &mut cache)?;
			if sampler.sample(&mut logits, &history) == token {
				report.reproduced += 1;
			} else {
				report.first_divergence.get_or_insert(position);
			}
			history.push(token);
			input = vec![token];
		}
		Ok(report)
	}
}
