//! `gintonic-node records list|show|replay`: the requester's tool. It reads the account's
//! records from any node over JSON-RPC, opens them with the account's own key, checks each
//! against its on-chain `result_hash`, and replays one through the engine on this machine.

use codec::Decode;
use gintonic_engine::{ChatMessage, Engine, EngineOptions, Prompt};
use gintonic_primitives::{
	model::model_id,
	record::{
		reads_record_metadata_version, OLDEST_READ_RECORD_METADATA_VERSION, RECORD_METADATA_VERSION,
	},
	ContentHash, FinishReason, RecordMetadata,
};
use gintonic_seal::Opener;
use serde_json::{json, Value};
use sp_core::{crypto::Ss58Codec, sr25519, Pair};
use std::{
	io::{Read, Write},
	net::TcpStream,
	path::PathBuf,
	time::Duration,
};

/// Whose records, and from which node.
#[derive(Debug, Clone, clap::Args)]
pub struct AccountArgs {
	/// The account's secret URI (`//Charlie`, a mnemonic, `0x` seed…); its sr25519 key opens
	/// the records.
	#[arg(long)]
	pub suri: String,
	/// The node's JSON-RPC endpoint (`ws://` or `http://`, no TLS).
	#[arg(long, default_value = "ws://127.0.0.1:9944")]
	pub url: String,
}

/// The `records` subcommands.
#[derive(Debug, Clone, clap::Subcommand)]
pub enum RecordsCmd {
	/// Lists the account's records, oldest first.
	List(AccountArgs),
	/// Opens one record and says whether it matches its on-chain hash.
	Show {
		/// The record id.
		id: u64,
		#[command(flatten)]
		account: AccountArgs,
	},
	/// Re-runs a record's model, messages, parameters and seed on this machine, teacher-forced
	/// on the recorded tokens, and reports how many of them the model's own sampling picks.
	Replay {
		/// The record id.
		id: u64,
		#[command(flatten)]
		account: AccountArgs,
		/// The model folder (its content must be the recorded model's).
		#[arg(long)]
		model: PathBuf,
		/// `cpu` or `cuda:N`.
		#[arg(long, default_value = "cpu")]
		device: String,
		/// `f32`, `f16` or `bf16`: the record's precision reproduces best.
		#[arg(long, default_value = "f32")]
		dtype: String,
	},
}

impl RecordsCmd {
	/// Runs the subcommand, printing to standard output.
	pub fn run(&self) -> Result<(), String> {
		match self {
			Self::List(account) => list(account),
			Self::Show { id, account } => {
				let (metadata, matches) = open_record(*id, account)?;
				println!(
					"{}",
					serde_json::to_string_pretty(&metadata_json(&metadata)).unwrap_or_default()
				);
				println!("{}", verdict(matches));
				Ok(())
			}
			Self::Replay { id, account, model, device, dtype } => {
				let (metadata, matches) = open_record(*id, account)?;
				println!("{}", verdict(matches));
				replay(&metadata, model, device, dtype)
			}
		}
	}
}

fn verdict(matches: bool) -> &'static str {
	if matches {
		"result_hash: matches the chain"
	} else {
		"result_hash: DOES NOT MATCH the chain"
	}
}

fn pair(suri: &str) -> Result<sr25519::Pair, String> {
	sr25519::Pair::from_string(suri, None).map_err(|e| format!("--suri: {e:?}"))
}

fn list(account: &AccountArgs) -> Result<(), String> {
	let address = pair(&account.suri)?.public().to_ss58check();
	let mut after: Option<u64> = None;
	loop {
		let page = call(&account.url, "inference_recordsBySender", json!([address, after, 100]))?;
		let records = page.as_array().cloned().unwrap_or_default();
		for record in &records {
			println!(
				"#{} block {} model {} provider {} paid {} tokens {}+{} hash {}",
				record["id"],
				record["block"],
				text(&record["model"]),
				text(&record["provider"]),
				text(&record["payment"]),
				record["usage"]["promptTokens"],
				record["usage"]["completionTokens"],
				text(&record["resultHash"]),
			);
		}
		match records.last().and_then(|r| r["id"].as_u64()) {
			Some(last) if records.len() == 100 => after = Some(last),
			_ => break,
		}
	}
	Ok(())
}

fn text(value: &Value) -> String {
	value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string())
}

/// Record `id` opened with the account's key, and whether it matches its `result_hash`.
fn open_record(id: u64, account: &AccountArgs) -> Result<(RecordMetadata, bool), String> {
	let record = call(&account.url, "inference_record", json!([id]))?;
	let sealed = hex_field(&record, "sealedMetadata")?;
	let on_chain = hex_field(&record, "resultHash")?;
	let opener = Opener::from_schnorrkel_secret(&pair(&account.suri)?.to_raw_vec())
		.map_err(|e| e.to_string())?;
	let plaintext = opener.open(&sealed).map_err(|e| format!("record {id}: {e}"))?;
	if !plaintext.first().copied().is_some_and(reads_record_metadata_version) {
		return Err(format!(
			"record {id}: a record metadata layout this node does not read (it reads versions \
			 {OLDEST_READ_RECORD_METADATA_VERSION} to {RECORD_METADATA_VERSION}, with their salt \
			 first)"
		));
	}
	let metadata = RecordMetadata::decode(&mut &plaintext[..])
		.map_err(|e| format!("record {id}: not a RecordMetadata: {e}"))?;
	let matches = metadata.result_hash().as_bytes() == on_chain.as_slice();
	Ok((metadata, matches))
}

fn hex_field(value: &Value, field: &str) -> Result<Vec<u8>, String> {
	let digits =
		value[field].as_str().and_then(|s| s.strip_prefix("0x")).ok_or(format!("no {field}"))?;
	hex::decode(digits).map_err(|e| format!("{field}: {e}"))
}

