//! The loopback HTTP face of the miner, for the runtime's offchain worker (protocol:
//! [`gintonic_primitives::miner`]): `POST /jobs`, `GET /jobs/{id}`, `GET /interactions`,
//! `POST /interactions/done`, `GET /health`.

use crate::jobs::{Accepted, JobStatus, Miner};
use axum::{
	body::Bytes,
	extract::{Path, State},
	http::StatusCode,
	response::IntoResponse,
	routing::{get, post},
	Router,
};
use codec::{Decode, Encode};
use gintonic_primitives::{miner::MinerJob, ContentHash, RequestId};
use std::sync::Arc;

/// The router over `miner`.
pub fn router(miner: Arc<Miner>) -> Router {
	Router::new()
		.route("/jobs", post(accept))
		.route("/jobs/{id}", get(status))
		.route("/interactions", get(interactions))
		.route("/interactions/done", post(recorded))
		.route("/health", get(health))
		.with_state(miner)
}

/// Serves `miner` on an already bound (non-blocking) listener until the server fails.
pub async fn serve(miner: Arc<Miner>, listener: std::net::TcpListener) -> std::io::Result<()> {
	let listener = tokio::net::TcpListener::from_std(listener)?;
	axum::serve(listener, router(miner)).await
}

async fn accept(State(miner): State<Arc<Miner>>, body: Bytes) -> impl IntoResponse {
	let Ok(job) = MinerJob::decode(&mut &body[..]) else {
		return (StatusCode::BAD_REQUEST, "the body is not a SCALE-encoded MinerJob");
	};
	log::info!(target: "gintonic::miner", "request {}: accepted", job.id);
	match miner.accept(job) {
		Accepted::Started => (StatusCode::ACCEPTED, "accepted"),
		Accepted::Known => (StatusCode::CONFLICT, "known"),
	}
}

async fn status(State(miner): State<Arc<Miner>>, Path(id): Path<RequestId>) -> impl IntoResponse {
	match miner.status(id) {
		Some(JobStatus::Done(outcome)) => (StatusCode::OK, outcome.encode()),
		Some(JobStatus::Running) => (StatusCode::ACCEPTED, Vec::new()),
		None => (StatusCode::NOT_FOUND, Vec::new()),
	}
}

async fn health(State(miner): State<Arc<Miner>>) -> impl IntoResponse {
	format!("ok: {} model(s)", miner.models().len())
}

async fn interactions(State(miner): State<Arc<Miner>>) -> impl IntoResponse {
	miner.interactions().oldest_encoded()
}

async fn recorded(State(miner): State<Arc<Miner>>, body: Bytes) -> impl IntoResponse {
	let Ok(hashes) = Vec::<ContentHash>::decode(&mut &body[..]) else {
		return (StatusCode::BAD_REQUEST, "the body is not a SCALE-encoded Vec<H256>");
	};
	miner.interactions().remove(&hashes);
	(StatusCode::OK, "forgotten")
}
