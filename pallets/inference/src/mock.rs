//! A test runtime with the real Balances, Timestamp, Models and Providers pallets beside this
//! one, sr25519 accounts from the keyring, and an [`ExtBuilder`] that sets up a model served
//! by providers, by name.

use crate as pallet_inference;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, ConstU64, Hooks},
};
use gintonic_primitives::{
	bounds::MaxSealedPromptLen, key_possession::key_possession_signing_payload, Architecture,
	ContentHash, EncryptionKey, GpuSpec, KeyProof, ModelId, Throughput, TokenRate,
};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	traits::{IdentifyAccount, Verify},
	AccountId32, BoundedVec, BuildStorage, MultiSignature,
};

type Block = frame_system::mocking::MockBlock<Test>;
/// Accounts are sr25519 public keys, as on the real chain.
pub type AccountId = AccountId32;
/// Balances as on the real chain.
pub type Balance = u128;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Timestamp: pallet_timestamp,
		Balances: pallet_balances,
		Models: pallet_models,
		Providers: pallet_providers,
		Inference: pallet_inference,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountId = AccountId;
	type Lookup = sp_runtime::traits::IdentityLookup<AccountId>;
	type AccountData = pallet_balances::AccountData<Balance>;
	/// Real database weights, so that work bounded by weight is bounded in tests too.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
}

#[derive_impl(pallet_timestamp::config_preludes::TestDefaultConfig)]
impl pallet_timestamp::Config for Test {}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// Furthest ahead a permit may reach, in blocks.
pub const PERMIT_LIFETIME: u64 = 100;

/// Deposits and bonds in these tests.
pub const DEPOSIT: Balance = 100;
pub const BOND: Balance = 1_000;
/// Blocks before a pending request expires.
pub const TIMEOUT: u64 = 10;
/// Requests that may expire in one block.
pub const MAX_PER_BLOCK: u32 = 4;
/// The least escrow a request holds.
pub const MIN_ESCROW: Balance = 10;
/// Strikes before suspension.
pub const MAX_STRIKES: u32 = 3;
/// Requests served in a row that forgive a strike.
pub const SERVED_PER_FORGIVENESS: u32 = 20;
/// What storing a record costs, per record and per byte.
pub const RECORD_BASE_FEE: Balance = 100;
pub const RECORD_BYTE_FEE: Balance = 1;
/// Milliseconds between blocks (`run_to_block` moves the time by as much).
pub const BLOCK_MS: u64 = 6_000;

parameter_types! {
	/// The record fees, which [`no_record_fees`] sets to 0 for tests about other amounts.
	pub storage RecordBaseFee: Balance = RECORD_BASE_FEE;
	pub storage RecordByteFee: Balance = RECORD_BYTE_FEE;
	pub const ModelDeposit: Balance = DEPOSIT;
	pub const ProviderBond: Balance = BOND;
}

impl pallet_models::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ModelDeposit = ModelDeposit;
	type Servers = Providers;
	type WeightInfo = ();
}

impl pallet_providers::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type ProviderBond = ProviderBond;
	type MaxStrikes = ConstU32<MAX_STRIKES>;
	type ServedPerForgiveness = ConstU32<SERVED_PER_FORGIVENESS>;
	type WeightInfo = ();
}

impl pallet_inference::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Providers = Providers;
	type Models = Models;
	type AccountSealingKey = gintonic_primitives::AccountIdAsSealingKey;
	type AuthorityId = crate::crypto::ProviderKey;
	type Time = Timestamp;
	type InteractionSignature = MultiSignature;
	type RequestTimeout = ConstU64<TIMEOUT>;
	type MinEscrow = ConstU128<MIN_ESCROW>;
	type MaxRequestsPerBlock = ConstU32<MAX_PER_BLOCK>;
	type MaxPermitLifetime = ConstU64<PERMIT_LIFETIME>;
	type RecordBaseFee = RecordBaseFee;
	type RecordByteFee = RecordByteFee;
	type ExpectedBlockTimeMs = ConstU64<BLOCK_MS>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = KeyringSigner;
}

