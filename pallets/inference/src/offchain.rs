//! The offchain worker: on a miner node, hands the requests assigned to a local provider key
//! to the native miner service and submits what it returns as signed transactions.
//!
//! Every block, on every node, it looks for the miner service's URL in offchain local storage
//! ([`MINER_URL_KEY`], written by `gintonic-node --miner`) and for provider keys (`infr`) in the
//! keystore; without both it does nothing. Then, under one lock in offchain storage (so that
//! overlapping runs never handle a request twice), for each pending request of a local key:
//!
//! 1. not yet handed over: `POST /jobs` (the miner queues it and answers at once);
//! 2. handed over: `GET /jobs/{id}`; still running: nothing; done: submit `submit_result`,
//!    `reject_prompt` or `report_failure` signed by the provider key; unknown to the miner
//!    (it restarted and lost it): hand it over again;
//! 3. submitted but still pending [`RESUBMIT_AFTER`] blocks later (the transaction was dropped):
//!    collect and submit again.
//!
//! No step waits on a generation: each HTTP call has a deadline of [`HTTP_DEADLINE_MS`]. Nonces
//! come from the chain, or from the last one this worker used when that is ahead of the chain
//! (transactions still in the pool), so several results from one key never collide.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::pallet::{Call, Config, Pallet, PendingByProvider};
use alloc::{collections::BTreeMap, format, string::String, vec::Vec};
use codec::{Decode, Encode};
use frame_support::pallet_prelude::*;
use frame_system::{
	offchain::{AppCrypto, SubmitTransaction},
	pallet_prelude::BlockNumberFor,
};
use gintonic_primitives::{
	bounds::{MaxFailureReasonLen, MaxSealedRecordLen},
	miner::{JobOutcome, MinerJob, MINER_URL_KEY},
	ProviderRegistry, RecordFee, RequestId, TokenRate,
};
use sp_runtime::{
	offchain::{
		http,
		storage::StorageValueRef,
		storage_lock::{StorageLock, Time},
		Duration, StorageKind,
	},
	traits::{IdentifyAccount, One, SaturatedConversion, Saturating},
	RuntimeAppPublic,
};

/// Most requests one run hands over or collects: bounds a run's time.
pub const MAX_JOBS_PER_RUN: usize = 16;
/// Deadline of each HTTP call to the miner service.
pub const HTTP_DEADLINE_MS: u64 = 2_000;
/// Blocks after which a submitted result whose request is still pending is submitted again.
pub const RESUBMIT_AFTER: u32 = 10;

const JOBS_KEY: &[u8] = b"gintonic::jobs";
const JOBS_LOCK: &[u8] = b"gintonic::jobs-lock";
const NONCE_KEY: &[u8] = b"gintonic::nonce::";

/// Where one request stands between this worker and the miner.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, Debug)]
enum JobState {
	/// Handed to the miner at this block.
	Handed(u32),
	/// Its outcome was submitted at this block.
	Submitted(u32),
}

/// A local provider key and its account.
pub(crate) struct LocalProvider<T: Config> {
	pub(crate) public: T::Public,
	pub(crate) account: T::AccountId,
}

impl<T: Config> Pallet<T> {
	/// The worker's entry point, called from `offchain_worker`.
	pub(crate) fn serve_assigned(now: BlockNumberFor<T>) {
		let Some(miner) =
			sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, MINER_URL_KEY)
				.and_then(|url| String::from_utf8(url).ok())
		else {
			return;
		};
		let providers = Self::local_providers();
		if providers.is_empty() {
			return;
		}
		let mut lock = StorageLock::<Time>::with_deadline(JOBS_LOCK, Duration::from_millis(60_000));
		let Ok(_guard) = lock.try_lock() else {
			log::debug!(target: "gintonic::miner", "another offchain run holds the jobs lock");
			return;
		};
		let now: u32 = now.saturated_into();
		let store = StorageValueRef::persistent(JOBS_KEY);
		let mut jobs: BTreeMap<RequestId, JobState> =
			store.get().ok().flatten().unwrap_or_default();
		// Oldest first. Forget what is settled on chain; keep the state of what is pending.
		let mut pending: Vec<(RequestId, usize)> = providers
			.iter()
			.enumerate()
			.flat_map(|(index, p)| {
				PendingByProvider::<T>::iter_key_prefix(&p.account).map(move |id| (id, index))
			})
			.collect();
		pending.sort_unstable();
		jobs.retain(|id, _| pending.iter().any(|(pending_id, _)| pending_id == id));

