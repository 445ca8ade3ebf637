//! Permits: charged by their provider up to the allowance until the expiry, revoked by their
//! account, pruned after the expiry in bounded work.

use crate::{
	mock::*, weights::WeightInfo, Error, Event, PermitExpiries, PermitPruneCursor, Permits, Records,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, Hooks},
	weights::Weight,
};
use gintonic_primitives::{
	admission::{Admission, AdmissionQuery, PermitRefusal},
	interaction::InteractionProof,
	permit::{permit_id, permit_message, permit_signing_payload, Permit},
	signing::wrap_bytes,
	ContentHash, Usage,
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{BoundedVec, MultiSignature};

type TestPermit = Permit<AccountId, Balance, u64>;

/// Alice's permit for Bob, with `allowance`, valid until block `expiry`.
fn permit(allowance: Balance, expiry: u64) -> TestPermit {
	Permit {
		genesis_hash: Inference::genesis_hash(),
		account: alice(),
		provider: bob(),
		key_hash: [7; 32],
		allowance,
		expiry,
		nonce: 1,
	}
}

fn signed(permit: &TestPermit) -> MultiSignature {
	MultiSignature::from(Sr25519Keyring::Alice.sign(&permit_signing_payload(permit)))
}

/// Bob records an interaction of `prompt_tokens` (each costs 1 at Bob's rate) for `sender` under
/// `permit`, with a maximum of `max`; `n` makes the request hash unique.
fn charge(
	provider: AccountId,
	sender: AccountId,
	permit: &TestPermit,
	signature: MultiSignature,
	max: Balance,
	prompt_tokens: u32,
	n: u8,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	charge_for("mixtral", provider, sender, permit, signature, max, prompt_tokens, n)
}

/// As [`charge`], for the model named `model_name`.
#[allow(clippy::too_many_arguments)]
fn charge_for(
	model_name: &str,
	provider: AccountId,
	sender: AccountId,
	permit: &TestPermit,
	signature: MultiSignature,
	max: Balance,
	prompt_tokens: u32,
	n: u8,
) -> frame_support::dispatch::DispatchResultWithPostInfo {
	Inference::record_interaction(
		RuntimeOrigin::signed(provider),
		sender,
		InteractionProof::Permit { permit: permit.clone(), signature },
		model(model_name),
		ContentHash::repeat_byte(n),
		max,
		ContentHash::repeat_byte(5),
		BoundedVec::truncate_from(b"sealed".to_vec()),
		Usage { prompt_tokens, completion_tokens: 0 },
	)
}

#[test]
fn a_permit_is_charged_up_to_its_allowance_and_no_further() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let p = permit(1_000, 50);
		let id = permit_id(&p);
		let bob_before = Balances::balance(&bob());
		assert_ok!(charge(bob(), alice(), &p, signed(&p), 600, 400, 1));
		assert_eq!(Permits::<Test>::get(id).map(|s| s.spent), Some(400));
		assert_eq!(PermitExpiries::<Test>::get(50, id), Some(()));
		// Once the chain knows the permit, its id stands for the signature.
		let not_checked_again = MultiSignature::from(Sr25519Keyring::Eve.sign(b"anything"));
		assert_ok!(charge(bob(), alice(), &p, not_checked_again, 600, 600, 2));
		assert_eq!(Permits::<Test>::get(id).map(|s| s.spent), Some(1_000));
		assert_eq!(Balances::balance(&bob()), bob_before + 1_000);
		assert_eq!(Balances::balance(&alice()), FUNDS - 1_000);
		// Spent: even a charge of 1 would pass the allowance.
		assert_noop!(
			charge(bob(), alice(), &p, signed(&p), 1, 1, 3),
			Error::<Test>::AllowanceExceeded
		);
		assert_eq!(Records::<Test>::iter().count(), 2);
	});
}

#[test]
fn a_permits_record_must_pay_its_own_storage_in_full() {
	ExtBuilder.build().execute_with(|| {
		let p = permit(1_000, 50);
		// The record ("sealed", 6 bytes) costs 100 + 6 to store.
		let storage = RECORD_BASE_FEE + 6 * RECORD_BYTE_FEE;
		for max in [0, 1, storage - 1] {
			assert_noop!(
				charge(bob(), alice(), &p, signed(&p), max, 0, 1),
				Error::<Test>::RecordStorageUnpaid
			);
		}
		assert_ok!(charge(bob(), alice(), &p, signed(&p), storage, 0, 1));
		assert_eq!(Permits::<Test>::get(permit_id(&p)).map(|s| s.spent), Some(storage));
	});
}

