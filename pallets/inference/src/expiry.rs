//! Ending a request without a result: the provider's failure report and expiry at the
//! deadline, which refund the whole escrow and strike the provider; and the provider's
//! rejection of a prompt it cannot open or parse, which refunds without a strike.

use crate::{
	pallet::{Config, Deadlines, Error, Event, Pallet, Requests},
	settlement::refund_all,
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
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::UnknownRequest)?;
		ensure!(request.provider == provider, Error::<T>::NotAssignedProvider);
		ensure!(request.outcome == RequestOutcome::Pending, Error::<T>::AlreadySettled);
		let refund = refund_all::<T>(&request.sender, request.max_payment);
		request.outcome = RequestOutcome::Failed { reason, refund };
		Self::close_request(id, request);
		T::Providers::note_settled(&provider);
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
		let mut request = Requests::<T>::get(id).ok_or(Error::<T>::UnknownRequest)?;
		ensure!(request.provider == provider, Error::<T>::NotAssignedProvider);
		ensure!(request.outcome == RequestOutcome::Pending, Error::<T>::AlreadySettled);
		let refund = refund_all::<T>(&request.sender, request.max_payment);
		request.outcome = RequestOutcome::Rejected { reason, refund };
		Self::close_request(id, request);
		T::Providers::note_settled(&provider);
		Self::deposit_event(Event::Rejected { id, refund });
		Ok(())
	}

	/// Expires every request still pending whose deadline is `now`. The bucket holds at most
	/// `MaxRequestsPerBlock` ids, so the work is bounded.
	pub(crate) fn expire_due(now: BlockNumberFor<T>) -> Weight {
		let due = Deadlines::<T>::take(now);
		let count = due.len() as u32;
		for id in due {
			let Some(mut request) = Requests::<T>::get(id) else { continue };
			if request.outcome != RequestOutcome::Pending {
				continue;
			}
			let refund = refund_all::<T>(&request.sender, request.max_payment);
			let provider = request.provider.clone();
			request.outcome = RequestOutcome::Expired { refund };
			Self::close_request(id, request);
			T::Providers::note_settled(&provider);
			T::Providers::strike(&provider);
			Self::deposit_event(Event::Expired { id, refund });
		}
		T::WeightInfo::expire(count)
	}
}
