//! The pallets the node's `benchmark pallet` command measures (built with
//! `runtime-benchmarks`): the three Gintonic pallets, whose generated `weights.rs` the runtime
//! uses. The system pallets keep the weights polkadot-sdk ships with them.

frame_benchmarking::define_benchmarks!(
	[pallet_providers, Providers]
	[pallet_models, Models]
	[pallet_inference, Inference]
);
