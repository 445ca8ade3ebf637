//! What the transaction extensions (`TxExtension`) add to a signed extrinsic's weight beyond
//! [`ExtrinsicBaseWeight`](super::ExtrinsicBaseWeight): only database accesses.
//!
//! `ExtrinsicBaseWeight` is measured by `benchmark overhead` on blocks of signed
//! `System::remark`s, which run every extension of the runtime: their execution time is in it
//! already, and charging frame's reference weights for it again would count it twice (with
//! RocksDB's database constants besides). What that benchmark does not pay is the database on
//! a real chain: the signer's account, read and written once for its nonce and its fee (one
//! key), and the genesis block's hash that `CheckGenesis` and `CheckEra` read. The block's
//! weight and length counters that `CheckWeight` keeps are written by every block and
//! whitelisted.

use super::ParityDbWeight;
use frame_support::weights::Weight;

/// The extensions' database accesses, at the runtime's database weights.
pub struct ExtensionsDatabaseWeight;

fn reads(count: u64) -> Weight {
	ParityDbWeight::get().reads(count)
}

impl frame_system::ExtensionsWeightInfo for ExtensionsDatabaseWeight {
	fn check_genesis() -> Weight {
		reads(1)
	}
	fn check_mortality_mortal_transaction() -> Weight {
		reads(1)
	}
	fn check_mortality_immortal_transaction() -> Weight {
		reads(1)
	}
	fn check_non_zero_sender() -> Weight {
		Weight::zero()
	}
	/// The signer's account: its nonce, and the fee `ChargeTransactionPayment` takes from it.
	fn check_nonce() -> Weight {
		ParityDbWeight::get().reads_writes(1, 1)
	}
	fn check_spec_version() -> Weight {
		Weight::zero()
	}
	fn check_tx_version() -> Weight {
		Weight::zero()
	}
	fn check_weight() -> Weight {
		Weight::zero()
	}
	fn weight_reclaim() -> Weight {
		Weight::zero()
	}
}

/// The fee is taken from the account `CheckNonce` has read and will write: nothing more.
impl pallet_transaction_payment::WeightInfo for ExtensionsDatabaseWeight {
	fn charge_transaction_payment() -> Weight {
		Weight::zero()
	}
}
