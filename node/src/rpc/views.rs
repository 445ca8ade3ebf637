//! The JSON shapes the RPC methods return: text as strings, hashes and keys as `0x` hex,
//! accounts as SS58 (prefix 42), balances as decimal strings (they exceed JavaScript's safe
//! integers), field names in camelCase.

use gintonic_primitives::{
	permit::PermitState, Architecture, GpuSpec, HardwareWishes, ModelId, ModelInfo, ModelStatus,
	ProviderInfo, ProviderQuote, ProviderStatus, Record, RecordId, RecordOrigin, RecordSummary,
	RequestId, RequestInfo, RequestOutcome, SamplingParams, Throughput, TokenRate, Usage,
};
use gintonic_runtime::{AccountId, Balance, BlockNumber};
use serde::Serialize;
use sp_core::crypto::Ss58Codec;

/// `0x` + lower-case hex.
pub fn hex0x(bytes: impl AsRef<[u8]>) -> String {
	format!("0x{}", hex::encode(bytes.as_ref()))
}

/// UTF-8 text from stored bytes (invalid sequences replaced).
fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

fn address(account: &AccountId) -> String {
	account.to_ss58check()
}

/// A provider's GPUs.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GpuView {
	/// GPU model name, e.g. `NVIDIA H100 80GB HBM3`.
	pub model: String,
	/// Memory per GPU in GiB.
	pub memory_gib: u32,
	/// Number of GPUs.
	pub count: u32,
}

impl From<&GpuSpec> for GpuView {
	fn from(gpu: &GpuSpec) -> Self {
		Self { model: text(&gpu.model), memory_gib: gpu.memory_gib, count: gpu.count }
	}
}

/// What a provider declares its machine does, in tokens a second.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ThroughputView {
	/// Prompt tokens read a second.
	pub prompt_tokens_per_second: u32,
	/// Tokens generated a second.
	pub completion_tokens_per_second: u32,
}

impl From<&Throughput> for ThroughputView {
	fn from(throughput: &Throughput) -> Self {
		Self {
			prompt_tokens_per_second: throughput.prompt_tokens_per_second,
			completion_tokens_per_second: throughput.completion_tokens_per_second,
		}
	}
}

/// The terms a charge is computed from (`gintonic_primitives::request::payment_for`).
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RateView {
	/// Price per GPU-hour, smallest unit.
	pub price_per_hour: String,
	/// GPUs of the machine.
	pub gpu_count: u32,
	/// Its declared throughput.
	pub throughput: ThroughputView,
}

impl From<&TokenRate<Balance>> for RateView {
	fn from(rate: &TokenRate<Balance>) -> Self {
		Self {
			price_per_hour: rate.price_per_hour.to_string(),
			gpu_count: rate.gpu_count,
			throughput: (&rate.throughput).into(),
		}
	}
}

/// A provider, as `providers_get` and `providers_list` return it.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ProviderView {
	/// The provider's account.
	pub account: String,
	/// Its GPUs.
	pub gpu: GpuView,
	/// Price per GPU-hour, smallest unit.
	pub price_per_hour: String,
	/// Tokens a second its machine declares: with the price and GPU count, its token prices.
	pub throughput: ThroughputView,
	/// Bond held.
	pub bond: String,
	/// The sr25519 public key records are sealed to.
	pub encryption_key: String,
	/// The miner's HTTP API, when it has one.
	pub endpoint: Option<String>,
	/// Ids of the models it serves.
	pub models: Vec<String>,
	/// `Active`, `Paused`, `Suspended` or `Leaving`.
	pub status: &'static str,
	/// Failures and expiries counted against it, less those forgiven by good service.
	pub strikes: u32,
	/// Requests completed since its last strike or forgiveness.
	pub served_since_strike: u32,
	/// Requests assigned and not yet settled.
	pub open_requests: u32,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

/// One provider a request could go to now, as `inference_quote` lists them, best first.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct QuoteView {
	/// The provider's account.
	pub provider: String,
	/// The sr25519 public key to seal the prompt to (with the sender's own key).
	pub encryption_key: String,
	/// Price per GPU-hour, smallest unit.
	pub price_per_hour: String,
	/// Its GPUs.
	pub gpu: GpuView,
	/// Tokens a second its machine declares: with the price and GPU count, its token prices.
	pub throughput: ThroughputView,
	/// Requests assigned and not yet settled.
	pub open_requests: u32,
}

