//! From files to a model ready to build: the model folder, its config.json mapped per family,
//! the weights (safetensors memory-mapped, or a GGUF file), the device, dtype and quantization,
//! the registry's content hashes and the export of a folder.

pub mod config;
pub mod device;
pub mod export;
pub mod folder;
pub mod gguf;
pub mod gguf_config;
pub mod hash;
pub mod rope;
pub mod weights;
