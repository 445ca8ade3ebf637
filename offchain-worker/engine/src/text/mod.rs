//! Between text and tokens: the tokenizer and its incremental decoding, the chat template,
//! seeded sampling, and stop sequences.

pub mod chat;
pub mod detokenize;
pub mod sampling;
pub mod stop;
pub mod tokenizer;