#[test]
fn a_known_permit_is_charged_the_lighter_weight() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let p = permit(1_000, 50);
		let len = b"sealed".len() as u32;
		// The first charge verifies and indexes the permit: the weight charged up front.
		let first = charge(bob(), alice(), &p, signed(&p), 10, 10, 1);
		assert_eq!(first.map(|info| info.actual_weight), Ok(None));
		// Later ones only find its state: the call refunds down to that measured weight.
		let later = charge(bob(), alice(), &p, signed(&p), 10, 10, 2);
		let known = <() as WeightInfo>::record_interaction_known_permit(len);
		assert_eq!(later.map(|info| info.actual_weight), Ok(Some(known)));
		assert!(known.ref_time() < <() as WeightInfo>::record_interaction(len).ref_time());
	});
}

#[test]
fn the_maximum_may_not_pass_what_is_left() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let p = permit(1_000, 50);
		assert_ok!(charge(bob(), alice(), &p, signed(&p), 700, 700, 1));
		// The usage would cost 100, but the provider asks for up to 301 of the 300 left.
		assert_noop!(
			charge(bob(), alice(), &p, signed(&p), 301, 100, 2),
			Error::<Test>::AllowanceExceeded
		);
		assert_ok!(charge(bob(), alice(), &p, signed(&p), 300, 5_000, 2));
		assert_eq!(Permits::<Test>::get(permit_id(&p)).map(|s| s.spent), Some(1_000));
	});
}

#[test]
fn only_wrapped_signatures_are_accepted_and_forged_ones_refused() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let p = permit(1_000, 50);
		let by_eve = MultiSignature::from(Sr25519Keyring::Eve.sign(&permit_signing_payload(&p)));
		assert_noop!(charge(bob(), alice(), &p, by_eve, 10, 10, 1), Error::<Test>::BadSignature);
		let other = permit(1_001, 50);
		assert_noop!(
			charge(bob(), alice(), &other, signed(&p), 10, 10, 1),
			Error::<Test>::BadSignature
		);
		let unwrapped = MultiSignature::from(Sr25519Keyring::Alice.sign(&permit_message(&p)));
		assert_noop!(charge(bob(), alice(), &p, unwrapped, 10, 10, 1), Error::<Test>::BadSignature);
		let wrapped =
			MultiSignature::from(Sr25519Keyring::Alice.sign(&wrap_bytes(&permit_message(&p))));
		assert_ok!(charge(bob(), alice(), &p, wrapped, 10, 10, 1));
	});
}

#[test]
fn a_permit_binds_chain_provider_sender_and_time() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let wrong_chain = TestPermit { genesis_hash: [9; 32], ..permit(1_000, 50) };
		assert_noop!(
			charge(bob(), alice(), &wrong_chain, signed(&wrong_chain), 10, 10, 1),
			Error::<Test>::PermitWrongChain
		);
		let p = permit(1_000, 50);
		assert_noop!(
			charge(charlie(), alice(), &p, signed(&p), 10, 10, 1),
			Error::<Test>::PermitNotForProvider
		);
		assert_noop!(
			charge(bob(), charlie(), &p, signed(&p), 10, 10, 1),
			Error::<Test>::PermitNotForSender
		);
		let too_long = permit(1_000, 1 + PERMIT_LIFETIME + 1);
		assert_noop!(
			charge(bob(), alice(), &too_long, signed(&too_long), 10, 10, 1),
			Error::<Test>::PermitTooLong
		);
		let at_the_limit = permit(1_000, 1 + PERMIT_LIFETIME);
		assert_ok!(charge(bob(), alice(), &at_the_limit, signed(&at_the_limit), 10, 10, 1));
		// Valid through its expiry block, not after.
		let short = permit(1_000, 3);
		run_to_block(3);
		assert_ok!(charge(bob(), alice(), &short, signed(&short), 10, 10, 2));
		run_to_block(4);
		assert_noop!(
			charge(bob(), alice(), &short, signed(&short), 10, 10, 3),
			Error::<Test>::PermitExpired
		);
	});
}

