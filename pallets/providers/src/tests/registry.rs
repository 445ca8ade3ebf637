//! Provider selection and counters through [`ProviderRegistry`].

use super::register;
use crate::{mock::*, Providers as ProvidersMap};
use frame_support::assert_ok;
use gintonic_primitives::{
	GpuSpec, HardwareWishes, ProviderQuote, ProviderRegistry, ProviderStatus, TokenRate,
};
use sp_runtime::BoundedVec;

type Registry = Providers;

fn select(name: &str, wishes: HardwareWishes<u64>) -> Option<u64> {
	candidates(name, wishes).first().map(|q| q.provider)
}

/// The accounts a request for `name` may go to, best first.
fn candidates(name: &str, wishes: HardwareWishes<u64>) -> Vec<ProviderQuote<u64, u64>> {
	<Registry as ProviderRegistry<u64, u64>>::candidates(&model(name), &wishes)
}

fn any() -> HardwareWishes<u64> {
	HardwareWishes::default()
}

#[test]
fn selects_the_cheapest_then_least_loaded_then_lowest_id() {
	ExtBuilder::default().build().execute_with(|| {
		register(CHARLIE, 20, &["mixtral"]);
		register(BOB, 10, &["mixtral"]);
		register(ALICE, 10, &["mixtral"]);
		assert_eq!(select("mixtral", any()), Some(ALICE));
		<Registry as ProviderRegistry<u64, u64>>::note_assigned(&ALICE);
		assert_eq!(select("mixtral", any()), Some(BOB));
		<Registry as ProviderRegistry<u64, u64>>::note_assigned(&BOB);
		assert_eq!(select("mixtral", any()), Some(ALICE));
		let all = candidates("mixtral", any());
		let order: Vec<_> =
			all.iter().map(|q| (q.provider, q.price_per_hour, q.open_requests)).collect();
		assert_eq!(order, vec![(ALICE, 10, 1), (BOB, 10, 1), (CHARLIE, 20, 0)]);
		assert_eq!((all[0].encryption_key, all[0].gpu.clone()), (key(), h100(1)));
		assert_eq!(select("mistral", any()), None);
	});
}

#[test]
fn paused_and_suspended_providers_are_skipped() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		register(BOB, 20, &["mixtral"]);
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Paused));
		assert_eq!(select("mixtral", any()), Some(BOB));
		for _ in 0..MAX_STRIKES {
			<Registry as ProviderRegistry<u64, u64>>::strike(&BOB);
		}
		assert_eq!(select("mixtral", any()), None);
	});
}

#[test]
fn hardware_wishes_filter() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		let a100 = GpuSpec {
			model: BoundedVec::truncate_from(b"NVIDIA A100 40GB".to_vec()),
			memory_gib: 40,
			count: 1,
		};
		assert_ok!(Providers::register(
			RuntimeOrigin::signed(BOB),
			a100.clone(),
			5,
			key(),
			proof(BOB),
			None,
			throughput()
		));
		assert_ok!(Providers::serve_models(
			RuntimeOrigin::signed(BOB),
			BoundedVec::truncate_from(vec![model("mixtral")])
		));
		assert_eq!(select("mixtral", any()), Some(BOB));
		let wants_80 = HardwareWishes { min_gpu_memory_gib: Some(80), ..any() };
		assert_eq!(select("mixtral", wants_80), Some(ALICE));
		let wants_h100 = HardwareWishes { gpu_model: Some(h100(1).model), ..any() };
		assert_eq!(select("mixtral", wants_h100), Some(ALICE));
		let wants_a100 = HardwareWishes { gpu_model: Some(a100.model), ..any() };
		assert_eq!(select("mixtral", wants_a100), Some(BOB));
		let cheap =
			HardwareWishes { max_price_per_hour: Some(9), min_gpu_memory_gib: Some(80), ..any() };
		assert_eq!(select("mixtral", cheap), None);
		let at_price =
			HardwareWishes { max_price_per_hour: Some(10), min_gpu_memory_gib: Some(80), ..any() };
		assert_eq!(select("mixtral", at_price), Some(ALICE));
	});
}

#[test]
fn terms_for_needs_a_served_model_and_shows_the_status() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &["mixtral"]);
		let terms =
			|m: &str| <Registry as ProviderRegistry<u64, u64>>::terms_for(&ALICE, &model(m));
		let rate = TokenRate { price_per_hour: 10, gpu_count: 1, throughput: throughput() };
		assert_eq!(
			terms("mixtral").map(|t| (t.rate, t.status)),
			Some((rate, ProviderStatus::Active))
		);
		assert!(terms("mistral").is_none());
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Paused));
		assert!(terms("mixtral").is_some(), "a paused provider still records what it served");
		for _ in 0..MAX_STRIKES {
			<Registry as ProviderRegistry<u64, u64>>::strike(&ALICE);
		}
		// Suspended, it still has terms (what it served is recorded), and says so.
		assert_eq!(terms("mixtral").map(|t| t.status), Some(ProviderStatus::Suspended));
		assert!(
			<Registry as ProviderRegistry<u64, u64>>::terms_for(&BOB, &model("mixtral")).is_none()
		);
	});
}

#[test]
fn open_request_counter_never_underflows() {
	ExtBuilder::default().build().execute_with(|| {
		register(ALICE, 10, &[]);
		<Registry as ProviderRegistry<u64, u64>>::note_settled(&ALICE, true);
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.open_requests), Some(0));
		<Registry as ProviderRegistry<u64, u64>>::note_assigned(&ALICE);
		<Registry as ProviderRegistry<u64, u64>>::note_assigned(&ALICE);
		assert_eq!(ProvidersMap::<Test>::get(ALICE).map(|p| p.open_requests), Some(2));
	});
}
