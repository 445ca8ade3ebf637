//! Rotary position embeddings (the non-interleaved form transformers uses), with the cos/sin
//! tables computed once in f32 for the whole context, the frequencies rescaled as the config
//! asks (linear, Llama 3), over the whole head or its first `rotary_dim` dimensions (Phi's
//! partial rotary).

use crate::{
	error::Result,
	load::{config::ModelConfig, rope::RopeFrequencies},
};
use candle_core::{DType, Device, Tensor};

/// Cos and sin tables, `[context, rotary_dim / 2]`.
pub struct Rotary {
	cos: Tensor,
	sin: Tensor,
	/// Dimensions of each head that rotate (the first ones); the rest pass through.
	rotary_dim: usize,
	head_dim: usize,
}

impl Rotary {
	/// Tables of `rope`'s frequencies for the model's context, in `dtype`.
	pub fn new(
		config: &ModelConfig,
		rope: &RopeFrequencies,
		dtype: DType,
		device: &Device,
	) -> Result<Self> {
		let rotary_dim = config.rotary_dim;
		let half = rotary_dim / 2;
		let inv_freq: Vec<f32> = (0..half)
			.map(|i| {
				let inv_freq = 1.0 / rope.theta.powf(2.0 * i as f64 / rotary_dim as f64);
				let scaled = rope.scaling.as_ref().map_or(inv_freq, |s| s.apply(inv_freq));
				scaled as f32
			})
			.collect();
		let inv_freq = Tensor::from_vec(inv_freq, (1, half), device)?;
		let positions = Tensor::arange(0u32, config.max_position_embeddings as u32, device)?
			.to_dtype(DType::F32)?
			.reshape((config.max_position_embeddings, 1))?;
		let freqs = positions.broadcast_mul(&inv_freq)?;
		Ok(Self {
			cos: freqs.cos()?.to_dtype(dtype)?,
			sin: freqs.sin()?.to_dtype(dtype)?,
			rotary_dim,
			head_dim: config.head_dim,
		})
	}

	/// Rotates `xs` (`[1, heads, t, head_dim]`, contiguous) for positions `offset..offset+t`.
	pub fn apply(&self, xs: &Tensor, offset: usize) -> Result<Tensor> {
		let t = xs.dim(2)?;
		let cos = self.cos.narrow(0, offset, t)?;
		let sin = self.sin.narrow(0, offset, t)?;
		if self.rotary_dim == self.head_dim {
			return Ok(candle_nn::rotary_emb::rope(xs, &cos, &sin)?);
		}
		let rotating = xs.narrow(3, 0, self.rotary_dim)?.contiguous()?;
		let passing = xs.narrow(3, self.rotary_dim, self.head_dim - self.rotary_dim)?;
		let rotated = candle_nn::rotary_emb::rope(&rotating, &cos, &sin)?;
		Ok(Tensor::cat(&[&rotated, &passing], 3)?.contiguous()?)
	}
}
