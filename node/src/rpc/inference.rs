//! `inference_*`: requests and records, read through the runtime's `InferenceApi`.

use super::{
	error::{not_found, runtime_error},
	params,
	views::{MinerView, PermitView, QuoteView, RecordView, RequestView},
};
use gintonic_primitives::{api::InferenceApi, RecordId, RequestId};
use gintonic_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Hash};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use std::sync::Arc;

/// The `inference_*` methods.
#[rpc(server, namespace = "inference")]
pub trait InferenceRpc {
	/// The providers a request for `model` would go to now, best first, with the keys to
	/// seal the prompt to and their prices. `request` takes the first one its prompt is
	/// sealed to.
	#[method(name = "quote")]
	fn quote(
		&self,
		model: String,
		wishes: Option<params::WishesParam>,
		at: Option<Hash>,
	) -> RpcResult<Vec<QuoteView>>;

	/// One request with its outcome.
	#[method(name = "request")]
	fn request(&self, id: RequestId, at: Option<Hash>) -> RpcResult<RequestView>;

	/// The ids of the requests assigned to `provider` and not yet settled, oldest first.
	#[method(name = "pending")]
	fn pending(&self, provider: String, at: Option<Hash>) -> RpcResult<Vec<RequestId>>;

	/// One record.
	#[method(name = "record")]
	fn record(&self, id: RecordId, at: Option<Hash>) -> RpcResult<RecordView>;

	/// A page of `sender`'s records, oldest first, after record `start_after` when given;
	/// without their sealed envelopes (`inference_record` returns one whole).
	#[method(name = "recordsBySender")]
	fn records_by_sender(
		&self,
		sender: String,
		start_after: Option<RecordId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Vec<RecordView>>;

	/// The record of an API or chat interaction, by the digest the API names in its answer
	/// (header `x-gintonic-interaction`).
	#[method(name = "interaction")]
	fn interaction(&self, digest: String, at: Option<Hash>) -> RpcResult<RecordView>;

	/// What the chain keeps of a permit (an API key), by permit id: spent, allowance, expiry,
	/// revoked. Not found when never charged nor revoked, or pruned after its expiry.
	#[method(name = "permit")]
	fn permit(&self, id: String, at: Option<Hash>) -> RpcResult<PermitView>;

	/// The miner this node runs (`--miner`): its provider account and API URL; `null` when
	/// it runs none.
	#[method(name = "miner")]
	fn miner(&self) -> RpcResult<Option<MinerView>>;
}

/// Handler of the `inference_*` methods.
pub struct Inference<C> {
	client: Arc<C>,
	miner: Option<MinerView>,
}

impl<C> Inference<C> {
	/// Reads through `client`; `miner` describes the node's miner, when it runs one.
	pub fn new(client: Arc<C>, miner: Option<MinerView>) -> Self {
		Self { client, miner }
	}
}

impl<C> InferenceRpcServer for Inference<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: InferenceApi<Block, AccountId, Balance, BlockNumber>,
{
	fn quote(
		&self,
		model: String,
		wishes: Option<params::WishesParam>,
		at: Option<Hash>,
	) -> RpcResult<Vec<QuoteView>> {
		let model = params::model_id(&model)?;
		let wishes = params::wishes(wishes)?;
		let at = params::at(&*self.client, at);
		let quote =
			self.client.runtime_api().quote(at, model, Some(wishes)).map_err(runtime_error)?;
		Ok(quote.iter().map(QuoteView::from).collect())
	}

	fn request(&self, id: RequestId, at: Option<Hash>) -> RpcResult<RequestView> {
		let at = params::at(&*self.client, at);
		self.client
			.runtime_api()
			.request(at, id)
			.map_err(runtime_error)?
			.map(|info| RequestView::new(id, &info))
			.ok_or_else(|| not_found(format!("request {id}")))
	}

	fn pending(&self, provider: String, at: Option<Hash>) -> RpcResult<Vec<RequestId>> {
		let provider = params::account(&provider)?;
		let at = params::at(&*self.client, at);
		self.client.runtime_api().pending_for_provider(at, provider).map_err(runtime_error)
	}

	fn record(&self, id: RecordId, at: Option<Hash>) -> RpcResult<RecordView> {
		let at = params::at(&*self.client, at);
		self.client
			.runtime_api()
			.record(at, id)
			.map_err(runtime_error)?
			.map(|record| RecordView::new(id, &record))
			.ok_or_else(|| not_found(format!("record {id}")))
	}

	fn records_by_sender(
		&self,
		sender: String,
		start_after: Option<RecordId>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Vec<RecordView>> {
		let sender = params::account(&sender)?;
		let limit = params::limit(limit)?;
		let at = params::at(&*self.client, at);
		let page = self
			.client
			.runtime_api()
			.records_by_sender(at, sender, start_after, limit)
			.map_err(runtime_error)?;
		Ok(page.iter().map(|(id, record)| RecordView::summary(*id, record)).collect())
	}

	fn interaction(&self, digest: String, at: Option<Hash>) -> RpcResult<RecordView> {
		let digest = params::hash(&digest)?;
		let at = params::at(&*self.client, at);
		let api = self.client.runtime_api();
		let id = api
			.interaction_record(at, digest)
			.map_err(runtime_error)?
			.ok_or_else(|| not_found(format!("interaction {digest:?}")))?;
		api.record(at, id)
			.map_err(runtime_error)?
			.map(|record| RecordView::new(id, &record))
			.ok_or_else(|| not_found(format!("record {id}")))
	}

	fn permit(&self, id: String, at: Option<Hash>) -> RpcResult<PermitView> {
		let id = params::hash(&id)?;
		let at = params::at(&*self.client, at);
		self.client
			.runtime_api()
			.permit(at, id)
			.map_err(runtime_error)?
			.map(|state| PermitView::from(&state))
			.ok_or_else(|| not_found(format!("permit {id:?}")))
	}

	fn miner(&self) -> RpcResult<Option<MinerView>> {
		Ok(self.miner.clone())
	}
}
