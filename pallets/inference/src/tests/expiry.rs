//! `report_failure`, `reject_prompt` and expiry at the deadline.

use super::{escrow, request};
use crate::{mock::*, Deadlines, Error, Event, PendingByProvider, Prompts, Requests};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use gintonic_primitives::{ProviderStatus, RequestOutcome};
use sp_runtime::BoundedVec;

fn strikes(who: &AccountId) -> Option<u32> {
	pallet_providers::Providers::<Test>::get(who).map(|p| p.strikes)
}

#[test]
fn failure_refunds_everything_and_strikes() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		let reason = BoundedVec::truncate_from(b"CUDA out of memory".to_vec());
		assert_noop!(
			Inference::report_failure(RuntimeOrigin::signed(charlie()), id, reason.clone()),
			Error::<Test>::NotAssignedProvider
		);
		assert_noop!(
			Inference::report_failure(RuntimeOrigin::signed(bob()), 42, reason.clone()),
			Error::<Test>::UnknownRequest
		);
		assert_ok!(Inference::report_failure(RuntimeOrigin::signed(bob()), id, reason.clone()));
		System::assert_last_event(Event::Failed { id, refund: 5_000 }.into());
		assert_eq!((escrow(&alice()), Balances::balance(&alice())), (0, FUNDS));
		assert_eq!(
			Requests::<Test>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Failed { reason: reason.clone(), refund: 5_000 })
		);
		assert!(Prompts::<Test>::get(id).is_none());
		assert!(!PendingByProvider::<Test>::contains_key(bob(), id));
		assert_eq!(strikes(&bob()), Some(1));
		assert_noop!(
			Inference::report_failure(RuntimeOrigin::signed(bob()), id, reason),
			Error::<Test>::AlreadySettled
		);
	});
}

#[test]
fn a_rejected_prompt_is_the_senders_fault_refunded_without_strike_or_fee() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		let bob_before = Balances::balance(&bob());
		let reason = BoundedVec::truncate_from(b"prompt does not open: not a recipient".to_vec());
		assert_noop!(
			Inference::reject_prompt(RuntimeOrigin::signed(charlie()), id, reason.clone()),
			Error::<Test>::NotAssignedProvider
		);
		assert_noop!(
			Inference::reject_prompt(RuntimeOrigin::signed(bob()), 42, reason.clone()),
			Error::<Test>::UnknownRequest
		);
		assert_ok!(Inference::reject_prompt(RuntimeOrigin::signed(bob()), id, reason.clone()));
		System::assert_last_event(Event::Rejected { id, refund: 5_000 }.into());
		assert_eq!((escrow(&alice()), Balances::balance(&alice())), (0, FUNDS));
		assert_eq!(Balances::balance(&bob()), bob_before, "no fee");
		assert_eq!(strikes(&bob()), Some(0), "no strike");
		assert_eq!(
			Requests::<Test>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Rejected { reason: reason.clone(), refund: 5_000 })
		);
		assert!(Prompts::<Test>::get(id).is_none());
		assert!(!PendingByProvider::<Test>::contains_key(bob(), id));
		assert_eq!(
			pallet_providers::Providers::<Test>::get(bob()).map(|p| p.open_requests),
			Some(0)
		);
		assert_noop!(
			Inference::reject_prompt(RuntimeOrigin::signed(bob()), id, reason),
			Error::<Test>::AlreadySettled
		);
		// Settled: it does not expire later.
		run_to_block(1 + TIMEOUT);
		assert_eq!(strikes(&bob()), Some(0));
	});
}

#[test]
fn pending_requests_expire_at_their_deadline() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		run_to_block(TIMEOUT);
		assert_eq!(Requests::<Test>::get(id).map(|r| r.outcome), Some(RequestOutcome::Pending));
		run_to_block(1 + TIMEOUT);
		System::assert_last_event(Event::Expired { id, refund: 5_000 }.into());
		assert_eq!(
			Requests::<Test>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Expired { refund: 5_000 })
		);
		assert_eq!((escrow(&alice()), Balances::balance(&alice())), (0, FUNDS));
		assert_eq!(strikes(&bob()), Some(1));
		assert_eq!(
			pallet_providers::Providers::<Test>::get(bob()).map(|p| p.open_requests),
			Some(0)
		);
		assert!(Deadlines::<Test>::get(1 + TIMEOUT).is_empty());
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(bob())));
	});
}

#[test]
fn settled_requests_are_skipped_at_the_deadline() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		assert_ok!(Inference::report_failure(RuntimeOrigin::signed(bob()), id, BoundedVec::new()));
		run_to_block(1 + TIMEOUT);
		assert_eq!(strikes(&bob()), Some(1), "no second strike for the same request");
		assert!(matches!(
			Requests::<Test>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Failed { .. })
		));
	});
}

#[test]
fn repeated_expiries_suspend_the_provider() {
	ExtBuilder.build().execute_with(|| {
		for _ in 0..MAX_STRIKES {
			request(5_000);
		}
		run_to_block(1 + TIMEOUT);
		assert_eq!(
			pallet_providers::Providers::<Test>::get(bob()).map(|p| p.status),
			Some(ProviderStatus::Suspended)
		);
		// New requests now go to Charlie.
		let id = request(5_000);
		assert_eq!(Requests::<Test>::get(id).map(|r| r.provider), Some(charlie()));
	});
}

#[test]
#[should_panic(expected = "Defensive failure has been triggered")]
fn an_escrow_that_cannot_be_released_in_full_is_loud_not_a_silent_zero() {
	use frame_support::traits::{fungible::MutateHold, tokens::Precision};
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		// Something else took part of the hold: the invariant the refund relies on is broken.
		let reason = RuntimeHoldReason::Inference(crate::HoldReason::Escrow);
		assert_ok!(Balances::release(&reason, &alice(), 1_000, Precision::Exact));
		let why = BoundedVec::truncate_from(b"out of memory".to_vec());
		let _ = Inference::report_failure(RuntimeOrigin::signed(bob()), id, why);
	});
}