fn utf8(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

/// The metadata as readable JSON.
fn metadata_json(m: &RecordMetadata) -> Value {
	json!({
		"version": m.version,
		"salt": format!("0x{}", hex::encode(m.salt)),
		"dateTimeMs": m.date_time_ms,
		"gpu": { "model": utf8(&m.gpu.model), "memoryGib": m.gpu.memory_gib, "count": m.gpu.count },
		"provider": sp_core::crypto::AccountId32::from(m.provider).to_ss58check(),
		"pricePerHour": m.price_per_hour.to_string(),
		"model": format!("{:?}", m.model),
		"modelName": utf8(&m.model_name),
		"params": m.params,
		"instructions": utf8(&m.instructions),
		"prompt": serde_json::from_slice::<Value>(&m.prompt).unwrap_or_else(|_| Value::String(utf8(&m.prompt))),
		"response": utf8(&m.response),
		"sender": sp_core::crypto::AccountId32::from(m.sender).to_ss58check(),
		"responseTokens": m.response_tokens,
		"finishReason": format!("{:?}", m.finish_reason),
		"precision": utf8(&m.precision),
	})
}

fn replay(
	metadata: &RecordMetadata,
	folder: &PathBuf,
	device: &str,
	dtype: &str,
) -> Result<(), String> {
	let opened =
		gintonic_engine::load::folder::ModelFolder::open(folder).map_err(|e| e.to_string())?;
	let hashes = gintonic_engine::load::hash::hash_folder(&opened).map_err(|e| e.to_string())?;
	let id = model_id(&ContentHash::from(hashes.weights), &ContentHash::from(hashes.tokenizer));
	if id != metadata.model {
		return Err(format!(
			"{} is model {id:?}, the record names {:?}: replay needs the recorded model",
			folder.display(),
			metadata.model
		));
	}
	let options = EngineOptions {
		device: gintonic_engine::load::device::parse_device(device).map_err(|e| e.to_string())?,
		dtype: gintonic_engine::load::device::parse_dtype(dtype).map_err(|e| e.to_string())?,
		// A record made with quantized weights replays with the same quantization.
		quant: gintonic_engine::Quantization::parse(&utf8(&metadata.precision)).ok(),
	};
	let engine = Engine::load(folder, &options).map_err(|e| e.to_string())?;
	let mut messages = Vec::new();
	if !metadata.instructions.is_empty() {
		messages.push(ChatMessage::new("system", &utf8(&metadata.instructions)));
	}
	let rest: Vec<ChatMessage> = serde_json::from_slice(&metadata.prompt)
		.map_err(|e| format!("the record's prompt is not a message list: {e}"))?;
	messages.extend(rest);
	let params = gintonic_miner::record::engine_params(&metadata.params);
	let report = engine
		.replay(&Prompt::Chat(messages), &params, &metadata.response_tokens)
		.map_err(|e| e.to_string())?;
	println!(
		"{}",
		json!({
			"compared": report.compared,
			"reproduced": report.reproduced,
			"agreement": report.agreement(),
			"firstDivergence": report.first_divergence,
			"truncated": metadata.finish_reason == FinishReason::Truncated,
			"recordedPrecision": utf8(&metadata.precision),
			"replayedOn": format!("{device} {dtype}"),
		})
	);
	Ok(())
}

/// One JSON-RPC call over plain HTTP/1.1 (the node serves HTTP and WebSocket on one port).
pub(crate) fn call(url: &str, method: &str, params: Value) -> Result<Value, String> {
	let rest = url
		.strip_prefix("ws://")
		.or_else(|| url.strip_prefix("http://"))
		.ok_or_else(|| format!("--url {url}: expected ws://host:port or http://host:port"))?;
	let host = rest.split('/').next().unwrap_or(rest);
	let body = json!({ "jsonrpc": "2.0", "id": 1, "method": method, "params": params }).to_string();
	let mut stream = TcpStream::connect(host).map_err(|e| format!("{url}: {e}"))?;
	stream.set_read_timeout(Some(Duration::from_secs(60))).map_err(|e| e.to_string())?;
	write!(
		stream,
		"POST / HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)
	.map_err(|e| format!("{url}: {e}"))?;
	let mut response = Vec::new();
	stream.read_to_end(&mut response).map_err(|e| format!("{url}: {e}"))?;
	let split =
		response.windows(4).position(|w| w == b"\r\n\r\n").ok_or("malformed HTTP response")?;
	let (head, body) = response.split_at(split + 4);
	let head = String::from_utf8_lossy(head).to_ascii_lowercase();
	let body =
		if head.contains("transfer-encoding: chunked") { dechunk(body)? } else { body.to_vec() };
	let reply: Value = serde_json::from_slice(&body).map_err(|e| format!("{method}: {e}"))?;
	if let Some(error) = reply.get("error") {
		return Err(format!("{method}: {}", text(&error["message"])));
	}
	Ok(reply["result"].clone())
}

fn dechunk(mut body: &[u8]) -> Result<Vec<u8>, String> {
	let mut out = Vec::new();
	loop {
		let line_end = body.windows(2).position(|w| w == b"\r\n").ok_or("malformed chunk")?;
		let size = usize::from_str_radix(String::from_utf8_lossy(&body[..line_end]).trim(), 16)
			.map_err(|e| format!("chunk size: {e}"))?;
		body = &body[line_end + 2..];
		if size == 0 {
			return Ok(out);
		}
		out.extend_from_slice(body.get(..size).ok_or("truncated chunk")?);
		body = body.get(size + 2..).unwrap_or_default();
	}
}
