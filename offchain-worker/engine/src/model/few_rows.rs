//! `x @ w^T` in f32 on the CPU for a few rows of `x`, the shape of every projection while
//! decoding: each row of the weight is read once and multiplied by every row of `x` while it
//! is in cache, the weight's rows split across threads, in pulp's portable vectors (AVX-512,
//! AVX2 or SSE2 by run-time dispatch) with a few rows' sums in flight at once. Decoding is
//! bound by reading the weights, which candle's general matrix product does slowly on these
//! shapes: this kernel took f32 batch-1 decoding from 0.66 to 1.08 of transformers, and its
//! portable vectors 1.2 times further (`scripts/bench/engine_cpu.py`, docs/engine.md). Past
//! `MAX_ROWS` rows the product is bound by arithmetic, where candle's blocked kernels are
//! faster.

use super::contiguous_f32;
use crate::error::Result;
use candle_core::{bail, CpuStorage, CustomOp2, DType, Layout, Shape, Tensor};
use rayon::prelude::*;

/// Up to this many rows of `x` take this path; more go to candle's matrix product (measured:
/// at 16 rows the two are level).
pub const MAX_ROWS: usize = 8;
/// Weight rows per task: enough work to cover a task's scheduling.
const WEIGHT_ROWS_PER_TASK: usize = 32;

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
		let x = contiguous_f32(x, x_layout, "few-rows-matmul")?;
		let weight = contiguous_f32(weight, weight_layout, "few-rows-matmul")?;
		let (rows, width) = x_layout.shape().dims2()?;
		let (outputs, weight_width) = weight_layout.shape().dims2()?;
		if width != weight_width || width == 0 {
			bail!("few-rows-matmul: [{rows}, {width}] by [{outputs}, {weight_width}]^T")
		}
		let by_output = products_by_output(x, weight, width);
		let mut y = vec![0f32; rows * outputs];
		for (output, values) in by_output.chunks_exact(rows).enumerate() {
			for (row, value) in values.iter().enumerate() {
				y[row * outputs + output] = *value;
			}
		}
		Ok((CpuStorage::F32(y), Shape::from((rows, outputs))))
	}
}

/// `weight @ x^T` (`[out, rows]`) for `x` `[rows, width]` and `weight` `[out, width]`: each task
/// fills its outputs for every row.
pub(super) fn products_by_output(x: &[f32], weight: &[f32], width: usize) -> Vec<f32> {
	let rows = x.len() / width;
	let mut by_output = vec![0f32; weight.len() / width * rows];
	if rows > 0 {
		by_output
			.par_chunks_mut(WEIGHT_ROWS_PER_TASK * rows)
			.zip(weight.par_chunks(WEIGHT_ROWS_PER_TASK * width))
			.for_each(|(out, weight)| {
				pulp::Arch::new().dispatch(Products { out, weight, x, width });
			});
	}
	by_output
}

/// One task's products, written with pulp's portable vectors so that the same code is
/// AVX-512, AVX2 or SSE2 by what the CPU has (pulp's dispatch compiles `with_simd` for each).
struct Products<'a> {
	out: &'a mut [f32],
	weight: &'a [f32],
	x: &'a [f32],
	width: usize,
}

impl pulp::WithSimd for Products<'_> {
	type Output = ();

	/// `out[o × rows + r] = weight[o] · x[r]` for the weight rows of the task: each run of
	/// vectors of a weight row is loaded once for up to `GROUP` rows of `x`, whose sums are
	/// independent chains of fused multiply-adds.
	#[inline(always)]
	fn with_simd<S: pulp::Simd>(self, simd: S) {
		let width = self.width;
		let rows = self.x.len() / width;
		for (out, weight_row) in
			self.out.chunks_exact_mut(rows).zip(self.weight.chunks_exact(width))
		{
			dot_rows(simd, weight_row, self.x, |row, value| out[row] = value);
		}
	}
}

/// `write(r, weight · x[r])` for every row of `x` (each `weight.len()` wide), `GROUP` rows at
/// a time. Also the attention kernel's scores while decoding (a key against a few queries).
#[inline(always)]
pub(super) fn dot_rows<S: pulp::Simd>(
	simd: S,
	weight: &[f32],
	x: &[f32],
	mut write: impl FnMut(usize, f32),
) {
	let width = weight.len();
	let rows = x.len() / width.max(1);
	let mut row = 0;
	while rows - row >= GROUP {
		let values = dots::<S, GROUP>(simd, weight, &x[row * width..]);
		values.iter().enumerate().for_each(|(r, value)| write(row + r, *value));
		row += GROUP;
	}
	while rows - row >= 2 {
		let values = dots::<S, 2>(simd, weight, &x[row * width..]);
		values.iter().enumerate().for_each(|(r, value)| write(row + r, *value));
		row += 2;
	}
	if row < rows {
		write(row, dots::<S, 1>(simd, weight, &x[row * width..])[0]);
	}
}

/// Rows of `x` whose dot products with one weight row run together.
const GROUP: usize = 4;

/// `weight · x[r]` for the `R` rows of `x` from its start (each `weight.len()` wide).
#[inline(always)]
fn dots<S: pulp::Simd, const R: usize>(simd: S, weight: &[f32], x: &[f32]) -> [f32; R] {
	let width = weight.len();
	let (weight_vectors, weight_rest) = S::as_simd_f32s(weight);
	let x_rows: [(&[S::f32s], &[f32]); R] =
		std::array::from_fn(|r| S::as_simd_f32s(&x[r * width..(r + 1) * width]));
	let mut sums = [[simd.splat_f32s(0.0); 2]; R];
	let mut pairs = weight_vectors.chunks_exact(2);
	for (i, pair) in pairs.by_ref().enumerate() {
		for (sums, (x_vectors, _)) in sums.iter_mut().zip(&x_rows) {
			for lane in 0..2 {
				let x_vector = x_vectors[2 * i + lane];
				sums[lane] = simd.mul_add_e_f32s(pair[lane], x_vector, sums[lane]);
			}
		}
	}
	let last = weight_vectors.len() - pairs.remainder().len();
	// A plain loop, not a closure: what a closure calls is not compiled for pulp's
	// instruction set, and its vector operations would become calls.
	let mut values = [0f32; R];
	for (value, (sums, (x_vectors, x_rest))) in values.iter_mut().zip(sums.iter().zip(&x_rows)) {
		let mut sum = simd.add_f32s(sums[0], sums[1]);
		for (weight_vector, x_vector) in pairs.remainder().iter().zip(&x_vectors[last..]) {
			sum = simd.mul_add_e_f32s(*weight_vector, *x_vector, sum);
		}
		*value = simd.reduce_sum_f32s(sum)
			+ weight_rest.iter().zip(*x_rest).map(|(w, x)| w * x).sum::<f32>();
	}
	values
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
