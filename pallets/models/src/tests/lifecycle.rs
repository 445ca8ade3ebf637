//! `deprecate` (advisory), `block` and `unblock` (root), and `remove`.

use crate::{mock::*, Error, Event, Models as ModelsMap, OwnershipOffers};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use gintonic_primitives::{ModelRegistry, ModelStatus};
use sp_runtime::DispatchError;

fn status(id: &gintonic_primitives::ModelId) -> Option<ModelStatus> {
	ModelsMap::<Test>::get(id).map(|m| m.status)
}

#[test]
fn deprecation_is_advisory_and_only_the_owners() {
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
		assert_eq!(status(&id), Some(ModelStatus::Deprecated));
		// The weights are public: others go on serving them.
		assert!(<Models as ModelRegistry>::is_servable(&id));
		assert_noop!(
			Models::deprecate(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::AlreadyDeprecated
		);
	});
}

#[test]
fn only_root_blocks_and_a_block_stops_serving_and_unlists_providers() {
	ExtBuilder.build().execute_with(|| {
		let id = id_of(&new_model("a"));
		assert_noop!(Models::block(RuntimeOrigin::root(), id), Error::<Test>::UnknownModel);
		assert_ok!(register_as(ALICE, new_model("a")));
		ListedServers::list(id);
		ListedServers::list(id);
		// Not even the owner can stop what others serve.
		assert_noop!(Models::block(RuntimeOrigin::signed(ALICE), id), DispatchError::BadOrigin);
		assert_noop!(Models::unblock(RuntimeOrigin::root(), id), Error::<Test>::NotBlocked);
		assert_ok!(Models::block(RuntimeOrigin::root(), id));
		System::assert_last_event(Event::Blocked { model: id, unlisted: 2 }.into());
		assert!(!<Models as ModelRegistry>::is_servable(&id));
		assert!(<Models as ModelRegistry>::exists(&id));
		assert!(!<ListedServers as gintonic_primitives::ModelServers>::is_served(&id));
		assert_noop!(Models::block(RuntimeOrigin::root(), id), Error::<Test>::ModelBlocked);
		assert_noop!(
			Models::deprecate(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::ModelBlocked
		);
		assert_noop!(Models::unblock(RuntimeOrigin::signed(ALICE), id), DispatchError::BadOrigin);
		assert_ok!(Models::unblock(RuntimeOrigin::root(), id));
		System::assert_last_event(Event::Unblocked { model: id }.into());
		assert_eq!(status(&id), Some(ModelStatus::Active));
		assert!(<Models as ModelRegistry>::is_servable(&id));
	});
}

#[test]
fn remove_needs_the_owner_a_deprecation_or_block_and_no_listed_provider() {
	ExtBuilder.build().execute_with(|| {
		let id = id_of(&new_model("a"));
		assert_noop!(Models::remove(RuntimeOrigin::signed(ALICE), id), Error::<Test>::UnknownModel);
		assert_ok!(register_as(ALICE, new_model("a")));
		assert_noop!(
			Models::remove(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotDeprecated
		);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(ALICE), id));
		assert_noop!(Models::remove(RuntimeOrigin::signed(BOB), id), Error::<Test>::NotOwner);
		ListedServers::list(id);
		assert_noop!(Models::remove(RuntimeOrigin::signed(ALICE), id), Error::<Test>::StillServed);
		// A block unlists the providers; then the owner may remove it, with a standing offer.
		assert_ok!(Models::block(RuntimeOrigin::root(), id));
		assert_ok!(Models::offer_ownership(RuntimeOrigin::signed(ALICE), id, Some(BOB)));
		assert_ok!(Models::remove(RuntimeOrigin::signed(ALICE), id));
		System::assert_last_event(Event::Removed { model: id, deposit: DEPOSIT }.into());
		assert!(ModelsMap::<Test>::get(id).is_none());
		assert!(!OwnershipOffers::<Test>::contains_key(id));
		assert_eq!((held(ALICE), Balances::balance(&ALICE)), (0, 10_000));
		assert_noop!(
			Models::accept_ownership(RuntimeOrigin::signed(BOB), id),
			Error::<Test>::NotOffered
		);
	});
}
