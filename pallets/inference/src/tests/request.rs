//! `request`: checks, selection, escrow, deadline and indexes.

use super::{escrow, params, request, WORST_CASE_AT_BOB};
use crate::{
	mock::*, Deadlines, Error, Event, NextRequestId, PendingByProvider, Prompts, Requests,
};
use frame_support::{assert_noop, assert_ok};
use gintonic_primitives::{
	bounds::MaxSealedPromptLen, EncryptionKey, HardwareWishes, ModelId, ProviderStatus,
	RequestOutcome, SamplingParams,
};
use sp_runtime::{BoundedVec, DispatchResult};

fn prompt() -> BoundedVec<u8, gintonic_primitives::bounds::MaxSealedPromptLen> {
	prompt_for(&[bob(), charlie()])
}

#[test]
fn request_holds_escrow_and_assigns_the_cheapest_provider() {
	ExtBuilder.build().execute_with(|| {
		let id = request(5_000);
		System::assert_last_event(
			Event::Requested {
				id,
				sender: alice(),
				provider: bob(),
				model: model("mixtral"),
				max_payment: 5_000,
			}
			.into(),
		);
		assert_eq!(escrow(&alice()), 5_000);
		let r = Requests::<Test>::get(id).unwrap_or_else(|| panic!("stored"));
		assert_eq!((r.sender, r.provider.clone(), r.rate), (alice(), bob(), rate(BOB_PRICE)));
		assert_eq!(
			(r.created_at, r.deadline, r.outcome),
			(1, 1 + TIMEOUT, RequestOutcome::Pending)
		);
		assert_eq!(Prompts::<Test>::get(id).map(|p| p.len()), Some(prompt().len()));
		assert!(PendingByProvider::<Test>::contains_key(bob(), id));
		assert_eq!(Deadlines::<Test>::get(1 + TIMEOUT).into_inner(), vec![id]);
		assert_eq!(Inference::pending_for_provider(&bob()), vec![id]);
		assert_eq!(
			pallet_providers::Providers::<Test>::get(bob()).map(|p| p.open_requests),
			Some(1)
		);
	});
}

#[test]
fn wishes_steer_the_assignment() {
	ExtBuilder.build().execute_with(|| {
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(bob()), ProviderStatus::Paused));
		let id = request(5_000);
		assert_eq!(Requests::<Test>::get(id).map(|r| r.provider), Some(charlie()));
		let too_cheap =
			HardwareWishes { max_price_per_hour: Some(CHARLIE_PRICE - 1), ..Default::default() };
		assert_noop!(
			Inference::request(
				RuntimeOrigin::signed(alice()),
				model("mixtral"),
				SamplingParams::default(),
				too_cheap,
				prompt(),
				10
			),
			Error::<Test>::NoProviderAvailable
		);
	});
}

