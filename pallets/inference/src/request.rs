//! Making a request: checks, provider selection, escrow and the deadline.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{
		Config, Deadlines, Error, Event, HoldReason, NextRequestId, Pallet, PendingByProvider,
		Prompts, Requests,
	},
	types::BalanceOf,
};
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use gintonic_primitives::{
	bounds::MaxSealedPromptLen, request::request_worst_case, HardwareWishes, ModelId,
	ModelRegistry, ProviderRegistry, RequestInfo, RequestOutcome, SamplingParams, TokenRate,
};
use gintonic_seal::Header;
use sp_runtime::{
	traits::{Convert, Saturating},
	SaturatedConversion,
};

impl<T: Config> Pallet<T> {
	/// Blocks a request may stay pending: the genesis choice, or [`Config::RequestTimeout`].
	pub fn request_timeout() -> frame_system::pallet_prelude::BlockNumberFor<T> {
		crate::pallet::RequestTimeoutAtGenesis::<T>::get().unwrap_or_else(T::RequestTimeout::get)
	}

	/// Makes a request for `sender`, assigned to the best provider (in the registry's order)
	/// whose encryption key the prompt's envelope lists. The envelope must list the sender's
	/// own key too, since the record is sealed to it. Refused, with nothing held, when that
	/// provider could not serve it or be paid for it: the sender's key cannot be sealed to,
	/// `max_tokens` passes the model's context or cannot be written at the provider's
	/// declared speed in half the time before expiry, or the escrow cannot pay the worst case.
	pub(crate) fn do_request(
		sender: T::AccountId,
		model: ModelId,
		params: SamplingParams,
		wishes: HardwareWishes<BalanceOf<T>>,
		sealed_prompt: BoundedVec<u8, MaxSealedPromptLen>,
		max_payment: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(T::Models::exists(&model), Error::<T>::UnknownModel);
		ensure!(T::Models::is_servable(&model), Error::<T>::ModelBlocked);
		ensure!(max_payment >= T::MinEscrow::get(), Error::<T>::EscrowTooSmall);
		params.validate().map_err(|_| Error::<T>::InvalidParams)?;
		let context = T::Models::context_length(&model).unwrap_or_default();
		ensure!(params.max_tokens < context, Error::<T>::MaxTokensPastContext);
		ensure!(!sealed_prompt.is_empty(), Error::<T>::EmptyPrompt);
		let header = Header::parse(&sealed_prompt).map_err(|_| Error::<T>::MalformedPrompt)?;
		let sender_key = T::AccountSealingKey::convert(sender.clone());
		ensure!(gintonic_seal::is_sealing_key(&sender_key), Error::<T>::SenderKeyNotSealable);
		ensure!(header.lists(&sender_key), Error::<T>::PromptNotSealedToSender);
		let candidates = T::Providers::candidates(&model, &wishes);
		ensure!(!candidates.is_empty(), Error::<T>::NoProviderAvailable);
		// The best provider the prompt is sealed to: never one that could not open it.
		let chosen = candidates
			.into_iter()
			.find(|quote| header.lists(&quote.encryption_key))
			.ok_or(Error::<T>::PromptNotSealedToProvider)?;
		let (provider, rate) = (chosen.provider.clone(), chosen.rate());
		ensure!(
			rate.throughput.seconds_to_write(params.max_tokens) <= Self::seconds_to_serve(),
			Error::<T>::CannotFinishInTime
		);
		ensure!(
			max_payment
				>= Self::worst_case_escrow(&rate, sealed_prompt.len() as u32, params.max_tokens),
			Error::<T>::EscrowBelowWorstCase
		);

		let id = NextRequestId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(Self::request_timeout());
		Deadlines::<T>::try_mutate(deadline, |due| {
			due.try_push(id).map_err(|_| Error::<T>::TooManyRequestsThisBlock)
		})?;
		T::Currency::hold(&HoldReason::Escrow.into(), &sender, max_payment)
			.map_err(|_| Error::<T>::InsufficientBalance)?;

		NextRequestId::<T>::put(next);
		Requests::<T>::insert(
			id,
			RequestInfo {
				sender: sender.clone(),
				provider: provider.clone(),
				model,
				params,
				wishes,
				max_payment,
				rate,
				created_at: now,
				deadline,
				outcome: RequestOutcome::Pending,
			},
		);
		Prompts::<T>::insert(id, sealed_prompt);
		PendingByProvider::<T>::insert(&provider, id, ());
		T::Providers::note_assigned(&provider);
		Self::deposit_event(Event::Requested { id, sender, provider, model, max_payment });
		Ok(())
	}

	/// Whole seconds a provider has to write an answer: half the time before a request
	/// expires, the other half left for queueing, reading the prompt and inclusion.
	pub fn seconds_to_serve() -> u64 {
		let timeout: u64 = Self::request_timeout().saturated_into();
		timeout.saturating_mul(T::ExpectedBlockTimeMs::get()) / 2_000
	}

	/// The least escrow that pays a provider at `rate` in full for a prompt sealed in
	/// `sealed_prompt_bytes` and answered with up to `max_tokens`: the prompt counted at one
	/// token a byte (no tokenizer makes more of text; a chat template's few more tokens are
	/// the miner's to decline), and the record at its expected bound.
	pub fn worst_case_escrow(
		rate: &TokenRate<BalanceOf<T>>,
		sealed_prompt_bytes: u32,
		max_tokens: u32,
	) -> BalanceOf<T> {
		let fee = Self::record_fee();
		request_worst_case(sealed_prompt_bytes, sealed_prompt_bytes, max_tokens, rate, &fee).total()
	}
}
