//! The attention mask: causal, and limited to a sliding window for models that have one.

use crate::error::Result;
use candle_core::{DType, Device, Tensor};

/// The additive mask for `t` new positions after `offset` cached ones: causal, and limited to
/// `window` positions back when the model has a sliding window. `None` when nothing is masked.
/// Built on the device from two position ranges, so no host buffer of `t × (offset + t)` values
/// is made or copied.
pub fn attention_mask(
	t: usize,
	offset: usize,
	window: Option<usize>,
	device: &Device,
) -> Result<Option<Tensor>> {
	let s = offset + t;
	let windowed = window.is_some_and(|w| s > w);
	if t == 1 && !windowed {
		return Ok(None);
	}
	let position = |from: usize, to: usize| -> Result<Tensor> {
		Ok(Tensor::arange(from as u32, to as u32, device)?.to_dtype(DType::F32)?)
	};
	let rows = position(offset, s)?.reshape((t, 1))?;
	let columns = position(0, s)?.reshape((1, s))?;
	// Masked: a later position (column > row), or one at least `window` back.
	let mut masked = columns.broadcast_gt(&rows)?;
	if let Some(window) = window {
		let too_old = (columns + window as f64)?.broadcast_le(&rows)?;
		masked = (masked + too_old)?;
	}
	let blocked = Tensor::full(f32::NEG_INFINITY, (t, s), device)?;
	let open = Tensor::zeros((t, s), DType::F32, device)?;
	Ok(Some(masked.where_cond(&blocked, &open)?))
}

/// The first key position that `position` sees: 0, or `window - 1` positions back (the same
/// rule as `attention_mask`, for kernels that apply it themselves).
pub fn first_visible(position: usize, window: Option<usize>) -> usize {
	window.map_or(0, |window| (position + 1).saturating_sub(window))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn mask_is_causal_and_windowed() {
		let device = Device::Cpu;
		assert!(attention_mask(1, 5, None, &device).expect("mask").is_none());
		let mask = attention_mask(3, 1, None, &device).expect("mask").expect("some");
		let rows: Vec<Vec<f32>> = mask.to_vec2().expect("2d");
		assert_eq!(rows[0], vec![0.0, 0.0, f32::NEG_INFINITY, f32::NEG_INFINITY]);
		assert_eq!(rows[2], vec![0.0; 4]);
		let windowed = attention_mask(1, 4, Some(2), &device).expect("mask").expect("some");
		let row: Vec<Vec<f32>> = windowed.to_vec2().expect("2d");
		assert_eq!(row[0], vec![f32::NEG_INFINITY, f32::NEG_INFINITY, f32::NEG_INFINITY, 0.0, 0.0]);
		// A prompt chunk after two cached positions, with a window of two: causal and windowed.
		let chunk = attention_mask(3, 2, Some(2), &device).expect("mask").expect("some");
		let rows: Vec<Vec<f32>> = chunk.to_vec2().expect("2d");
		let blocked = f32::NEG_INFINITY;
		assert_eq!(rows[0], vec![blocked, 0.0, 0.0, blocked, blocked]);
		assert_eq!(rows[1], vec![blocked, blocked, 0.0, 0.0, blocked]);
		assert_eq!(rows[2], vec![blocked, blocked, blocked, 0.0, 0.0]);
	}
}
