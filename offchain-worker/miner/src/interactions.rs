//! The queue of API and chat interactions waiting to be recorded on chain: kept on disk (one
//! file per interaction, written before the answer's last byte goes out), polled by the
//! offchain worker (`GET /interactions`), and forgotten when the worker says the chain has
//! them (`POST /interactions/done`).
//!
//! What is queued also counts against its permit and its account until then, so that
//! concurrent calls cannot together promise more than the allowance or the balance.

use crate::store::{read_folder, remove_durably, write_durably};
use codec::{Decode, Encode};
use gintonic_primitives::{
	interaction::InteractionProof,
	miner::{QueuedInteraction, MAX_INTERACTIONS_PER_POLL},
	permit::permit_id,
	ContentHash,
};
use sp_runtime::{AccountId32, MultiSignature};
use std::{
	collections::BTreeMap,
	path::PathBuf,
	sync::{Mutex, PoisonError},
};

/// A queued interaction in the chain's types.
pub type Queued = QueuedInteraction<AccountId32, MultiSignature, u128, u32>;

/// The queue.
pub struct InteractionQueue {
	folder: Option<PathBuf>,
	/// By arrival order; the request hash finds the entry.
	items: Mutex<BTreeMap<u64, Entry>>,
}

/// A queued interaction and the id of the permit it charges, hashed once when queued (every
/// API call sums what is queued on its permit).
struct Entry {
	item: Queued,
	permit: Option<ContentHash>,
}

impl From<Queued> for Entry {
	fn from(item: Queued) -> Self {
		let permit = match &item.interaction.proof {
			InteractionProof::Permit { permit, .. } => Some(permit_id(permit)),
			InteractionProof::Signed { .. } => None,
		};
		Self { item, permit }
	}
}

const SUFFIX: &str = ".interaction";
const TARGET: &str = "gintonic::api";

/// The file of the interaction queued `sequence`-th.
fn file_name(sequence: u64) -> String {
	format!("{sequence:020}{SUFFIX}")
}

/// Most bytes one poll returns (besides the oldest interaction, which always goes).
pub const MAX_POLL_BYTES: usize = 2 * 1024 * 1024;

impl InteractionQueue {
	/// A queue kept in `folder` (created if needed; `None`: in memory only), with what a
	/// previous run left there.
	pub fn open(folder: Option<PathBuf>) -> std::io::Result<Self> {
		let mut items = BTreeMap::new();
		if let Some(folder) = &folder {
			let read = read_folder(folder, SUFFIX, TARGET, |name, bytes| {
				let sequence = name.strip_suffix(SUFFIX)?.parse::<u64>().ok()?;
				Some((sequence, Queued::decode(&mut &bytes[..]).ok()?))
			})?;
			for (_, (sequence, item)) in read {
				items.insert(sequence, Entry::from(item));
			}
		}
		Ok(Self { folder, items: Mutex::new(items) })
	}

	/// Queues `item`, on disk first. An interaction that cannot be kept is still queued in
	/// memory (and the failure logged): the answer is given already.
	pub fn push(&self, item: Queued) {
		let mut items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
		let sequence = items.last_key_value().map_or(0, |(last, _)| last.saturating_add(1));
		if let Some(folder) = &self.folder {
			if let Err(e) = write_durably(folder, &file_name(sequence), &item.encode()) {
				log::error!(target: TARGET, "interaction not kept on disk: {e}");
			}
		}
		items.insert(sequence, Entry::from(item));
	}

	/// The oldest queued interactions, SCALE-encoded as `Vec<Queued>`: at most
	/// [`MAX_INTERACTIONS_PER_POLL`], and no more than [`MAX_POLL_BYTES`] in all (but always
	/// the oldest one), so that the offchain worker's memory stays small.
	pub fn oldest_encoded(&self) -> Vec<u8> {
		let items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
		let mut bytes = 0usize;
		let oldest: Vec<&Queued> = items
			.values()
			.map(|entry| &entry.item)
			.take(MAX_INTERACTIONS_PER_POLL as usize)
			.take_while(|item| {
				let first = bytes == 0;
				bytes = bytes.saturating_add(item.encoded_size());
				first || bytes <= MAX_POLL_BYTES
			})
			.collect();
		oldest.encode()
	}

	/// Forgets the interactions with these request hashes.
	pub fn remove(&self, request_hashes: &[ContentHash]) {
		let mut items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
		let gone: Vec<u64> = items
			.iter()
			.filter(|(_, entry)| request_hashes.contains(&entry.item.interaction.request_hash))
			.map(|(sequence, _)| *sequence)
			.collect();
		for sequence in gone {
			items.remove(&sequence);
			if let Some(folder) = &self.folder {
				if let Err(e) = remove_durably(folder, &file_name(sequence)) {
					log::warn!(target: TARGET, "a recorded interaction stays on disk: {e}");
				}
			}
		}
	}

	/// How many wait.
	pub fn len(&self) -> usize {
		self.items.lock().unwrap_or_else(PoisonError::into_inner).len()
	}

	/// Whether none waits.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// What queued interactions promise to charge `permit` and `account`: (on the permit, on
	/// the account in all).
	pub fn pending_charges(&self, permit: &ContentHash, account: &AccountId32) -> (u128, u128) {
		let items = self.items.lock().unwrap_or_else(PoisonError::into_inner);
		let mut on_permit = 0u128;
		let mut on_account = 0u128;
		for entry in items.values() {
			let interaction = &entry.item.interaction;
			if interaction.sender != *account {
				continue;
			}
			on_account = on_account.saturating_add(interaction.max_payment);
			if entry.permit.as_ref() == Some(permit) {
				on_permit = on_permit.saturating_add(interaction.max_payment);
			}
		}
		(on_permit, on_account)
	}
}
