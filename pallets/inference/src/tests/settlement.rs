//! `submit_result`: the record, its storage fee, the payment by the one rule and the refund.

use super::{escrow, request, MAX_TOKENS, WORST_CASE_AT_BOB};
use crate::{
	mock::*, settlement::payment_for, Error, Event, PendingByProvider, Prompts, Records, Requests,
};
use frame_support::{assert_noop, assert_ok, dispatch::Pays, traits::fungible::Inspect};
use gintonic_primitives::{ContentHash, RecordFee, RecordOrigin, RequestOutcome, Usage};
use sp_runtime::BoundedVec;

fn sealed() -> BoundedVec<u8, gintonic_primitives::bounds::MaxSealedRecordLen> {
	BoundedVec::truncate_from(b"sealed record".to_vec())
}

/// 12 prompt tokens (1 each at Bob's rate) and 16 generated (10 each).
fn usage() -> Usage {
	Usage { prompt_tokens: 12, completion_tokens: MAX_TOKENS }
}

/// `sealed()` is 13 bytes: its record costs 100 + 13.
const STORAGE: Balance = RECORD_BASE_FEE + 13 * RECORD_BYTE_FEE;
/// [`usage`] at Bob's rate: 12 × 1 + 16 × 10.
const COMPUTE: Balance = 12 + 160;

#[test]
fn submit_burns_the_storage_pays_the_tokens_at_the_assigned_rate_and_refunds_the_rest() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		run_to_block(3);
		let bob_before = Balances::balance(&bob());
		let issuance = Balances::total_issuance();
		// A new price after assignment changes nothing for this request.
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(bob()),
			None,
			Some(99 * BOB_PRICE),
			None,
			None,
			None
		));
		let post = Inference::submit_result(
			RuntimeOrigin::signed(bob()),
			id,
			ContentHash::repeat_byte(9),
			sealed(),
			usage(),
		);
		assert_eq!(post.map(|info| info.pays_fee), Ok(Pays::No), "free for the provider");
		let refund = 5_000 - COMPUTE - STORAGE;
		System::assert_last_event(
			Event::Completed {
				id,
				record: 0,
				payment: COMPUTE,
				storage_fee: STORAGE,
				refund,
				usage: usage(),
				rate: rate(BOB_PRICE),
			}
			.into(),
		);
		assert_eq!(Balances::balance(&bob()), bob_before + COMPUTE);
		assert_eq!(Balances::balance(&alice()), FUNDS - COMPUTE - STORAGE);
		assert_eq!(Balances::total_issuance(), issuance - STORAGE, "the storage fee is burned");
		assert_eq!(escrow(&alice()), 0);
		let record = Records::<Test>::get(0).unwrap_or_else(|| panic!("stored"));
		assert_eq!(
			(record.sender, record.provider, record.model),
			(alice(), bob(), model("mixtral"))
		);
		assert_eq!(
			(record.payment, record.storage_fee, record.result_hash, record.usage, record.rate),
			(COMPUTE, STORAGE, ContentHash::repeat_byte(9), usage(), rate(BOB_PRICE))
		);
		assert_eq!(
			(record.origin, record.block, record.timestamp_ms),
			(RecordOrigin::Request(id), 3, 18_000)
		);
		assert_eq!(record.sealed_metadata, sealed());
		assert_eq!(
			Requests::<Test>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Completed {
				record: 0,
				payment: COMPUTE,
				storage_fee: STORAGE,
				refund
			})
		);
		assert!(Prompts::<Test>::get(id).is_none());
		assert!(!PendingByProvider::<Test>::contains_key(bob(), id));
		assert_eq!(
			pallet_providers::Providers::<Test>::get(bob()).map(|p| p.open_requests),
			Some(0)
		);
		assert_eq!(Inference::records_by_sender(&alice(), None, 10).len(), 1);
	});
}