		let mut handled = 0;
		for (id, index) in pending {
			if handled >= MAX_JOBS_PER_RUN {
				break;
			}
			let Some(provider) = providers.get(index) else { continue };
			let state = jobs.get(&id).copied();
			let next = match state {
				Some(JobState::Submitted(at)) if now.saturating_sub(at) < RESUBMIT_AFTER => {
					continue
				}
				Some(_) => Self::collect(&miner, id, provider, now),
				None => Self::hand_over(&miner, id, now),
			};
			handled = handled.saturating_add(1);
			match next {
				Some(state) => jobs.insert(id, state),
				None => jobs.remove(&id),
			};
		}
		store.set(&jobs);
		Self::record_interactions(&miner, &providers, now);
	}

	/// The keystore's `infr` keys, with their accounts.
	fn local_providers() -> Vec<LocalProvider<T>> {
		<T::AuthorityId as AppCrypto<T::Public, T::Signature>>::RuntimeAppPublic::all()
			.into_iter()
			.map(|key| {
				let generic: <T::AuthorityId as AppCrypto<T::Public, T::Signature>>::GenericPublic =
					key.into();
				let public: T::Public = generic.into();
				let account = public.clone().into_account();
				LocalProvider { public, account }
			})
			.collect()
	}

	/// `POST /jobs`: hands request `id` to the miner. `None` when it cannot be described
	/// (already settled) or the miner does not answer, so the next run tries again.
	fn hand_over(miner: &str, id: RequestId, now: u32) -> Option<JobState> {
		let job = Self::job(id)?;
		let url = format!("{miner}/jobs");
		match http_call(http::Request::post(&url, alloc::vec![job.encode()])) {
			Some((200..=299 | 409, _)) => Some(JobState::Handed(now)),
			other => {
				log::warn!(target: "gintonic::miner", "request {id}: miner refused the job: {:?}", other.map(|(code, _)| code));
				None
			}
		}
	}

	/// `GET /jobs/{id}`: submits the outcome when the miner has one.
	fn collect(
		miner: &str,
		id: RequestId,
		provider: &LocalProvider<T>,
		now: u32,
	) -> Option<JobState> {
		let url = format!("{miner}/jobs/{id}");
		match http_call(http::Request::get(&url)) {
			Some((200, body)) => {
				let Ok(outcome) = JobOutcome::decode(&mut &body[..]) else {
					log::warn!(target: "gintonic::miner", "request {id}: undecodable outcome");
					return Some(JobState::Handed(now));
				};
				if Self::submit(id, outcome, provider) {
					Some(JobState::Submitted(now))
				} else {
					Some(JobState::Handed(now))
				}
			}
			Some((404, _)) => Self::hand_over(miner, id, now),
			// Running, or the miner is down for now: ask again next block.
			_ => Some(JobState::Handed(now)),
		}
	}

	/// What the miner needs of request `id`, while it is pending.
	fn job(id: RequestId) -> Option<MinerJob> {
		let request = crate::Requests::<T>::get(id)?;
		let sealed_prompt = crate::Prompts::<T>::get(id)?.into_inner();
		let provider_terms = T::Providers::terms_for(&request.provider, &request.model);
		Some(MinerJob {
			id,
			sender: account_bytes::<T>(&request.sender)?,
			provider: account_bytes::<T>(&request.provider)?,
			encryption_key: provider_terms.map(|terms| terms.encryption_key).unwrap_or_default(),
			model: request.model,
			params: request.params,
			rate: TokenRate {
				price_per_hour: request.rate.price_per_hour.saturated_into(),
				gpu_count: request.rate.gpu_count,
				throughput: request.rate.throughput,
			},
			max_payment: request.max_payment.saturated_into(),
			record_fee: RecordFee {
				base: T::RecordBaseFee::get().saturated_into(),
				per_byte: T::RecordByteFee::get().saturated_into(),
			},
			sealed_prompt,
		})
	}

	/// Signs and submits the call that settles request `id` with `outcome`.
	fn submit(id: RequestId, outcome: JobOutcome, provider: &LocalProvider<T>) -> bool {
		let call = match outcome {
			JobOutcome::Completed { result_hash, sealed_record, usage } => {
				match BoundedVec::<u8, MaxSealedRecordLen>::try_from(sealed_record) {
					Ok(sealed_metadata) => {
						Call::submit_result { id, result_hash, sealed_metadata, usage }
					}
					Err(_) => Call::report_failure {
						id,
						reason: reason(b"the sealed record exceeds the chain's bound"),
					},
				}
			}
			JobOutcome::Rejected { reason: why } => {
				Call::reject_prompt { id, reason: reason(&why) }
			}
			JobOutcome::Failed { reason: why } => Call::report_failure { id, reason: reason(&why) },
		};
		Self::submit_signed(call, provider, &format!("request {id}"))
	}

	/// Signs `call` with the provider's key at its next nonce and puts it in the pool.
	pub(crate) fn submit_signed(call: Call<T>, provider: &LocalProvider<T>, what: &str) -> bool {
		let nonce = Self::next_nonce(&provider.account);
		let Some(transaction) = T::create_signed_transaction::<T::AuthorityId>(
			call.into(),
			provider.public.clone(),
			provider.account.clone(),
			nonce,
		) else {
			log::warn!(target: "gintonic::miner", "{what}: the provider key could not sign");
			return false;
		};
		if SubmitTransaction::<T, Call<T>>::submit_transaction(transaction).is_err() {
			log::warn!(target: "gintonic::miner", "{what}: the pool refused the transaction");
			return false;
		}
		Self::note_nonce_used(&provider.account, nonce);
		true
	}

	/// The nonce for `account`'s next transaction: the chain's, or one past the last this
	/// worker used when that is ahead (its transactions still wait in the pool) and recent.
	fn next_nonce(account: &T::AccountId) -> T::Nonce {
		let chain = frame_system::Pallet::<T>::account_nonce(account);
		let key = nonce_key::<T>(account);
		let now: u32 = frame_system::Pallet::<T>::block_number().saturated_into();
		match StorageValueRef::persistent(&key).get::<(T::Nonce, u32)>() {
			Ok(Some((used, at))) if used >= chain && now.saturating_sub(at) < RESUBMIT_AFTER => {
				used.saturating_add(One::one())
			}
			_ => chain,
		}
	}

	fn note_nonce_used(account: &T::AccountId, nonce: T::Nonce) {
		let now: u32 = frame_system::Pallet::<T>::block_number().saturated_into();
		StorageValueRef::persistent(&nonce_key::<T>(account)).set(&(nonce, now));
	}
}

/// The account's 32 bytes (the chain's accounts are 32-byte public keys).
fn account_bytes<T: Config>(account: &T::AccountId) -> Option<[u8; 32]> {
	<[u8; 32]>::decode(&mut &account.encode()[..]).ok()
}

fn nonce_key<T: Config>(account: &T::AccountId) -> Vec<u8> {
	let mut key = NONCE_KEY.to_vec();
	account.encode_to(&mut key);
	key
}

/// A failure reason, cut to the chain's bound.
fn reason(text: &[u8]) -> BoundedVec<u8, MaxFailureReasonLen> {
	BoundedVec::truncate_from(text.to_vec())
}

/// Sends `request` with the deadline; the status code and body, or `None` on any error.
pub(crate) fn http_call<Chunk: AsRef<[u8]>, Body: Default + IntoIterator<Item = Chunk>>(
	request: http::Request<'_, Body>,
) -> Option<(u16, Vec<u8>)> {
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(HTTP_DEADLINE_MS));
	let pending = request.deadline(deadline).send().ok()?;
	let response = pending.try_wait(deadline).ok()?.ok()?;
	Some((response.code, response.body().collect()))
}
