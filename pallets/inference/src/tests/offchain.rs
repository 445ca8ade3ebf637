//! The offchain worker against a scripted miner service: hand-over, collection, the signed
//! settling call, the recording of queued API interactions, and nothing at all on a node that
//! is no miner.

use super::request;
use crate::{mock::*, Call};
use codec::{Decode, Encode};
use frame_support::assert_ok;
use frame_support::traits::Hooks;
use gintonic_primitives::{
	interaction::{Interaction, InteractionProof},
	miner::{
		bearer, job_digest, job_path, JobDigest, JobOutcome, MinerJob, QueuedInteraction, KEY_TYPE,
		MINER_SECRET_KEY, MINER_URL_KEY,
	},
	permit::{permit_signing_payload, Permit},
	ContentHash, RecordFee, Usage,
};
use sp_core::offchain::{
	testing::{OffchainState, PendingRequest, PoolState, TestOffchainExt, TestTransactionPoolExt},
	OffchainDbExt, OffchainStorage, OffchainWorkerExt, TransactionPoolExt,
};
use sp_keyring::Sr25519Keyring;
use sp_keystore::{testing::MemoryKeystore, Keystore, KeystoreExt};
use sp_runtime::traits::Dispatchable;
use sp_runtime::MultiSignature;
use std::sync::Arc;

const MINER: &str = "http://127.0.0.1:7000";
const SECRET: [u8; 32] = [0x5e; 32];

/// The header every call to the miner carries.
fn authorization() -> Vec<(String, String)> {
	let value = String::from_utf8(bearer(&SECRET)).unwrap_or_else(|e| panic!("{e}"));
	vec![("Authorization".into(), value)]
}

type Shared<State> = Arc<parking_lot::RwLock<State>>;

/// Externalities with an offchain DB, an HTTP mock, a transaction pool and a keystore that
/// holds Bob's provider key; `miner` writes the miner service's URL, as `--miner` does.
fn offchain_ext(
	miner: bool,
) -> (sp_io::TestExternalities, Shared<OffchainState>, Shared<PoolState>) {
	let mut ext = ExtBuilder.build();
	let (offchain, offchain_state) = TestOffchainExt::new();
	let (pool, pool_state) = TestTransactionPoolExt::new();
	let keystore = MemoryKeystore::new();
	keystore
		.sr25519_generate_new(KEY_TYPE, Some("//Bob"))
		.unwrap_or_else(|e| panic!("keystore: {e:?}"));
	if miner {
		let mut state = offchain_state.write();
		state.persistent_storage.set(b"", MINER_URL_KEY, MINER.as_bytes());
		state.persistent_storage.set(b"", MINER_SECRET_KEY, &SECRET);
	}
	ext.register_extension(OffchainDbExt::new(offchain.clone()));
	ext.register_extension(OffchainWorkerExt::new(offchain));
	ext.register_extension(TransactionPoolExt::new(pool));
	ext.register_extension(KeystoreExt::new(keystore));
	(ext, offchain_state, pool_state)
}

/// What the worker hands the miner for request `id`.
fn job(id: u64) -> MinerJob {
	MinerJob {
		id,
		sender: alice().into(),
		provider: bob().into(),
		encryption_key: bob().into(),
		model: model("mixtral"),
		params: super::params(),
		rate: rate(BOB_PRICE),
		max_payment: 5_000,
		record_fee: RecordFee { base: RECORD_BASE_FEE, per_byte: RECORD_BYTE_FEE },
		sealed_prompt: crate::Prompts::<Test>::get(id).map(|p| p.into_inner()).unwrap_or_default(),
	}
}

/// The miner answering the hand-over of request `id`.
fn hand_over(id: u64) -> PendingRequest {
	PendingRequest {
		method: "POST".into(),
		uri: format!("{MINER}/jobs"),
		headers: authorization(),
		body: job(id).encode(),
		response: Some(Vec::new()),
		sent: true,
		..Default::default()
	}
}

