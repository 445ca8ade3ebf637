//! The tokenizer a GGUF file carries in its metadata (llama.cpp's `tokenizer.ggml.*` keys),
//! built as transformers builds it from the same file (`AutoTokenizer.from_pretrained(folder,
//! gguf_file=…)`), so that a folder holding only a `.gguf` tokenizes as transformers does:
//!
//! - `llama` (a SentencePiece vocabulary: pieces, scores, piece types) becomes a byte-fallback
//!   BPE whose merges are recovered from the vocabulary, best score first; Gemma reads the
//!   pieces in file order instead of by score and has no prefix space, Phi-3 prepends its space
//!   with a normalizer (both picked by `general.architecture`, as transformers picks them);
//! - `gpt2` (a byte-level BPE with its merges) splits text by the rule `tokenizer.ggml.pre`
//!   names; a rule the engine does not know is an error, never a guess.
//!
//! Control tokens (and the begin, end, unknown and padding tokens the file names) are special;
//! user-defined ones (`<think>`) are matched whole but are not special.

use crate::{
	error::{EngineError, Result},
	load::gguf::GgufFile,
};
use candle_core::quantized::gguf_file::Value;
use serde_json::{json, Value as Json};
use std::collections::HashMap;

/// Control tokens that end a generation whichever ids the file names (llama.cpp's list).
const END_OF_TURN: [&str; 9] = [
	"<|eot_id|>",
	"<|eom_id|>",
	"<|im_end|>",
	"<|end|>",
	"<end_of_turn>",
	"<|endoftext|>",
	"<|end_of_text|>",
	"<EOT>",
	"<｜end▁of▁sentence｜>",
];

/// llama.cpp's token types that the tokenizer reads.
const CONTROL: i64 = 3;
const USER_DEFINED: i64 = 4;

/// Llama 3's split rule (and of the vocabularies trained with it).
const LLAMA3_SPLIT: &str = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";
/// Qwen2's: Llama 3's with one digit at a time.
const QWEN2_SPLIT: &str = r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";
/// Mistral's Tekken.
const TEKKEN_SPLIT: &str = r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";
/// GPT-4o's (Llama 4's).
const GPT4O_SPLIT: &str = r"[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?|[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+";

/// The split rule of a byte-level vocabulary's `tokenizer.ggml.pre`; `Ok(None)` for GPT-2's
/// own (`default`, `gpt2` or none).
fn split_rule(pre: Option<&str>) -> Result<Option<&'static str>> {
	Ok(Some(match pre {
		None | Some("default" | "gpt2") => return Ok(None),
		Some(
			"llama3" | "llama-v3" | "llama-bpe" | "falcon3" | "falcon-h1" | "pixtral" | "midm-2.0"
			| "lfm2" | "jina-v5-nano" | "dbrx" | "smaug-bpe",
		) => LLAMA3_SPLIT,
		Some("qwen2" | "deepseek-r1-qwen" | "kormo" | "f2llmv2" | "megrez") => QWEN2_SPLIT,
		Some("tekken") => TEKKEN_SPLIT,
		Some("gpt-4o" | "llama4" | "kanana2" | "talkie" | "minimax-m2") => GPT4O_SPLIT,
		Some(other) => {
			return Err(EngineError::Tokenizer(format!(
				"the GGUF file's pre-tokenizer {other:?} is not supported yet: put the model's \
				 tokenizer.json beside the .gguf"
			)))
		}
	}))
}

/// A GGUF file's tokenizer and the special tokens the engine needs from it.
pub struct GgufTokenizer {
	/// The tokenizer.
	pub tokenizer: tokenizers::Tokenizer,
	/// The beginning-of-sequence token.
	pub bos: Option<(String, u32)>,
	/// The end-of-sequence token.
	pub eos: Option<(String, u32)>,
	/// Whether a prompt starts with the beginning-of-sequence token.
	pub add_bos: bool,
	/// Further tokens that end a generation (`eot_token_id`, `eom_token_id`).
	pub end_of_turn: Vec<u32>,
}

