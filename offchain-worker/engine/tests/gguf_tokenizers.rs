//! Tokenizers read from GGUF metadata against transformers reading the same files
//! (scripts/fixtures/gguf_tokenizers.py): mistral-common's SentencePiece vocabulary as Llama,
//! Gemma 2 and Phi-3 read it, and a byte-level BPE with Llama 3's and Qwen2's split rules.
//! Every text encodes to transformers' ids (its beginning-of-sequence token included), the ids
//! decode to transformers' text, and the file's chat template renders and encodes as
//! transformers' does.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::fixtures;
use gintonic_engine::{
	load::gguf::GgufFile,
	text::{
		chat::{ChatMessage, ChatTemplate},
		tokenizer::TextTokenizer,
	},
};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct TextReference {
	text: String,
	ids: Vec<u32>,
	decoded: String,
}

#[derive(Deserialize)]
struct ChatReference {
	messages: Vec<ChatMessage>,
	text: String,
	ids: Vec<u32>,
}

#[derive(Deserialize)]
struct FileReference {
	texts: Vec<TextReference>,
	chat: Vec<ChatReference>,
}

fn references() -> BTreeMap<String, FileReference> {
	let path = fixtures().join("reference/gguf-tokenizers.json");
	serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn open(name: &str) -> GgufFile {
	GgufFile::open(&fixtures().join("gguf-tokenizers").join(name)).unwrap()
}

#[test]
fn every_text_encodes_and_decodes_as_transformers() {
	let references = references();
	assert_eq!(references.len(), 5);
	for (name, reference) in &references {
		let tokenizer = TextTokenizer::from_gguf(&open(name)).unwrap();
		for case in &reference.texts {
			let ids = tokenizer.encode_prompt(&case.text).unwrap();
			assert_eq!(ids, case.ids, "{name}: {:?}", case.text);
			assert_eq!(tokenizer.decode(&ids).unwrap(), case.decoded, "{name}: {:?}", case.text);
		}
	}
}

#[test]
fn the_files_chat_template_renders_as_transformers() {
	for (name, reference) in references() {
		let file = open(&name);
		let tokenizer = TextTokenizer::from_gguf(&file).unwrap();
		let source = file.string("tokenizer.chat_template").unwrap().unwrap().to_string();
		let (bos, eos) = (&tokenizer.bos().unwrap().0, &tokenizer.eos().unwrap().0);
		let template = ChatTemplate::new(source, bos, eos).unwrap();
		for chat in &reference.chat {
			let text = template.render(&chat.messages, true).unwrap();
			assert_eq!(text, chat.text, "{name}");
			assert_eq!(tokenizer.encode(&text).unwrap(), chat.ids, "{name}");
		}
	}
}

/// Llama 3's files name the end of a turn besides the end of the text; both end a generation.
#[test]
fn special_tokens_come_from_the_file() {
	let tokenizer = TextTokenizer::from_gguf(&open("byte-level.gguf")).unwrap();
	assert_eq!(tokenizer.bos().unwrap().0, "<|begin_of_text|>");
	assert_eq!(tokenizer.eos().unwrap().0, "<|eot_id|>");
	let tokenizer = TextTokenizer::from_gguf(&open("sentencepiece.gguf")).unwrap();
	assert_eq!(tokenizer.bos().unwrap(), &("<s>".to_string(), 1));
	assert_eq!(tokenizer.eos().unwrap(), &("</s>".to_string(), 2));
}
