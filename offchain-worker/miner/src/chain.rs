//! What the API needs to know of the chain, as a small trait: the node implements it over its
//! client's runtime APIs, tests over a table.

use gintonic_primitives::{permit::PermitState, ContentHash, ModelId, Record, RecordId};
use sp_runtime::AccountId32;

/// A permit's state as the chain keeps it.
pub type ChainPermitState = PermitState<AccountId32, u128, u32>;

/// A record as the chain keeps it.
pub type ChainRecord = Record<AccountId32, u128, u32>;

/// Reads of the chain's best block.
pub trait ChainView: Send + Sync {
	/// The genesis hash permits name.
	fn genesis_hash(&self) -> [u8; 32];
	/// The best block's number.
	fn best_number(&self) -> u32;
	/// What the chain keeps of permit `id` (`None`: never charged nor revoked).
	fn permit(&self, id: ContentHash) -> Result<Option<ChainPermitState>, String>;
	/// What `account` can pay now.
	fn spendable(&self, account: &AccountId32) -> Result<u128, String>;
	/// `provider`'s price per GPU-hour for `model`, when it is registered, active and
	/// serves the model.
	fn price_per_hour(
		&self,
		provider: &AccountId32,
		model: &ModelId,
	) -> Result<Option<u128>, String>;
	/// The record of the interaction with `digest`, once recorded.
	fn interaction_record(
		&self,
		digest: ContentHash,
	) -> Result<Option<(RecordId, ChainRecord)>, String>;
	/// The best block's runtime metadata (SCALE, as `state_getMetadata` returns it), with
	/// which a client decodes the chain's types: the chat page reads records with it.
	fn metadata(&self) -> Result<Vec<u8>, String>;
}
