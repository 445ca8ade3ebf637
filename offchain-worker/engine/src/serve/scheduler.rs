//! Continuous batching: requests from any number of threads share the model's forward
//! passes. One worker thread owns the stepping. A request waits in a bounded queue (past it,
//! [`BatchScheduler::submit`] fails at once with [`EngineError::Saturated`]) until the KV-cache
//! budget ([`KvBudget`]) has room for its prompt and token allowance; then it is admitted and
//! its cache allocated. Every step runs one decoded token of each running sequence and, within
//! a token budget per step, the next chunk of the prompts being read, so that decoding keeps
//! flowing while a long prompt is prefilled. Each sequence samples with its own seeded sampler
//! and streams its text: its tokens are the ones it would get alone (batching changes only
//! floating-point summation order in the shared matrix products).
//!
//! Failures stay with their sequence: a pass that fails is retried one sequence at a time, so
//! only those that fail alone end in an error; a panic in a pass is caught, fails the sequences
//! of that step, and the worker goes on. A stream whose reader is gone (the
//! [`GenerationStream`] dropped) frees its sequence at the next step. Device time is billed to
//! each sequence by its share of the tokens of every pass it took part in.
//!
//! A CUDA fault poisons the device's context for the whole process: on a CUDA device, after
//! [`DEVICE_FAULT_PASSES`] passes in a row in which every sequence failed even alone, the worker
//! fails what runs and waits, refuses what comes ([`EngineError::DeviceFailed`]) and reports the
//! fault ([`BatchScheduler::device_fault`]), for the miner to restart. On the CPU a failing pass
//! never ends the service: a request that fails alone could otherwise stop a miner.

use super::budget::KvBudget;
use crate::{
	error::{EngineError, Result},
	generation::{Generation, Prompt, Usage},
	model::{BatchEntry, KvCache},
	serve::sequence::Sequence,
	text::sampling::SamplingParams,
	Engine,
};
use std::{
	panic::{catch_unwind, AssertUnwindSafe},
	sync::{
		atomic::{AtomicBool, AtomicUsize, Ordering},
		mpsc::{self, Receiver, Sender, SyncSender, TryRecvError, TrySendError},
		Arc, Mutex,
	},
	thread::JoinHandle,
	time::{Duration, Instant},
};

/// Looks at each pass's inputs (one token slice per sequence) before it runs; an error fails
/// the pass. Tests inject failures, panics and delays with it.
pub(crate) type PassHook = Arc<dyn Fn(&[&[u32]]) -> Result<()> + Send + Sync>;

/// Passes in a row in which every sequence failed, on a CUDA device, that end the service.
pub const DEVICE_FAULT_PASSES: usize = 3;

/// How much the scheduler runs at once and holds.
#[derive(Clone, Debug)]
pub struct SchedulerLimits {
	/// Most sequences in one step (at least 1).
	pub max_batch: usize,
	/// Most requests waiting for admission; past it, submissions are refused as saturated.
	pub max_waiting: usize,
	/// Memory for the running sequences' KV caches, in bytes.
	pub kv_cache_bytes: u64,
	/// Most tokens one step runs: one per decoding sequence, the rest for prompt chunks.
	pub step_tokens: usize,
}

impl Default for SchedulerLimits {
	fn default() -> Self {
		Self { max_batch: 8, max_waiting: 64, kv_cache_bytes: 2 << 30, step_tokens: 512 }
	}
}

/// What a request's stream yields: text pieces as they are certain, then one `Done`.
#[derive(Debug)]
pub enum StreamEvent {
	/// A piece of generated text.
	Text(String),
	/// The end: the whole generation, or why it failed.
	Done(Result<Generation>),
}

/// The events of one request. Dropping it cancels the request: the worker frees its sequence
/// at its next step ([`GenerationStream::stop`] does too, and still reads what was generated).
pub struct GenerationStream {
	events: Receiver<StreamEvent>,
	cancelled: Arc<AtomicBool>,
}

impl GenerationStream {
	/// The next event, waiting for it; `None` once the stream has ended.
	pub fn recv(&self) -> Option<StreamEvent> {
		self.events.recv().ok()
	}

