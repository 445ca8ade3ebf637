//! Delivering a result: the record, the payment and the refund; and the price arithmetic.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Error, Event, HoldReason, Pallet, Requests},
	types::{BalanceOf, RequestOf},
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		UnixTime,
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
	/// Settles request `id` as completed by `provider`.
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

		let usage = Self::clip_to_chain_time(&request, usage);
		let payment = payment_for(&usage, request.price_per_hour, request.max_payment);
		let refund = request.max_payment.saturating_sub(payment);
		let reason = HoldReason::Escrow.into();
		if !payment.is_zero() {
			T::Currency::transfer_on_hold(
				&reason,
				&request.sender,
				&provider,
				payment,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		// The amount actually released is the refund on record.
		let refund = release_escrow::<T>(&request.sender, refund);

		let record = Self::store_record(
			request.sender.clone(),
			provider.clone(),
			request.model,
			payment,
			result_hash,
			usage,
			RecordOrigin::Request(id),
			sealed_metadata,
		)?;
		request.outcome = RequestOutcome::Completed { record, payment, refund };
		Self::close_request(id, request);
		T::Providers::note_settled(&provider);
		Self::deposit_event(Event::Completed { id, record, payment, refund });
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// `usage` with `gpu_ms` clipped to what the chain can see: the time since the request
	/// was made times the provider's GPU count. A provider cannot bill more GPU time than
	/// passed; the record keeps the clipped figure.
	pub(crate) fn clip_to_chain_time(request: &RequestOf<T>, usage: Usage) -> Usage {
		let now_ms: u64 = T::Time::now().as_millis().saturated_into();
		let elapsed = now_ms.saturating_sub(request.created_at_ms);
		let bound = elapsed.saturating_mul(u64::from(request.gpu_count));
		Usage { gpu_ms: usage.gpu_ms.min(bound), ..usage }
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
