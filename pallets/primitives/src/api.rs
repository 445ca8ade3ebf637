//! Runtime APIs that the node serves as JSON-RPC (`providers_*`, `models_*`, `inference_*`).
//! Paged queries return at most [`crate::bounds::MAX_PAGE_SIZE`] items, after the
//! `start_after` key when one is given, read from that cursor so that a page costs O(limit):
//! providers in storage order (by the account's hash), models by id, records by id.

use crate::{
	admission::{Admission, AdmissionQuery, PermitRefusal},
	permit::{Permit, PermitState},
	ContentHash, HardwareWishes, ModelId, ModelInfo, ProviderInfo, ProviderQuote, Record, RecordId,
	RecordMetadata, RecordSummary, RequestId, RequestInfo,
};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Reads the providers pallet.
	pub trait ProvidersApi<AccountId, Balance, BlockNumber> where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// One provider.
		fn provider(who: AccountId) -> Option<ProviderInfo<Balance, BlockNumber>>;
		/// A page of providers.
		fn providers(start_after: Option<AccountId>, limit: u32) -> Vec<(AccountId, ProviderInfo<Balance, BlockNumber>)>;
		/// The providers listed for on-chain requests for `model`, cheapest first.
		fn providers_for_model(model: ModelId) -> Vec<AccountId>;
	}

	/// Reads the models pallet.
	pub trait ModelsApi<AccountId, Balance, BlockNumber> where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// One model.
		fn model(id: ModelId) -> Option<ModelInfo<AccountId, Balance, BlockNumber>>;
		/// A page of models.
		fn models(start_after: Option<ModelId>, limit: u32) -> Vec<(ModelId, ModelInfo<AccountId, Balance, BlockNumber>)>;
	}

	/// Reads the inference pallet.
	pub trait InferenceApi<AccountId, Balance, BlockNumber> where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The providers `request` would choose from now for `model` and `wishes`, best first,
		/// with their encryption keys and prices: seal the prompt to one or more of them.
		fn quote(model: ModelId, wishes: Option<HardwareWishes<Balance>>) -> Vec<ProviderQuote<AccountId, Balance>>;
		/// `result_hash` of a record's plaintext metadata: blake2-256 of its SCALE encoding. Also
		/// names [`RecordMetadata`] in the runtime metadata, so that a wallet decodes an opened
		/// record (locally) with the chain's own type.
		fn record_metadata_hash(metadata: RecordMetadata) -> ContentHash;
		/// One request and its outcome.
		fn request(id: RequestId) -> Option<RequestInfo<AccountId, Balance, BlockNumber>>;
		/// The sealed prompt of a request not yet settled.
		fn sealed_prompt(id: RequestId) -> Option<Vec<u8>>;
		/// The pending requests assigned to `provider`, oldest first.
		fn pending_for_provider(provider: AccountId) -> Vec<RequestId>;
		/// One record.
		fn record(id: RecordId) -> Option<Record<AccountId, Balance, BlockNumber>>;
		/// A page of `sender`'s records, oldest first, without their envelopes (`record` has
		/// each one whole).
		fn records_by_sender(sender: AccountId, start_after: Option<RecordId>, limit: u32) -> Vec<(RecordId, RecordSummary<AccountId, Balance, BlockNumber>)>;
		/// The record of the interaction with this digest (what the API names in its answer).
		fn interaction_record(digest: ContentHash) -> Option<RecordId>;
		/// What the chain keeps of a permit: its spending, expiry and whether it is revoked;
		/// `None` when never charged nor revoked (or pruned after its expiry).
		fn permit(id: ContentHash) -> Option<PermitState<AccountId, Balance, BlockNumber>>;
		/// Whether `provider` may charge `permit` (signed by `signature`) for an interaction on
		/// `model` costing what `query` says, by the very checks `record_interaction` makes,
		/// with the permit still valid `query.margin` blocks from now: the miner's API asks
		/// before it serves a call ([`crate::admission`]).
		fn admit_permit(
			provider: AccountId,
			model: ModelId,
			permit: Permit<AccountId, Balance, BlockNumber>,
			signature: sp_runtime::MultiSignature,
			query: AdmissionQuery<Balance, BlockNumber>,
		) -> Result<Admission<Balance>, PermitRefusal>;
		/// What `account` can pay for interactions now (its balance less what must stay).
		fn spendable(account: AccountId) -> Balance;
		/// The genesis hash permits and interaction digests name.
		fn genesis_hash() -> [u8; 32];
	}
}
