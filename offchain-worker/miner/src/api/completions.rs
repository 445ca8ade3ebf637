//! `POST /v1/chat/completions`: authorise, read and check the request, run it through the
//! model's batch scheduler (plain or streamed), answer, then record it: the metadata sealed to
//! the caller and the provider, queued on disk for the offchain worker's `record_interaction`.

use super::{
	auth::{admit, api_key, reserve, Payer},
	error::ApiError,
	schema::{
		ChatChunk, ChatCompletion, ChatRequest, Choice, ChunkChoice, Content, Delta, MessageOut,
		RecordRef, UsageOut,
	},
	Api, InFlight,
};
use crate::{
	interactions::{Queued, Reservation},
	record::{chain_usage, metadata, seal_record, unix_ms, ServedFor},
};
use axum::{
	body::Bytes,
	extract::{Request, State},
	http::{HeaderMap, HeaderValue},
	response::{
		sse::{Event, Sse},
		IntoResponse, Response,
	},
	Json,
};
use gintonic_engine::{
	ChatMessage, EngineError, Generation, GenerationStream, Prompt, StreamEvent,
};
use gintonic_primitives::{
	bounds::{MaxStopSequenceLen, MaxStopSequences},
	interaction::{interaction_digest, Interaction, InteractionProof},
	request::payment_for,
	ContentHash, ModelId, SamplingParams,
};
use sp_runtime::{traits::Get, BoundedVec};
use std::{
	collections::VecDeque,
	convert::Infallible,
	sync::{atomic::Ordering, Arc},
};

/// The header that names a call's interaction digest.
pub const INTERACTION_HEADER: &str = "x-gintonic-interaction";

/// Most new tokens when the request does not say.
const DEFAULT_MAX_TOKENS: u32 = 1024;

/// A checked request, ready to run.
struct Prepared {
	model: ModelId,
	model_name: String,
	messages: Vec<ChatMessage>,
	engine_params: gintonic_engine::SamplingParams,
	chain_params: SamplingParams,
	stream: bool,
	include_usage: bool,
	id: String,
	created: u64,
	body_hash: [u8; 32],
}

/// Most bytes of a request body: twice what a record holds (`MAX_SEALED_RECORD_LEN`), room for
/// JSON's escapes; a prompt beyond it could not be recorded anyway.
pub const MAX_BODY_BYTES: usize = 2 * gintonic_primitives::bounds::MAX_SEALED_RECORD_LEN as usize;

/// Time a client has to send the whole request body once its head is read.
pub const BODY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The handler.
pub async fn chat_completions(State(api): State<Arc<Api>>, request: Request) -> Response {
	let (parts, body) = request.into_parts();
	let read = tokio::time::timeout(BODY_TIMEOUT, axum::body::to_bytes(body, MAX_BODY_BYTES));
	let body = match read.await {
		Ok(Ok(body)) => body,
		Ok(Err(_)) => {
			let message = format!("the request body passes {MAX_BODY_BYTES} bytes");
			return ApiError::too_large(message).into_response();
		}
		Err(_) => {
			let message = format!("the request body did not arrive within {BODY_TIMEOUT:?}");
			return ApiError::body_timeout(message).into_response();
		}
	};
	match handle(api, parts.headers, body).await {
		Ok(response) => response,
		Err(error) => {
			log::debug!(target: "gintonic::api", "{}: {}", error.status(), error.message());
			error.into_response()
		}
	}
}

async fn handle(api: Arc<Api>, headers: HeaderMap, body: Bytes) -> Result<Response, ApiError> {
	// Reading the chain, rendering the template and tokenising up to the body's bound are
	// blocking work: off the async runtime that serves every connection.
	let admitted = Arc::clone(&api);
	let started = tokio::task::spawn_blocking(move || start(&admitted, &headers, &body))
		.await
		.map_err(|e| ApiError::internal(format!("the request's task failed: {e}")))??;
	if started.prepared.stream {
		return Ok(stream(api, started));
	}
	let answer = tokio::task::spawn_blocking(move || {
		let Started { prepared, payer, reservation, events, slot } = started;
		let _slot = slot;
		let generation = wait(events)?;
		let record = record(&api, &payer, reservation, &prepared, &generation)?;
		Ok::<_, ApiError>((prepared, generation, record))
	})
	.await
	.map_err(|e| ApiError::internal(format!("the request's task failed: {e}")))?;
	let (prepared, generation, record) = answer?;
	let digest = record.interaction.clone();
	let completion = ChatCompletion {
		id: prepared.id,
		object: "chat.completion",
		created: prepared.created,
		model: prepared.model_name,
		choices: vec![Choice {
			index: 0,
			message: MessageOut { role: "assistant", content: generation.text.clone() },
			finish_reason: finish_reason(&generation),
			logprobs: None,
		}],
		usage: usage(&generation),
		gintonic: record,
	};
	let mut response = Json(completion).into_response();
	if let Ok(value) = HeaderValue::from_str(&digest) {
		response.headers_mut().insert(INTERACTION_HEADER, value);
	}
	Ok(response)
}

