//! Making a request: checks, provider selection, escrow and the deadline.

use crate::{
	pallet::{
		Config, Deadlines, Error, Event, HoldReason, NextRequestId, Pallet, PendingByProvider,
		Prompts, Requests,
	},
	types::BalanceOf,
};
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use gintonic_primitives::{
	bounds::MaxSealedPromptLen, HardwareWishes, ModelId, ModelRegistry, ProviderRegistry,
	RequestInfo, RequestOutcome, SamplingParams,
};
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// Makes a request for `sender`, assigned to the provider the registry selects.
	pub(crate) fn do_request(
		sender: T::AccountId,
		model: ModelId,
		params: SamplingParams,
		wishes: HardwareWishes<BalanceOf<T>>,
		sealed_prompt: BoundedVec<u8, MaxSealedPromptLen>,
		max_payment: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(T::Models::exists(&model), Error::<T>::UnknownModel);
		ensure!(T::Models::is_servable(&model), Error::<T>::ModelDeprecated);
		params.validate().map_err(|_| Error::<T>::InvalidParams)?;
		ensure!(!sealed_prompt.is_empty(), Error::<T>::EmptyPrompt);
		let (provider, terms) =
			T::Providers::select(&model, &wishes).ok_or(Error::<T>::NoProviderAvailable)?;

		let id = NextRequestId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(T::RequestTimeout::get());
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
				price_per_hour: terms.price_per_hour,
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
}
