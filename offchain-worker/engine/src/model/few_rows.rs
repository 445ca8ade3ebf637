//! `x @ w^T` in f32 on the CPU for a few rows of `x`, the shape of every projection while
//! decoding: each row of the weight is read once and multiplied by every row of `x` while it
//! is in cache, the weight's rows split across threads, compiled for AVX2 where the CPU has it
//! (pulp's run-time dispatch). Decoding is bound by reading the weights, which candle's general
//! matrix product does slowly on these shapes: with this kernel f32 decoding at batch 1 and 8
//! is about a third faster (`scripts/bench/engine_cpu.py`, docs/engine.md). Past `MAX_ROWS`
//! rows the product is bound by arithmetic, where candle's blocked kernels are faster.

use crate::error::Result;
use candle_core::{bail, CpuStorage, CustomOp2, DType, Layout, Shape, Tensor};
use rayon::prelude::*;

/// Up to this many rows of `x` take this path; more go to candle's matrix product (measured:
/// 16 rows are already slower here than there).
pub const MAX_ROWS: usize = 8;
/// Weight rows per task: enough work to cover a task's scheduling.
const WEIGHT_ROWS_PER_TASK: usize = 32;
/// Independent sums per dot product, so the additions pipeline and vectorise.
const LANES: usize = 32;

/// Whether `x @ weight^T` takes this path: f32 on the CPU, at most `MAX_ROWS` rows.
pub fn applies(x: &Tensor, weight: &Tensor) -> bool {
	x.device().is_cpu()
		&& x.dtype() == DType::F32
		&& weight.dtype() == DType::F32
		&& x.rank() == 2
		&& weight.rank() == 2
		&& x.dim(0).is_ok_and(|rows| rows <= MAX_ROWS)
}

/// `x @ weight^T` for `x` `[rows, in]` and `weight` `[out, in]`.
pub fn matmul(x: &Tensor, weight: &Tensor) -> Result<Tensor> {
	Ok(x.contiguous()?.apply_op2_no_bwd(&weight.contiguous()?, &FewRows)?)
}

struct FewRows;

impl CustomOp2 for FewRows {
	fn name(&self) -> &'static str {
		"few-rows-matmul"
	}

	fn cpu_fwd(
		&self,
		x: &CpuStorage,
		x_layout: &Layout,
		weight: &CpuStorage,
		weight_layout: &Layout,
	) -> candle_core::Result<(CpuStorage, Shape)> {
		let (CpuStorage::F32(x), CpuStorage::F32(weight)) = (x, weight) else {
			bail!("few-rows-matmul takes f32")
		};
		let (Some((x_start, x_end)), Some((w_start, w_end))) =
			(x_layout.contiguous_offsets(), weight_layout.contiguous_offsets())
		else {
			bail!("few-rows-matmul takes contiguous tensors")
		};
		let (rows, width) = x_layout.shape().dims2()?;
		let (outputs, weight_width) = weight_layout.shape().dims2()?;
		if width != weight_width || width == 0 {
			bail!("few-rows-matmul: [{rows}, {width}] by [{outputs}, {weight_width}]^T")
		}
		let (x, weight) = (&x[x_start..x_end], &weight[w_start..w_end]);
		// Each task fills its outputs for every row: `[out, rows]`, transposed at the end.
		let mut by_output = vec![0f32; outputs * rows];
		by_output
			.par_chunks_mut(WEIGHT_ROWS_PER_TASK * rows)
			.zip(weight.par_chunks(WEIGHT_ROWS_PER_TASK * width))
			.for_each(|(out, weight)| {
				pulp::Arch::new().dispatch(|| products(out, weight, x, width));
			});
		let mut y = vec![0f32; rows * outputs];
		for (output, values) in by_output.chunks_exact(rows).enumerate() {
			for (row, value) in values.iter().enumerate() {
				y[row * outputs + output] = *value;
			}
		}
		Ok((CpuStorage::F32(y), Shape::from((rows, outputs))))
	}
}

/// `out[o × rows + r] = weight[o] · x[r]` for the weight rows of one task.
#[inline(always)]
fn products(out: &mut [f32], weight: &[f32], x: &[f32], width: usize) {
	let rows = out.len() / (weight.len() / width).max(1);
	for (out, weight_row) in out.chunks_exact_mut(rows).zip(weight.chunks_exact(width)) {
		for (value, x_row) in out.iter_mut().zip(x.chunks_exact(width)) {
			*value = dot(weight_row, x_row);
		}
	}
}

/// `a · b`.
#[inline(always)]
fn dot(a: &[f32], b: &[f32]) -> f32 {
	let (a_blocks, a_rest) = a.as_chunks::<LANES>();
	let (b_blocks, b_rest) = b.as_chunks::<LANES>();
	let mut sums = [0f32; LANES];
	for (a, b) in a_blocks.iter().zip(b_blocks) {
		for lane in 0..LANES {
			sums[lane] += a[lane] * b[lane];
		}
	}
	let mut sum: f32 = sums.iter().sum();
	for (a, b) in a_rest.iter().zip(b_rest) {
		sum += a * b;
	}
	sum
}

#[cfg(test)]
mod tests {
	use super::*;
	use candle_core::Device;

	/// Every row count up to the limit, widths with and without a remainder past the lanes,
	/// and a weight that is a view into a larger tensor (an expert of a stack): equal to
	/// candle's product within f32 rounding.
	#[test]
	fn equals_candles_matmul() -> Result<()> {
		let device = Device::Cpu;
		for width in [1, 31, 64, 100] {
			let stack = Tensor::randn(0f32, 1.0, (3, 70, width), &device)?;
			let weight = stack.get(1)?;
			for rows in [1, 2, 7, MAX_ROWS] {
				let x = Tensor::randn(0f32, 1.0, (rows, width), &device)?;
				assert!(applies(&x, &weight));
				let expected = x.matmul(&weight.t()?)?;
				let actual = matmul(&x, &weight)?;
				assert_eq!(actual.dims(), expected.dims());
				let difference = (actual - expected)?.abs()?.max_all()?.to_scalar::<f32>()?;
				assert!(difference < 1e-4, "{rows} × {width}: {difference}");
			}
		}
		let many = Tensor::zeros((MAX_ROWS + 1, 8), DType::F32, &device)?;
		assert!(!applies(&many, &Tensor::zeros((4, 8), DType::F32, &device)?));
		Ok(())
	}
}
