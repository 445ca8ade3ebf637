//! Mixtral's sparse mixture of experts. The experts' weights are stacked per layer
//! (`[experts, 2 × intermediate, hidden]` gate+up, `[experts, hidden, intermediate]` down).
//! Routing (softmax, top-k, renormalise) runs on the device. On CUDA in bf16/f16, the rows are
//! sorted by expert on the device and candle-nn's fused grouped kernel (`moe_gemm`) runs every
//! chosen expert in two launches, with no copy to the host. Elsewhere each expert runs once on
//! all the tokens routed to it, grouped from the routing read back: on the CPU that "copy" is a
//! read of host memory, and f32 on CUDA is a test configuration.

use super::{
	cpu_experts,
	linear::{linear, Linear},
	mlp::gated,
};
use crate::{
	error::{EngineError, Result},
	load::{
		config::{Activation, ModelConfig},
		weights::Weights,
	},
};
use candle_core::{DType, Tensor, D};

/// The block: a router picks the top-k experts per token (softmax, top-k, renormalised where
/// the model does), and the token's output is the routing-weighted sum of those experts'
/// SwiGLU outputs.
pub struct SparseMoe {
	router: Tensor,
	experts: Experts,
	intermediate: usize,
	top_k: usize,
	renormalise: bool,
}

/// What a family calls the block's weights.
pub struct ExpertNames {
	/// The router, under the block's prefix.
	pub router: &'static str,
	/// Gate, up and down projections, under `experts.{e}`.
	pub gate: &'static str,
	/// See `gate`.
	pub up: &'static str,
	/// See `gate`.
	pub down: &'static str,
}

/// Mixtral's names (`block_sparse_moe.experts.{e}.w1`…).
pub const MIXTRAL_EXPERTS: ExpertNames =
	ExpertNames { router: "gate", gate: "w1", up: "w3", down: "w2" };
/// Qwen-MoE's names (`mlp.experts.{e}.gate_proj`…).
pub const QWEN_EXPERTS: ExpertNames =
	ExpertNames { router: "gate", gate: "gate_proj", up: "up_proj", down: "down_proj" };

/// The experts' weights.
enum Experts {
	/// Dense, stacked: `[E, 2I, H]` gate+up and `[E, H, I]` down (the fused kernel's layout).
	Stacked { gate_up: Tensor, down: Tensor },
	/// Quantized, one gate+up and one down projection per expert.
	Quantized(Vec<(Linear, Linear)>),
}

impl Experts {
	fn count(&self) -> Result<usize> {
		Ok(match self {
			Self::Stacked { gate_up, .. } => gate_up.dim(0)?,
			Self::Quantized(experts) => experts.len(),
		})
	}
}

impl SparseMoe {
	/// Loads `prefix.{router}.weight` and `prefix.experts.{e}.{gate,up,down}.weight` by the
	/// family's `names`.
	pub fn load(
		weights: &Weights,
		prefix: &str,
		config: &ModelConfig,
		names: &ExpertNames,
	) -> Result<Self> {
		let (h, i, e) = (config.hidden_size, config.expert_intermediate_size, config.num_experts);
		let mut gate_up = Vec::with_capacity(e);
		let mut down = Vec::with_capacity(e);
		for expert in 0..e {
			let name = |w: &str| format!("{prefix}.experts.{expert}.{w}.weight");
			gate_up.push(weights.fused_linear(&[&name(names.gate), &name(names.up)], (i, h))?);
			down.push(weights.linear(&name(names.down), (h, i))?);
		}
		let dense = |linears: Vec<Linear>| -> Option<Vec<Tensor>> {
			linears
				.into_iter()
				.map(|linear| match linear {
					Linear::Dense(weight) => Some(weight),
					Linear::Quantized(_) => None,
				})
				.collect()
		};
		let experts = if weights.quantized() {
			Experts::Quantized(gate_up.into_iter().zip(down).collect())
		} else {
			let missing = || EngineError::Weights(format!("{prefix}: mixed expert formats"));
			Experts::Stacked {
				gate_up: Tensor::stack(&dense(gate_up).ok_or_else(missing)?, 0)?,
				down: Tensor::stack(&dense(down).ok_or_else(missing)?, 0)?,
			}
		};
		Ok(Self {
			router: weights.get(&format!("{prefix}.{}.weight", names.router), (e, h))?,
			experts,
			intermediate: i,
			top_k: config.experts_per_token,
			renormalise: config.norm_topk_prob,
		})
	}

