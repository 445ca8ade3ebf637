//! The projections of every layer, `x @ weight^T` on weights stored `[out, in]`: dense in the
//! model's dtype, or quantized (candle's q8_0 / q4k kernels, which take f32 activations).

use super::few_rows;
use crate::error::Result;
use candle_core::{
	quantized::{QMatMul, QTensor},
	DType, Module, Tensor,
};

/// A projection's weight.
pub enum Linear {
	/// `[out, in]` in the model's dtype.
	Dense(Tensor),
	/// Quantized blocks along the input width.
	Quantized(QMatMul),
}

impl Linear {
	/// A quantized projection.
	pub fn quantized(weight: QTensor) -> Result<Self> {
		Ok(Self::Quantized(QMatMul::from_qtensor(weight)?))
	}

	/// The projection of `x` (`[rows, in]`), in x's dtype.
	pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
		match self {
			Self::Dense(weight) => linear(x, weight),
			Self::Quantized(weight) => {
				let dtype = x.dtype();
				Ok(weight.forward(&x.to_dtype(DType::F32)?)?.to_dtype(dtype)?)
			}
		}
	}
}

/// Up to this many rows (a decoding batch), f32 products on the CPU are computed as
/// `(weight @ x^T)^T`: candle's gemm tiles its left operand's rows in blocks sized for long
/// matrices, which a weight's thousands of rows fill and a batch's tens do not (measured with
/// `scripts/bench/engine_cpu.py`: batch-32 decode 5% faster with the AVX2 kernels, 30% with the
/// AVX-512 ones, which are slower than the AVX2 ones the other way round).
const WEIGHT_FIRST_ROWS: usize = 64;

/// `x @ weight^T` for activations `[n, in]`: a few rows of f32 on the CPU through the
/// engine's own kernel (`few_rows.rs`), up to `WEIGHT_FIRST_ROWS` with the weight as the left
/// operand, the rest through candle's matrix product as it is.
pub fn linear(x: &Tensor, weight: &Tensor) -> Result<Tensor> {
	if few_rows::applies(x, weight) {
		return few_rows::matmul(x, weight);
	}
	if x.device().is_cpu() && x.dtype() == DType::F32 && x.dim(0)? <= WEIGHT_FIRST_ROWS {
		return Ok(weight.matmul(&x.t()?)?.t()?.contiguous()?);
	}
	Ok(x.matmul(&weight.t()?)?)
}
