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

/// `x @ weight^T` for activations `[n, in]`: a few rows of f32 on the CPU through the
/// engine's own kernel (`few_rows.rs`), the rest through candle's matrix product.
pub fn linear(x: &Tensor, weight: &Tensor) -> Result<Tensor> {
	if few_rows::applies(x, weight) {
		return few_rows::matmul(x, weight);
	}
	Ok(x.matmul(&weight.t()?)?)
}
