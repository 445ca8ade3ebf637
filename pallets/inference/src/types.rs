//! The types this pallet stores and takes, bound to its `Config`.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::Config;
use frame_support::traits::fungible::Inspect;
use frame_system::pallet_prelude::BlockNumberFor;
use gintonic_primitives::{
	interaction::{Interaction, InteractionProof},
	permit::{Permit, PermitState},
	Record, RecordSummary, RequestInfo,
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
/// A record without its envelope, in this runtime's types.
pub type RecordSummaryOf<T> =
	RecordSummary<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A permit as this pallet takes it.
pub type PermitOf<T> =
	Permit<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// What this pallet keeps of a permit it has charged or seen revoked.
pub type PermitStateOf<T> =
	PermitState<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// Why a provider may record an interaction, as this pallet takes it.
pub type InteractionProofOf<T> = InteractionProof<
	<T as frame_system::Config>::AccountId,
	<T as Config>::InteractionSignature,
	BalanceOf<T>,
	BlockNumberFor<T>,
>;

/// What `record_interaction` carries besides the provider.
pub type InteractionOf<T> = Interaction<
	<T as frame_system::Config>::AccountId,
	<T as Config>::InteractionSignature,
	BalanceOf<T>,
	BlockNumberFor<T>,
>;

/// A record id as `RecordsBySender`'s second key: big-endian, so that storage order is id
/// order.
pub type SenderRecordKey = [u8; 8];
