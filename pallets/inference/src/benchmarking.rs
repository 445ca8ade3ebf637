//! Benchmarks of every call and of expiry (frame-benchmarking v2), run as tests on the mock
//! runtime by `impl_benchmark_test_suite!`; each with the largest blobs.

use super::*;
use crate::{
	pallet::{Call, Config, Pallet, Permits, Records, Requests},
	types::InteractionProofOf,
};
use frame_benchmarking::v2::*;
use frame_support::{pallet_prelude::*, traits::fungible::Mutate};
use frame_system::RawOrigin;
use gintonic_primitives::{
	bounds::{
		MaxSealedPromptLen, MAX_PROVIDERS_PER_MODEL, MAX_SEALED_PROMPT_LEN, MAX_SEALED_RECORD_LEN,
	},
	interaction::{interaction_digest, interaction_signing_payload, InteractionProof},
	permit::{permit_id, permit_signing_payload, Permit},
	ContentHash, HardwareWishes, ModelId, ModelRegistry, ProviderRegistry, SamplingParams,
};
use sp_runtime::traits::{Convert, Saturating};

/// How benchmarks get a sender that can sign `record_interaction`'s digest.
pub trait BenchmarkHelper<AccountId, Signature> {
	/// A sender whose key can sign.
	fn signer() -> AccountId;
	/// `signer`'s signature over `message`.
	fn sign(signer: &AccountId, message: &[u8]) -> Signature;
}

/// The first of `account(name, index, 0..)` that prompts can be sealed to: `request` refuses a
/// sender whose account is not a Ristretto point (most 32-byte strings are not).
fn sealable<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	(0..u32::MAX)
		.map(|seed| account::<T::AccountId>(name, index, seed))
		.find(|who| gintonic_seal::is_sealing_key(&T::AccountSealingKey::convert(who.clone())))
		.unwrap_or_else(|| account(name, index, 0))
}

fn fund<T: Config>(who: &T::AccountId) {
	let amount = BalanceOf::<T>::from(u32::MAX).saturating_mul(u32::MAX.into());
	T::Currency::set_balance(who, amount);
}

/// What benchmark requests hold in escrow: more than the worst case of the largest prompt
/// at the benchmark providers' rates, at any runtime's record fee.
fn escrow<T: Config>() -> BalanceOf<T> {
	T::MinEscrow::get().max(BalanceOf::<T>::from(u32::MAX).saturating_mul(1_000_000u32.into()))
}

/// A model served by one provider; returns both. The provider is the whitelisted caller, as
/// the signer of every call it makes is: fee payment has read and written its account first.
fn served_model<T: Config>() -> (ModelId, T::AccountId) {
	let model = T::Models::register_for_benchmark(0);
	let provider: T::AccountId = whitelisted_caller();
	T::Providers::register_for_benchmark(&provider, model, 3_600_000u32.into());
	(model, provider)
}

/// Model `seed` with a full list of providers, prices rising with the list; returns the
/// model and the dearest provider (the last a request may choose).
fn crowded_model<T: Config>(seed: u32) -> (ModelId, T::AccountId) {
	let model = T::Models::register_for_benchmark(seed);
	let mut dearest = None;
	for i in 0..MAX_PROVIDERS_PER_MODEL {
		let provider: T::AccountId = account("provider", i, seed);
		let price = 3_600_000u32.saturating_add(i);
		T::Providers::register_for_benchmark(&provider, model, price.into());
		dearest = Some(provider);
	}
	(model, dearest.unwrap_or_else(|| account("provider", 0, seed)))
}

/// A permit from `sender` for `provider` with a large allowance, valid as long as allowed.
fn permit_for<T: Config>(sender: &T::AccountId, provider: &T::AccountId) -> PermitOf<T> {
	Permit {
		genesis_hash: Pallet::<T>::genesis_hash(),
		account: sender.clone(),
		provider: provider.clone(),
		key_hash: [7; 32],
		allowance: 100_000_000u32.into(),
		expiry: frame_system::Pallet::<T>::block_number()
			.saturating_add(T::MaxPermitLifetime::get()),
		nonce: 7,
	}
}

