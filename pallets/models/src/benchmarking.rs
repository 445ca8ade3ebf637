//! Benchmarks of every call (frame-benchmarking v2), run as tests on the mock runtime by
//! `impl_benchmark_test_suite!`; each with the longest names and source.

use super::*;
use crate::pallet::{Call, Config, Models, OwnershipOffers, Pallet};
use frame_benchmarking::v2::*;
use frame_support::{
	pallet_prelude::*,
	traits::fungible::{Inspect, Mutate},
};
use frame_system::RawOrigin;
use gintonic_primitives::{
	bounds::{MAX_LICENSE_LEN, MAX_MODEL_NAME_LEN, MAX_PROVIDERS_PER_MODEL, MAX_SOURCE_LEN},
	model::model_id,
	ContentHash, ModelId, ModelServers, ModelStatus,
};
use sp_runtime::traits::Saturating;

fn fund<T: Config>(who: &T::AccountId) {
	let amount = T::ModelDeposit::get()
		.saturating_mul(100u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(who, amount);
}

/// The largest registration, with hashes derived from `seed`.
pub fn new_model(seed: u32, parent: Option<ModelId>) -> NewModel {
	NewModel {
		name: BoundedVec::truncate_from(alloc::vec![b'n'; MAX_MODEL_NAME_LEN as usize]),
		architecture: Architecture::Mixtral,
		source: BoundedVec::truncate_from(
			[b"hf:".as_slice(), &alloc::vec![b's'; MAX_SOURCE_LEN as usize - 3]].concat(),
		),
		weights_hash: ContentHash::from(sp_io::hashing::blake2_256(&seed.to_le_bytes())),
		tokenizer_hash: ContentHash::repeat_byte(1),
		parameters: 46_700_000_000,
		context_length: 32_768,
		license: BoundedVec::truncate_from(alloc::vec![b'l'; MAX_LICENSE_LEN as usize]),
		parent,
	}
}

/// Registers a servable model from `seed`, owned by a funded benchmark account.
pub fn register_model<T: Config>(seed: u32) -> ModelId {
	let owner: T::AccountId = account("model-owner", seed, 0);
	fund::<T>(&owner);
	let m = new_model(seed, None);
	let id = model_id(&m.weights_hash, &m.tokenizer_hash);
	assert!(Pallet::<T>::do_register(owner, m).is_ok(), "benchmark model registers");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register() {
		let caller: T::AccountId = whitelisted_caller();
		fund::<T>(&caller);
		let parent = register_model::<T>(1);
		let m = new_model(2, Some(parent));
		let id = model_id(&m.weights_hash, &m.tokenizer_hash);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			m.name,
			m.architecture,
			m.source,
			m.weights_hash,
			m.tokenizer_hash,
			m.parameters,
			m.context_length,
			m.license,
			m.parent,
		);
		assert!(Models::<T>::contains_key(id));
	}

	#[benchmark]
	fn deprecate() {
		let id = register_model::<T>(1);
		let owner: T::AccountId = account("model-owner", 1, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);
		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Deprecated));
	}

	#[benchmark]
	fn offer_ownership() {
		let id = register_model::<T>(1);
		let owner: T::AccountId = account("model-owner", 1, 0);
		let new_owner: T::AccountId = account("new-owner", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, Some(new_owner.clone()));
		assert_eq!(OwnershipOffers::<T>::get(id), Some(new_owner));
	}

	#[benchmark]
	fn accept_ownership() {
		let id = register_model::<T>(1);
		let owner: T::AccountId = account("model-owner", 1, 0);
		let new_owner: T::AccountId = account("new-owner", 0, 0);
		fund::<T>(&new_owner);
		assert!(Pallet::<T>::do_offer_ownership(&owner, &id, Some(new_owner.clone())).is_ok());
		#[extrinsic_call]
		_(RawOrigin::Signed(new_owner.clone()), id);
		assert_eq!(Models::<T>::get(id).map(|m| m.owner), Some(new_owner));
	}

	/// `n` providers listed for the model, each unlisted.
	#[benchmark]
	fn block(n: Linear<0, { MAX_PROVIDERS_PER_MODEL }>) {
		let id = register_model::<T>(1);
		T::Servers::serve_for_benchmark(&id, n);
		#[extrinsic_call]
		_(RawOrigin::Root, id);
		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Blocked));
		assert!(!T::Servers::is_served(&id));
	}

	#[benchmark]
	fn unblock() {
		let id = register_model::<T>(1);
		assert!(Pallet::<T>::do_block(&id).is_ok());
		#[extrinsic_call]
		_(RawOrigin::Root, id);
		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Active));
	}

	/// With a standing offer, removed with the model.
	#[benchmark]
	fn remove() {
		let id = register_model::<T>(1);
		let owner: T::AccountId = account("model-owner", 1, 0);
		assert!(Pallet::<T>::do_deprecate(&owner, &id).is_ok());
		let new_owner: T::AccountId = account("new-owner", 0, 0);
		assert!(Pallet::<T>::do_offer_ownership(&owner, &id, Some(new_owner)).is_ok());
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);
		assert!(!Models::<T>::contains_key(id));
		assert!(!OwnershipOffers::<T>::contains_key(id));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::ExtBuilder.build(), crate::mock::Test);
}
