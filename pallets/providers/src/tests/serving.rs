//! `serve_models` and the per-model index.

use super::register;
use crate::{mock::*, Error, Event, ModelProviders, Providers as ProvidersMap};
use frame_support::{assert_noop, assert_ok};
use gintonic_primitives::bounds::MaxServedModels;
use sp_runtime::BoundedVec;

fn models(names: &[&str]) -> BoundedVec<gintonic_primitives::ModelId, MaxServedModels> {
	BoundedVec::truncate_from(names.iter().map(|n| model(n)).collect())
}

#[test]
fn serve_models_replaces_the_set_and_the_index() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		assert_eq!(listed("mixtral"), vec![ALICE]);
		assert_ok!(Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&["mistral"])));
		System::assert_last_event(
			Event::ModelsServed { provider: ALICE, models: models(&["mistral"]) }.into(),
		);
		assert!(!ModelProviders::<Test>::contains_key(model("mixtral")));
		assert_eq!(listed("mistral"), vec![ALICE]);
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
		MockModels::block(model("mistral"));
		assert_noop!(
			Providers::serve_models(RuntimeOrigin::signed(ALICE), models(&["mistral"])),
			Error::<Test>::ModelBlocked
		);
	});
}