#[test]
fn request_errors_change_nothing() {
	ExtBuilder.build().execute_with(|| {
		let call = |m: ModelId, params: SamplingParams, p, max| {
			Inference::request(
				RuntimeOrigin::signed(alice()),
				m,
				params,
				HardwareWishes::default(),
				p,
				max,
			)
		};
		assert_noop!(call(ModelId::zero(), params(), prompt(), 5_000), Error::<Test>::UnknownModel);
		let bad = SamplingParams { top_p_milli: 0, ..Default::default() };
		assert_noop!(call(model("mixtral"), bad, prompt(), 5_000), Error::<Test>::InvalidParams);
		assert_noop!(
			call(model("mixtral"), params(), BoundedVec::new(), 5_000),
			Error::<Test>::EmptyPrompt
		);
		assert_noop!(
			call(model("mixtral"), params(), prompt(), FUNDS * 2),
			Error::<Test>::InsufficientBalance
		);
		register_model("lonely");
		assert_noop!(
			call(model("lonely"), params(), prompt(), 5_000),
			Error::<Test>::NoProviderAvailable
		);
		assert_noop!(
			call(model("mixtral"), params(), prompt(), MIN_ESCROW - 1),
			Error::<Test>::EscrowTooSmall
		);
		// An owner's deprecation is advisory; only root's block stops requests.
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(dave()), model("mixtral")));
		assert_ok!(call(model("mixtral"), params(), prompt(), WORST_CASE_AT_BOB));
		assert_ok!(Models::block(RuntimeOrigin::root(), model("mixtral")));
		assert_noop!(
			call(model("mixtral"), params(), prompt(), 5_000),
			Error::<Test>::ModelBlocked
		);
		assert_noop!(
			Inference::request(
				RuntimeOrigin::none(),
				model("mixtral"),
				params(),
				HardwareWishes::default(),
				prompt(),
				5_000
			),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}

#[test]
fn at_most_max_requests_expire_in_one_block() {
	ExtBuilder.build().execute_with(|| {
		for _ in 0..MAX_PER_BLOCK {
			request(5_000);
		}
		assert_noop!(
			Inference::request(
				RuntimeOrigin::signed(alice()),
				model("mixtral"),
				params(),
				HardwareWishes::default(),
				prompt(),
				5_000
			),
			Error::<Test>::TooManyRequestsThisBlock
		);
		run_to_block(2);
		request(5_000);
		assert_eq!(escrow(&alice()), 5_000 * (u128::from(MAX_PER_BLOCK) + 1));
	});
}

#[test]
fn oversize_blobs_are_refused_when_the_call_is_decoded() {
	use codec::{Decode, Encode};
	use gintonic_primitives::bounds::{MAX_SEALED_PROMPT_LEN, MAX_SEALED_RECORD_LEN};
	ExtBuilder.build().execute_with(|| {
		let fits = crate::Call::<Test>::request {
			model: model("mixtral"),
			params: SamplingParams::default(),
			wishes: HardwareWishes::default(),
			sealed_prompt: BoundedVec::truncate_from(vec![1; MAX_SEALED_PROMPT_LEN as usize]),
			max_payment: 10,
		};
		let encoded = fits.encode();
		assert!(crate::Call::<Test>::decode(&mut &encoded[..]).is_ok());
		let mut manual = vec![0u8]; // call index of `request`
		(
			model("mixtral"),
			SamplingParams::default(),
			HardwareWishes::<Balance>::default(),
			vec![1u8; MAX_SEALED_PROMPT_LEN as usize],
			10u128,
		)
			.encode_to(&mut manual);
		assert_eq!(manual, encoded, "the hand-made encoding is the call's");
		// The same call with one byte more: the length prefix grows, the bound refuses it.
		let oversize = (
			model("mixtral"),
			SamplingParams::default(),
			HardwareWishes::<Balance>::default(),
			vec![1u8; MAX_SEALED_PROMPT_LEN as usize + 1],
			10u128,
		);
		let mut call = vec![0u8]; // call index of `request`
		oversize.encode_to(&mut call);
		assert!(crate::Call::<Test>::decode(&mut &call[..]).is_err());
		let record = vec![1u8; MAX_SEALED_RECORD_LEN as usize + 1].encode();
		assert!(BoundedVec::<u8, gintonic_primitives::bounds::MaxSealedRecordLen>::decode(
			&mut &record[..]
		)
		.is_err());
	});
}

/// Alice requests `mixtral` with `sealed_prompt`.
fn request_with(sealed_prompt: BoundedVec<u8, MaxSealedPromptLen>) -> DispatchResult {
	Inference::request(
		RuntimeOrigin::signed(alice()),
		model("mixtral"),
		params(),
		HardwareWishes::default(),
		sealed_prompt,
		5_000,
	)
}

#[test]
fn the_provider_is_the_best_one_the_prompt_is_sealed_to() {
	ExtBuilder.build().execute_with(|| {
		// Sealed only to Charlie: he gets it although Bob is cheaper.
		let id = NextRequestId::<Test>::get();
		assert_ok!(request_with(prompt_for(&[charlie()])));
		assert_eq!(
			Requests::<Test>::get(id).map(|r| (r.provider, r.rate)),
			Some((charlie(), rate(CHARLIE_PRICE)))
		);
		// Sealed to both: the cheaper one, Bob.
		let id = NextRequestId::<Test>::get();
		assert_ok!(request_with(prompt_for(&[charlie(), bob()])));
		assert_eq!(Requests::<Test>::get(id).map(|r| r.provider), Some(bob()));
		// Bob paused: the next one listed that qualifies.
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(bob()), ProviderStatus::Paused));
		let id = NextRequestId::<Test>::get();
		assert_ok!(request_with(prompt_for(&[bob(), charlie()])));
		assert_eq!(Requests::<Test>::get(id).map(|r| r.provider), Some(charlie()));
	});
}

