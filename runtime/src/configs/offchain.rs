//! What the inference pallet's offchain worker needs to sign and submit a provider's results:
//! signed transactions built with the runtime's own transaction extensions.

// As polkadot-sdk's runtime crates: no panics from `expect`, indexing or overflowing
// arithmetic in code that runs on chain.
#![cfg_attr(
	not(test),
	deny(clippy::expect_used, clippy::indexing_slicing, clippy::arithmetic_side_effects)
)]

use crate::{
	configs::BlockHashCount, Runtime, RuntimeCall, Signature, SignedPayload, System, TxExtension,
	UncheckedExtrinsic,
};
use codec::Encode;
use sp_runtime::{
	generic::Era,
	traits::{SaturatedConversion, Verify},
	MultiAddress,
};

impl frame_system::offchain::SigningTypes for Runtime {
	type Public = <Signature as Verify>::Signer;
	type Signature = Signature;
}

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = UncheckedExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Runtime
where
	RuntimeCall: From<LocalCall>,
{
	fn create_signed_transaction<
		C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		public: Self::Public,
		account: Self::AccountId,
		nonce: Self::Nonce,
	) -> Option<UncheckedExtrinsic> {
		// Mortal for half the block hash window, from the last block.
		let period = BlockHashCount::get().checked_next_power_of_two().map_or(2, |c| c / 2);
		let current = System::block_number().saturated_into::<u64>().saturating_sub(1);
		let extension: TxExtension = (
			frame_system::CheckNonZeroSender::new(),
			frame_system::CheckSpecVersion::new(),
			frame_system::CheckTxVersion::new(),
			frame_system::CheckGenesis::new(),
			frame_system::CheckEra::from(Era::mortal(u64::from(period), current)),
			frame_system::CheckNonce::from(nonce),
			frame_system::CheckWeight::new(),
			pallet_transaction_payment::ChargeTransactionPayment::from(0),
		);
		let payload = SignedPayload::new(call, extension)
			.map_err(|e| log::warn!(target: "gintonic::miner", "cannot build a payload: {e:?}"))
			.ok()?;
		let signature = payload.using_encoded(|bytes| C::sign(bytes, public))?;
		let (call, extension, _) = payload.deconstruct();
		Some(UncheckedExtrinsic::new_signed(call, MultiAddress::Id(account), signature, extension))
	}
}