/// The digest of request `id`'s job.
fn digest(id: u64) -> JobDigest {
	job_digest(&job(id))
}

/// The miner answering the collection of request `id` with `response` (status 200).
fn collect(id: u64, response: Vec<u8>) -> PendingRequest {
	PendingRequest {
		method: "GET".into(),
		uri: format!("{MINER}{}", job_path(id, &digest(id))),
		headers: authorization(),
		response: Some(response),
		sent: true,
		..Default::default()
	}
}

/// The miner answering that request `id` is done with `outcome`.
fn finished(id: u64, outcome: &JobOutcome) -> PendingRequest {
	collect(id, (digest(id), outcome).encode())
}

/// The miner answering that request `id` still runs.
fn running(id: u64) -> PendingRequest {
	PendingRequest { response_headers: Vec::new(), ..collect(id, Vec::new()) }
}

/// Runs the worker at `block` with the miner's interaction queue empty.
fn run_worker(offchain: &Shared<OffchainState>, block: u64) {
	run_worker_with_queue(offchain, block, Vec::new(), None);
}

/// Runs the worker at `block`, the miner answering its poll with `queue`; `then` is the call
/// expected after the poll.
fn run_worker_with_queue(
	offchain: &Shared<OffchainState>,
	block: u64,
	queue: Vec<Queued>,
	then: Option<PendingRequest>,
) {
	offchain.write().expect_request(PendingRequest {
		method: "GET".into(),
		uri: format!("{MINER}/interactions"),
		headers: authorization(),
		response: Some(queue.encode()),
		sent: true,
		..Default::default()
	});
	if let Some(then) = then {
		offchain.write().expect_request(then);
	}
	System::set_block_number(block);
	Inference::offchain_worker(block);
}

#[test]
fn a_request_is_handed_over_collected_and_settled_by_a_signed_call() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let id = request(5_000);
		offchain.write().expect_request(hand_over(id));
		run_worker(&offchain, 1);
		assert!(pool.read().transactions.is_empty(), "nothing to submit yet");

		// Next block: the miner has finished; the worker submits Bob's result.
		let outcome = JobOutcome::Completed {
			result_hash: ContentHash::repeat_byte(3),
			sealed_record: b"sealed".to_vec(),
			usage: Usage { prompt_tokens: 5, completion_tokens: 7 },
		};
		offchain.write().expect_request(finished(id, &outcome));
		run_worker(&offchain, 2);
		let submitted = pool.write().transactions.pop().unwrap_or_else(|| panic!("a transaction"));
		let xt = TestExtrinsic::decode(&mut &submitted[..]).unwrap_or_else(|e| panic!("{e}"));
		assert_eq!(xt.preamble.to_signed().map(|(who, _, _)| who), Some(bob()));
		assert_eq!(
			xt.function,
			RuntimeCall::Inference(Call::submit_result {
				id,
				result_hash: ContentHash::repeat_byte(3),
				sealed_metadata: sp_runtime::BoundedVec::truncate_from(b"sealed".to_vec()),
				usage: Usage { prompt_tokens: 5, completion_tokens: 7 },
			})
		);

		// Submitted: the next runs do not call the miner again while it waits in the pool.
		run_worker(&offchain, 3);
		assert!(pool.read().transactions.is_empty());
	});
}

