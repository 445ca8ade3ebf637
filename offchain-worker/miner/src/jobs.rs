//! The miner's jobs: accepted at once, served on their own thread through the model's batch
//! scheduler, and kept (in memory and on disk) until the chain has their outcome.

use crate::{
	interactions::InteractionQueue,
	keys::ProviderKeys,
	models::ModelSet,
	record::{chain_usage, engine_params, metadata, parse_prompt, seal_record, unix_ms},
};
use codec::{Decode, Encode};
use gintonic_engine::Prompt;
use gintonic_primitives::{
	miner::{JobOutcome, MinerJob},
	request::request_worst_case,
	GpuSpec, RequestId,
};
use std::{
	collections::HashMap,
	path::PathBuf,
	sync::{Arc, Mutex, PoisonError},
	time::Duration,
};

/// Where a job stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JobStatus {
	/// Accepted, not finished.
	Running,
	/// Finished.
	Done(JobOutcome),
}

/// Whether [`Miner::accept`] started the job.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Accepted {
	/// A new job: it runs now.
	Started,
	/// This very job is running or done already.
	Known,
}

/// The miner service: models, keys, the device it runs on, and its jobs.
pub struct Miner {
	models: ModelSet,
	keys: ProviderKeys,
	gpu: GpuSpec,
	store: Option<PathBuf>,
	interactions: InteractionQueue,
	jobs: Mutex<HashMap<RequestId, (JobDigest, JobStatus)>>,
}

/// How long an outcome is kept on disk: far longer than any request stays pending.
const KEEP_OUTCOMES_FOR: Duration = Duration::from_secs(7 * 24 * 3600);

/// A job's identity: the blake2-256 of its encoding (a new chain reuses request ids).
type JobDigest = [u8; 32];

impl Miner {
	/// A miner serving `models` with `keys` on `gpu`, keeping outcomes in `store` (a folder,
	/// created if needed) so that a restart answers for jobs finished before it, and API
	/// interactions waiting to be recorded in its `interactions` folder. Outcomes older than a
	/// week are removed.
	pub fn new(
		models: ModelSet,
		keys: ProviderKeys,
		gpu: GpuSpec,
		store: Option<PathBuf>,
	) -> std::io::Result<Arc<Self>> {
		let mut jobs = HashMap::new();
		if let Some(folder) = &store {
			std::fs::create_dir_all(folder)?;
			for entry in std::fs::read_dir(folder)?.flatten() {
				// The chain settles or expires a request long before this: forget it.
				if entry.path().is_dir() {
					continue;
				}
				let age =
					entry.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
				if age.is_some_and(|age| age > KEEP_OUTCOMES_FOR) {
					let _ = std::fs::remove_file(entry.path());
					continue;
				}
				let Ok(bytes) = std::fs::read(entry.path()) else { continue };
				match <(RequestId, JobDigest, JobOutcome)>::decode(&mut &bytes[..]) {
					Ok((id, digest, outcome)) => {
						jobs.insert(id, (digest, JobStatus::Done(outcome)));
					}
					Err(_) => log::warn!(
						target: "gintonic::miner",
						"ignoring unreadable job outcome {}",
						entry.path().display()
					),
				}
			}
		}
		let interactions =
			InteractionQueue::open(store.as_ref().map(|folder| folder.join("interactions")))?;
		Ok(Arc::new(Self { models, keys, gpu, store, interactions, jobs: Mutex::new(jobs) }))
	}

	/// The served models.
	pub fn models(&self) -> &ModelSet {
		&self.models
	}

	/// The provider keys held.
	pub fn keys(&self) -> &ProviderKeys {
		&self.keys
	}

	/// The device it runs on.
	pub fn gpu(&self) -> &GpuSpec {
		&self.gpu
	}

	/// API interactions waiting to be recorded.
	pub fn interactions(&self) -> &InteractionQueue {
		&self.interactions
	}

	/// Accepts `job` and serves it on its own thread, unless this job is known already.
	pub fn accept(self: &Arc<Self>, job: MinerJob) -> Accepted {
		let digest =
			<sp_runtime::traits::BlakeTwo256 as sp_runtime::traits::Hash>::hash(&job.encode()).0;
		let id = job.id;
		{
			let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
			if jobs.get(&id).is_some_and(|(known, _)| *known == digest) {
				return Accepted::Known;
			}
			jobs.insert(id, (digest, JobStatus::Running));
		}
		let miner = Arc::clone(self);
		let spawned =
			std::thread::Builder::new().name(format!("gintonic-job-{}", job.id)).spawn(move || {
				let outcome = miner.serve(&job);
				miner.finish(job.id, digest, outcome);
			});
		if let Err(e) = spawned {
			log::error!(target: "gintonic::miner", "cannot start a job thread: {e}");
			self.jobs.lock().unwrap_or_else(PoisonError::into_inner).remove(&id);
		}
		Accepted::Started
	}

