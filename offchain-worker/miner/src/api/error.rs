//! OpenAI's error object (`{"error":{"message","type","param","code"}}`) with its status codes.
//! A spent allowance is 402, not 429: OpenAI's SDKs retry 429 on their own, and retrying cannot
//! refill an allowance.

use axum::{
	http::{header, HeaderValue, StatusCode},
	response::{IntoResponse, Response},
	Json,
};
use serde_json::json;

/// An error answer.
#[derive(Debug)]
pub struct ApiError {
	status: StatusCode,
	kind: &'static str,
	code: &'static str,
	message: String,
	param: Option<&'static str>,
	retry_after: Option<u32>,
}

impl ApiError {
	fn new(status: StatusCode, kind: &'static str, code: &'static str, message: String) -> Self {
		Self { status, kind, code, message, param: None, retry_after: None }
	}

	/// 400: the request is malformed or a value is out of range.
	pub fn bad_request(message: impl Into<String>) -> Self {
		Self::new(
			StatusCode::BAD_REQUEST,
			"invalid_request_error",
			"invalid_request",
			message.into(),
		)
	}

	/// 408: the request's body did not arrive in time.
	pub fn body_timeout(message: impl Into<String>) -> Self {
		Self::new(StatusCode::REQUEST_TIMEOUT, "invalid_request_error", "timeout", message.into())
	}

	/// 413: the request's body passes the bound.
	pub fn too_large(message: impl Into<String>) -> Self {
		Self::new(
			StatusCode::PAYLOAD_TOO_LARGE,
			"invalid_request_error",
			"request_too_large",
			message.into(),
		)
	}

	/// 400 naming the field at fault.
	pub fn bad_param(param: &'static str, message: impl Into<String>) -> Self {
		Self { param: Some(param), ..Self::bad_request(message) }
	}

	/// 400: the prompt does not fit the model's context.
	pub fn context_length(message: impl Into<String>) -> Self {
		Self {
			param: Some("messages"),
			..Self::new(
				StatusCode::BAD_REQUEST,
				"invalid_request_error",
				"context_length_exceeded",
				message.into(),
			)
		}
	}

	/// 401: no key, or one that is not valid here.
	pub fn unauthorized(message: impl Into<String>) -> Self {
		Self::new(
			StatusCode::UNAUTHORIZED,
			"invalid_request_error",
			"invalid_api_key",
			message.into(),
		)
	}

	/// 402: the permit's allowance is spent, or the account cannot pay.
	pub fn payment_required(code: &'static str, message: impl Into<String>) -> Self {
		Self::new(StatusCode::PAYMENT_REQUIRED, "insufficient_quota", code, message.into())
	}

	/// 404: no such model here.
	pub fn unknown_model(model: &str) -> Self {
		Self {
			param: Some("model"),
			..Self::new(
				StatusCode::NOT_FOUND,
				"invalid_request_error",
				"model_not_found",
				format!("the model {model:?} is not served here: see GET /v1/models"),
			)
		}
	}

	/// 503 with `Retry-After`: the miner is saturated, or cannot serve for now.
	pub fn unavailable(message: impl Into<String>, retry_after: u32) -> Self {
		Self {
			retry_after: Some(retry_after),
			..Self::new(
				StatusCode::SERVICE_UNAVAILABLE,
				"server_error",
				"overloaded",
				message.into(),
			)
		}
	}

	/// 500: the engine failed.
	pub fn internal(message: impl Into<String>) -> Self {
		Self::new(StatusCode::INTERNAL_SERVER_ERROR, "server_error", "engine_error", message.into())
	}

	/// The status code.
	pub fn status(&self) -> StatusCode {
		self.status
	}

	/// The message.
	pub fn message(&self) -> &str {
		&self.message
	}

	/// The error object as JSON.
	pub fn body(&self) -> serde_json::Value {
		json!({ "error": {
			"message": self.message,
			"type": self.kind,
			"param": self.param,
			"code": self.code,
		}})
	}
}

impl IntoResponse for ApiError {
	fn into_response(self) -> Response {
		let mut response = (self.status, Json(self.body())).into_response();
		if let Some(seconds) = self.retry_after {
			response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
		}
		response
	}
}