/// A call admitted, its worst case reserved and its generation queued.
struct Started {
	prepared: Prepared,
	payer: Payer,
	reservation: Reservation,
	events: GenerationStream,
	slot: InFlight,
}

/// Authorises, reads and checks the call, reserves its worst case once the prompt is counted
/// and queues it (blocking).
fn start(api: &Arc<Api>, headers: &HeaderMap, body: &[u8]) -> Result<Started, ApiError> {
	let key = api_key(api, headers)?;
	let request: ChatRequest = serde_json::from_slice(body).map_err(|e| {
		ApiError::bad_request(format!("the body is not a chat completion request: {e}"))
	})?;
	let prepared = prepare(api, request, body)?;
	let payer = admit(api, key, &prepared.model)?;
	let Some(model) = api.miner.models().get(&prepared.model) else {
		return Err(ApiError::unknown_model(&prepared.model_name));
	};
	let slot = api.admit()?;
	let max_tokens = prepared.chain_params.max_tokens;
	let mut reserved = None;
	let mut refusal = None;
	let submitted = model.scheduler.submit_accepted(
		&Prompt::Chat(prepared.messages.clone()),
		&prepared.engine_params,
		&mut |prompt_tokens| match reserve(api, &payer, body.len(), prompt_tokens, max_tokens) {
			Ok(reservation) => {
				reserved = Some(reservation);
				Ok(())
			}
			Err(error) => {
				let reason = error.message().to_string();
				refusal = Some(error);
				Err(reason)
			}
		},
	);
	let events = match (submitted, refusal) {
		(Ok(events), _) => events,
		(Err(_), Some(refusal)) => return Err(refusal),
		(Err(e), None) => return Err(engine_error(e)),
	};
	let reservation =
		reserved.ok_or_else(|| ApiError::internal("the call was queued without a reservation"))?;
	Ok(Started { prepared, payer, reservation, events, slot })
}

