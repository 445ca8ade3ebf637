//! Benchmarks of every call (frame-benchmarking v2), run as tests on the mock runtime by
//! `impl_benchmark_test_suite!`. Each measures its worst case: the most models served, each
//! with a full list of providers that the caller joins by displacing the dearest.

use super::*;
use crate::pallet::{Call, Config, ModelProviders, Pallet, Providers};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::*,
	traits::fungible::{Inspect, Mutate},
};
use frame_system::RawOrigin;
use gintonic_primitives::{
	bounds::{MaxServedModels, MAX_GPU_MODEL_LEN, MAX_PROVIDERS_PER_MODEL, MAX_SERVED_MODELS},
	key_possession::key_possession_signing_payload,
	EncryptionKey, KeyProof, ModelId, ModelRegistry,
};
use sp_runtime::traits::Saturating;

/// The largest GPU spec.
/// The throughput benchmark providers declare.
pub fn throughput() -> gintonic_primitives::Throughput {
	gintonic_primitives::Throughput {
		prompt_tokens_per_second: 1_000,
		completion_tokens_per_second: 100,
	}
}

/// The GPUs benchmark providers declare.
pub fn gpu() -> GpuSpec {
	GpuSpec {
		model: BoundedVec::truncate_from(alloc::vec![b'G'; MAX_GPU_MODEL_LEN as usize]),
		memory_gib: 80,
		count: 8,
	}
}

fn fund<T: Config>(who: &T::AccountId) {
	let amount = T::ProviderBond::get()
		.saturating_mul(100u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(who, amount);
}

fn models<T: Config>(n: u32) -> BoundedVec<ModelId, MaxServedModels> {
	BoundedVec::truncate_from((0..n).map(T::Models::register_for_benchmark).collect::<Vec<_>>())
}

/// Registers funded `who` at `price`, serving `served`, with an encryption key of its own
/// (so that a prompt can be sealed to one benchmark provider and no other).
pub fn register_provider<T: Config>(who: &T::AccountId, served: &[ModelId], price: BalanceOf<T>) {
	fund::<T>(who);
	let key = sp_io::hashing::blake2_256(&who.encode());
	let registered = Pallet::<T>::do_register(who.clone(), gpu(), price, throughput(), key, None)
		.and_then(|()| {
			Pallet::<T>::do_serve_models(who, BoundedVec::truncate_from(served.to_vec()))
		});
	assert!(registered.is_ok(), "benchmark provider registers");
}

/// Fills the list of each of `models` with other providers, all dearer than the benchmarks'
/// callers (who then join by displacing one).
fn fill_lists<T: Config>(models: &[ModelId]) {
	for (m, model) in models.iter().enumerate() {
		let list = (0..MAX_PROVIDERS_PER_MODEL)
			.map(|i| Listing {
				provider: account("listed", i, m as u32),
				price_per_hour: 1_000_000u32.saturating_add(i).into(),
			})
			.collect::<Vec<_>>();
		ModelProviders::<T>::insert(model, BoundedVec::truncate_from(list));
	}
}

/// Key type of the encryption keys benchmarks make in the keystore.
const BENCHMARK_KEY_TYPE: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"bnch");

/// A fresh encryption key from the keystore and its proof of possession for `who`.
fn key_with_proof<T: Config>(who: &T::AccountId) -> (EncryptionKey, KeyProof) {
	let public = sp_io::crypto::sr25519_generate(BENCHMARK_KEY_TYPE, None);
	let proof = sp_io::crypto::sr25519_sign(
		BENCHMARK_KEY_TYPE,
		&public,
		&key_possession_signing_payload(who),
	)
	// A zero signature fails verification, which the benchmark's assertion reports.
	.unwrap_or_else(|| KeyProof::from_raw([0; 64]));
	(public.0, proof)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller);
		let endpoint = BoundedVec::truncate_from(b"https://gpu.example.org:8080/v1".to_vec());
		let (key, proof) = key_with_proof::<T>(&caller);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			gpu(),
			1_000u32.into(),
			key,
			proof,
			Some(endpoint),
			throughput(),
		);
		assert!(Providers::<T>::contains_key(&caller));
	}

	#[benchmark]
	fn update() {
		let caller: T::AccountId = whitelisted_caller();
		let served = models::<T>(MAX_SERVED_MODELS);
		register_provider::<T>(&caller, &served, 1_000u32.into());
		fill_lists::<T>(&served);
		let endpoint = BoundedVec::truncate_from(b"https://gpu.example.org:8080/v1".to_vec());
		let (key, proof) = key_with_proof::<T>(&caller);
		// A new price: the caller takes a new place in every list.
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			Some(gpu()),
			Some(2_000u32.into()),
			Some((key, proof)),
			Some(Some(endpoint)),
			Some(throughput()),
		);
		assert_eq!(Providers::<T>::get(&caller).map(|p| p.encryption_key), Some(key));
	}

	#[benchmark]
	fn serve_models(m: Linear<1, { MAX_SERVED_MODELS }>) {
		let caller: T::AccountId = whitelisted_caller();
		// Start from a full, disjoint set: every old model leaves the index, every new joins.
		let old = models::<T>(MAX_SERVED_MODELS);
		register_provider::<T>(&caller, &old, 1_000u32.into());
		let new = BoundedVec::truncate_from(
			(1_000..1_000 + m).map(T::Models::register_for_benchmark).collect::<Vec<_>>(),
		);
		fill_lists::<T>(&new);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), new);
		assert_eq!(Providers::<T>::get(&caller).map(|p| p.models.len() as u32), Some(m));
	}

	/// Resuming, which lists the caller again in every full list (pausing unlists: less).
	#[benchmark]
	fn set_status() {
		let caller: T::AccountId = whitelisted_caller();
		let served = models::<T>(MAX_SERVED_MODELS);
		register_provider::<T>(&caller, &served, 1_000u32.into());
		assert!(Pallet::<T>::do_set_status(&caller, ProviderStatus::Paused).is_ok());
		fill_lists::<T>(&served);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), ProviderStatus::Active);
		assert_eq!(Providers::<T>::get(&caller).map(|p| p.status), Some(ProviderStatus::Active));
		assert!(ModelProviders::<T>::get(served[0]).iter().any(|l| l.provider == caller));
	}

	#[benchmark]
	fn deregister(m: Linear<0, { MAX_SERVED_MODELS }>) {
		let caller: T::AccountId = whitelisted_caller();
		let served = models::<T>(m);
		fill_lists::<T>(&served);
		register_provider::<T>(&caller, &served, 1_000u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));
		assert!(!Providers::<T>::contains_key(&caller));
	}

	#[benchmark]
	fn reinstate() {
		let provider: T::AccountId = account("provider", 0, 0);
		let served = models::<T>(MAX_SERVED_MODELS);
		register_provider::<T>(&provider, &served, 1_000u32.into());
		for _ in 0..T::MaxStrikes::get() {
			Pallet::<T>::do_strike(&provider);
		}
		fill_lists::<T>(&served);
		#[extrinsic_call]
		_(RawOrigin::Root, provider.clone());
		assert_eq!(Providers::<T>::get(&provider).map(|p| p.status), Some(ProviderStatus::Active));
	}

	impl_benchmark_test_suite!(
		Pallet,
		crate::mock::ExtBuilder::default().build(),
		crate::mock::Test
	);
}
