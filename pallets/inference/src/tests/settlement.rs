//! `submit_result`: the record, payment, refund and the price arithmetic.

use super::{escrow, request};
use crate::{
	mock::*, settlement::payment_for, Error, Event, PendingByProvider, Prompts, Records, Requests,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use gintonic_primitives::{ContentHash, RecordOrigin, RequestOutcome, Usage};
use sp_runtime::BoundedVec;

fn sealed() -> BoundedVec<u8, gintonic_primitives::bounds::MaxSealedRecordLen> {
	BoundedVec::truncate_from(b"sealed record".to_vec())
}

fn usage(gpu_ms: u64) -> Usage {
	Usage { prompt_tokens: 12, completion_tokens: 34, gpu_ms }
}

#[test]
fn submit_pays_for_gpu_time_and_refunds_the_rest() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		// Two blocks (12 s) pass before the result: room for 1.5 s of GPU time.
		run_to_block(3);
		let bob_before = Balances::balance(&bob());
		// BOB_PRICE is 3_600_000 per hour: 1 per millisecond.
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(bob()),
			id,
			ContentHash::repeat_byte(9),
			sealed(),
			usage(1_500)
		));
		System::assert_last_event(
			Event::Completed { id, record: 0, payment: 1_500, refund: 3_500 }.into(),
		);
		assert_eq!(Balances::balance(&bob()), bob_before + 1_500);
		assert_eq!(Balances::balance(&alice()), FUNDS - 1_500);
		assert_eq!(escrow(&alice()), 0);
		let record = Records::<Test>::get(0).unwrap_or_else(|| panic!("stored"));
		assert_eq!(
			(record.sender, record.provider, record.model),
			(alice(), bob(), model("mixtral"))
		);
		assert_eq!(
			(record.payment, record.result_hash, record.usage),
			(1_500, ContentHash::repeat_byte(9), usage(1_500))
		);
		assert_eq!(
			(record.origin, record.block, record.timestamp_ms),
			(RecordOrigin::Request(id), 3, 18_000)
		);
		assert_eq!(record.sealed_metadata, sealed());
		assert_eq!(
			Requests::<Test>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Completed { record: 0, payment: 1_500, refund: 3_500 })
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
fn payment_is_capped_at_the_escrow() {
	ExtBuilder.build().execute_with(|| {
		let id = request(1_000);
		run_to_block(3);
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(bob()),
			id,
			ContentHash::zero(),
			sealed(),
			usage(u64::MAX)
		));
		System::assert_last_event(
			Event::Completed { id, record: 0, payment: 1_000, refund: 0 }.into(),
		);
		assert_eq!(Balances::balance(&alice()), FUNDS - 1_000);
	});
}

#[test]
fn billed_gpu_time_is_clipped_to_the_chain_time_since_the_request() {
	ExtBuilder.build().execute_with(|| {
		let id = request(100_000);
		// 12 s pass on chain; Bob has one GPU, so at most 12_000 GPU-ms can be billed.
		run_to_block(3);
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(bob()),
			id,
			ContentHash::zero(),
			sealed(),
			usage(500_000)
		));
		System::assert_last_event(
			Event::Completed { id, record: 0, payment: 12_000, refund: 88_000 }.into(),
		);
		assert_eq!(Records::<Test>::get(0).map(|r| r.usage), Some(usage(12_000)));

		// In the request's own block no time has passed: nothing can be billed.
		let id = request(1_000);
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(bob()),
			id,
			ContentHash::zero(),
			sealed(),
			usage(1)
		));
		System::assert_last_event(
			Event::Completed { id, record: 1, payment: 0, refund: 1_000 }.into(),
		);
	});
}

#[test]
fn payment_arithmetic_edges() {
	let u = |gpu_ms| Usage { gpu_ms, ..Default::default() };
	assert_eq!(payment_for(&u(0), 3_600_000u128, 100), 0);
	// A fraction of the smallest unit is rounded up: a served request is never free.
	assert_eq!(payment_for(&u(1), 1u128, 100), 1);
	assert_eq!(payment_for(&u(3_600_000), 7u128, 100), 7);
	assert_eq!(payment_for(&u(u64::MAX), u128::MAX, u128::MAX), u128::MAX);
	assert_eq!(payment_for(&u(u64::MAX), u128::MAX, 5), 5);
	assert_eq!(payment_for(&u(1_800_000), 10u32, 100), 5);
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
				usage(1),
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
				usage(1)
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
				usage(1)
			),
			Error::<Test>::AlreadySettled
		);
	});
}
