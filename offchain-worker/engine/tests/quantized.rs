//! Quantized weights on the CPU: random Mixtral- and Mistral-shaped models whose widths fit
//! candle's blocks (q8_0: multiples of 32, q4k: of 256), built here at test time with a small
//! word-level vocabulary, run in f32 and with each quantization. The quantized logits stay close
//! to the f32 ones (the figures are printed: the largest logit difference and how often the
//! most likely token agrees); a width that does not fit a block is a clear error.

#![allow(missing_docs, clippy::unwrap_used)]

mod common;

use common::random_model::build;
use gintonic_engine::{Engine, EngineError, EngineOptions, Quantization};
use std::path::Path;

fn engine(folder: &Path, quant: Option<Quantization>) -> Engine {
	Engine::load(folder, &EngineOptions { quant, ..Default::default() }).unwrap()
}

/// Last-position logits of a few prompts.
fn logits(engine: &Engine) -> Vec<Vec<f32>> {
	let prompts: [&[u32]; 4] =
		[&[1, 5, 9, 13], &[1, 40, 41, 42, 43, 44, 45], &[1, 63], &[1, 7, 7, 7, 20, 30, 50, 60]];
	prompts.iter().map(|ids| common::last_logits(engine, ids, ids.len())).collect()
}

fn argmax(values: &[f32]) -> usize {
	gintonic_engine::text::sampling::argmax(values) as usize
}

/// (largest |difference| over the logits' range, share of equal top-1 tokens).
fn compare(reference: &[Vec<f32>], quantized: &[Vec<f32>]) -> (f32, f32) {
	let mut worst: f32 = 0.0;
	let mut agree = 0;
	for (a, b) in reference.iter().zip(quantized) {
		let range =
			a.iter().copied().fold(f32::MIN, f32::max) - a.iter().copied().fold(f32::MAX, f32::min);
		worst = worst.max(common::max_abs_diff(a, b) / range);
		agree += usize::from(argmax(a) == argmax(b));
	}
	(worst, agree as f32 / reference.len() as f32)
}

#[test]
fn quantized_logits_stay_close_to_f32() {
	for model_type in ["mixtral", "mistral"] {
		let dir = tempfile::tempdir().unwrap();
		build(dir.path(), model_type);
		let reference = logits(&engine(dir.path(), None));
		for (quant, bound) in [(Quantization::Q8_0, 0.03), (Quantization::Q4K, 0.2)] {
			let (worst, agreement) = compare(&reference, &logits(&engine(dir.path(), Some(quant))));
			println!(
				"{model_type} {}: largest logit difference {:.4} of the logits' range, top-1 agreement {:.0}%",
				quant.name(),
				worst,
				agreement * 100.0
			);
			assert!(worst < bound, "{model_type} {}: {worst}", quant.name());
		}
	}
}

#[test]
fn quantized_generation_is_coherent_with_the_chat_free_path() {
	let dir = tempfile::tempdir().unwrap();
	build(dir.path(), "mixtral");
	let engine = engine(dir.path(), Some(Quantization::Q8_0));
	assert_eq!(common::greedy(&engine, &[1, 5, 9], 5).tokens.len(), 5);
}

#[test]
fn a_width_that_does_not_fit_the_blocks_is_a_clear_error() {
	// The tiny fixtures' feed-forward is 48 wide: neither 32 nor 256 divides it.
	let folder = common::model_dir("tiny-mixtral");
	for (quant, block) in [(Quantization::Q8_0, 32), (Quantization::Q4K, 256)] {
		let options = EngineOptions { quant: Some(quant), ..Default::default() };
		let error = Engine::load(&folder, &options).err().unwrap();
		assert!(matches!(error, EngineError::Weights(_)), "{error}");
		let message = error.to_string();
		let expected =
			format!("{} needs an input width that is a multiple of {block}", quant.name());
		assert!(message.contains(&expected), "{message}");
	}
}
