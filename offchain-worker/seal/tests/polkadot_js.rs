//! Both directions against the npm packages a wallet uses: `tests/js/tools/seal.js` seals
//! and opens with `@gintonic/client` (`clients/js`, over `@polkadot/util-crypto`'s
//! `sr25519Agreement`, `blake2AsU8a`, `naclEncrypt`) and the dev accounts' keys as polkadot.js
//! derives them. Needs Node.js and the repository's `node_modules` (`scripts/setup.sh`
//! installs both).

mod common;

use common::{opener, public};
use gintonic_seal::{seal, Error};
use std::{path::PathBuf, process::Command};

const RECORD: &[u8] = "a record's metadata, with UTF-8: ü ✓ 🚀".as_bytes();

fn tool() -> PathBuf {
	let repository = manifest_dir().join("../..");
	assert!(
		repository.join("node_modules/@gintonic/client").is_dir(),
		"{} lacks node_modules: run scripts/setup.sh",
		repository.display()
	);
	repository.join("tests/js/tools/seal.js")
}

/// Runs the tool; `Ok(stdout)` on success, `Err(stderr)` when it exits non-zero.
fn node(args: &[&str]) -> Result<String, String> {
	let output = Command::new("node").arg(tool()).args(args).output().expect("node runs");
	let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("utf-8").trim().to_string();
	if output.status.success() {
		Ok(text(output.stdout))
	} else {
		Err(text(output.stderr))
	}
}

fn unhex(text: &str) -> Vec<u8> {
	hex::decode(text.trim_start_matches("0x")).expect("hex from the tool")
}

#[test]
fn polkadot_js_derives_the_same_dev_keys() {
	for suri in ["//Alice", "//Charlie"] {
		let key = node(&["public", suri]).expect("public key");
		assert_eq!(unhex(&key), public(suri).to_vec(), "{suri}");
	}
}

#[test]
fn rust_opens_what_polkadot_js_sealed() {
	let envelope = node(&["seal", &format!("0x{}", hex::encode(RECORD)), "//Charlie", "//Alice"])
		.expect("sealing in Node.js");
	let envelope = unhex(&envelope);
	assert_eq!(opener("//Charlie").open(&envelope), Ok(RECORD.to_vec()));
	assert_eq!(opener("//Alice").open(&envelope), Ok(RECORD.to_vec()));
	assert_eq!(opener("//Eve").open(&envelope), Err(Error::NotARecipient));
}

#[test]
fn polkadot_js_opens_what_rust_sealed() {
	let envelope = seal(RECORD, &[public("//Charlie"), public("//Alice")]).expect("sealing");
	let envelope = format!("0x{}", hex::encode(&envelope));
	for suri in ["//Charlie", "//Alice"] {
		let payload = node(&["open", &envelope, suri]).expect("opening in Node.js");
		assert_eq!(unhex(&payload), RECORD, "{suri}");
	}
	let refused = node(&["open", &envelope, "//Eve"]).expect_err("Eve is no recipient");
	assert!(refused.contains("not a recipient"), "{refused}");
}

#[test]
fn polkadot_js_refuses_a_tampered_rust_envelope() {
	let mut envelope = seal(RECORD, &[public("//Charlie")]).expect("sealing");
	let last = envelope.len() - 1;
	envelope[last] ^= 0x80;
	let refused = node(&["open", &format!("0x{}", hex::encode(&envelope)), "//Charlie"])
		.expect_err("a tampered envelope must not open");
	assert!(refused.contains("does not open"), "{refused}");
}

/// This crate's folder, read when the test runs (cargo and nextest set `CARGO_MANIFEST_DIR`):
/// a test binary that cargo reuses from a clone at another path still finds this clone's files.
fn manifest_dir() -> std::path::PathBuf {
	std::env::var_os("CARGO_MANIFEST_DIR")
		.map_or_else(|| env!("CARGO_MANIFEST_DIR").into(), std::path::PathBuf::from)
}
