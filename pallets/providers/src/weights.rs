//! Weights of the providers pallet's calls.
//!
//! PLACEHOLDERS: these figures are estimates (reads and writes counted by hand, execution
//! time set generously), not yet the output of `benchmark pallet`; the node issue generates
//! the real ones with `scripts/benchmark-weights.sh`. None is zero.

#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions needed for the providers pallet.
pub trait WeightInfo {
	fn register() -> Weight;
	fn update() -> Weight;
	fn serve_models(m: u32) -> Weight;
	fn set_status() -> Weight;
	fn deregister(m: u32) -> Weight;
	fn reinstate() -> Weight;
}

/// Weights for the providers pallet, scaled by the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register() -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	fn update() -> Weight {
		Weight::from_parts(30_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn serve_models(m: u32) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(12_000_000, 2_200).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn set_status() -> Weight {
		Weight::from_parts(25_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	fn deregister(m: u32) -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(Weight::from_parts(10_000_000, 2_200).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn reinstate() -> Weight {
		Weight::from_parts(25_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

// For tests and mocks: the same figures against RocksDB weights.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn update() -> Weight {
		Weight::from_parts(30_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn serve_models(m: u32) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(12_000_000, 2_200).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn set_status() -> Weight {
		Weight::from_parts(25_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn deregister(m: u32) -> Weight {
		Weight::from_parts(60_000_000, 4_000)
			.saturating_add(Weight::from_parts(10_000_000, 2_200).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn reinstate() -> Weight {
		Weight::from_parts(25_000_000, 3_500)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