	/// The block on `x` (`[tokens, hidden]`).
	pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
		let (chosen, chosen_weights) = self.route(x)?;
		match &self.experts {
			Experts::Stacked { gate_up, down }
				if x.device().is_cuda() && matches!(x.dtype(), DType::BF16 | DType::F16) =>
			{
				self.forward_fused(x, gate_up, down, &chosen, &chosen_weights)
			}
			_ => self.forward_grouped(x, &chosen, &chosen_weights),
		}
	}

	/// The top-k experts of each token (`[tokens, k]` u32) and their renormalised weights
	/// (`[tokens, k]` f32, rounded through x's dtype as transformers does), on x's device.
	fn route(&self, x: &Tensor) -> Result<(Tensor, Tensor)> {
		// Routing in f32, as transformers does; the chosen weights go back to x's dtype.
		let probabilities =
			candle_nn::ops::softmax_last_dim(&linear(x, &self.router)?.to_dtype(DType::F32)?)?;
		let chosen = probabilities
			.arg_sort_last_dim(false)?
			.narrow(D::Minus1, 0, self.top_k)?
			.contiguous()?;
		let mut chosen_weights = probabilities.gather(&chosen, D::Minus1)?;
		if self.renormalise {
			chosen_weights =
				chosen_weights.broadcast_div(&chosen_weights.sum_keepdim(D::Minus1)?)?;
		}
		Ok((chosen, chosen_weights.to_dtype(x.dtype())?.to_dtype(DType::F32)?))
	}

	/// Every chosen expert through candle-nn's grouped kernel: the (token, slot) pairs sorted
	/// by expert on the device, gate+up for all of them in one launch, down weighted by the
	/// routing in another, then each token's k rows summed.
	fn forward_fused(
		&self,
		x: &Tensor,
		gate_up: &Tensor,
		down: &Tensor,
		chosen: &Tensor,
		chosen_weights: &Tensor,
	) -> Result<Tensor> {
		let (tokens, hidden) = x.dims2()?;
		let (expert_ids, sorted_pairs) = chosen.flatten_all()?.sort_last_dim(true)?;
		let prefill = tokens > 1;
		let gate_up = candle_nn::moe::moe_gemm(
			x,
			gate_up,
			&None,
			&sorted_pairs,
			&expert_ids,
			self.top_k,
			prefill,
		)?;
		let gate = gate_up.narrow(1, 0, self.intermediate)?;
		let up = gate_up.narrow(1, self.intermediate, self.intermediate)?;
		let activated = (gate.silu()? * up)?.contiguous()?;
		let out = candle_nn::moe::moe_gemm(
			&activated,
			down,
			&Some(chosen_weights.contiguous()?),
			&sorted_pairs,
			&expert_ids,
			self.top_k,
			prefill,
		)?;
		Ok(out.reshape((tokens, self.top_k, hidden))?.sum(1)?)
	}

	/// Each expert once on the tokens routed to it, grouped on the host: a decoding step's
	/// experts on the CPU in f32 in one operation (`cpu_experts.rs`), the rest one by one.
	fn forward_grouped(
		&self,
		x: &Tensor,
		chosen: &Tensor,
		chosen_weights: &Tensor,
	) -> Result<Tensor> {
		let (tokens, _) = x.dims2()?;
		// Group the tokens by expert (a small host copy: tokens × top_k ids and weights).
		let experts: Vec<Vec<u32>> = chosen.to_vec2()?;
		let weights: Vec<Vec<f32>> = chosen_weights.to_vec2()?;
		let num_experts = self.experts.count()?;
		let mut routed: Vec<(Vec<u32>, Vec<f32>)> = vec![(Vec::new(), Vec::new()); num_experts];
		for token in 0..tokens {
			for k in 0..self.top_k {
				let (ids, scales) = &mut routed[experts[token][k] as usize];
				ids.push(token as u32);
				scales.push(weights[token][k]);
			}
		}
		if let Experts::Stacked { gate_up, down } = &self.experts {
			let busiest = routed.iter().map(|(ids, _)| ids.len()).max().unwrap_or(0);
			if busiest <= cpu_experts::MAX_EXPERT_ROWS && cpu_experts::applies(x, gate_up, down) {
				let routed = routed
					.into_iter()
					.map(|(tokens, weights)| cpu_experts::Routed { tokens, weights })
					.collect();
				return cpu_experts::experts(x, gate_up, down, routed);
			}
		}
		let mut out = x.zeros_like()?;
		for (expert, (ids, scales)) in routed.into_iter().enumerate() {
			if ids.is_empty() {
				continue;
			}
			let count = ids.len();
			let ids = Tensor::from_vec(ids, count, x.device())?;
			let scales = Tensor::from_vec(scales, (count, 1), x.device())?.to_dtype(x.dtype())?;
			let rows = x.index_select(&ids, 0)?;
			let expert_out = match &self.experts {
				Experts::Stacked { gate_up, down } => gated(
					&rows,
					&Linear::Dense(gate_up.get(expert)?),
					&Linear::Dense(down.get(expert)?),
					self.intermediate,
					Activation::Silu,
				)?,
				Experts::Quantized(experts) => {
					let (gate_up, down) = experts.get(expert).ok_or_else(|| {
						EngineError::Weights(format!("expert {expert} is out of range"))
					})?;
					gated(&rows, gate_up, down, self.intermediate, Activation::Silu)?
				}
			};
			out = out.index_add(&ids, &expert_out.broadcast_mul(&scales)?, 0)?;
		}
		Ok(out)
	}
}