#[test]
fn a_drained_account_is_not_charged() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let eve = Sr25519Keyring::Eve.to_account_id();
		let p = TestPermit { account: eve.clone(), ..permit(1_000, 50) };
		let signature = MultiSignature::from(Sr25519Keyring::Eve.sign(&permit_signing_payload(&p)));
		assert_noop!(
			charge(bob(), eve, &p, signature, 10, 10, 1),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn the_account_revokes_its_permit_charged_or_not() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let used = permit(1_000, 50);
		assert_ok!(charge(bob(), alice(), &used, signed(&used), 10, 10, 1));
		assert_noop!(
			Inference::revoke_permit(RuntimeOrigin::signed(bob()), used.clone()),
			Error::<Test>::NotPermitAccount
		);
		assert_ok!(Inference::revoke_permit(RuntimeOrigin::signed(alice()), used.clone()));
		System::assert_last_event(
			Event::PermitRevoked { id: permit_id(&used), account: alice() }.into(),
		);
		assert_noop!(
			charge(bob(), alice(), &used, signed(&used), 10, 10, 2),
			Error::<Test>::PermitRevoked
		);
		assert_noop!(
			Inference::revoke_permit(RuntimeOrigin::signed(alice()), used),
			Error::<Test>::PermitRevoked
		);

		// Never charged, and reaching further than a charge may: the revocation is kept until
		// the permit's own expiry, through the blocks at which it becomes chargeable.
		let far = 3 * PERMIT_LIFETIME;
		let unused = permit(1_000, far);
		assert_noop!(
			charge(bob(), alice(), &unused, signed(&unused), 10, 10, 3),
			Error::<Test>::PermitTooLong
		);
		assert_ok!(Inference::revoke_permit(RuntimeOrigin::signed(alice()), unused.clone()));
		let state = Permits::<Test>::get(permit_id(&unused));
		assert_eq!(state.map(|s| (s.revoked, s.expiry)), Some((true, far)));
		run_to_block(far - PERMIT_LIFETIME + 1);
		assert_noop!(
			charge(bob(), alice(), &unused, signed(&unused), 10, 10, 3),
			Error::<Test>::PermitRevoked
		);
		Inference::on_idle(far, Weight::MAX);
		assert!(Permits::<Test>::contains_key(permit_id(&unused)), "kept through its expiry");
		run_to_block(far + 2);
		Inference::on_idle(far + 2, Weight::MAX);
		assert_eq!(Permits::<Test>::get(permit_id(&unused)), None, "pruned after its expiry");

		let expired = permit(1_000, 5);
		assert_noop!(
			Inference::revoke_permit(RuntimeOrigin::signed(alice()), expired),
			Error::<Test>::PermitExpired
		);
	});
}

#[test]
fn expired_permits_are_pruned_within_the_weight_given() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let permits: Vec<TestPermit> =
			(0..5).map(|n| TestPermit { nonce: n, ..permit(1_000, 3 + n % 2) }).collect();
		for (n, p) in permits.iter().enumerate() {
			assert_ok!(charge(bob(), alice(), p, signed(p), 10, 10, n as u8));
		}
		let kept =
			|| permits.iter().filter(|p| Permits::<Test>::contains_key(permit_id(p))).count();
		// Not expired yet: nothing goes.
		Inference::on_idle(3, Weight::MAX);
		assert_eq!(kept(), 5);

		run_to_block(10);
		let db = <Test as frame_system::Config>::DbWeight::get();
		// Room for the cursor and two permits only.
		let used = Inference::on_idle(10, db.reads_writes(1, 1) + db.reads_writes(1, 2) * 2);
		assert_eq!(kept(), 3);
		assert!(used.all_lte(db.reads_writes(1, 1) + db.reads_writes(1, 2) * 2));
		// No room at all: nothing happens.
		assert_eq!(Inference::on_idle(10, Weight::zero()), Weight::zero());
		assert_eq!(kept(), 3);
		Inference::on_idle(10, Weight::MAX);
		assert_eq!(kept(), 0);
		assert_eq!(PermitExpiries::<Test>::iter().count(), 0);
		assert_eq!(PermitPruneCursor::<Test>::get(), 10);
		// The records stay.
		assert_eq!(Records::<Test>::iter().count(), 5);
	});
}

