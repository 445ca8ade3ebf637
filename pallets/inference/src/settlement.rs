//! Delivering a result: the record, its storage fee, the payment and the refund.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Error, Event, HoldReason, Pallet, Prompts, Requests},
	records::Billed,
	types::BalanceOf,
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use gintonic_primitives::{
	bounds::MaxSealedRecordLen, ContentHash, ProviderRegistry, RecordOrigin, RequestId,
	RequestOutcome, Usage,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	SaturatedConversion,
};

pub use gintonic_primitives::request::payment_for;

impl<T: Config> Pallet<T> {
	/// Settles request `id` as completed by `provider`: the record's storage is burned from
	/// the escrow, the provider paid its tokens at the rate of the assignment, the rest
	/// refunded; never more than `max_payment` in all ([`payment_for`]).
	pub(crate) fn do_submit_result(
		provider: T::AccountId,
		id: RequestId,
		result_hash: ContentHash,
		sealed_metadata: BoundedVec<u8, MaxSealedRecordLen>,
		usage: Usage,
	) -> DispatchResult {
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::UnknownRequest)?;
		ensure!(request.provider == provider, Error::<T>::NotAssignedProvider);
		ensure!(request.outcome == RequestOutcome::Pending, Error::<T>::AlreadySettled);
		ensure!(!sealed_metadata.is_empty(), Error::<T>::EmptyRecord);

		// What no honest service exceeds: no more answer than `max_tokens`, no more prompt
		// tokens than the sealed prompt has bytes. The record keeps the bounded counts.
		let prompt_bytes = Prompts::<T>::decode_len(id).unwrap_or_default();
		let usage = Usage {
			prompt_tokens: usage.prompt_tokens.min(prompt_bytes.saturated_into()),
			completion_tokens: usage.completion_tokens.min(request.params.max_tokens),
		};
		let record_bytes = sealed_metadata.len() as u32;
		let charge = payment_for(
			&usage,
			&request.rate,
			record_bytes,
			&Self::record_fee(),
			request.max_payment,
		);
		let reason = HoldReason::Escrow.into();
		if !charge.storage.is_zero() {
			T::Currency::burn_held(
				&reason,
				&request.sender,
				charge.storage,
				Precision::Exact,
				Fortitude::Polite,
			)?;
		}
		if !charge.compute.is_zero() {
			T::Currency::transfer_on_hold(
				&reason,
				&request.sender,
				&provider,
				charge.compute,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		// The amount actually released is the refund on record.
		let refund = release_escrow::<T>(
			&request.sender,
			request.max_payment.saturating_sub(charge.total()),
		);

		let rate = request.rate;
		let billed = Billed { charge, usage, rate };
		let record = Self::store_record(
			request.sender.clone(),
			provider.clone(),
			request.model,
			result_hash,
			billed,
			RecordOrigin::Request(id),
			sealed_metadata,
		)?;
		let (payment, storage_fee) = (charge.compute, charge.storage);
		request.outcome = RequestOutcome::Completed { record, payment, storage_fee, refund };
		Self::close_request(id, request);
		T::Providers::note_settled(&provider, true);
		Self::deposit_event(Event::Completed {
			id,
			record,
			payment,
			storage_fee,
			refund,
			usage,
			rate,
		});
		Ok(())
	}
}

/// Releases `amount` of `sender`'s escrow and returns what was released: all of it, since
/// every pending request's escrow is held under [`HoldReason::Escrow`] until it settles. A
/// release that falls short or fails would break that invariant: it is a defensive failure
/// (a panic in tests, an error in the log on a live chain), never a silent 0.
pub(crate) fn release_escrow<T: Config>(
	sender: &T::AccountId,
	amount: BalanceOf<T>,
) -> BalanceOf<T> {
	match T::Currency::release(&HoldReason::Escrow.into(), sender, amount, Precision::BestEffort) {
		Ok(released) => {
			if released != amount {
				frame_support::defensive!("less escrow held than the request's");
			}
			released
		}
		Err(error) => {
			frame_support::defensive!("the escrow could not be released", error);
			Zero::zero()
		}
	}
}
