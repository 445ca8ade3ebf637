//! What a generation is asked for and what it gives: the prompt, the generated tokens and
//! text, why it ended and what it cost. Shared by the one-request path ([`crate::Engine`]),
//! the sequence state and the batch scheduler ([`crate::serve`]).

use crate::text::chat::ChatMessage;
use serde::Serialize;

/// What to generate from.
#[derive(Clone, Debug)]
pub enum Prompt {
	/// Plain text; `<s>` is put first when the tokenizer adds it.
	Text(String),
	/// A conversation, rendered with the chat template.
	Chat(Vec<ChatMessage>),
	/// Token ids as they are.
	Tokens(Vec<u32>),
}

/// Why generation ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FinishReason {
	/// The model produced its end-of-sequence token, or a stop sequence appeared.
	Stop,
	/// `max_tokens` or the context was reached.
	Length,
	/// The reader stopped it ([`crate::GenerationStream::stop`]): a client that went away.
	Cancelled,
}

/// Tokens and time spent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Usage {
	/// Tokens in the prompt.
	pub prompt_tokens: usize,
	/// Tokens generated (the end-of-sequence token not counted).
	pub completion_tokens: usize,
	/// Wall time of the whole call, in milliseconds.
	pub wall_ms: u64,
	/// Time the device spent in the model's forward passes, in milliseconds; in a batch, this
	/// sequence's share of each pass it took part in (the pass's time over the batch's size).
	pub gpu_ms: u64,
	/// Time to first token: from the call (or, batched, the submission) to the logits of the
	/// prompt's last position, in microseconds.
	pub prefill_us: u64,
}

/// The result of one generation.
#[derive(Clone, Debug, Serialize)]
pub struct Generation {
	/// The prompt's token ids.
	pub prompt_ids: Vec<u32>,
	/// Generated token ids (the end-of-sequence token not included).
	pub tokens: Vec<u32>,
	/// Generated text, cut before a stop sequence.
	pub text: String,
	/// Why it ended.
	pub finish_reason: FinishReason,
	/// Counts and times.
	pub usage: Usage,
	/// The last-position logits before each generated token, when asked for.
	#[serde(skip_serializing_if = "Vec::is_empty")]
	pub logits: Vec<Vec<f32>>,
}
