//! Adding models: `register` and the checks on what it declares.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Error, Event, HoldReason, Models, Pallet},
	types::NewModel,
};
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use gintonic_primitives::{model::model_id, ModelInfo, ModelStatus};

impl<T: Config> Pallet<T> {
	/// Registers `details` owned by `owner` and holds the deposit.
	pub(crate) fn do_register(owner: T::AccountId, details: NewModel) -> DispatchResult {
		ensure!(!details.name.is_empty(), Error::<T>::EmptyName);
		ensure!(is_valid_source(&details.source), Error::<T>::InvalidSource);
		ensure!(
			!details.weights_hash.is_zero() && !details.tokenizer_hash.is_zero(),
			Error::<T>::ZeroHash
		);
		ensure!(details.parameters > 0 && details.context_length > 0, Error::<T>::InvalidShape);
		let id = model_id(&details.weights_hash, &details.tokenizer_hash);
		ensure!(!Models::<T>::contains_key(id), Error::<T>::AlreadyRegistered);
		if let Some(parent) = details.parent {
			ensure!(Models::<T>::contains_key(parent), Error::<T>::UnknownParent);
		}
		let deposit = T::ModelDeposit::get();
		T::Currency::hold(&HoldReason::ModelDeposit.into(), &owner, deposit)
			.map_err(|_| Error::<T>::InsufficientBalanceForDeposit)?;
		let model = ModelInfo {
			owner: owner.clone(),
			name: details.name,
			architecture: details.architecture,
			source: details.source,
			weights_hash: details.weights_hash,
			tokenizer_hash: details.tokenizer_hash,
			parameters: details.parameters,
			context_length: details.context_length,
			license: details.license,
			parent: details.parent,
			deposit,
			status: ModelStatus::Active,
			registered_at: frame_system::Pallet::<T>::block_number(),
		};
		Models::<T>::insert(id, model);
		Self::deposit_event(Event::Registered { model: id, owner, parent: details.parent });
		Ok(())
	}
}

/// Whether `source` starts with a URI scheme (`hf:`, `https:`, `ipfs:`…) followed by
/// something, and has no whitespace.
fn is_valid_source(source: &[u8]) -> bool {
	let Some(colon) = source.iter().position(|b| *b == b':') else { return false };
	let (scheme, rest) = source.split_at(colon);
	!scheme.is_empty()
		&& scheme.iter().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
		&& rest.len() > 1
		&& source.iter().all(|b| !b.is_ascii_whitespace() && !b.is_ascii_control())
}
