//! `register`, `update` and `deregister`.

use super::{register, status};
use crate::{mock::*, Error, Event, ModelProviders, Providers as ProvidersMap};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use gintonic_primitives::{
	key_possession::key_possession_signing_payload, GpuSpec, ProviderRegistry, ProviderStatus,
	Throughput,
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
			Some(endpoint.clone()),
			throughput()
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
				Providers::register(origin(), gpu, 1, key(), proof(ALICE), None, throughput()),
				Error::<Test>::InvalidGpuSpec
			);
		}
		assert_noop!(
			Providers::register(origin(), h100(1), 0, key(), proof(ALICE), None, throughput()),
			Error::<Test>::ZeroPrice
		);
		assert_noop!(
			Providers::register(origin(), h100(1), 1, [0; 32], proof(ALICE), None, throughput()),
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
					Some(BoundedVec::truncate_from(bad.to_vec())),
					throughput()
				),
				Error::<Test>::InvalidEndpoint
			);
		}
		assert_noop!(
			Providers::register(
				RuntimeOrigin::signed(POOR),
				h100(1),
				1,
				key(),
				proof(POOR),
				None,
				throughput()
			),
			Error::<Test>::InsufficientBalanceForBond
		);
		assert_noop!(
			Providers::register(
				RuntimeOrigin::none(),
				h100(1),
				1,
				key(),
				proof(ALICE),
				None,
				throughput()
			),
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
				None,
				throughput()
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
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(ALICE),
			None,
			Some(25),
			None,
			None,
			None
		));
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
			Some(Some(url.clone())),
			None
		));
		let p = ProvidersMap::<Test>::get(ALICE).unwrap_or_else(|| panic!("stored"));
		assert_eq!(
			(p.price_per_hour, p.gpu, p.encryption_key, p.endpoint),
			(25, h100(4), new_key, Some(url))
		);

		assert_ok!(Providers::update(
			RuntimeOrigin::signed(ALICE),
			None,
			None,
			None,
			Some(None),
			None
		));
		assert_eq!(ProvidersMap::<Test>::get(ALICE).and_then(|p| p.endpoint), None);
	});
}

#[test]
fn update_validates_and_needs_a_provider() {
	ExtBuilder::default().build().execute_with(|| {
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(BOB), None, Some(1), None, None, None),
			Error::<Test>::NotRegistered
		);
		register(ALICE, 10, &[]);
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(ALICE), None, Some(0), None, None, None),
			Error::<Test>::ZeroPrice
		);
		assert_noop!(
			Providers::update(
				RuntimeOrigin::signed(ALICE),
				None,
				None,
				Some(([0; 32], proof(ALICE))),
				None,
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
fn deregister_with_open_requests_leaves_when_the_last_ends_however_many_come() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		let registry = |f: fn(&u64)| f(&ALICE);
		registry(<Providers as ProviderRegistry<_, _>>::note_assigned);
		registry(<Providers as ProviderRegistry<_, _>>::note_assigned);
		// One call: unlisted at once, the bond still held while two requests are open.
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		System::assert_last_event(Event::Leaving { provider: ALICE, open_requests: 2 }.into());
		assert_eq!(status(ALICE), Some(ProviderStatus::Leaving));
		assert_eq!(listed("mixtral"), Vec::<u64>::new());
		assert_eq!(held(ALICE), BOND);
		// It cannot come back by itself, nor leave twice.
		assert_noop!(
			Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Active),
			Error::<Test>::ProviderLeaving
		);
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::ProviderLeaving
		);
		// Unlisted, it gets no new request; the open ones end, the bond comes back.
		<Providers as ProviderRegistry<_, _>>::note_settled(&ALICE, true);
		assert_eq!(held(ALICE), BOND);
		<Providers as ProviderRegistry<_, _>>::note_settled(&ALICE, false);
		System::assert_last_event(Event::Deregistered { provider: ALICE, bond: BOND }.into());
		assert_eq!(held(ALICE), 0);
		assert!(ProvidersMap::<Test>::get(ALICE).is_none());
		assert_noop!(
			Providers::deregister(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn a_leaving_provider_struck_to_the_limit_keeps_leaving_and_comes_back_suspended() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		<Providers as ProviderRegistry<_, _>>::note_assigned(&ALICE);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		for _ in 0..MAX_STRIKES {
			<Providers as ProviderRegistry<_, _>>::strike(&ALICE);
		}
		assert_eq!(status(ALICE), Some(ProviderStatus::Leaving));
		<Providers as ProviderRegistry<_, _>>::note_settled(&ALICE, false);
		assert!(ProvidersMap::<Test>::get(ALICE).is_none());
		register(ALICE, 10, &[]);
		assert_eq!(status(ALICE), Some(ProviderStatus::Suspended));
	});
}

#[test]
fn a_zero_throughput_is_refused() {
	ExtBuilder::default().build().execute_with(|| {
		for throughput in [
			Throughput { prompt_tokens_per_second: 0, completion_tokens_per_second: 1 },
			Throughput { prompt_tokens_per_second: 1, completion_tokens_per_second: 0 },
		] {
			assert_noop!(
				Providers::register(
					RuntimeOrigin::signed(ALICE),
					h100(1),
					1,
					key(),
					proof(ALICE),
					None,
					throughput
				),
				Error::<Test>::ZeroThroughput
			);
		}
		register(ALICE, 10, &[]);
		let stalled = Throughput { prompt_tokens_per_second: 5, completion_tokens_per_second: 0 };
		assert_noop!(
			Providers::update(RuntimeOrigin::signed(ALICE), None, None, None, None, Some(stalled)),
			Error::<Test>::ZeroThroughput
		);
		let faster = Throughput { prompt_tokens_per_second: 5, completion_tokens_per_second: 7 };
		assert_ok!(Providers::update(
			RuntimeOrigin::signed(ALICE),
			None,
			None,
			None,
			None,
			Some(faster)
		));
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.throughput), Some(faster));
	});
}

#[test]
fn a_key_needs_its_proof_of_possession() {
	ExtBuilder::default().build().execute_with(|| {
		let register = |proof| {
			Providers::register(
				RuntimeOrigin::signed(ALICE),
				h100(1),
				1,
				key(),
				proof,
				None,
				throughput(),
			)
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
				None,
				None
			),
			Error::<Test>::BadKeyProof
		);
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.encryption_key), Some(key()));
	});
}
