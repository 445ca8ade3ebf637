//! `set_status`, strikes, suspension and `reinstate`.

use super::register;
use crate::{mock::*, Error, Event, Providers as ProvidersMap};
use frame_support::{assert_noop, assert_ok};
use gintonic_primitives::{ProviderRegistry, ProviderStatus};

fn status(who: u64) -> Option<ProviderStatus> {
	ProvidersMap::<Test>::get(who).map(|p| p.status)
}

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
		strike(ALICE);
		strike(ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		register(ALICE, 10, &[]);
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!((p.strikes, p.status), (2, ProviderStatus::Active));

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
			None
		));
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!((p.strikes, p.status), (MAX_STRIKES, ProviderStatus::Suspended));
		assert_ok!(Providers::reinstate(RuntimeOrigin::root(), ALICE));
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.strikes), Some(0));
	});
}