impl frame_system::offchain::SigningTypes for Test {
	type Public = <MultiSignature as Verify>::Signer;
	type Signature = MultiSignature;
}

/// What the offchain worker submits in these tests: the call and its signer, unsigned.
/// Signed with the nonce the worker chose, so that tests can read it.
pub type TestExtrinsic =
	frame_system::mocking::MockUncheckedExtrinsic<Test, (), frame_system::CheckNonce<Test>>;

impl<LocalCall> frame_system::offchain::CreateTransactionBase<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	type Extrinsic = TestExtrinsic;
	type RuntimeCall = RuntimeCall;
}

impl<LocalCall> frame_system::offchain::CreateSignedTransaction<LocalCall> for Test
where
	RuntimeCall: From<LocalCall>,
{
	fn create_signed_transaction<
		C: frame_system::offchain::AppCrypto<Self::Public, Self::Signature>,
	>(
		call: RuntimeCall,
		_public: Self::Public,
		account: AccountId,
		nonce: <Test as frame_system::Config>::Nonce,
	) -> Option<TestExtrinsic> {
		Some(TestExtrinsic::new_signed(call, account, (), frame_system::CheckNonce::from(nonce)))
	}
}

/// Benchmarks sign as Ferdie, from the keyring.
#[cfg(feature = "runtime-benchmarks")]
pub struct KeyringSigner;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<AccountId, MultiSignature> for KeyringSigner {
	fn signer() -> AccountId {
		Sr25519Keyring::Ferdie.to_account_id()
	}
	fn sign(_signer: &AccountId, message: &[u8]) -> MultiSignature {
		Sr25519Keyring::Ferdie.sign(message).into()
	}
}

// Signature's signer resolves to our AccountId: checked at compile time here.
const _: fn(<MultiSignature as Verify>::Signer) -> AccountId = |s| s.into_account();

/// Named accounts.
pub fn alice() -> AccountId {
	Sr25519Keyring::Alice.to_account_id()
}
pub fn bob() -> AccountId {
	Sr25519Keyring::Bob.to_account_id()
}
pub fn charlie() -> AccountId {
	Sr25519Keyring::Charlie.to_account_id()
}
pub fn dave() -> AccountId {
	Sr25519Keyring::Dave.to_account_id()
}

/// Starting balance of every named account.
pub const FUNDS: Balance = 1_000_000;
/// Price per GPU-hour of Bob (cheap) and Charlie (dear).
pub const BOB_PRICE: Balance = 3_600_000;
pub const CHARLIE_PRICE: Balance = 7_200_000;

/// The content hashes of a model called `name`.
pub fn hashes(name: &str) -> (ContentHash, ContentHash) {
	(
		ContentHash::from(sp_io::hashing::blake2_256(format!("w:{name}").as_bytes())),
		ContentHash::from(sp_io::hashing::blake2_256(b"tokenizer")),
	)
}

/// The id of the model called `name`.
pub fn model(name: &str) -> ModelId {
	let (w, t) = hashes(name);
	gintonic_primitives::model::model_id(&w, &t)
}

/// Registers a Mixtral called `name`, owned by Dave.
pub fn register_model(name: &str) {
	let (w, t) = hashes(name);
	assert_ok!(Models::register(
		RuntimeOrigin::signed(dave()),
		BoundedVec::truncate_from(name.as_bytes().to_vec()),
		Architecture::Mixtral,
		BoundedVec::truncate_from(b"hf:mistralai/Mixtral-8x7B-Instruct-v0.1@main".to_vec()),
		w,
		t,
		46_700_000_000,
		32_768,
		BoundedVec::truncate_from(b"Apache-2.0".to_vec()),
		None,
	));
}