	/// The next event if there is one already, without waiting.
	pub fn try_recv(&self) -> Option<StreamEvent> {
		self.events.try_recv().ok()
	}

	/// Stops the request at the worker's next step, which frees its place and still ends the
	/// stream with the generation so far (`FinishReason::Cancelled`): what a server that
	/// charges for what it delivered reads after its client went away. A request stopped
	/// before it was admitted ends the stream with nothing.
	pub fn stop(&self) {
		self.cancelled.store(true, Ordering::Release);
	}
}

impl Iterator for GenerationStream {
	type Item = StreamEvent;

	fn next(&mut self) -> Option<StreamEvent> {
		self.recv()
	}
}

impl Drop for GenerationStream {
	fn drop(&mut self) {
		self.cancelled.store(true, Ordering::Release);
	}
}

/// A request waiting for admission.
struct Job {
	sequence: Sequence,
	/// Cache positions it may fill: its prompt and its token allowance.
	positions: usize,
	submitted: Instant,
	events: Sender<StreamEvent>,
	cancelled: Arc<AtomicBool>,
}

impl Job {
	fn fail(self, error: EngineError) {
		// The reader may be gone; then nobody wants the outcome.
		let _ = self.events.send(StreamEvent::Done(Err(error)));
	}
}

/// The handle to the worker: submit requests from any thread; dropping it lets the worker
/// finish the queued and running sequences and stop.
pub struct BatchScheduler {
	engine: Arc<Engine>,
	limits: SchedulerLimits,
	budget_positions: usize,
	jobs: Option<SyncSender<Job>>,
	waiting: Arc<AtomicUsize>,
	running: Arc<AtomicUsize>,
	fault: Arc<Mutex<Option<String>>>,
	worker: Option<JoinHandle<()>>,
}

impl BatchScheduler {
	/// Starts the worker with `limits`.
	pub fn start(engine: Arc<Engine>, limits: SchedulerLimits) -> Result<Self> {
		let faults_end_service = engine.model().device().is_cuda();
		Self::start_with_hook(engine, limits, None, faults_end_service)
	}

	/// Starts the worker with a hook called before every pass; `faults_end_service`: whether
	/// passes that fail for every sequence end the service (on CUDA).
	pub(crate) fn start_with_hook(
		engine: Arc<Engine>,
		limits: SchedulerLimits,
		hook: Option<PassHook>,
		faults_end_service: bool,
	) -> Result<Self> {
		let limits = SchedulerLimits {
			max_batch: limits.max_batch.max(1),
			step_tokens: limits.step_tokens.max(1),
			..limits
		};
		let budget = KvBudget::new(engine.config(), engine.model().dtype(), limits.kv_cache_bytes);
		let budget_positions = budget.capacity();
		// A rendezvous channel when nothing may wait: the worker takes a job only to admit it.
		let (jobs, queue) = mpsc::sync_channel(limits.max_waiting);
		let waiting = Arc::new(AtomicUsize::new(0));
		let running = Arc::new(AtomicUsize::new(0));
		let fault = Arc::new(Mutex::new(None));
		let mut worker = Worker {
			engine: Arc::clone(&engine),
			limits: limits.clone(),
			budget,
			queue,
			waiting: Arc::clone(&waiting),
			active: Arc::clone(&running),
			hook,
			held: None,
			running: Vec::new(),
			open: true,
			faults_end_service,
			failed_passes: 0,
			fault: Arc::clone(&fault),
		};
		let worker = std::thread::Builder::new()
			.name("gintonic-batch".into())
			.spawn(move || worker.run())
			.map_err(|e| EngineError::Batch(format!("cannot start the worker: {e}")))?;
		Ok(Self {
			engine,
			limits,
			budget_positions,
			jobs: Some(jobs),
			waiting,
			running,
			fault,
			worker: Some(worker),
		})
	}

	/// The engine the worker runs.
	pub fn engine(&self) -> &Engine {
		&self.engine
	}

	/// The limits the worker runs under.
	pub fn limits(&self) -> &SchedulerLimits {
		&self.limits
	}

	/// Requests waiting for admission now.
	pub fn waiting(&self) -> usize {
		self.waiting.load(Ordering::Acquire)
	}

