//! `set_status`, strikes, suspension and `reinstate`.

use super::{register, status};
use crate::{mock::*, Error, Event, Providers as ProvidersMap};
use frame_support::{assert_noop, assert_ok};
use gintonic_primitives::{ProviderRegistry, ProviderStatus};

fn strike(who: u64) {
	<Providers as ProviderRegistry<_, _>>::strike(&who)
}

#[test]
fn pause_and_resume() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Paused));
		System::assert_last_event(
			Event::StatusChanged { provider: ALICE, status: ProviderStatus::Paused }.into(),
		);
		assert_eq!(status(ALICE), Some(ProviderStatus::Paused));
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Active));
		assert_eq!(status(ALICE), Some(ProviderStatus::Active));
	});
}

#[test]
fn set_status_errors() {
	ExtBuilder::default().build().execute_with(|| {
		assert_noop!(
			Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Paused),
			Error::<Test>::NotRegistered
		);
		register(ALICE, 10, &[]);
		assert_noop!(
			Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Suspended),
			Error::<Test>::CannotSuspendSelf
		);
	});
}

#[test]
fn max_strikes_suspend_and_only_root_reinstates() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		for n in 1..MAX_STRIKES {
			strike(ALICE);
			System::assert_last_event(Event::Struck { provider: ALICE, strikes: n }.into());
			assert_eq!(status(ALICE), Some(ProviderStatus::Active));
		}
		strike(ALICE);
		System::assert_last_event(Event::Suspended { provider: ALICE }.into());
		assert_eq!(status(ALICE), Some(ProviderStatus::Suspended));
		assert_noop!(
			Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Active),
			Error::<Test>::ProviderSuspended
		);
		assert_noop!(
			Providers::reinstate(RuntimeOrigin::signed(ALICE), ALICE),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Providers::reinstate(RuntimeOrigin::root(), ALICE));
		System::assert_last_event(Event::Reinstated { provider: ALICE }.into());
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!((p.status, p.strikes), (ProviderStatus::Active, 0));
	});
}

/// Settles `n` requests of `who` as served, assigning each first.
fn serve(who: u64, n: u32) {
	for _ in 0..n {
		<Providers as ProviderRegistry<_, _>>::note_assigned(&who);
		<Providers as ProviderRegistry<_, _>>::note_settled(&who, true);
	}
}

fn strikes(who: u64) -> Option<u32> {
	ProvidersMap::<Test>::get(who).map(|p| p.strikes)
}

#[test]
fn good_service_forgives_strikes_one_per_run() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		strike(ALICE);
		strike(ALICE);
		serve(ALICE, SERVED_PER_FORGIVENESS - 1);
		assert_eq!(strikes(ALICE), Some(2));
		serve(ALICE, 1);
		System::assert_last_event(Event::Forgiven { provider: ALICE, strikes: 1 }.into());
		assert_eq!(strikes(ALICE), Some(1));
		// A strike restarts the run.
		serve(ALICE, SERVED_PER_FORGIVENESS - 1);
		strike(ALICE);
		serve(ALICE, SERVED_PER_FORGIVENESS - 1);
		assert_eq!(strikes(ALICE), Some(2));
		serve(ALICE, 1 + SERVED_PER_FORGIVENESS);
		assert_eq!(strikes(ALICE), Some(0));
		// Nothing to forgive: no event, no credit saved up for later.
		serve(ALICE, 3 * SERVED_PER_FORGIVENESS);
		strike(ALICE);
		serve(ALICE, SERVED_PER_FORGIVENESS - 1);
		assert_eq!(strikes(ALICE), Some(1));
		// Rejections (the sender's fault) are not service.
		for _ in 0..SERVED_PER_FORGIVENESS {
			<Providers as ProviderRegistry<_, _>>::note_assigned(&ALICE);
			<Providers as ProviderRegistry<_, _>>::note_settled(&ALICE, false);
		}
		assert_eq!(strikes(ALICE), Some(1));
	});
}

#[test]
fn a_suspended_provider_is_not_forgiven_by_finishing_its_open_requests() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		for _ in 0..MAX_STRIKES {
			strike(ALICE);
		}
		serve(ALICE, 2 * SERVED_PER_FORGIVENESS);
		assert_eq!(
			(status(ALICE), strikes(ALICE)),
			(Some(ProviderStatus::Suspended), Some(MAX_STRIKES))
		);
	});
}

/// Runs up to `rounds` rounds of `period` requests of which the last fails, through the
/// pallet, and returns the round in which the provider was suspended, if it was.
fn round_suspended_failing_one_in(period: u32, rounds: u32) -> Option<u32> {
	(1..=rounds).find(|_| {
		serve(ALICE, period - 1);
		strike(ALICE);
		status(ALICE) == Some(ProviderStatus::Suspended)
	})
}

#[test]
fn failing_one_request_in_100_never_suspends_and_one_in_5_does() {
	// The mock's constants are the runtime's (5 strikes; 20 served in a row forgive one).
	assert_eq!((MAX_STRIKES, SERVED_PER_FORGIVENESS), (5, 20));
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		assert_eq!(round_suspended_failing_one_in(100, 100), None);
		assert_eq!(strikes(ALICE), Some(1), "each failure is forgiven before the next");
		// The threshold: one in 21 is still spared, one in 20 is not.
		assert_eq!(round_suspended_failing_one_in(21, 100), None);
		assert!(round_suspended_failing_one_in(20, 100).is_some());
	});
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		assert_eq!(round_suspended_failing_one_in(5, 100), Some(5));
	});
}

#[test]
fn reinstate_errors_and_strikes_on_strangers_are_ignored() {
	ExtBuilder::default().build().execute_with(|| {
		assert_noop!(
			Providers::reinstate(RuntimeOrigin::root(), BOB),
			Error::<Test>::NotRegistered
		);
		register(ALICE, 10, &[]);
		assert_noop!(
			Providers::reinstate(RuntimeOrigin::root(), ALICE),
			Error::<Test>::NotSuspended
		);
		strike(BOB);
		assert!(ProvidersMap::<Test>::get(BOB).is_none());
	});
}

#[test]
fn strikes_survive_deregistering_and_registering_again() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		for _ in 1..MAX_STRIKES {
			strike(ALICE);
		}
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		register(ALICE, 10, &[]);
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!((p.strikes, p.status), (MAX_STRIKES - 1, ProviderStatus::Active));

		// Suspended, it cannot come back active by leaving and joining.
		strike(ALICE);
		assert_eq!(status(ALICE), Some(ProviderStatus::Suspended));
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		assert_ok!(Providers::register(
			RuntimeOrigin::signed(ALICE),
			h100(1),
			10,
			key(),
			proof(ALICE),
			None,
			throughput()
		));
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!((p.strikes, p.status), (MAX_STRIKES, ProviderStatus::Suspended));
		assert_ok!(Providers::reinstate(RuntimeOrigin::root(), ALICE));
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.strikes), Some(0));
	});
}
