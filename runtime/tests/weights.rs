//! The measured weights as the runtime uses them: every call at its largest inputs weighs
//! something (a benchmark that measured nothing would read zero) and fits one normal
//! extrinsic of a block, in time and proof size, and the largest payloads fit the block
//! length; the expiry work `on_initialize` may do in one block fits the block; a block holds
//! the records it was sized for.

use frame_support::{
	dispatch::DispatchClass,
	traits::Get,
	weights::{Weight, WeightMeter},
};
use gintonic_primitives::bounds::{
	MAX_PROVIDERS_PER_MODEL, MAX_SEALED_PROMPT_LEN, MAX_SEALED_RECORD_LEN, MAX_SERVED_MODELS,
};
use gintonic_runtime::Runtime;
use pallet_inference::WeightInfo as _;
use pallet_models::WeightInfo as _;
use pallet_providers::WeightInfo as _;

type InferenceWeights = pallet_inference::weights::SubstrateWeight<Runtime>;
type ModelsWeights = pallet_models::weights::SubstrateWeight<Runtime>;
type ProvidersWeights = pallet_providers::weights::SubstrateWeight<Runtime>;

fn calls_at_their_largest() -> Vec<(&'static str, Weight)> {
	let max_expiring: u32 = <Runtime as pallet_inference::Config>::MaxRequestsPerBlock::get();
	vec![
		("providers.register", ProvidersWeights::register()),
		("providers.update", ProvidersWeights::update()),
		("providers.serve_models", ProvidersWeights::serve_models(MAX_SERVED_MODELS)),
		("providers.set_status", ProvidersWeights::set_status()),
		("providers.deregister", ProvidersWeights::deregister(MAX_SERVED_MODELS)),
		("providers.reinstate", ProvidersWeights::reinstate()),
		("models.register", ModelsWeights::register()),
		("models.deprecate", ModelsWeights::deprecate()),
		("models.offer_ownership", ModelsWeights::offer_ownership()),
		("models.accept_ownership", ModelsWeights::accept_ownership()),
		("models.remove", ModelsWeights::remove()),
		("models.block", ModelsWeights::block(MAX_PROVIDERS_PER_MODEL)),
		("models.unblock", ModelsWeights::unblock()),
		("inference.request", InferenceWeights::request(MAX_SEALED_PROMPT_LEN)),
		("inference.submit_result", InferenceWeights::submit_result(MAX_SEALED_RECORD_LEN)),
		("inference.report_failure", InferenceWeights::report_failure()),
		("inference.reject_prompt", InferenceWeights::reject_prompt()),
		(
			"inference.record_interaction",
			InferenceWeights::record_interaction(MAX_SEALED_RECORD_LEN),
		),
		(
			"inference.record_interaction (signed)",
			InferenceWeights::record_interaction_signed(MAX_SEALED_RECORD_LEN),
		),
		(
			"inference.record_interaction (known permit)",
			InferenceWeights::record_interaction_known_permit(MAX_SEALED_RECORD_LEN),
		),
		("inference.expire (most in a block)", InferenceWeights::expire(max_expiring)),
	]
}

#[test]
fn every_call_weighs_something_and_fits_a_block() {
	let block = <Runtime as frame_system::Config>::BlockWeights::get();
	let max_extrinsic = block
		.get(DispatchClass::Normal)
		.max_extrinsic
		.unwrap_or_else(|| panic!("normal extrinsics have a limit"));
	for (call, weight) in calls_at_their_largest() {
		assert!(weight.ref_time() > 1_000_000, "{call}: {weight:?} looks unmeasured");
		assert!(weight.proof_size() > 0, "{call}: no proof size");
		assert!(
			WeightMeter::with_limit(max_extrinsic).can_consume(weight),
			"{call}: {weight:?} exceeds one extrinsic's {max_extrinsic:?}"
		);
	}
}

#[test]
fn weights_grow_with_the_payload() {
	assert!(
		InferenceWeights::request(MAX_SEALED_PROMPT_LEN).ref_time()
			> InferenceWeights::request(1).ref_time()
	);
	assert!(
		InferenceWeights::submit_result(MAX_SEALED_RECORD_LEN).ref_time()
			> InferenceWeights::submit_result(1).ref_time()
	);
	assert!(InferenceWeights::expire(256).ref_time() > InferenceWeights::expire(0).ref_time());
	assert!(
		ProvidersWeights::serve_models(MAX_SERVED_MODELS).ref_time()
			> ProvidersWeights::serve_models(1).ref_time()
	);
}

#[test]
fn the_largest_sealed_record_fits_the_block_length() {
	let length = <Runtime as frame_system::Config>::BlockLength::get();
	let normal = *length.max.get(DispatchClass::Normal);
	// The record, plus room for the call's other arguments, the signature and extensions.
	assert!(normal >= MAX_SEALED_RECORD_LEN + 4 * 1024, "normal block length {normal}");
}

/// What the block was sized for: at least 3,000 records of 1 KiB, each signed by its sender
/// (the heavier proof), fit one block by weight and by length: 500 records a second in 6 s
/// blocks (`scripts/bench/records.sh` measures what a node finalizes).
#[test]
fn a_block_holds_three_thousand_records_of_one_kib() {
	use frame_system::ExtensionsWeightInfo;
	use gintonic_runtime::weights::ExtensionsDatabaseWeight as Extensions;
	let blocks = <Runtime as frame_system::Config>::BlockWeights::get();
	let normal = blocks.get(DispatchClass::Normal);
	let extensions = Extensions::check_genesis()
		.saturating_add(Extensions::check_mortality_immortal_transaction())
		.saturating_add(Extensions::check_nonce());
	let per_record = InferenceWeights::record_interaction_signed(1024)
		.saturating_add(normal.base_extrinsic)
		.saturating_add(extensions);
	let by_weight = normal.max_total.unwrap_or(blocks.max_block).ref_time() / per_record.ref_time();
	// A 1 KiB record_interaction is ~1,360 bytes as an extrinsic (the bench's blocks).
	let length = <Runtime as frame_system::Config>::BlockLength::get();
	let by_length = *length.max.get(DispatchClass::Normal) / 1_400;
	println!("records of 1 KiB per block: {by_weight} by weight ({per_record:?} each), {by_length} by length");
	assert!(
		by_weight >= 3_000 && by_length >= 3_000,
		"{by_weight} by weight, {by_length} by length"
	);
}
