//! From a sealed prompt to a sealed record: the prompt's JSON, the engine's parameters, the
//! [`RecordMetadata`] and its envelope, cut to the chain's bound when the response is too long.

use codec::Encode;
use gintonic_engine::{ChatMessage, Generation};
use gintonic_primitives::{
	bounds::MAX_SEALED_RECORD_LEN, miner::MinerJob, record::RECORD_METADATA_VERSION, ContentHash,
	FinishReason, GpuSpec, RecordMetadata, SamplingParams,
};
use serde::Deserialize;

/// A sealed prompt's plaintext: OpenAI's chat shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PromptJson {
	messages: Vec<ChatMessage>,
}

/// The conversation in a prompt's plaintext, or why it is not one: not UTF-8 JSON of the
/// shape `{"messages":[{"role":…,"content":…},…]}`, no message, or an unknown role.
pub fn parse_prompt(plaintext: &[u8]) -> Result<Vec<ChatMessage>, String> {
	let prompt: PromptJson = serde_json::from_slice(plaintext)
		.map_err(|e| format!("the prompt is not the chat JSON {{\"messages\":[…]}}: {e}"))?;
	if prompt.messages.is_empty() {
		return Err("the prompt has no message".into());
	}
	if let Some(bad) =
		prompt.messages.iter().find(|m| !matches!(m.role.as_str(), "system" | "user" | "assistant"))
	{
		return Err(format!("unknown role {:?}: use system, user or assistant", bad.role));
	}
	Ok(prompt.messages)
}

/// The engine's sampling parameters for the chain's (thousandths to fractions).
pub fn engine_params(params: &SamplingParams) -> gintonic_engine::SamplingParams {
	gintonic_engine::SamplingParams {
		temperature: params.temperature_milli as f32 / 1000.0,
		top_p: params.top_p_milli as f32 / 1000.0,
		top_k: params.top_k as usize,
		max_tokens: params.max_tokens as usize,
		seed: params.seed,
		repetition_penalty: params.repetition_penalty_milli as f32 / 1000.0,
		stop: params.stop.iter().map(|s| String::from_utf8_lossy(s).into_owned()).collect(),
	}
}

/// Milliseconds since the Unix epoch: a record's date-time.
pub fn unix_ms() -> u64 {
	std::time::SystemTime::now()
		.duration_since(std::time::UNIX_EPOCH)
		.map_or(0, |elapsed| u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX))
}

/// What a generation consumed, as the chain bills it: its token counts, which the sender can
/// check against its record.
pub fn chain_usage(generation: &Generation) -> gintonic_primitives::Usage {
	gintonic_primitives::Usage {
		prompt_tokens: u32::try_from(generation.usage.prompt_tokens).unwrap_or(u32::MAX),
		completion_tokens: u32::try_from(generation.usage.completion_tokens).unwrap_or(u32::MAX),
	}
}

/// Who a generation was served for, by whom, on what terms: the record's fields that come
/// from the request (an on-chain request's, or an API call's).
pub struct ServedFor {
	/// Who asked (its 32 account bytes; the record is sealed to them).
	pub sender: [u8; 32],
	/// The provider's account.
	pub provider: [u8; 32],
	/// The price per GPU-hour it was served at.
	pub price_per_hour: u128,
	/// The model.
	pub model: gintonic_primitives::ModelId,
	/// The sampling parameters, as the chain writes them.
	pub params: SamplingParams,
}

impl From<&MinerJob> for ServedFor {
	fn from(job: &MinerJob) -> Self {
		Self {
			sender: job.sender,
			provider: job.provider,
			price_per_hour: job.rate.price_per_hour,
			model: job.model,
			params: job.params.clone(),
		}
	}
}

/// The record's metadata for what was `served`, answered with `generation`.
pub fn metadata(
	served: &ServedFor,
	messages: &[ChatMessage],
	model_name: &str,
	precision: &str,
	gpu: GpuSpec,
	generation: &Generation,
	date_time_ms: u64,
) -> RecordMetadata {
	let (system, rest): (Vec<&ChatMessage>, Vec<&ChatMessage>) =
		messages.iter().partition(|m| m.role == "system");
	let instructions =
		system.iter().map(|m| m.content.as_str()).collect::<Vec<_>>().join("\n\n").into_bytes();
	let prompt = serde_json::to_vec(&rest).unwrap_or_default();
	let mut salt = [0u8; 32];
	rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut salt);
	RecordMetadata {
		version: RECORD_METADATA_VERSION,
		salt,
		date_time_ms,
		gpu,
		provider: served.provider,
		price_per_hour: served.price_per_hour,
		model: served.model,
		model_name: model_name.as_bytes().to_vec(),
		params: served.params.clone(),
		prompt,
		instructions,
		response: generation.text.clone().into_bytes(),
		sender: served.sender,
		response_tokens: generation.tokens.clone(),
		finish_reason: match generation.finish_reason {
			gintonic_engine::FinishReason::Stop => FinishReason::Stop,
			gintonic_engine::FinishReason::Length => FinishReason::Length,
			gintonic_engine::FinishReason::Cancelled => FinishReason::Cancelled,
		},
		precision: precision.as_bytes().to_vec(),
	}
}

/// Seals `metadata` to the sender and the provider's encryption key; returns the record's
/// hash, its envelope and the metadata as sealed. When the envelope would pass
/// [`MAX_SEALED_RECORD_LEN`], the response (and its tokens, in proportion) is cut at a
/// character boundary and the finish reason says `Truncated`.
pub fn seal_record(
	mut metadata: RecordMetadata,
	provider_key: [u8; 32],
) -> Result<(ContentHash, Vec<u8>, RecordMetadata), gintonic_seal::Error> {
	let recipients: Vec<[u8; 32]> = if metadata.sender == provider_key {
		vec![metadata.sender]
	} else {
		vec![metadata.sender, provider_key]
	};
	let limit = MAX_SEALED_RECORD_LEN as usize;
	let sealed_len =
		|m: &RecordMetadata| gintonic_seal::envelope_len(recipients.len(), m.encoded_size());
	if sealed_len(&metadata) > limit {
		// Keep the same fraction of the text and of its tokens (4 encoded bytes each), so
		// that what remains still describes one prefix of the generation.
		let text = String::from_utf8_lossy(&metadata.response).into_owned();
		let tokens = std::mem::take(&mut metadata.response_tokens);
		let variable = text.len() + 4 * tokens.len();
		metadata.response = Vec::new();
		let fixed = sealed_len(&metadata);
		// A little slack covers the length prefixes, which shrink with what they prefix.
		let room = limit.saturating_sub(fixed + 16);
		let mut keep_text = text.len() * room / variable.max(1);
		while keep_text > 0 && !text.is_char_boundary(keep_text) {
			keep_text -= 1;
		}
		metadata.response = text.as_bytes().get(..keep_text).unwrap_or_default().to_vec();
		metadata.response_tokens =
			tokens.get(..tokens.len() * room / variable.max(1)).unwrap_or_default().to_vec();
		metadata.finish_reason = FinishReason::Truncated;
	}
	let hash = metadata.result_hash();
	let envelope = gintonic_seal::seal(&metadata.encode(), &recipients)?;
	Ok((hash, envelope, metadata))
}
