//! # Inference pallet
//!
//! Requests for LLM inference, paid from escrow, and the records of every interaction.
//!
//! - `request` picks a provider through [`ProviderRegistry`] (deterministically: cheapest, then
//!   least loaded), refuses what that provider could not serve or be paid for (a sender key
//!   nothing can be sealed to, `max_tokens` past the context or the deadline, an escrow below
//!   the worst case), holds `max_payment` from the sender as escrow and stores the prompt
//!   sealed to the provider and the sender (`request.rs`).
//! - `submit_result`, by the assigned provider only and once, stores the [`Record`], burns
//!   its storage fee, pays the provider its tokens at the rate of the assignment (the one rule,
//!   [`gintonic_primitives::request::payment_for`]) and refunds the rest (`settlement.rs`).
//! - `report_failure`, and expiry at the request's deadline in `on_initialize` (bounded by
//!   [`Config::MaxRequestsPerBlock`]), refund the whole escrow and strike the provider;
//!   `reject_prompt` (the sender's fault) refunds it with no strike (`expiry.rs`).
//! - `record_interaction` records what the API or chat page served, by the same rule: the
//!   sender pays the record's storage and the provider's tokens,
//!   proven either by the sender's signature over the
//!   [`interaction_digest`](gintonic_primitives::interaction) (up to the signed maximum) or by
//!   a [`Permit`](gintonic_primitives::permit) the sender signed once for this provider (up to
//!   what is left of its allowance, until its expiry) (`interaction.rs`, `permits.rs`).
//! - `revoke_permit` ends a permit early; permits are pruned after their expiry in `on_idle`.
//!
//! Every request ends in exactly one outcome (Completed, Failed, Rejected or Expired) that
//! stays queryable with its refund. The provider's transactions that store a record or reject
//! a prompt are free when they succeed: what the sender pays covers them.

#![cfg_attr(not(feature = "std"), no_std)]
// `record_interaction` takes each field as its own argument, so that polkadot.js shows each
// one as a form field.
#![allow(clippy::too_many_arguments)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod expiry;
mod interaction;
#[cfg(test)]
mod mock;
pub(crate) mod offchain;
mod permits;
pub mod queries;
mod recording;
mod records;
mod request;
mod settlement;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use gintonic_primitives::{Charge, Record, RequestInfo, RequestOutcome, TokenRate, Usage};

/// The provider key (`infr`, sr25519) the offchain worker signs results with.
pub mod crypto {
	use gintonic_primitives::miner::KEY_TYPE;
	use sp_runtime::{
		app_crypto::{app_crypto, sr25519},
		MultiSignature, MultiSigner,
	};

	app_crypto!(sr25519, KEY_TYPE);

	/// Signs the offchain worker's transactions with the keystore's `infr` key.
	pub struct ProviderKey;

