//! `offer_ownership` and `accept_ownership`: nothing moves, and no deposit is held, until the
//! new owner accepts.

use crate::{mock::*, Error, Event, Models as ModelsMap, OwnershipOffers};
use frame_support::{assert_noop, assert_ok};

#[test]
fn an_offer_moves_nothing_until_accepted() {
	ExtBuilder.build().execute_with(|| {
		let id = id_of(&new_model("a"));
		assert_noop!(
			Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, Some(BOB)),
			Error::<Test>::UnknownModel
		);
		assert_ok!(register_as(ALICE, new_model("a")));
		assert_noop!(
			Models::offer_ownership(RuntimeOrigin::signed(BOB), id, Some(BOB)),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, Some(ALICE)),
			Error::<Test>::SameOwner
		);
		assert_noop!(
			Models::accept_ownership(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotOffered
		);
		assert_ok!(Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, Some(BOB)));
		System::assert_last_event(
			Event::OwnershipOffered { model: id, from: ALICE, to: BOB }.into(),
		);
		assert_eq!(ModelsMap::<Test>::get(id).map(|m| m.owner), Some(ALICE));
		assert_eq!((held(ALICE), held(BOB)), (DEPOSIT, 0));
		// Only the account offered can accept.
		assert_noop!(
			Models::accept_ownership(RuntimeOrigin::signed(POOR), id),
			Error::<Test>::NotOffered
		);
		assert_ok!(Models::accept_ownership(RuntimeOrigin::signed(BOB), id));
		System::assert_last_event(
			Event::OwnershipTransferred { model: id, from: ALICE, to: BOB }.into(),
		);
		assert_eq!(ModelsMap::<Test>::get(id).map(|m| m.owner), Some(BOB));
		assert_eq!((held(ALICE), held(BOB)), (0, DEPOSIT));
		assert!(!OwnershipOffers::<Test>::contains_key(id));
		assert_noop!(Models::deprecate(RuntimeOrigin::signed(ALICE), id), Error::<Test>::NotOwner);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(BOB), id));
	});
}

#[test]
fn an_offer_can_be_replaced_or_withdrawn_and_needs_the_deposit_to_accept() {
	ExtBuilder.build().execute_with(|| {
		let id = id_of(&new_model("a"));
		assert_ok!(register_as(ALICE, new_model("a")));
		assert_noop!(
			Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, None),
			Error::<Test>::NotOffered
		);
		assert_ok!(Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, Some(BOB)));
		assert_ok!(Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, Some(POOR)));
		assert_noop!(
			Models::accept_ownership(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotOffered
		);
		assert_noop!(
			Models::accept_ownership(RuntimeOrigin::signed(POOR), id),
			Error::<Test>::InsufficientBalanceForDeposit
		);
		assert_ok!(Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, None));
		System::assert_last_event(Event::OfferWithdrawn { model: id }.into());
		assert!(!OwnershipOffers::<Test>::contains_key(id));
		assert_eq!(ModelsMap::<Test>::get(id).map(|m| m.owner), Some(ALICE));
	});
}
