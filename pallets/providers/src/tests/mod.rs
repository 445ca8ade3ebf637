//! Unit tests of the providers pallet on the mock runtime, split by concern.

mod listing;
mod registration;
mod registry;
mod serving;
mod status;

use crate::mock::*;
use frame_support::assert_ok;

/// Registers `who` with one H100 at `price` per hour, serving `models` (by name).
pub fn register(who: u64, price: u64, models: &[&str]) {
	assert_ok!(Providers::register(
		RuntimeOrigin::signed(who),
		h100(1),
		price,
		key(),
		proof(who),
		None,
		throughput()
	));
	let ids: Vec<_> = models.iter().map(|m| model(m)).collect();
	assert_ok!(Providers::serve_models(
		RuntimeOrigin::signed(who),
		ids.try_into().unwrap_or_default()
	));
}

/// `who`'s status, if it is a provider.
pub fn status(who: u64) -> Option<gintonic_primitives::ProviderStatus> {
	crate::Providers::<Test>::get(who).map(|p| p.status)
}
