//! The types this pallet stores and takes, bound to its `Config`.

use crate::Config;
use frame_support::{pallet_prelude::*, traits::fungible::Inspect};
use frame_system::pallet_prelude::BlockNumberFor;
use gintonic_primitives::{
	bounds::MaxSealedRecordLen, ContentHash, ModelId, Record, RequestInfo, Usage,
};

/// The balance type of the pallet's currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A request as stored.
pub type RequestOf<T> =
	RequestInfo<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A record as stored.
pub type RecordOf<T> =
	Record<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// What `record_interaction` carries besides the provider.
pub struct SignedInteraction<AccountId, Signature, Balance> {
	/// Who asked.
	pub sender: AccountId,
	/// The sender's signature over the interaction digest.
	pub signature: Signature,
	/// The model that served it.
	pub model: ModelId,
	/// The sender's commitment to the request.
	pub request_hash: ContentHash,
	/// The most the sender agreed to pay.
	pub max_payment: Balance,
	/// Hash of the plaintext metadata.
	pub result_hash: ContentHash,
	/// The sealed metadata.
	pub sealed_metadata: BoundedVec<u8, MaxSealedRecordLen>,
	/// What it consumed.
	pub usage: Usage,
}

/// Milliseconds in an hour: prices are per GPU-hour, usage is in GPU-milliseconds.
pub const MS_PER_HOUR: u128 = 3_600_000;
