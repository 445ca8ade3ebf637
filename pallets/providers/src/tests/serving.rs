//! `serve_models` and the per-model index.

use super::register;
use crate::{mock::*, Error, Event, ModelProviders, Providers as ProvidersMap};
use frame_support::{assert_noop, assert_ok};
use gintonic_primitives::bounds::{MaxProvidersPerModel, MaxServedModels};
use sp_core::Get;
use sp_runtime::BoundedVec;

fn models(names: &[&str]) -> BoundedVec<gintonic_primitives::ModelId, MaxServedModels> {
	BoundedVec::truncate_from(names.iter().map(|n| model(n)).collect())
}

#[test]
fn serve_models_replaces_the_set_and_the_index() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		assert_eq!(ModelProviders::<Test>::get(model("mixtral")).into_inner(), vec![ALICE]);
		assert_ok!(Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&["mistral"])));
		System::assert_last_event(
			Event::ModelsServed { provider: ALICE, models: models(&["mistral"]) }.into(),
		);
		assert!(!ModelProviders::<Test>::contains_key(model("mixtral")));
		assert_eq!(ModelProviders::<Test>::get(model("mistral")).into_inner(), vec![ALICE]);
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.models), Some(models(&["mistral"])));
		assert_ok!(Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&[])));
		assert!(!ModelProviders::<Test>::contains_key(model("mistral")));
	});
}

#[test]
fn serve_models_checks_every_model() {
	ExtBuilder::default().build().execute_with(|| {
		assert_noop!(
			Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&["mixtral"])),
			Error::<Test>::NotRegistered
		);
		register(ALICE, 10, &[]);
		assert_noop!(
			Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&["mixtral", "llama"])),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&["mixtral", "mixtral"])),
			Error::<Test>::DuplicateModel
		);
		MockModels::deprecate(model("mistral"));
		assert_noop!(
			Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&["mistral"])),
			Error::<Test>::ModelDeprecated
		);
	});
}

#[test]
fn a_model_holds_at_most_max_providers() {
	ExtBuilder::default().build().execute_with(|| {
		let max: u32 = <MaxProvidersPerModel as Get<u32>>::get();
		let accounts: Vec<u64> = (100..100 + u64::from(max) + 1).collect();
		for who in &accounts {
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), *who, 10_000));
			assert_ok!(Providers::register(
				RuntimeOrigin::signed(*who),
				h100(1),
				10,
				key(),
				proof(*who),
				None
			));
		}
		for who in &accounts[..max as usize] {
			assert_ok!(Providers::serve_models(RuntimeOrigin::signed(*who), models(&["mixtral"])));
		}
		let last = accounts[max as usize];
		assert_noop!(
			Providers::serve_models(RuntimeOrigin::signed(last), models(&["mixtral"])),
			Error::<Test>::TooManyProvidersForModel
		);
		// A failed call leaves the other models it listed untouched.
		assert_noop!(
			Providers::serve_models(RuntimeOrigin::signed(last), models(&["mistral", "mixtral"])),
			Error::<Test>::TooManyProvidersForModel
		);
		assert!(!ModelProviders::<Test>::contains_key(model("mistral")));
	});
}
