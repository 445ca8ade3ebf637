//! The API's own accept loop, so that strangers on a public port cannot exhaust it: at most
//! [`ServeOptions::max_connections`] connections at once (the next wait in the kernel's
//! backlog until one closes), a request head within [`HEADER_TIMEOUT`] (also between the
//! requests of a kept-alive connection, so idle connections are closed), a TLS handshake
//! within [`HANDSHAKE_TIMEOUT`], and, with `--api-tls-cert`/`--api-tls-key`, HTTPS by rustls.
//! The request body's time and size are bounded where it is read (`completions`).

use axum::Router;
use hyper_util::{
	rt::{TokioIo, TokioTimer},
	service::TowerToHyperService,
};
use rustls_pki_types::{pem::PemObject, CertificateDer, PrivateKeyDer};
use std::{path::Path, sync::Arc, time::Duration};
use tokio::{
	io::{AsyncRead, AsyncWrite},
	net::TcpListener,
	sync::Semaphore,
};
use tokio_rustls::{rustls, TlsAcceptor};

/// Time a client has to send a request's head: from the connection's start, and from the end
/// of its last answer on a kept-alive connection.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Time a client has to complete the TLS handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections served at once unless `--api-max-connections` says otherwise.
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;

/// How the API is served.
#[derive(Clone)]
pub struct ServeOptions {
	/// HTTPS with this configuration; plain HTTP when `None`.
	pub tls: Option<Arc<rustls::ServerConfig>>,
	/// Most connections open at once.
	pub max_connections: usize,
}

impl Default for ServeOptions {
	fn default() -> Self {
		Self { tls: None, max_connections: DEFAULT_MAX_CONNECTIONS }
	}
}

/// The TLS configuration of a PEM certificate chain and its PEM private key (PKCS#8, PKCS#1
/// or SEC1), or what is wrong with them.
pub fn tls_config(certificate: &Path, key: &Path) -> Result<Arc<rustls::ServerConfig>, String> {
	let chain = CertificateDer::pem_file_iter(certificate)
		.and_then(|certificates| certificates.collect::<Result<Vec<_>, _>>())
		.map_err(|e| format!("--api-tls-cert {}: {e}", certificate.display()))?;
	if chain.is_empty() {
		return Err(format!("--api-tls-cert {}: no certificate in it", certificate.display()));
	}
	let key = PrivateKeyDer::from_pem_file(key)
		.map_err(|e| format!("--api-tls-key {}: {e}", key.display()))?;
	let provider = Arc::new(rustls::crypto::ring::default_provider());
	let mut config = rustls::ServerConfig::builder_with_provider(provider)
		.with_safe_default_protocol_versions()
		.map_err(|e| format!("TLS: {e}"))?
		.with_no_client_auth()
		.with_single_cert(chain, key)
		.map_err(|e| format!("--api-tls-cert and --api-tls-key do not make a pair: {e}"))?;
	config.alpn_protocols = vec![b"http/1.1".to_vec()];
	Ok(Arc::new(config))
}

/// Serves `app` on `listener` until the listener fails.
pub async fn serve(
	app: Router,
	listener: std::net::TcpListener,
	options: ServeOptions,
) -> std::io::Result<()> {
	let listener = TcpListener::from_std(listener)?;
	let tls = options.tls.map(TlsAcceptor::from);
	let places = Arc::new(Semaphore::new(options.max_connections.max(1)));
	loop {
		let Ok(place) = Arc::clone(&places).acquire_owned().await else {
			return Ok(());
		};
		let stream = match listener.accept().await {
			Ok((stream, _)) => {
				// Answers and stream chunks are small writes: send each at once.
				let _ = stream.set_nodelay(true);
				stream
			}
			Err(e) => {
				// Out of file descriptors, or a connection reset before it was accepted:
				// wait a little rather than spin.
				log::warn!(target: "gintonic::api", "accepting a connection failed: {e}");
				tokio::time::sleep(Duration::from_millis(100)).await;
				continue;
			}
		};
		let app = app.clone();
		let tls = tls.clone();
		tokio::spawn(async move {
			let _place = place;
			match tls {
				None => serve_connection(stream, app).await,
				Some(tls) => {
					match tokio::time::timeout(HANDSHAKE_TIMEOUT, tls.accept(stream)).await {
						Ok(Ok(stream)) => serve_connection(stream, app).await,
						Ok(Err(e)) => log::debug!(target: "gintonic::api", "TLS handshake: {e}"),
						Err(_) => log::debug!(target: "gintonic::api", "TLS handshake timed out"),
					}
				}
			}
		});
	}
}

/// Serves HTTP/1.1 on one connection, its request heads bounded by [`HEADER_TIMEOUT`].
async fn serve_connection<S>(stream: S, app: Router)
where
	S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
	let service = TowerToHyperService::new(app);
	let served = hyper::server::conn::http1::Builder::new()
		.timer(TokioTimer::new())
		.header_read_timeout(HEADER_TIMEOUT)
		.serve_connection(TokioIo::new(stream), service)
		.await;
	if let Err(e) = served {
		log::debug!(target: "gintonic::api", "connection ended: {e}");
	}
}
