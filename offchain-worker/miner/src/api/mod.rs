//! The OpenAI-compatible API and the chat page a miner serves with `--api-port`:
//!
//! | route | what |
//! | --- | --- |
//! | `GET /v1/models` | the registered models this miner serves ([`schema::ModelEntry`]) |
//! | `POST /v1/chat/completions` | OpenAI's chat completions, plain or streamed ([`completions`]) |
//! | `GET /health` | `ok` and what is served |
//! | `GET /v1/gintonic/chain` | genesis hash, best block and this miner's providers: what a permit names |
//! | `GET /v1/gintonic/interactions/{digest}` | the call's record once on chain (404 before) |
//! | `GET /v1/gintonic/metadata` | the chain's runtime metadata (SCALE bytes), to decode records |
//! | `GET /` | the chat page ([`page`]) |
//!
//! Every call needs an API key ([`crate::api_key`]), goes through the model's batch scheduler
//! (concurrent callers share forward passes), is answered at once and recorded after
//! ([`crate::interactions`]). Errors are OpenAI's error object ([`error`]). Cross-origin
//! calls are allowed, so that a copy of the chat page opened from disk works against any miner.

pub mod auth;
pub mod completions;
pub mod error;
pub mod page;
pub mod schema;
pub mod server;

use crate::{chain::ChainView, jobs::Miner};
use axum::{
	extract::State,
	http::{header, HeaderValue, Method, StatusCode},
	middleware::{self, Next},
	response::{IntoResponse, Response},
	routing::get,
	Json, Router,
};
use error::ApiError;
use gintonic_primitives::ModelId;
use sp_core::crypto::Ss58Codec;
use std::sync::{
	atomic::{AtomicU64, AtomicUsize, Ordering},
	Arc,
};

/// What the API serves from.
pub struct Api {
	miner: Arc<Miner>,
	chain: Arc<dyn ChainView>,
	in_flight: AtomicUsize,
	max_in_flight: usize,
	calls: AtomicU64,
	started: u64,
	keyless_reads: tokio::sync::Semaphore,
}

impl Api {
	/// The API over `miner` and `chain`, refusing new calls with 503 while `max_in_flight`
	/// are running or waiting.
	pub fn new(miner: Arc<Miner>, chain: Arc<dyn ChainView>, max_in_flight: usize) -> Arc<Self> {
		let started = crate::record::unix_ms() / 1000;
		Arc::new(Self {
			miner,
			chain,
			in_flight: AtomicUsize::new(0),
			max_in_flight: max_in_flight.max(1),
			calls: AtomicU64::new(0),
			started,
			keyless_reads: tokio::sync::Semaphore::new(KEYLESS_CHAIN_READS),
		})
	}

	/// A place among the calls in flight, or 503 when there is none.
	fn admit(self: &Arc<Self>) -> Result<InFlight, ApiError> {
		let before = self.in_flight.fetch_add(1, Ordering::AcqRel);
		let slot = InFlight(Arc::clone(self));
		if before >= self.max_in_flight {
			return Err(ApiError::unavailable(
				format!("the miner is saturated ({} calls in flight): retry shortly", before),
				1,
			));
		}
		Ok(slot)
	}

	fn precision_of(&self, model: &ModelId) -> String {
		self.miner.models().get(model).map(|m| m.precision.clone()).unwrap_or_default()
	}
}

/// A call in flight; leaving frees its place.
pub struct InFlight(Arc<Api>);

impl Drop for InFlight {
	fn drop(&mut self) {
		self.0.in_flight.fetch_sub(1, Ordering::AcqRel);
	}
}

/// The router.
pub fn router(api: Arc<Api>) -> Router {
	Router::new()
		.route("/v1/models", get(models))
		.route(
			"/v1/chat/completions",
			axum::routing::post(completions::chat_completions).options(preflight),
		)
		.route("/health", get(health))
		.route("/v1/gintonic/chain", get(chain))
		.route("/v1/gintonic/interactions/{digest}", get(interaction))
		.route("/v1/gintonic/metadata", get(metadata))
		.merge(page::routes())
		.layer(middleware::from_fn(allow_any_origin))
		.with_state(api)
}

/// Serves the API on an already bound (non-blocking) listener until the server fails, as
/// `options` say (connections, TLS: [`server`]).
pub async fn serve(
	api: Arc<Api>,
	listener: std::net::TcpListener,
	options: server::ServeOptions,
) -> std::io::Result<()> {
	server::serve(router(api), listener, options).await
}

async fn models(State(api): State<Arc<Api>>) -> impl IntoResponse {
	let owner = api
		.miner
		.keys()
		.public_keys()
		.next()
		.map(|key| sp_core::sr25519::Public::from_raw(*key).to_ss58check())
		.unwrap_or_default();
	let data: Vec<schema::ModelEntry> = api
		.miner
		.models()
		.iter()
		.map(|model| schema::ModelEntry {
			id: model.name.clone(),
			object: "model",
			created: api.started,
			owned_by: owner.clone(),
			gintonic_model_id: format!("{:?}", model.id),
		})
		.collect();
	Json(serde_json::json!({ "object": "list", "data": data }))
}

