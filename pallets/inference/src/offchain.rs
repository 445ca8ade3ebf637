//! The offchain worker: on a miner node, hands the requests assigned to a local provider key
//! to the native miner service and submits what it returns as signed transactions.
//!
//! Every block, on every node, it looks for the miner service's URL and secret in offchain local
//! storage ([`MINER_URL_KEY`], [`MINER_SECRET_KEY`], written by `gintonic-node --miner`) and for
//! provider keys (`infr`) in the keystore; without both it does nothing. Then, under one lock in
//! offchain storage (so that overlapping runs never handle a request twice):
//!
//! 1. the requests the chain settled since: the miner forgets their outcomes
//!    (`POST /jobs/forget`), so its memory holds only what is pending;
//! 2. each pending request of a local key, oldest first, not yet handed over: `POST /jobs` (the
//!    miner queues it and answers at once);
//! 3. handed over: `GET /jobs/{id}/{digest}`; still running: nothing; done: submit
//!    `submit_result`, `reject_prompt` or `report_failure` signed by the provider key, after
//!    checking the answer is for this very job; unknown to the miner (it restarted and lost
//!    it), or the request under this id is another job now: hand it over again;
//! 4. submitted but still pending [`RESUBMIT_AFTER`] blocks later (the transaction was dropped):
//!    collect and submit again.
//!
//! No step waits on a generation: each HTTP call has a deadline of [`HTTP_DEADLINE_MS`], and a
//! run ends at the first call the miner does not answer. Nonces come from the chain, or from
//! the last one this worker used when that is ahead of the chain (transactions still in the
//! pool), so several results from one key never collide; a nonce the chain does not take for
//! [`NONCE_STALL_AFTER`] blocks is signed again.

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
	miner::{
		bearer, job_digest, job_path, JobAnswer, JobDigest, JobOutcome, MinerJob, MINER_SECRET_KEY,
		MINER_URL_KEY,
	},
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

/// Most hand-overs and submissions one run makes (polls of running jobs are not counted: 16
/// long jobs never keep the rest from being handed over): bounds a run's time.
pub const MAX_JOBS_PER_RUN: usize = 16;
/// Deadline of each HTTP call to the miner service.
pub const HTTP_DEADLINE_MS: u64 = 2_000;
/// Time one run may spend on requests, well within the jobs lock's 60 s: a slow miner service
/// ends the run early rather than let the next block's run overlap it.
pub const RUN_BUDGET_MS: u64 = 20_000;
/// Blocks after which a submitted result whose request is still pending is submitted again.
pub const RESUBMIT_AFTER: u32 = 10;
/// Blocks the chain's nonce of a provider may stay put while this worker has transactions
/// ahead of it before the worker takes them for lost (a node restart empties the pool, the
/// pool evicts): it then signs again from the chain's nonce, and submits again every outcome
/// still pending. A transaction that was only slow makes the pool refuse its replacement,
/// which costs nothing.
pub const NONCE_STALL_AFTER: u32 = 3;

const JOBS_KEY: &[u8] = b"gintonic::jobs/v2";
const JOBS_LOCK: &[u8] = b"gintonic::jobs-lock";
const NONCE_KEY: &[u8] = b"gintonic::nonce/v2::";

/// Where one request stands between this worker and the miner: the job's digest (the miner
/// answers by id and digest) and since which block.
#[derive(Clone, Copy, PartialEq, Eq, Encode, Decode, Debug)]
enum JobState {
	/// Handed to the miner at this block.
	Handed { at: u32, digest: JobDigest },
	/// Its outcome was submitted at this block.
	Submitted { at: u32, digest: JobDigest },
}

impl JobState {
	fn digest(&self) -> JobDigest {
		match self {
			Self::Handed { digest, .. } | Self::Submitted { digest, .. } => *digest,
		}
	}
}

/// What one step with one request did.
enum Step {
	/// Asked the miner; nothing to do yet (it runs, or its answer was unusable): a loopback
	/// call, not counted.
	Waited(JobState),
	/// Handed the job over or submitted its outcome: counted against [`MAX_JOBS_PER_RUN`].
	Acted(JobState),
	/// Nothing kept: the next run starts this request over (hands it over again).
	Again,
	/// The miner does not answer: end this run, keep the state.
	Unreachable,
}

/// The local miner service: its URL and the `Authorization` value every call carries.
pub(crate) struct MinerService {
	url: String,
	authorization: String,
}

impl MinerService {
	/// The miner service that `gintonic-node --miner` announced in offchain local storage.
	fn announced() -> Option<Self> {
		let read = |key| sp_io::offchain::local_storage_get(StorageKind::PERSISTENT, key);
		let url = String::from_utf8(read(MINER_URL_KEY)?).ok()?;
		let authorization = String::from_utf8(bearer(&read(MINER_SECRET_KEY)?)).ok()?;
		Some(Self { url, authorization })
	}

