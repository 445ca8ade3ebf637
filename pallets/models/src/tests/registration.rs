//! `register` and the registry trait.

use crate::{mock::*, Error, Event, Models as ModelsMap, NewModel};
use frame_support::{assert_noop, assert_ok};
use gintonic_primitives::{Architecture, ContentHash, ModelId, ModelRegistry, ModelStatus};
use sp_runtime::BoundedVec;

#[test]
fn register_stores_the_model_under_its_content_address() {
	ExtBuilder.build().execute_with(|| {
		let m = new_model("mixtral");
		let id = id_of(&m);
		assert_ok!(register_as(ALICE, new_model("mixtral")));
		System::assert_last_event(
			Event::Registered { model: id, owner: ALICE, parent: None }.into(),
		);
		let info = ModelsMap::<Test>::get(id).unwrap_or_else(|| panic!("stored"));
		assert_eq!(info.owner, ALICE);
		assert_eq!(info.name, m.name);
		assert_eq!(info.architecture, Architecture::Mixtral);
		assert_eq!(info.source, m.source);
		assert_eq!((info.weights_hash, info.tokenizer_hash), (m.weights_hash, m.tokenizer_hash));
		assert_eq!((info.parameters, info.context_length), (46_700_000_000, 32_768));
		assert_eq!(info.license, m.license);
		assert_eq!(
			(info.deposit, info.status, info.registered_at),
			(DEPOSIT, ModelStatus::Active, 1)
		);
		assert_eq!(held(ALICE), DEPOSIT);
		assert!(<Models as ModelRegistry>::exists(&id));
		assert!(<Models as ModelRegistry>::is_servable(&id));
		assert!(!<Models as ModelRegistry>::exists(&ModelId::zero()));
	});
}

#[test]
fn fine_tunes_name_a_registered_parent() {
	ExtBuilder.build().execute_with(|| {
		let base = id_of(&new_model("base"));
		let tune = NewModel { parent: Some(base), ..new_model("tune") };
		assert_noop!(register_as(BOB, tune), Error::<Test>::UnknownParent);
		assert_ok!(register_as(ALICE, new_model("base")));
		let tune = NewModel { parent: Some(base), ..new_model("tune") };
		let tune_id = id_of(&tune);
		assert_ok!(register_as(BOB, tune));
		System::assert_last_event(
			Event::Registered { model: tune_id, owner: BOB, parent: Some(base) }.into(),
		);
		assert_eq!(ModelsMap::<Test>::get(tune_id).and_then(|m| m.parent), Some(base));
	});
}

#[test]
fn any_hugging_face_architecture_is_accepted() {
	ExtBuilder.build().execute_with(|| {
		let qwen = NewModel {
			architecture: Architecture::Other(BoundedVec::truncate_from(b"qwen2".to_vec())),
			..new_model("qwen")
		};
		let id = id_of(&qwen);
		assert_ok!(register_as(ALICE, qwen));
		assert_eq!(
			ModelsMap::<Test>::get(id).map(|m| m.architecture),
			Some(Architecture::Other(BoundedVec::truncate_from(b"qwen2".to_vec())))
		);
	});
}

#[test]
fn register_rejects_bad_input_and_changes_nothing() {
	ExtBuilder.build().execute_with(|| {
		let cases: Vec<(NewModel, Error<Test>)> = vec![
			(NewModel { name: BoundedVec::new(), ..new_model("a") }, Error::<Test>::EmptyName),
			(
				NewModel { source: BoundedVec::new(), ..new_model("a") },
				Error::<Test>::InvalidSource,
			),
			(
				NewModel {
					source: BoundedVec::truncate_from(b"mistral".to_vec()),
					..new_model("a")
				},
				Error::<Test>::InvalidSource,
			),
			(
				NewModel { source: BoundedVec::truncate_from(b"hf:".to_vec()), ..new_model("a") },
				Error::<Test>::InvalidSource,
			),
			(
				NewModel {
					source: BoundedVec::truncate_from(b"hf:a b".to_vec()),
					..new_model("a")
				},
				Error::<Test>::InvalidSource,
			),
			(
				NewModel { weights_hash: ContentHash::zero(), ..new_model("a") },
				Error::<Test>::ZeroHash,
			),
			(
				NewModel { tokenizer_hash: ContentHash::zero(), ..new_model("a") },
				Error::<Test>::ZeroHash,
			),
			(NewModel { parameters: 0, ..new_model("a") }, Error::<Test>::InvalidShape),
			(NewModel { context_length: 0, ..new_model("a") }, Error::<Test>::InvalidShape),
		];
		for (m, err) in cases {
			assert_noop!(register_as(ALICE, m), err);
		}
		assert_noop!(
			register_as(POOR, new_model("a")),
			Error::<Test>::InsufficientBalanceForDeposit
		);
		assert_ok!(register_as(ALICE, new_model("a")));
		// Same content under another name and owner is the same model.
		let same = NewModel { name: BoundedVec::truncate_from(b"copy".to_vec()), ..new_model("a") };
		assert_noop!(register_as(BOB, same), Error::<Test>::AlreadyRegistered);
	});
}
