//! Permits (`gintonic_primitives::permit`): checking one when a provider charges it, keeping
//! what it has spent, revoking it, and pruning it after its expiry in bounded work.
//!
//! The signature is verified the first time a permit is charged; after that its id (the hash
//! of everything signed) finds the state the chain keeps, and no signature is checked again.
//! A permit may not reach further than [`Config::MaxPermitLifetime`] blocks ahead, so every
//! state is pruned within that many blocks of being written.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Error, Event, Pallet, PermitExpiries, PermitPruneCursor, Permits},
	types::{PermitOf, PermitStateOf},
};
use frame_support::{pallet_prelude::*, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use gintonic_primitives::{
	permit::{permit_id, permit_signed_by, PermitState},
	ContentHash,
};
use sp_runtime::traits::{Saturating, Verify, Zero};

/// A permit a provider may charge, as [`Pallet::check_permit`] found it.
pub(crate) struct PermitCharge<T: Config> {
	/// The permit's id: the hash of everything its account signed.
	pub id: ContentHash,
	/// Its state before the charge.
	pub state: PermitStateOf<T>,
	/// Whether this is its first charge: its signature was verified now, and its state and
	/// expiry index are written for the first time.
	pub first: bool,
}

impl<T: Config> Pallet<T> {
	/// The genesis block's hash, as the 32 bytes permits and interaction digests carry.
	pub fn genesis_hash() -> [u8; 32] {
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let mut bytes = [0u8; 32];
		for (byte, encoded) in bytes.iter_mut().zip(genesis.encode()) {
			*byte = encoded;
		}
		bytes
	}

	/// Checks that `provider` may charge `permit` now; returns its id and its state before the
	/// charge (new, with its signature verified, when the chain has not seen it).
	pub(crate) fn check_permit(
		provider: &T::AccountId,
		permit: &PermitOf<T>,
		signature: &T::InteractionSignature,
	) -> Result<PermitCharge<T>, Error<T>> {
		ensure!(permit.genesis_hash == Self::genesis_hash(), Error::<T>::PermitWrongChain);
		ensure!(permit.provider == *provider, Error::<T>::PermitNotForProvider);
		let id = permit_id(permit);
		let known = Permits::<T>::get(id);
		ensure!(!known.as_ref().is_some_and(|state| state.revoked), Error::<T>::PermitRevoked);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= permit.expiry, Error::<T>::PermitExpired);
		ensure!(
			permit.expiry <= now.saturating_add(T::MaxPermitLifetime::get()),
			Error::<T>::PermitTooLong
		);
		match known {
			Some(state) => Ok(PermitCharge { id, state, first: false }),
			None => {
				let signed =
					permit_signed_by(permit, |message| signature.verify(message, &permit.account));
				ensure!(signed, Error::<T>::BadSignature);
				let state = PermitState {
					account: permit.account.clone(),
					provider: permit.provider.clone(),
					allowance: permit.allowance,
					spent: Zero::zero(),
					expiry: permit.expiry,
					revoked: false,
				};
				Ok(PermitCharge { id, state, first: true })
			}
		}
	}

	/// Keeps `state` for permit `id`, indexing it for pruning when it is `new` (the caller
	/// has just read whether the chain keeps it).
	pub(crate) fn note_permit(id: ContentHash, state: PermitStateOf<T>, new: bool) {
		if new {
			PermitExpiries::<T>::insert(state.expiry, id, ());
		}
		Permits::<T>::insert(id, state);
	}

	/// `account` revokes `permit`: no provider may charge it again.
	pub(crate) fn do_revoke_permit(account: T::AccountId, permit: PermitOf<T>) -> DispatchResult {
		ensure!(permit.account == account, Error::<T>::NotPermitAccount);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= permit.expiry, Error::<T>::PermitExpired);
		let id = permit_id(&permit);
		let kept = Permits::<T>::get(id);
		let new = kept.is_none();
		let state = match kept {
			Some(state) => {
				ensure!(!state.revoked, Error::<T>::PermitRevoked);
				PermitState { revoked: true, ..state }
			}
			None => {
				// Until its expiry, or the longest a permit may reach when it asks for more
				// (it could not be charged before that anyway).
				let expiry = permit.expiry.min(now.saturating_add(T::MaxPermitLifetime::get()));
				PermitState {
					account: permit.account,
					provider: permit.provider,
					allowance: permit.allowance,
					spent: Zero::zero(),
					expiry,
					revoked: true,
				}
			}
		};
		Self::note_permit(id, state, new);
		Self::deposit_event(Event::PermitRevoked { id, account });
		Ok(())
	}

	/// Removes the states of permits whose expiry is before `now`, as far as `limit` allows;
	/// returns the weight used. Resumes where the last call stopped.
	pub(crate) fn prune_permits(now: BlockNumberFor<T>, limit: Weight) -> Weight {
		let db = T::DbWeight::get();
		// The cursor's read and write.
		let mut used = db.reads_writes(1, 1);
		let per_permit = db.reads_writes(1, 2);
		let per_block = db.reads(1);
		if limit.any_lt(used) {
			return Weight::zero();
		}
		let start = PermitPruneCursor::<T>::get();
		let mut cursor = start;
		while cursor < now {
			if limit.any_lt(used.saturating_add(per_permit)) {
				break;
			}
			match PermitExpiries::<T>::iter_key_prefix(cursor).next() {
				Some(id) => {
					PermitExpiries::<T>::remove(cursor, id);
					Permits::<T>::remove(id);
					used.saturating_accrue(per_permit);
				}
				None => {
					cursor.saturating_inc();
					used.saturating_accrue(per_block);
				}
			}
		}
		if cursor != start {
			PermitPruneCursor::<T>::put(cursor);
		}
		used
	}

	/// What the chain keeps of permit `id`: `None` for a permit never charged nor revoked, or
	/// one pruned after its expiry.
	pub fn permit_state(id: ContentHash) -> Option<PermitStateOf<T>> {
		Permits::<T>::get(id)
	}
}