	/// The status of request `id`'s job; `None` when this miner does not know it.
	pub fn status(&self, id: RequestId) -> Option<JobStatus> {
		let jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
		jobs.get(&id).map(|(_, status)| status.clone())
	}

	fn finish(&self, id: RequestId, digest: JobDigest, outcome: JobOutcome) {
		if let Some(folder) = &self.store {
			let path = folder.join(format!("{id}.outcome"));
			let temporary = folder.join(format!("{id}.outcome.tmp"));
			let written = std::fs::write(&temporary, (id, digest, &outcome).encode())
				.and_then(|()| std::fs::rename(&temporary, &path));
			if let Err(e) = written {
				log::warn!(target: "gintonic::miner", "request {id}: outcome not kept on disk: {e}");
			}
		}
		let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
		jobs.insert(id, (digest, JobStatus::Done(outcome)));
	}

	/// Serves `job` (blocking): opens the prompt, generates, seals the record.
	pub fn serve(&self, job: &MinerJob) -> JobOutcome {
		let failed = |reason: String| {
			log::warn!(target: "gintonic::miner", "request {}: failed: {reason}", job.id);
			JobOutcome::Failed { reason: reason.into_bytes() }
		};
		let rejected = |reason: String| {
			log::info!(target: "gintonic::miner", "request {}: prompt rejected: {reason}", job.id);
			JobOutcome::Rejected { reason: reason.into_bytes() }
		};
		let Some(model) = self.models.get(&job.model) else {
			return failed(format!("model {:?} is not served by this miner", job.model));
		};
		// The provider's registered key, or else any key of this miner the envelope lists (the
		// registered key is unknown to the worker once the provider is suspended).
		let listed = || {
			gintonic_seal::Header::parse(&job.sealed_prompt)
				.ok()
				.and_then(|header| header.recipients().find_map(|key| self.keys.get(&key)))
		};
		let Some(opener) = self.keys.get(&job.encryption_key).or_else(listed) else {
			return failed("this miner holds no key the prompt is sealed to".into());
		};
		let plaintext = match opener.open(&job.sealed_prompt) {
			Ok(plaintext) => plaintext,
			Err(e) => return rejected(format!("the prompt does not open: {e}")),
		};
		let messages = match parse_prompt(&plaintext) {
			Ok(messages) => messages,
			Err(e) => return rejected(e),
		};
		let params = engine_params(&job.params);
		let prompt = Prompt::Chat(messages.clone());
		let generation =
			match model.scheduler.generate_accepted(&prompt, &params, &mut |prompt_tokens| {
				escrow_covers(job, prompt_tokens)
			}) {
				Ok(generation) => generation,
				// What the sender sent makes it unservable (a template the model refuses, a
				// prompt past the context, `max_tokens` past the KV budget, an escrow short
				// of the worst case): its fault, no strike.
				Err(e) if e.is_the_requests_fault() => return rejected(format!("{e}")),
				Err(e) => return failed(format!("the engine failed: {e}")),
			};
		let metadata = metadata(
			&job.into(),
			&messages,
			&model.name,
			&model.precision,
			self.gpu.clone(),
			&generation,
			unix_ms(),
		);
		match seal_record(metadata, opener.public_key()) {
			Ok((result_hash, sealed_record, _)) => JobOutcome::Completed {
				result_hash,
				sealed_record,
				usage: chain_usage(&generation),
			},
			Err(e) => failed(format!("the record could not be sealed: {e}")),
		}
	}
}

/// Whether `job`'s escrow pays the worst case of a prompt of `prompt_tokens` answered with
/// all its `max_tokens` ([`request_worst_case`], the chain's own rule): a request that cannot
/// pay for the work is declined before any is done.
pub fn escrow_covers(job: &MinerJob, prompt_tokens: usize) -> Result<(), String> {
	let prompt_tokens = u32::try_from(prompt_tokens).unwrap_or(u32::MAX);
	let sealed_prompt = u32::try_from(job.sealed_prompt.len()).unwrap_or(u32::MAX);
	let max_tokens = job.params.max_tokens;
	let worst =
		request_worst_case(sealed_prompt, prompt_tokens, max_tokens, &job.rate, &job.record_fee)
			.total();
	if worst > job.max_payment {
		return Err(format!(
			"the escrow of {} cannot pay for {prompt_tokens} prompt tokens, {} new ones and the \
			 record at this provider's rate ({worst} at most)",
			job.max_payment, job.params.max_tokens
		));
	}
	Ok(())
}
