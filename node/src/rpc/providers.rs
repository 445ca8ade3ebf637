//! `providers_*`: GPU providers, read through the runtime's `ProvidersApi`.

use super::{
	error::{not_found, runtime_error},
	params,
	views::ProviderView,
};
use gintonic_primitives::api::ProvidersApi;
use gintonic_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Hash};
use jsonrpsee::{core::RpcResult, proc_macros::rpc};
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use std::sync::Arc;

/// The `providers_*` methods.
#[rpc(server, namespace = "providers")]
pub trait ProvidersRpc {
	/// One provider by account.
	#[method(name = "get")]
	fn get(&self, account: String, at: Option<Hash>) -> RpcResult<ProviderView>;

	/// A page of providers in account order, after `start_after` when given.
	#[method(name = "list")]
	fn list(
		&self,
		start_after: Option<String>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Vec<ProviderView>>;

	/// The accounts of the providers that serve `model`.
	#[method(name = "forModel")]
	fn for_model(&self, model: String, at: Option<Hash>) -> RpcResult<Vec<String>>;
}

/// Handler of the `providers_*` methods.
pub struct Providers<C> {
	client: Arc<C>,
}

impl<C> Providers<C> {
	/// Reads through `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> ProvidersRpcServer for Providers<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ProvidersApi<Block, AccountId, Balance, BlockNumber>,
{
	fn get(&self, account: String, at: Option<Hash>) -> RpcResult<ProviderView> {
		let who = params::account(&account)?;
		let at = params::at(&*self.client, at);
		self.client
			.runtime_api()
			.provider(at, who.clone())
			.map_err(runtime_error)?
			.map(|info| ProviderView::new(&who, &info))
			.ok_or_else(|| not_found(format!("provider {account}")))
	}

	fn list(
		&self,
		start_after: Option<String>,
		limit: Option<u32>,
		at: Option<Hash>,
	) -> RpcResult<Vec<ProviderView>> {
		let start_after = start_after.as_deref().map(params::account).transpose()?;
		let limit = params::limit(limit)?;
		let at = params::at(&*self.client, at);
		let page =
			self.client.runtime_api().providers(at, start_after, limit).map_err(runtime_error)?;
		Ok(page.iter().map(|(who, info)| ProviderView::new(who, info)).collect())
	}

	fn for_model(&self, model: String, at: Option<Hash>) -> RpcResult<Vec<String>> {
		use sp_core::crypto::Ss58Codec;
		let model = params::model_id(&model)?;
		let at = params::at(&*self.client, at);
		let accounts =
			self.client.runtime_api().providers_for_model(at, model).map_err(runtime_error)?;
		Ok(accounts.iter().map(|account| account.to_ss58check()).collect())
	}
}
