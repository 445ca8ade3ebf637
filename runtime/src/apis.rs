//! The runtime APIs: the standard set a Substrate node and polkadot.js need, and the chain's
//! own `ProvidersApi`, `ModelsApi` and `InferenceApi`, which the node serves as JSON-RPC.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	AccountId, Aura, Balance, Block, BlockNumber, Executive, Grandpa, Inference, InherentDataExt,
	Nonce, Runtime, RuntimeCall, RuntimeGenesisConfig, System, TransactionPayment, VERSION,
};
use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use gintonic_primitives::{
	bounds::MAX_PAGE_SIZE, permit::PermitState, ContentHash, HardwareWishes, ModelId, ModelInfo,
	ProviderInfo, ProviderQuote, Record, RecordId, RecordMetadata, RecordSummary, RequestId,
	RequestInfo,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;

/// At most `limit` (capped at `MAX_PAGE_SIZE`) of `items`: a page read from a cursor, so it
/// costs O(limit) wherever it starts.
fn page<K, V>(items: impl Iterator<Item = (K, V)>, limit: u32) -> Vec<(K, V)> {
	items.take(limit.min(MAX_PAGE_SIZE) as usize).collect()
}

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			crate::opaque::SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			crate::opaque::SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			// No key-ownership proofs without a session pallet: equivocations are not slashed.
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}

	impl gintonic_primitives::api::ProvidersApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn provider(who: AccountId) -> Option<ProviderInfo<Balance, BlockNumber>> {
			pallet_providers::Providers::<Runtime>::get(who)
		}

		fn providers(start_after: Option<AccountId>, limit: u32) -> Vec<(AccountId, ProviderInfo<Balance, BlockNumber>)> {
			use pallet_providers::Providers;
			// Storage order: by the account's hash, from the cursor.
			match start_after {
				Some(after) => page(Providers::<Runtime>::iter_from(Providers::<Runtime>::hashed_key_for(after)), limit),
				None => page(Providers::<Runtime>::iter(), limit),
			}
		}

		fn providers_for_model(model: ModelId) -> Vec<AccountId> {
			// Cheapest first: the order requests choose in.
			pallet_providers::ModelProviders::<Runtime>::get(model).into_iter().map(|l| l.provider).collect()
		}
	}

	impl gintonic_primitives::api::ModelsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn model(id: ModelId) -> Option<ModelInfo<AccountId, Balance, BlockNumber>> {
			pallet_models::Models::<Runtime>::get(id)
		}

		fn models(start_after: Option<ModelId>, limit: u32) -> Vec<(ModelId, ModelInfo<AccountId, Balance, BlockNumber>)> {
			use pallet_models::Models;
			// Storage order: by id (the map's keys are unhashed content hashes), from the cursor.
			match start_after {
				Some(after) => page(Models::<Runtime>::iter_from(Models::<Runtime>::hashed_key_for(after)), limit),
				None => page(Models::<Runtime>::iter(), limit),
			}
		}
	}

	impl gintonic_primitives::api::InferenceApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn record_metadata_hash(metadata: RecordMetadata) -> ContentHash {
			metadata.result_hash()
		}

		fn quote(model: ModelId, wishes: Option<HardwareWishes<Balance>>) -> Vec<ProviderQuote<AccountId, Balance>> {
			Inference::quote(&model, &wishes.unwrap_or_default())
		}

		fn request(id: RequestId) -> Option<RequestInfo<AccountId, Balance, BlockNumber>> {
			pallet_inference::Requests::<Runtime>::get(id)
		}

		fn sealed_prompt(id: RequestId) -> Option<Vec<u8>> {
			Inference::sealed_prompt(id)
		}

		fn pending_for_provider(provider: AccountId) -> Vec<RequestId> {
			Inference::pending_for_provider(&provider)
		}

		fn record(id: RecordId) -> Option<Record<AccountId, Balance, BlockNumber>> {
			pallet_inference::Records::<Runtime>::get(id)
		}

		fn records_by_sender(sender: AccountId, start_after: Option<RecordId>, limit: u32) -> Vec<(RecordId, RecordSummary<AccountId, Balance, BlockNumber>)> {
			Inference::records_by_sender(&sender, start_after, limit)
		}

		fn interaction_record(digest: ContentHash) -> Option<RecordId> {
			pallet_inference::RecordedDigests::<Runtime>::get(digest)
		}

		fn permit(id: ContentHash) -> Option<PermitState<AccountId, Balance, BlockNumber>> {
			Inference::permit_state(id)
		}

		fn admit_permit(
			provider: AccountId,
			model: ModelId,
			permit: gintonic_primitives::permit::Permit<AccountId, Balance, BlockNumber>,
			signature: sp_runtime::MultiSignature,
			query: gintonic_primitives::admission::AdmissionQuery<Balance, BlockNumber>,
		) -> Result<
			gintonic_primitives::admission::Admission<Balance>,
			gintonic_primitives::admission::PermitRefusal,
		> {
			Inference::admit_permit(&provider, &model, &permit, &signature, query)
		}

		fn spendable(account: AccountId) -> Balance {
			Inference::spendable(&account)
		}

		fn genesis_hash() -> [u8; 32] {
			Inference::genesis_hash()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use crate::{Models, Providers};
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			(list, crate::AllPalletsWithSystem::storage_info())
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use crate::{Models, Providers};
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::WhitelistedStorageKeys;

			let mut whitelist = crate::AllPalletsWithSystem::whitelisted_storage_keys();
			// The timestamp inherent writes `Timestamp::Now` before any transaction of a
			// block, so a call's read of it finds the block's overlay, not the database.
			whitelist.push(pallet_timestamp::Now::<Runtime>::hashed_key().to_vec().into());
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}
}
