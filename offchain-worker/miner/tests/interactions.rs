//! The queue of interactions to record: kept across a restart, served oldest first in bounded
//! polls, forgotten when recorded, and counted against its permit and account until then.

use codec::Decode;
use gintonic_miner::interactions::{InteractionQueue, Queued, MAX_POLL_BYTES};
use gintonic_primitives::{
	interaction::{Interaction, InteractionProof},
	miner::MAX_INTERACTIONS_PER_POLL,
	permit::{permit_id, Permit},
	ContentHash, ModelId, Usage,
};
use sp_core::sr25519;
use sp_runtime::{AccountId32, MultiSignature};

fn account(byte: u8) -> AccountId32 {
	AccountId32::new([byte; 32])
}

fn permit(nonce: u64) -> Permit<AccountId32, u128, u32> {
	Permit {
		genesis_hash: [0; 32],
		account: account(1),
		provider: account(2),
		key_hash: [0; 32],
		allowance: 1_000,
		expiry: 100,
		nonce,
	}
}

fn queued(n: u8, permit_nonce: u64, max_payment: u128) -> Queued {
	Queued {
		provider: account(2),
		interaction: Interaction {
			sender: account(1),
			proof: InteractionProof::Permit {
				permit: permit(permit_nonce),
				signature: MultiSignature::Sr25519(sr25519::Signature::from_raw([0; 64])),
			},
			model: ModelId::repeat_byte(9),
			request_hash: ContentHash::repeat_byte(n),
			max_payment,
			result_hash: ContentHash::zero(),
			sealed_metadata: vec![n; 10],
			usage: Usage::default(),
		},
	}
}

