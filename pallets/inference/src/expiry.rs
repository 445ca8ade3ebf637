//! Ending a request without a result: the provider's failure report and expiry at the
//! deadline, which refund the whole escrow and strike the provider; and the provider's
//! rejection of a prompt it cannot open or parse, which refunds without a strike.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Deadlines, Error, Event, Pallet, Requests},
	settlement::release_escrow,
	types::{BalanceOf, RequestOf},
	weights::WeightInfo,
};
use frame_support::pallet_prelude::*;
use frame_system::pallet_prelude::BlockNumberFor;
use gintonic_primitives::{
	bounds::MaxFailureReasonLen, ProviderRegistry, RequestId, RequestOutcome,
};

impl<T: Config> Pallet<T> {
	/// `provider` reports that it cannot serve request `id`.
	pub(crate) fn do_report_failure(
		provider: T::AccountId,
		id: RequestId,
		reason: BoundedVec<u8, MaxFailureReasonLen>,
	) -> DispatchResult {
		let request = Self::pending_of(&provider, id)?;
		let refund =
			Self::end_unserved(id, request, |refund| RequestOutcome::Failed { reason, refund });
		T::Providers::strike(&provider);
		Self::deposit_event(Event::Failed { id, refund });
		Ok(())
	}

	/// `provider` reports that request `id`'s sealed prompt does not open with its key or is
	/// not the chat JSON: the sender's fault, so a full refund and no strike, and no fee.
	pub(crate) fn do_reject_prompt(
		provider: T::AccountId,
		id: RequestId,
		reason: BoundedVec<u8, MaxFailureReasonLen>,
	) -> DispatchResult {
		let request = Self::pending_of(&provider, id)?;
		let refund =
			Self::end_unserved(id, request, |refund| RequestOutcome::Rejected { reason, refund });
		Self::deposit_event(Event::Rejected { id, refund });
		Ok(())
	}

	/// Expires every request still pending whose deadline is `now`. The bucket holds at most
	/// `MaxRequestsPerBlock` ids, so the work is bounded.
	pub(crate) fn expire_due(now: BlockNumberFor<T>) -> Weight {
		let due = Deadlines::<T>::take(now);
		let count = due.len() as u32;
		for id in due {
			let Some(request) = Requests::<T>::get(id) else { continue };
			if request.outcome != RequestOutcome::Pending {
				continue;
			}
			let provider = request.provider.clone();
			let refund =
				Self::end_unserved(id, request, |refund| RequestOutcome::Expired { refund });
			T::Providers::strike(&provider);
			Self::deposit_event(Event::Expired { id, refund });
		}
		T::WeightInfo::expire(count)
	}
}

impl<T: Config> Pallet<T> {
	/// Request `id`, if it is pending and assigned to `provider`.
	fn pending_of(provider: &T::AccountId, id: RequestId) -> Result<RequestOf<T>, DispatchError> {
		let request = Requests::<T>::get(id).ok_or(Error::<T>::UnknownRequest)?;
		ensure!(request.provider == *provider, Error::<T>::NotAssignedProvider);
		ensure!(request.outcome == RequestOutcome::Pending, Error::<T>::AlreadySettled);
		Ok(request)
	}

	/// Ends `request` without a result: the whole escrow back to the sender, the outcome that
	/// `outcome` makes of the refund stored, one open request less for the provider. Returns
	/// the refund.
	fn end_unserved(
		id: RequestId,
		mut request: RequestOf<T>,
		outcome: impl FnOnce(BalanceOf<T>) -> RequestOutcome<BalanceOf<T>>,
	) -> BalanceOf<T> {
		let refund = release_escrow::<T>(&request.sender, request.max_payment);
		let provider = request.provider.clone();
		request.outcome = outcome(refund);
		Self::close_request(id, request);
		// Not service: only a completed request forgives strikes.
		T::Providers::note_settled(&provider, false);
		refund
	}
}