/// Checks the request's fields and resolves its model.
fn prepare(api: &Api, request: ChatRequest, body: &[u8]) -> Result<Prepared, ApiError> {
	if request.n.is_some_and(|n| n != 1) {
		return Err(ApiError::bad_param("n", "only n = 1 is served"));
	}
	let served = api
		.miner
		.models()
		.iter()
		.find(|m| m.name == request.model || format!("{:?}", m.id) == request.model)
		.ok_or_else(|| ApiError::unknown_model(&request.model))?;
	if request.messages.is_empty() {
		return Err(ApiError::bad_param("messages", "messages is empty: send at least one"));
	}
	let mut messages = Vec::with_capacity(request.messages.len());
	for message in request.messages {
		let role = match message.role.as_str() {
			"system" | "developer" => "system",
			"user" => "user",
			"assistant" => "assistant",
			other => {
				return Err(ApiError::bad_param(
					"messages",
					format!("unknown role {other:?}: use system, user or assistant"),
				))
			}
		};
		let content = match message.content {
			Content::Text(text) => text,
			Content::Parts(parts) => {
				let mut text = String::new();
				for part in parts {
					match (part.kind.as_str(), part.text) {
						("text", Some(piece)) => text.push_str(&piece),
						(kind, _) => {
							return Err(ApiError::bad_param(
								"messages",
								format!("content part {kind:?} is not served: send text"),
							))
						}
					}
				}
				text
			}
		};
		messages.push(ChatMessage::new(role, &content));
	}
	let temperature = request.temperature.unwrap_or(1.0);
	let top_p = request.top_p.unwrap_or(1.0);
	let repetition_penalty = request.repetition_penalty.unwrap_or(1.0);
	let max_tokens =
		request.max_completion_tokens.or(request.max_tokens).unwrap_or(DEFAULT_MAX_TOKENS);
	if max_tokens == 0 {
		return Err(ApiError::bad_param("max_tokens", "max_tokens must be at least 1"));
	}
	let stop = request.stop.map(|stop| stop.into_vec()).unwrap_or_default();
	if stop.len() > <MaxStopSequences as Get<u32>>::get() as usize {
		return Err(ApiError::bad_param(
			"stop",
			format!("at most {} stop sequences", <MaxStopSequences as Get<u32>>::get()),
		));
	}
	let longest = <MaxStopSequenceLen as Get<u32>>::get() as usize;
	if let Some(bad) = stop.iter().find(|s| s.len() > longest || s.is_empty()) {
		return Err(ApiError::bad_param(
			"stop",
			format!("stop sequence {bad:?}: 1 to {longest} bytes"),
		));
	}
	let milli = |value: f32| (value * 1000.0).round().clamp(0.0, u32::MAX as f32) as u32;
	let seed = request.seed.unwrap_or(0);
	let engine_params = gintonic_engine::SamplingParams {
		temperature,
		top_p,
		top_k: request.top_k.unwrap_or(0) as usize,
		max_tokens: max_tokens as usize,
		seed,
		repetition_penalty,
		stop: stop.clone(),
	};
	let chain_params = SamplingParams {
		temperature_milli: milli(temperature),
		top_p_milli: milli(top_p),
		top_k: request.top_k.unwrap_or(0),
		max_tokens,
		seed,
		repetition_penalty_milli: milli(repetition_penalty),
		stop: BoundedVec::truncate_from(
			stop.iter().map(|s| BoundedVec::truncate_from(s.clone().into_bytes())).collect(),
		),
	};
	let created = unix_ms() / 1000;
	let sequence = api.calls.fetch_add(1, Ordering::Relaxed);
	let mut to_hash = body.to_vec();
	to_hash.extend_from_slice(&unix_ms().to_le_bytes());
	to_hash.extend_from_slice(&sequence.to_le_bytes());
	let body_hash = <sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(&to_hash).0;
	Ok(Prepared {
		model: served.id,
		model_name: served.name.clone(),
		messages,
		engine_params,
		chain_params,
		stream: request.stream,
		include_usage: request.stream_options.unwrap_or_default().include_usage,
		id: format!("chatcmpl-{}", hex::encode(&body_hash[..12])),
		created,
		body_hash,
	})
}

/// A refused submission as the API's error: the caller's fault (400), a full queue (503) or
/// the engine's fault (500).
fn engine_error(error: EngineError) -> ApiError {
	match error {
		EngineError::PromptTooLong { .. } | EngineError::ContextExceeded { .. } => {
			ApiError::context_length(error.to_string())
		}
		EngineError::InvalidSampling { name, .. } => ApiError::bad_param(name, error.to_string()),
		EngineError::EmptyPrompt | EngineError::Template(_) => {
			ApiError::bad_param("messages", error.to_string())
		}
		EngineError::OverBudget { .. } => ApiError::bad_param("max_tokens", error.to_string()),
		EngineError::Saturated { .. } => ApiError::unavailable(error.to_string(), 1),
		EngineError::DeviceFailed(_) => ApiError::unavailable(error.to_string(), 30),
		other => ApiError::internal(other.to_string()),
	}
}

/// Waits for the end of a generation (blocking).
fn wait(events: GenerationStream) -> Result<Generation, ApiError> {
	for event in events {
		if let StreamEvent::Done(result) = event {
			return result.map_err(|e| ApiError::internal(format!("the engine failed: {e}")));
		}
	}
	Err(ApiError::internal("the batch worker stopped"))
}