/// The encryption key providers register with in these tests, as `who`'s keyring key
/// (prompts are sealed to it), and its proof of possession.
pub fn sealing_key_with_proof(who: &AccountId) -> (EncryptionKey, KeyProof) {
	let keyring = Sr25519Keyring::from_account_id(who)
		.unwrap_or_else(|| panic!("{who} is a keyring account"));
	(keyring.public().0, keyring.sign(&key_possession_signing_payload(who)))
}

/// A prompt sealed to `recipients` (each must be a keyring account) and Alice, the sender in
/// these tests.
pub fn prompt_for(recipients: &[AccountId]) -> BoundedVec<u8, MaxSealedPromptLen> {
	let mut keys: Vec<EncryptionKey> = vec![alice().into()];
	keys.extend(recipients.iter().map(|who| EncryptionKey::from(who.clone())));
	keys.dedup();
	let sealed = gintonic_seal::seal(br#"{"messages":[{"role":"user","content":"Hi"}]}"#, &keys)
		.unwrap_or_else(|e| panic!("sealing: {e}"));
	BoundedVec::truncate_from(sealed)
}

/// What providers declare in these tests: a prompt token is a thousandth of a second of the
/// machine, a generated token a hundredth.
pub fn throughput() -> Throughput {
	Throughput { prompt_tokens_per_second: 1_000, completion_tokens_per_second: 100 }
}

/// The rate of a provider of one GPU at `price` registered with [`register_provider`].
pub fn rate(price: Balance) -> TokenRate<Balance> {
	TokenRate { price_per_hour: price, gpu_count: 1, throughput: throughput() }
}

/// Makes records free to store, for tests of amounts that are not about storage: a charge is
/// then its tokens alone (at Bob's rate, 1 a prompt token).
pub fn no_record_fees() {
	RecordBaseFee::set(&0);
	RecordByteFee::set(&0);
}

/// Registers `who` as a provider of one H100 at `price`, serving the model `name`.
pub fn register_provider(who: AccountId, price: Balance, name: &str) {
	let gpu = GpuSpec {
		model: BoundedVec::truncate_from(b"NVIDIA H100 80GB HBM3".to_vec()),
		memory_gib: 80,
		count: 1,
	};
	let (key, proof) = sealing_key_with_proof(&who);
	assert_ok!(Providers::register(
		RuntimeOrigin::signed(who.clone()),
		gpu,
		price,
		key,
		proof,
		None,
		throughput()
	));
	assert_ok!(Providers::serve_models(
		RuntimeOrigin::signed(who),
		BoundedVec::truncate_from(vec![model(name)])
	));
}

/// Moves to block `n`, running `on_initialize` of this pallet (and setting the time).
pub fn run_to_block(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Timestamp::set_timestamp(next * BLOCK_MS);
		Inference::on_initialize(next);
	}
}

/// Builds externalities: funded named accounts, the model `mixtral` served by Bob (cheaper)
/// and Charlie, at block 1.
#[derive(Default)]
pub struct ExtBuilder;

impl ExtBuilder {
	/// Builds the externalities.
	pub fn build(self) -> sp_io::TestExternalities {
		let mut storage =
			frame_system::GenesisConfig::<Test>::default().build_storage().unwrap_or_default();
		pallet_balances::GenesisConfig::<Test> {
			balances: vec![(alice(), FUNDS), (bob(), FUNDS), (charlie(), FUNDS), (dave(), FUNDS)],
			..Default::default()
		}
		.assimilate_storage(&mut storage)
		.unwrap_or_else(|e| panic!("balances genesis: {e}"));
		let mut ext = sp_io::TestExternalities::new(storage);
		ext.execute_with(|| {
			System::set_block_number(1);
			Timestamp::set_timestamp(6_000);
			register_model("mixtral");
			register_provider(bob(), BOB_PRICE, "mixtral");
			register_provider(charlie(), CHARLIE_PRICE, "mixtral");
		});
		ext
	}
}