	/// The device fault that ended the service, if one did: the process must restart.
	pub fn device_fault(&self) -> Option<String> {
		self.fault.lock().ok().and_then(|fault| fault.clone())
	}

	/// Sequences admitted and not yet ended (as of the worker's last step).
	pub fn running(&self) -> usize {
		self.running.load(Ordering::Acquire)
	}

	/// Queues a request. Bad sampling values, an empty prompt, one too long for the context
	/// or for the whole KV budget are refused here, and so is any request once the queue is
	/// full ([`EngineError::Saturated`]); nothing is queued then.
	pub fn submit(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		keep_logits: bool,
	) -> Result<GenerationStream> {
		self.submit_with(prompt, params, keep_logits, false, &mut |_| Ok(()))
	}

	/// As [`Self::submit`], but a request whose prompt and `max_tokens` pass the model's
	/// context is refused ([`EngineError::ContextExceeded`]) instead of ending at the context:
	/// what an OpenAI-compatible server answers, and what lets a caller be charged for at most
	/// what it asked.
	pub fn submit_within_context(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		keep_logits: bool,
	) -> Result<GenerationStream> {
		self.submit_with(prompt, params, keep_logits, true, &mut |_| Ok(()))
	}

	fn submit_with(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		keep_logits: bool,
		within_context: bool,
		accept: &mut dyn FnMut(usize) -> std::result::Result<(), String>,
	) -> Result<GenerationStream> {
		let submitted = Instant::now();
		if let Some(fault) = self.device_fault() {
			return Err(EngineError::DeviceFailed(fault));
		}
		let (sequence, positions) = self.engine.start_sequence(prompt, params, keep_logits)?;
		let prompt_tokens = sequence.prompt_ids().len();
		if within_context && prompt_tokens.saturating_add(params.max_tokens) > positions {
			return Err(EngineError::ContextExceeded {
				prompt_tokens,
				max_tokens: params.max_tokens,
				context: self.engine.config().max_position_embeddings,
			});
		}
		if KvBudget::blocks_for(positions) * super::budget::BLOCK_POSITIONS > self.budget_positions
		{
			return Err(EngineError::OverBudget { positions, budget: self.budget_positions });
		}
		accept(prompt_tokens).map_err(EngineError::Declined)?;
		let (events, receiver) = mpsc::channel();
		let cancelled = Arc::new(AtomicBool::new(false));
		let job = Job { sequence, positions, submitted, events, cancelled: Arc::clone(&cancelled) };
		let jobs = self
			.jobs
			.as_ref()
			.ok_or_else(|| EngineError::Batch("the batch worker has stopped".into()))?;
		self.waiting.fetch_add(1, Ordering::AcqRel);
		match jobs.try_send(job) {
			Ok(()) => Ok(GenerationStream { events: receiver, cancelled }),
			Err(refused) => {
				let waiting = self.waiting.fetch_sub(1, Ordering::AcqRel).saturating_sub(1);
				Err(match refused {
					TrySendError::Full(_) => EngineError::Saturated { waiting },
					TrySendError::Disconnected(_) => {
						EngineError::Batch("the batch worker has stopped".into())
					}
				})
			}
		}
	}

	/// Queues a request within the context (as [`Self::submit_within_context`]) once `accept`
	/// has seen its templated prompt's token count and not declined it
	/// ([`EngineError::Declined`] with its reason): what a server charging for the work runs,
	/// which must know the prompt's size before it commits to it.
	pub fn submit_accepted(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		accept: &mut dyn FnMut(usize) -> std::result::Result<(), String>,
	) -> Result<GenerationStream> {
		self.submit_with(prompt, params, false, true, accept)
	}

	/// As [`Self::submit_accepted`], and waits for the generation: what a miner serving a paid
	/// request runs.
	pub fn generate_accepted(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		accept: &mut dyn FnMut(usize) -> std::result::Result<(), String>,
	) -> Result<Generation> {
		for event in self.submit_accepted(prompt, params, accept)? {
			if let StreamEvent::Done(result) = event {
				return result;
			}
		}
		Err(EngineError::Batch("the request was cancelled".into()))
	}

