//! The miner's jobs: accepted at once, served on their own thread through the model's batch
//! scheduler, and kept (in memory and on disk) until the chain has their outcome.

use crate::{
	interactions::InteractionQueue,
	keys::ProviderKeys,
	models::ModelSet,
	record::{chain_usage, engine_params, metadata, parse_prompt, seal_record, unix_ms},
	store::{read_folder, remove_durably, write_durably},
};
use codec::{Decode, Encode};
use gintonic_engine::Prompt;
use gintonic_primitives::{
	miner::{job_digest, JobDigest, JobOutcome, MinerJob},
	request::request_worst_case,
	GpuSpec, RequestId,
};
use std::{
	collections::HashMap,
	path::PathBuf,
	sync::{Arc, Mutex, PoisonError},
	time::{Duration, Instant},
};

const TARGET: &str = "gintonic::miner";

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

/// A job: its request and the digest of what was handed over (a purged chain reuses ids).
pub type JobKey = (RequestId, JobDigest);

/// The miner service: models, keys, the device it runs on, and its jobs.
pub struct Miner {
	models: ModelSet,
	keys: ProviderKeys,
	gpu: GpuSpec,
	store: Option<PathBuf>,
	interactions: InteractionQueue,
	/// Until the worker says the chain settled them ([`Miner::forget`]), or for
	/// [`KEEP_OUTCOMES_FOR`] when it never does (a chain purged meanwhile).
	jobs: Mutex<HashMap<JobKey, (Instant, JobStatus)>>,
}

/// How long an outcome is kept that the worker never forgets: far longer than any request
/// stays pending.
const KEEP_OUTCOMES_FOR: Duration = Duration::from_secs(7 * 24 * 3600);

const OUTCOME_SUFFIX: &str = ".outcome";

/// The file of job `key`'s outcome: `{id}-{digest hex}.outcome`.
fn outcome_file((id, digest): &JobKey) -> String {
	format!("{id}-{}{OUTCOME_SUFFIX}", hex::encode(digest))
}

impl Miner {
	/// A miner serving `models` with `keys` on `gpu`, keeping outcomes in `store` (a folder,
	/// created if needed) so that a restart answers for jobs finished before it, and API
	/// interactions waiting to be recorded in its `interactions` folder. Outcomes older than a
	/// week are removed; what does not read is quarantined ([`crate::store`]).
	pub fn new(
		models: ModelSet,
		keys: ProviderKeys,
		gpu: GpuSpec,
		store: Option<PathBuf>,
	) -> std::io::Result<Arc<Self>> {
		let mut jobs = HashMap::new();
		if let Some(folder) = &store {
			let outcomes = read_folder(folder, OUTCOME_SUFFIX, TARGET, |_, bytes| {
				<(RequestId, JobDigest, JobOutcome)>::decode(&mut &bytes[..]).ok()
			})?;
			for (name, (id, digest, outcome)) in outcomes {
				let age = std::fs::metadata(folder.join(&name))
					.and_then(|m| m.modified())
					.ok()
					.and_then(|t| t.elapsed().ok())
					.unwrap_or_default();
				// The chain settles or expires a request long before this: forget it.
				if age > KEEP_OUTCOMES_FOR {
					let _ = remove_durably(folder, &name);
					continue;
				}
				let finished = Instant::now().checked_sub(age).unwrap_or_else(Instant::now);
				jobs.insert((id, digest), (finished, JobStatus::Done(outcome)));
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

	/// Accepts `job` and serves it on its own thread, unless this very job is known already.
	pub fn accept(self: &Arc<Self>, job: MinerJob) -> Accepted {
		let key = (job.id, job_digest(&job));
		{
			let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
			jobs.retain(|_, (since, _)| since.elapsed() < KEEP_OUTCOMES_FOR);
			if jobs.contains_key(&key) {
				return Accepted::Known;
			}
			jobs.insert(key, (Instant::now(), JobStatus::Running));
		}
		let miner = Arc::clone(self);
		let spawned =
			std::thread::Builder::new().name(format!("gintonic-job-{}", job.id)).spawn(move || {
				let outcome = miner.serve(&job);
				miner.finish(key, outcome);
			});
		if let Err(e) = spawned {
			log::error!(target: TARGET, "cannot start a job thread: {e}");
			self.jobs.lock().unwrap_or_else(PoisonError::into_inner).remove(&key);
		}
		Accepted::Started
	}

	/// The status of job `key`; `None` when this miner does not know it.
	pub fn status(&self, key: &JobKey) -> Option<JobStatus> {
		let jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
		jobs.get(key).map(|(_, status)| status.clone())
	}

	/// How many jobs are kept, running or done.
	pub fn jobs_kept(&self) -> usize {
		self.jobs.lock().unwrap_or_else(PoisonError::into_inner).len()
	}

	/// Forgets the jobs of the requests `keys` name (the chain settled them), in memory and
	/// on disk, whatever digest each was handed over with (the terms in a job can change while
	/// its request is pending, e.g. a rotated key); one still running is dropped when it
	/// finishes.
	pub fn forget(&self, keys: &[JobKey]) {
		let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
		let settled: Vec<JobKey> = jobs
			.keys()
			.filter(|(id, _)| keys.iter().any(|(settled, _)| settled == id))
			.copied()
			.collect();
		for key in settled {
			let Some((_, status)) = jobs.remove(&key) else { continue };
			if let (JobStatus::Done(_), Some(folder)) = (status, &self.store) {
				if let Err(e) = remove_durably(folder, &outcome_file(&key)) {
					log::warn!(target: TARGET, "request {}: outcome not removed: {e}", key.0);
				}
			}
		}
	}

	/// Keeps `outcome` for job `key`, on disk first, unless the job was forgotten meanwhile.
	fn finish(&self, key: JobKey, outcome: JobOutcome) {
		let still_wanted = |jobs: &HashMap<JobKey, _>| jobs.contains_key(&key);
		if !still_wanted(&self.jobs.lock().unwrap_or_else(PoisonError::into_inner)) {
			return;
		}
		if let Some(folder) = &self.store {
			let (id, digest) = key;
			if let Err(e) =
				write_durably(folder, &outcome_file(&key), &(id, digest, &outcome).encode())
			{
				log::warn!(target: TARGET, "request {id}: outcome not kept on disk: {e}");
			}
		}
		let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
		if still_wanted(&jobs) {
			jobs.insert(key, (Instant::now(), JobStatus::Done(outcome)));
		} else if let Some(folder) = &self.store {
			let _ = remove_durably(folder, &outcome_file(&key));
		}
	}

	/// Serves `job` (blocking): opens the prompt, generates, seals the record.
	pub fn serve(&self, job: &MinerJob) -> JobOutcome {
		let failed = |reason: String| {
			log::warn!(target: TARGET, "request {}: failed: {reason}", job.id);
			JobOutcome::Failed { reason: reason.into_bytes() }
		};
		let rejected = |reason: String| {
			log::info!(target: TARGET, "request {}: prompt rejected: {reason}", job.id);
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
