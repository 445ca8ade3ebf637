//! OpenAI's chat-completion shapes, as its SDKs send and read them. Fields the engine does not
//! use are accepted and ignored where ignoring them changes nothing a client relies on (`user`,
//! `logprobs: false`), and refused with a 400 where it would (`n` above 1).

use serde::{Deserialize, Serialize};

/// `POST /v1/chat/completions`'s body.
#[derive(Deserialize, Debug)]
pub struct ChatRequest {
	/// A served model's name or its on-chain id.
	pub model: String,
	/// The conversation.
	pub messages: Vec<MessageIn>,
	/// 0 to 2 (default 1).
	pub temperature: Option<f32>,
	/// (0, 1] (default 1).
	pub top_p: Option<f32>,
	/// Most new tokens (older name).
	pub max_tokens: Option<u32>,
	/// Most new tokens.
	pub max_completion_tokens: Option<u32>,
	/// Sampler seed: the same seed and request give the same answer.
	pub seed: Option<u64>,
	/// Text that ends the answer: one string or a list.
	pub stop: Option<Stop>,
	/// Server-sent events instead of one JSON answer.
	#[serde(default)]
	pub stream: bool,
	/// Options of the stream.
	pub stream_options: Option<StreamOptions>,
	/// How many answers: only 1 is served.
	pub n: Option<u32>,
	/// Keep the k most likely tokens (an extension many servers accept).
	pub top_k: Option<u32>,
	/// Penalty on repeated tokens, 1 to 2 (an extension many servers accept).
	pub repetition_penalty: Option<f32>,
}

/// `stop`: a string or a list of strings.
#[derive(Deserialize, Debug)]
#[serde(untagged)]
pub enum Stop {
	/// One.
	One(String),
	/// Several.
	Many(Vec<String>),
}

impl Stop {
	/// The sequences.
	pub fn into_vec(self) -> Vec<String> {
		match self {
			Self::One(one) => vec![one],
			Self::Many(many) => many,
		}
	}
}

/// `stream_options`.
#[derive(Deserialize, Debug, Default)]
pub struct StreamOptions {
	/// Send a last chunk with the usage.
	#[serde(default)]
	pub include_usage: bool,
}

/// A message as clients send it: text, or a list of text parts.
#[derive(Deserialize, Debug)]
pub struct MessageIn {
	/// `system` (or `developer`), `user` or `assistant`.
	pub role: String,
	/// The text.
	pub content: Content,
}

/// A message's content.
#[derive(Deserialize, Debug)]
#[serde(untagged)]
pub enum Content {
	/// Plain text.
	Text(String),
	/// Parts; only `{"type":"text","text":…}` is served.
	Parts(Vec<ContentPart>),
}

/// One part of a message.
#[derive(Deserialize, Debug)]
pub struct ContentPart {
	/// `text`.
	#[serde(rename = "type")]
	pub kind: String,
	/// The text.
	pub text: Option<String>,
}

/// Token counts.
#[derive(Serialize, Debug, Clone, Copy)]
pub struct UsageOut {
	/// Prompt tokens.
	pub prompt_tokens: usize,
	/// Generated tokens.
	pub completion_tokens: usize,
	/// Their sum.
	pub total_tokens: usize,
}

/// Where the call's record will be on chain.
#[derive(Serialize, Debug, Clone)]
pub struct RecordRef {
	/// The interaction digest: `inference_interaction(digest)` finds the record.
	pub interaction: String,
	/// blake2-256 of the SCALE-encoded plaintext metadata.
	pub result_hash: String,
	/// What the call costs the account (smallest unit, decimal).
	pub charge: String,
	/// What was reserved for it before it was served: its worst case (smallest unit,
	/// decimal); the charge is at most this.
	pub reserved: String,
}

/// The answer to a call without `stream`.
#[derive(Serialize, Debug)]
pub struct ChatCompletion {
	/// `chatcmpl-…`.
	pub id: String,
	/// `chat.completion`.
	pub object: &'static str,
	/// Unix seconds.
	pub created: u64,
	/// The model's name.
	pub model: String,
	/// The one answer.
	pub choices: Vec<Choice>,
	/// Token counts.
	pub usage: UsageOut,
	/// The on-chain record.
	pub gintonic: RecordRef,
}

/// One answer.
#[derive(Serialize, Debug)]
pub struct Choice {
	/// 0.
	pub index: u32,
	/// The assistant's message.
	pub message: MessageOut,
	/// `stop` or `length`.
	pub finish_reason: &'static str,
	/// Not served: `null`.
	pub logprobs: Option<()>,
}

/// The assistant's message.
#[derive(Serialize, Debug)]
pub struct MessageOut {
	/// `assistant`.
	pub role: &'static str,
	/// The text.
	pub content: String,
}

/// One server-sent event of a streamed answer.
#[derive(Serialize, Debug)]
pub struct ChatChunk {
	/// The same id on every chunk.
	pub id: String,
	/// `chat.completion.chunk`.
	pub object: &'static str,
	/// Unix seconds.
	pub created: u64,
	/// The model's name.
	pub model: String,
	/// One choice, or none in the usage chunk.
	pub choices: Vec<ChunkChoice>,
	/// Only in the usage chunk (`stream_options.include_usage`).
	#[serde(skip_serializing_if = "Option::is_none")]
	pub usage: Option<UsageOut>,
	/// Only in the chunk that ends the answer.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub gintonic: Option<RecordRef>,
}

/// A streamed choice.
#[derive(Serialize, Debug)]
pub struct ChunkChoice {
	/// 0.
	pub index: u32,
	/// What is new.
	pub delta: Delta,
	/// Set on the last chunk.
	pub finish_reason: Option<&'static str>,
}

/// What a chunk adds.
#[derive(Serialize, Debug, Default)]
pub struct Delta {
	/// `assistant`, on the first chunk.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub role: Option<&'static str>,
	/// Text.
	#[serde(skip_serializing_if = "Option::is_none")]
	pub content: Option<String>,
}

/// `GET /v1/models`'s entries.
#[derive(Serialize, Debug)]
pub struct ModelEntry {
	/// The name to use as `model`.
	pub id: String,
	/// `model`.
	pub object: &'static str,
	/// Unix seconds (when this miner started serving it).
	pub created: u64,
	/// The provider, SS58.
	pub owned_by: String,
	/// The on-chain model id (also accepted as `model`).
	pub gintonic_model_id: String,
}