/// The vocabulary as the file lists it.
struct Vocabulary {
	tokens: Vec<String>,
	types: Vec<i64>,
}

impl Vocabulary {
	fn token(&self, id: u32) -> Option<(String, u32)> {
		self.tokens.get(id as usize).map(|text| (text.clone(), id))
	}
}

/// Reads the tokenizer of `file`.
pub fn gguf_tokenizer(file: &GgufFile) -> Result<GgufTokenizer> {
	let model = file.string("tokenizer.ggml.model")?.ok_or_else(|| {
		EngineError::Tokenizer(
			"the GGUF file has no tokenizer (tokenizer.ggml.model): put the model's \
			 tokenizer.json beside it"
				.into(),
		)
	})?;
	let tokens = file
		.array("tokenizer.ggml.tokens", |value| match value {
			Value::String(text) => Some(text.clone()),
			_ => None,
		})?
		.ok_or_else(|| {
			EngineError::Tokenizer("the GGUF file has no tokenizer.ggml.tokens".into())
		})?;
	let types = file.array("tokenizer.ggml.token_type", integer)?.unwrap_or_default();
	let vocabulary = Vocabulary { tokens, types };
	let id = |key: &str| -> Result<Option<u32>> {
		let id = file.number(&format!("tokenizer.ggml.{key}"))?;
		id.map(|id| match u32::try_from(id) {
			Ok(id) if (id as usize) < vocabulary.tokens.len() => Ok(id),
			_ => Err(EngineError::Tokenizer(format!("tokenizer.ggml.{key} {id} is out of range"))),
		})
		.transpose()
	};
	let special_ids: Vec<u32> =
		["bos_token_id", "eos_token_id", "unknown_token_id", "padding_token_id"]
			.into_iter()
			.map(id)
			.collect::<Result<Vec<_>>>()?
			.into_iter()
			.flatten()
			.collect();
	let (layout, add_bos_default) = match model {
		"llama" => (sentencepiece(file, &vocabulary)?, true),
		"gpt2" => (byte_level(file, &vocabulary)?, false),
		other => {
			return Err(EngineError::Tokenizer(format!(
				"GGUF tokenizer model {other:?} is not supported yet (llama and gpt2 are): put \
				 the model's tokenizer.json beside the .gguf"
			)))
		}
	};
	let added = added_tokens(&vocabulary, &special_ids, model == "gpt2", &layout.vocab);
	let mut description = layout.description;
	description["added_tokens"] = Json::Array(added);
	description["model"]["vocab"] = Json::Object(
		layout.vocab.into_iter().map(|(token, index)| (token, json!(index))).collect(),
	);
	let tokenizer: tokenizers::Tokenizer = description
		.to_string()
		.parse()
		.map_err(|e| EngineError::Tokenizer(format!("the GGUF file's tokenizer: {e}")))?;
	let mut end_of_turn: Vec<u32> =
		[id("eot_token_id")?, id("eom_token_id")?].into_iter().flatten().collect();
	// As llama.cpp does: control tokens known to end a turn, which files often leave unnamed
	// (Gemma's `<end_of_turn>`, Phi-3's `<|end|>`).
	for (index, (token, kind)) in vocabulary.tokens.iter().zip(&vocabulary.types).enumerate() {
		if *kind == CONTROL
			&& END_OF_TURN.contains(&token.as_str())
			&& !end_of_turn.contains(&(index as u32))
		{
			end_of_turn.push(index as u32);
		}
	}
	Ok(GgufTokenizer {
		bos: id("bos_token_id")?.and_then(|bos| vocabulary.token(bos)),
		eos: id("eos_token_id")?.and_then(|eos| vocabulary.token(eos)),
		add_bos: file.flag("tokenizer.ggml.add_bos_token")?.unwrap_or(add_bos_default),
		end_of_turn,
		tokenizer,
	})
}