#[test]
fn a_rejected_prompt_becomes_reject_prompt_and_a_failure_report_failure() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let rejected = request(5_000);
		let failed = request(5_000);
		for id in [rejected, failed] {
			offchain.write().expect_request(hand_over(id));
		}
		run_worker(&offchain, 1);
		let outcomes = [
			(rejected, JobOutcome::Rejected { reason: b"not valid JSON".to_vec() }),
			(failed, JobOutcome::Failed { reason: b"CUDA out of memory".to_vec() }),
		];
		for (id, outcome) in &outcomes {
			offchain.write().expect_request(finished(*id, outcome));
		}
		run_worker(&offchain, 2);
		let calls: Vec<_> = pool
			.read()
			.transactions
			.iter()
			.map(|tx| {
				TestExtrinsic::decode(&mut &tx[..]).unwrap_or_else(|e| panic!("{e}")).function
			})
			.collect();
		let reason = |text: &[u8]| sp_runtime::BoundedVec::truncate_from(text.to_vec());
		assert_eq!(
			calls,
			vec![
				RuntimeCall::Inference(Call::reject_prompt {
					id: rejected,
					reason: reason(b"not valid JSON")
				}),
				RuntimeCall::Inference(Call::report_failure {
					id: failed,
					reason: reason(b"CUDA out of memory")
				}),
			]
		);
	});
}

#[test]
fn a_node_that_is_no_miner_does_nothing() {
	let (mut ext, _offchain, pool) = offchain_ext(false);
	ext.execute_with(|| {
		request(5_000);
		// Any HTTP call would fail the test: none is expected.
		Inference::offchain_worker(1);
		assert!(pool.read().transactions.is_empty());
	});
}

#[test]
fn an_unreadable_answer_is_asked_again_and_a_dropped_result_submitted_again() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let id = request(5_000);
		offchain.write().expect_request(hand_over(id));
		run_worker(&offchain, 1);
		let get = |response: Vec<u8>| collect(id, response);

		// An answer that is no JobOutcome: nothing is submitted, the next block asks again.
		offchain.write().expect_request(get(b"garbage".to_vec()));
		run_worker(&offchain, 2);
		assert!(pool.read().transactions.is_empty());

		let outcome = JobOutcome::Failed { reason: b"out of memory".to_vec() };
		offchain.write().expect_request(finished(id, &outcome));
		run_worker(&offchain, 3);
		assert_eq!(pool.read().transactions.len(), 1);

		// The transaction was dropped while the provider's other transactions land (its nonce
		// moves: no stall): the request is still pending. The miner is not asked again until
		// RESUBMIT_AFTER blocks have passed; then the outcome is submitted again.
		let resubmit_at = 3 + u64::from(crate::offchain::RESUBMIT_AFTER);
		for block in 4..resubmit_at {
			frame_system::Pallet::<Test>::inc_account_nonce(bob());
			run_worker(&offchain, block);
		}
		assert_eq!(pool.read().transactions.len(), 1);
		offchain.write().expect_request(finished(id, &outcome));
		run_worker(&offchain, resubmit_at);
		assert_eq!(pool.read().transactions.len(), 2);
	});
}

/// The nonces of the transactions in the pool, in order.
fn pooled_nonces(pool: &Shared<PoolState>) -> Vec<u32> {
	pool.read()
		.transactions
		.iter()
		.map(|tx| {
			let xt = TestExtrinsic::decode(&mut &tx[..]).unwrap_or_else(|e| panic!("{e}"));
			let (_, _, extra) = xt.preamble.to_signed().unwrap_or_else(|| panic!("signed"));
			extra.0
		})
		.collect()
}

