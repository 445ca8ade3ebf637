//! The record's metadata and its envelope: the prompt split into instructions and messages,
//! and a response too long for the chain's bound cut to fit, saying so.

use codec::Decode;
use gintonic_engine::{ChatMessage, FinishReason as EngineFinish, Generation, Usage};
use gintonic_miner::record::{metadata, parse_prompt, seal_record};
use gintonic_primitives::{
	bounds::MAX_SEALED_RECORD_LEN, miner::MinerJob, FinishReason, GpuSpec, ModelId, RecordFee,
	RecordMetadata, Throughput, TokenRate,
};
use gintonic_seal::Opener;

const SENDER_SEED: [u8; 32] = [1; 32];
const PROVIDER_SEED: [u8; 32] = [2; 32];

fn key(seed: &[u8; 32]) -> [u8; 32] {
	Opener::from_seed(seed).unwrap_or_else(|e| panic!("{e}")).public_key()
}

fn job() -> MinerJob {
	MinerJob {
		id: 1,
		sender: key(&SENDER_SEED),
		provider: [9; 32],
		encryption_key: key(&PROVIDER_SEED),
		model: ModelId::repeat_byte(1),
		params: Default::default(),
		rate: TokenRate {
			price_per_hour: 10,
			gpu_count: 1,
			throughput: Throughput { prompt_tokens_per_second: 1, completion_tokens_per_second: 1 },
		},
		max_payment: 1_000,
		record_fee: RecordFee { base: 1, per_byte: 1 },
		sealed_prompt: Vec::new(),
	}
}

fn generation(text: String, tokens: usize) -> Generation {
	Generation {
		prompt_ids: vec![1, 2, 3],
		tokens: vec![7; tokens],
		text,
		finish_reason: EngineFinish::Length,
		usage: Usage::default(),
		logits: Vec::new(),
	}
}

fn gpu() -> GpuSpec {
	GpuSpec { model: Default::default(), memory_gib: 1, count: 1 }
}

#[test]
fn system_messages_are_the_instructions_and_the_rest_the_prompt() {
	let messages = parse_prompt(
		br#"{"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"},{"role":"user","content":"GPU?"}]}"#,
	)
	.unwrap_or_else(|e| panic!("{e}"));
	let m =
		metadata(&(&job()).into(), &messages, "m", "f32", gpu(), &generation("ok".into(), 1), 5);
	assert_eq!(m.instructions, b"Be brief.".to_vec());
	let rest: Vec<ChatMessage> = serde_json::from_slice(&m.prompt).unwrap_or_default();
	assert_eq!(rest.len(), 3);
	assert_eq!(rest[2], ChatMessage::new("user", "GPU?"));
	assert_eq!((m.finish_reason, m.response.as_slice()), (FinishReason::Length, &b"ok"[..]));
}

#[test]
fn an_oversize_response_is_cut_to_the_bound_and_says_so() {
	let messages = vec![ChatMessage::new("user", "write a lot")];
	// 300 KiB of multi-byte text: more than the 256 KiB a sealed record may take.
	let text = "é".repeat(150 * 1024);
	let m = metadata(&(&job()).into(), &messages, "m", "f32", gpu(), &generation(text, 100_000), 5);
	let (hash, envelope, sealed) =
		seal_record(m, key(&PROVIDER_SEED)).unwrap_or_else(|e| panic!("{e}"));
	assert!(envelope.len() <= MAX_SEALED_RECORD_LEN as usize, "{} bytes", envelope.len());
	assert_eq!(sealed.finish_reason, FinishReason::Truncated);
	assert!(std::str::from_utf8(&sealed.response).is_ok(), "cut on a character boundary");
	// Only the excess is cut, text and tokens in proportion.
	assert!(envelope.len() > MAX_SEALED_RECORD_LEN as usize - 1024, "{} bytes", envelope.len());
	let kept = sealed.response.len() as f64 / (300.0 * 1024.0);
	let kept_tokens = sealed.response_tokens.len() as f64 / 100_000.0;
	assert!((kept - kept_tokens).abs() < 0.01, "{kept} of the text, {kept_tokens} of the tokens");
	let opened = Opener::from_seed(&SENDER_SEED)
		.and_then(|opener| opener.open(&envelope))
		.unwrap_or_else(|e| panic!("{e}"));
	let decoded = RecordMetadata::decode(&mut &opened[..]).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(decoded, sealed);
	assert_eq!(decoded.result_hash(), hash);
	// The provider's key opens it too.
	assert!(Opener::from_seed(&PROVIDER_SEED).and_then(|o| o.open(&envelope)).is_ok());
}

#[test]
fn a_record_that_fits_is_sealed_whole() {
	let messages = vec![ChatMessage::new("user", "hi")];
	let m =
		metadata(&(&job()).into(), &messages, "m", "f32", gpu(), &generation("short".into(), 2), 5);
	let (_, _, sealed) =
		seal_record(m.clone(), key(&PROVIDER_SEED)).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(sealed, m);
}
