//! The safetensors files of a model folder, memory-mapped, read tensor by tensor with their
//! expected shapes and converted to the engine's dtype.

use crate::{
	error::{EngineError, Result},
	load::folder::ModelFolder,
};
use candle_core::{DType, Device, Shape, Tensor};
use candle_nn::VarBuilder;

/// Named tensors of a model folder.
pub struct Weights {
	tensors: VarBuilder<'static>,
}

impl Weights {
	/// Maps the folder's safetensors files without reading them: only their headers are read
	/// and checked against the file sizes (candle's loader does), so a corrupt or truncated
	/// file is an error naming it, and the tensors are paged in as the layers are built.
	pub fn open(folder: &ModelFolder, dtype: DType, device: &Device) -> Result<Self> {
		let files = folder.safetensors();
		// SAFETY: the files are mapped read-only; the engine never writes them, and a model
		// folder must not be changed while a model is loaded from it (the content hash is
		// checked before serving).
		#[allow(unsafe_code)]
		let tensors = unsafe { VarBuilder::from_mmaped_safetensors(&files, dtype, device) }
			.map_err(|e| EngineError::Weights(e.to_string()))?;
		Ok(Self { tensors })
	}

	/// The tensor `name`, which must have `shape`.
	pub fn get(&self, name: &str, shape: impl Into<Shape>) -> Result<Tensor> {
		self.tensors.get(shape, name).map_err(|e| EngineError::Weights(format!("{name}: {e}")))
	}
}
