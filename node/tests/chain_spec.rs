//! The checked-in chain specs (`chain-spec/*.json`) match what the node generates from the
//! runtime's presets, so a testnet started from the files has the genesis the code defines:
//! run `scripts/chain-spec.sh` after changing the runtime or its presets.
//!
//! The runtime's code is compared apart from its bytes: `runtime/build.rs` remaps source paths,
//! but cargo derives each workspace crate's symbol hashes from the path of the clone, so a
//! clone elsewhere builds the same runtime into other bytes. What must match is the code's
//! `runtime_version` and `runtime_apis` sections (a bumped version or a changed API set makes
//! the files stale), and that it is the compact, compressed blob.

use serde_json::Value;
use std::process::Command;

/// The `:code` storage key in a raw spec.
const CODE_KEY: &str = "0x3a636f6465";

fn generated(chain: &str, raw: bool) -> Value {
	let mut command = Command::new(env!("CARGO_BIN_EXE_gintonic-node"));
	command.args(["build-spec", "--chain", chain, "--disable-default-bootnode"]);
	if raw {
		command.arg("--raw");
	}
	let output = command.output().expect("the node runs");
	assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
	serde_json::from_slice(&output.stdout).expect("build-spec writes JSON")
}

fn checked_in(file: &str) -> Value {
	let path = manifest_dir().join("../chain-spec").join(file);
	let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
	serde_json::from_str(&text).expect("valid JSON")
}

/// The runtime code of a plain or raw spec, as bytes.
fn code(spec: &Value) -> Vec<u8> {
	let hex = spec
		.pointer(&format!("/genesis/raw/top/{CODE_KEY}"))
		.or_else(|| spec.pointer("/genesis/runtimeGenesis/code"))
		.and_then(Value::as_str)
		.expect("the spec holds the runtime code");
	sp_core::bytes::from_hex(hex).expect("the code is hex")
}

/// The spec without its code, which [`code_identity`] compares instead.
fn without_code(mut spec: Value) -> Value {
	let genesis = spec.pointer_mut("/genesis").expect("a genesis");
	let removed = match genesis.pointer_mut("/raw/top") {
		Some(Value::Object(top)) => top.remove(CODE_KEY),
		_ => genesis
			.pointer_mut("/runtimeGenesis")
			.and_then(Value::as_object_mut)
			.and_then(|runtime| runtime.remove("code")),
	};
	assert!(removed.is_some(), "the spec holds the runtime code");
	spec
}

/// The custom sections `name` of a wasm module, in order.
fn custom_sections<'a>(wasm: &'a [u8], name: &str) -> Vec<&'a [u8]> {
	fn leb128(bytes: &[u8], at: &mut usize) -> usize {
		let (mut value, mut shift) = (0usize, 0);
		while let Some(byte) = bytes.get(*at) {
			*at += 1;
			value |= usize::from(byte & 0x7f) << shift;
			shift += 7;
			if byte & 0x80 == 0 {
				break;
			}
		}
		value
	}
	let mut found = Vec::new();
	let mut at = 8; // magic and version
	while at < wasm.len() {
		let id = wasm[at];
		at += 1;
		let len = leb128(wasm, &mut at);
		let end = at + len;
		if id == 0 {
			let mut inner = at;
			let name_len = leb128(wasm, &mut inner);
			if wasm.get(inner..inner + name_len) == Some(name.as_bytes()) {
				found.push(&wasm[inner + name_len..end]);
			}
		}
		at = end;
	}
	found
}

/// What identifies a runtime across clones: its version and its set of APIs (each section
/// as the runtime wrote it; the APIs sorted, since their order follows the build's hashes).
fn code_identity(spec: &Value) -> (Vec<u8>, Vec<([u8; 8], u32)>) {
	use codec::Decode;
	let code = code(spec);
	let wasm = sp_maybe_compressed_blob::decompress(&code, 50 * 1024 * 1024)
		.expect("the code decompresses");
	let version = custom_sections(&wasm, "runtime_version").concat();
	// One `([u8; 8], u32)` (API id, version) after another, no length prefix.
	let apis = custom_sections(&wasm, "runtime_apis").concat();
	assert_eq!(apis.len() % 12, 0, "runtime_apis holds whole (id, version) pairs");
	let mut apis: Vec<([u8; 8], u32)> = apis
		.chunks(12)
		.map(|mut pair| Decode::decode(&mut pair).expect("an (id, version) pair"))
		.collect();
	apis.sort();
	assert!(!version.is_empty() && !apis.is_empty(), "the code names its version and APIs");
	(version, apis)
}

#[test]
fn checked_in_specs_match_the_generated_ones() {
	for chain in ["dev", "local"] {
		for raw in [false, true] {
			let file = if raw { format!("{chain}-raw.json") } else { format!("{chain}.json") };
			let (checked_in, generated) = (checked_in(&file), generated(chain, raw));
			assert_eq!(
				code_identity(&checked_in),
				code_identity(&generated),
				"chain-spec/{file} holds another runtime version than this code builds: run scripts/chain-spec.sh"
			);
			assert_eq!(
				without_code(checked_in),
				without_code(generated),
				"chain-spec/{file} is stale: run scripts/chain-spec.sh"
			);
		}
	}
}

#[test]
fn specs_hold_the_compact_compressed_runtime() {
	// sp-maybe-compressed-blob's prefix for zstd-compressed code.
	let zstd_prefix = [82, 188, 83, 118, 70, 219, 142, 5];
	for file in ["dev.json", "dev-raw.json", "local.json", "local-raw.json"] {
		let code = code(&checked_in(file));
		assert!(code.starts_with(&zstd_prefix), "chain-spec/{file}: the code is not compressed");
		assert!(code.len() < 1_500_000, "chain-spec/{file}: {} bytes of code", code.len());
	}
}

#[test]
fn local_spec_has_four_authorities_and_dev_one() {
	let aura = |file: &str| {
		checked_in(file)
			.pointer("/genesis/runtimeGenesis/patch/aura/authorities")
			.and_then(Value::as_array)
			.map(Vec::len)
	};
	assert_eq!(aura("local.json"), Some(4));
	assert_eq!(aura("dev.json"), Some(1));
}

/// This crate's folder, read when the test runs (cargo and nextest set `CARGO_MANIFEST_DIR`):
/// a test binary that cargo reuses from a clone at another path still finds this clone's files.
fn manifest_dir() -> std::path::PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), std::path::PathBuf::from)
}
