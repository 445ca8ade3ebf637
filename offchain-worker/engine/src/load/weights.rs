//! A model's tensors, read by the Hugging Face names the layers ask for, with their expected
//! shapes: from safetensors files (memory-mapped, converted to the engine's dtype, or quantized
//! at load) or from a GGUF file (its quantized blocks kept as they are).

use crate::{
	error::{EngineError, Result},
	load::{
		device::Quantization,
		folder::ModelFolder,
		gguf::{gguf_name, GgufFile, RawTensor},
	},
	model::linear::Linear,
};
use candle_core::{quantized::QTensor, DType, Device, Shape, Tensor};
use candle_nn::VarBuilder;

/// Where the tensors come from.
enum Source {
	Safetensors {
		/// The tensors in the engine's dtype, on its device.
		tensors: VarBuilder<'static>,
		/// When quantizing at load: the same files read as f32 on the CPU, where weights are
		/// quantized before they move to the device (so a dense copy never takes device
		/// memory), and the format.
		quantizing: Option<(VarBuilder<'static>, Quantization)>,
	},
	Gguf {
		file: GgufFile,
		/// Query and key heads, to put their rows back in order.
		heads: (usize, usize),
	},
}

/// Named tensors of a model folder.
pub struct Weights {
	source: Source,
	dtype: DType,
	device: Device,
}

impl Weights {
	/// Opens the folder's weights. Safetensors files are mapped without being read: only their
	/// headers are read and checked against the file sizes (candle's loader does), so a corrupt
	/// or truncated file is an error naming it, and tensors are paged in as the layers are
	/// built. A GGUF file's header is read; its tensors as the layers ask for them.
	pub fn open(
		folder: &ModelFolder,
		dtype: DType,
		device: &Device,
		quant: Option<Quantization>,
		heads: (usize, usize),
	) -> Result<Self> {
		let source = match folder.gguf() {
			Some(path) => {
				if let Some(quant) = quant {
					return Err(EngineError::config(
						"--quant",
						format!(
							"{} is a GGUF file, already quantized: {} applies to safetensors folders",
							path.display(),
							quant.name()
						),
					));
				}
				Source::Gguf { file: GgufFile::open(&path)?, heads }
			}
			None => {
				let files = folder.safetensors();
				// SAFETY: the files are mapped read-only; the engine never writes them, and a
				// model folder must not be changed while a model is loaded from it (the content
				// hash is checked before serving).
				#[allow(unsafe_code)]
				let map = |dtype, device: &Device| unsafe {
					VarBuilder::from_mmaped_safetensors(&files, dtype, device)
						.map_err(|e| EngineError::Weights(e.to_string()))
				};
				let quantizing = match quant {
					Some(quant) => Some((map(DType::F32, &Device::Cpu)?, quant)),
					None => None,
				};
				Source::Safetensors { tensors: map(dtype, device)?, quantizing }
			}
		};
		Ok(Self { source, dtype, device: device.clone() })
	}

	/// Whether projections are quantized (then each expert is held on its own).
	pub fn quantized(&self) -> bool {
		match &self.source {
			Source::Safetensors { quantizing, .. } => quantizing.is_some(),
			Source::Gguf { .. } => true,
		}
	}

	/// The tensor `name`, which must have `shape`, dense in the engine's dtype.
	pub fn get(&self, name: &str, shape: impl Into<Shape>) -> Result<Tensor> {
		let shape = shape.into();
		match &self.source {
			Source::Safetensors { tensors, .. } => {
				tensors.get(shape, name).map_err(|e| EngineError::Weights(format!("{name}: {e}")))
			}
			Source::Gguf { .. } => {
				let raw = self.raw(name, shape.dims())?;
				let dense = raw.to_qtensor(&self.device)?.dequantize(&self.device)?;
				Ok(dense.reshape(shape)?.to_dtype(self.dtype)?)
			}
		}
	}

