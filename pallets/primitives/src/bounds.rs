//! Size bounds of every stored vector. They are constants rather than `Config` items because
//! the node and the miner decode the same types outside the runtime; changing one is a
//! runtime upgrade that needs a storage migration.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use sp_core::ConstU32;

/// Longest GPU model name, e.g. `NVIDIA H100 80GB HBM3`.
pub const MAX_GPU_MODEL_LEN: u32 = 64;
/// [`MAX_GPU_MODEL_LEN`] as a bound.
pub type MaxGpuModelLen = ConstU32<MAX_GPU_MODEL_LEN>;
/// Longest provider API endpoint URL.
pub type MaxEndpointLen = ConstU32<256>;
/// Most models one provider serves at once.
pub const MAX_SERVED_MODELS: u32 = 16;
/// [`MAX_SERVED_MODELS`] as a bound.
pub type MaxServedModels = ConstU32<MAX_SERVED_MODELS>;
/// Most providers listed for one model (the candidates a request chooses from).
pub const MAX_PROVIDERS_PER_MODEL: u32 = 64;
/// [`MAX_PROVIDERS_PER_MODEL`] as a bound.
pub type MaxProvidersPerModel = ConstU32<MAX_PROVIDERS_PER_MODEL>;
/// Longest model name.
pub const MAX_MODEL_NAME_LEN: u32 = 128;
/// [`MAX_MODEL_NAME_LEN`] as a bound.
pub type MaxModelNameLen = ConstU32<MAX_MODEL_NAME_LEN>;
/// Longest model source, e.g. `hf:mistralai/Mixtral-8x7B-Instruct-v0.1@<40-hex revision>`.
pub const MAX_SOURCE_LEN: u32 = 256;
/// [`MAX_SOURCE_LEN`] as a bound.
pub type MaxSourceLen = ConstU32<MAX_SOURCE_LEN>;
/// Longest licence identifier (SPDX expression or name).
pub const MAX_LICENSE_LEN: u32 = 64;
/// [`MAX_LICENSE_LEN`] as a bound.
pub type MaxLicenseLen = ConstU32<MAX_LICENSE_LEN>;
/// Longest free-form architecture name for models outside the known families.
pub type MaxArchitectureNameLen = ConstU32<32>;
/// Most stop sequences in one request.
pub type MaxStopSequences = ConstU32<4>;
/// Longest stop sequence, in bytes.
pub type MaxStopSequenceLen = ConstU32<64>;
/// Largest sealed prompt (prompt and instructions sealed to provider and sender), in bytes.
pub const MAX_SEALED_PROMPT_LEN: u32 = 64 * 1024;
/// [`MAX_SEALED_PROMPT_LEN`] as a bound.
pub type MaxSealedPromptLen = ConstU32<MAX_SEALED_PROMPT_LEN>;
/// Largest sealed record metadata (prompt, instructions, response and all metadata), in bytes.
pub const MAX_SEALED_RECORD_LEN: u32 = 256 * 1024;
/// [`MAX_SEALED_RECORD_LEN`] as a bound.
pub type MaxSealedRecordLen = ConstU32<MAX_SEALED_RECORD_LEN>;
/// Longest failure reason a provider can give, in bytes.
pub type MaxFailureReasonLen = ConstU32<256>;
/// Most items one paged query returns.
pub const MAX_PAGE_SIZE: u32 = 100;
