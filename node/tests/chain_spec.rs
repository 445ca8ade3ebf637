//! The checked-in chain specs (`chain-spec/*.json`) match what the node generates from the
//! runtime's presets, so a testnet started from the files has the genesis the code defines.
//!
//! The runtime's wasm code is left out of the comparison: its bytes carry the paths of the
//! build, which differ between clones. Everything else (genesis storage, authorities, balances,
//! providers, models, name, id, properties) must be equal: run `scripts/chain-spec.sh` after
//! changing the runtime or its presets.

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

/// Removes the runtime code from a plain or raw spec, checking it was there.
fn without_code(mut spec: Value) -> Value {
	let genesis = spec.pointer_mut("/genesis").expect("a genesis");
	let removed = match genesis.pointer_mut("/raw/top") {
		Some(Value::Object(top)) => top.remove(CODE_KEY),
		_ => genesis
			.pointer_mut("/runtimeGenesis")
			.and_then(Value::as_object_mut)
			.and_then(|runtime| runtime.remove("code")),
	};
	assert!(removed.is_some_and(|code| code.as_str().is_some_and(|hex| hex.len() > 1000)));
	spec
}

#[test]
fn checked_in_specs_match_the_generated_ones() {
	for chain in ["dev", "local"] {
		for raw in [false, true] {
			let file = if raw { format!("{chain}-raw.json") } else { format!("{chain}.json") };
			assert_eq!(
				without_code(checked_in(&file)),
				without_code(generated(chain, raw)),
				"chain-spec/{file} is stale: run scripts/chain-spec.sh"
			);
		}
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
