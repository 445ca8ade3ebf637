//! `models_*`: the model registry, read through the runtime's `ModelsApi`.

use super::{
	error::{not_found, runtime_error},
	params,
	views::ModelView,
};
use gintonic_primitives::api::ModelsApi;
use gintonic_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Hash};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use std::sync::Arc;

/// The `models_*` methods.
#[rpc(server, namespace = "models")]
pub trait ModelsRpc {
	/// One model by id.
	#[method(name = "get")]
	fn get(&self, model: String, at: Option<Hash>) -> RpcResult<ModelView>;

	/// A page of models in id order, after `start_after` when given.
	#[method(name = "list")]
	fn list(
		&self,
		start_after: Option<String>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Vec<ModelView>>;
}

/// Handler of the `models_*` methods.
pub struct Models<C> {
	client: Arc<C>,
}

impl<C> Models<C> {
	/// Reads through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> ModelsRpcServer for Models<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ModelsApi<Block, AccountId, Balance, BlockNumber>,
{
	fn get(&self, model: String, at: Option<Hash>) -> RpcResult<ModelView> {
		let id = params::model_id(&model)?;
		let at = params::at(&*self.client, at);
		self.client
			.runtime_api()
			.model(at, id)
			.map_err(runtime_error)?
			.map(|info| ModelView::new(&id, &info))
			.ok_or_else(|| not_found(format!("model {model}")))
	}

	fn list(
		&self,
		start_after: Option<String>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Vec<ModelView>> {
		let start_after = start_after.as_deref().map(params::model_id).transpose()?;
		let limit = params::limit(limit)?;
		let at = params::at(&*self.client, at);
		let page =
			self.client.runtime_api().models(at, start_after, limit).map_err(runtime_error)?;
		Ok(page.iter().map(|(id, info)| ModelView::new(id, info)).collect())
	}
}