impl From<&ProviderQuote<AccountId, Balance>> for QuoteView {
	fn from(quote: &ProviderQuote<AccountId, Balance>) -> Self {
		Self {
			provider: address(&quote.provider),
			encryption_key: hex0x(quote.encryption_key),
			price_per_hour: quote.price_per_hour.to_string(),
			gpu: (&quote.gpu).into(),
			throughput: (&quote.throughput).into(),
			open_requests: quote.open_requests,
		}
	}
}

impl ProviderView {
	/// The view of `info`, registered by `account`.
	pub fn new(account: &AccountId, info: &ProviderInfo<Balance, BlockNumber>) -> Self {
		Self {
			account: address(account),
			gpu: (&info.gpu).into(),
			price_per_hour: info.price_per_hour.to_string(),
			throughput: (&info.throughput).into(),
			bond: info.bond.to_string(),
			encryption_key: hex0x(info.encryption_key),
			endpoint: info.endpoint.as_ref().map(|endpoint| text(endpoint)),
			models: info.models.iter().map(hex0x).collect(),
			status: match info.status {
				ProviderStatus::Active => "Active",
				ProviderStatus::Paused => "Paused",
				ProviderStatus::Suspended => "Suspended",
				ProviderStatus::Leaving => "Leaving",
			},
			strikes: info.strikes,
			served_since_strike: info.served_since_strike,
			open_requests: info.open_requests,
			registered_at: info.registered_at,
		}
	}
}

/// A registered model, as `models_get` and `models_list` return it.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ModelView {
	/// Content address: blake2-256 of SCALE(weights hash, tokenizer hash).
	pub id: String,
	/// Who registered it (or received it).
	pub owner: String,
	/// Display name.
	pub name: String,
	/// `Mixtral`, `Mistral`, `Llama` or another name.
	pub architecture: String,
	/// Where the files come from, e.g. `hf:mistralai/Mixtral-8x7B-Instruct-v0.1@<revision>`.
	pub source: String,
	/// Content hash of the weight files.
	pub weights_hash: String,
	/// Content hash of the tokenizer.
	pub tokenizer_hash: String,
	/// Parameter count.
	pub parameters: u64,
	/// Context length in tokens.
	pub context_length: u32,
	/// License name.
	pub license: String,
	/// The model it was fine-tuned from.
	pub parent: Option<String>,
	/// Deposit held.
	pub deposit: String,
	/// `active`, `deprecated` (advisory: still served) or `blocked` (by governance: no new
	/// work).
	pub status: &'static str,
	/// Block of registration.
	pub registered_at: BlockNumber,
}

impl ModelView {
	/// The view of model `id`.
	pub fn new(id: &ModelId, info: &ModelInfo<AccountId, Balance, BlockNumber>) -> Self {
		Self {
			id: hex0x(id),
			owner: address(&info.owner),
			name: text(&info.name),
			architecture: match &info.architecture {
				Architecture::Mixtral => "Mixtral".into(),
				Architecture::Mistral => "Mistral".into(),
				Architecture::Llama => "Llama".into(),
				Architecture::Other(name) => text(name),
			},
			source: text(&info.source),
			weights_hash: hex0x(info.weights_hash),
			tokenizer_hash: hex0x(info.tokenizer_hash),
			parameters: info.parameters,
			context_length: info.context_length,
			license: text(&info.license),
			parent: info.parent.as_ref().map(hex0x),
			deposit: info.deposit.to_string(),
			status: match info.status {
				ModelStatus::Active => "active",
				ModelStatus::Deprecated => "deprecated",
				ModelStatus::Blocked => "blocked",
			},
			registered_at: info.registered_at,
		}
	}
}

/// Sampling values; fractions are in thousandths, as stored.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ParamsView {
	/// Temperature × 1000.
	pub temperature_milli: u32,
	/// Nucleus mass × 1000.
	pub top_p_milli: u32,
	/// Top-k (0: off).
	pub top_k: u32,
	/// Most new tokens.
	pub max_tokens: u32,
	/// Sampling seed (a decimal string: u64).
	pub seed: String,
	/// Repetition penalty × 1000.
	pub repetition_penalty_milli: u32,
	/// Stop sequences.
	pub stop: Vec<String>,
}

impl From<&SamplingParams> for ParamsView {
	fn from(params: &SamplingParams) -> Self {
		Self {
			temperature_milli: params.temperature_milli,
			top_p_milli: params.top_p_milli,
			top_k: params.top_k,
			max_tokens: params.max_tokens,
			seed: params.seed.to_string(),
			repetition_penalty_milli: params.repetition_penalty_milli,
			stop: params.stop.iter().map(|stop| text(stop)).collect(),
		}
	}
}