/// Every refusal of a permit charge, made alike by the miner's admission (`admit_permit`, the
/// runtime API it calls before serving) and by `record_interaction` at inclusion.
#[test]
fn admission_refuses_what_inclusion_refuses_case_by_case() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let admit = |provider: AccountId, name: &str, p: &TestPermit, sig, amount, margin| {
			let query = AdmissionQuery { on_permit: amount, on_account: amount, margin };
			Inference::admit_permit(&provider, &model(name), p, &sig, query)
		};
		let both = |refusal: PermitRefusal,
		            provider: AccountId,
		            name: &str,
		            p: &TestPermit,
		            sig: MultiSignature,
		            amount: Balance| {
			assert_eq!(admit(provider.clone(), name, p, sig.clone(), amount, 0), Err(refusal));
			assert_noop!(
				charge_for(name, provider, alice(), p, sig, amount, amount as u32, 1),
				Error::<Test>::from(refusal)
			);
		};
		let p = permit(10_000_000, 50);
		both(PermitRefusal::NotServingModel, bob(), "unregistered", &p, signed(&p), 10);
		let wrong_chain = TestPermit { genesis_hash: [9; 32], ..p.clone() };
		both(
			PermitRefusal::PermitWrongChain,
			bob(),
			"mixtral",
			&wrong_chain,
			signed(&wrong_chain),
			10,
		);
		let for_charlie = TestPermit { provider: charlie(), ..p.clone() };
		both(
			PermitRefusal::PermitNotForProvider,
			bob(),
			"mixtral",
			&for_charlie,
			signed(&for_charlie),
			10,
		);
		let too_long = permit(1_000, 2 + PERMIT_LIFETIME);
		both(PermitRefusal::PermitTooLong, bob(), "mixtral", &too_long, signed(&too_long), 10);
		let by_eve = MultiSignature::from(Sr25519Keyring::Eve.sign(&permit_signing_payload(&p)));
		both(PermitRefusal::BadSignature, bob(), "mixtral", &p, by_eve, 10);
		both(
			PermitRefusal::AllowanceExceeded,
			bob(),
			"mixtral",
			&permit(1_000, 50),
			signed(&permit(1_000, 50)),
			1_001,
		);
		both(PermitRefusal::InsufficientBalance, bob(), "mixtral", &p, signed(&p), 2 * FUNDS);
		// The sender is the permit's account by construction at admission; at inclusion it
		// must be.
		assert_noop!(
			charge(bob(), charlie(), &p, signed(&p), 10, 10, 1),
			Error::<Test>::PermitNotForSender
		);

		// Admitted: what is left, and the price the charge will be made at.
		let admitted = admit(bob(), "mixtral", &p, signed(&p), 10, 0);
		let Ok(Admission { allowance_left, spendable, rate: admitted_rate, .. }) = admitted else {
			panic!("admitted: {admitted:?}")
		};
		assert_eq!(allowance_left, 10_000_000);
		assert_eq!(spendable, Inference::spendable(&alice()));
		assert_eq!(admitted_rate, rate(BOB_PRICE), "Bob's terms");
		assert_ok!(charge(bob(), alice(), &p, signed(&p), 10, 10, 2));
		assert_eq!(
			admit(bob(), "mixtral", &p, signed(&p), 10, 0).map(|a| a.allowance_left),
			Ok(9_999_990)
		);

		// An expiry that inclusion may not reach is refused at admission, by the margin.
		assert!(admit(bob(), "mixtral", &p, signed(&p), 10, 49).is_ok());
		assert_eq!(
			admit(bob(), "mixtral", &p, signed(&p), 10, 50),
			Err(PermitRefusal::PermitExpired)
		);
		run_to_block(51);
		both(PermitRefusal::PermitExpired, bob(), "mixtral", &p, signed(&p), 10);

		let revoked = permit(1_000, 80);
		assert_ok!(Inference::revoke_permit(RuntimeOrigin::signed(alice()), revoked.clone()));
		both(PermitRefusal::PermitRevoked, bob(), "mixtral", &revoked, signed(&revoked), 10);
	});
}

#[test]
fn a_suspended_provider_admits_nothing_new_and_is_still_paid_for_what_it_served() {
	ExtBuilder.build().execute_with(|| {
		no_record_fees();
		let p = permit(1_000, 50);
		for _ in 0..MAX_STRIKES {
			<Providers as gintonic_primitives::ProviderRegistry<_, _>>::strike(&bob());
		}
		let query = AdmissionQuery { on_permit: 10, on_account: 10, margin: 0 };
		assert_eq!(
			Inference::admit_permit(&bob(), &model("mixtral"), &p, &signed(&p), query),
			Err(PermitRefusal::ProviderSuspended)
		);
		// What it had served before the suspension is still recorded and paid.
		let bob_before = Balances::balance(&bob());
		assert_ok!(charge(bob(), alice(), &p, signed(&p), 600, 400, 1));
		assert_eq!(Balances::balance(&bob()), bob_before + 400);
	});
}