async fn health(State(api): State<Arc<Api>>) -> impl IntoResponse {
	let refusals = api.miner.interactions().refusals();
	Json(serde_json::json!({
		"status": "ok",
		"models": api.miner.models().len(),
		"in_flight": api.in_flight.load(Ordering::Relaxed),
		"queued_records": api.miner.interactions().len(),
		// What the chain refused to record (revoked, expired, an account that could not pay):
		// the provider's loss, kept in the queue's `refused/` folder.
		"refused_records": refusals.count,
		"refused_charges": refusals.charges.to_string(),
	}))
}

async fn chain(State(api): State<Arc<Api>>) -> impl IntoResponse {
	let providers: Vec<serde_json::Value> = api
		.miner
		.keys()
		.public_keys()
		.map(|key| {
			serde_json::json!({
				"address": sp_core::sr25519::Public::from_raw(*key).to_ss58check(),
				"public_key": format!("0x{}", hex::encode(key)),
			})
		})
		.collect();
	Json(serde_json::json!({
		"genesis_hash": format!("0x{}", hex::encode(api.chain.genesis_hash())),
		"best_block": api.chain.best_number(),
		"providers": providers,
	}))
}

/// Most runtime calls that the keyless routes (`/v1/gintonic/metadata`, `/interactions/…`) run
/// at once; more wait their turn, so a flood of them cannot take the blocking threads.
const KEYLESS_CHAIN_READS: usize = 4;

/// Runs `read` (a runtime call) off the async runtime, at most [`KEYLESS_CHAIN_READS`] at once.
async fn read_chain<T: Send + 'static>(
	api: &Arc<Api>,
	read: impl FnOnce(&dyn ChainView) -> T + Send + 'static,
) -> Result<T, ApiError> {
	let _turn = api
		.keyless_reads
		.acquire()
		.await
		.map_err(|_| ApiError::unavailable("the API is stopping", 5))?;
	let chain = Arc::clone(&api.chain);
	tokio::task::spawn_blocking(move || read(&*chain))
		.await
		.map_err(|e| ApiError::internal(format!("the chain read failed: {e}")))
}

async fn metadata(State(api): State<Arc<Api>>) -> Response {
	match read_chain(&api, |chain| chain.metadata()).await {
		Ok(Ok(bytes)) => {
			([(header::CONTENT_TYPE, "application/octet-stream")], bytes).into_response()
		}
		Ok(Err(e)) => {
			ApiError::unavailable(format!("the chain cannot be read: {e}"), 5).into_response()
		}
		Err(error) => error.into_response(),
	}
}

async fn interaction(
	State(api): State<Arc<Api>>,
	axum::extract::Path(digest): axum::extract::Path<String>,
) -> Response {
	let mut bytes = [0u8; 32];
	if hex::decode_to_slice(digest.trim_start_matches("0x"), &mut bytes).is_err() {
		return ApiError::bad_param("digest", "expected 0x and 64 hex digits").into_response();
	}
	let found = match read_chain(&api, move |chain| chain.interaction_record(bytes.into())).await {
		Ok(found) => found,
		Err(error) => return error.into_response(),
	};
	match found {
		Ok(Some((id, record))) => Json(serde_json::json!({
			"id": id,
			"block": record.block,
			"timestamp_ms": record.timestamp_ms,
			"sender": record.sender.to_ss58check(),
			"provider": record.provider.to_ss58check(),
			"payment": record.payment.to_string(),
			"result_hash": format!("{:?}", record.result_hash),
			"sealed_metadata": format!("0x{}", hex::encode(&record.sealed_metadata)),
		}))
		.into_response(),
		Ok(None) => (
			StatusCode::NOT_FOUND,
			Json(serde_json::json!({ "error": {
				"message": "not recorded yet: the miner records each call within a few blocks",
				"type": "invalid_request_error", "param": null, "code": "not_recorded_yet",
			}})),
		)
			.into_response(),
		Err(e) => {
			ApiError::unavailable(format!("the chain cannot be read: {e}"), 5).into_response()
		}
	}
}

async fn preflight() -> StatusCode {
	StatusCode::NO_CONTENT
}

async fn allow_any_origin(request: axum::extract::Request, next: Next) -> Response {
	let is_preflight = request.method() == Method::OPTIONS;
	let mut response = next.run(request).await;
	let headers = response.headers_mut();
	headers.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, HeaderValue::from_static("*"));
	headers.insert(
		header::ACCESS_CONTROL_EXPOSE_HEADERS,
		HeaderValue::from_static(completions::INTERACTION_HEADER),
	);
	if is_preflight {
		headers.insert(
			header::ACCESS_CONTROL_ALLOW_HEADERS,
			HeaderValue::from_static("authorization, content-type"),
		);
		headers.insert(
			header::ACCESS_CONTROL_ALLOW_METHODS,
			HeaderValue::from_static("GET, POST, OPTIONS"),
		);
	}
	response
}
