//! The JSON-RPC errors of Gintonic's methods. Bad parameters use JSON-RPC's own
//! `-32602 Invalid params`; the rest have codes of their own.

use jsonrpsee::types::ErrorObjectOwned;

/// A parameter could not be read: malformed address or id, page too large (JSON-RPC's code).
pub const INVALID_PARAMS: i32 = -32602;
/// The thing asked for does not exist at the block asked about.
pub const NOT_FOUND: i32 = 4004;
/// The runtime could not answer (unknown block, runtime API missing or failing).
pub const RUNTIME_ERROR: i32 = 5000;

/// `-32602`, with what was wrong.
pub fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMS, message.into(), None::<()>)
}

/// `4004`, naming what was not found.
pub fn not_found(what: impl Into<String>) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(NOT_FOUND, format!("not found: {}", what.into()), None::<()>)
}

/// `5000`, with the runtime's error.
pub fn runtime_error(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, format!("runtime API call failed: {error}"), None::<()>)
}
