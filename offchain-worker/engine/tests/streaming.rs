//! Streaming text on the tiny Mixtral's tokenizer (Mixtral's own, with byte fallback):
//! emoji and rare scripts spelled over several byte tokens stream whole, the streamed pieces
//! always add up to the final text, which is the tokenizer's decode of all the tokens, and a
//! stop sequence is found however the pieces split it.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::*;
use gintonic_engine::{
	serve::sequence::Sequence, text::detokenize::IncrementalDecoder, EngineOptions, FinishReason,
	SamplingParams, Usage,
};

const TEXT: &str = "Gin 🍸 and tonic — 日本語, ἀλήθεια, 🇫🇷 ok ✓";

/// Logits that make greedy sampling pick `token`.
fn one_hot(token: u32, vocab: usize) -> Vec<f32> {
	let mut logits = vec![0.0; vocab];
	logits[token as usize] = 1.0;
	logits
}

/// Feeds `tokens` to a greedy sequence as if the model chose them; returns the streamed
/// pieces and the final generation's text and finish reason.
fn stream(tokens: &[u32], stop: &[&str]) -> (Vec<String>, String, FinishReason) {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let vocab = engine.config().vocab_size;
	let params = SamplingParams {
		stop: stop.iter().map(|s| s.to_string()).collect(),
		..SamplingParams::greedy(tokens.len())
	};
	let mut sequence = Sequence::new(vec![1], &params, tokens.len(), Vec::new(), false).unwrap();
	let mut pieces = Vec::new();
	for token in tokens {
		let step = sequence.accept(one_hot(*token, vocab), engine.tokenizer()).unwrap();
		if !step.text.is_empty() {
			pieces.push(step.text);
		}
		if step.next.is_none() {
			break;
		}
	}
	let generation = sequence.into_generation(Usage::default());
	(pieces, generation.text, generation.finish_reason)
}

#[test]
fn byte_fallback_characters_stream_whole_and_add_up_to_the_decode() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let tokenizer = engine.tokenizer();
	let ids = tokenizer.encode(TEXT).unwrap();
	let whole = tokenizer.decode(&ids).unwrap();
	assert_eq!(whole, TEXT, "the tokenizer round-trips the text");
	let partial =
		|id: &u32| tokenizer.decode(&[*id]).unwrap().contains(char::REPLACEMENT_CHARACTER);
	assert!(ids.iter().filter(|id| partial(id)).count() >= 4, "byte tokens spell some characters");

	let mut decoder = IncrementalDecoder::new();
	let mut pieces = Vec::new();
	for id in &ids {
		let piece = decoder.push(*id, tokenizer).unwrap();
		assert!(!piece.contains(char::REPLACEMENT_CHARACTER), "{piece:?}");
		pieces.push(piece);
	}
	pieces.push(decoder.flush(tokenizer).unwrap());
	assert_eq!(pieces.concat(), whole);

	let (streamed, text, reason) = stream(&ids, &[]);
	assert_eq!(streamed.concat(), text);
	assert_eq!(text, whole);
	assert_eq!(reason, FinishReason::Length);
}

#[test]
fn an_incomplete_character_at_the_end_is_released_as_the_decode_shows_it() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let tokenizer = engine.tokenizer();
	let ids = tokenizer.encode("ok 🍸").unwrap();
	let cut = &ids[..ids.len() - 1];
	let (streamed, text, _) = stream(cut, &[]);
	assert_eq!(text, tokenizer.decode(cut).unwrap());
	assert!(text.ends_with(char::REPLACEMENT_CHARACTER));
	assert_eq!(streamed.concat(), text);
}

#[test]
fn stop_sequences_are_found_across_pieces_and_nothing_past_them_streams() {
	let engine = load("tiny-mixtral", &EngineOptions::default());
	let ids = engine.tokenizer().encode(TEXT).unwrap();
	for stop in ["🍸", "tonic — 日", "語, ἀ", "✓"] {
		let (streamed, text, reason) = stream(&ids, &[stop]);
		let expected = &TEXT[..TEXT.find(stop).unwrap()];
		assert_eq!(text, expected, "stop {stop:?}");
		assert_eq!(streamed.concat(), text, "stop {stop:?}");
		assert_eq!(reason, FinishReason::Stop);
	}
}
