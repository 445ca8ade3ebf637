//! The runtime's base weights, measured on the reference machine by
//! `scripts/benchmark-weights.sh` (`overhead`: an empty block and a no-op signed extrinsic;
//! `storage`: ParityDB reads and writes on a populated dev chain, doubled for a larger state).
//! The pallets' own weights (`pallets/*/src/weights.rs`) count database accesses in units of
//! [`ParityDbWeight`], and every extrinsic is charged [`ExtrinsicBaseWeight`] on top.
//! Those files are generated: rerun the script rather than editing them. `extensions.rs` says
//! what the transaction extensions add to the extrinsic base weight.

pub mod block_weights;
pub mod extensions;
pub mod extrinsic_weights;
// The generated file documents the fields of a constant expression, which rustdoc ignores.
#[allow(unused_doc_comments)]
pub mod paritydb_weights;

pub use block_weights::BlockExecutionWeight;
pub use extensions::ExtensionsDatabaseWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
pub use paritydb_weights::constants::ParityDbWeight;
