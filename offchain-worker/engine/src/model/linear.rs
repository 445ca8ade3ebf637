//! The projections of every layer: `x @ weight^T` on weights stored `[out, in]`.

use crate::error::Result;
use candle_core::Tensor;

/// `x @ weight^T` for activations `[n, in]`.
pub fn linear(x: &Tensor, weight: &Tensor) -> Result<Tensor> {
	Ok(x.matmul(&weight.t()?)?)
}