fn integer(value: &Value) -> Option<i64> {
	match value {
		Value::I32(v) => Some(i64::from(*v)),
		Value::U32(v) => Some(i64::from(*v)),
		Value::I8(v) => Some(i64::from(*v)),
		Value::U8(v) => Some(i64::from(*v)),
		Value::I64(v) => Some(*v),
		_ => None,
	}
}

/// A tokenizer.json without its vocabulary and added tokens, and the vocabulary (token → id,
/// the last of equal tokens winning, as a Python dict does).
struct Layout {
	description: Json,
	vocab: Vec<(String, u32)>,
}

fn vocab_map(tokens: &[String]) -> Vec<(String, u32)> {
	let mut ids: HashMap<&str, u32> = HashMap::new();
	let mut order: Vec<&str> = Vec::new();
	for (id, token) in tokens.iter().enumerate() {
		if ids.insert(token, id as u32).is_none() {
			order.push(token);
		}
	}
	order.into_iter().map(|token| (token.to_string(), ids[token])).collect()
}

fn bpe_model(unk_token: Option<&str>, merges: Vec<(String, String)>, sentencepiece: bool) -> Json {
	let merges: Vec<Json> = merges.into_iter().map(|(left, right)| json!([left, right])).collect();
	json!({
		"type": "BPE", "dropout": null, "unk_token": unk_token,
		"continuing_subword_prefix": if sentencepiece { Json::Null } else { json!("") },
		"end_of_word_suffix": if sentencepiece { Json::Null } else { json!("") },
		"fuse_unk": sentencepiece, "byte_fallback": sentencepiece, "ignore_merges": false,
		"merges": merges,
	})
}

/// A SentencePiece vocabulary as a byte-fallback BPE, with its architecture's text handling.
fn sentencepiece(file: &GgufFile, vocabulary: &Vocabulary) -> Result<Layout> {
	let gemma = matches!(file.architecture(), "gemma" | "gemma2" | "gemma3");
	let phi3 = file.architecture() == "phi3";
	// Gemma stores a token of spaces as spaces, and looks it up as `▁`s.
	let tokens: Vec<String> = vocabulary
		.tokens
		.iter()
		.map(|token| match gemma && token.contains(' ') && token.trim().is_empty() {
			true => "▁".repeat(token.chars().count()),
			false => token.clone(),
		})
		.collect();
	// Merges in the order of the tokens' scores (Gemma: of their places in the file).
	let ranks: Vec<f64> = if gemma {
		(0..tokens.len()).map(|index| -(index as f64)).collect()
	} else {
		let scores = file
			.array("tokenizer.ggml.scores", |value| match value {
				Value::F32(score) => Some(f64::from(*score)),
				_ => None,
			})?
			.ok_or_else(|| {
				EngineError::Tokenizer("a SentencePiece GGUF vocabulary needs its scores".into())
			})?;
		if scores.len() != tokens.len() {
			return Err(EngineError::Tokenizer(format!(
				"{} scores for {} tokens",
				scores.len(),
				tokens.len()
			)));
		}
		scores
	};
	let vocab = vocab_map(&tokens);
	let merges = recovered_merges(&tokens, &ranks, &vocab);
	let unk = match gemma {
		true => Some(
			file.number("tokenizer.ggml.unknown_token_id")?
				.and_then(|id| vocabulary.tokens.get(id as usize))
				.map_or("<unk>", String::as_str),
		),
		false => None,
	};
	let replace_space = json!({"type": "Replace", "pattern": {"String": " "}, "content": "▁"});
	let mut decoders = vec![
		json!({"type": "Replace", "pattern": {"String": "▁"}, "content": " "}),
		json!({"type": "ByteFallback"}),
		json!({"type": "Fuse"}),
	];
	if !gemma {
		decoders.push(json!({"type": "Strip", "content": " ", "start": 1, "stop": 0}));
	}
	let (normalizer, pre_tokenizer) = if gemma {
		(
			replace_space,
			json!({"type": "Split", "pattern": {"String": " "}, "behavior": "MergedWithPrevious",
				"invert": false}),
		)
	} else if phi3 {
		(
			json!({"type": "Sequence", "normalizers": [
				{"type": "Prepend", "prepend": "▁"}, replace_space]}),
			Json::Null,
		)
	} else {
		(
			Json::Null,
			json!({"type": "Metaspace", "replacement": "▁", "prepend_scheme": "first",
				"split": false}),
		)
	};
	Ok(Layout {
		description: json!({
			"version": "1.0", "truncation": null, "padding": null,
			"normalizer": normalizer, "pre_tokenizer": pre_tokenizer, "post_processor": null,
			"decoder": {"type": "Sequence", "decoders": decoders},
			"model": bpe_model(unk, merges, true),
		}),
		vocab,
	})
}

