//! What the runtime's offchain worker and the node's native miner service say to each other
//! over loopback HTTP (SCALE bodies), and the keystore key type of a provider.
//!
//! - `POST {miner}/jobs` with a [`MinerJob`]: the miner queues it and answers at once
//!   (`202 Accepted`), or `409` when it already has this very job (same [`job_digest`]).
//! - `GET {miner}/jobs/{id}/{digest}` (the digest in lowercase hex): `202` while it runs,
//!   `200` with a [`JobAnswer`] when done, `404` when the miner does not know this job (e.g.
//!   after a restart that lost it, or a job of that id with other contents).
//! - `POST {miner}/jobs/forget` with a `Vec<(RequestId, JobDigest)>`: the chain has settled
//!   these requests; the miner forgets their outcomes (memory and disk).
//! - `GET {miner}/interactions`: `200` with the oldest queued API and chat interactions to
//!   record, a `Vec<`[`QueuedInteraction`]`>` of at most [`MAX_INTERACTIONS_PER_POLL`].
//! - `POST {miner}/interactions/done` with a `Vec<ContentHash>` of their request hashes: the
//!   chain has them; the miner forgets them.
//! - `POST {miner}/interactions/refused` with a `Vec<(ContentHash, Vec<u8>)>` of request hashes
//!   and the chain's reasons (the error's name): the chain would refuse them; the miner keeps
//!   them apart as the provider's loss and serves their API keys no more.
//!
//! Every call carries `Authorization: Bearer {secret}` ([`MINER_SECRET_KEY`], [`bearer`]) and
//! a loopback `Host`; the miner answers `401` to a call without the secret and `403` to
//! another `Host` (a web page reaching the port by DNS rebinding), and changes nothing.
//!
//! The offchain worker owns the chain logic (which requests, locks, signing, nonces); the
//! miner owns the heavy work (unsealing with the provider's key, the engine, sealing the
//! record). Neither ever waits on the other inside one block.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{ContentHash, ModelId, RecordFee, RequestId, SamplingParams, TokenRate, Usage};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use sp_core::crypto::KeyTypeId;

/// Keystore key type of a provider's key (`infr`): the sr25519 account key that signs its
/// results, which is also the encryption key prompts are sealed to.
pub const KEY_TYPE: KeyTypeId = KeyTypeId(*b"infr");

/// Offchain local storage key (persistent) under which a miner node writes its service's
/// base URL, e.g. `http://127.0.0.1:37123`; the offchain worker serves nothing without it.
pub const MINER_URL_KEY: &[u8] = b"gintonic::miner-url";

/// Offchain local storage key (persistent) under which a miner node writes, at each start,
/// the 32 random bytes that every call to its miner service must carry ([`bearer`]): only the
/// node's own offchain worker reads it, so another local process (or a web page) cannot steer
/// the miner, read its queue or mark earned interactions recorded.
pub const MINER_SECRET_KEY: &[u8] = b"gintonic::miner-secret";

/// The `Authorization` header value for `secret`: `Bearer ` and its lowercase hex.
pub fn bearer(secret: &[u8]) -> Vec<u8> {
	let mut value = alloc::string::String::from("Bearer ");
	value.push_str(&lower_hex(secret));
	value.into_bytes()
}

/// The path of job `(id, digest)`'s status: `/jobs/{id}/{digest in lowercase hex}`.
pub fn job_path(id: RequestId, digest: &JobDigest) -> alloc::string::String {
	alloc::format!("/jobs/{id}/{}", lower_hex(digest))
}

fn lower_hex(bytes: &[u8]) -> alloc::string::String {
	bytes.iter().map(|byte| alloc::format!("{byte:02x}")).collect()
}

/// A job's identity: `blake2_256` of its SCALE encoding. A request id alone is not one: a
/// purged or another chain reuses ids, and an outcome is only ever submitted for the very job
/// it answers.
pub type JobDigest = [u8; 32];

/// The [`JobDigest`] of `job`.
pub fn job_digest(job: &MinerJob) -> JobDigest {
	sp_io::hashing::blake2_256(&job.encode())
}

/// What `GET /jobs/{id}/{digest}` answers when done: the digest of the job it answers (the
/// worker submits nothing for another) and the outcome.
pub type JobAnswer = (JobDigest, JobOutcome);

/// Most interactions one `GET /interactions` returns, so most the offchain worker submits per
/// block: about 10 a second at 6 s blocks, which bounds how fast API calls are recorded (the
/// queue absorbs bursts).
pub const MAX_INTERACTIONS_PER_POLL: u32 = 64;

/// An interaction the miner served through its API and queued (on disk) for recording:
/// the provider that served it, and `record_interaction`'s arguments.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct QueuedInteraction<AccountId, Signature, Balance, BlockNumber> {
	/// The provider account that submits it (a local `infr` key).
	pub provider: AccountId,
	/// What to record.
	pub interaction: crate::interaction::Interaction<AccountId, Signature, Balance, BlockNumber>,
}

/// One request handed to the miner.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub struct MinerJob {
	/// The request.
	pub id: RequestId,
	/// Who asked, as 32 raw bytes (the record is sealed to this key).
	pub sender: [u8; 32],
	/// The assigned provider's account, as 32 raw bytes.
	pub provider: [u8; 32],
	/// The provider's encryption key (the record is sealed to it too).
	pub encryption_key: [u8; 32],
	/// The model asked for.
	pub model: ModelId,
	/// Sampling parameters.
	pub params: SamplingParams,
	/// The provider's terms the request was assigned at, which pay it.
	pub rate: TokenRate<u128>,
	/// The escrow: the most the request pays, record and tokens together.
	pub max_payment: u128,
	/// The chain's price of the record's storage, paid from the escrow first.
	pub record_fee: RecordFee<u128>,
	/// The sealed prompt.
	pub sealed_prompt: Vec<u8>,
}

/// How the miner finished a job: what the offchain worker submits.
#[derive(Clone, PartialEq, Eq, Encode, Decode, TypeInfo, Debug)]
pub enum JobOutcome {
	/// Served: submit `submit_result`.
	Completed {
		/// `blake2_256` of the SCALE-encoded plaintext record metadata.
		result_hash: ContentHash,
		/// The metadata sealed to the sender and the provider.
		sealed_record: Vec<u8>,
		/// The token counts the payment is for.
		usage: Usage,
	},
	/// The prompt does not open with the provider's key or is not the chat JSON: the
	/// sender's fault, submit `reject_prompt`.
	Rejected {
		/// Why, as UTF-8.
		reason: Vec<u8>,
	},
	/// The miner could not serve it (unknown model, engine error, out of memory): submit
	/// `report_failure`.
	Failed {
		/// Why, as UTF-8.
		reason: Vec<u8>,
	},
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn the_bearer_value_is_the_secret_in_lowercase_hex() {
		assert_eq!(bearer(&[0x00, 0xab, 0x7f]), b"Bearer 00ab7f".to_vec());
	}

	#[test]
	fn a_job_path_names_the_id_and_the_digest() {
		let mut digest = [0u8; 32];
		digest[0] = 0xfe;
		assert_eq!(job_path(12, &digest), alloc::format!("/jobs/12/fe{}", "00".repeat(31)));
	}
}
