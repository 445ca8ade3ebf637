//! The safetensors files of a model folder, memory-mapped, read tensor by tensor with their
//! expected shapes, converted to the engine's dtype or quantized.

use crate::{
	error::{EngineError, Result},
	load::{device::Quantization, folder::ModelFolder},
	model::linear::Linear,
};
use candle_core::{quantized::QTensor, DType, Device, Shape, Tensor};
use candle_nn::VarBuilder;

/// Named tensors of a model folder.
pub struct Weights {
	/// The tensors in the engine's dtype, on its device.
	tensors: VarBuilder<'static>,
	/// The same files read as f32 on the CPU, where weights are quantized before they move to
	/// the device (so a dense copy never takes device memory).
	host: VarBuilder<'static>,
	device: Device,
	quant: Option<Quantization>,
}

impl Weights {
	/// Maps the folder's safetensors files without reading them: only their headers are read
	/// and checked against the file sizes (candle's loader does), so a corrupt or truncated
	/// file is an error naming it, and the tensors are paged in as the layers are built.
	pub fn open(
		folder: &ModelFolder,
		dtype: DType,
		device: &Device,
		quant: Option<Quantization>,
	) -> Result<Self> {
		let files = folder.safetensors();
		// SAFETY: the files are mapped read-only; the engine never writes them, and a model
		// folder must not be changed while a model is loaded from it (the content hash is
		// checked before serving).
		#[allow(unsafe_code)]
		let map = |dtype, device: &Device| unsafe {
			VarBuilder::from_mmaped_safetensors(&files, dtype, device)
				.map_err(|e| EngineError::Weights(e.to_string()))
		};
		Ok(Self {
			tensors: map(dtype, device)?,
			host: map(DType::F32, &Device::Cpu)?,
			device: device.clone(),
			quant,
		})
	}

	/// Whether projections are quantized.
	pub fn quantized(&self) -> bool {
		self.quant.is_some()
	}

	/// The tensor `name`, which must have `shape`.
	pub fn get(&self, name: &str, shape: impl Into<Shape>) -> Result<Tensor> {
		self.tensors.get(shape, name).map_err(|e| EngineError::Weights(format!("{name}: {e}")))
	}

	/// A projection's weight `[out, in]`: quantized when the engine quantizes, else dense.
	pub fn linear(&self, name: &str, shape: (usize, usize)) -> Result<Linear> {
		match self.quant {
			None => Ok(Linear::Dense(self.get(name, shape)?)),
			Some(quant) => {
				let dense = self
					.host
					.get(shape, name)
					.map_err(|e| EngineError::Weights(format!("{name}: {e}")))?;
				self.quantize(name, &dense, quant)
			}
		}
	}

	/// Several projections side by side (`[Σ out, in]`), as one: gate and up, say.
	pub fn fused_linear(&self, names: &[&str], shape: (usize, usize)) -> Result<Linear> {
		let host = |name: &&str| {
			let weights = if self.quant.is_some() { &self.host } else { &self.tensors };
			weights.get(shape, name).map_err(|e| EngineError::Weights(format!("{name}: {e}")))
		};
		let parts = names.iter().map(host).collect::<Result<Vec<_>>>()?;
		let fused = Tensor::cat(&parts, 0)?;
		match self.quant {
			None => Ok(Linear::Dense(fused)),
			Some(quant) => self.quantize(&names.join("+"), &fused, quant),
		}
	}

	/// Quantizes a dense f32 weight on the CPU and moves it to the device.
	fn quantize(&self, name: &str, dense: &Tensor, quant: Quantization) -> Result<Linear> {
		let width = dense.dim(1)?;
		if !width.is_multiple_of(quant.block_size()) {
			return Err(EngineError::Weights(format!(
				"{name}: {} needs an input width that is a multiple of {}, and it is {width}",
				quant.name(),
				quant.block_size()
			)));
		}
		let quantized = QTensor::quantize_onto(dense, quant.ggml(), &self.device)?;
		Linear::quantized(quantized)
	}
}
