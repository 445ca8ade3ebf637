//! Weights of the inference pallet's calls and of expiry.
//!
//! PLACEHOLDERS: these figures are estimates (reads and writes counted by hand, execution
//! time set generously; `l` is a blob's length in bytes, `n` the requests expiring in a block),
//! not yet the output of `benchmark pallet`; the node issue generates the real ones with
//! `scripts/benchmark-weights.sh`. None is zero.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for the inference pallet.
pub trait WeightInfo {
	fn request(l: u32) -> Weight;
	fn submit_result(l: u32) -> Weight;
	fn report_failure() -> Weight;
	fn record_interaction(l: u32) -> Weight;
	fn expire(n: u32) -> Weight;
}

/// Weights for the inference pallet, scaled by the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn request(l: u32) -> Weight {
		Weight::from_parts(80_000_000, 6_000)
			.saturating_add(Weight::from_parts(1_000, 1).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	fn submit_result(l: u32) -> Weight {
		Weight::from_parts(90_000_000, 6_000)
			.saturating_add(Weight::from_parts(1_000, 1).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(7))
	}
	fn report_failure() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn record_interaction(l: u32) -> Weight {
		Weight::from_parts(150_000_000, 6_000)
			.saturating_add(Weight::from_parts(1_000, 1).saturating_mul(l.into()))
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	fn expire(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 2_000)
			.saturating_add(Weight::from_parts(40_000_000, 4_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
}

// For tests and mocks: the same figures against RocksDB weights.
impl WeightInfo for () {
	fn request(l: u32) -> Weight {
		Weight::from_parts(80_000_000, 6_000)
			.saturating_add(Weight::from_parts(1_000, 1).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn submit_result(l: u32) -> Weight {
		Weight::from_parts(90_000_000, 6_000)
			.saturating_add(Weight::from_parts(1_000, 1).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(7))
	}
	fn report_failure() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn record_interaction(l: u32) -> Weight {
		Weight::from_parts(150_000_000, 6_000)
			.saturating_add(Weight::from_parts(1_000, 1).saturating_mul(l.into()))
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn expire(n: u32) -> Weight {
		Weight::from_parts(10_000_000, 2_000)
			.saturating_add(Weight::from_parts(40_000_000, 4_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(n.into())))
	}
}
