//! Recording an interaction served through the API or chat page, proven by the sender's
//! signature over it or by a permit the sender signed (see `gintonic_primitives::interaction`
//! and `gintonic_primitives::permit` for what is signed).

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Error, Event, Pallet, RecordedDigests},
	permits::PermitCharge,
	records::Billed,
	settlement::payment_for,
	types::{BalanceOf, InteractionOf},
};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::Mutate,
		tokens::{Fortitude, Precision, Preservation},
	},
};
use gintonic_primitives::{
	interaction::{interaction_digest, interaction_signing_payload, InteractionProof},
	request::storage_cost,
	Charge, ContentHash, ProviderRegistry, RecordOrigin, TokenRate,
};
use sp_runtime::traits::{SaturatedConversion, Saturating, Verify, Zero};

/// What recording an interaction will do, once every check has passed.
pub(crate) struct CheckedInteraction<T: Config> {
	/// The digest the record is found by.
	pub digest: ContentHash,
	/// What the sender pays, by its parts.
	pub charge: Charge<BalanceOf<T>>,
	/// The provider's terms it was computed at.
	pub rate: TokenRate<BalanceOf<T>>,
	/// The permit charged, with its state after the charge, when a permit proves it.
	pub permit: Option<PermitCharge<T>>,
}

/// What proved a recorded interaction, which decides the work its recording took.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum ProvenBy {
	/// The sender's signature over the interaction digest.
	Signature,
	/// A permit charged for the first time: its signature verified, its state indexed.
	NewPermit,
	/// A permit charged before: its kept state found by id, no signature verified.
	KnownPermit,
}

impl<T: Config> Pallet<T> {
	/// Verifies and records `interaction`, served by `provider`, and pays the provider;
	/// returns what proved it.
	pub(crate) fn do_record_interaction(
		provider: T::AccountId,
		interaction: InteractionOf<T>,
	) -> Result<ProvenBy, DispatchError> {
		let checked = Self::check_interaction(&provider, &interaction)?;
		let charge = checked.charge;
		if !charge.storage.is_zero() {
			T::Currency::burn_from(
				&interaction.sender,
				charge.storage,
				Preservation::Preserve,
				Precision::Exact,
				Fortitude::Polite,
			)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		if !charge.compute.is_zero() {
			T::Currency::transfer(
				&interaction.sender,
				&provider,
				charge.compute,
				Preservation::Preserve,
			)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		let proven_by = match checked.permit {
			None => ProvenBy::Signature,
			Some(charge) => {
				let proven_by =
					if charge.first { ProvenBy::NewPermit } else { ProvenBy::KnownPermit };
				Self::note_permit(charge.id, charge.state, charge.first);
				proven_by
			}
		};
		let sealed_metadata = BoundedVec::try_from(interaction.sealed_metadata)
			.map_err(|_| Error::<T>::RecordTooLong)?;
		let (usage, rate) = (interaction.usage, checked.rate);
		let record = Self::store_record(
			interaction.sender.clone(),
			provider.clone(),
			interaction.model,
			interaction.result_hash,
			Billed { charge, usage, rate },
			RecordOrigin::Interaction(checked.digest),
			sealed_metadata,
		)?;
		RecordedDigests::<T>::insert(checked.digest, record);
		Self::deposit_event(Event::InteractionRecorded {
			record,
			sender: interaction.sender,
			provider,
			payment: charge.compute,
			storage_fee: charge.storage,
			usage,
			rate,
		});
		Ok(proven_by)
	}

	/// Every check `record_interaction` makes, without writing anything: the offchain worker
	/// asks it before submitting, and drops what the chain would refuse.
	pub(crate) fn check_interaction(
		provider: &T::AccountId,
		interaction: &InteractionOf<T>,
	) -> Result<CheckedInteraction<T>, Error<T>> {
		ensure!(!interaction.sealed_metadata.is_empty(), Error::<T>::EmptyRecord);
		ensure!(
			interaction.sealed_metadata.len()
				<= gintonic_primitives::bounds::MAX_SEALED_RECORD_LEN as usize,
			Error::<T>::RecordTooLong
		);
		let expiry = match &interaction.proof {
			InteractionProof::Signed { expiry, .. } => *expiry,
			InteractionProof::Permit { permit, .. } => permit.expiry,
		};
		let digest = interaction_digest(
			&Self::genesis_hash(),
			&interaction.sender,
			provider,
			&interaction.model,
			&interaction.request_hash,
			&interaction.max_payment,
			&expiry,
		);
		ensure!(!RecordedDigests::<T>::contains_key(digest), Error::<T>::AlreadyRecorded);
		let record_bytes = interaction.sealed_metadata.len() as u32;
		let charge_at = |rate: &TokenRate<BalanceOf<T>>| {
			payment_for(
				&interaction.usage,
				rate,
				record_bytes,
				&Self::record_fee(),
				interaction.max_payment,
			)
		};
		let (charge, rate, permit) = match &interaction.proof {
			InteractionProof::Signed { signature, expiry } => {
				let terms = T::Providers::terms_for(provider, &interaction.model)
					.ok_or(Error::<T>::NotServingModel)?;
				ensure!(
					frame_system::Pallet::<T>::block_number() <= *expiry,
					Error::<T>::SignatureExpired
				);
				let payload = interaction_signing_payload(&digest);
				ensure!(
					signature.verify(&payload[..], &interaction.sender),
					Error::<T>::BadSignature
				);
				let charge = charge_at(&terms.rate);
				ensure!(
					charge.total() <= Self::spendable(&interaction.sender),
					Error::<T>::InsufficientBalance
				);
				(charge, terms.rate, None)
			}
			// The checks the miner's admission ran before serving (`admit_permit`), now at
			// inclusion.
			InteractionProof::Permit { permit, signature } => {
				let (mut charge, terms) = Self::check_permit_use(
					provider,
					&interaction.sender,
					&interaction.model,
					permit,
					signature,
					Zero::zero(),
				)?;
				let cost = charge_at(&terms.rate);
				Self::check_permit_amounts(&charge.state, interaction.max_payment, cost.total())?;
				// A provider holding a permit must not write records into the sender's history
				// for nothing: each one pays its own storage in full, as every honest call does.
				ensure!(
					cost.storage.saturated_into::<u128>()
						== storage_cost(record_bytes, &Self::record_fee()),
					Error::<T>::RecordStorageUnpaid
				);
				charge.state.spent = charge.state.spent.saturating_add(cost.total());
				(cost, terms.rate, Some(charge))
			}
		};
		Ok(CheckedInteraction { digest, charge, rate, permit })
	}
}
