//! The per-model lists requests choose from: bounded, cheapest first, active providers only.

use super::register;
use crate::{mock::*, Event, ModelProviders, Providers as ProvidersMap};
use frame_support::assert_ok;
use gintonic_primitives::{
	bounds::MAX_PROVIDERS_PER_MODEL, ModelServers, ProviderRegistry, ProviderStatus,
};

/// Funds and registers `count` providers from account 100 on, at prices 100, 101…, each
/// serving `name`; returns their accounts.
fn fill(name: &str, count: u32) -> Vec<u64> {
	(0..u64::from(count))
		.map(|i| {
			let who = 100 + i;
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 10_000));
			register(who, 100 + i, &[name]);
			who
		})
		.collect()
}

fn serves(who: u64, name: &str) -> bool {
	ProvidersMap::<Test>::get(who).is_some_and(|p| p.models.contains(&model(name)))
}

#[test]
fn a_full_list_admits_only_a_provider_cheaper_than_its_dearest() {
	ExtBuilder::default().build().execute_with(|| {
		let listed_first = fill("mixtral", MAX_PROVIDERS_PER_MODEL);
		let dearest = *listed_first.last().unwrap_or(&0);
		// As dear as the dearest: it serves the model (API) but is not listed.
		register(ALICE, 100 + u64::from(MAX_PROVIDERS_PER_MODEL) - 1, &["mixtral"]);
		System::assert_has_event(
			Event::NotListed { provider: ALICE, model: model("mixtral") }.into(),
		);
		assert!(serves(ALICE, "mixtral"));
		assert_eq!(listed("mixtral"), listed_first);
		// Cheaper than all: first, and the dearest makes room.
		register(BOB, 1, &["mixtral"]);
		System::assert_has_event(
			Event::Unlisted { provider: dearest, model: model("mixtral") }.into(),
		);
		let list = listed("mixtral");
		assert_eq!(list.len() as u32, MAX_PROVIDERS_PER_MODEL);
		assert_eq!(list[0], BOB);
		assert!(!list.contains(&dearest));
		assert!(serves(dearest, "mixtral"));
	});
}

#[test]
fn paused_suspended_and_departed_providers_hold_no_place() {
	ExtBuilder::default().build().execute_with(|| {
		let full = fill("mixtral", MAX_PROVIDERS_PER_MODEL);
		let (paused, suspended, departed) = (full[0], full[1], full[2]);
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(paused), ProviderStatus::Paused));
		for _ in 0..MAX_STRIKES {
			<Providers as ProviderRegistry<_, _>>::strike(&suspended);
		}
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(departed)));
		let list = listed("mixtral");
		assert_eq!(list.len() as u32, MAX_PROVIDERS_PER_MODEL - 3);
		assert!(!list.contains(&paused) && !list.contains(&suspended) && !list.contains(&departed));
		// Three places for others, at any price.
		for who in [ALICE, BOB, CHARLIE] {
			register(who, 10_000, &["mixtral"]);
		}
		assert_eq!(listed("mixtral").len() as u32, MAX_PROVIDERS_PER_MODEL);
		// Resuming into a full list takes the place of a dearer provider.
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(paused), ProviderStatus::Active));
		assert_eq!(listed("mixtral")[0], paused);
		assert!(!listed("mixtral").contains(&CHARLIE));
		assert_ok!(Providers::reinstate(RuntimeOrigin::root(), suspended));
		assert_eq!(listed("mixtral")[1], suspended);
		assert!(!listed("mixtral").contains(&BOB));
	});
}

#[test]
fn lists_follow_price_changes_and_status() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 30, &["mixtral", "mistral"]);
		register(BOB, 10, &["mixtral"]);
		register(CHARLIE, 20, &["mixtral", "mistral"]);
		assert_eq!(listed("mixtral"), vec![BOB, CHARLIE, ALICE]);
		assert_eq!(listed("mistral"), vec![CHARLIE, ALICE]);
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(ALICE),
			None,
			Some(5),
			None,
			None,
			None
		));
		assert_eq!(listed("mixtral"), vec![ALICE, BOB, CHARLIE]);
		assert_eq!(listed("mistral"), vec![ALICE, CHARLIE]);
		let prices: Vec<u64> = ModelProviders::<Test>::get(model("mixtral"))
			.iter()
			.map(|l| l.price_per_hour)
			.collect();
		assert_eq!(prices, vec![5, 10, 20]);
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(BOB), ProviderStatus::Paused));
		assert_eq!(listed("mixtral"), vec![ALICE, CHARLIE]);
		// A paused provider's new price takes effect when it resumes.
		assert_ok!(Providers::update(RuntimeOrigin::signed(BOB), None, Some(50), None, None, None));
		assert_eq!(listed("mixtral"), vec![ALICE, CHARLIE]);
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(BOB), ProviderStatus::Active));
		assert_eq!(listed("mixtral"), vec![ALICE, CHARLIE, BOB]);
		// Equal prices order by account.
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(CHARLIE),
			None,
			Some(5),
			None,
			None,
			None
		));
		assert_eq!(listed("mixtral"), vec![ALICE, CHARLIE, BOB]);
	});
}

#[test]
fn a_blocked_model_is_retired_from_every_listed_provider() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral", "mistral"]);
		register(BOB, 20, &["mixtral"]);
		register(CHARLIE, 30, &["mixtral"]);
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(CHARLIE), ProviderStatus::Paused));
		assert!(<Providers as ModelServers>::is_served(&model("mixtral")));
		MockModels::block(model("mixtral"));
		assert_eq!(<Providers as ModelServers>::retire(&model("mixtral")), 2);
		assert!(!<Providers as ModelServers>::is_served(&model("mixtral")));
		assert!(!serves(ALICE, "mixtral") && !serves(BOB, "mixtral"));
		assert!(serves(ALICE, "mistral"));
		// An unlisted provider keeps the id, but cannot serve a blocked model.
		assert!(serves(CHARLIE, "mixtral"));
		let terms = <Providers as ProviderRegistry<_, _>>::terms_for(&CHARLIE, &model("mixtral"));
		assert!(terms.is_none());
		// Nor is it listed again on resuming.
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(CHARLIE), ProviderStatus::Active));
		assert!(listed("mixtral").is_empty());
	});
}
