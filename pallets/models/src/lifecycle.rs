//! Where a model stands: the owner's advisory `deprecate`, root's `block` and `unblock`, and
//! the owner's `remove` of an entry nobody serves.

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
use gintonic_primitives::{ModelId, ModelServers, ModelStatus};

impl<T: Config> Pallet<T> {
	/// Marks `owner`'s active `model` deprecated.
	pub(crate) fn do_deprecate(owner: &T::AccountId, model: &ModelId) -> DispatchResult {
		Models::<T>::try_mutate(model, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::UnknownModel)?;
			ensure!(&info.owner == owner, Error::<T>::NotOwner);
			match info.status {
				ModelStatus::Active => info.status = ModelStatus::Deprecated,
				ModelStatus::Deprecated => return Err(Error::<T>::AlreadyDeprecated.into()),
				ModelStatus::Blocked => return Err(Error::<T>::ModelBlocked.into()),
			}
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::Deprecated { model: *model });
		Ok(())
	}

	/// Blocks `model` and unlists its providers; returns how many were unlisted.
	pub(crate) fn do_block(model: &ModelId) -> Result<u32, DispatchError> {
		Models::<T>::try_mutate(model, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::UnknownModel)?;
			ensure!(info.status != ModelStatus::Blocked, Error::<T>::ModelBlocked);
			info.status = ModelStatus::Blocked;
			Ok::<_, DispatchError>(())
		})?;
		let unlisted = T::Servers::retire(model);
		Self::deposit_event(Event::Blocked { model: *model, unlisted });
		Ok(unlisted)
	}

	/// Lifts the block on `model`.
	pub(crate) fn do_unblock(model: &ModelId) -> DispatchResult {
		Models::<T>::try_mutate(model, |maybe| {
			let info = maybe.as_mut().ok_or(Error::<T>::UnknownModel)?;
			ensure!(info.status == ModelStatus::Blocked, Error::<T>::NotBlocked);
			info.status = ModelStatus::Active;
			Ok::<_, DispatchError>(())
		})?;
		Self::deposit_event(Event::Unblocked { model: *model });
		Ok(())
	}

	/// Removes `owner`'s deprecated or blocked `model`, which no provider lists, with any
	/// standing offer, and releases the deposit.
	pub(crate) fn do_remove(owner: &T::AccountId, model: &ModelId) -> DispatchResult {
		let info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(&info.owner == owner, Error::<T>::NotOwner);
		ensure!(info.status != ModelStatus::Active, Error::<T>::NotDeprecated);
		ensure!(!T::Servers::is_served(model), Error::<T>::StillServed);
		Models::<T>::remove(model);
		OwnershipOffers::<T>::remove(model);
		let deposit = T::Currency::release(
			&HoldReason::ModelDeposit.into(),
			owner,
			info.deposit,
			Precision::BestEffort,
		)?;
		Self::deposit_event(Event::Removed { model: *model, deposit });
		Ok(())
	}
}