	/// A projection's weight `[out, in]`: quantized when the engine quantizes or the file is
	/// quantized, else dense.
	pub fn linear(&self, name: &str, shape: (usize, usize)) -> Result<Linear> {
		match &self.source {
			Source::Safetensors { quantizing: None, .. } => {
				Ok(Linear::Dense(self.get(name, shape)?))
			}
			Source::Safetensors { quantizing: Some((host, quant)), .. } => {
				let dense = host
					.get(shape, name)
					.map_err(|e| EngineError::Weights(format!("{name}: {e}")))?;
				self.quantize(name, &dense, *quant)
			}
			Source::Gguf { .. } => {
				Linear::quantized(self.raw(name, &[shape.0, shape.1])?.to_qtensor(&self.device)?)
			}
		}
	}

	/// Several projections side by side (`[Σ out, in]`), as one: gate and up, say.
	pub fn fused_linear(&self, names: &[&str], shape: (usize, usize)) -> Result<Linear> {
		match &self.source {
			Source::Safetensors { tensors, quantizing } => {
				let source = quantizing.as_ref().map_or(tensors, |(host, _)| host);
				let parts = names
					.iter()
					.map(|name| {
						source
							.get(shape, name)
							.map_err(|e| EngineError::Weights(format!("{name}: {e}")))
					})
					.collect::<Result<Vec<_>>>()?;
				let fused = Tensor::cat(&parts, 0)?;
				match quantizing {
					None => Ok(Linear::Dense(fused)),
					Some((_, quant)) => self.quantize(&names.join("+"), &fused, *quant),
				}
			}
			Source::Gguf { .. } => {
				// Rows are whole blocks: stacking the row blocks of matrices of one format is
				// stacking the matrices.
				let parts = names
					.iter()
					.map(|name| self.raw(name, &[shape.0, shape.1]))
					.collect::<Result<Vec<_>>>()?;
				let dtype = parts.first().map(|part| part.dtype);
				if parts.iter().all(|part| Some(part.dtype) == dtype) {
					let fused = RawTensor {
						dtype: dtype.unwrap_or(candle_core::quantized::GgmlDType::F32),
						shape: vec![shape.0 * parts.len(), shape.1],
						bytes: parts.into_iter().flat_map(|part| part.bytes).collect(),
					};
					Linear::quantized(fused.to_qtensor(&self.device)?)
				} else {
					// Different formats (a mixed quantization): one dense matrix.
					let dense = parts
						.iter()
						.map(|part| Ok(part.to_qtensor(&self.device)?.dequantize(&self.device)?))
						.collect::<Result<Vec<_>>>()?;
					Ok(Linear::Dense(Tensor::cat(&dense, 0)?.to_dtype(self.dtype)?))
				}
			}
		}
	}

	/// A GGUF tensor's blocks under its Hugging Face `name`, checked against `shape`.
	fn raw(&self, name: &str, shape: &[usize]) -> Result<RawTensor> {
		let Source::Gguf { file, heads } = &self.source else {
			return Err(EngineError::Weights(format!("{name}: not a GGUF tensor")));
		};
		let located = gguf_name(file, name)
			.ok_or_else(|| EngineError::Weights(format!("{name}: no GGUF counterpart")))?;
		let heads = match located.rotary {
			_ if !file.interleaved_rotary() => None,
			Some('q') => Some(heads.0),
			Some(_) => Some(heads.1),
			None => None,
		};
		let raw = file.read(&located.tensor, located.expert, heads)?;
		let elements = |dims: &[usize]| dims.iter().product::<usize>();
		if raw.shape != shape && !(shape.len() == 1 && elements(&raw.shape) == elements(shape)) {
			return Err(EngineError::Weights(format!(
				"{} ({name}): shape {:?}, the config implies {shape:?}",
				located.tensor, raw.shape
			)));
		}
		Ok(raw)
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