	impl frame_system::offchain::AppCrypto<MultiSigner, MultiSignature> for ProviderKey {
		type RuntimeAppPublic = Public;
		type GenericSignature = sp_core::sr25519::Signature;
		type GenericPublic = sp_core::sr25519::Public;
	}
}
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use crate::interaction::ProvenBy;
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, Mutate, MutateHold},
			UnixTime,
		},
	};
	use frame_system::pallet_prelude::*;
	use gintonic_primitives::{
		bounds::{MaxFailureReasonLen, MaxSealedPromptLen, MaxSealedRecordLen},
		interaction::InteractionProof,
		ContentHash, EncryptionKey, HardwareWishes, ModelId, ModelRegistry, ProviderRegistry,
		RecordId, RequestId, SamplingParams,
	};
	use sp_runtime::traits::{Convert, IdentifyAccount, Verify, Zero};

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// Configuration of the pallet.
	#[pallet::config]
	pub trait Config:
		frame_system::Config + frame_system::offchain::CreateSignedTransaction<Call<Self>>
	{
		/// The currency escrow is held and payments are made in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The runtime's hold reasons, which include this pallet's [`HoldReason`].
		type RuntimeHoldReason: From<HoldReason>;
		/// Provider selection and bookkeeping (the providers pallet).
		type Providers: ProviderRegistry<Self::AccountId, BalanceOf<Self>>;
		/// The model registry (the models pallet).
		type Models: ModelRegistry;
		/// The sr25519 key an account's prompts and records are sealed to (the runtime: the
		/// account id's own bytes, so only sr25519 accounts can open their records).
		type AccountSealingKey: Convert<Self::AccountId, EncryptionKey>;
		/// Wall-clock time of the chain (pallet-timestamp).
		type Time: UnixTime;
		/// The signature a sender gives `record_interaction` (the runtime's `MultiSignature`).
		type InteractionSignature: Parameter
			+ Verify<Signer: IdentifyAccount<AccountId = Self::AccountId>>;
		/// Blocks a request may stay pending before it expires, unless the genesis config
		/// sets another value ([`RequestTimeoutAtGenesis`]).
		#[pallet::constant]
		type RequestTimeout: Get<BlockNumberFor<Self>>;
		/// The least escrow a request holds: what a provider is at least offered for its work,
		/// and a floor on what a request costs its sender while it is open.
		#[pallet::constant]
		type MinEscrow: Get<BalanceOf<Self>>;
		/// Most requests that may expire in one block: bounds the work of `on_initialize`.
		#[pallet::constant]
		type MaxRequestsPerBlock: Get<u32>;
		/// Furthest ahead, in blocks, that a permit's expiry may be when it is charged: bounds
		/// how long the chain keeps any permit's state.
		#[pallet::constant]
		type MaxPermitLifetime: Get<BlockNumberFor<Self>>;
		/// What storing one record costs its sender, whatever its length: burned from what it
		/// pays, as the fee of the transaction that stores it would be (that transaction is
		/// free for the provider when it succeeds).
		#[pallet::constant]
		type RecordBaseFee: Get<BalanceOf<Self>>;
		/// What each byte of a record's sealed metadata costs its sender, burned likewise.
		#[pallet::constant]
		type RecordByteFee: Get<BalanceOf<Self>>;
		/// The chain's target time between blocks, in ms: with [`Config::RequestTimeout`] and
		/// a provider's declared throughput, whether a request's `max_tokens` can be written
		/// before it expires.
		#[pallet::constant]
		type ExpectedBlockTimeMs: Get<u64>;
		/// The key the offchain worker signs a provider's results with (`crypto::ProviderKey`).
		type AuthorityId: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Benchmarks only: makes a sender and its signatures.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<
			Self::AccountId,
			Self::InteractionSignature,
		>;
	}

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A pending request's escrow.
		Escrow,
	}

	/// The id the next request gets.
	#[pallet::storage]
	pub type NextRequestId<T> = StorageValue<_, RequestId, ValueQuery>;

	/// A request timeout chosen in the genesis config (e.g. a few blocks for test chains),
	/// overriding [`Config::RequestTimeout`].
	#[pallet::storage]
	pub type RequestTimeoutAtGenesis<T: Config> = StorageValue<_, BlockNumberFor<T>>;

	/// The genesis config: an optional request timeout.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Blocks a request may stay pending; `None` keeps [`Config::RequestTimeout`].
		pub request_timeout: Option<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(timeout) = self.request_timeout {
				assert!(
					!timeout.is_zero(),
					"a request timeout of zero blocks expires every request at once"
				);
				RequestTimeoutAtGenesis::<T>::put(timeout);
			}
		}
	}

	/// Every request and its outcome.
	#[pallet::storage]
	pub type Requests<T: Config> = StorageMap<_, Twox64Concat, RequestId, RequestOf<T>>;

	/// The sealed prompt of each request until it is settled.
	#[pallet::storage]
	pub type Prompts<T> =
		StorageMap<_, Twox64Concat, RequestId, BoundedVec<u8, MaxSealedPromptLen>>;

	/// Pending requests by assigned provider: what a miner has to serve.
	#[pallet::storage]
	pub type PendingByProvider<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, RequestId, ()>;

	/// Requests by the block at whose start they expire.
	#[pallet::storage]
	pub type Deadlines<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<RequestId, T::MaxRequestsPerBlock>,
		ValueQuery,
	>;

	/// The id the next record gets.
	#[pallet::storage]
	pub type NextRecordId<T> = StorageValue<_, RecordId, ValueQuery>;

	/// Every record.
	#[pallet::storage]
	pub type Records<T: Config> = StorageMap<_, Twox64Concat, RecordId, RecordOf<T>>;

	/// Records by sender, for paged queries. The record id is the second key in big-endian
	/// bytes, unhashed (ids are the chain's, not the sender's choice), so storage order is id
	/// order and a page is read from a cursor in O(limit).
	#[pallet::storage]
	pub type RecordsBySender<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Identity, SenderRecordKey, ()>;

	/// Interaction digests already recorded, so that a signature is used once.
	#[pallet::storage]
	pub type RecordedDigests<T> = StorageMap<_, Identity, ContentHash, RecordId>;

	/// What each permit charged or revoked has spent, by permit id (pruned after its expiry).
	#[pallet::storage]
	pub type Permits<T: Config> = StorageMap<_, Identity, ContentHash, PermitStateOf<T>>;

	/// Permit ids by expiry block, for pruning.
	#[pallet::storage]
	pub type PermitExpiries<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BlockNumberFor<T>, Identity, ContentHash, ()>;

	/// The first expiry block whose permits may not all be pruned yet.
	#[pallet::storage]
	pub type PermitPruneCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// Events of the pallet.
	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A request was made and assigned.
		Requested {
			/// The request.
			id: RequestId,
			/// Who asked.
			sender: T::AccountId,
			/// Who serves it.
			provider: T::AccountId,
			/// The model.
			model: ModelId,
			/// The escrow held.
			max_payment: BalanceOf<T>,
		},
		/// A request was served and paid.
		Completed {
			/// The request.
			id: RequestId,
			/// Its record.
			record: RecordId,
			/// Paid to the provider, for `usage` at `rate`.
			payment: BalanceOf<T>,
			/// Burned for the record's storage.
			storage_fee: BalanceOf<T>,
			/// Returned to the sender.
			refund: BalanceOf<T>,
			/// The token counts the payment is for.
			usage: Usage,
			/// The terms it was computed at (those of the assignment).
			rate: TokenRate<BalanceOf<T>>,
		},
		/// The provider reported that it could not serve a request.
		Failed {
			/// The request.
			id: RequestId,
			/// Returned to the sender.
			refund: BalanceOf<T>,
		},
		/// The provider could not open or parse a request's prompt: refunded, no strike.
		Rejected {
			/// The request.
			id: RequestId,
			/// Returned to the sender.
			refund: BalanceOf<T>,
		},
		/// A request's deadline passed without a result.
		Expired {
			/// The request.
			id: RequestId,
			/// Returned to the sender.
			refund: BalanceOf<T>,
		},
		/// An API or chat interaction was recorded.
		InteractionRecorded {
			/// Its record.
			record: RecordId,
			/// Who asked.
			sender: T::AccountId,
			/// Who served it.
			provider: T::AccountId,
			/// Paid to the provider, for `usage` at `rate`.
			payment: BalanceOf<T>,
			/// Burned for the record's storage.
			storage_fee: BalanceOf<T>,
			/// The token counts the payment is for.
			usage: Usage,
			/// The provider's terms it was computed at.
			rate: TokenRate<BalanceOf<T>>,
		},
		/// An account revoked a permit.
		PermitRevoked {
			/// The permit's id.
			id: ContentHash,
			/// The account.
			account: T::AccountId,
		},
	}

	/// Errors of the pallet.
	#[pallet::error]
	pub enum Error<T> {
		/// The model is not registered.
		UnknownModel,
		/// The model is blocked.
		ModelBlocked,
		/// `max_payment` is below [`Config::MinEscrow`].
		EscrowTooSmall,
		/// No active provider serves the model and meets the wishes.
		NoProviderAvailable,
		/// A sampling parameter is out of range.
		InvalidParams,
		/// The sealed prompt is empty.
		EmptyPrompt,
		/// The sealed prompt is not a v1 envelope (bad version, recipient count or length, or a
		/// recipient listed twice).
		MalformedPrompt,
		/// The sealed prompt is not sealed to the sender's own key, so its record could not be
		/// either (an ed25519 or ecdsa account cannot open envelopes: use an sr25519 account).
		PromptNotSealedToSender,
		/// Providers qualify, but the prompt is sealed to none of them: quote again
		/// (`inference_quote`) and seal to one or more of the keys listed.
		PromptNotSealedToProvider,
		/// The sealed record is empty.
		EmptyRecord,
		/// The sender cannot afford `max_payment`.
		InsufficientBalance,
		/// Too many requests already expire in the deadline block; try next block.
		TooManyRequestsThisBlock,
		/// No request has this id.
		UnknownRequest,
		/// The caller is not the provider the request is assigned to.
		NotAssignedProvider,
		/// The request is already settled (completed, failed or expired).
		AlreadySettled,
		/// The signature does not verify for the sender over the interaction digest.
		BadSignature,
		/// This signed interaction was recorded before.
		AlreadyRecorded,
		/// The caller is not a provider serving the model.
		NotServingModel,
		/// An id counter is exhausted.
		Overflow,
		/// The sealed record is longer than the chain keeps.
		RecordTooLong,
		/// The permit is for another chain (its genesis hash differs).
		PermitWrongChain,
		/// The permit names another provider.
		PermitNotForProvider,
		/// The permit is another account's than the interaction's sender.
		PermitNotForSender,
		/// The permit's expiry block has passed.
		PermitExpired,
		/// The permit's expiry is further ahead than `MaxPermitLifetime` allows: sign one that
		/// ends sooner.
		PermitTooLong,
		/// The account revoked the permit.
		PermitRevoked,
		/// The charge would take the permit past its allowance.
		AllowanceExceeded,
		/// Only the permit's account may revoke it.
		NotPermitAccount,
		/// The expiry block the sender signed for this interaction has passed.
		SignatureExpired,
		/// The sender's account is not a key anything can be sealed to (not a Ristretto
		/// point): its record could never be sealed, so no work is done for it.
		SenderKeyNotSealable,
		/// `max_tokens` passes the model's context length.
		MaxTokensPastContext,
		/// The chosen provider's declared throughput cannot write `max_tokens` in half the
		/// time before the request expires.
		CannotFinishInTime,
		/// The escrow cannot pay for `max_tokens` and the record at the chosen provider's
		/// rate (`payment_for` of the worst case).
		EscrowBelowWorstCase,
		/// The provider is suspended or leaving: it admits no new work.
		ProviderSuspended,
		/// A permit's interaction whose `max_payment` does not pay its record's storage in
		/// full: a provider cannot write records into a sender's history for nothing.
		RecordStorageUnpaid,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::expire_due(now)
		}

		fn integrity_test() {
			assert!(
				!T::RequestTimeout::get().is_zero(),
				"a RequestTimeout of zero blocks expires every request at once"
			);
			assert!(
				T::MaxRequestsPerBlock::get() > 0,
				"MaxRequestsPerBlock of zero refuses every request"
			);
			assert!(
				!T::MaxPermitLifetime::get().is_zero(),
				"a MaxPermitLifetime of zero makes every permit expire before its first charge"
			);
			assert!(
				!T::MinEscrow::get().is_zero(),
				"a MinEscrow of zero lets requests cost their senders nothing while open"
			);
		}

		/// Prunes expired permits with the block's spare weight.
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::prune_permits(now, remaining)
		}

		/// On a miner node (`--miner`), hands assigned requests to the miner service and
		/// submits their results; elsewhere, does nothing (see `offchain.rs`).
		fn offchain_worker(now: BlockNumberFor<T>) {
			Self::serve_assigned(now)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Asks for a generation on `model` with `params`, paying at most `max_payment`, which
		/// is held as escrow. `sealed_prompt` holds the prompt and instructions sealed to the
		/// chosen provider's key and the sender's (the provider's key comes from
		/// `providers_get` or a quote, before the call).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::request(sealed_prompt.len() as u32))]
		pub fn request(
			origin: OriginFor<T>,
			model: ModelId,
			params: SamplingParams,
			wishes: HardwareWishes<BalanceOf<T>>,
			sealed_prompt: BoundedVec<u8, MaxSealedPromptLen>,
			max_payment: BalanceOf<T>,
		) -> DispatchResult {
			let sender = ensure_signed(origin)?;
			Self::do_request(sender, model, params, wishes, sealed_prompt, max_payment)
		}

		/// The assigned provider delivers request `id`'s result: the hash of the plaintext
		/// metadata, the metadata sealed to sender and provider, and the token counts to bill
		/// (`payment_for`). Free for the provider when it succeeds: the sender pays the
		/// record's storage.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::submit_result(sealed_metadata.len() as u32))]
		pub fn submit_result(
			origin: OriginFor<T>,
			id: RequestId,
			result_hash: ContentHash,
			sealed_metadata: BoundedVec<u8, MaxSealedRecordLen>,
			usage: Usage,
		) -> DispatchResultWithPostInfo {
			let provider = ensure_signed(origin)?;
			Self::do_submit_result(provider, id, result_hash, sealed_metadata, usage)?;
			Ok(Pays::No.into())
		}

		/// The assigned provider gives up on request `id`; the sender gets the escrow back
		/// and the provider a strike.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::report_failure())]
		pub fn report_failure(
			origin: OriginFor<T>,
			id: RequestId,
			reason: BoundedVec<u8, MaxFailureReasonLen>,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_report_failure(provider, id, reason)
		}

		/// The assigned provider reports that request `id`'s sealed prompt does not open with
		/// its key, or is not the chat JSON: the sender's fault. The sender gets the escrow
		/// back; the provider gets neither a strike nor a fee, and pays none when the call
		/// succeeds (the sender caused it).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::reject_prompt())]
		pub fn reject_prompt(
			origin: OriginFor<T>,
			id: RequestId,
			reason: BoundedVec<u8, MaxFailureReasonLen>,
		) -> DispatchResultWithPostInfo {
			let provider = ensure_signed(origin)?;
			Self::do_reject_prompt(provider, id, reason)?;
			Ok(Pays::No.into())
		}

		/// A provider records an interaction it served through its API or chat page; `sender`
		/// pays `payment_for(usage, rate, record length)`, at most `max_payment`, from its free
		/// balance: the storage burned, the tokens to the provider. `proof` is either
		/// `sender`'s signature over the interaction digest of (genesis hash, sender, provider,
		/// model, request_hash, max_payment, expiry), `<Bytes>`-wrapped after its domain
		/// (`interaction_signing_payload`), with that expiry block not passed, or a permit `sender` signed for this provider with its signature;
		/// then `max_payment` may not pass what is left of the permit's allowance, and the
		/// permit must not be expired or revoked.
		#[pallet::call_index(3)]
		#[pallet::weight(match proof {
			InteractionProof::Signed { .. } =>
				T::WeightInfo::record_interaction_signed(sealed_metadata.len() as u32),
			InteractionProof::Permit { .. } =>
				T::WeightInfo::record_interaction(sealed_metadata.len() as u32),
		})]
		pub fn record_interaction(
			origin: OriginFor<T>,
			sender: T::AccountId,
			proof: InteractionProofOf<T>,
			model: ModelId,
			request_hash: ContentHash,
			max_payment: BalanceOf<T>,
			result_hash: ContentHash,
			sealed_metadata: BoundedVec<u8, MaxSealedRecordLen>,
			usage: Usage,
		) -> DispatchResultWithPostInfo {
			let provider = ensure_signed(origin)?;
			let len = sealed_metadata.len() as u32;
			let interaction = InteractionOf::<T> {
				sender,
				proof,
				model,
				request_hash,
				max_payment,
				result_hash,
				sealed_metadata: sealed_metadata.into_inner(),
				usage,
			};
			// A permit charged before costs less than the weight charged up front (the first
			// charge's): neither its signature is verified nor its expiry indexed again.
			let actual_weight = match Self::do_record_interaction(provider, interaction)? {
				ProvenBy::KnownPermit => Some(T::WeightInfo::record_interaction_known_permit(len)),
				ProvenBy::Signature | ProvenBy::NewPermit => None,
			};
			// Free for the provider: the sender's charge pays the record's storage.
			Ok(frame_support::dispatch::PostDispatchInfo { actual_weight, pays_fee: Pays::No })
		}

		/// Revokes a permit the caller signed: no provider may charge it again. The permit
		/// need not have been charged before.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::revoke_permit())]
		pub fn revoke_permit(origin: OriginFor<T>, permit: PermitOf<T>) -> DispatchResult {
			let account = ensure_signed(origin)?;
			Self::do_revoke_permit(account, permit)
		}
	}
}
