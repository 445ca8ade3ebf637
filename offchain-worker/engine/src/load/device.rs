//! Where a model runs and in which precision: the device (`cpu`, `cuda:N`), the dtype of the
//! activations and the KV cache, and optionally 8- or 4-bit weights.

use crate::error::{EngineError, Result};
use candle_core::{quantized::GgmlDType, DType, Device};

/// Where and in which precision to run.
#[derive(Clone, Debug)]
pub struct EngineOptions {
	/// f32, f16 or bf16: activations, the KV cache, and the weights unless quantized.
	pub dtype: DType,
	/// CPU, or a CUDA device in builds with the `cuda` feature.
	pub device: Device,
	/// Quantize the projections' weights at load (the embeddings, norms and router stay in
	/// `dtype`).
	pub quant: Option<Quantization>,
}

impl Default for EngineOptions {
	fn default() -> Self {
		Self { dtype: DType::F32, device: Device::Cpu, quant: None }
	}
}

impl EngineOptions {
	/// How the weights are held, as records name it: the quantization, else the dtype.
	pub fn precision(&self) -> String {
		match self.quant {
			Some(quant) => quant.name().to_string(),
			None => self.dtype.as_str().to_string(),
		}
	}
}

/// Quantized weights, named as candle names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantization {
	/// 8-bit, blocks of 32 weights with one f16 scale (8.5 bits a weight).
	Q8_0,
	/// 4-bit k-quants, super-blocks of 256 weights (4.5 bits a weight).
	Q4K,
}

impl Quantization {
	/// Reads `q8_0` or `q4k`.
	pub fn parse(text: &str) -> Result<Self> {
		match text {
			"q8_0" => Ok(Self::Q8_0),
			"q4k" => Ok(Self::Q4K),
			other => {
				Err(EngineError::config("--quant", format!("{other:?}: expected q8_0 or q4k")))
			}
		}
	}

	/// The name `parse` reads.
	pub fn name(self) -> &'static str {
		match self {
			Self::Q8_0 => "q8_0",
			Self::Q4K => "q4k",
		}
	}

	/// candle's block format.
	pub fn ggml(self) -> GgmlDType {
		match self {
			Self::Q8_0 => GgmlDType::Q8_0,
			Self::Q4K => GgmlDType::Q4K,
		}
	}

	/// Weights per block: a quantized matrix's input width must be a multiple of it.
	pub fn block_size(self) -> usize {
		self.ggml().block_size()
	}

	/// Bytes of `weights` weights (a multiple of the block size).
	pub fn bytes(self, weights: u64) -> u64 {
		let ggml = self.ggml();
		weights / ggml.block_size() as u64 * ggml.type_size() as u64
	}
}

/// Reads `cpu` or `cuda:N`.
pub fn parse_device(text: &str) -> Result<Device> {
	match text {
		"cpu" => Ok(Device::Cpu),
		cuda if cuda.starts_with("cuda") => {
			let ordinal = cuda
				.strip_prefix("cuda")
				.map(|rest| rest.trim_start_matches(':'))
				.filter(|rest| !rest.is_empty())
				.map_or(Ok(0), str::parse::<usize>)
				.map_err(|_| EngineError::Device(format!("{text:?}: expected cuda:N")))?;
			if !candle_core::utils::cuda_is_available() {
				return Err(EngineError::Device(format!(
					"{text}: this build has no CUDA support (build with --features cuda)"
				)));
			}
			Device::new_cuda(ordinal).map_err(|e| EngineError::Device(format!("{text}: {e}")))
		}
		other => Err(EngineError::Device(format!("{other:?}: expected cpu or cuda:N"))),
	}
}

/// Reads `f32`, `f16` or `bf16`.
pub fn parse_dtype(text: &str) -> Result<DType> {
	match text {
		"f32" => Ok(DType::F32),
		"f16" => Ok(DType::F16),
		"bf16" => Ok(DType::BF16),
		other => {
			Err(EngineError::config("--dtype", format!("{other:?}: expected f32, f16 or bf16")))
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn devices_and_dtypes_parse_with_clear_errors() {
		assert!(matches!(parse_device("cpu"), Ok(Device::Cpu)));
		assert!(parse_device("tpu").is_err());
		if !candle_core::utils::cuda_is_available() {
			let error = parse_device("cuda:0").expect_err("no cuda in this build");
			assert!(error.to_string().contains("--features cuda"));
		}
		assert_eq!(parse_dtype("bf16").ok(), Some(DType::BF16));
		assert!(parse_dtype("f8").is_err());
		assert_eq!(Quantization::parse("q4k").ok(), Some(Quantization::Q4K));
		assert!(Quantization::parse("q4_k_m").is_err());
	}
}
