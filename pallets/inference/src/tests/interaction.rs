//! `record_interaction`: signatures as polkadot.js makes them, replay, payment, and paging.

use crate::{mock::*, Error, Event, RecordedDigests, Records};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use gintonic_primitives::{
	interaction::{interaction_digest, interaction_signing_payload, InteractionProof},
	signing::wrap_bytes,
	ContentHash, ModelId, RecordOrigin, Usage,
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{BoundedVec, MultiSignature};

/// The last block at which these tests' signatures may be recorded.
const EXPIRY: u64 = 50;

/// Alice's digest for an interaction served by `provider`.
fn digest(
	provider: &AccountId,
	m: ModelId,
	request_hash: ContentHash,
	max: Balance,
) -> ContentHash {
	digest_of(&alice(), provider, m, request_hash, max)
}

/// `sender`'s digest for an interaction served by `provider`.
fn digest_of(
	sender: &AccountId,
	provider: &AccountId,
	m: ModelId,
	request_hash: ContentHash,
	max: Balance,
) -> ContentHash {
	let genesis: [u8; 32] = System::block_hash(0).into();
	interaction_digest(&genesis, sender, provider, &m, &request_hash, &max, &EXPIRY)
}

fn record(
	provider: AccountId,
	sender: AccountId,
	signature: MultiSignature,
	request_hash: ContentHash,
	max: Balance,
	prompt_tokens: u32,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Inference::record_interaction(
		RuntimeOrigin::signed(provider),
		sender,
		InteractionProof::Signed { signature, expiry: EXPIRY },
		model("mixtral"),
		request_hash,
		max,
		ContentHash::repeat_byte(5),
		BoundedVec::truncate_from(b"sealed".to_vec()),
		Usage { prompt_tokens, completion_tokens: 0 },
	)
}

#[test]
fn only_the_wrapped_domain_and_digest_are_accepted_and_paid() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let h1 = ContentHash::repeat_byte(1);
		let d1 = digest(&bob(), model("mixtral"), h1, 1_000);
		// The bare digest (which could be a transaction payload's hash) and the wrapped digest
		// without its domain are refused.
		for unaccepted in [d1.as_bytes().to_vec(), wrap_bytes(d1.as_bytes())] {
			let signature = MultiSignature::from(Sr25519Keyring::Alice.sign(&unaccepted));
			assert_noop!(
				record(bob(), alice(), signature, h1, 1_000, 700),
				Error::<Test>::BadSignature
			);
		}
		let signed =
			MultiSignature::from(Sr25519Keyring::Alice.sign(&interaction_signing_payload(&d1)));
		let bob_before = Balances::balance(&bob());
		assert_ok!(record(bob(), alice(), signed, h1, 1_000, 700));
		System::assert_last_event(
			Event::InteractionRecorded {
				record: 0,
				sender: alice(),
				provider: bob(),
				payment: 700,
				storage_fee: 0,
				usage: Usage { prompt_tokens: 700, completion_tokens: 0 },
				rate: rate(BOB_PRICE),
			}
			.into(),
		);
		assert_eq!(Balances::balance(&bob()), bob_before + 700);
		assert_eq!(Balances::balance(&alice()), FUNDS - 700);
		let r = Records::<Test>::get(0).unwrap_or_else(|| panic!("stored"));
		assert_eq!((r.origin, r.payment), (RecordOrigin::Interaction(d1), 700));
		assert_eq!(RecordedDigests::<Test>::get(d1), Some(0));

		let h2 = ContentHash::repeat_byte(2);
		let d2 = digest(&bob(), model("mixtral"), h2, 100);
		let wrapped =
			MultiSignature::from(Sr25519Keyring::Alice.sign(&interaction_signing_payload(&d2)));
		assert_ok!(record(bob(), alice(), wrapped, h2, 100, 700));
		assert_eq!(
			Records::<Test>::get(1).map(|r| r.payment),
			Some(100),
			"capped at the signed maximum"
		);
	});
}

#[test]
fn bad_signatures_replays_and_strangers_are_refused() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let h = ContentHash::repeat_byte(1);
		let d = digest(&bob(), model("mixtral"), h, 1_000);
		let good =
			MultiSignature::from(Sr25519Keyring::Alice.sign(&interaction_signing_payload(&d)));
		let by_eve =
			MultiSignature::from(Sr25519Keyring::Eve.sign(&interaction_signing_payload(&d)));
		assert_noop!(record(bob(), alice(), by_eve, h, 1_000, 1), Error::<Test>::BadSignature);
		// The signature covers the maximum payment and the provider.
		assert_noop!(
			record(bob(), alice(), good.clone(), h, 1_001, 1),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			record(charlie(), alice(), good.clone(), h, 1_000, 1),
			Error::<Test>::BadSignature
		);
		assert_noop!(
			record(dave(), alice(), good.clone(), h, 1_000, 1),
			Error::<Test>::NotServingModel
		);
		assert_noop!(
			Inference::record_interaction(
				RuntimeOrigin::signed(bob()),
				alice(),
				InteractionProof::Signed { signature: good.clone(), expiry: EXPIRY },
				model("mixtral"),
				h,
				1_000,
				ContentHash::zero(),
				BoundedVec::new(),
				Usage::default()
			),
			Error::<Test>::EmptyRecord
		);
		assert_ok!(record(bob(), alice(), good.clone(), h, 1_000, 1));
		assert_noop!(record(bob(), alice(), good, h, 1_000, 1), Error::<Test>::AlreadyRecorded);
	});
}

