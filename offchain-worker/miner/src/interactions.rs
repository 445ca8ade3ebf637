//! The queue of API and chat interactions waiting to be recorded on chain: kept on disk (one
//! file per interaction, written before the answer's last byte goes out), polled by the
//! offchain worker (`GET /interactions`), and forgotten when the worker says the chain has
//! them (`POST /interactions/done`) or would refuse them (`POST /interactions/refused`).
//!
//! A call reserves its worst-case charge before it is served ([`InteractionQueue::reserve`]);
//! what is reserved or queued counts against its permit and its account until the chain has
//! it, so that concurrent calls cannot together promise more than the allowance or the
//! balance. The reservation becomes the queued interaction at its actual charge in one step
//! ([`Reservation::settle`]), and is released if the call ends unanswered.
//!
//! An interaction the chain refuses is the provider's loss: it is kept with its reason in
//! `refused/` (never dropped silently), counted and logged; when the key holder caused it
//! (revoked, out of allowance or balance), its API key is served no more.

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
	collections::{BTreeMap, BTreeSet},
	path::PathBuf,
	sync::{Arc, Mutex, MutexGuard, PoisonError},
};

/// A queued interaction in the chain's types.
pub type Queued = QueuedInteraction<AccountId32, MultiSignature, u128, u32>;

/// The queue.
pub struct InteractionQueue {
	shared: Arc<Shared>,
}

struct Shared {
	folder: Option<PathBuf>,
	state: Mutex<State>,
}

#[derive(Default)]
struct State {
	/// By arrival order; the request hash finds the entry.
	items: BTreeMap<u64, Entry>,
	/// The reservations of calls being served, by their number.
	holds: BTreeMap<u64, Hold>,
	next_hold: u64,
	/// Permits (by id) with an interaction the chain refused: served no more.
	stopped: BTreeSet<ContentHash>,
	/// Interactions the chain refused, and what they would have paid.
	refused: u64,
	refused_charges: u128,
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

/// What an unfinished call holds of its permit and its account.
struct Hold {
	permit: ContentHash,
	account: AccountId32,
	amount: u128,
}

/// A call's reservation: released when dropped, unless settled.
pub struct Reservation {
	shared: Arc<Shared>,
	number: u64,
	amount: u128,
}

/// Why [`InteractionQueue::reserve`] refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortfall {
	/// The permit's allowance left, after what is pending on it, is below the worst case.
	Allowance {
		/// What is left.
		left: u128,
	},
	/// The account's spendable balance, after what is pending on it, is below the worst case.
	Balance {
		/// What is left.
		left: u128,
	},
	/// The chain refused an interaction of this permit: it is served no more.
	Stopped,
}

/// What the chain refused so far: how many interactions and what they would have paid.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Refusals {
	/// Interactions refused.
	pub count: u64,
	/// Their charges: the provider's loss.
	pub charges: u128,
}

const SUFFIX: &str = ".interaction";
const REFUSED_SUFFIX: &str = ".refused";
const REFUSED_FOLDER: &str = "refused";
const TARGET: &str = "gintonic::api";

/// The file of the interaction queued `sequence`-th.
fn file_name(sequence: u64) -> String {
	format!("{sequence:020}{SUFFIX}")
}

impl Shared {
	fn lock(&self) -> MutexGuard<'_, State> {
		self.state.lock().unwrap_or_else(PoisonError::into_inner)
	}

	/// Queues `item` under `state`'s lock, on disk first.
	fn queue(&self, state: &mut State, item: Queued) {
		let sequence = state.items.last_key_value().map_or(0, |(last, _)| last.saturating_add(1));
		if let Some(folder) = &self.folder {
			if let Err(e) = write_durably(folder, &file_name(sequence), &item.encode()) {
				log::error!(target: TARGET, "interaction not kept on disk: {e}");
			}
		}
		state.items.insert(sequence, Entry::from(item));
	}
}

/// Most bytes one poll returns (besides the oldest interaction, which always goes).
pub const MAX_POLL_BYTES: usize = 2 * 1024 * 1024;