#[test]
fn usage_beyond_what_the_request_allows_is_paid_by_the_rule() {
	ExtBuilder.build().execute_with(|| {
		let id = request(100_000);
		let prompt_bytes = Prompts::<Test>::decode_len(id).unwrap_or_default() as u32;
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(bob()),
			id,
			ContentHash::zero(),
			sealed(),
			Usage { prompt_tokens: u32::MAX, completion_tokens: u32::MAX }
		));
		// At most `max_tokens` generated and a token a byte of sealed prompt.
		let bounded = Usage { prompt_tokens: prompt_bytes, completion_tokens: MAX_TOKENS };
		let payment = Balance::from(prompt_bytes) + 10 * Balance::from(MAX_TOKENS);
		assert_eq!(Records::<Test>::get(0).map(|r| (r.usage, r.payment)), Some((bounded, payment)));
		assert_eq!(Balances::balance(&alice()), FUNDS - payment - STORAGE);
	});
}

#[test]
fn the_whole_charge_is_capped_at_the_escrow_storage_first() {
	ExtBuilder.build().execute_with(|| {
		// The least escrow the chain takes, and a record far longer than its bound: the
		// storage is paid first, the tokens from what is left, nothing beyond the escrow.
		let id = request(WORST_CASE_AT_BOB);
		let long = BoundedVec::truncate_from(vec![7u8; WORST_CASE_AT_BOB as usize - 200]);
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(bob()),
			id,
			ContentHash::zero(),
			long,
			usage()
		));
		// The storage leaves 100 of the escrow for 172 worth of tokens.
		let storage = RECORD_BASE_FEE + (WORST_CASE_AT_BOB - 200) * RECORD_BYTE_FEE;
		assert_eq!(WORST_CASE_AT_BOB - storage, 100);
		let outcome = Requests::<Test>::get(id).map(|r| r.outcome);
		assert_eq!(
			outcome,
			Some(RequestOutcome::Completed {
				record: 0,
				payment: WORST_CASE_AT_BOB - storage,
				storage_fee: storage,
				refund: 0
			})
		);
		assert_eq!(Balances::balance(&alice()), FUNDS - WORST_CASE_AT_BOB);
	});
}

#[test]
fn payment_arithmetic_edges() {
	let fee = RecordFee { base: 0u128, per_byte: 0 };
	let tokens = |prompt_tokens, completion_tokens| Usage { prompt_tokens, completion_tokens };
	assert_eq!(payment_for(&tokens(0, 0), &rate(BOB_PRICE), 0, &fee, 100).total(), 0);
	// A fraction of the smallest unit is rounded up: a served token is never free.
	assert_eq!(payment_for(&tokens(1, 0), &rate(1), 0, &fee, 100).total(), 1);
	// An hour of generation at 100 tokens a second costs the hour's price.
	assert_eq!(payment_for(&tokens(0, 360_000), &rate(7), 0, &fee, 100).total(), 7);
	let max = tokens(u32::MAX, u32::MAX);
	assert_eq!(payment_for(&max, &rate(u128::MAX), 0, &fee, u128::MAX).total(), u128::MAX);
	assert_eq!(payment_for(&max, &rate(u128::MAX), u32::MAX, &fee, 5).total(), 5);
}

#[test]
fn only_the_assigned_provider_submits_and_only_once() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		let submit = |who: AccountId, id| {
			Inference::submit_result(
				RuntimeOrigin::signed(who),
				id,
				ContentHash::zero(),
				sealed(),
				usage(),
			)
		};
		assert_noop!(submit(bob(), 99), Error::<Test>::UnknownRequest);
		assert_noop!(submit(charlie(), id), Error::<Test>::NotAssignedProvider);
		assert_noop!(
			Inference::submit_result(
				RuntimeOrigin::signed(bob()),
				id,
				ContentHash::zero(),
				BoundedVec::new(),
				usage()
			),
			Error::<Test>::EmptyRecord
		);
		assert_ok!(submit(bob(), id));
		assert_noop!(submit(bob(), id), Error::<Test>::AlreadySettled);
	});
}

#[test]
fn submit_after_expiry_is_refused() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		run_to_block(1 + TIMEOUT);
		assert_noop!(
			Inference::submit_result(
				RuntimeOrigin::signed(bob()),
				id,
				ContentHash::zero(),
				sealed(),
				usage()
			),
			Error::<Test>::AlreadySettled
		);
	});
}