	/// Submits a request and waits for it, handing each piece of text to `on_text` (which
	/// cancels the request by returning `false`).
	pub fn generate(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		on_text: &mut dyn FnMut(&str) -> bool,
	) -> Result<Generation> {
		for event in self.submit(prompt, params, false)? {
			match event {
				StreamEvent::Text(piece) => {
					if !on_text(&piece) {
						break;
					}
				}
				StreamEvent::Done(result) => return result,
			}
		}
		Err(EngineError::Batch("the request was cancelled".into()))
	}
}

impl Drop for BatchScheduler {
	fn drop(&mut self) {
		self.jobs.take();
		if let Some(worker) = self.worker.take() {
			let _ = worker.join();
		}
	}
}

/// A sequence admitted to the batch, with its cache.
struct Running {
	job: Job,
	cache: KvCache,
	/// Prompt tokens already in the cache.
	prefilled: usize,
	/// The token sampled last, to run next once the prompt is read.
	next: Option<u32>,
	/// This step's tokens: a prompt chunk or the last sampled token (empty: not this step).
	input: Vec<u32>,
	device_time: Duration,
	time_to_first_token: Option<Duration>,
}

impl Running {
	fn blocks(&self) -> usize {
		KvBudget::blocks_for(self.job.positions)
	}

	fn is_cancelled(&self) -> bool {
		self.job.cancelled.load(Ordering::Acquire)
	}

	fn finish(self, result: Result<()>) {
		let Running { job, device_time, time_to_first_token, .. } = self;
		let outcome = result.map(|()| {
			job.sequence.into_generation(Usage {
				wall_ms: job.submitted.elapsed().as_millis() as u64,
				gpu_ms: device_time.as_millis() as u64,
				prefill_us: time_to_first_token.unwrap_or_default().as_micros() as u64,
				..Usage::default()
			})
		});
		// The reader may be gone; then nobody wants the outcome.
		let _ = job.events.send(StreamEvent::Done(outcome));
	}
}

/// The worker's state.
struct Worker {
	engine: Arc<Engine>,
	limits: SchedulerLimits,
	budget: KvBudget,
	queue: Receiver<Job>,
	waiting: Arc<AtomicUsize>,
	/// How many sequences run, for [`BatchScheduler::running`].
	active: Arc<AtomicUsize>,
	hook: Option<PassHook>,
	/// A job taken from the queue that did not fit the budget yet; it goes first.
	held: Option<Job>,
	running: Vec<Running>,
	/// Whether the scheduler still exists (more jobs may come).
	open: bool,
	/// Whether passes failing for every sequence end the service (on CUDA).
	faults_end_service: bool,
	/// Passes in a row in which every sequence failed.
	failed_passes: usize,
	fault: Arc<Mutex<Option<String>>>,
}

impl Worker {
	/// Admit, step, stream, retire; until the scheduler is dropped and every queued and
	/// running sequence is done.
	fn run(&mut self) {
		loop {
			self.admit();
			self.active.store(self.running.len(), Ordering::Release);
			if self.running.is_empty() {
				if !self.open {
					return;
				}
				continue;
			}
			self.step();
			self.active.store(self.running.len(), Ordering::Release);
			if self.is_faulted() {
				self.fail_everything();
				self.active.store(0, Ordering::Release);
				return;
			}
		}
	}

	fn is_faulted(&self) -> bool {
		self.fault.lock().map(|fault| fault.is_some()).unwrap_or(true)
	}

	/// After a device fault: fails what runs, what is held and what waits in the queue.
	fn fail_everything(&mut self) {
		let message = self.fault.lock().ok().and_then(|fault| fault.clone()).unwrap_or_default();
		for sequence in std::mem::take(&mut self.running) {
			self.retire(sequence, Err(EngineError::DeviceFailed(message.clone())));
		}
		if let Some(job) = self.held.take() {
			job.fail(EngineError::DeviceFailed(message.clone()));
		}
		while let Ok(job) = self.queue.try_recv() {
			self.waiting.fetch_sub(1, Ordering::AcqRel);
			job.fail(EngineError::DeviceFailed(message.clone()));
		}
	}

