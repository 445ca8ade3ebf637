//! The chat page: static files compiled into the binary, so a miner serves it with nothing to
//! install. The same files work served from anywhere against any miner's API (the API allows
//! cross-origin calls). The page is ES modules with no build step: `@gintonic/client`
//! (`clients/js/src`, every wire format) under `/client/`, and under `/vendor/` the
//! `@polkadot/util`, `@polkadot/util-crypto` and `@polkadot/types` browser bundles from npm
//! (versions in `static/vendor/README.md`) with their ES module faces (`clients/js/browser`).

use super::Api;
use axum::{http::header, response::IntoResponse, routing::get, Router};
use std::sync::Arc;

const HTML: &str = "text/html; charset=utf-8";
const JS: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

/// `(path, content type, bytes)` of a file of the page, `static/` or the client package's.
macro_rules! file {
	($path:literal, $type:expr, static $file:literal) => {
		($path, $type, include_bytes!(concat!("../../static/", $file)) as &[u8])
	};
	($path:literal, client $file:literal) => {
		($path, JS, include_bytes!(concat!("../../../../clients/js/", $file)) as &[u8])
	};
}

/// Every file the page needs.
const FILES: &[(&str, &str, &[u8])] = &[
	file!("/", HTML, static "index.html"),
	file!("/chat.js", JS, static "chat.js"),
	file!("/chat.css", CSS, static "chat.css"),
	file!("/vendor/bundle-polkadot-util.js", JS, static "vendor/bundle-polkadot-util.js"),
	file!("/vendor/bundle-polkadot-util-crypto.js", JS, static "vendor/bundle-polkadot-util-crypto.js"),
	file!("/vendor/bundle-polkadot-types.js", JS, static "vendor/bundle-polkadot-types.js"),
	file!("/vendor/polkadot-util.js", client "browser/polkadot-util.js"),
	file!("/vendor/polkadot-util-crypto.js", client "browser/polkadot-util-crypto.js"),
	file!("/vendor/polkadot-types.js", client "browser/polkadot-types.js"),
	file!("/client/index.js", client "src/index.js"),
	file!("/client/encoding.js", client "src/encoding.js"),
	file!("/client/interaction.js", client "src/interaction.js"),
	file!("/client/keys.js", client "src/keys.js"),
	file!("/client/permit.js", client "src/permit.js"),
	file!("/client/provider.js", client "src/provider.js"),
	file!("/client/record.js", client "src/record.js"),
	file!("/client/scale.js", client "src/scale.js"),
	file!("/client/seal.js", client "src/seal.js"),
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

#[cfg(test)]
mod tests {
	use super::FILES;

	/// Every module of the client package is served: the page imports them by relative path.
	#[test]
	fn every_client_module_is_served() {
		// Read when the test runs (cargo and nextest set it): a test binary built in another
		// checkout sharing the target folder must not read that checkout's files.
		let manifest = std::env::var("CARGO_MANIFEST_DIR")
			.unwrap_or_else(|_| env!("CARGO_MANIFEST_DIR").to_owned());
		let dir = format!("{manifest}/../../clients/js/src");
		let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
		for entry in entries.flatten() {
			let name = entry.file_name().to_string_lossy().into_owned();
			if name.ends_with(".js") {
				let path = format!("/client/{name}");
				assert!(FILES.iter().any(|(served, ..)| *served == path), "{path} is not served");
			}
		}
	}
}
