//! Continuous batching: requests from any number of threads share the model's forward
//! passes. One worker thread owns the stepping; every step runs all active sequences at once
//! (new prompts and one decoded token of each running sequence, through
//! [`Model::forward_batch`](crate::model::Model::forward_batch)), samples each sequence with
//! its own seeded sampler, streams its text, and admits waiting requests as others finish.
//! A sequence's tokens are the ones it would get alone: batching changes no sampling, only
//! floating-point summation order in the shared matrix products.

use crate::{
	error::{EngineError, Result},
	generation::{Generation, Prompt, Usage},
	model::{BatchEntry, KvCache},
	serve::sequence::Sequence,
	text::sampling::SamplingParams,
	Engine,
};
use std::{
	sync::{
		mpsc::{self, Receiver, Sender, TryRecvError},
		Arc,
	},
	thread::JoinHandle,
	time::{Duration, Instant},
};

/// What a request's receiver gets: text pieces as they are certain, then one `Done`.
#[derive(Debug)]
pub enum StreamEvent {
	/// A piece of generated text.
	Text(String),
	/// The end: the whole generation, or why it failed.
	Done(Result<Generation>),
}

/// A request waiting for the worker.
struct Job {
	sequence: Sequence,
	cache: KvCache,
	submitted: Instant,
	events: Sender<StreamEvent>,
}

/// A sequence in the running batch.
struct Running {
	job: Job,
	/// The tokens to run next: the prompt at first, then the last sampled token.
	input: Vec<u32>,
	device_time: Duration,
	time_to_first_token: Option<Duration>,
}

/// The handle to the worker: submit requests from any thread; dropping it lets the worker
/// finish the running sequences and stop.
pub struct BatchScheduler {
	engine: Arc<Engine>,
	jobs: Option<Sender<Job>>,
	worker: Option<JoinHandle<()>>,
}

impl BatchScheduler {
	/// Starts the worker with at most `max_batch` sequences per step (at least 1).
	pub fn start(engine: Arc<Engine>, max_batch: usize) -> Result<Self> {
		let (jobs, waiting) = mpsc::channel();
		let worker_engine = Arc::clone(&engine);
		let max_batch = max_batch.max(1);
		let worker = std::thread::Builder::new()
			.name("gintonic-batch".into())
			.spawn(move || run_worker(&worker_engine, &waiting, max_batch))
			.map_err(|e| EngineError::Batch(format!("cannot start the worker: {e}")))?;
		Ok(Self { engine, jobs: Some(jobs), worker: Some(worker) })
	}

	/// The engine the worker runs.
	pub fn engine(&self) -> &Engine {
		&self.engine
	}

	/// Queues a request. Bad sampling values, an empty prompt or one too long for the context
	/// are refused here, before anything is queued; the stream then ends in `Done`. Dropping
	/// the receiver cancels the request.
	pub fn submit(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		keep_logits: bool,
	) -> Result<Receiver<StreamEvent>> {
		let submitted = Instant::now();
		let (sequence, cache) = self.engine.start_sequence(prompt, params, keep_logits)?;
		let (events, receiver) = mpsc::channel();
		let job = Job { sequence, cache, submitted, events };
		self.jobs
			.as_ref()
			.and_then(|jobs| jobs.send(job).ok())
			.ok_or_else(|| EngineError::Batch("the batch worker has stopped".into()))?;
		Ok(receiver)
	}

	/// Submits a request and waits for it, handing each piece of text to `on_text` (which
	/// cancels the request by returning `false`).
	pub fn generate(
		&self,
		prompt: &Prompt,
		params: &SamplingParams,
		on_text: &mut dyn FnMut(&str) -> bool,
	) -> Result<Generation> {
		let events = self.submit(prompt, params, false)?;
		for event in events.iter() {
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

/// The worker's loop: admit, step, stream, retire; until the scheduler is dropped and the
/// running sequences are done.
fn run_worker(engine: &Engine, waiting: &Receiver<Job>, max_batch: usize) {
	let mut running: Vec<Running> = Vec::new();
	let mut open = true;
	loop {
		if running.is_empty() {
			if !open {
				return;
			}
			match waiting.recv() {
				Ok(job) => running.push(Running::new(job)),
				Err(_) => return,
			}
		}
		while open && running.len() < max_batch {
			match waiting.try_recv() {
				Ok(job) => running.push(Running::new(job)),
				Err(TryRecvError::Empty) => break,
				Err(TryRecvError::Disconnected) => open = false,
			}
		}
		step(engine, &mut running);
	}
}

impl Running {
	fn new(job: Job) -> Self {
		let input = job.sequence.prompt_ids().to_vec();
		Self { job, input, device_time: Duration::ZERO, time_to_first_token: None }
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
		// The reader may be gone; then nobody wants the result.
		let _ = job.events.send(StreamEvent::Done(outcome));
	}
}

/// One forward pass over every running sequence, then each samples, streams and, when done,
/// leaves the batch with its result.
fn step(engine: &Engine, running: &mut Vec<Running>) {
	let started = Instant::now();
	let logits = {
		let mut batch: Vec<BatchEntry<'_>> = running
			.iter_mut()
			.map(|sequence| BatchEntry { tokens: &sequence.input, cache: &mut sequence.job.cache })
			.collect();
		engine.model().forward_batch(&mut batch)
	};
	let logits = match logits {
		Ok(logits) => logits,
		Err(error) => {
			let message = error.to_string();
			for sequence in running.drain(..) {
				sequence.finish(Err(EngineError::Batch(message.clone())));
			}
			return;
		}
	};
	let share = started.elapsed() / running.len().max(1) as u32;
	let mut still_running = Vec::with_capacity(running.len());
	for (mut sequence, logits) in running.drain(..).zip(logits) {
		sequence.device_time += share;
		let submitted = sequence.job.submitted;
		sequence.time_to_first_token.get_or_insert_with(|| submitted.elapsed());
		let step = match sequence.job.sequence.accept(logits, engine.tokenizer()) {
			Ok(step) => step,
			Err(error) => {
				sequence.finish(Err(error));
				continue;
			}
		};
		if !step.text.is_empty() && sequence.job.events.send(StreamEvent::Text(step.text)).is_err()
		{
			// The reader went away: stop spending the device on it.
			sequence.job.sequence.cancel();
			continue;
		}
		match step.next {
			Some(token) => {
				sequence.input = vec![token];
				still_running.push(sequence);
			}
			None => sequence.finish(Ok(())),
		}
	}
	*running = still_running;
}