#[test]
fn a_prompt_sealed_to_no_qualifying_provider_is_refused_and_nothing_held() {
	ExtBuilder.build().execute_with(|| {
		// Dave is no provider.
		assert_noop!(request_with(prompt_for(&[dave()])), Error::<Test>::PromptNotSealedToProvider);
		// Bob is a provider, but paused.
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(bob()), ProviderStatus::Paused));
		assert_noop!(request_with(prompt_for(&[bob()])), Error::<Test>::PromptNotSealedToProvider);
		assert_eq!(escrow(&alice()), 0);
		assert_eq!(NextRequestId::<Test>::get(), 0);
	});
}

#[test]
fn a_prompt_must_be_sealed_to_the_sender_and_well_formed() {
	ExtBuilder.build().execute_with(|| {
		let keys = [EncryptionKey::from(bob()), EncryptionKey::from(charlie())];
		let not_to_alice = gintonic_seal::seal(b"{}", &keys).unwrap_or_default();
		assert_noop!(
			request_with(BoundedVec::truncate_from(not_to_alice)),
			Error::<Test>::PromptNotSealedToSender
		);
		let mut bad_version = prompt().into_inner();
		bad_version[0] = 2;
		for malformed in [b"sealed prompt".to_vec(), bad_version, prompt()[..100].to_vec()] {
			assert_noop!(
				request_with(BoundedVec::truncate_from(malformed)),
				Error::<Test>::MalformedPrompt
			);
		}
		assert_eq!(escrow(&alice()), 0);
	});
}

#[test]
fn a_quote_lists_the_candidates_best_first_with_their_keys() {
	ExtBuilder.build().execute_with(|| {
		let quote = Inference::quote(&model("mixtral"), &HardwareWishes::default());
		let listed: Vec<_> = quote
			.iter()
			.map(|q| (q.provider.clone(), q.encryption_key, q.price_per_hour))
			.collect();
		assert_eq!(
			listed,
			vec![
				(bob(), EncryptionKey::from(bob()), BOB_PRICE),
				(charlie(), EncryptionKey::from(charlie()), CHARLIE_PRICE)
			]
		);
		let cheap = HardwareWishes { max_price_per_hour: Some(BOB_PRICE), ..Default::default() };
		assert_eq!(Inference::quote(&model("mixtral"), &cheap).len(), 1);
		assert!(Inference::quote(&ModelId::zero(), &HardwareWishes::default()).is_empty());
	});
}

#[test]
fn what_the_provider_could_not_serve_or_be_paid_for_is_refused_with_nothing_held() {
	ExtBuilder.build().execute_with(|| {
		let call = |who: AccountId, params: SamplingParams, max| {
			Inference::request(
				RuntimeOrigin::signed(who),
				model("mixtral"),
				params,
				HardwareWishes::default(),
				prompt(),
				max,
			)
		};
		// A sender whose account is no Ristretto point: its record could never be sealed.
		let not_a_point = AccountId::from([1u8; 32]);
		assert!(!gintonic_seal::is_sealing_key(&[1u8; 32]));
		<Balances as frame_support::traits::fungible::Mutate<_>>::set_balance(&not_a_point, FUNDS);
		assert_noop!(call(not_a_point, params(), 5_000), Error::<Test>::SenderKeyNotSealable);
		// `max_tokens` that leave no room in the model's 32_768-token context.
		let whole_context = SamplingParams { max_tokens: 32_768, ..params() };
		assert_noop!(call(alice(), whole_context, FUNDS / 2), Error::<Test>::MaxTokensPastContext);
		// Bob writes 100 tokens a second and a request has 60 s, half of them to write in:
		// 3_000 tokens fit, 3_001 do not.
		assert_eq!(Inference::seconds_to_serve(), 30);
		let too_long = SamplingParams { max_tokens: 3_001, ..params() };
		assert_noop!(call(alice(), too_long, FUNDS / 2), Error::<Test>::CannotFinishInTime);
		assert_ok!(call(alice(), SamplingParams { max_tokens: 3_000, ..params() }, FUNDS / 2));
		// An escrow that cannot pay the worst case at Bob's rate, by one.
		assert_eq!(
			Inference::worst_case_escrow(&rate(BOB_PRICE), prompt().len() as u32, 16),
			WORST_CASE_AT_BOB
		);
		let held = escrow(&alice());
		assert_noop!(
			call(alice(), params(), WORST_CASE_AT_BOB - 1),
			Error::<Test>::EscrowBelowWorstCase
		);
		assert_eq!(escrow(&alice()), held);
		assert_ok!(call(alice(), params(), WORST_CASE_AT_BOB));
	});
}