/// The merges a SentencePiece vocabulary implies (transformers' `generate_merges`): every split
/// of a token into two tokens of the vocabulary, those of one token ordered by the halves' ids,
/// then all of them by the token's rank, longer left then longer right halves first.
fn recovered_merges(
	tokens: &[String],
	ranks: &[f64],
	vocab: &[(String, u32)],
) -> Vec<(String, String)> {
	let ids: HashMap<&str, u32> = vocab.iter().map(|(token, id)| (token.as_str(), *id)).collect();
	// Each token once, in the order it first appears, ranked as it last appears.
	let mut rank_of: HashMap<&str, f64> = HashMap::new();
	let mut order: Vec<&str> = Vec::new();
	for (token, rank) in tokens.iter().zip(ranks) {
		if rank_of.insert(token, *rank).is_none() {
			order.push(token);
		}
	}
	struct Merge<'a> {
		left: &'a str,
		right: &'a str,
		rank: f64,
		left_chars: usize,
		right_chars: usize,
	}
	let mut merges: Vec<Merge> = Vec::new();
	for token in order {
		let rank = rank_of[token];
		let mut local: Vec<(u32, u32, Merge)> = token
			.char_indices()
			.skip(1)
			.filter_map(|(split, _)| {
				let (left, right) = token.split_at(split);
				let (left_id, right_id) = (*ids.get(left)?, *ids.get(right)?);
				let merge = Merge {
					left,
					right,
					rank,
					left_chars: left.chars().count(),
					right_chars: right.chars().count(),
				};
				Some((left_id, right_id, merge))
			})
			.collect();
		local.sort_by_key(|(left_id, right_id, _)| (*left_id, *right_id));
		merges.extend(local.into_iter().map(|(_, _, merge)| merge));
	}
	merges.sort_by(|a, b| {
		b.rank
			.total_cmp(&a.rank)
			.then(b.left_chars.cmp(&a.left_chars))
			.then(b.right_chars.cmp(&a.right_chars))
	});
	merges.into_iter().map(|merge| (merge.left.to_string(), merge.right.to_string())).collect()
}

/// Whether every character of `token` is in the byte alphabet: the 188 printable bytes as
/// themselves, the other 68 as U+0100 to U+0143.
fn spelled_in_bytes(token: &str) -> bool {
	token.chars().all(|c| matches!(c as u32, 33..=126 | 161..=172 | 174..=323))
}

/// GPT-2's map of bytes to printable characters, in which byte-level vocabularies are spelled.
fn byte_alphabet() -> [char; 256] {
	let mut alphabet = ['\0'; 256];
	let mut next = 256u32;
	for (byte, spelled) in alphabet.iter_mut().enumerate() {
		let printable = matches!(byte, 33..=126 | 161..=172 | 174..=255);
		let code = if printable {
			byte as u32
		} else {
			next += 1;
			next - 1
		};
		*spelled = char::from_u32(code).unwrap_or('\0');
	}
	alphabet
}

