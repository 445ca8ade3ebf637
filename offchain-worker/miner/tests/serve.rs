//! The miner serving jobs on the engine's tiny Mixtral: a record that the sender opens and
//! that matches the engine's own output, prompts rejected as the sender's fault, failures,
//! outcomes kept across a restart and forgotten once settled, and jobs told apart by their
//! digest.

use codec::Decode;
use gintonic_engine::{BatchScheduler, Engine, EngineOptions, Prompt, SchedulerLimits};
use gintonic_miner::{
	jobs::{Accepted, JobKey, JobStatus},
	record::engine_params,
	Miner, ModelSet, ProviderKeys, ServedModel,
};
use gintonic_primitives::{
	miner::{job_digest, JobOutcome, MinerJob},
	FinishReason, ModelId, RecordFee, RecordMetadata, SamplingParams, Throughput, TokenRate,
};
use std::{path::PathBuf, sync::Arc, time::Duration};

#[path = "../../seal/tests/common/mod.rs"]
mod dev_keys;
use dev_keys::{opener, public};

fn tiny_mixtral() -> PathBuf {
	manifest_dir().join("../engine/tests/fixtures/tiny-mixtral")
}

const MODEL: ModelId = ModelId::repeat_byte(0x11);

/// A miner with Alice's provider key serving the tiny Mixtral, keeping outcomes in `store`.
fn miner(store: Option<PathBuf>) -> Arc<Miner> {
	let engine =
		Engine::load(tiny_mixtral(), &EngineOptions::default()).unwrap_or_else(|e| panic!("{e}"));
	let scheduler = BatchScheduler::start(
		Arc::new(engine),
		SchedulerLimits { max_batch: 4, ..Default::default() },
	)
	.unwrap_or_else(|e| panic!("{e}"));
	let mut models = ModelSet::default();
	models.insert(ServedModel {
		id: MODEL,
		name: "tiny-mixtral".into(),
		precision: "f32".into(),
		scheduler,
	});
	let mut keys = ProviderKeys::default();
	keys.insert(opener("//Alice"));
	Miner::new(models, keys, gintonic_miner::device::describe("cpu"), store)
		.unwrap_or_else(|e| panic!("{e}"))
}

fn greedy(max_tokens: u32) -> SamplingParams {
	SamplingParams { temperature_milli: 0, max_tokens, ..Default::default() }
}

/// Charlie's job for Alice with `plaintext` sealed to `recipients`.
fn job(id: u64, plaintext: &[u8], recipients: &[&str], params: SamplingParams) -> MinerJob {
	let keys: Vec<_> = recipients.iter().map(|s| public(s)).collect();
	MinerJob {
		id,
		sender: public("//Charlie"),
		provider: public("//Alice"),
		encryption_key: public("//Alice"),
		model: MODEL,
		params,
		rate: TokenRate {
			price_per_hour: 3_600,
			gpu_count: 1,
			throughput: Throughput { prompt_tokens_per_second: 1, completion_tokens_per_second: 1 },
		},
		// A prompt token and a generated one cost 1 each; a record byte 1, a record 100.
		max_payment: 1_000_000,
		record_fee: RecordFee { base: 100, per_byte: 1 },
		sealed_prompt: gintonic_seal::seal(plaintext, &keys).unwrap_or_else(|e| panic!("{e}")),
	}
}

const CONVERSATION: &str = r#"{"messages":[{"role":"system","content":"Answer briefly."},{"role":"user","content":"What is a GPU?"}]}"#;

