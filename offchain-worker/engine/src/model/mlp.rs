//! The dense feed-forward block, SwiGLU (Mistral, Llama): gate and up projections fused into
//! one matrix at load time, one matrix product for both.

use super::{
	elementwise::gated_activation,
	linear::{weight_first, Linear},
	transpose::transpose,
};
use crate::{
	error::Result,
	load::{
		config::{Activation, Architecture, ModelConfig},
		weights::Weights,
	},
};
use candle_core::Tensor;

/// The gated feed-forward block: `down(act(gate(x)) × up(x))`.
pub struct DenseMlp {
	gate_up: Linear,
	down: Linear,
	intermediate: usize,
	activation: Activation,
}

/// `down(act(gate(x)) × up(x))` with gate and up side by side in `gate_up`: SwiGLU with SiLU,
/// GeGLU with GELU.
pub(crate) fn gated(
	x: &Tensor,
	gate_up: &Linear,
	down: &Linear,
	intermediate: usize,
	activation: Activation,
) -> Result<Tensor> {
	if let (Linear::Dense(gate_up), Linear::Dense(down)) = (gate_up, down) {
		if weight_first(x, gate_up) {
			// Features by rows throughout (`linear.rs`): one transpose in, one out, and gate
			// and up are contiguous halves of the product.
			let hidden = gate_up.matmul(&transpose(x)?)?;
			let gate = hidden.narrow(0, 0, intermediate)?;
			let up = hidden.narrow(0, intermediate, intermediate)?;
			return transpose(&down.matmul(&gated_activation(&gate, &up, activation)?)?);
		}
	}
	let hidden = gate_up.forward(x)?;
	let gate = hidden.narrow(1, 0, intermediate)?;
	let up = hidden.narrow(1, intermediate, intermediate)?;
	down.forward(&gated_activation(&gate, &up, activation)?)
}

impl DenseMlp {
	/// Loads `prefix.{gate,up,down}_proj.weight` (Phi: `prefix.{gate_up,down}_proj.weight`).
	pub fn load(weights: &Weights, prefix: &str, config: &ModelConfig) -> Result<Self> {
		let (h, i) = (config.hidden_size, config.intermediate_size);
		let name = |projection: &str| format!("{prefix}.{projection}_proj.weight");
		let gate_up = match config.architecture {
			// Phi stores gate and up as one projection already.
			Architecture::Phi3 => weights.linear(&name("gate_up"), (2 * i, h))?,
			_ => weights.fused_linear(&[&name("gate"), &name("up")], (i, h))?,
		};
		Ok(Self {
			gate_up,
			down: weights.linear(&name("down"), (h, i))?,
			intermediate: i,
			activation: config.activation,
		})
	}

	/// The block on `x` (`[tokens, hidden]`).
	pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
		gated(x, &self.gate_up, &self.down, self.intermediate, self.activation)
	}
}
