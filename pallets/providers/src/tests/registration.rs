//! `register`, `update` and `deregister`.

use super::register;
use crate::{mock::*, Error, Event, ModelProviders, Providers as ProvidersMap};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use gintonic_primitives::{
	key_possession::key_possession_signing_payload, GpuSpec, ProviderRegistry, ProviderStatus,
};
use sp_runtime::BoundedVec;

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Providers(crate::HoldReason::ProviderBond), &who)
}

#[test]
fn register_holds_the_bond_and_stores_the_provider() {
	ExtBuilder::default().build().execute_with(|| {
		let endpoint = BoundedVec::truncate_from(b"https://gpu.example:8080".to_vec());
		assert_ok!(Providers::register(
			RuntimeOrigin::signed(ALICE),
			h100(8),
			2_000,
			key(),
			proof(ALICE),
			Some(endpoint.clone())
		));
		System::assert_last_event(Event::Registered { provider: ALICE, bond: BOND }.into());
		assert_eq!(held(ALICE), BOND);
		assert_eq!(Balances::balance(&ALICE), 10_000 - BOND);
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!(p.gpu, h100(8));
		assert_eq!(p.price_per_hour, 2_000);
		assert_eq!(p.encryption_key, key());
		assert_eq!(p.endpoint, Some(endpoint));
		assert_eq!(p.status, ProviderStatus::Active);
		assert_eq!((p.strikes, p.open_requests, p.bond, p.registered_at), (0, 0, BOND, 1));
		assert!(p.models.is_empty());
	});
}

#[test]
fn register_rejects_bad_terms_and_changes_nothing() {
	ExtBuilder::default().build().execute_with(|| {
		let origin = || RuntimeOrigin::signed(ALICE);
		let no_gpus = GpuSpec { count: 0, ..h100(1) };
		let no_memory = GpuSpec { memory_gib: 0, ..h100(1) };
		let no_name = GpuSpec { model: BoundedVec::new(), ..h100(1) };
		for gpu in [no_gpus, no_memory, no_name] {
			assert_noop!(
				Providers::register(origin(), gpu, 1, key(), proof(ALICE), None),
				Error::<Test>::InvalidGpuSpec
			);
		}
		assert_noop!(
			Providers::register(origin(), h100(1), 0, key(), proof(ALICE), None),
			Error::<Test>::ZeroPrice
		);
		assert_noop!(
			Providers::register(origin(), h100(1), 1, [0; 32], proof(ALICE), None),
			Error::<Test>::InvalidEncryptionKey
		);
		for bad in [&b"ftp://x"[..], b"https://", b"http://a b", b"localhost:8080"] {
			assert_noop!(
				Providers::register(
					origin(),
					h100(1),
					1,
					key(),
					proof(ALICE),
					Some(BoundedVec::truncate_from(bad.to_vec()))
				),
				Error::<Test>::InvalidEndpoint
			);
		}
		assert_noop!(
			Providers::register(RuntimeOrigin::signed(POOR), h100(1), 1, key(), proof(POOR), None),
			Error::<Test>::InsufficientBalanceForBond
		);
		assert_noop!(
			Providers::register(RuntimeOrigin::none(), h100(1), 1, key(), proof(ALICE), None),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn register_twice_fails() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		assert_noop!(
			Providers::register(
				RuntimeOrigin::signed(ALICE),
				h100(1),
				1,
				key(),
				proof(ALICE),
				None
			),
			Error::<Test>::AlreadyRegistered
		);
		assert_eq!(held(ALICE), BOND);
	});
}

#[test]
fn update_changes_only_what_is_given() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		assert_ok!(Providers::update(RuntimeOrigin::signed(ALICE), None, Some(25), None, None));
		System::assert_last_event(Event::Updated { provider: ALICE }.into());
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!((p.price_per_hour, p.gpu.clone(), p.encryption_key), (25, h100(1), key()));

		let url = BoundedVec::truncate_from(b"http://127.0.0.1:9944".to_vec());
		let new_key = sp_core::Pair::public(&key_pair(9)).0;
		let new_proof = sp_core::Pair::sign(&key_pair(9), &key_possession_signing_payload(&ALICE));
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(ALICE),
			Some(h100(4)),
			None,
			Some((new_key, new_proof)),
			Some(Some(url.clone()))
		));
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!(
			(p.price_per_hour, p.gpu, p.encryption_key, p.endpoint),
			(25, h100(4), new_key, Some(url))
		);

		assert_ok!(Providers::update(RuntimeOrigin::signed(ALICE), None, None, None, Some(None)));
		assert_eq!(ProvidersMap::<Test>::get(ALICE).and_then(|p| p.endpoint), None);
	});
}

