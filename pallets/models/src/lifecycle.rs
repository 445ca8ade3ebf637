//! An owner's changes to a registered model: `deprecate` and `transfer_ownership`.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::pallet::{Config, Error, Event, HoldReason, Models, Pallet};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use gintonic_primitives::ModelId;

impl<T: Config> Pallet<T> {
	/// Marks `model` deprecated.
	pub(crate) fn do_deprecate(owner: &T::AccountId, model: &ModelId) -> DispatchResult {
		Models::<T>::try_mutate(model, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::UnknownModel)?;
			ensure!(&info.owner == owner, Error::<T>::NotOwner);
			ensure!(!info.deprecated, Error::<T>::AlreadyDeprecated);
			info.deprecated = true;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::Deprecated { model: *model });
		Ok(())
	}

	/// Moves `model` and its deposit from `owner` to `new_owner`.
	pub(crate) fn do_transfer_ownership(
		owner: &T::AccountId,
		model: &ModelId,
		new_owner: T::AccountId,
	) -> DispatchResult {
		let mut info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(&info.owner == owner, Error::<T>::NotOwner);
		ensure!(owner != &new_owner, Error::<T>::SameOwner);
		let reason = HoldReason::ModelDeposit.into();
		T::Currency::hold(&reason, &new_owner, info.deposit)
			.map_err(|_| Error::<T>::InsufficientBalanceForDeposit)?;
		T::Currency::release(&reason, owner, info.deposit, Precision::BestEffort)?;
		info.owner = new_owner.clone();
		Models::<T>::insert(model, info);
		Self::deposit_event(Event::OwnershipTransferred {
			model: *model,
			from: owner.clone(),
			to: new_owner,
		});
		Ok(())
	}
}
