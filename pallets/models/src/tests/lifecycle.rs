//! `deprecate` and `transfer_ownership`.

use crate::{mock::*, Error, Event, Models as ModelsMap};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use gintonic_primitives::ModelRegistry;

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Models(crate::HoldReason::ModelDeposit), &who)
}

#[test]
fn deprecate_stops_serving_but_keeps_the_model() {
	ExtBuilder.build().execute_with(|| {
		let id = id_of(&new_model("a"));
		assert_noop!(
			Models::deprecate(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::UnknownModel
		);
		assert_ok!(register_as(ALICE, new_model("a")));
		assert_noop!(Models::deprecate(RuntimeOrigin::signed(BOB), id), Error::<Test>::NotOwner);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(ALICE), id));
		System::assert_last_event(Event::Deprecated { model: id }.into());
		assert!(<Models as ModelRegistry>::exists(&id));
		assert!(!<Models as ModelRegistry>::is_servable(&id));
		assert_noop!(
			Models::deprecate(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::AlreadyDeprecated
		);
	});
}

#[test]
fn transfer_moves_ownership_and_deposit() {
	ExtBuilder.build().execute_with(|| {
		let id = id_of(&new_model("a"));
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(ALICE), id, BOB),
			Error::<Test>::UnknownModel
		);
		assert_ok!(register_as(ALICE, new_model("a")));
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(BOB), id, BOB),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(ALICE), id, ALICE),
			Error::<Test>::SameOwner
		);
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(ALICE), id, POOR),
			Error::<Test>::InsufficientBalanceForDeposit
		);
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(ALICE), id, BOB));
		System::assert_last_event(
			Event::OwnershipTransferred { model: id, from: ALICE, to: BOB }.into(),
		);
		assert_eq!(ModelsMap::<Test>::get(id).map(|m| m.owner), Some(BOB));
		assert_eq!((held(ALICE), held(BOB)), (0, DEPOSIT));
		assert_noop!(Models::deprecate(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotOwner);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(BOB), id));
	});
}
