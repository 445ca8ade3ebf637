//! Incremental detokenisation: generated tokens become text pieces as they come. Each step
//! decodes only a short window of recent tokens (the approach of the tokenizers crate's
//! `DecodeStream`), so a step costs the same at the thousandth token as at the first. The
//! window's first tokens are already released; what the rest adds to their text is the new
//! piece. A piece is held while the text ends in an incomplete UTF-8 sequence, as when
//! byte-fallback tokens spell one emoji over several steps, and released whole once the last
//! byte arrives. The pieces put together are the text of all the tokens.

use super::tokenizer::TextTokenizer;
use crate::error::Result;

/// The decoding state of one stream of tokens.
#[derive(Debug, Default)]
pub struct IncrementalDecoder {
	/// Tokens from the first one still needed as context.
	window: Vec<u32>,
	/// How many of `window` have been released.
	released: usize,
}

impl IncrementalDecoder {
	/// A decoder with nothing decoded yet.
	pub fn new() -> Self {
		Self::default()
	}

	/// Adds `token`; returns the text it completes (empty while a character is incomplete).
	pub fn push(&mut self, token: u32, tokenizer: &TextTokenizer) -> Result<String> {
		self.window.push(token);
		let (context, text) = self.decode(tokenizer)?;
		if text.ends_with(char::REPLACEMENT_CHARACTER) {
			return Ok(String::new());
		}
		match text.strip_prefix(context.as_str()) {
			Some(piece) if !piece.is_empty() => {
				let piece = piece.to_string();
				// The released tokens are now context for the next ones.
				self.window.drain(..self.released);
				self.released = self.window.len();
				Ok(piece)
			}
			_ => Ok(String::new()),
		}
	}

	/// The text held back, released at the end of the stream as it is (an incomplete
	/// character stays a replacement character, as a whole decode would show it).
	pub fn flush(&mut self, tokenizer: &TextTokenizer) -> Result<String> {
		let (context, text) = self.decode(tokenizer)?;
		let piece = text.strip_prefix(context.as_str()).unwrap_or_default().to_string();
		self.window.clear();
		self.released = 0;
		Ok(piece)
	}

	/// The text of the released context and of the whole window.
	fn decode(&self, tokenizer: &TextTokenizer) -> Result<(String, String)> {
		let context = match self.released {
			0 => String::new(),
			released => tokenizer.decode(&self.window[..released])?,
		};
		Ok((context, tokenizer.decode(&self.window)?))
	}
}
