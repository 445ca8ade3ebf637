//! The projections of every layer, `x @ weight^T` on weights stored `[out, in]`: dense in the
//! model's dtype, or quantized (candle's q8_0 / q4k kernels, which take f32 activations).

use super::{few_rows, transpose::transpose};
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

/// Whether `x @ weight^T` runs as `(weight @ x^T)^T`: f32 on the CPU, more rows than the
/// few-rows kernel takes. candle's matrix product (gemm) computes a row-major destination as
/// its transpose, which makes the weight of `x @ weight^T` its left operand, and packs a left
/// operand stored row by row one element at a time; for `weight @ x^T` over an `x^T` made
/// contiguous by `transpose`, the left operand is the activations, column by column, which it
/// packs by whole vectors. Measured on the CPU benchmark's expert shapes (`[128, 512]` by
/// `[3584, 512]^T`): about half the time of `x @ weight^T` as candle runs it.
pub(crate) fn weight_first(x: &Tensor, weight: &Tensor) -> bool {
	x.device().is_cpu()
		&& x.dtype() == DType::F32
		&& weight.dtype() == DType::F32
		&& x.dim(0).is_ok_and(|rows| rows > few_rows::MAX_ROWS)
}

/// `x @ weight^T` for activations `[n, in]`: a few rows of f32 on the CPU through the
/// engine's own kernel (`few_rows.rs`), more as `(weight @ x^T)^T`, elsewhere through candle's
/// matrix product as it is.
pub fn linear(x: &Tensor, weight: &Tensor) -> Result<Tensor> {
	if few_rows::applies(x, weight) {
		return few_rows::matmul(x, weight);
	}
	if weight_first(x, weight) {
		return transpose(&weight.matmul(&transpose(x)?)?);
	}
	Ok(x.matmul(&weight.t()?)?)
}
