//! The experts of a decoding step on the CPU in f32, as one operation: every chosen expert's
//! gate/up products, then every down product, each pass split across threads over all the
//! experts' weight rows at once (the few-rows kernel's tasks), the SwiGLU between them and the
//! routing-weighted sum written in place. Through candle's operations the same step runs about
//! ten operations per expert (gather, product, narrow, activation, product, scale, scatter),
//! each a pass over threads of its own; a decoding step's experts hold a few rows each, so
//! those passes, not the arithmetic, set its time.

use super::{contiguous_f32, elementwise::silu_of, few_rows::products_by_output};
use crate::error::Result;
use candle_core::{bail, CpuStorage, CustomOp3, DType, Layout, Shape, Tensor};
use rayon::prelude::*;

/// Up to this many rows for its busiest expert, a step takes this path (the few-rows kernel's
/// products stay level with candle's up to 16 rows; a prefill's experts go to candle's).
pub const MAX_EXPERT_ROWS: usize = 16;

/// The tokens routed to one expert and their routing weights.
pub struct Routed {
	/// Token indices, in the order the expert's rows are computed.
	pub tokens: Vec<u32>,
	/// Each token's routing weight for this expert.
	pub weights: Vec<f32>,
}

/// Whether `x` and the stacked experts take this path: f32 on the CPU.
pub fn applies(x: &Tensor, gate_up: &Tensor, down: &Tensor) -> bool {
	x.device().is_cpu() && [x, gate_up, down].iter().all(|tensor| tensor.dtype() == DType::F32)
}

/// `Σ weight × down_e(silu(gate_e(x)) × up_e(x))` over each token's experts, for `x`
/// `[tokens, hidden]`, `gate_up` `[E, 2I, hidden]` and `down` `[E, hidden, I]` (stacked as
/// `moe.rs` loads them), `routed[e]` the tokens of expert `e`.
pub fn experts(x: &Tensor, gate_up: &Tensor, down: &Tensor, routed: Vec<Routed>) -> Result<Tensor> {
	let op = CpuExperts { routed };
	Ok(x.contiguous()?.apply_op3_no_bwd(&gate_up.contiguous()?, &down.contiguous()?, &op)?)
}

struct CpuExperts {
	routed: Vec<Routed>,
}

impl CustomOp3 for CpuExperts {
	fn name(&self) -> &'static str {
		"cpu-experts"
	}

	fn cpu_fwd(
		&self,
		x: &CpuStorage,
		x_layout: &Layout,
		gate_up: &CpuStorage,
		gate_up_layout: &Layout,
		down: &CpuStorage,
		down_layout: &Layout,
	) -> candle_core::Result<(CpuStorage, Shape)> {
		let x = contiguous_f32(x, x_layout, self.name())?;
		let gate_up = contiguous_f32(gate_up, gate_up_layout, self.name())?;
		let down = contiguous_f32(down, down_layout, self.name())?;
		let (tokens, hidden) = x_layout.shape().dims2()?;
		let (experts, double_intermediate, gate_up_hidden) = gate_up_layout.shape().dims3()?;
		let intermediate = double_intermediate / 2;
		if gate_up_hidden != hidden
			|| down_layout.dims() != [experts, hidden, intermediate]
			|| self.routed.len() != experts
			|| hidden == 0
			|| intermediate == 0
		{
			bail!(
				"cpu-experts: x {:?}, gate_up {:?}, down {:?}, {} routed",
				x_layout.dims(),
				gate_up_layout.dims(),
				down_layout.dims(),
				self.routed.len()
			)
		}
		let routed_token = |token: &u32| match (*token as usize) < tokens {
			true => Ok(*token as usize),
			false => {
				Err(candle_core::Error::Msg(format!("cpu-experts: token {token} of {tokens}")))
			}
		};
		// Each expert's rows of x, in its routed order.
		let inputs = self
			.routed
			.iter()
			.map(|routed| {
				let mut rows = Vec::with_capacity(routed.tokens.len() * hidden);
				for token in &routed.tokens {
					let token = routed_token(token)?;
					rows.extend_from_slice(&x[token * hidden..(token + 1) * hidden]);
				}
				Ok(rows)
			})
			.collect::<candle_core::Result<Vec<Vec<f32>>>>()?;
		// Gate and up of every expert at once, by output: `[2I, rows]` each; then SwiGLU into
		// rows of `[rows, I]`, the down products' input.
		let activated: Vec<Vec<f32>> = inputs
			.par_iter()
			.enumerate()
			.map(|(expert, rows)| {
				let by_output =
					products_by_output(rows, expert_weights(gate_up, experts, expert), hidden);
				swiglu(&by_output, rows.len() / hidden, intermediate)
			})
			.collect();
		let outputs: Vec<Vec<f32>> = activated
			.par_iter()
			.enumerate()
			.map(|(expert, rows)| {
				products_by_output(rows, expert_weights(down, experts, expert), intermediate)
			})
			.collect();
		// The routing-weighted sum, expert by expert in order (as transformers adds them).
		let mut out = vec![0f32; tokens * hidden];
		for (routed, by_output) in self.routed.iter().zip(&outputs) {
			let rows = routed.tokens.len();
			for (row, (token, weight)) in routed.tokens.iter().zip(&routed.weights).enumerate() {
				let token = routed_token(token)?;
				let out_row = &mut out[token * hidden..(token + 1) * hidden];
				for (column, value) in out_row.iter_mut().enumerate() {
					*value += by_output[column * rows + row] * weight;
				}
			}
		}
		Ok((CpuStorage::F32(out), Shape::from((tokens, hidden))))
	}
}

