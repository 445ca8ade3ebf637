//! The key/value cache of one sequence, kept outside the layers: one preallocated buffer per
//! layer, written in place at the sequence's position (no concatenation per step).

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
	len: usize,
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
		Ok(Self { layers, len: 0, capacity })
	}

	/// Positions filled.
	pub fn len(&self) -> usize {
		self.len
	}

	/// Whether nothing is cached.
	pub fn is_empty(&self) -> bool {
		self.len == 0
	}

	/// Positions the cache holds at most.
	pub fn capacity(&self) -> usize {
		self.capacity
	}

	/// Checks that `new` more positions fit.
	pub(crate) fn reserve(&self, new: usize) -> Result<()> {
		if self.len + new > self.capacity {
			return Err(EngineError::PromptTooLong {
				prompt_tokens: self.len + new,
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
		let new = keys.dim(2)?;
		let cache = &mut self.layers[layer];
		cache.keys.slice_set(keys, 2, self.len)?;
		cache.values.slice_set(values, 2, self.len)?;
		Ok((cache.keys.narrow(2, 0, self.len + new)?, cache.values.narrow(2, 0, self.len + new)?))
	}

	/// Marks `new` positions as written by every layer.
	pub(crate) fn advance(&mut self, new: usize) {
		self.len += new;
	}
}