/// Seals the call's record and queues it; what the answer says of it.
fn record(
	api: &Api,
	payer: &Payer,
	reservation: Reservation,
	prepared: &Prepared,
	generation: &Generation,
) -> Result<RecordRef, ApiError> {
	let permit = &payer.key.permit;
	let provider: [u8; 32] = permit.provider.clone().into();
	let served = ServedFor {
		sender: permit.account.clone().into(),
		provider,
		price_per_hour: payer.rate.price_per_hour,
		model: prepared.model,
		params: prepared.chain_params.clone(),
	};
	let metadata = metadata(
		&served,
		&prepared.messages,
		&prepared.model_name,
		&api.precision_of(&prepared.model),
		api.miner.gpu().clone(),
		generation,
		unix_ms(),
	);
	let (result_hash, sealed_record, _) = seal_record(metadata, provider)
		.map_err(|e| ApiError::internal(format!("the record could not be sealed: {e}")))?;
	let usage = chain_usage(generation);
	let record_bytes = u32::try_from(sealed_record.len()).unwrap_or(u32::MAX);
	let reserved = reservation.amount();
	let charge = payment_for(&usage, &payer.rate, record_bytes, &payer.record_fee, reserved);
	let max_payment = charge.total();
	let request_hash = ContentHash::from(prepared.body_hash);
	let digest = interaction_digest(
		&api.chain.genesis_hash(),
		&permit.account,
		&permit.provider,
		&prepared.model,
		&request_hash,
		&max_payment,
		&permit.expiry,
	);
	reservation.settle(Queued {
		provider: permit.provider.clone(),
		interaction: Interaction {
			sender: permit.account.clone(),
			proof: InteractionProof::Permit {
				permit: permit.clone(),
				signature: payer.key.multi_signature(),
			},
			model: prepared.model,
			request_hash,
			max_payment,
			result_hash,
			sealed_metadata: sealed_record,
			usage,
		},
	});
	log::info!(
		target: "gintonic::api",
		"served {} for {}: {} tokens, charge {} ({} tokens, {} storage) of {} reserved, interaction {digest:?}",
		prepared.model_name,
		permit.account,
		usage.completion_tokens,
		max_payment,
		charge.compute,
		charge.storage,
		reserved,
	);
	Ok(RecordRef {
		interaction: format!("{digest:?}"),
		result_hash: format!("{result_hash:?}"),
		charge: max_payment.to_string(),
		reserved: reserved.to_string(),
	})
}

/// The answer as server-sent events: a role chunk, text chunks as the engine releases them,
/// the finishing chunk (with the record), the usage chunk when asked, `[DONE]`. A client that
/// goes away stops the sequence at its next token, freeing its place, and is recorded and
/// charged for what was generated until then ([`record_stopped`]).
fn stream(api: Arc<Api>, started: Started) -> Response {
	let (sender, receiver) = tokio::sync::mpsc::channel::<Event>(64);
	tokio::task::spawn_blocking(move || {
		let Started { prepared, payer, reservation, events, slot } = started;
		// The call's place among those in flight is the engine's work: freed once the engine
		// is done, even while a slow client still reads what it made.
		let mut slot = Some(slot);
		let send = |event: Event| send_within(&sender, event, STALLED_READER);
		let delta = |delta: Delta, finish: Option<&'static str>, record: Option<RecordRef>| {
			let choice = ChunkChoice { index: 0, delta, finish_reason: finish };
			chunk(&prepared, vec![choice], None, record)
		};
		if !send(delta(Delta { role: Some("assistant"), content: Some(String::new()) }, None, None))
		{
			events.stop();
			record_stopped(&api, &payer, reservation, &prepared, VecDeque::new(), &events);
			return;
		}
		let mut ahead = VecDeque::new();
		loop {
			while let Some(event) = events.try_recv() {
				if matches!(event, StreamEvent::Done(_)) {
					drop(slot.take());
				}
				ahead.push_back(event);
			}
			let Some(event) = ahead.pop_front().or_else(|| events.recv()) else { return };
			if matches!(event, StreamEvent::Done(_)) {
				drop(slot.take());
			}
			match event {
				StreamEvent::Text(piece) => {
					if !send(delta(Delta { content: Some(piece), ..Delta::default() }, None, None))
					{
						// The client went away: stop at the next step, and record and charge
						// what was generated until now.
						events.stop();
						record_stopped(&api, &payer, reservation, &prepared, ahead, &events);
						return;
					}
				}
				StreamEvent::Done(Ok(generation)) => {
					let record = match record(&api, &payer, reservation, &prepared, &generation) {
						Ok(record) => Some(record),
						Err(e) => {
							log::error!(target: "gintonic::api", "{}", e.message());
							None
						}
					};
					send(delta(Delta::default(), Some(finish_reason(&generation)), record));
					if prepared.include_usage {
						send(chunk(&prepared, Vec::new(), Some(usage(&generation)), None));
					}
					send(Event::default().data("[DONE]"));
					return;
				}
				StreamEvent::Done(Err(e)) => {
					let error = ApiError::internal(format!("the engine failed: {e}"));
					send(Event::default().data(error.body().to_string()));
					return;
				}
			}
		}
	});
	let stream = futures::stream::unfold(receiver, |mut receiver| async move {
		receiver.recv().await.map(|event| (Ok::<_, Infallible>(event), receiver))
	});
	Sse::new(stream).into_response()
}

