//! Where a model runs and in which precision: the device (`cpu`, `cuda:N`) and the dtype.

use crate::error::{EngineError, Result};
use candle_core::{DType, Device};

/// Where and in which precision to run.
#[derive(Clone, Debug)]
pub struct EngineOptions {
	/// f32, f16 or bf16.
	pub dtype: DType,
	/// CPU, or a CUDA device in builds with the `cuda` feature.
	pub device: Device,
}

impl Default for EngineOptions {
	fn default() -> Self {
		Self { dtype: DType::F32, device: Device::Cpu }
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
	}
}
