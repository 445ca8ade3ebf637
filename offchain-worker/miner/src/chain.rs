//! What the API needs to know of the chain, as a small trait: the node implements it over its
//! client's runtime APIs, tests over a table.

use crate::api_key::ChainPermit;
use gintonic_primitives::{
	admission::{Admission, AdmissionQuery, PermitRefusal},
	ContentHash, ModelId, Record, RecordId,
};
use sp_runtime::{AccountId32, MultiSignature};

/// A record as the chain keeps it.
pub type ChainRecord = Record<AccountId32, u128, u32>;

/// Reads of the chain's best block.
pub trait ChainView: Send + Sync {
	/// The genesis hash permits name.
	fn genesis_hash(&self) -> [u8; 32];
	/// The best block's number.
	fn best_number(&self) -> u32;
	/// The chain's own checks of `provider` charging `permit` for a call on `model` costing
	/// what `query` says, with the permit valid `query.margin` blocks ahead (the runtime API
	/// `InferenceApi::admit_permit`, the very checks `record_interaction` makes); `Err` when
	/// the chain cannot be read.
	fn admit_permit(
		&self,
		provider: &AccountId32,
		model: &ModelId,
		permit: &ChainPermit,
		signature: &MultiSignature,
		query: AdmissionQuery<u128, u32>,
	) -> Result<Result<Admission<u128>, PermitRefusal>, String>;
	/// The record of the interaction with `digest`, once recorded.
	fn interaction_record(
		&self,
		digest: ContentHash,
	) -> Result<Option<(RecordId, ChainRecord)>, String>;
	/// The best block's runtime metadata (SCALE, as `state_getMetadata` returns it), with
	/// which a client decodes the chain's types: the chat page reads records with it.
	fn metadata(&self) -> Result<Vec<u8>, String>;
}