/// How long a stream waits for a client that reads nothing (its buffer full) before it takes
/// the client for gone: a client that never reads still frees its place.
const STALLED_READER: std::time::Duration = std::time::Duration::from_secs(30);

/// Hands `event` to the connection within `patience` (blocking): `false` when the client is
/// gone or read nothing for that long.
fn send_within(
	sender: &tokio::sync::mpsc::Sender<Event>,
	event: Event,
	patience: std::time::Duration,
) -> bool {
	use tokio::sync::mpsc::error::TrySendError;
	let deadline = std::time::Instant::now() + patience;
	let mut event = event;
	loop {
		match sender.try_send(event) {
			Ok(()) => return true,
			Err(TrySendError::Closed(_)) => return false,
			Err(TrySendError::Full(back)) if std::time::Instant::now() < deadline => {
				event = back;
				std::thread::sleep(std::time::Duration::from_millis(10));
			}
			Err(TrySendError::Full(_)) => return false,
		}
	}
}

/// Records a stream stopped because its client went away, for what the engine generated until
/// it saw the stop (`finish_reason` `Cancelled`; all of it, with its own finish reason, when
/// the engine had finished already and events were still `ahead` of the client): the tokens
/// were produced and handed to the connection, so they are charged (a client that reads a few
/// tokens and disconnects does not get them free). Nothing generated, nothing recorded.
fn record_stopped(
	api: &Api,
	payer: &Payer,
	reservation: Reservation,
	prepared: &Prepared,
	ahead: VecDeque<StreamEvent>,
	events: &GenerationStream,
) {
	let done =
		ahead.into_iter().chain(std::iter::from_fn(|| events.recv())).find_map(
			|event| match event {
				StreamEvent::Done(result) => Some(result),
				StreamEvent::Text(_) => None,
			},
		);
	match done {
		Some(Ok(generation)) if generation.usage.completion_tokens > 0 => {
			if let Err(e) = record(api, payer, reservation, prepared, &generation) {
				log::error!(target: "gintonic::api", "{}", e.message());
			}
		}
		Some(Err(e)) => log::warn!(target: "gintonic::api", "a stopped stream failed: {e}"),
		Some(Ok(_)) | None => {}
	}
}

/// One event of `prepared`'s stream.
fn chunk(
	prepared: &Prepared,
	choices: Vec<ChunkChoice>,
	usage: Option<UsageOut>,
	gintonic: Option<RecordRef>,
) -> Event {
	let chunk = ChatChunk {
		id: prepared.id.clone(),
		object: "chat.completion.chunk",
		created: prepared.created,
		model: prepared.model_name.clone(),
		choices,
		usage,
		gintonic,
	};
	Event::default().data(serde_json::to_string(&chunk).unwrap_or_default())
}

fn finish_reason(generation: &Generation) -> &'static str {
	match generation.finish_reason {
		gintonic_engine::FinishReason::Stop => "stop",
		gintonic_engine::FinishReason::Length => "length",
		// Only a stream whose client went away ends so; nobody reads its last chunk.
		gintonic_engine::FinishReason::Cancelled => "stop",
	}
}

fn usage(generation: &Generation) -> UsageOut {
	UsageOut {
		prompt_tokens: generation.usage.prompt_tokens,
		completion_tokens: generation.usage.completion_tokens,
		total_tokens: generation.usage.prompt_tokens + generation.usage.completion_tokens,
	}
}
