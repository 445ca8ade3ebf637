//! From files to a model ready to build: the model folder, its config.json mapped per family,
//! the weights (safetensors, memory-mapped), the device and dtype, the registry's content
//! hashes and the export of a folder.

pub mod config;
pub mod device;
pub mod export;
pub mod folder;
pub mod hash;
pub mod weights;
