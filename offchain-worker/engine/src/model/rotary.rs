//! Rotary position embeddings (the non-interleaved form transformers uses), with the cos/sin
//! tables computed once in f32 for the whole context, the frequencies rescaled as the config
//! asks (linear, Llama 3).

use crate::{error::Result, load::config::ModelConfig};
use candle_core::{DType, Device, Tensor};

/// Cos and sin tables, `[context, head_dim / 2]`.
pub struct Rotary {
	cos: Tensor,
	sin: Tensor,
}

impl Rotary {
	/// Tables for the model's context, in `dtype`.
	pub fn new(config: &ModelConfig, dtype: DType, device: &Device) -> Result<Self> {
		let half = config.head_dim / 2;
		let inv_freq: Vec<f32> = (0..half)
			.map(|i| {
				let inv_freq =
					1.0 / config.rope_theta.powf(2.0 * i as f64 / config.head_dim as f64);
				let scaled = config.rope_scaling.as_ref().map_or(inv_freq, |s| s.apply(inv_freq));
				scaled as f32
			})
			.collect();
		let inv_freq = Tensor::from_vec(inv_freq, (1, half), device)?;
		let positions = Tensor::arange(0u32, config.max_position_embeddings as u32, device)?
			.to_dtype(DType::F32)?
			.reshape((config.max_position_embeddings, 1))?;
		let freqs = positions.broadcast_mul(&inv_freq)?;
		Ok(Self { cos: freqs.cos()?.to_dtype(dtype)?, sin: freqs.sin()?.to_dtype(dtype)? })
	}

	/// Rotates `xs` (`[1, heads, t, head_dim]`, contiguous) for positions `offset..offset+t`.
	pub fn apply(&self, xs: &Tensor, offset: usize) -> Result<Tensor> {
		let t = xs.dim(2)?;
		let cos = self.cos.narrow(0, offset, t)?;
		let sin = self.sin.narrow(0, offset, t)?;
		Ok(candle_nn::rotary_emb::rope(xs, &cos, &sin)?)
	}
}
