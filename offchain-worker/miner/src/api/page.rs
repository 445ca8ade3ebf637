//! The chat page: static files compiled into the binary, so a miner serves it with nothing to
//! install. The same files work opened from a local copy against any miner's API (the API
//! allows cross-origin calls). Vendored: the `@polkadot/util` and `@polkadot/util-crypto`
//! 14.0.3 browser bundles from npm (`bundle-polkadot-util*.js`), with which the page signs
//! API keys and opens records in the browser, with the account's key.

use super::Api;
use axum::{http::header, response::IntoResponse, routing::get, Router};
use std::sync::Arc;

/// `(path, content type, bytes)` of every file the page needs.
const FILES: &[(&str, &str, &[u8])] = &[
	("/", "text/html; charset=utf-8", include_bytes!("../../static/index.html")),
	("/chat.js", "text/javascript; charset=utf-8", include_bytes!("../../static/chat.js")),
	("/chat.css", "text/css; charset=utf-8", include_bytes!("../../static/chat.css")),
	(
		"/vendor/bundle-polkadot-util.js",
		"text/javascript; charset=utf-8",
		include_bytes!("../../static/vendor/bundle-polkadot-util.js"),
	),
	(
		"/vendor/bundle-polkadot-util-crypto.js",
		"text/javascript; charset=utf-8",
		include_bytes!("../../static/vendor/bundle-polkadot-util-crypto.js"),
	),
];

/// A route for each file.
pub fn routes() -> Router<Arc<Api>> {
	FILES.iter().fold(Router::new(), |router, (path, content_type, bytes)| {
		router.route(
			path,
			get(move || async move {
				([(header::CONTENT_TYPE, *content_type)], *bytes).into_response()
			}),
		)
	})
}