/// A funded sender who signed a permit for `provider`, and the proof that carries it.
fn permitted_sender<T: Config>(provider: &T::AccountId) -> (T::AccountId, InteractionProofOf<T>) {
	let sender = T::BenchmarkHelper::signer();
	fund::<T>(&sender);
	let permit = permit_for::<T>(&sender, provider);
	let signature = T::BenchmarkHelper::sign(&sender, &permit_signing_payload(&permit));
	(sender, InteractionProof::Permit { permit, signature })
}

/// The id of the permit `proof` carries.
fn proof_permit_id<T: Config>(proof: &InteractionProofOf<T>) -> Option<ContentHash> {
	match proof {
		InteractionProof::Permit { permit, .. } => Some(permit_id(permit)),
		InteractionProof::Signed { .. } => None,
	}
}

/// The smallest prompt `request` benchmarks: an envelope with the most recipients.
const MIN_PROMPT_LEN: u32 = gintonic_seal::envelope_len(gintonic_seal::MAX_RECIPIENTS, 0) as u32;

/// A `len`-byte envelope (at least [`MIN_PROMPT_LEN`]) from `sender` for `model`'s best
/// provider, with the most recipients and the provider's key last: the longest header scan.
fn sealed_prompt<T: Config>(
	sender: &T::AccountId,
	model: &ModelId,
	len: u32,
) -> BoundedVec<u8, MaxSealedPromptLen> {
	let best = T::Providers::candidates(model, &HardwareWishes::default()).into_iter().next();
	let best = best.map(|quote| quote.provider);
	sealed_prompt_for::<T>(sender, model, best.as_ref(), len)
}

/// As [`sealed_prompt`], sealed to `provider` (or to no provider when it does not serve
/// `model`).
fn sealed_prompt_for<T: Config>(
	sender: &T::AccountId,
	model: &ModelId,
	provider: Option<&T::AccountId>,
	len: u32,
) -> BoundedVec<u8, MaxSealedPromptLen> {
	let provider_key = T::Providers::candidates(model, &HardwareWishes::default())
		.into_iter()
		.find(|quote| Some(&quote.provider) == provider)
		.map(|quote| quote.encryption_key)
		.unwrap_or_default();
	let mut keys = alloc::vec![T::AccountSealingKey::convert(sender.clone())];
	// Fillers that no benchmark account or key uses.
	keys.extend((1..gintonic_seal::MAX_RECIPIENTS - 1).map(|i| [0xE0 | i as u8; 32]));
	keys.push(provider_key);
	let payload = (len.max(MIN_PROMPT_LEN) - MIN_PROMPT_LEN) as usize;
	let envelope = gintonic_seal::unopenable_envelope(&keys, payload);
	assert!(envelope.is_ok(), "benchmark envelope is well formed");
	BoundedVec::truncate_from(envelope.unwrap_or_default())
}

/// A sender's pending request on `model`, with a prompt of `len` bytes.
fn pending<T: Config>(sender: &T::AccountId, model: ModelId, len: u32) -> u64 {
	let prompt = sealed_prompt::<T>(sender, &model, len);
	pending_with::<T>(sender, model, prompt)
}

/// A sender's pending request on `model` with `prompt`.
fn pending_with<T: Config>(
	sender: &T::AccountId,
	model: ModelId,
	prompt: BoundedVec<u8, MaxSealedPromptLen>,
) -> u64 {
	let id = NextRequestId::<T>::get();
	let made = Pallet::<T>::do_request(
		sender.clone(),
		model,
		SamplingParams::default(),
		HardwareWishes::default(),
		prompt,
		escrow::<T>(),
	);
	assert!(made.is_ok(), "benchmark request is made");
	id
}