#[test]
fn a_served_job_is_a_record_the_sender_opens_and_the_engine_reproduces() {
	let miner = miner(None);
	let job = job(7, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(12));
	let JobOutcome::Completed { result_hash, sealed_record, usage } = miner.serve(&job) else {
		panic!("the job is served");
	};
	let plaintext = opener("//Charlie").open(&sealed_record).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(opener("//Alice").open(&sealed_record), Ok(plaintext.clone()));
	assert_eq!(opener("//Eve").open(&sealed_record), Err(gintonic_seal::Error::NotARecipient));
	let record = RecordMetadata::decode(&mut &plaintext[..]).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(record.result_hash(), result_hash);
	assert_eq!((record.sender, record.provider), (public("//Charlie"), public("//Alice")));
	assert_eq!((record.model, record.price_per_hour), (MODEL, 3_600));
	assert_eq!(record.params, greedy(12));
	assert_eq!(record.instructions, b"Answer briefly.".to_vec());
	assert_eq!(record.prompt, br#"[{"role":"user","content":"What is a GPU?"}]"#.to_vec());
	assert_eq!(
		(record.model_name.as_slice(), record.precision.as_slice()),
		(&b"tiny-mixtral"[..], &b"f32"[..])
	);
	assert!(record.date_time_ms > 1_700_000_000_000);
	assert!(!record.gpu.model.is_empty());

	// The same conversation and parameters through the engine alone give the same tokens.
	let engine =
		Engine::load(tiny_mixtral(), &EngineOptions::default()).unwrap_or_else(|e| panic!("{e}"));
	let messages = serde_json::from_str::<serde_json::Value>(CONVERSATION)
		.map(|v| v["messages"].clone())
		.unwrap_or_default();
	let messages = serde_json::from_value(messages).unwrap_or_default();
	let alone = engine
		.generate(&Prompt::Chat(messages), &engine_params(&greedy(12)), false, &mut |_| true)
		.unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(record.response, alone.text.into_bytes());
	assert_eq!(record.response_tokens, alone.tokens);
	assert_eq!(usage.completion_tokens as usize, record.response_tokens.len());
	assert_eq!(usage.prompt_tokens as usize, alone.usage.prompt_tokens);
	let expected_reason = match alone.finish_reason {
		gintonic_engine::FinishReason::Stop => FinishReason::Stop,
		gintonic_engine::FinishReason::Length => FinishReason::Length,
		gintonic_engine::FinishReason::Cancelled => FinishReason::Cancelled,
	};
	assert_eq!(record.finish_reason, expected_reason);
}

#[test]
fn prompts_the_provider_cannot_open_or_parse_are_the_senders_fault() {
	let miner = miner(None);
	let cases = [
		job(1, CONVERSATION.as_bytes(), &["//Charlie", "//Bob"], greedy(4)),
		job(2, b"What is a GPU?", &["//Charlie", "//Alice"], greedy(4)),
		job(3, br#"{"messages":[]}"#, &["//Charlie", "//Alice"], greedy(4)),
		job(
			4,
			br#"{"messages":[{"role":"robot","content":"hi"}]}"#,
			&["//Charlie", "//Alice"],
			greedy(4),
		),
	];
	for case in cases {
		let outcome = miner.serve(&case);
		assert!(matches!(outcome, JobOutcome::Rejected { .. }), "job {}: {outcome:?}", case.id);
	}
	let mut garbage = job(5, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(4));
	let last = garbage.sealed_prompt.len() - 1;
	garbage.sealed_prompt[last] ^= 1;
	let JobOutcome::Rejected { reason } = miner.serve(&garbage) else { panic!("rejected") };
	assert!(String::from_utf8_lossy(&reason).contains("does not open"));
}

/// What a sender can send a provider to make it fail, each now a rejection (the sender's
/// fault: refunded, no strike) with a reason naming it.
#[test]
fn griefing_inputs_are_rejections_not_failures() {
	let miner = miner(None);
	let sealed_to =
		|id, plaintext: &[u8], params| job(id, plaintext, &["//Charlie", "//Alice"], params);
	let long =
		format!(r#"{{"messages":[{{"role":"user","content":"{}"}}]}}"#, "word ".repeat(2_000));
	let mut short_escrow = sealed_to(5, CONVERSATION.as_bytes(), greedy(64));
	short_escrow.max_payment = 500;
	let cases = [
		// Mixtral's template raises on a conversation that opens with the assistant.
		(
			sealed_to(1, br#"{"messages":[{"role":"assistant","content":"hi"}]}"#, greedy(4)),
			"template",
		),
		// A prompt past the model's 1_024-token context.
		(sealed_to(2, long.as_bytes(), greedy(4)), "context"),
		// `max_tokens` the context cannot hold beside the prompt (the chain allows 32_768).
		(sealed_to(3, CONVERSATION.as_bytes(), greedy(1_020)), "context"),
		// An escrow short of the worst case at this provider's rate.
		(short_escrow, "escrow of 500"),
	];
	for (case, why) in cases {
		let outcome = miner.serve(&case);
		let JobOutcome::Rejected { reason } = &outcome else {
			panic!("job {}: {outcome:?}", case.id)
		};
		let reason = String::from_utf8_lossy(reason);
		assert!(reason.contains(why), "job {}: {reason}", case.id);
	}
	// The same conversation with an escrow that covers it is served.
	let covered = sealed_to(6, CONVERSATION.as_bytes(), greedy(4));
	assert!(matches!(miner.serve(&covered), JobOutcome::Completed { .. }));
}

#[test]
fn what_the_miner_cannot_serve_is_its_own_failure() {
	let miner = miner(None);
	let mut unknown_model = job(1, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(4));
	unknown_model.model = ModelId::repeat_byte(0x22);
	let JobOutcome::Failed { reason } = miner.serve(&unknown_model) else { panic!("failed") };
	assert!(String::from_utf8_lossy(&reason).contains("not served"));
	let mut foreign_key = job(2, CONVERSATION.as_bytes(), &["//Charlie", "//Bob"], greedy(4));
	foreign_key.encryption_key = public("//Bob");
	assert!(matches!(miner.serve(&foreign_key), JobOutcome::Failed { .. }));
}

#[test]
fn without_the_registered_key_a_listed_key_of_the_miner_opens_the_prompt() {
	let miner = miner(None);
	// The worker could not tell the provider's key (e.g. the provider is suspended).
	let mut unnamed = job(3, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(4));
	unnamed.encryption_key = [0; 32];
	let JobOutcome::Completed { sealed_record, .. } = miner.serve(&unnamed) else {
		panic!("served with Alice's key, which the envelope lists");
	};
	assert!(opener("//Alice").open(&sealed_record).is_ok(), "sealed to the key that opened it");
	assert!(opener("//Charlie").open(&sealed_record).is_ok());
}

/// Polls `miner` until job `key` is done (30 s at most).
fn wait_done(miner: &Miner, key: &JobKey) -> JobOutcome {
	for _ in 0..600 {
		if let Some(JobStatus::Done(outcome)) = miner.status(key) {
			return outcome;
		}
		std::thread::sleep(Duration::from_millis(50));
	}
	panic!("job {key:?} does not finish within 30 s")
}

#[test]
fn outcomes_survive_a_restart_and_a_job_is_run_once() {
	let store = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
	let first = miner(Some(store.path().to_path_buf()));
	let job = job(9, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(6));
	let key = (9, job_digest(&job));
	assert_eq!(first.accept(job.clone()), Accepted::Started);
	assert_eq!(first.accept(job.clone()), Accepted::Known);
	let done = wait_done(&first, &key);
	assert!(matches!(done, JobOutcome::Completed { .. }));
	drop(first);
	let restarted = miner(Some(store.path().to_path_buf()));
	assert_eq!(restarted.status(&key), Some(JobStatus::Done(done)));
	assert_eq!(restarted.status(&(10, key.1)), None);
	assert_eq!(restarted.accept(job), Accepted::Known);

	// Forgotten once the chain settled it: in memory and on disk.
	restarted.forget(&[key]);
	assert_eq!(restarted.status(&key), None);
	assert_eq!(restarted.jobs_kept(), 0);
	drop(restarted);
	assert_eq!(miner(Some(store.path().to_path_buf())).status(&key), None);
}

#[test]
fn a_job_is_answered_by_its_id_and_digest_never_by_the_id_alone() {
	let miner = miner(None);
	let first = job(4, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(3));
	// Another job under the same id (a purged chain reuses ids, or a local process posts one).
	let other =
		job(4, br#"{"messages":[{"role":"user","content":"Hi"}]}"#, &["//Alice"], greedy(3));
	let (first_key, other_key) = ((4, job_digest(&first)), (4, job_digest(&other)));
	assert_ne!(first_key, other_key);
	assert_eq!(miner.accept(first), Accepted::Started);
	assert_eq!(miner.accept(other), Accepted::Started);
	let (first_done, other_done) = (wait_done(&miner, &first_key), wait_done(&miner, &other_key));
	assert_ne!(first_done, other_done, "neither overwrote the other");
	assert_eq!(miner.status(&first_key), Some(JobStatus::Done(first_done)));
	assert_eq!(miner.status(&(4, [0; 32])), None);
}

#[test]
fn a_job_forgotten_while_it_runs_is_not_kept_when_it_finishes() {
	let store = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
	let miner = miner(Some(store.path().to_path_buf()));
	let job = job(5, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(40));
	let key = (5, job_digest(&job));
	assert_eq!(miner.accept(job), Accepted::Started);
	miner.forget(&[key]);
	// The job's thread finishes and keeps nothing; a sentinel job shows it had the time.
	let sentinel = self::job(6, CONVERSATION.as_bytes(), &["//Charlie", "//Alice"], greedy(40));
	let sentinel_key = (6, job_digest(&sentinel));
	miner.accept(sentinel);
	wait_done(&miner, &sentinel_key);
	std::thread::sleep(Duration::from_millis(500));
	assert_eq!(miner.status(&key), None);
	assert_eq!(miner.jobs_kept(), 1);
	let outcomes = std::fs::read_dir(store.path())
		.unwrap_or_else(|e| panic!("{e}"))
		.flatten()
		.filter(|entry| entry.file_name().to_string_lossy().ends_with(".outcome"))
		.count();
	assert_eq!(outcomes, 1, "only the sentinel's outcome is on disk");
}

/// This crate's folder, read when the test runs (cargo and nextest set `CARGO_MANIFEST_DIR`):
/// a test binary that cargo reuses from a clone at another path still finds this clone's files.
fn manifest_dir() -> std::path::PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), std::path::PathBuf::from)
}
