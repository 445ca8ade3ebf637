//! Rotary position embeddings (the non-interleaved form transformers uses), with the cos/sin
//! tables computed once in f32 for the whole context, the frequencies rescaled as the config
//! asks (linear, Llama 3, LongRoPE), over the whole head or its first `rotary_dim` dimensions
//! (Phi's partial rotary).

use crate::{
	error::Result,
	load::{config::ModelConfig, rope::RopeFrequencies},
};
use candle_core::{DType, Device, Tensor};

/// Cos and sin, `[context, rotary_dim / 2]`.
struct Tables {
	cos: Tensor,
	sin: Tensor,
}

/// The tables of a layer's rotary.
pub struct Rotary {
	tables: Tables,
	/// LongRoPE: the tables of its long factors, and the sequence length past which a pass
	/// takes them (as transformers does, for the whole pass: cached keys keep their rotation).
	long: Option<(Tables, usize)>,
	/// Dimensions of each head that rotate (the first ones); the rest pass through.
	rotary_dim: usize,
	head_dim: usize,
}

impl Tables {
	fn new(
		config: &ModelConfig,
		rope: &RopeFrequencies,
		long: bool,
		dtype: DType,
		device: &Device,
	) -> Result<Self> {
		let inv_freq: Vec<f32> =
			rope.inv_freqs(config.rotary_dim, long).into_iter().map(|f| f as f32).collect();
		let half = inv_freq.len();
		let inv_freq = Tensor::from_vec(inv_freq, (1, half), device)?;
		let positions = Tensor::arange(0u32, config.max_position_embeddings as u32, device)?
			.to_dtype(DType::F32)?
			.reshape((config.max_position_embeddings, 1))?;
		let freqs = positions.broadcast_mul(&inv_freq)?;
		let magnitude = rope.magnitude();
		Ok(Self {
			cos: (freqs.cos()? * magnitude)?.to_dtype(dtype)?,
			sin: (freqs.sin()? * magnitude)?.to_dtype(dtype)?,
		})
	}
}

impl Rotary {
	/// Tables of `rope`'s frequencies for the model's context, in `dtype`.
	pub fn new(
		config: &ModelConfig,
		rope: &RopeFrequencies,
		dtype: DType,
		device: &Device,
	) -> Result<Self> {
		let long = match rope.long_after() {
			Some(after) => Some((Tables::new(config, rope, true, dtype, device)?, after)),
			None => None,
		};
		Ok(Self {
			tables: Tables::new(config, rope, false, dtype, device)?,
			long,
			rotary_dim: config.rotary_dim,
			head_dim: config.head_dim,
		})
	}

	/// Rotates `xs` (`[1, heads, t, head_dim]`, contiguous) for positions `offset..offset+t`.
	pub fn apply(&self, xs: &Tensor, offset: usize) -> Result<Tensor> {
		let t = xs.dim(2)?;
		let tables = match &self.long {
			Some((long, after)) if offset + t > *after => long,
			_ => &self.tables,
		};
		let cos = tables.cos.narrow(0, offset, t)?;
		let sin = tables.sin.narrow(0, offset, t)?;
		if self.rotary_dim == self.head_dim {
			return Ok(candle_nn::rotary_emb::rope(xs, &cos, &sin)?);
		}
		let rotating = xs.narrow(3, 0, self.rotary_dim)?.contiguous()?;
		let passing = xs.narrow(3, self.rotary_dim, self.head_dim - self.rotary_dim)?;
		let rotated = candle_nn::rotary_emb::rope(&rotating, &cos, &sin)?;
		Ok(Tensor::cat(&[&rotated, &passing], 3)?.contiguous()?)
	}
}