/// What the requester asked of the hardware.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct WishesView {
	/// Exact GPU model.
	pub gpu_model: Option<String>,
	/// Least GPU memory in GiB.
	pub min_gpu_memory_gib: Option<u32>,
	/// Highest price per hour.
	pub max_price_per_hour: Option<String>,
}

impl From<&HardwareWishes<Balance>> for WishesView {
	fn from(wishes: &HardwareWishes<Balance>) -> Self {
		Self {
			gpu_model: wishes.gpu_model.as_ref().map(|model| text(model)),
			min_gpu_memory_gib: wishes.min_gpu_memory_gib,
			max_price_per_hour: wishes.max_price_per_hour.map(|price| price.to_string()),
		}
	}
}

/// How a request ended, or `pending`.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(tag = "status", rename_all = "camelCase")]
pub enum OutcomeView {
	/// Not settled yet.
	Pending,
	/// Served: the record, the payment and the refund.
	#[serde(rename_all = "camelCase")]
	Completed {
		/// Record id.
		record: RecordId,
		/// Paid to the provider.
		payment: String,
		/// Burned for the record's storage.
		storage_fee: String,
		/// Returned to the sender.
		refund: String,
	},
	/// The provider reported a failure; all refunded.
	#[serde(rename_all = "camelCase")]
	Failed {
		/// The provider's reason.
		reason: String,
		/// Returned to the sender.
		refund: String,
	},
	/// Nobody answered before the deadline; all refunded.
	#[serde(rename_all = "camelCase")]
	Expired {
		/// Returned to the sender.
		refund: String,
	},
	/// The provider could not open or parse the prompt (the sender's fault); all refunded.
	#[serde(rename_all = "camelCase")]
	Rejected {
		/// The provider's reason.
		reason: String,
		/// Returned to the sender.
		refund: String,
	},
}

impl From<&RequestOutcome<Balance>> for OutcomeView {
	fn from(outcome: &RequestOutcome<Balance>) -> Self {
		match outcome {
			RequestOutcome::Pending => Self::Pending,
			RequestOutcome::Completed { record, payment, storage_fee, refund } => Self::Completed {
				record: *record,
				payment: payment.to_string(),
				storage_fee: storage_fee.to_string(),
				refund: refund.to_string(),
			},
			RequestOutcome::Failed { reason, refund } => {
				Self::Failed { reason: text(reason), refund: refund.to_string() }
			}
			RequestOutcome::Expired { refund } => Self::Expired { refund: refund.to_string() },
			RequestOutcome::Rejected { reason, refund } => {
				Self::Rejected { reason: text(reason), refund: refund.to_string() }
			}
		}
	}
}

/// A request, as `inference_request` returns it.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RequestView {
	/// Request id.
	pub id: RequestId,
	/// Who asked and paid.
	pub sender: String,
	/// The provider assigned.
	pub provider: String,
	/// Model id.
	pub model: String,
	/// Sampling values.
	pub params: ParamsView,
	/// Hardware wishes.
	pub wishes: WishesView,
	/// Escrowed maximum.
	pub max_payment: String,
	/// The provider's terms when assigned, which the payment uses.
	pub rate: RateView,
	/// Block of the request.
	pub created_at: BlockNumber,
	/// Block after which it expires.
	pub deadline: BlockNumber,
	/// How it ended.
	pub outcome: OutcomeView,
}

impl RequestView {
	/// The view of request `id`.
	pub fn new(id: RequestId, info: &RequestInfo<AccountId, Balance, BlockNumber>) -> Self {
		Self {
			id,
			sender: address(&info.sender),
			provider: address(&info.provider),
			model: hex0x(info.model),
			params: (&info.params).into(),
			wishes: (&info.wishes).into(),
			max_payment: info.max_payment.to_string(),
			rate: (&info.rate).into(),
			created_at: info.created_at,
			deadline: info.deadline,
			outcome: (&info.outcome).into(),
		}
	}
}

/// The token counts billed.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct UsageView {
	/// Prompt tokens.
	pub prompt_tokens: u32,
	/// Generated tokens.
	pub completion_tokens: u32,
}

impl From<&Usage> for UsageView {
	fn from(usage: &Usage) -> Self {
		Self { prompt_tokens: usage.prompt_tokens, completion_tokens: usage.completion_tokens }
	}
}