fn polled(queue: &InteractionQueue) -> Vec<Queued> {
	Vec::<Queued>::decode(&mut &queue.oldest_encoded()[..]).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_queue_survives_a_restart_and_forgets_what_is_recorded() {
	let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
	let path = folder.path().join("interactions");
	{
		let queue = InteractionQueue::open(Some(path.clone())).unwrap_or_else(|e| panic!("{e}"));
		for n in 0..3 {
			queue.push(queued(n, 1, 10));
		}
	}
	let queue = InteractionQueue::open(Some(path.clone())).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(polled(&queue), vec![queued(0, 1, 10), queued(1, 1, 10), queued(2, 1, 10)]);
	queue.remove(&[ContentHash::repeat_byte(1)]);
	// A file a crash left half written is quarantined, not fatal.
	std::fs::write(path.join("00000000000000000099.interaction"), b"garbage")
		.unwrap_or_else(|e| panic!("{e}"));
	let reopened = InteractionQueue::open(Some(path)).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(polled(&reopened), vec![queued(0, 1, 10), queued(2, 1, 10)]);
	// New items go after the old ones.
	reopened.push(queued(7, 1, 10));
	assert_eq!(polled(&reopened).last(), Some(&queued(7, 1, 10)));
}

#[test]
fn a_refused_interaction_is_kept_with_its_reason_and_its_permit_stays_stopped_after_a_restart() {
	let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
	let path = folder.path().join("interactions");
	{
		let queue = InteractionQueue::open(Some(path.clone())).unwrap_or_else(|e| panic!("{e}"));
		queue.push(queued(1, 1, 30));
		queue.push(queued(2, 2, 40));
		queue.refuse(&[(ContentHash::repeat_byte(1), b"PermitRevoked".to_vec())]);
		assert_eq!(polled(&queue), vec![queued(2, 2, 40)]);
	}
	let queue = InteractionQueue::open(Some(path.clone())).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!(polled(&queue), vec![queued(2, 2, 40)]);
	assert!(queue.is_stopped(&permit_id(&permit(1))));
	assert!(!queue.is_stopped(&permit_id(&permit(2))));
	let refusals = queue.refusals();
	assert_eq!((refusals.count, refusals.charges), (1, 30));
	let kept: Vec<_> = std::fs::read_dir(path.join("refused"))
		.unwrap_or_else(|e| panic!("{e}"))
		.flatten()
		.map(|entry| std::fs::read(entry.path()).unwrap_or_default())
		.collect();
	let [kept] = &kept[..] else { panic!("one refused interaction kept: {kept:?}") };
	let (item, reason) =
		<(Queued, Vec<u8>)>::decode(&mut &kept[..]).unwrap_or_else(|e| panic!("{e}"));
	assert_eq!((item, reason), (queued(1, 1, 30), b"PermitRevoked".to_vec()));

	// A refusal the provider's side caused is kept and counted, and stops no one's key.
	queue.refuse(&[(ContentHash::repeat_byte(2), b"NotServingModel".to_vec())]);
	assert!(!queue.is_stopped(&permit_id(&permit(2))));
	// The queue is empty: the next interaction takes its first sequence again, and its
	// refusal is kept beside the others, not over them.
	queue.push(queued(3, 3, 50));
	queue.refuse(&[(ContentHash::repeat_byte(3), b"AllowanceExceeded".to_vec())]);
	drop(queue);
	let queue = InteractionQueue::open(Some(path.clone())).unwrap_or_else(|e| panic!("{e}"));
	let refusals = queue.refusals();
	assert_eq!((refusals.count, refusals.charges), (3, 120));
	let stopped: Vec<bool> = (1..=3).map(|n| queue.is_stopped(&permit_id(&permit(n)))).collect();
	assert_eq!(stopped, [true, false, true]);
}

#[test]
fn a_poll_is_bounded_and_oldest_first() {
	let queue = InteractionQueue::open(None).unwrap_or_else(|e| panic!("{e}"));
	let total = MAX_INTERACTIONS_PER_POLL as u8 + 5;
	for n in 0..total {
		queue.push(queued(n, 1, 1));
	}
	let first = polled(&queue);
	assert_eq!(first.len(), MAX_INTERACTIONS_PER_POLL as usize);
	assert_eq!(first.first(), Some(&queued(0, 1, 1)));
	let hashes: Vec<ContentHash> = first.iter().map(|q| q.interaction.request_hash).collect();
	queue.remove(&hashes);
	assert_eq!(polled(&queue).len(), 5);
	assert_eq!(queue.len(), 5);
}

#[test]
fn a_poll_stays_within_its_byte_bound_but_always_carries_the_oldest() {
	let queue = InteractionQueue::open(None).unwrap_or_else(|e| panic!("{e}"));
	let big = |n: u8| {
		let mut item = queued(n, 1, 1);
		item.interaction.sealed_metadata = vec![n; MAX_POLL_BYTES * 2 / 3];
		item
	};
	queue.push(big(1));
	queue.push(big(2));
	assert_eq!(polled(&queue), vec![big(1)]);
	queue.remove(&[ContentHash::repeat_byte(1)]);
	queue.push(big(3));
	assert_eq!(polled(&queue), vec![big(2)]);
	let huge = {
		let mut item = queued(4, 1, 1);
		item.interaction.sealed_metadata = vec![4; MAX_POLL_BYTES * 2];
		item
	};
	let alone = InteractionQueue::open(None).unwrap_or_else(|e| panic!("{e}"));
	alone.push(huge.clone());
	assert_eq!(polled(&alone), vec![huge]);
}

#[test]
fn queued_charges_count_against_their_permit_and_account() {
	let queue = InteractionQueue::open(None).unwrap_or_else(|e| panic!("{e}"));
	queue.push(queued(1, 1, 30));
	queue.push(queued(2, 1, 20));
	queue.push(queued(3, 2, 5));
	assert_eq!(queue.pending_charges(&permit_id(&permit(1)), &account(1)), (50, 55));
	assert_eq!(queue.pending_charges(&permit_id(&permit(2)), &account(1)), (5, 55));
	assert_eq!(queue.pending_charges(&permit_id(&permit(1)), &account(3)), (0, 0));
}