impl InteractionQueue {
	/// A queue kept in `folder` (created if needed; `None`: in memory only), with what a
	/// previous run left there (queued interactions, and refused ones, whose permits stay
	/// stopped).
	pub fn open(folder: Option<PathBuf>) -> std::io::Result<Self> {
		let mut state = State::default();
		if let Some(folder) = &folder {
			let read = read_folder(folder, SUFFIX, TARGET, |name, bytes| {
				let sequence = name.strip_suffix(SUFFIX)?.parse::<u64>().ok()?;
				Some((sequence, Queued::decode(&mut &bytes[..]).ok()?))
			})?;
			for (_, (sequence, item)) in read {
				state.items.insert(sequence, Entry::from(item));
			}
			let refused =
				read_folder(&folder.join(REFUSED_FOLDER), REFUSED_SUFFIX, TARGET, |_, bytes| {
					<(Queued, Vec<u8>)>::decode(&mut &bytes[..]).ok()
				})?;
			for (_, (item, reason)) in refused {
				state.note_refused(&Entry::from(item), &reason);
			}
		}
		Ok(Self { shared: Arc::new(Shared { folder, state: Mutex::new(state) }) })
	}

	/// Queues `item`, on disk first, without a reservation. An interaction that cannot be kept
	/// is still queued in memory (and the failure logged): the answer is given already.
	pub fn push(&self, item: Queued) {
		let mut state = self.shared.lock();
		self.shared.queue(&mut state, item);
	}

	/// Reserves `amount` on `permit` and `account` for a call about to be served, when what
	/// is pending on them (queued and reserved) leaves room for it within `permit_left` (the
	/// allowance the chain has not seen spent) and `account_left` (what the account can pay
	/// on chain).
	pub fn reserve(
		&self,
		permit: ContentHash,
		account: &AccountId32,
		amount: u128,
		permit_left: u128,
		account_left: u128,
	) -> Result<Reservation, Shortfall> {
		let mut state = self.shared.lock();
		if state.stopped.contains(&permit) {
			return Err(Shortfall::Stopped);
		}
		let (on_permit, on_account) = state.pending(&permit, account);
		let permit_left = permit_left.saturating_sub(on_permit);
		if amount > permit_left {
			return Err(Shortfall::Allowance { left: permit_left });
		}
		let account_left = account_left.saturating_sub(on_account);
		if amount > account_left {
			return Err(Shortfall::Balance { left: account_left });
		}
		let number = state.next_hold;
		state.next_hold = number.saturating_add(1);
		state.holds.insert(number, Hold { permit, account: account.clone(), amount });
		Ok(Reservation { shared: Arc::clone(&self.shared), number, amount })
	}

	/// Whether the chain refused an interaction of `permit` (its key is served no more).
	pub fn is_stopped(&self, permit: &ContentHash) -> bool {
		self.shared.lock().stopped.contains(permit)
	}

