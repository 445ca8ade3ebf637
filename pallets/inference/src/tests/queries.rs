//! Paged record queries over thousands of records: complete, in id order, summaries without
//! the envelopes, and as cheap at the end as at the start (measured by the storage proof each
//! page reads).

use crate::{mock::*, records::Billed, Pallet};
use codec::Encode;
use gintonic_primitives::{Charge, ContentHash, RecordOrigin, Usage};
use sp_runtime::BoundedVec;

const RECORDS: u64 = 3_000;

/// Stores `RECORDS` records, two of every three Alice's and the rest Bob's; Alice's ids.
fn store_many() -> Vec<u64> {
	let mut alices = Vec::new();
	for n in 0..RECORDS {
		let sender = if n % 3 == 2 { bob() } else { alice() };
		let id = Pallet::<Test>::store_record(
			sender.clone(),
			charlie(),
			model("mixtral"),
			ContentHash::repeat_byte(1),
			Billed {
				charge: Charge { compute: 1, storage: 1 },
				usage: Usage::default(),
				rate: rate(BOB_PRICE),
			},
			RecordOrigin::Request(n),
			BoundedVec::truncate_from(vec![7; 64]),
		)
		.unwrap_or_else(|e| panic!("{e:?}"));
		if sender == alice() {
			alices.push(id);
		}
	}
	alices
}

#[test]
fn pages_of_thousands_are_complete_ordered_and_cost_the_same_anywhere() {
	let mut ext = ExtBuilder.build();
	let alices = ext.execute_with(store_many);
	ext.commit_all().unwrap_or_else(|e| panic!("{e}"));

	let paged = ext.execute_with(|| {
		let mut all = Vec::new();
		let mut after = None;
		loop {
			let page = Inference::records_by_sender(&alice(), after, 100);
			assert!(page.len() <= 100);
			assert!(page.iter().all(|(_, record)| record.sender == alice()));
			// Summaries: each envelope's length, never its bytes; the rest as stored.
			for (id, summary) in &page {
				let stored = crate::Records::<Test>::get(id).unwrap_or_else(|| panic!("{id}"));
				assert_eq!(summary.sealed_metadata, 64);
				assert_eq!(*summary, stored.summary());
				assert_eq!(
					(summary.payment, summary.result_hash),
					(stored.payment, stored.result_hash)
				);
			}
			let Some((last, _)) = page.last() else { break };
			after = Some(*last);
			all.extend(page.into_iter().map(|(id, _)| id));
		}
		all
	});
	assert_eq!(paged, alices, "every record once, oldest first");

	let proof_size = |ext: &mut sp_io::TestExternalities, after: Option<u64>| {
		let (page, proof) =
			ext.execute_and_prove(|| Inference::records_by_sender(&alice(), after, 100));
		assert_eq!(page.len(), 100);
		proof.encoded_size()
	};
	let first = proof_size(&mut ext, None);
	let last = proof_size(&mut ext, Some(alices[alices.len() - 101]));
	let middle = proof_size(&mut ext, Some(alices[alices.len() / 2]));
	for size in [last, middle] {
		assert!(size * 3 < first * 4 && first * 3 < size * 4, "first {first}, other {size}");
	}
}