	/// Counts passes in which every sequence failed; on a device where that means a fault,
	/// records the fault after [`DEVICE_FAULT_PASSES`] in a row.
	fn note_pass(&mut self, outcomes: &[Result<Vec<f32>>]) {
		let last_error = match !outcomes.is_empty() && outcomes.iter().all(Result::is_err) {
			true => outcomes.last().and_then(|outcome| outcome.as_ref().err()),
			false => None,
		};
		let Some(error) = last_error else {
			self.failed_passes = 0;
			return;
		};
		self.failed_passes += 1;
		if self.faults_end_service && self.failed_passes >= DEVICE_FAULT_PASSES {
			if let Ok(mut fault) = self.fault.lock() {
				fault.get_or_insert_with(|| error.to_string());
			}
		}
	}

	/// The next job: the held one, else from the queue (waiting for one when nothing runs).
	fn next_job(&mut self) -> Option<Job> {
		if let Some(job) = self.held.take() {
			return Some(job);
		}
		let received = if self.running.is_empty() && self.open {
			self.queue.recv().map_err(|_| TryRecvError::Disconnected)
		} else {
			self.queue.try_recv()
		};
		match received {
			Ok(job) => {
				self.waiting.fetch_sub(1, Ordering::AcqRel);
				Some(job)
			}
			Err(TryRecvError::Empty) => None,
			Err(TryRecvError::Disconnected) => {
				self.open = false;
				None
			}
		}
	}

	/// Admits queued jobs while the batch and the KV budget have room.
	fn admit(&mut self) {
		while self.running.len() < self.limits.max_batch {
			let Some(job) = self.next_job() else { return };
			if job.cancelled.load(Ordering::Acquire) {
				continue;
			}
			let blocks = KvBudget::blocks_for(job.positions);
			if !self.budget.try_take(blocks) {
				self.held = Some(job);
				return;
			}
			match self.engine.model().new_cache(job.positions) {
				Ok(cache) => self.running.push(Running {
					job,
					cache,
					prefilled: 0,
					next: None,
					input: Vec::new(),
					device_time: Duration::ZERO,
					time_to_first_token: None,
				}),
				Err(error) => {
					self.budget.give_back(blocks);
					job.fail(error);
				}
			}
		}
	}

	/// Frees a sequence's blocks and ends it with `result`.
	fn retire(&mut self, sequence: Running, result: Result<()>) {
		self.budget.give_back(sequence.blocks());
		sequence.finish(result);
	}

	/// One forward pass: drops cancelled sequences, plans each one's tokens, runs the pass
	/// (isolating failures), then samples, streams and retires.
	fn step(&mut self) {
		for mut sequence in std::mem::take(&mut self.running) {
			if sequence.is_cancelled() {
				// What was generated until now, for a reader that stopped it and still reads.
				sequence.job.sequence.cancel();
				self.retire(sequence, Ok(()));
			} else {
				self.running.push(sequence);
			}
		}
		self.plan();
		let started = Instant::now();
		let outcomes = self.forward();
		let elapsed = started.elapsed();
		self.note_pass(&outcomes);
		let total_tokens: usize = self.running.iter().map(|sequence| sequence.input.len()).sum();
		let mut outcomes = outcomes.into_iter();
		for mut sequence in std::mem::take(&mut self.running) {
			if sequence.input.is_empty() {
				self.running.push(sequence);
				continue;
			}
			let tokens = std::mem::take(&mut sequence.input).len();
			sequence.device_time += elapsed.mul_f64(tokens as f64 / total_tokens.max(1) as f64);
			let logits = match outcomes.next() {
				Some(Ok(logits)) => logits,
				Some(Err(error)) => {
					self.retire(sequence, Err(error));
					continue;
				}
				None => {
					let error = EngineError::Batch("the pass gave no outcome".into());
					self.retire(sequence, Err(error));
					continue;
				}
			};
			let prompt_len = sequence.job.sequence.prompt_ids().len();
			if sequence.prefilled < prompt_len {
				sequence.prefilled += tokens;
				if sequence.prefilled < prompt_len {
					self.running.push(sequence);
					continue;
				}
			}
			let submitted = sequence.job.submitted;
			sequence.time_to_first_token.get_or_insert_with(|| submitted.elapsed());
			let step = match sequence.job.sequence.accept(logits, self.engine.tokenizer()) {
				Ok(step) => step,
				Err(error) => {
					self.retire(sequence, Err(error));
					continue;
				}
			};
			if !step.text.is_empty()
				&& sequence.job.events.send(StreamEvent::Text(step.text)).is_err()
			{
				// The reader went away: stop spending the device on it.
				self.budget.give_back(sequence.blocks());
				continue;
			}
			match step.next {
				Some(token) => {
					sequence.next = Some(token);
					self.running.push(sequence);
				}
				None => self.retire(sequence, Ok(())),
			}
		}
	}

