//! The key/value cache of one sequence, kept outside the layers: one preallocated buffer per
//! layer, written in place at the sequence's position (no concatenation per step), and the
//! token ids of the positions it holds (what a LongRoPE model reruns when a sequence passes
//! its original context).

use crate::{
	error::{EngineError, Result},
	load::config::ModelConfig,
};
use candle_core::{DType, Device, Tensor};

struct LayerCache {
	keys: Tensor,
	values: Tensor,
}

/// Keys and values of every layer for up to `capacity` positions, `[1, kv_heads, capacity,
/// head_dim]` each.
pub struct KvCache {
	layers: Vec<LayerCache>,
	/// The token id at each position filled.
	tokens: Vec<u32>,
	capacity: usize,
}

impl KvCache {
	/// An empty cache for `capacity` positions.
	pub fn new(
		config: &ModelConfig,
		capacity: usize,
		dtype: DType,
		device: &Device,
	) -> Result<Self> {
		let shape = (1, config.num_kv_heads, capacity, config.head_dim);
		let layers = (0..config.num_layers)
			.map(|_| {
				Ok(LayerCache {
					keys: Tensor::zeros(shape, dtype, device)?,
					values: Tensor::zeros(shape, dtype, device)?,
				})
			})
			.collect::<Result<_>>()?;
		Ok(Self { layers, tokens: Vec::new(), capacity })
	}

	/// Positions filled.
	pub fn len(&self) -> usize {
		self.tokens.len()
	}

	/// Whether nothing is cached.
	pub fn is_empty(&self) -> bool {
		self.tokens.is_empty()
	}

	/// Positions the cache holds at most.
	pub fn capacity(&self) -> usize {
		self.capacity
	}

	/// Checks that `new` more positions fit.
	pub(crate) fn reserve(&self, new: usize) -> Result<()> {
		if self.len() + new > self.capacity {
			return Err(EngineError::PromptTooLong {
				prompt_tokens: self.len() + new,
				context: self.capacity,
			});
		}
		Ok(())
	}

	/// Writes `layer`'s keys and values for the positions after `len()` (`[1, kv_heads, t,
	/// head_dim]`, contiguous) and returns views of all of them so far.
	pub(crate) fn write(
		&mut self,
		layer: usize,
		keys: &Tensor,
		values: &Tensor,
	) -> Result<(Tensor, Tensor)> {
		let (len, new) = (self.len(), keys.dim(2)?);
		let cache = &mut self.layers[layer];
		cache.keys.slice_set(keys, 2, len)?;
		cache.values.slice_set(values, 2, len)?;
		Ok((cache.keys.narrow(2, 0, len + new)?, cache.values.narrow(2, 0, len + new)?))
	}

	/// Marks the positions of `tokens` as written by every layer.
	pub(crate) fn advance(&mut self, tokens: &[u32]) {
		self.tokens.extend_from_slice(tokens);
	}

	/// Empties the cache (its buffers stay, to be written again) and returns the token ids it
	/// held.
	pub(crate) fn restart(&mut self) -> Vec<u32> {
		std::mem::take(&mut self.tokens)
	}
}