/// A record, as `inference_record` and `inference_recordsBySender` return it. The metadata
/// stays sealed: only the sender and the provider can open `sealedMetadata`.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RecordView {
	/// Record id.
	pub id: RecordId,
	/// Who asked.
	pub sender: String,
	/// Who served.
	pub provider: String,
	/// Model id.
	pub model: String,
	/// Unix time in milliseconds.
	pub timestamp_ms: u64,
	/// Block it was recorded in.
	pub block: BlockNumber,
	/// Paid to the provider, for `usage` at `rate`.
	pub payment: String,
	/// Burned for the record's storage.
	pub storage_fee: String,
	/// blake2-256 of the SCALE-encoded plaintext metadata.
	pub result_hash: String,
	/// The token counts billed.
	pub usage: UsageView,
	/// The provider's terms the payment was computed at.
	pub rate: RateView,
	/// The request it settled, when it came through `request`.
	pub request: Option<RequestId>,
	/// The interaction digest the sender signed, when it came through the API or the chat page.
	pub interaction: Option<String>,
	/// The sealed metadata envelope's length in bytes.
	pub sealed_metadata_len: u32,
	/// The sealed metadata envelope: in `inference_record` and `inference_interaction`, not
	/// in pages (a page of 100 records of 256 KiB would pass the node's response limit).
	#[serde(skip_serializing_if = "Option::is_none")]
	pub sealed_metadata: Option<String>,
}

impl RecordView {
	/// The view of record `id`, with its sealed envelope.
	pub fn new(id: RecordId, record: &Record<AccountId, Balance, BlockNumber>) -> Self {
		Self {
			sealed_metadata: Some(hex0x(&record.sealed_metadata)),
			..Self::summary(id, &record.summary())
		}
	}

	/// The view of record `id` in a page: without its sealed envelope.
	pub fn summary(id: RecordId, record: &RecordSummary<AccountId, Balance, BlockNumber>) -> Self {
		let (request, interaction) = match &record.origin {
			RecordOrigin::Request(request) => (Some(*request), None),
			RecordOrigin::Interaction(hash) => (None, Some(hex0x(hash))),
		};
		Self {
			id,
			sender: address(&record.sender),
			provider: address(&record.provider),
			model: hex0x(record.model),
			timestamp_ms: record.timestamp_ms,
			block: record.block,
			payment: record.payment.to_string(),
			storage_fee: record.storage_fee.to_string(),
			result_hash: hex0x(record.result_hash),
			usage: (&record.usage).into(),
			rate: (&record.rate).into(),
			request,
			interaction,
			sealed_metadata_len: record.sealed_metadata,
			sealed_metadata: None,
		}
	}
}

/// What the chain keeps of a permit, as `inference_permit` returns it.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct PermitView {
	/// The account that pays.
	pub account: String,
	/// The provider that may charge it.
	pub provider: String,
	/// Its allowance.
	pub allowance: String,
	/// What it has been charged so far.
	pub spent: String,
	/// Its last valid block.
	pub expiry: BlockNumber,
	/// Whether the account revoked it.
	pub revoked: bool,
}

impl From<&PermitState<AccountId, Balance, BlockNumber>> for PermitView {
	fn from(state: &PermitState<AccountId, Balance, BlockNumber>) -> Self {
		Self {
			account: address(&state.account),
			provider: address(&state.provider),
			allowance: state.allowance.to_string(),
			spent: state.spent.to_string(),
			expiry: state.expiry,
			revoked: state.revoked,
		}
	}
}

/// The miner a node runs, as `inference_miner` returns it.
#[derive(Serialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct MinerView {
	/// The provider accounts it serves for (its `infr` keys).
	pub providers: Vec<String>,
	/// The OpenAI-compatible API's base URL, when `--api-port` is given.
	pub api_url: Option<String>,
}

impl MinerView {
	/// A miner serving for `providers` with its API at `api_url`.
	pub fn new(providers: &[AccountId], api_url: Option<String>) -> Self {
		Self { providers: providers.iter().map(address).collect(), api_url }
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn outcomes_are_tagged_by_status_with_balances_as_strings() {
		let completed =
			RequestOutcome::Completed { record: 7, payment: u128::MAX, storage_fee: 3, refund: 0 };
		assert_eq!(
			serde_json::to_value(OutcomeView::from(&completed)).ok(),
			Some(json!({
				"status": "completed",
				"record": 7,
				"payment": u128::MAX.to_string(),
				"storageFee": "3",
				"refund": "0",
			}))
		);
		assert_eq!(
			serde_json::to_value(OutcomeView::from(&RequestOutcome::<Balance>::Pending)).ok(),
			Some(json!({ "status": "pending" }))
		);
	}

	#[test]
	fn hex_is_prefixed_lower_case() {
		assert_eq!(hex0x([0xAB, 0x01]), "0xab01");
		assert_eq!(hex0x([]), "0x");
	}
}