#[test]
fn update_validates_and_needs_a_provider() {
	ExtBuilder::default().build().execute_with(|| {
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(BOB), None, Some(1), None, None),
			Error::<Test>::NotRegistered
		);
		register(ALICE, 10, &[]);
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(ALICE), None, Some(0), None, None),
			Error::<Test>::ZeroPrice
		);
		assert_noop!(
			Providers::update(
				RuntimeOrigin::signed(ALICE),
				None,
				None,
				Some(([0; 32], proof(ALICE))),
				None
			),
			Error::<Test>::InvalidEncryptionKey
		);
		assert_noop!(
			Providers::update(
				RuntimeOrigin::signed(ALICE),
				Some(GpuSpec { count: 0, ..h100(1) }),
				None,
				None,
				None
			),
			Error::<Test>::InvalidGpuSpec
		);
	});
}

#[test]
fn deregister_releases_the_bond_and_clears_the_index() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral", "mistral"]);
		register(BOB, 10, &["mixtral"]);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		System::assert_last_event(Event::Deregistered { provider: ALICE, bond: BOND }.into());
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), 10_000);
		assert!(ProvidersMap::<Test>::get(ALICE).is_none());
		assert_eq!(listed("mixtral"), vec![BOB]);
		assert!(!ModelProviders::<Test>::contains_key(model("mistral")));
	});
}

#[test]
fn deregister_waits_for_open_requests() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		<Providers as ProviderRegistry<_, _>>::note_assigned(&ALICE);
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::HasOpenRequests
		);
		<Providers as ProviderRegistry<_, _>>::note_settled(&ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn a_key_needs_its_proof_of_possession() {
	ExtBuilder::default().build().execute_with(|| {
		let register = |proof| {
			Providers::register(RuntimeOrigin::signed(ALICE), h100(1), 1, key(), proof, None)
		};
		// Signed for another account, or by another key: refused, nothing held.
		assert_noop!(register(proof(BOB)), Error::<Test>::BadKeyProof);
		let by_other_key =
			sp_core::Pair::sign(&key_pair(8), &key_possession_signing_payload(&ALICE));
		assert_noop!(register(by_other_key), Error::<Test>::BadKeyProof);
		let without_domain = sp_core::Pair::sign(
			&key_pair(7),
			&gintonic_primitives::signing::wrap_bytes(&codec::Encode::encode(&ALICE)),
		);
		assert_noop!(register(without_domain), Error::<Test>::BadKeyProof);
		// The message without its `<Bytes>` wrapping (which a wallet adds): refused.
		let mut unwrapped = gintonic_primitives::key_possession::KEY_POSSESSION_DOMAIN.to_vec();
		unwrapped.extend(codec::Encode::encode(&ALICE));
		assert_noop!(
			register(sp_core::Pair::sign(&key_pair(7), &unwrapped)),
			Error::<Test>::BadKeyProof
		);
		// What polkadot.js `signRaw` makes of the domain and the account: accepted.
		assert_ok!(register(proof(ALICE)));

		// Changing the key needs the new key's proof; the old key stays on refusal.
		let stolen = sp_core::Pair::public(&key_pair(9)).0;
		assert_noop!(
			Providers::update(
				RuntimeOrigin::signed(ALICE),
				None,
				None,
				Some((stolen, proof(ALICE))),
				None
			),
			Error::<Test>::BadKeyProof
		);
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.encryption_key), Some(key()));
	});
}
