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
use frame_support::traits::UnixTime;
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use gintonic_primitives::{
	bounds::MaxSealedPromptLen, HardwareWishes, ModelId, ModelRegistry, ProviderRegistry,
	RequestInfo, RequestOutcome, SamplingParams,
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
	/// own key too, since the record is sealed to it.
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
		ensure!(!sealed_prompt.is_empty(), Error::<T>::EmptyPrompt);
		let header = Header::parse(&sealed_prompt).map_err(|_| Error::<T>::MalformedPrompt)?;
		let sender_key = T::AccountSealingKey::convert(sender.clone());
		ensure!(header.lists(&sender_key), Error::<T>::PromptNotSealedToSender);
		let candidates = T::Providers::candidates(&model, &wishes);
		ensure!(!candidates.is_empty(), Error::<T>::NoProviderAvailable);
		// The best provider the prompt is sealed to: never one that could not open it.
		let chosen = candidates
			.into_iter()
			.find(|quote| header.lists(&quote.encryption_key))
			.ok_or(Error::<T>::PromptNotSealedToProvider)?;
		let (provider, price_per_hour, gpu_count) =
			(chosen.provider, chosen.price_per_hour, chosen.gpu.count);

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
				price_per_hour,
				created_at: now,
				created_at_ms: T::Time::now().as_millis().saturated_into(),
				gpu_count,
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
}
