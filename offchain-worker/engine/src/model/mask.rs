//! The attention mask: causal, and limited to a sliding window for models that have one.

use crate::error::Result;
use candle_core::Tensor;

/// The additive mask for `t` new positions after `offset` cached ones: causal, and limited to
/// `window` positions back when the model has a sliding window. `None` when nothing is masked.
pub fn attention_mask(
	t: usize,
	offset: usize,
	window: Option<usize>,
	device: &candle_core::Device,
) -> Result<Option<Tensor>> {
	let s = offset + t;
	let windowed = window.is_some_and(|w| s > w);
	if t == 1 && !windowed {
		return Ok(None);
	}
	let mut values = vec![0f32; t * s];
	for row in 0..t {
		let position = offset + row;
		for column in 0..s {
			let future = column > position;
			let too_old = window.is_some_and(|w| position - column.min(position) >= w);
			if future || too_old {
				values[row * s + column] = f32::NEG_INFINITY;
			}
		}
	}
	Ok(Some(Tensor::from_vec(values, (t, s), device)?))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn mask_is_causal_and_windowed() {
		let device = candle_core::Device::Cpu;
		assert!(attention_mask(1, 5, None, &device).expect("mask").is_none());
		let mask = attention_mask(3, 1, None, &device).expect("mask").expect("some");
		let rows: Vec<Vec<f32>> = mask.to_vec2().expect("2d");
		assert_eq!(rows[0], vec![0.0, 0.0, f32::NEG_INFINITY, f32::NEG_INFINITY]);
		assert_eq!(rows[2], vec![0.0; 4]);
		let windowed = attention_mask(1, 4, Some(2), &device).expect("mask").expect("some");
		let row: Vec<Vec<f32>> = windowed.to_vec2().expect("2d");
		assert_eq!(row[0], vec![f32::NEG_INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY, 0.0, 0.0]);
	}
}