/// A byte-level BPE with the merges the file lists and the split rule it names.
fn byte_level(file: &GgufFile, vocabulary: &Vocabulary) -> Result<Layout> {
	let alphabet = byte_alphabet();
	let spelled = |token: &String| -> String {
		match spelled_in_bytes(token) {
			true => token.clone(),
			false => token.bytes().map(|byte| alphabet[byte as usize]).collect(),
		}
	};
	let tokens: Vec<String> = vocabulary.tokens.iter().map(spelled).collect();
	let merges = file
		.array("tokenizer.ggml.merges", |value| match value {
			Value::String(merge) => {
				merge.split_once(' ').map(|(left, right)| (left.to_string(), right.to_string()))
			}
			_ => None,
		})?
		.ok_or_else(|| {
			EngineError::Tokenizer("a byte-level GGUF vocabulary needs its merges".into())
		})?;
	let byte_level = |use_regex: bool| {
		json!({"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true,
			"use_regex": use_regex})
	};
	let pre_tokenizer = match split_rule(file.string("tokenizer.ggml.pre")?)? {
		Some(rule) => json!({"type": "Sequence", "pretokenizers": [
			{"type": "Split", "pattern": {"Regex": rule}, "behavior": "Isolated", "invert": false},
			byte_level(false)]}),
		None => byte_level(true),
	};
	Ok(Layout {
		description: json!({
			"version": "1.0", "truncation": null, "padding": null,
			"normalizer": null, "pre_tokenizer": pre_tokenizer, "post_processor": null,
			"decoder": {"type": "ByteLevel", "add_prefix_space": true, "trim_offsets": true,
				"use_regex": true},
			"model": bpe_model(None, merges, false),
		}),
		vocab: vocab_map(&tokens),
	})
}

/// Tokens matched whole in the text: control tokens and `special_ids` as special tokens,
/// user-defined ones as plain added tokens. In a byte-level vocabulary, a control token not
/// spelled in the byte alphabet is a mislabel and is left out (transformers' rule).
fn added_tokens(
	vocabulary: &Vocabulary,
	special_ids: &[u32],
	byte_level: bool,
	vocab: &[(String, u32)],
) -> Vec<Json> {
	let in_vocab: HashMap<&str, u32> =
		vocab.iter().map(|(token, id)| (token.as_str(), *id)).collect();
	let mut added: Vec<(u32, &str, bool)> = Vec::new();
	for (id, token) in vocabulary.tokens.iter().enumerate() {
		let id = id as u32;
		let kind = vocabulary.types.get(id as usize).copied().unwrap_or(0);
		let spelled = !byte_level || spelled_in_bytes(token);
		if (kind == CONTROL && spelled) || special_ids.contains(&id) {
			added.push((in_vocab.get(token.as_str()).copied().unwrap_or(id), token, true));
		} else if kind == USER_DEFINED {
			if let Some(id) = in_vocab.get(token.as_str()) {
				added.push((*id, token, false));
			}
		}
	}
	added.sort_by_key(|(id, _, _)| *id);
	added.dedup_by_key(|(id, _, _)| *id);
	added
		.into_iter()
		.map(|(id, content, special)| {
			json!({"id": id, "content": content, "single_word": false, "lstrip": false,
				"rstrip": false, "normalized": false, "special": special})
		})
		.collect()
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_byte_alphabet_is_gpt2s() {
		let alphabet = byte_alphabet();
		assert_eq!(alphabet[b'a' as usize], 'a');
		assert_eq!(alphabet[b' ' as usize], 'Ġ');
		assert_eq!(alphabet[b'\n' as usize], 'Ċ');
		let mut sorted = alphabet.to_vec();
		sorted.sort();
		sorted.dedup();
		assert_eq!(sorted.len(), 256, "one character per byte");
		let spelled: String = alphabet.iter().collect();
		assert!(spelled_in_bytes(&spelled));
		assert!(!spelled_in_bytes(" "), "a space is spelled Ġ");
	}
}
