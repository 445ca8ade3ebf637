//! The node's JSON-RPC: the standard Substrate set (added by sc-service), `system_accountNextIndex`
//! and `payment_*`, and Gintonic's own read methods over the runtime APIs, in plain JSON so a
//! dApp needs no custom types:
//!
//! | method | params | result |
//! | --- | --- | --- |
//! | `providers_get` | account, at? | [`views::ProviderView`] |
//! | `providers_list` | startAfter?, limit?, at? | `[ProviderView]` (in storage order: by the account's hash) |
//! | `providers_forModel` | model, at? | `[account]` |
//! | `models_get` | model, at? | [`views::ModelView`] |
//! | `models_list` | startAfter?, limit?, at? | `[ModelView]` (by id) |
//! | `inference_request` | id, at? | [`views::RequestView`] |
//! | `inference_pending` | provider, at? | `[id]` |
//! | `inference_record` | id, at? | [`views::RecordView`] |
//! | `inference_recordsBySender` | sender, startAfter?, limit?, at? | `[RecordView]` (oldest first, without `sealedMetadata`) |
//! | `inference_interaction` | digest, at? | [`views::RecordView`] of an API or chat interaction |
//! | `inference_permit` | permit id, at? | [`views::PermitView`] |
//! | `inference_miner` | | [`views::MinerView`] or `null` |
//!
//! Accounts are SS58 strings (any prefix) or `0x` + 64 hex digits; model ids `0x` + 64 hex
//! digits; balances decimal strings in the smallest unit; `at` a block hash (best block when
//! absent); `limit` defaults to and may not exceed 100. Errors: see [`error`].

pub mod error;
mod inference;
mod models;
mod params;
mod providers;
pub mod views;

use gintonic_runtime::{opaque::Block, AccountId, Balance, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use std::sync::Arc;

pub use inference::{Inference, InferenceRpcServer};
pub use models::{Models, ModelsRpcServer};
pub use providers::{Providers, ProvidersRpcServer};

/// What the RPC handlers need from the node.
pub struct FullDeps<C, P> {
	/// The client, to call runtime APIs.
	pub client: Arc<C>,
	/// The transaction pool, for `system_accountNextIndex`.
	pub pool: Arc<P>,
	/// The node's miner, when it runs one.
	pub miner: Option<views::MinerView>,
}

/// Builds the node's own RPC methods.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>
		+ pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>
		+ BlockBuilder<Block>
		+ gintonic_primitives::api::ProvidersApi<
			Block,
			AccountId,
			Balance,
			gintonic_runtime::BlockNumber,
		> + gintonic_primitives::api::ModelsApi<
			Block,
			AccountId,
			Balance,
			gintonic_runtime::BlockNumber,
		> + gintonic_primitives::api::InferenceApi<
			Block,
			AccountId,
			Balance,
			gintonic_runtime::BlockNumber,
		>,
	P: TransactionPool + 'static,
{
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let FullDeps { client, pool, miner } = deps;
	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Providers::new(client.clone()).into_rpc())?;
	module.merge(Models::new(client.clone()).into_rpc())?;
	module.merge(Inference::new(client, miner).into_rpc())?;
	Ok(module)
}