#[test]
fn a_lost_transaction_is_signed_again_from_the_chains_nonce_so_nothing_waits_behind_it() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let failure = JobOutcome::Failed { reason: b"out of memory".to_vec() };
		let first = request(5_000);
		offchain.write().expect_request(hand_over(first));
		run_worker(&offchain, 1);
		offchain.write().expect_request(finished(first, &failure));
		run_worker(&offchain, 2);
		// The node restarts: the pool loses the transaction at nonce 0.
		pool.write().transactions.clear();

		// The next result is signed ahead of the chain, as if the first still waited.
		let second = request(5_000);
		offchain.write().expect_request(hand_over(second));
		run_worker(&offchain, 3);
		offchain.write().expect_request(finished(second, &failure));
		run_worker(&offchain, 4);
		assert_eq!(pooled_nonces(&pool), [1]);

		// The chain's nonce has not moved for NONCE_STALL_AFTER blocks since the first was
		// signed: both outcomes are submitted again, from the chain's nonce.
		let stalled_at = 2 + u64::from(crate::offchain::NONCE_STALL_AFTER);
		for block in 5..stalled_at {
			run_worker(&offchain, block);
		}
		offchain.write().expect_request(finished(first, &failure));
		offchain.write().expect_request(finished(second, &failure));
		run_worker(&offchain, stalled_at);
		assert_eq!(pooled_nonces(&pool), [1, 0, 1]);

		// Signed afresh: nothing more until they land or RESUBMIT_AFTER passes.
		run_worker(&offchain, stalled_at + 1);
		assert_eq!(pooled_nonces(&pool), [1, 0, 1]);
	});
}

#[test]
fn sixteen_running_jobs_do_not_keep_the_next_requests_from_being_handed_over() {
	let (mut ext, offchain, _pool) = offchain_ext(true);
	ext.execute_with(|| {
		let max = crate::offchain::MAX_JOBS_PER_RUN as u64;
		// One a block (the chain bounds the requests of one block).
		let ids: Vec<u64> = (1..=max + 4)
			.map(|block| {
				System::set_block_number(block);
				request(5_000)
			})
			.collect();
		let first_run = max + 5;
		// One run hands over at most MAX_JOBS_PER_RUN.
		for id in &ids[..max as usize] {
			offchain.write().expect_request(hand_over(*id));
		}
		run_worker(&offchain, first_run);
		// The next polls those (still running: nothing to submit) and hands over the rest.
		for id in &ids[..max as usize] {
			offchain.write().expect_request(running(*id));
		}
		for id in &ids[max as usize..] {
			offchain.write().expect_request(hand_over(*id));
		}
		run_worker(&offchain, first_run + 1);
		for id in &ids {
			offchain.write().expect_request(running(*id));
		}
		run_worker(&offchain, first_run + 2);
	});
}

#[test]
fn a_settled_request_is_forgotten_by_the_miner() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let id = request(5_000);
		offchain.write().expect_request(hand_over(id));
		run_worker(&offchain, 1);
		let outcome = JobOutcome::Failed { reason: b"out of memory".to_vec() };
		offchain.write().expect_request(finished(id, &outcome));
		run_worker(&offchain, 2);
		let handed = digest(id);
		let submitted = pool.write().transactions.pop().unwrap_or_else(|| panic!("a transaction"));
		let xt = TestExtrinsic::decode(&mut &submitted[..]).unwrap_or_else(|e| panic!("{e}"));
		assert_ok!(xt.function.dispatch(RuntimeOrigin::signed(bob())));

		offchain.write().expect_request(PendingRequest {
			method: "POST".into(),
			uri: format!("{MINER}/jobs/forget"),
			headers: authorization(),
			body: vec![(id, handed)].encode(),
			response: Some(Vec::new()),
			sent: true,
			..Default::default()
		});
		run_worker(&offchain, 3);
		// Forgotten on both sides: nothing more is asked.
		run_worker(&offchain, 4);
	});
}

#[test]
fn an_answer_for_another_job_under_the_same_id_is_never_submitted() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let id = request(5_000);
		offchain.write().expect_request(hand_over(id));
		run_worker(&offchain, 1);
		// The miner answers with the outcome of another job of this id (a purged chain's).
		let outcome = JobOutcome::Failed { reason: b"stale".to_vec() };
		let stale = [0xaa; 32];
		offchain.write().expect_request(collect(id, (stale, &outcome).encode()));
		run_worker(&offchain, 2);
		assert!(pool.read().transactions.is_empty());

		// The request under this id changes (as on a purged chain): handed over anew.
		crate::Prompts::<Test>::insert(id, prompt_for(&[bob()]));
		offchain.write().expect_request(hand_over(id));
		run_worker(&offchain, 3);
		offchain.write().expect_request(finished(id, &outcome));
		run_worker(&offchain, 4);
		assert_eq!(pool.read().transactions.len(), 1);
	});
}

