//! `gintonic-node api-key`: signs a permit for one provider with the account's sr25519 key,
//! committing it to a fresh random secret, and prints it as an API key (the last line of
//! standard output), after the provider and the chain it signs for. No transaction: the chain
//! sees the permit the first time the provider charges it. The node at `--url` could lie about
//! both: `--provider` and `--genesis` pin them.

use crate::records::call;
use gintonic_miner::api_key::{ApiKey, ChainPermit};
use gintonic_primitives::permit::Permit;
use serde_json::{json, Value};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use sp_runtime::AccountId32;

/// The options of `api-key`.
#[derive(Debug, Clone, clap::Args)]
pub struct ApiKeyCmd {
	/// The paying account's secret URI (`//Alice`, a mnemonic, `0x` seed…), sr25519.
	#[arg(long)]
	pub suri: String,
	/// A node of the chain (`ws://` or `http://`, no TLS): its genesis and best block, and its
	/// miner's provider when `--provider` is not given.
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	pub url: String,
	/// The provider that may charge the key (SS58); by default the miner serving at `--url`.
	#[arg(long)]
	pub provider: Option<String>,
	/// The chain's genesis hash (0x-hex) the key must be for: refuses a node at `--url` on
	/// another chain.
	#[arg(long)]
	pub genesis: Option<String>,
	/// The most the key may spend, in the smallest unit.
	#[arg(long)]
	pub allowance: u128,
	/// Blocks from now until the key expires (at most the chain's `MaxPermitLifetime`;
	/// default 30 days of 6 s blocks).
	#[arg(long, default_value_t = 432_000)]
	pub expires_in: u32,
	/// Tells apart keys with otherwise equal terms (default: the time in nanoseconds).
	#[arg(long)]
	pub nonce: Option<u64>,
}

impl ApiKeyCmd {
	/// Makes and prints the key.
	pub fn run(&self) -> Result<(), String> {
		let pair =
			sr25519::Pair::from_string(&self.suri, None).map_err(|e| format!("--suri: {e:?}"))?;
		let genesis = hex32(&call(&self.url, "chain_getBlockHash", json!([0]))?)
			.map_err(|e| format!("chain_getBlockHash: {e}"))?;
		if let Some(pinned) = &self.genesis {
			let pinned = hex32(&Value::String(pinned.clone()))
				.map_err(|e| format!("--genesis {pinned}: {e}"))?;
			if pinned != genesis {
				return Err(format!(
					"the node at {} is on chain 0x{}, not the --genesis given",
					self.url,
					hex::encode(genesis)
				));
			}
		}
		let header = call(&self.url, "chain_getHeader", json!([]))?;
		let best = header["number"]
			.as_str()
			.and_then(|n| u32::from_str_radix(n.trim_start_matches("0x"), 16).ok())
			.ok_or("chain_getHeader: no block number")?;
		let provider = match &self.provider {
			Some(address) => AccountId32::from_ss58check(address)
				.map_err(|e| format!("--provider {address}: {e:?}"))?,
			None => {
				let miner = call(&self.url, "inference_miner", json!([]))?;
				let address = miner["providers"][0].as_str().ok_or_else(|| {
					format!("the node at {} runs no miner: give --provider", self.url)
				})?;
				AccountId32::from_ss58check(address).map_err(|e| format!("{address}: {e:?}"))?
			}
		};
		let nonce = self.nonce.unwrap_or_else(|| {
			std::time::SystemTime::now()
				.duration_since(std::time::UNIX_EPOCH)
				.map_or(0, |elapsed| elapsed.as_nanos() as u64)
		});
		let permit: ChainPermit = Permit {
			genesis_hash: genesis,
			account: pair.public().into(),
			provider,
			key_hash: [0; 32],
			allowance: self.allowance,
			expiry: best.saturating_add(self.expires_in),
			nonce,
		};
		let key = ApiKey::issue(permit, &pair);
		println!("chain:     0x{} (genesis)", hex::encode(key.permit.genesis_hash));
		println!("account:   {}", key.permit.account);
		println!("provider:  {}", key.permit.provider);
		println!("allowance: {}", key.permit.allowance);
		println!("expires:   block {} (now {best})", key.permit.expiry);
		println!("permit id: {:?} (inference_permit shows what it has spent)", key.id());
		println!(
			"keep the key secret: it is the only copy of its secret, which the chain never sees"
		);
		println!("{}", key.encode());
		Ok(())
	}
}

fn hex32(value: &Value) -> Result<[u8; 32], String> {
	let text = value.as_str().ok_or("not a hash")?;
	let mut bytes = [0u8; 32];
	hex::decode_to_slice(text.trim_start_matches("0x"), &mut bytes)
		.map_err(|e| format!("not a 32-byte hex hash: {e}"))?;
	Ok(bytes)
}
