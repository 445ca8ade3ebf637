//! Reading the methods' parameters: accounts, model ids, block hashes and page limits, each
//! with an `Invalid params` error that says what was wrong.

use super::error::invalid_params;
use gintonic_primitives::{
	bounds::{MAX_GPU_MODEL_LEN, MAX_PAGE_SIZE},
	HardwareWishes, ModelId,
};
use gintonic_runtime::{opaque::Block, AccountId, Balance};
use jsonrpsee::types::ErrorObjectOwned;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::Ss58Codec;
use sp_runtime::traits::Block as BlockT;
use sp_runtime::BoundedVec;

/// Bytes from `0x` + exactly `2 * N` hex digits.
fn hex_array<const N: usize>(text: &str) -> Option<[u8; N]> {
	let digits = text.strip_prefix("0x")?;
	let mut bytes = [0u8; N];
	hex::decode_to_slice(digits, &mut bytes).ok()?;
	Some(bytes)
}

/// An account from an SS58 address (any network prefix) or `0x` + 64 hex digits.
pub fn account(text: &str) -> Result<AccountId, ErrorObjectOwned> {
	if let Some(bytes) = hex_array::<32>(text) {
		return Ok(AccountId::from(bytes));
	}
	AccountId::from_ss58check_with_version(text).map(|(account, _)| account).map_err(|error| {
		invalid_params(format!(
			"bad address {text:?}: expected SS58 or 0x and 64 hex digits ({error:?})"
		))
	})
}

/// A model id: `0x` + 64 hex digits.
pub fn model_id(text: &str) -> Result<ModelId, ErrorObjectOwned> {
	hex_array::<32>(text).map(ModelId::from).ok_or_else(|| {
		invalid_params(format!("bad model id {text:?}: expected 0x and 64 hex digits"))
	})
}

/// A 32-byte hash (an interaction digest, a permit id): `0x` + 64 hex digits.
pub fn hash(text: &str) -> Result<sp_core::H256, ErrorObjectOwned> {
	hex_array::<32>(text)
		.map(sp_core::H256::from)
		.ok_or_else(|| invalid_params(format!("bad hash {text:?}: expected 0x and 64 hex digits")))
}

/// Hardware wishes as a dApp sends them: `{ gpuModel?, minGpuMemoryGib?, maxPricePerHour? }`,
/// the price as a decimal string or a number.
#[derive(serde::Deserialize, Default, Debug)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WishesParam {
	gpu_model: Option<String>,
	min_gpu_memory_gib: Option<u32>,
	max_price_per_hour: Option<serde_json::Value>,
}

/// The runtime's wishes from `param`; a too-long GPU name or a bad price is refused.
pub fn wishes(param: Option<WishesParam>) -> Result<HardwareWishes<Balance>, ErrorObjectOwned> {
	let param = param.unwrap_or_default();
	let gpu_model = param
		.gpu_model
		.map(|name| {
			BoundedVec::try_from(name.into_bytes()).map_err(|_| {
				invalid_params(format!("gpuModel longer than {MAX_GPU_MODEL_LEN} bytes"))
			})
		})
		.transpose()?;
	let max_price_per_hour = param
		.max_price_per_hour
		.map(|price| {
			let text = match &price {
				serde_json::Value::String(text) => text.clone(),
				other => other.to_string(),
			};
			text.parse::<Balance>().map_err(|_| {
				invalid_params(format!("bad maxPricePerHour {price}: expected a whole amount"))
			})
		})
		.transpose()?;
	Ok(HardwareWishes {
		gpu_model,
		min_gpu_memory_gib: param.min_gpu_memory_gib,
		max_price_per_hour,
	})
}

/// The page size: `MAX_PAGE_SIZE` when absent; zero or more than `MAX_PAGE_SIZE` is refused.
pub fn limit(limit: Option<u32>) -> Result<u32, ErrorObjectOwned> {
	match limit {
		None => Ok(MAX_PAGE_SIZE),
		Some(0) => Err(invalid_params("limit must be at least 1")),
		Some(n) if n > MAX_PAGE_SIZE => {
			Err(invalid_params(format!("page too large: limit {n} exceeds {MAX_PAGE_SIZE}")))
		}
		Some(n) => Ok(n),
	}
}

/// The block to read at: the given hash, or the best block.
pub fn at<C: HeaderBackend<Block>>(
	client: &C,
	at: Option<<Block as BlockT>::Hash>,
) -> <Block as BlockT>::Hash {
	at.unwrap_or_else(|| client.info().best_hash)
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_keyring::Sr25519Keyring;

	#[test]
	fn accounts_parse_from_ss58_and_hex_and_bad_ones_are_refused() {
		let alice = Sr25519Keyring::Alice.to_account_id();
		assert_eq!(account(&alice.to_ss58check()), Ok(alice.clone()));
		assert_eq!(account(&format!("0x{}", hex::encode(alice.as_ref() as &[u8]))), Ok(alice));
		for bad in ["", "5Grw", "0x1234", "not an address", "0xzz"] {
			let error = account(bad).expect_err(bad);
			assert_eq!(error.code(), super::super::error::INVALID_PARAMS);
			assert!(error.message().contains("bad address"), "{}", error.message());
		}
	}

	#[test]
	fn wishes_parse_and_bad_ones_are_refused() {
		let parse = |json: &str| wishes(serde_json::from_str(json).expect("json"));
		assert_eq!(parse("null"), Ok(HardwareWishes::default()));
		let full =
			parse(r#"{"gpuModel":"NVIDIA H100","minGpuMemoryGib":80,"maxPricePerHour":"5"}"#)
				.expect("valid wishes");
		assert_eq!(full.gpu_model.map(|m| m.into_inner()), Some(b"NVIDIA H100".to_vec()));
		assert_eq!((full.min_gpu_memory_gib, full.max_price_per_hour), (Some(80), Some(5)));
		assert_eq!(parse(r#"{"maxPricePerHour":7}"#).map(|w| w.max_price_per_hour), Ok(Some(7)));
		for bad in [r#"{"maxPricePerHour":"-1"}"#, r#"{"maxPricePerHour":1.5}"#] {
			assert!(parse(bad).is_err(), "{bad}");
		}
		let long = format!(r#"{{"gpuModel":"{}"}}"#, "G".repeat(65));
		assert!(parse(&long).is_err());
		assert!(serde_json::from_str::<Option<WishesParam>>(r#"{"gpu":"x"}"#).is_err());
	}

	#[test]
	fn model_ids_need_32_bytes_of_hex() {
		assert_eq!(model_id(&format!("0x{}", "ab".repeat(32))), Ok(ModelId::repeat_byte(0xab)));
		assert!(model_id(&"ab".repeat(32)).is_err());
		assert!(model_id(&format!("0x{}", "ab".repeat(31))).is_err());
	}

	#[test]
	fn limits_default_to_the_page_size_and_refuse_zero_and_too_large() {
		assert_eq!(limit(None), Ok(MAX_PAGE_SIZE));
		assert_eq!(limit(Some(1)), Ok(1));
		assert_eq!(limit(Some(MAX_PAGE_SIZE)), Ok(MAX_PAGE_SIZE));
		assert!(limit(Some(0)).is_err());
		let error = limit(Some(MAX_PAGE_SIZE + 1)).expect_err("too large");
		assert!(error.message().contains("page too large"));
	}
}
