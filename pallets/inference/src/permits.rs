//! Permits (`gintonic_primitives::permit`): checking one when a provider charges it (or, for
//! the miner's admission of an API call, would charge it: one set of checks for both,
//! `gintonic_primitives::admission`), keeping what it has spent, revoking it, and pruning it
//! after its expiry in bounded work.
//!
//! The signature is verified the first time a permit is charged; after that its id (the hash
//! of everything signed) finds the state the chain keeps, and no signature is checked again.
//! A permit may not be charged while it reaches further than [`Config::MaxPermitLifetime`]
//! blocks ahead, so the state of a charged permit is pruned within that many blocks of being
//! written; a revocation is kept until the permit's own expiry, however far, so that a permit
//! revoked early can never be charged.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::types::BalanceOf;
use crate::{
	pallet::{Config, Error, Event, Pallet, PermitExpiries, PermitPruneCursor, Permits},
	types::{PermitOf, PermitStateOf},
};
use frame_support::traits::{
	fungible::Inspect,
	tokens::{Fortitude, Preservation},
};
use frame_support::{pallet_prelude::*, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use gintonic_primitives::{
	admission::{Admission, AdmissionQuery, PermitRefusal},
	permit::{permit_id, permit_signed_by, PermitState},
	ContentHash, ModelId, ProviderRegistry, ProviderTerms,
};
use sp_runtime::traits::{Saturating, Verify, Zero};

/// A permit a provider may charge, as [`Pallet::check_permit_use`] found it.
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

	/// Every check of `provider` charging `permit` for `sender`'s interaction on `model` that
	/// does not depend on the amounts or the record, with the permit still valid `margin`
	/// blocks from now (0 when the charge is being included); returns the charge (the
	/// permit's id and its state before it, new and with its signature verified when the
	/// chain has not seen it) and the provider's terms. `record_interaction` and
	/// [`Pallet::admit_permit`] both call it.
	pub(crate) fn check_permit_use(
		provider: &T::AccountId,
		sender: &T::AccountId,
		model: &ModelId,
		permit: &PermitOf<T>,
		signature: &T::InteractionSignature,
		margin: BlockNumberFor<T>,
	) -> Result<(PermitCharge<T>, ProviderTerms<BalanceOf<T>>), PermitRefusal> {
		let terms =
			T::Providers::terms_for(provider, model).ok_or(PermitRefusal::NotServingModel)?;
		ensure!(permit.genesis_hash == Self::genesis_hash(), PermitRefusal::PermitWrongChain);
		ensure!(permit.provider == *provider, PermitRefusal::PermitNotForProvider);
		ensure!(permit.account == *sender, PermitRefusal::PermitNotForSender);
		let id = permit_id(permit);
		let known = Permits::<T>::get(id);
		ensure!(!known.as_ref().is_some_and(|state| state.revoked), PermitRefusal::PermitRevoked);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now.saturating_add(margin) <= permit.expiry, PermitRefusal::PermitExpired);
		// The lifetime bound only loosens as blocks pass: checked now.
		ensure!(
			permit.expiry <= now.saturating_add(T::MaxPermitLifetime::get()),
			PermitRefusal::PermitTooLong
		);
		let charge = match known {
			Some(state) => PermitCharge { id, state, first: false },
			None => {
				let signed =
					permit_signed_by(permit, |message| signature.verify(message, &permit.account));
				ensure!(signed, PermitRefusal::BadSignature);
				let state = PermitState {
					account: permit.account.clone(),
					provider: permit.provider.clone(),
					allowance: permit.allowance,
					spent: Zero::zero(),
					expiry: permit.expiry,
					revoked: false,
				};
				PermitCharge { id, state, first: true }
			}
		};
		Ok((charge, terms))
	}

	/// Whether a permit in `state` can take `on_permit` more against its allowance and its
	/// account pay `on_account`; returns what each has left before.
	pub(crate) fn check_permit_amounts(
		state: &PermitStateOf<T>,
		on_permit: BalanceOf<T>,
		on_account: BalanceOf<T>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), PermitRefusal> {
		let allowance_left = state.allowance.saturating_sub(state.spent);
		ensure!(on_permit <= allowance_left, PermitRefusal::AllowanceExceeded);
		let spendable = Self::spendable(&state.account);
		ensure!(on_account <= spendable, PermitRefusal::InsufficientBalance);
		Ok((allowance_left, spendable))
	}

	/// What `account` can pay now: its balance less what must stay for it to exist.
	pub fn spendable(account: &T::AccountId) -> BalanceOf<T> {
		T::Currency::reducible_balance(account, Preservation::Preserve, Fortitude::Polite)
	}

	/// Whether `provider` may charge `permit` for an interaction on `model` costing what
	/// `query` says, by the checks `record_interaction` makes, with the permit still valid
	/// `query.margin` blocks from now: what the miner's API asks before it serves a call (the
	/// runtime API `InferenceApi::admit_permit`).
	pub fn admit_permit(
		provider: &T::AccountId,
		model: &ModelId,
		permit: &PermitOf<T>,
		signature: &T::InteractionSignature,
		query: AdmissionQuery<BalanceOf<T>, BlockNumberFor<T>>,
	) -> Result<Admission<BalanceOf<T>>, PermitRefusal> {
		let (charge, terms) = Self::check_permit_use(
			provider,
			&permit.account,
			model,
			permit,
			signature,
			query.margin,
		)?;
		// New work only: what a suspended or leaving provider served before is still
		// recorded (inclusion does not ask this).
		ensure!(terms.status.admits_new_work(), PermitRefusal::ProviderSuspended);
		let (allowance_left, spendable) =
			Self::check_permit_amounts(&charge.state, query.on_permit, query.on_account)?;
		Ok(Admission {
			rate: terms.rate,
			record_fee: Self::record_fee(),
			allowance_left,
			spendable,
		})
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
			// Kept until the permit's own expiry: a permit that reaches further than a charge
			// may becomes chargeable as blocks pass, and must stay revoked then.
			None => PermitState {
				account: permit.account,
				provider: permit.provider,
				allowance: permit.allowance,
				spent: Zero::zero(),
				expiry: permit.expiry,
				revoked: true,
			},
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

impl<T: Config> From<PermitRefusal> for Error<T> {
	fn from(refusal: PermitRefusal) -> Self {
		match refusal {
			PermitRefusal::NotServingModel => Error::<T>::NotServingModel,
			PermitRefusal::ProviderSuspended => Error::<T>::ProviderSuspended,
			PermitRefusal::PermitWrongChain => Error::<T>::PermitWrongChain,
			PermitRefusal::PermitNotForProvider => Error::<T>::PermitNotForProvider,
			PermitRefusal::PermitNotForSender => Error::<T>::PermitNotForSender,
			PermitRefusal::PermitExpired => Error::<T>::PermitExpired,
			PermitRefusal::PermitTooLong => Error::<T>::PermitTooLong,
			PermitRefusal::PermitRevoked => Error::<T>::PermitRevoked,
			PermitRefusal::BadSignature => Error::<T>::BadSignature,
			PermitRefusal::AllowanceExceeded => Error::<T>::AllowanceExceeded,
			PermitRefusal::InsufficientBalance => Error::<T>::InsufficientBalance,
		}
	}
}
