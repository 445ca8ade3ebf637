//! Recording an interaction served through the API or chat page, proven by the sender's
//! signature (see `gintonic_primitives::interaction` for what is signed).

use crate::{
	pallet::{Config, Error, Event, Pallet, RecordedDigests},
	settlement::payment_for,
	types::{BalanceOf, SignedInteraction},
};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::Mutate, tokens::Preservation},
};
use frame_system::pallet_prelude::BlockNumberFor;
use gintonic_primitives::{
	interaction::{interaction_digest, wrap_bytes},
	ProviderRegistry, RecordOrigin,
};
use sp_runtime::traits::{Verify, Zero};

impl<T: Config> Pallet<T> {
	/// Verifies and records `interaction`, served by `provider`, and pays the provider.
	pub(crate) fn do_record_interaction(
		provider: T::AccountId,
		interaction: SignedInteraction<T::AccountId, T::InteractionSignature, BalanceOf<T>>,
	) -> DispatchResult {
		let terms = T::Providers::terms_for(&provider, &interaction.model)
			.ok_or(Error::<T>::NotServingModel)?;
		ensure!(!interaction.sealed_metadata.is_empty(), Error::<T>::EmptyRecord);
		let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
		let mut genesis_bytes = [0u8; 32];
		let encoded = genesis.encode();
		let len = encoded.len().min(32);
		genesis_bytes[..len].copy_from_slice(&encoded[..len]);
		let digest = interaction_digest(
			&genesis_bytes,
			&provider,
			&interaction.model,
			&interaction.request_hash,
			&interaction.max_payment,
		);
		ensure!(!RecordedDigests::<T>::contains_key(digest), Error::<T>::AlreadyRecorded);
		let signed = interaction.signature.verify(digest.as_bytes(), &interaction.sender)
			|| interaction
				.signature
				.verify(&wrap_bytes(digest.as_bytes())[..], &interaction.sender);
		ensure!(signed, Error::<T>::BadSignature);

		let payment =
			payment_for(&interaction.usage, terms.price_per_hour, interaction.max_payment);
		if !payment.is_zero() {
			T::Currency::transfer(&interaction.sender, &provider, payment, Preservation::Preserve)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		let record = Self::store_record(
			interaction.sender.clone(),
			provider.clone(),
			interaction.model,
			payment,
			interaction.result_hash,
			interaction.usage,
			RecordOrigin::Interaction(digest),
			interaction.sealed_metadata,
		)?;
		RecordedDigests::<T>::insert(digest, record);
		Self::deposit_event(Event::InteractionRecorded {
			record,
			sender: interaction.sender,
			provider,
			payment,
		});
		Ok(())
	}
}
