//! The offchain worker's second duty on a miner node: recording what the miner served through
//! its API and chat page.
//!
//! Every block (under the jobs lock), it asks the miner for its oldest queued interactions
//! (`GET /interactions`) and, for each one of a local provider key:
//! - the chain has it already: it tells the miner to forget it (`POST /interactions/done`);
//! - the chain would refuse it (every check of `record_interaction` is run here first, on this
//!   block's state): it tells the miner why (`POST /interactions/refused`), which keeps it as
//!   the provider's loss and serves its API key no more;
//! - otherwise, unless submitted fewer than [`RESUBMIT_AFTER`] blocks ago, it submits
//!   `record_interaction` signed by the provider key.
//!
//! The miner keeps the queue on disk, so a restart of either side loses nothing.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	offchain::{LocalProvider, MinerService, RESUBMIT_AFTER},
	pallet::{Call, Config, Error, Pallet},
	types::InteractionOf,
};
use alloc::{collections::BTreeMap, format, vec::Vec};
use codec::{Decode, Encode};
use frame_support::pallet_prelude::*;
use gintonic_primitives::{miner::QueuedInteraction, ContentHash};
use sp_runtime::offchain::storage::StorageValueRef;

const SUBMITTED_KEY: &[u8] = b"gintonic::interactions";

/// An interaction as the miner queues it, in this runtime's types.
type QueuedOf<T> = QueuedInteraction<
	<T as frame_system::Config>::AccountId,
	<T as Config>::InteractionSignature,
	crate::types::BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

impl<T: Config> Pallet<T> {
	/// Records the miner's queued interactions (see the module docs).
	pub(crate) fn record_interactions(
		miner: &MinerService,
		providers: &[LocalProvider<T>],
		now: u32,
	) {
		let Some((200, body)) = miner.get("/interactions") else {
			return;
		};
		let Ok(queued) = Vec::<QueuedOf<T>>::decode(&mut &body[..]) else {
			log::warn!(target: "gintonic::miner", "the miner's interaction queue does not decode");
			return;
		};
		let store = StorageValueRef::persistent(SUBMITTED_KEY);
		let mut submitted: BTreeMap<ContentHash, u32> =
			store.get().ok().flatten().unwrap_or_default();
		submitted
			.retain(|hash, _| queued.iter().any(|item| item.interaction.request_hash == *hash));
		let mut done = Vec::new();
		let mut refused = Vec::new();
		for QueuedInteraction { provider, interaction } in queued {
			let request_hash = interaction.request_hash;
			let Some(local) = providers.iter().find(|local| local.account == provider) else {
				continue;
			};
			match Self::check_interaction(&provider, &interaction) {
				Ok(_) => {}
				Err(Error::<T>::AlreadyRecorded) => {
					done.push(request_hash);
					continue;
				}
				Err(refusal) => {
					let why: &'static str = refusal.into();
					log::warn!(
						target: "gintonic::miner",
						"interaction {request_hash:?}: the chain would refuse it ({why})"
					);
					refused.push((request_hash, why.as_bytes().to_vec()));
					continue;
				}
			}
			if submitted
				.get(&request_hash)
				.is_some_and(|at| now.saturating_sub(*at) < RESUBMIT_AFTER)
			{
				continue;
			}
			if Self::submit_signed(
				record_call::<T>(interaction),
				local,
				&format!("interaction {request_hash:?}"),
			) {
				submitted.insert(request_hash, now);
			}
		}
		store.set(&submitted);
		if !done.is_empty() && miner.post("/interactions/done", done.encode()).is_none() {
			log::warn!(target: "gintonic::miner", "the miner did not take the recorded interactions");
		}
		if !refused.is_empty() && miner.post("/interactions/refused", refused.encode()).is_none() {
			log::warn!(target: "gintonic::miner", "the miner did not take the refused interactions");
		}
	}
}

/// `record_interaction` with `interaction`'s arguments (checked: the record fits its bound).
fn record_call<T: Config>(interaction: InteractionOf<T>) -> Call<T> {
	Call::record_interaction {
		sender: interaction.sender,
		proof: interaction.proof,
		model: interaction.model,
		request_hash: interaction.request_hash,
		max_payment: interaction.max_payment,
		result_hash: interaction.result_hash,
		sealed_metadata: BoundedVec::truncate_from(interaction.sealed_metadata),
		usage: interaction.usage,
	}
}