#[test]
fn a_sender_that_cannot_pay_gets_no_record() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let h = ContentHash::repeat_byte(3);
		let eve = Sr25519Keyring::Eve.to_account_id();
		let d = digest_of(&eve, &bob(), model("mixtral"), h, 1_000);
		let sig = MultiSignature::from(Sr25519Keyring::Eve.sign(&interaction_signing_payload(&d)));
		assert_noop!(record(bob(), eve, sig, h, 1_000, 10), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn records_page_by_sender() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		for i in 0..5u8 {
			let h = ContentHash::repeat_byte(i);
			let d = digest(&bob(), model("mixtral"), h, 10);
			let sig =
				MultiSignature::from(Sr25519Keyring::Alice.sign(&interaction_signing_payload(&d)));
			assert_ok!(record(bob(), alice(), sig, h, 10, 1));
		}
		let ids = |after, limit| -> Vec<u64> {
			Inference::records_by_sender(&alice(), after, limit)
				.into_iter()
				.map(|(id, _)| id)
				.collect()
		};
		assert_eq!(ids(None, 2), vec![0, 1]);
		assert_eq!(ids(Some(1), 2), vec![2, 3]);
		assert_eq!(ids(Some(3), 10), vec![4]);
		assert_eq!(ids(Some(4), 10), Vec::<u64>::new());
		assert!(Inference::records_by_sender(&bob(), None, 10).is_empty());
	});
}

#[test]
fn a_signature_binds_its_sender_and_expires() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let h = ContentHash::repeat_byte(4);
		let d = digest(&bob(), model("mixtral"), h, 10);
		let by_alice =
			MultiSignature::from(Sr25519Keyring::Alice.sign(&interaction_signing_payload(&d)));
		// Charlie's identical request is another digest: Alice's signature does not cover it.
		assert_noop!(
			record(bob(), charlie(), by_alice.clone(), h, 10, 1),
			Error::<Test>::BadSignature
		);
		let signed_later = |expiry: u64| {
			Inference::record_interaction(
				RuntimeOrigin::signed(bob()),
				alice(),
				InteractionProof::Signed { signature: by_alice.clone(), expiry },
				model("mixtral"),
				h,
				10,
				ContentHash::repeat_byte(5),
				BoundedVec::truncate_from(b"sealed".to_vec()),
				Usage { prompt_tokens: 1, completion_tokens: 0 },
			)
		};
		// The expiry is signed: claiming another one breaks the signature.
		assert_noop!(signed_later(EXPIRY + 1), Error::<Test>::BadSignature);
		run_to_block(EXPIRY + 1);
		assert_noop!(signed_later(EXPIRY), Error::<Test>::SignatureExpired);
	});
}

#[test]
fn the_sender_pays_the_records_storage_and_the_provider_pays_no_fee() {
	ExtBuilder.build().execute_with(|| {
		let h = ContentHash::repeat_byte(1);
		let d = digest(&bob(), model("mixtral"), h, 1_000);
		let signed =
			MultiSignature::from(Sr25519Keyring::Alice.sign(&interaction_signing_payload(&d)));
		let (bob_before, issuance) = (Balances::balance(&bob()), Balances::total_issuance());
		let post = record(bob(), alice(), signed, h, 1_000, 300);
		assert_eq!(post.map(|info| info.pays_fee), Ok(frame_support::dispatch::Pays::No));
		// "sealed" is 6 bytes: 100 + 6 burned; 300 prompt tokens at 1 each to Bob.
		let storage = RECORD_BASE_FEE + 6 * RECORD_BYTE_FEE;
		assert_eq!(Balances::balance(&bob()), bob_before + 300);
		assert_eq!(Balances::balance(&alice()), FUNDS - 300 - storage);
		assert_eq!(Balances::total_issuance(), issuance - storage);
		let r = Records::<Test>::get(0).unwrap_or_else(|| panic!("stored"));
		assert_eq!((r.payment, r.storage_fee, r.rate), (300, storage, rate(BOB_PRICE)));
		// A maximum below the storage pays the chain first and the provider nothing more.
		let h = ContentHash::repeat_byte(2);
		let d = digest(&bob(), model("mixtral"), h, 50);
		let signed =
			MultiSignature::from(Sr25519Keyring::Alice.sign(&interaction_signing_payload(&d)));
		assert_ok!(record(bob(), alice(), signed, h, 50, 300));
		assert_eq!(Records::<Test>::get(1).map(|r| (r.payment, r.storage_fee)), Some((0, 50)));
	});
}