	/// The oldest queued interactions, SCALE-encoded as `Vec<Queued>`: at most
	/// [`MAX_INTERACTIONS_PER_POLL`], and no more than [`MAX_POLL_BYTES`] in all (but always
	/// the oldest one), so that the offchain worker's memory stays small.
	pub fn oldest_encoded(&self) -> Vec<u8> {
		let state = self.shared.lock();
		let mut bytes = 0usize;
		let oldest: Vec<&Queued> = state
			.items
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

	/// Forgets the interactions with these request hashes: the chain has them.
	pub fn remove(&self, request_hashes: &[ContentHash]) {
		let mut state = self.shared.lock();
		for sequence in state.sequences_of(request_hashes) {
			state.items.remove(&sequence);
			self.remove_file(sequence);
		}
	}

	/// Moves the interactions with these request hashes to `refused/`, each with the reason
	/// the chain gives, and stops their permits: the chain would refuse them, so they are
	/// the provider's loss, logged and counted.
	pub fn refuse(&self, refusals: &[(ContentHash, Vec<u8>)]) {
		let mut state = self.shared.lock();
		for (request_hash, reason) in refusals {
			for sequence in state.sequences_of(core::slice::from_ref(request_hash)) {
				let Some(entry) = state.items.remove(&sequence) else { continue };
				let interaction = &entry.item.interaction;
				log::warn!(
					target: TARGET,
					"the chain refuses the record of {} for {} ({}): {} lost{}",
					interaction.sender,
					interaction.max_payment,
					String::from_utf8_lossy(reason),
					interaction.max_payment,
					if stops_the_key(reason) { ", its API key is served no more" } else { "" },
				);
				if let Some(folder) = &self.shared.folder {
					let kept = folder.join(REFUSED_FOLDER);
					let written = std::fs::create_dir_all(&kept).and_then(|()| {
						let name = format!("{}{REFUSED_SUFFIX}", hex::encode(request_hash));
						write_durably(&kept, &name, &(&entry.item, reason).encode())
					});
					if let Err(e) = written {
						log::error!(target: TARGET, "a refused interaction is not kept: {e}");
					}
				}
				self.remove_file(sequence);
				state.note_refused(&entry, reason);
			}
		}
	}

	/// What the chain refused so far (since the queue's folder was new).
	pub fn refusals(&self) -> Refusals {
		let state = self.shared.lock();
		Refusals { count: state.refused, charges: state.refused_charges }
	}

	fn remove_file(&self, sequence: u64) {
		if let Some(folder) = &self.shared.folder {
			if let Err(e) = remove_durably(folder, &file_name(sequence)) {
				log::warn!(target: TARGET, "a settled interaction stays on disk: {e}");
			}
		}
	}

	/// How many wait.
	pub fn len(&self) -> usize {
		self.shared.lock().items.len()
	}

	/// Whether none waits.
	pub fn is_empty(&self) -> bool {
		self.len() == 0
	}

	/// What queued interactions and reserved calls promise to charge `permit` and `account`:
	/// (on the permit, on the account in all).
	pub fn pending_charges(&self, permit: &ContentHash, account: &AccountId32) -> (u128, u128) {
		self.shared.lock().pending(permit, account)
	}
}

impl State {
	fn pending(&self, permit: &ContentHash, account: &AccountId32) -> (u128, u128) {
		let mut on_permit = 0u128;
		let mut on_account = 0u128;
		for entry in self.items.values() {
			let interaction = &entry.item.interaction;
			if interaction.sender != *account {
				continue;
			}
			on_account = on_account.saturating_add(interaction.max_payment);
			if entry.permit.as_ref() == Some(permit) {
				on_permit = on_permit.saturating_add(interaction.max_payment);
			}
		}
		for hold in self.holds.values().filter(|hold| hold.account == *account) {
			on_account = on_account.saturating_add(hold.amount);
			if hold.permit == *permit {
				on_permit = on_permit.saturating_add(hold.amount);
			}
		}
		(on_permit, on_account)
	}

	fn sequences_of(&self, request_hashes: &[ContentHash]) -> Vec<u64> {
		self.items
			.iter()
			.filter(|(_, entry)| request_hashes.contains(&entry.item.interaction.request_hash))
			.map(|(sequence, _)| *sequence)
			.collect()
	}

	fn note_refused(&mut self, entry: &Entry, reason: &[u8]) {
		if let Some(permit) = entry.permit.filter(|_| stops_the_key(reason)) {
			self.stopped.insert(permit);
		}
		self.refused = self.refused.saturating_add(1);
		self.refused_charges =
			self.refused_charges.saturating_add(entry.item.interaction.max_payment);
	}
}

/// Whether the chain's refusal `reason` (an error's name) is the key holder's doing — revoked,
/// out of allowance or balance, or a key no call could be charged to — so that its key is
/// served no more. A refusal the provider's side caused (not serving the model, a record it
/// wrote wrong) is its loss alone and stops no one's key.
fn stops_the_key(reason: &[u8]) -> bool {
	const SENDER_CAUSED: &[&[u8]] = &[
		b"PermitRevoked",
		b"AllowanceExceeded",
		b"InsufficientBalance",
		b"BadSignature",
		b"PermitExpired",
		b"PermitTooLong",
		b"PermitWrongChain",
		b"PermitNotForProvider",
		b"PermitNotForSender",
	];
	SENDER_CAUSED.contains(&reason)
}

impl Reservation {
	/// What it holds: the most the call may charge.
	pub fn amount(&self) -> u128 {
		self.amount
	}

	/// Queues the call's interaction (`item`, whose charge the caller capped at
	/// [`Self::amount`]) and releases the reservation, in one step: the charge is never
	/// counted twice nor missed.
	pub fn settle(self, item: Queued) {
		if item.interaction.max_payment > self.amount {
			log::error!(
				target: TARGET,
				"a charge of {} passes its reservation of {}",
				item.interaction.max_payment,
				self.amount
			);
		}
		let mut state = self.shared.lock();
		state.holds.remove(&self.number);
		self.shared.queue(&mut state, item);
	}
}

impl Drop for Reservation {
	fn drop(&mut self) {
		self.shared.lock().holds.remove(&self.number);
	}
}