/// A funded sender's pending request with the largest prompt, and its provider.
fn pending_with_largest_prompt<T: Config>() -> (u64, T::AccountId) {
	let (model, provider) = served_model::<T>();
	let sender: T::AccountId = sealable::<T>("sender", 0);
	fund::<T>(&sender);
	(pending::<T>(&sender, model, MAX_SEALED_PROMPT_LEN), provider)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The longest selection: a full list of providers, the prompt sealed to the dearest.
	#[benchmark]
	fn request(l: Linear<MIN_PROMPT_LEN, { MAX_SEALED_PROMPT_LEN }>) {
		let (model, dearest) = crowded_model::<T>(0);
		let caller: T::AccountId = sealable::<T>("caller", 0);
		fund::<T>(&caller);
		let prompt = sealed_prompt_for::<T>(&caller, &model, Some(&dearest), l);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			model,
			SamplingParams::default(),
			HardwareWishes::default(),
			prompt,
			escrow::<T>(),
		);
		assert_eq!(Requests::<T>::get(0).map(|r| r.provider), Some(dearest));
	}

	#[benchmark]
	fn submit_result(l: Linear<1, { MAX_SEALED_RECORD_LEN }>) {
		let (model, provider) = served_model::<T>();
		let sender: T::AccountId = sealable::<T>("sender", 0);
		fund::<T>(&sender);
		let id = pending::<T>(&sender, model, MAX_SEALED_PROMPT_LEN);
		let sealed = BoundedVec::truncate_from(alloc::vec![9u8; l as usize]);
		let usage = Usage { prompt_tokens: 100, completion_tokens: 100 };
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, ContentHash::repeat_byte(1), sealed, usage);
		assert!(Records::<T>::contains_key(0));
	}

	#[benchmark]
	fn report_failure() {
		let (id, provider) = pending_with_largest_prompt::<T>();
		let reason = BoundedVec::truncate_from(alloc::vec![b'r'; 256]);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, reason);
		assert!(matches!(
			Requests::<T>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Failed { .. })
		));
	}

	#[benchmark]
	fn reject_prompt() {
		let (id, provider) = pending_with_largest_prompt::<T>();
		let reason = BoundedVec::truncate_from(alloc::vec![b'r'; 256]);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, reason);
		assert!(matches!(
			Requests::<T>::get(id).map(|r| r.outcome),
			Some(RequestOutcome::Rejected { .. })
		));
	}

	/// The heavier proof: a permit charged for the first time (its signature verified, in
	/// the wrapped form that is checked second, and its state and expiry index written).
	#[benchmark]
	fn record_interaction(l: Linear<1, { MAX_SEALED_RECORD_LEN }>) {
		let (model, provider) = served_model::<T>();
		let (sender, proof) = permitted_sender::<T>(&provider);
		let id = proof_permit_id::<T>(&proof);
		let sealed = BoundedVec::truncate_from(alloc::vec![9u8; l as usize]);
		let usage = Usage { prompt_tokens: 100, completion_tokens: 100 };
		#[extrinsic_call]
		_(
			RawOrigin::Signed(provider),
			sender,
			proof,
			model,
			ContentHash::repeat_byte(3),
			1_000_000u32.into(),
			ContentHash::repeat_byte(1),
			sealed,
			usage,
		);
		assert!(Records::<T>::contains_key(0));
		assert!(id.is_some_and(Permits::<T>::contains_key));
	}

	/// A permit charged before: its kept state is found by id, and nothing is verified or
	/// indexed again (what the call refunds to).
	#[benchmark]
	fn record_interaction_known_permit(l: Linear<1, { MAX_SEALED_RECORD_LEN }>) {
		let (model, provider) = served_model::<T>();
		let (sender, proof) = permitted_sender::<T>(&provider);
		let usage = Usage { prompt_tokens: 100, completion_tokens: 100 };
		let first = Pallet::<T>::record_interaction(
			RawOrigin::Signed(provider.clone()).into(),
			sender.clone(),
			proof.clone(),
			model,
			ContentHash::repeat_byte(2),
			1_000_000u32.into(),
			ContentHash::repeat_byte(1),
			BoundedVec::truncate_from(alloc::vec![9u8; 1]),
			usage,
		);
		assert!(first.is_ok(), "the permit's first charge is recorded");
		let sealed = BoundedVec::truncate_from(alloc::vec![9u8; l as usize]);
		#[extrinsic_call]
		record_interaction(
			RawOrigin::Signed(provider),
			sender,
			proof,
			model,
			ContentHash::repeat_byte(3),
			1_000_000u32.into(),
			ContentHash::repeat_byte(1),
			sealed,
			usage,
		);
		assert!(Records::<T>::contains_key(1));
	}

	/// The sender's own signature over the interaction, in the wrapped form that is checked
	/// second.
	#[benchmark]
	fn record_interaction_signed(l: Linear<1, { MAX_SEALED_RECORD_LEN }>) {
		let (model, provider) = served_model::<T>();
		let sender = T::BenchmarkHelper::signer();
		fund::<T>(&sender);
		let max_payment: BalanceOf<T> = 1_000_000u32.into();
		let request_hash = ContentHash::repeat_byte(3);
		let expiry = frame_system::Pallet::<T>::block_number().saturating_add(100u32.into());
		let digest = interaction_digest(
			&Pallet::<T>::genesis_hash(),
			&sender,
			&provider,
			&model,
			&request_hash,
			&max_payment,
			&expiry,
		);
		let signature = T::BenchmarkHelper::sign(&sender, &interaction_signing_payload(&digest));
		let sealed = BoundedVec::truncate_from(alloc::vec![9u8; l as usize]);
		let usage = Usage { prompt_tokens: 100, completion_tokens: 100 };
		#[extrinsic_call]
		record_interaction(
			RawOrigin::Signed(provider),
			sender,
			InteractionProof::Signed { signature, expiry },
			model,
			request_hash,
			max_payment,
			ContentHash::repeat_byte(1),
			sealed,
			usage,
		);
		assert!(Records::<T>::contains_key(0));
	}

	/// The heavier case: a permit never charged, whose state and expiry index are written.
	#[benchmark]
	fn revoke_permit() {
		let (_, provider) = served_model::<T>();
		let sender = T::BenchmarkHelper::signer();
		let permit = permit_for::<T>(&sender, &provider);
		let id = permit_id(&permit);
		#[extrinsic_call]
		_(RawOrigin::Signed(sender), permit);
		assert!(Permits::<T>::get(id).is_some_and(|state| state.revoked));
	}

	/// Every expiring request from its own sender to its own provider: no account, hold or
	/// provider entry is read twice.
	#[benchmark]
	fn expire(n: Linear<0, { T::MaxRequestsPerBlock::get() }>) {
		let mut model = ModelId::zero();
		for i in 0..n {
			let (crowd, place) = (i / MAX_PROVIDERS_PER_MODEL, i % MAX_PROVIDERS_PER_MODEL);
			if place == 0 {
				(model, _) = crowded_model::<T>(crowd);
			}
			let provider: T::AccountId = account("provider", place, crowd);
			let sender: T::AccountId = sealable::<T>("sender", i);
			fund::<T>(&sender);
			let prompt = sealed_prompt_for::<T>(&sender, &model, Some(&provider), 1);
			pending_with::<T>(&sender, model, prompt);
		}
		let deadline = frame_system::Pallet::<T>::block_number()
			.saturating_add(Pallet::<T>::request_timeout());
		#[block]
		{
			Pallet::<T>::expire_due(deadline);
		}
		if n > 0 {
			assert!(matches!(
				Requests::<T>::get(0).map(|r| r.outcome),
				Some(RequestOutcome::Expired { .. })
			));
		}
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
