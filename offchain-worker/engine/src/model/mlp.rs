//! The dense feed-forward block, SwiGLU (Mistral, Llama): gate and up projections fused into
//! one matrix at load time, one matrix product for both.

use super::linear::linear;
use crate::{error::Result, load::config::ModelConfig, load::weights::Weights};
use candle_core::Tensor;

/// SwiGLU: `down(silu(gate(x)) × up(x))`.
pub struct DenseMlp {
	gate_up: Tensor,
	down: Tensor,
	intermediate: usize,
}

pub(crate) fn swiglu(
	x: &Tensor,
	gate_up: &Tensor,
	down: &Tensor,
	intermediate: usize,
) -> Result<Tensor> {
	let hidden = linear(x, gate_up)?;
	let gate = hidden.narrow(1, 0, intermediate)?;
	let up = hidden.narrow(1, intermediate, intermediate)?;
	linear(&(gate.silu()? * up)?, down)
}

impl DenseMlp {
	/// Loads `prefix.{gate,up,down}_proj.weight`.
	pub fn load(weights: &Weights, prefix: &str, config: &ModelConfig) -> Result<Self> {
		let (h, i) = (config.hidden_size, config.intermediate_size);
		let gate = weights.get(&format!("{prefix}.gate_proj.weight"), (i, h))?;
		let up = weights.get(&format!("{prefix}.up_proj.weight"), (i, h))?;
		Ok(Self {
			gate_up: Tensor::cat(&[&gate, &up], 0)?,
			down: weights.get(&format!("{prefix}.down_proj.weight"), (h, i))?,
			intermediate: i,
		})
	}

	/// The block on `x` (`[tokens, hidden]`).
	pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
		swiglu(x, &self.gate_up, &self.down, self.intermediate)
	}
}
