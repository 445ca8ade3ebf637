//! Writing records and closing requests: the storage both paths share.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{
		Config, Error, NextRecordId, Pallet, PendingByProvider, Prompts, Records, RecordsBySender,
		Requests,
	},
	types::{BalanceOf, RequestOf},
};
use frame_support::{pallet_prelude::*, traits::UnixTime};
use gintonic_primitives::{
	bounds::MaxSealedRecordLen, Charge, ContentHash, ModelId, Record, RecordFee, RecordId,
	RecordOrigin, RequestId, TokenRate, Usage,
};

/// What a record was charged, and the inputs of the rule that charged it.
pub(crate) struct Billed<Balance> {
	/// The charge, by its parts.
	pub charge: Charge<Balance>,
	/// The token counts.
	pub usage: Usage,
	/// The provider's terms.
	pub rate: TokenRate<Balance>,
}

impl<T: Config> Pallet<T> {
	/// The chain's price of a record's storage.
	pub fn record_fee() -> RecordFee<BalanceOf<T>> {
		RecordFee { base: T::RecordBaseFee::get(), per_byte: T::RecordByteFee::get() }
	}

	/// Stores a record with the current block and time, indexed by sender. Returns its id.
	pub(crate) fn store_record(
		sender: T::AccountId,
		provider: T::AccountId,
		model: ModelId,
		result_hash: ContentHash,
		billed: Billed<BalanceOf<T>>,
		origin: RecordOrigin,
		sealed_metadata: BoundedVec<u8, MaxSealedRecordLen>,
	) -> Result<RecordId, DispatchError> {
		let id = NextRecordId::<T>::get();
		NextRecordId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		let timestamp_ms = u64::try_from(T::Time::now().as_millis()).unwrap_or(u64::MAX);
		RecordsBySender::<T>::insert(&sender, id.to_be_bytes(), ());
		Records::<T>::insert(
			id,
			Record {
				sender,
				provider,
				model,
				timestamp_ms,
				block: frame_system::Pallet::<T>::block_number(),
				payment: billed.charge.compute,
				storage_fee: billed.charge.storage,
				result_hash,
				usage: billed.usage,
				rate: billed.rate,
				origin,
				sealed_metadata,
			},
		);
		Ok(id)
	}

	/// Stores a settled request's outcome and drops what only a pending request needs: its
	/// prompt and its place in the provider's queue. The deadline bucket skips it later.
	pub(crate) fn close_request(id: RequestId, request: RequestOf<T>) {
		Prompts::<T>::remove(id);
		PendingByProvider::<T>::remove(&request.provider, id);
		Requests::<T>::insert(id, request);
	}
}