/// A queued interaction as the miner serves it.
type Queued = QueuedInteraction<AccountId, MultiSignature, Balance, u64>;

/// Bob's queued interaction for Alice under a permit Alice signed (`signer` signs it).
fn queued(signer: Sr25519Keyring, n: u8) -> Queued {
	let permit = Permit {
		genesis_hash: Inference::genesis_hash(),
		account: alice(),
		provider: bob(),
		key_hash: [7; 32],
		allowance: 10_000,
		expiry: 50,
		nonce: 1,
	};
	let signature = MultiSignature::from(signer.sign(&permit_signing_payload(&permit)));
	QueuedInteraction {
		provider: bob(),
		interaction: Interaction {
			sender: alice(),
			proof: InteractionProof::Permit { permit, signature },
			model: model("mixtral"),
			request_hash: ContentHash::repeat_byte(n),
			max_payment: 1_000,
			result_hash: ContentHash::repeat_byte(9),
			sealed_metadata: b"sealed".to_vec(),
			usage: Usage { prompt_tokens: 3, completion_tokens: 4 },
		},
	}
}

/// The worker telling the miner to forget `hashes`.
fn done(hashes: Vec<ContentHash>) -> PendingRequest {
	PendingRequest {
		method: "POST".into(),
		uri: format!("{MINER}/interactions/done"),
		headers: authorization(),
		body: hashes.encode(),
		response: Some(Vec::new()),
		sent: true,
		..Default::default()
	}
}

#[test]
fn a_queued_interaction_is_recorded_once_and_then_forgotten_by_the_miner() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let item = queued(Sr25519Keyring::Alice, 1);
		run_worker_with_queue(&offchain, 1, vec![item.clone()], None);
		let submitted = pool.write().transactions.pop().unwrap_or_else(|| panic!("a transaction"));
		let xt = TestExtrinsic::decode(&mut &submitted[..]).unwrap_or_else(|e| panic!("{e}"));
		assert_eq!(xt.preamble.to_signed().map(|(who, _, _)| who), Some(bob()));
		let RuntimeCall::Inference(call) = xt.function else { panic!("an inference call") };
		assert!(matches!(&call, Call::record_interaction { request_hash, .. } if *request_hash == item.interaction.request_hash));

		// In the pool: not submitted again on the next block.
		run_worker_with_queue(&offchain, 2, vec![item.clone()], None);
		assert!(pool.read().transactions.is_empty());

		// On chain: the miner is told to forget it.
		assert_ok!(RuntimeCall::Inference(call).dispatch(RuntimeOrigin::signed(bob())));
		let forget = done(vec![item.interaction.request_hash]);
		run_worker_with_queue(&offchain, 3, vec![item], Some(forget));
		assert!(pool.read().transactions.is_empty());
	});
}

#[test]
fn an_interaction_the_chain_would_refuse_is_handed_back_with_the_reason_not_submitted() {
	let (mut ext, offchain, pool) = offchain_ext(true);
	ext.execute_with(|| {
		let forged = queued(Sr25519Keyring::Eve, 1);
		let good = queued(Sr25519Keyring::Alice, 2);
		let refused = PendingRequest {
			method: "POST".into(),
			uri: format!("{MINER}/interactions/refused"),
			headers: authorization(),
			body: vec![(forged.interaction.request_hash, b"BadSignature".to_vec())].encode(),
			response: Some(Vec::new()),
			sent: true,
			..Default::default()
		};
		run_worker_with_queue(&offchain, 1, vec![forged, good], Some(refused));
		assert_eq!(pool.read().transactions.len(), 1, "only the good one");
	});
}
