//! Between text and tokens: the tokenizer (a folder's or a GGUF file's) and its incremental
//! decoding, the chat template, seeded sampling, and stop sequences.

pub mod chat;
pub mod detokenize;
pub mod gguf_tokenizer;
pub mod sampling;
pub mod stop;
pub mod tokenizer;
