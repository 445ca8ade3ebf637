//! What the fee model charges. Bytes are priced (records stay in state forever, and block
//! space is what spam takes), compute is priced, and a request holds at least `MinEscrow`.
//! The figures in docs/economics.md are what
//! `cargo test -p gintonic-runtime --test fees -- --nocapture` prints.

use frame_support::{
	dispatch::{DispatchClass, DispatchInfo, Pays},
	traits::Get,
	weights::Weight,
};
use gintonic_runtime::{Balance, Runtime, TransactionPayment, MILLI_UNIT, UNIT};
use pallet_inference::WeightInfo as _;

type InferenceWeights = pallet_inference::weights::SubstrateWeight<Runtime>;

/// Bytes of a signed extrinsic besides its payload: the other arguments, the address, the
/// signature and the extensions (a real `record_interaction` carries about 250).
const OVERHEAD: u32 = 256;

/// The fee of a normal extrinsic of `len` bytes and `weight`, without tip.
fn fee(len: u32, weight: Weight) -> Balance {
	sp_io::TestExternalities::default().execute_with(|| {
		let info = DispatchInfo {
			call_weight: weight,
			extension_weight: Weight::zero(),
			class: DispatchClass::Normal,
			pays_fee: Pays::Yes,
		};
		TransactionPayment::compute_fee(len, &info, 0)
	})
}

fn units(amount: Balance) -> String {
	format!("{:.4} UNIT", amount as f64 / UNIT as f64)
}

fn record_fee(record_len: u32) -> Balance {
	fee(record_len + OVERHEAD, InferenceWeights::record_interaction(record_len))
}

#[test]
fn a_record_pays_for_its_bytes() {
	let one_kib = record_fee(1024);
	let sixty_four_kib = record_fee(64 * 1024);
	let largest = record_fee(gintonic_primitives::bounds::MAX_SEALED_RECORD_LEN);
	println!("record_interaction, 1 KiB record: {}", units(one_kib));
	println!("record_interaction, 64 KiB record: {}", units(sixty_four_kib));
	println!("record_interaction, 256 KiB record: {}", units(largest));
	// Each byte stored costs 10 µUNIT: a 1 KiB record at least 0.01 UNIT.
	assert!(one_kib >= 10 * MILLI_UNIT, "{}", units(one_kib));
	assert!(sixty_four_kib >= 64 * 10 * MILLI_UNIT, "{}", units(sixty_four_kib));
	assert!(largest >= 2 * UNIT, "{}", units(largest));
}

#[test]
fn filling_a_block_with_requests_costs_real_money() {
	// The cheapest request: two recipients, an empty payload.
	let prompt = gintonic_seal::envelope_len(2, 0) as u32;
	let len = prompt + OVERHEAD;
	let weight = InferenceWeights::request(prompt);
	let one = fee(len, weight);
	let blocks = <Runtime as frame_system::Config>::BlockWeights::get();
	let normal = blocks.get(DispatchClass::Normal);
	let per_request = weight.saturating_add(normal.base_extrinsic);
	let by_weight =
		normal.max_total.unwrap_or(blocks.max_block).ref_time() / per_request.ref_time();
	let length = <Runtime as frame_system::Config>::BlockLength::get();
	let by_length = u64::from(*length.max.get(DispatchClass::Normal) / len);
	// At most this many requests may share a deadline block.
	let by_deadline: u32 = <Runtime as pallet_inference::Config>::MaxRequestsPerBlock::get();
	let by_deadline = u64::from(by_deadline);
	let per_block = by_weight.min(by_length).min(by_deadline);
	let min_escrow: Balance = <Runtime as pallet_inference::Config>::MinEscrow::get();
	let fees = one * Balance::from(per_block);
	println!("request, smallest prompt ({len} bytes): {}", units(one));
	println!(
		"requests per block: {per_block} (weight allows {by_weight}, length {by_length}, deadlines {by_deadline})"
	);
	println!(
		"filling one block with requests: {} in fees, {} held in escrow",
		units(fees),
		units(min_escrow * Balance::from(per_block))
	);
	assert!(one >= 5 * MILLI_UNIT, "{}", units(one));
	assert!(fees >= UNIT, "{}", units(fees));
	assert!(min_escrow >= 10 * MILLI_UNIT);
}
