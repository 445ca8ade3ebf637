//! The checked-in chain specs (`chain-spec/*.json`) match what the node generates from the
//! runtime's presets and code, so a testnet started from the files runs the runtime and the
//! genesis the code defines: run `scripts/chain-spec.sh` after changing either. The runtime's
//! wasm does not depend on the clone's path (`runtime/build.rs` remaps it), so the files match
//! in any clone.

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

#[test]
fn checked_in_specs_match_the_generated_ones() {
	for chain in ["dev", "local"] {
		for raw in [false, true] {
			let file = if raw { format!("{chain}-raw.json") } else { format!("{chain}.json") };
			let (checked_in, generated) = (checked_in(&file), generated(chain, raw));
			// The code first, so that a stale runtime says so rather than print 2 MB of hex.
			assert!(
				code(&checked_in) == code(&generated),
				"chain-spec/{file} holds another runtime than this code builds: run scripts/chain-spec.sh"
			);
			assert_eq!(
				checked_in, generated,
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