/// Expert `expert`'s weights in a stack of `experts`.
fn expert_weights(stack: &[f32], experts: usize, expert: usize) -> &[f32] {
	let size = stack.len() / experts;
	&stack[expert * size..(expert + 1) * size]
}

/// `silu(gate) × up` as `[rows, I]` from the gate/up products by output (`[2I, rows]`: the
/// gate's I outputs, then the up's).
fn swiglu(by_output: &[f32], rows: usize, intermediate: usize) -> Vec<f32> {
	let mut activated = vec![0f32; rows * intermediate];
	for (row, activated_row) in activated.chunks_exact_mut(intermediate).enumerate() {
		for (column, value) in activated_row.iter_mut().enumerate() {
			let gate = by_output[column * rows + row];
			let up = by_output[(intermediate + column) * rows + row];
			*value = silu_of(gate) * up;
		}
	}
	activated
}

#[cfg(test)]
mod tests {
	use super::*;
	use candle_core::{Device, D};

	/// The same block through candle's operations, expert by expert.
	fn reference(x: &Tensor, gate_up: &Tensor, down: &Tensor, routed: &[Routed]) -> Result<Tensor> {
		let intermediate = down.dim(D::Minus1)?;
		let mut out = x.zeros_like()?;
		for (expert, routed) in routed.iter().enumerate() {
			if routed.tokens.is_empty() {
				continue;
			}
			let ids = Tensor::new(routed.tokens.as_slice(), x.device())?;
			let rows = x.index_select(&ids, 0)?;
			let hidden = rows.matmul(&gate_up.get(expert)?.t()?)?;
			let gate = hidden.narrow(1, 0, intermediate)?;
			let up = hidden.narrow(1, intermediate, intermediate)?;
			let expert_out = (gate.silu()? * up)?.matmul(&down.get(expert)?.t()?)?;
			let weights = Tensor::new(routed.weights.as_slice(), x.device())?.unsqueeze(1)?;
			out = out.index_add(&ids, &expert_out.broadcast_mul(&weights)?, 0)?;
		}
		Ok(out)
	}

	/// Experts with no rows, one row and several, a token routed to two experts, widths off
	/// the vector width: equal to candle's operations within f32 rounding.
	#[test]
	fn equals_candles_experts() -> Result<()> {
		let device = Device::Cpu;
		let (experts_count, hidden, intermediate, tokens) = (4, 40, 24, 5);
		let x = Tensor::randn(0f32, 1.0, (tokens, hidden), &device)?;
		let gate_up = Tensor::randn(0f32, 0.2, (experts_count, 2 * intermediate, hidden), &device)?;
		let down = Tensor::randn(0f32, 0.2, (experts_count, hidden, intermediate), &device)?;
		let routing = || {
			vec![
				Routed { tokens: vec![0, 2, 4], weights: vec![0.7, 0.5, 0.9] },
				Routed { tokens: vec![], weights: vec![] },
				Routed { tokens: vec![3], weights: vec![1.0] },
				Routed { tokens: vec![0, 1, 2], weights: vec![0.3, 1.0, 0.5] },
			]
		};
		assert!(applies(&x, &gate_up, &down));
		let ours = experts(&x, &gate_up, &down, routing())?;
		let expected = reference(&x, &gate_up, &down, &routing())?;
		let difference = (ours - expected)?.abs()?.max_all()?.to_scalar::<f32>()?;
		assert!(difference < 1e-5, "{difference}");
		Ok(())
	}

	/// A token index past the batch, or routing for the wrong number of experts, is an error.
	#[test]
	fn refuses_bad_routing() -> Result<()> {
		let device = Device::Cpu;
		let x = Tensor::zeros((2, 8), DType::F32, &device)?;
		let gate_up = Tensor::zeros((2, 8, 8), DType::F32, &device)?;
		let down = Tensor::zeros((2, 8, 4), DType::F32, &device)?;
		let empty = || Routed { tokens: vec![], weights: vec![] };
		let past = vec![Routed { tokens: vec![2], weights: vec![1.0] }, empty()];
		assert!(experts(&x, &gate_up, &down, past).is_err());
		assert!(experts(&x, &gate_up, &down, vec![empty()]).is_err());
		assert!(experts(&x, &gate_up, &down, vec![empty(), empty()]).is_ok());
		Ok(())
	}
}
