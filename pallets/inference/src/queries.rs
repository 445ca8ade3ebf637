//! Reads for the runtime API: single items and pages in key order.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Pallet, PendingByProvider, Prompts, Records, RecordsBySender},
	types::{BalanceOf, RecordSummaryOf},
};
use alloc::vec::Vec;
use gintonic_primitives::{
	bounds::MAX_PAGE_SIZE, HardwareWishes, ModelId, ProviderQuote, ProviderRegistry, RecordId,
	RequestId,
};

impl<T: Config> Pallet<T> {
	/// The providers a request for `model` with `wishes` may go to now, best first: the order
	/// in which `request` takes the first one its prompt is sealed to.
	pub fn quote(
		model: &ModelId,
		wishes: &HardwareWishes<BalanceOf<T>>,
	) -> Vec<ProviderQuote<T::AccountId, BalanceOf<T>>> {
		T::Providers::candidates(model, wishes)
	}

	/// The sealed prompt of request `id`, while it is pending.
	pub fn sealed_prompt(id: RequestId) -> Option<Vec<u8>> {
		Prompts::<T>::get(id).map(|p| p.into_inner())
	}

	/// Pending requests assigned to `provider`, in id order.
	pub fn pending_for_provider(provider: &T::AccountId) -> Vec<RequestId> {
		let mut ids: Vec<RequestId> = PendingByProvider::<T>::iter_key_prefix(provider).collect();
		ids.sort_unstable();
		ids
	}

	/// Up to `limit` (at most `MAX_PAGE_SIZE`) of `sender`'s records with ids above
	/// `start_after`, oldest first, as summaries (without their envelopes): read from the
	/// cursor, so a page costs the same wherever it starts.
	pub fn records_by_sender(
		sender: &T::AccountId,
		start_after: Option<RecordId>,
		limit: u32,
	) -> Vec<(RecordId, RecordSummaryOf<T>)> {
		let keys = match start_after {
			Some(after) => RecordsBySender::<T>::iter_key_prefix_from(
				sender,
				RecordsBySender::<T>::hashed_key_for(sender, after.to_be_bytes()),
			),
			None => RecordsBySender::<T>::iter_key_prefix(sender),
		};
		keys.take(limit.min(MAX_PAGE_SIZE) as usize)
			.map(RecordId::from_be_bytes)
			.filter_map(|id| Records::<T>::get(id).map(|record| (id, record.summary())))
			.collect()
	}
}
