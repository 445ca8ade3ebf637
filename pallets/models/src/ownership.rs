//! Handing a model to another owner in two steps: the owner offers, the new owner accepts
//! (no deposit is ever held from an account that did not ask for it).

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::pallet::{Config, Error, Event, HoldReason, Models, OwnershipOffers, Pallet};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use gintonic_primitives::ModelId;

impl<T: Config> Pallet<T> {
	/// Offers `owner`'s `model` to `to`, or withdraws the offer when `to` is `None`.
	pub(crate) fn do_offer_ownership(
		owner: &T::AccountId,
		model: &ModelId,
		to: Option<T::AccountId>,
	) -> DispatchResult {
		let info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(&info.owner == owner, Error::<T>::NotOwner);
		match to {
			Some(to) => {
				ensure!(owner != &to, Error::<T>::SameOwner);
				OwnershipOffers::<T>::insert(model, &to);
				Self::deposit_event(Event::OwnershipOffered {
					model: *model,
					from: owner.clone(),
					to,
				});
			}
			None => {
				ensure!(OwnershipOffers::<T>::take(model).is_some(), Error::<T>::NotOffered);
				Self::deposit_event(Event::OfferWithdrawn { model: *model });
			}
		}
		Ok(())
	}

	/// `new_owner` takes the `model` offered to it, and its deposit.
	pub(crate) fn do_accept_ownership(new_owner: T::AccountId, model: &ModelId) -> DispatchResult {
		ensure!(
			OwnershipOffers::<T>::get(model).as_ref() == Some(&new_owner),
			Error::<T>::NotOffered
		);
		let mut info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		let reason = HoldReason::ModelDeposit.into();
		T::Currency::hold(&reason, &new_owner, info.deposit)
			.map_err(|_| Error::<T>::InsufficientBalanceForDeposit)?;
		T::Currency::release(&reason, &info.owner, info.deposit, Precision::BestEffort)?;
		let from = core::mem::replace(&mut info.owner, new_owner.clone());
		Models::<T>::insert(model, info);
		OwnershipOffers::<T>::remove(model);
		Self::deposit_event(Event::OwnershipTransferred { model: *model, from, to: new_owner });
		Ok(())
	}
}