	/// Sets each sequence's tokens for this step: every decoding sequence's last token, then
	/// prompt chunks in admission order while the step's token budget lasts.
	fn plan(&mut self) {
		let decoding = self.running.iter().filter(|sequence| sequence.next.is_some()).count();
		// At least one prompt token when nothing decodes, so a step always makes progress.
		let mut left =
			self.limits.step_tokens.saturating_sub(decoding).max(usize::from(decoding == 0));
		for sequence in &mut self.running {
			sequence.input = match sequence.next {
				Some(token) => vec![token],
				None => {
					let prompt = &sequence.job.sequence.prompt_ids()[sequence.prefilled..];
					let chunk = prompt.len().min(left);
					left -= chunk;
					prompt[..chunk].to_vec()
				}
			};
		}
	}

	/// Runs this step's sequences in one pass; if it fails, each alone, so that only those that
	/// fail alone fail. A panic fails the step's sequences. One outcome per sequence with
	/// tokens this step, in order.
	fn forward(&mut self) -> Vec<Result<Vec<f32>>> {
		let participants =
			self.running.iter().filter(|sequence| !sequence.input.is_empty()).count();
		let engine = Arc::clone(&self.engine);
		let hook = self.hook.clone();
		let pass = |sequences: &mut [&mut Running]| -> Result<Vec<Vec<f32>>> {
			if let Some(hook) = &hook {
				let inputs: Vec<&[u32]> =
					sequences.iter().map(|sequence| sequence.input.as_slice()).collect();
				catch_unwind(AssertUnwindSafe(|| hook(&inputs)))
					.unwrap_or_else(|panic| Err(EngineError::Batch(panic_message(&panic))))?;
			}
			let mut batch: Vec<BatchEntry<'_>> = sequences
				.iter_mut()
				.map(|sequence| BatchEntry { tokens: &sequence.input, cache: &mut sequence.cache })
				.collect();
			catch_unwind(AssertUnwindSafe(|| engine.model().forward_batch(&mut batch)))
				.unwrap_or_else(|panic| Err(EngineError::Batch(panic_message(&panic))))
		};
		let mut sequences: Vec<&mut Running> =
			self.running.iter_mut().filter(|sequence| !sequence.input.is_empty()).collect();
		match pass(&mut sequences) {
			Ok(logits) => logits.into_iter().map(Ok).collect(),
			Err(error) if participants == 1 || is_panic(&error) => {
				let message = error.to_string();
				(0..participants).map(|_| Err(EngineError::Batch(message.clone()))).collect()
			}
			// Caches are written in place at each sequence's own positions, which a retry
			// writes again: running a sequence alone after a failed pass is safe.
			Err(_) => sequences
				.iter_mut()
				.map(|sequence| {
					pass(&mut [&mut **sequence])
						.and_then(|mut logits| logits.pop().ok_or(EngineError::EmptyPrompt))
				})
				.collect(),
		}
	}
}

/// The marker of a caught panic's error.
const PANIC: &str = "a forward pass panicked: ";

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
	let message = panic
		.downcast_ref::<&str>()
		.map(|text| text.to_string())
		.or_else(|| panic.downcast_ref::<String>().cloned())
		.unwrap_or_else(|| "no message".into());
	format!("{PANIC}{message}")
}

fn is_panic(error: &EngineError) -> bool {
	matches!(error, EngineError::Batch(message) if message.starts_with(PANIC))
}

#[cfg(test)]
#[path = "scheduler_tests.rs"]
mod tests;
