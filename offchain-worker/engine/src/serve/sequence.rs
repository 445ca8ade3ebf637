//! One sequence being generated: its sampler, its tokens and text, and how much of the text
//! has been released. Each position's logits go in; the next token to feed the model and the
//! text that is now certain come out, with end-of-sequence, stop sequences and the token
//! budget applied. Shared by the one-request path ([`crate::Engine::generate`]) and the batch
//! scheduler ([`crate::serve::scheduler`]), so both stream and stop the same way.

use crate::{
	error::Result,
	generation::{FinishReason, Generation, Usage},
	text::{
		detokenize::IncrementalDecoder,
		sampling::{Sampler, SamplingParams},
		stop::{first_stop, safe_prefix_len, search_start},
		tokenizer::TextTokenizer,
	},
};

/// What one position's logits gave.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Step {
	/// The token to run next; `None` once the sequence has finished.
	pub next: Option<u32>,
	/// Text released by this step (may be empty).
	pub text: String,
}

/// The decoding state of one sequence.
pub struct Sequence {
	sampler: Sampler,
	stop: Vec<String>,
	prompt_ids: Vec<u32>,
	history: Vec<u32>,
	tokens: Vec<u32>,
	decoder: IncrementalDecoder,
	/// The text of `tokens` (cut before a stop sequence at the end).
	text: String,
	/// How much of `text` has been handed out.
	released: usize,
	budget: usize,
	/// Tokens that end the sequence (the model's end-of-sequence ids).
	eos: Vec<u32>,
	keep_logits: bool,
	kept_logits: Vec<Vec<f32>>,
	finish_reason: Option<FinishReason>,
}

impl Sequence {
	/// A sequence after `prompt_ids` that may add `budget` tokens and ends at any of `eos`.
	pub fn new(
		prompt_ids: Vec<u32>,
		params: &SamplingParams,
		budget: usize,
		eos: Vec<u32>,
		keep_logits: bool,
	) -> Result<Self> {
		Ok(Self {
			sampler: Sampler::new(params.clone())?,
			stop: params.stop.clone(),
			history: prompt_ids.clone(),
			prompt_ids,
			tokens: Vec::new(),
			decoder: IncrementalDecoder::new(),
			text: String::new(),
			released: 0,
			budget,
			eos,
			keep_logits,
			kept_logits: Vec::new(),
			finish_reason: None,
		})
	}

	/// The prompt's token ids.
	pub fn prompt_ids(&self) -> &[u32] {
		&self.prompt_ids
	}

	/// Why the sequence ended, once it has.
	pub fn finish_reason(&self) -> Option<FinishReason> {
		self.finish_reason
	}

	/// Samples the next token from the last position's logits and releases the text that can
	/// no longer turn into a stop sequence; at the end, releases the rest.
	pub fn accept(&mut self, mut logits: Vec<f32>, tokenizer: &TextTokenizer) -> Result<Step> {
		if self.finish_reason.is_some() {
			return Ok(Step::default());
		}
		if self.keep_logits {
			// As the model gave them, before the sampler's penalty changes them in place.
			self.kept_logits.push(logits.clone());
		}
		let token = self.sampler.sample(&mut logits, &self.history);
		if self.eos.contains(&token) {
			return self.finish_flushed(FinishReason::Stop, tokenizer);
		}
		self.tokens.push(token);
		self.history.push(token);
		let piece = self.decoder.push(token, tokenizer)?;
		if self.append_until_stop(&piece) {
			return Ok(self.finish(FinishReason::Stop));
		}
		if self.tokens.len() >= self.budget {
			return self.finish_flushed(FinishReason::Length, tokenizer);
		}
		let safe = safe_prefix_len(&self.text, &self.stop);
		let text = if safe > self.released {
			// A tokenizer may redecode earlier text differently: never slice off a boundary.
			let piece = self.text.get(self.released..safe).unwrap_or_default().to_string();
			self.released = safe;
			piece
		} else {
			String::new()
		};
		Ok(Step { next: Some(token), text })
	}

	/// Ends the sequence because its reader stopped it; nothing more is released.
	pub fn cancel(&mut self) {
		self.finish_reason.get_or_insert(FinishReason::Cancelled);
	}

	/// The generation so far, with `usage` filled in by the caller's clocks.
	pub fn into_generation(self, usage: Usage) -> Generation {
		Generation {
			usage: Usage {
				prompt_tokens: self.prompt_ids.len(),
				completion_tokens: self.tokens.len(),
				..usage
			},
			prompt_ids: self.prompt_ids,
			tokens: self.tokens,
			text: self.text,
			finish_reason: self.finish_reason.unwrap_or(FinishReason::Length),
			logits: self.kept_logits,
		}
	}

	/// Appends newly decoded text, looking for stop sequences only where one could end in
	/// it; cuts the text before the first one found and says whether it found one.
	fn append_until_stop(&mut self, piece: &str) -> bool {
		if piece.is_empty() {
			return false;
		}
		let from = search_start(&self.text, &self.stop);
		self.text.push_str(piece);
		match first_stop(&self.text[from..], &self.stop) {
			Some(cut) => {
				self.text.truncate(from + cut);
				true
			}
			None => false,
		}
	}

	/// Ends the sequence for `reason` after the text the decoder still held (a stop sequence
	/// in it makes the reason `Stop`).
	fn finish_flushed(&mut self, reason: FinishReason, tokenizer: &TextTokenizer) -> Result<Step> {
		let rest = self.decoder.flush(tokenizer)?;
		let reason = if self.append_until_stop(&rest) { FinishReason::Stop } else { reason };
		Ok(self.finish(reason))
	}

	fn finish(&mut self, reason: FinishReason) -> Step {
		self.finish_reason = Some(reason);
		let rest = self.text.get(self.released..).unwrap_or_default().to_string();
		self.released = self.text.len();
		Step { next: None, text: rest }
	}
}
