//! The KV-cache memory budget of a scheduler: one amount of memory set at start, counted in
//! blocks of [`BLOCK_POSITIONS`] cache positions. A sequence takes the blocks for its prompt
//! and its whole token allowance when it is admitted (so a running sequence never runs out
//! and nothing has to be preempted), and gives them back when it ends.

use crate::load::config::ModelConfig;
use candle_core::DType;

/// Cache positions per block.
pub const BLOCK_POSITIONS: usize = 16;

/// Blocks taken and free.
#[derive(Debug)]
pub struct KvBudget {
	total: usize,
	free: usize,
}

impl KvBudget {
	/// A budget of `bytes` for `config`'s cache in `dtype` (at least one block).
	pub fn new(config: &ModelConfig, dtype: DType, bytes: u64) -> Self {
		let per_block = (position_bytes(config, dtype) * BLOCK_POSITIONS as u64).max(1);
		let total = usize::try_from(bytes / per_block).unwrap_or(usize::MAX).max(1);
		Self { total, free: total }
	}

	/// Blocks that `positions` cache positions need.
	pub fn blocks_for(positions: usize) -> usize {
		positions.div_ceil(BLOCK_POSITIONS)
	}

	/// Positions the whole budget holds.
	pub fn capacity(&self) -> usize {
		self.total.saturating_mul(BLOCK_POSITIONS)
	}

	/// Blocks not taken.
	pub fn free_blocks(&self) -> usize {
		self.free
	}

	/// Takes `blocks` if they are free.
	pub fn try_take(&mut self, blocks: usize) -> bool {
		if blocks > self.free {
			return false;
		}
		self.free -= blocks;
		true
	}

	/// Returns `blocks` taken earlier.
	pub fn give_back(&mut self, blocks: usize) {
		self.free = (self.free + blocks).min(self.total);
	}
}

/// Bytes of one cache position: keys and values of every layer.
pub fn position_bytes(config: &ModelConfig, dtype: DType) -> u64 {
	(2 * config.num_layers * config.num_kv_heads * config.head_dim * dtype.size_in_bytes()) as u64
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn blocks_are_taken_and_given_back_within_the_total() {
		let config = crate::load::config::ModelConfig::from_json(
			r#"{"model_type": "mistral", "vocab_size": 10, "hidden_size": 64,
			"intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4,
			"num_key_value_heads": 2, "rms_norm_eps": 1e-5, "max_position_embeddings": 512}"#,
		)
		.expect("valid");
		// 2 × 2 layers × 2 heads × 16 dims × 4 bytes = 512 bytes a position, 8 KiB a block.
		assert_eq!(position_bytes(&config, DType::F32), 512);
		let mut budget = KvBudget::new(&config, DType::F32, 10 * 8192 + 100);
		assert_eq!((budget.free_blocks(), budget.capacity()), (10, 160));
		assert_eq!(KvBudget::blocks_for(17), 2);
		assert!(budget.try_take(7));
		assert!(!budget.try_take(4));
		assert!(budget.try_take(3));
		budget.give_back(7);
		assert_eq!(budget.free_blocks(), 7);
		budget.give_back(100);
		assert_eq!(budget.free_blocks(), 10);
	}
}
