//! Joining, changing and leaving: `register`, `update`, `deregister`, and the checks on what a
//! provider declares.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	pallet::{Config, Error, Event, HoldReason, Pallet, Providers, RetainedStrikes},
	types::{BalanceOf, ProviderChanges, ProviderOf},
};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use gintonic_primitives::{
	bounds::MaxEndpointLen, key_possession::verify_key_possession, EncryptionKey, GpuSpec,
	KeyProof, ProviderInfo, ProviderStatus, Throughput,
};
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Registers `who`, holding the bond. Serves no model yet.
	pub(crate) fn do_register(
		who: T::AccountId,
		gpu: GpuSpec,
		price_per_hour: BalanceOf<T>,
		throughput: Throughput,
		encryption_key: EncryptionKey,
		endpoint: Option<BoundedVec<u8, MaxEndpointLen>>,
	) -> DispatchResult {
		ensure!(!Providers::<T>::contains_key(&who), Error::<T>::AlreadyRegistered);
		Self::ensure_valid_terms(
			&gpu,
			price_per_hour,
			&throughput,
			&encryption_key,
			endpoint.as_ref(),
		)?;
		let bond = T::ProviderBond::get();
		T::Currency::hold(&HoldReason::ProviderBond.into(), &who, bond)
			.map_err(|_| Error::<T>::InsufficientBalanceForBond)?;
		// Strikes survive deregistration: leaving and joining again wipes no record.
		let strikes = RetainedStrikes::<T>::take(&who).unwrap_or_default();
		let status = if strikes >= T::MaxStrikes::get() {
			ProviderStatus::Suspended
		} else {
			ProviderStatus::Active
		};
		let provider = ProviderInfo {
			gpu,
			price_per_hour,
			throughput,
			bond,
			encryption_key,
			endpoint,
			models: BoundedVec::new(),
			status,
			strikes,
			served_since_strike: 0,
			open_requests: 0,
			registered_at: frame_system::Pallet::<T>::block_number(),
		};
		Providers::<T>::insert(&who, provider);
		Self::deposit_event(Event::Registered { provider: who, bond });
		Ok(())
	}

	/// Applies `changes` to `who`'s registration.
	pub(crate) fn do_update(
		who: T::AccountId,
		changes: ProviderChanges<BalanceOf<T>>,
	) -> DispatchResult {
		let (provider, repriced) = Providers::<T>::try_mutate(&who, |maybe| {
			let provider = maybe.as_mut().ok_or(Error::<T>::NotRegistered)?;
			let gpu = changes.gpu.unwrap_or_else(|| provider.gpu.clone());
			let price = changes.price_per_hour.unwrap_or(provider.price_per_hour);
			let throughput = changes.throughput.unwrap_or(provider.throughput);
			let key = changes.encryption_key.unwrap_or(provider.encryption_key);
			let endpoint = changes.endpoint.unwrap_or_else(|| provider.endpoint.clone());
			Self::ensure_valid_terms(&gpu, price, &throughput, &key, endpoint.as_ref())?;
			let repriced = price != provider.price_per_hour;
			provider.gpu = gpu;
			provider.price_per_hour = price;
			provider.throughput = throughput;
			provider.encryption_key = key;
			provider.endpoint = endpoint;
			Ok::<_, DispatchError>((provider.clone(), repriced))
		})?;
		// The lists are ordered by price: an active provider takes its new place in each.
		if repriced && provider.status == ProviderStatus::Active {
			Self::unlist_everywhere(&who, provider.models.iter());
			Self::list_everywhere(&who, &provider);
		}
		Self::deposit_event(Event::Updated { provider: who });
		Ok(())
	}

	/// Removes `who`, unlists it and releases its bond. Refused while any request assigned
	/// to it is open, so that every open request can still settle.
	/// Leaves in one call: unlisted at once; removed with its bond released now when no
	/// request is open, or else set `Leaving` and removed when the last open request ends
	/// (`note_settled`), so that a stream of requests cannot hold the bond.
	pub(crate) fn do_deregister(who: &T::AccountId) -> DispatchResult {
		let mut provider = Providers::<T>::get(who).ok_or(Error::<T>::NotRegistered)?;
		ensure!(provider.status != ProviderStatus::Leaving, Error::<T>::ProviderLeaving);
		Self::unlist_everywhere(who, provider.models.iter());
		if provider.open_requests > 0 {
			provider.status = ProviderStatus::Leaving;
			let open_requests = provider.open_requests;
			Providers::<T>::insert(who, provider);
			Self::deposit_event(Event::Leaving { provider: who.clone(), open_requests });
			return Ok(());
		}
		Self::remove_provider(who, provider)
	}

	/// Removes `who` (already unlisted), keeping its strikes and releasing its bond.
	pub(crate) fn remove_provider(who: &T::AccountId, provider: ProviderOf<T>) -> DispatchResult {
		Providers::<T>::remove(who);
		if provider.strikes > 0 {
			RetainedStrikes::<T>::insert(who, provider.strikes);
		}
		let released = T::Currency::release(
			&HoldReason::ProviderBond.into(),
			who,
			provider.bond,
			Precision::BestEffort,
		)?;
		Self::deposit_event(Event::Deregistered { provider: who.clone(), bond: released });
		Ok(())
	}

	/// Refuses an encryption key whose secret `who` has not shown it holds.
	pub(crate) fn ensure_key_possession(
		who: &T::AccountId,
		key: &EncryptionKey,
		proof: &KeyProof,
	) -> DispatchResult {
		// The identity point is a valid encoding whose "signatures" anyone can forge.
		ensure!(key != &[0u8; 32], Error::<T>::InvalidEncryptionKey);
		ensure!(verify_key_possession(key, proof, who), Error::<T>::BadKeyProof);
		Ok(())
	}

	/// Checks what a provider declares about itself.
	fn ensure_valid_terms(
		gpu: &GpuSpec,
		price_per_hour: BalanceOf<T>,
		throughput: &Throughput,
		encryption_key: &EncryptionKey,
		endpoint: Option<&BoundedVec<u8, MaxEndpointLen>>,
	) -> DispatchResult {
		ensure!(
			gpu.count > 0 && gpu.memory_gib > 0 && !gpu.model.is_empty(),
			Error::<T>::InvalidGpuSpec
		);
		ensure!(!price_per_hour.is_zero(), Error::<T>::ZeroPrice);
		ensure!(throughput.is_valid(), Error::<T>::ZeroThroughput);
		ensure!(encryption_key != &[0u8; 32], Error::<T>::InvalidEncryptionKey);
		if let Some(url) = endpoint {
			ensure!(is_http_url(url), Error::<T>::InvalidEndpoint);
		}
		Ok(())
	}
}

/// Whether `url` is an `http://` or `https://` URL with a host part and no whitespace.
fn is_http_url(url: &[u8]) -> bool {
	let rest = url
		.strip_prefix(b"https://".as_slice())
		.or_else(|| url.strip_prefix(b"http://".as_slice()));
	match rest {
		Some(rest) => !rest.is_empty() && rest.iter().all(|b| b.is_ascii_graphic()),
		None => false,
	}
}