	/// `GET {url}{path}`.
	pub(crate) fn get(&self, path: &str) -> Option<(u16, Vec<u8>)> {
		let url = format!("{}{path}", self.url);
		http_call(http::Request::get(&url).add_header("Authorization", &self.authorization))
	}

	/// `POST {url}{path}` with `body`.
	pub(crate) fn post(&self, path: &str, body: Vec<u8>) -> Option<(u16, Vec<u8>)> {
		let url = format!("{}{path}", self.url);
		let request = http::Request::post(&url, alloc::vec![body]);
		http_call(request.add_header("Authorization", &self.authorization))
	}
}

/// A local provider key and its account.
pub(crate) struct LocalProvider<T: Config> {
	pub(crate) public: T::Public,
	pub(crate) account: T::AccountId,
}

impl<T: Config> Pallet<T> {
	/// The worker's entry point, called from `offchain_worker`.
	pub(crate) fn serve_assigned(now: BlockNumberFor<T>) {
		let Some(miner) = MinerService::announced() else { return };
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
		// Oldest first.
		let mut pending: Vec<(RequestId, usize)> = providers
			.iter()
			.enumerate()
			.flat_map(|(index, p)| {
				PendingByProvider::<T>::iter_key_prefix(&p.account).map(move |id| (id, index))
			})
			.collect();
		pending.sort_unstable();
		// What the chain settled: the miner forgets its outcome, then this worker its state.
		let settled: Vec<(RequestId, JobDigest)> = jobs
			.iter()
			.filter(|(id, _)| pending.binary_search_by_key(*id, |(pending, _)| *pending).is_err())
			.map(|(id, state)| (*id, state.digest()))
			.collect();
		if !settled.is_empty()
			&& matches!(miner.post("/jobs/forget", settled.encode()), Some((200, _)))
		{
			for (id, _) in &settled {
				jobs.remove(id);
			}
		}

		// A provider whose transactions stopped landing: what it submitted is submitted again.
		let stalled: Vec<bool> =
			providers.iter().map(|p| Self::nonce_stalled(&p.account, now)).collect();
		let mut acted = 0;
		let run_ends = sp_io::offchain::timestamp().add(Duration::from_millis(RUN_BUDGET_MS));
		for (id, index) in pending {
			if acted >= MAX_JOBS_PER_RUN || sp_io::offchain::timestamp() >= run_ends {
				break;
			}
			let Some(provider) = providers.get(index) else { continue };
			let step = match jobs.get(&id).copied() {
				Some(JobState::Submitted { at, .. })
					if now.saturating_sub(at) < RESUBMIT_AFTER
						&& !stalled.get(index).copied().unwrap_or_default() =>
				{
					continue
				}
				Some(state) => Self::collect(&miner, id, state, provider, now),
				None => Self::hand_over(&miner, id, now),
			};
			match step {
				Step::Waited(state) => {
					jobs.insert(id, state);
				}
				Step::Acted(state) => {
					acted = acted.saturating_add(1);
					jobs.insert(id, state);
				}
				Step::Again => {
					jobs.remove(&id);
				}
				Step::Unreachable => break,
			}
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

	/// `POST /jobs`: hands request `id` to the miner.
	fn hand_over(miner: &MinerService, id: RequestId, now: u32) -> Step {
		let Some(job) = Self::job(id) else { return Step::Again };
		let digest = job_digest(&job);
		match miner.post("/jobs", job.encode()) {
			Some((200..=299 | 409, _)) => Step::Acted(JobState::Handed { at: now, digest }),
			Some((code, _)) => {
				log::warn!(target: "gintonic::miner", "request {id}: the miner refused the job ({code})");
				Step::Again
			}
			None => Step::Unreachable,
		}
	}

	/// `GET /jobs/{id}/{digest}`: submits the outcome when the miner has one for this very
	/// job; hands the job over again when the miner lost it or the request under this id is
	/// another job now (a purged chain).
	fn collect(
		miner: &MinerService,
		id: RequestId,
		state: JobState,
		provider: &LocalProvider<T>,
		now: u32,
	) -> Step {
		let Some(digest) = Self::job(id).map(|job| job_digest(&job)) else { return Step::Again };
		if digest != state.digest() {
			return Self::hand_over(miner, id, now);
		}
		let handed = match state {
			JobState::Handed { .. } => state,
			JobState::Submitted { .. } => JobState::Handed { at: now, digest },
		};
		match miner.get(&job_path(id, &digest)) {
			Some((200, body)) => match JobAnswer::decode(&mut &body[..]) {
				Ok((answered, outcome)) if answered == digest => {
					if Self::submit(id, outcome, provider) {
						Step::Acted(JobState::Submitted { at: now, digest })
					} else {
						Step::Acted(handed)
					}
				}
				Ok(_) => {
					log::warn!(target: "gintonic::miner", "request {id}: the miner answered for another job");
					Step::Waited(handed)
				}
				Err(_) => {
					log::warn!(target: "gintonic::miner", "request {id}: undecodable outcome");
					Step::Waited(handed)
				}
			},
			Some((404, _)) => Self::hand_over(miner, id, now),
			// Running, or refusing for now: ask again next block.
			Some(_) => Step::Waited(handed),
			None => Step::Unreachable,
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
	/// worker used while its transactions wait in the pool ahead of the chain. When the
	/// chain's nonce has stayed put for [`NONCE_STALL_AFTER`] blocks with transactions ahead,
	/// the one at the chain's nonce was lost (a restart empties the pool): the worker signs
	/// from the chain's nonce again, so that one lost transaction never wedges the provider.
	fn next_nonce(account: &T::AccountId) -> T::Nonce {
		let chain = frame_system::Pallet::<T>::account_nonce(account);
		let now: u32 = frame_system::Pallet::<T>::block_number().saturated_into();
		match Self::nonces_ahead(account, now) {
			None => chain,
			Some(used) if used.stalled(now) => {
				log::warn!(
					target: "gintonic::miner",
					"nonce {chain:?} has not landed in {NONCE_STALL_AFTER} blocks: its transaction was lost, signing from it again"
				);
				StorageValueRef::persistent(&nonce_key::<T>(account)).clear();
				chain
			}
			Some(used) => used.last.saturating_add(One::one()),
		}
	}

	/// Whether `account`'s transactions have stopped landing: the worker has some ahead of the
	/// chain's nonce, which has not moved for [`NONCE_STALL_AFTER`] blocks.
	fn nonce_stalled(account: &T::AccountId, now: u32) -> bool {
		Self::nonces_ahead(account, now).is_some_and(|used| used.stalled(now))
	}

	/// What this worker remembers of `account`'s nonces while it has transactions ahead of the
	/// chain's nonce (`None` when it has none), its stall counted afresh from `now` when the
	/// chain took some since.
	fn nonces_ahead(account: &T::AccountId, now: u32) -> Option<NoncesUsed<T::Nonce>> {
		let chain = frame_system::Pallet::<T>::account_nonce(account);
		let key = nonce_key::<T>(account);
		let stored = StorageValueRef::persistent(&key);
		let mut used = stored.get::<NoncesUsed<T::Nonce>>().ok().flatten()?;
		if used.last < chain {
			return None;
		}
		if used.chain != chain {
			used.chain = chain;
			used.chain_since = now;
			stored.set(&used);
		}
		Some(used)
	}

	fn note_nonce_used(account: &T::AccountId, nonce: T::Nonce) {
		let chain = frame_system::Pallet::<T>::account_nonce(account);
		let now: u32 = frame_system::Pallet::<T>::block_number().saturated_into();
		let key = nonce_key::<T>(account);
		let stored = StorageValueRef::persistent(&key);
		let used = match stored.get::<NoncesUsed<T::Nonce>>() {
			// Already ahead of this chain nonce: the stall counts from when it began.
			Ok(Some(used)) if used.last >= chain && used.chain == chain => {
				NoncesUsed { last: used.last.max(nonce), ..used }
			}
			_ => NoncesUsed { last: nonce, chain, chain_since: now },
		};
		stored.set(&used);
	}
}

/// What the worker remembers of a provider's nonces: the last it signed with, and the chain's
/// nonce since which block, while it has transactions ahead of the chain.
#[derive(Clone, Copy, Encode, Decode, Debug)]
struct NoncesUsed<Nonce> {
	last: Nonce,
	chain: Nonce,
	chain_since: u32,
}

impl<Nonce> NoncesUsed<Nonce> {
	/// Whether the chain's nonce has stayed put for [`NONCE_STALL_AFTER`] blocks by `now`.
	fn stalled(&self, now: u32) -> bool {
		now.saturating_sub(self.chain_since) >= NONCE_STALL_AFTER
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
fn http_call<Chunk: AsRef<[u8]>, Body: Default + IntoIterator<Item = Chunk>>(
	request: http::Request<'_, Body>,
) -> Option<(u16, Vec<u8>)> {
	let deadline = sp_io::offchain::timestamp().add(Duration::from_millis(HTTP_DEADLINE_MS));
	let pending = request.deadline(deadline).send().ok()?;
	let response = pending.try_wait(deadline).ok()?.ok()?;
	Some((response.code, response.body().collect()))
}
