//! The loopback HTTP face of the miner, for the runtime's offchain worker (protocol:
//! [`gintonic_primitives::miner`]): `POST /jobs`, `GET /jobs/{id}/{digest}`,
//! `POST /jobs/forget`, `GET /interactions`, `POST /interactions/done`,
//! `POST /interactions/refused`, `GET /health`.
//!
//! Only the node's own offchain worker may call it: every route but `/health` needs the
//! [`ServiceSecret`] the node wrote to offchain local storage (`401` without it), and every
//! route a loopback `Host` (`403` otherwise: a web page that reaches the port by rebinding its
//! name to 127.0.0.1 sends its own name). Binding to 127.0.0.1 keeps other machines out.

use crate::jobs::{Accepted, JobKey, JobStatus, Miner};
use axum::{
	body::Bytes,
	extract::{Path, Request, State},
	http::{header, HeaderMap, StatusCode},
	middleware::{self, Next},
	response::{IntoResponse, Response},
	routing::{get, post},
	Router,
};
use codec::{Decode, Encode};
use gintonic_primitives::{
	miner::{bearer, JobDigest, MinerJob},
	ContentHash, RequestId,
};
use rand_core::{OsRng, RngCore};
use std::sync::Arc;

/// The 32 random bytes that every call to the miner service carries; a new one at each start.
#[derive(Clone)]
pub struct ServiceSecret([u8; 32]);

impl ServiceSecret {
	/// A fresh secret from the operating system's generator.
	pub fn generate() -> Self {
		let mut secret = [0u8; 32];
		OsRng.fill_bytes(&mut secret);
		Self(secret)
	}

	/// Its bytes, for the offchain worker (offchain local storage).
	pub fn as_bytes(&self) -> &[u8; 32] {
		&self.0
	}

	/// Whether `headers` carry it, compared in constant time.
	fn is_presented_in(&self, headers: &HeaderMap) -> bool {
		let expected = bearer(&self.0);
		let Some(presented) = headers.get(header::AUTHORIZATION) else { return false };
		let presented = presented.as_bytes();
		presented.len() == expected.len()
			&& presented.iter().zip(&expected).fold(0u8, |differ, (a, b)| differ | (a ^ b)) == 0
	}
}

/// The router over `miner`, open to calls that carry `secret`.
pub fn router(miner: Arc<Miner>, secret: ServiceSecret) -> Router {
	let guarded = Router::new()
		.route("/jobs", post(accept))
		.route("/jobs/forget", post(forget))
		.route("/jobs/{id}/{digest}", get(status))
		.route("/interactions", get(interactions))
		.route("/interactions/done", post(recorded))
		.route("/interactions/refused", post(refused))
		.route_layer(middleware::from_fn_with_state(secret, require_secret));
	Router::new()
		.route("/health", get(health))
		.merge(guarded)
		.layer(middleware::from_fn(require_loopback_host))
		.with_state(miner)
}

/// Serves `miner` on an already bound (non-blocking) listener until the server fails.
pub async fn serve(
	miner: Arc<Miner>,
	secret: ServiceSecret,
	listener: std::net::TcpListener,
) -> std::io::Result<()> {
	let listener = tokio::net::TcpListener::from_std(listener)?;
	axum::serve(listener, router(miner, secret)).await
}

/// `403` unless `Host` names the loopback interface.
async fn require_loopback_host(request: Request, next: Next) -> Response {
	let host = request.headers().get(header::HOST).and_then(|host| host.to_str().ok());
	if !host.is_some_and(is_loopback_host) {
		log::warn!(target: "gintonic::miner", "refused a call for host {host:?}");
		return (StatusCode::FORBIDDEN, "the miner service answers loopback hosts only")
			.into_response();
	}
	next.run(request).await
}

/// Whether `host` (a `Host` header: a name or address and an optional port) is loopback.
fn is_loopback_host(host: &str) -> bool {
	let name = match host.strip_prefix('[') {
		Some(bracketed) => bracketed.split(']').next().unwrap_or_default(),
		None => host.rsplit_once(':').map_or(host, |(name, _port)| name),
	};
	name.eq_ignore_ascii_case("localhost")
		|| name.parse::<std::net::IpAddr>().is_ok_and(|address| address.is_loopback())
}

/// `401` unless the call carries the secret.
async fn require_secret(
	State(secret): State<ServiceSecret>,
	request: Request,
	next: Next,
) -> Response {
	if !secret.is_presented_in(request.headers()) {
		log::warn!(target: "gintonic::miner", "refused a call without the service secret");
		return (StatusCode::UNAUTHORIZED, "the miner service secret is missing or wrong")
			.into_response();
	}
	next.run(request).await
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

async fn status(
	State(miner): State<Arc<Miner>>,
	Path((id, digest)): Path<(RequestId, String)>,
) -> impl IntoResponse {
	let Some(digest) = parse_digest(&digest) else {
		return (StatusCode::BAD_REQUEST, b"the digest is not 32 bytes of hex".to_vec());
	};
	match miner.status(&(id, digest)) {
		Some(JobStatus::Done(outcome)) => (StatusCode::OK, (digest, outcome).encode()),
		Some(JobStatus::Running) => (StatusCode::ACCEPTED, Vec::new()),
		None => (StatusCode::NOT_FOUND, Vec::new()),
	}
}

fn parse_digest(text: &str) -> Option<JobDigest> {
	let mut digest = [0u8; 32];
	hex::decode_to_slice(text, &mut digest).ok()?;
	Some(digest)
}

async fn forget(State(miner): State<Arc<Miner>>, body: Bytes) -> impl IntoResponse {
	let Ok(keys) = Vec::<JobKey>::decode(&mut &body[..]) else {
		return (StatusCode::BAD_REQUEST, "the body is not a SCALE-encoded Vec<(u64, [u8; 32])>");
	};
	miner.forget(&keys);
	(StatusCode::OK, "forgotten")
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

async fn refused(State(miner): State<Arc<Miner>>, body: Bytes) -> impl IntoResponse {
	let Ok(refusals) = Vec::<(ContentHash, Vec<u8>)>::decode(&mut &body[..]) else {
		return (StatusCode::BAD_REQUEST, "the body is not a SCALE-encoded Vec<(H256, Vec<u8>)>");
	};
	miner.interactions().refuse(&refusals);
	(StatusCode::OK, "kept as refused")
}

#[cfg(test)]
mod tests {
	use super::is_loopback_host;

	#[test]
	fn only_loopback_hosts_pass() {
		for host in ["127.0.0.1:9000", "127.0.0.1", "localhost:80", "LOCALHOST", "[::1]:9000"] {
			assert!(is_loopback_host(host), "{host}");
		}
		for host in ["evil.example:9000", "127.0.0.1.evil.example", "10.0.0.1:9000", "[::2]:1", ""]
		{
			assert!(!is_loopback_host(host), "{host}");
		}
	}
}
