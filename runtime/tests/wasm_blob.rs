//! The runtime builds to wasm: the blob that the node puts into genesis exists and is a wasm
//! module (compressed by substrate-wasm-builder, so it starts with the zstd-prefixed marker
//! or the wasm magic).

#[test]
fn wasm_blob_is_built() {
	if std::env::var_os("SKIP_WASM_BUILD").is_some() {
		eprintln!("SKIP_WASM_BUILD is set: no wasm blob to check");
		return;
	}
	let blob = gintonic_runtime::WASM_BINARY.unwrap_or_else(|| panic!("no wasm blob was built"));
	let wasm_magic = b"\0asm";
	// sp-maybe-compressed-blob's prefix for zstd-compressed code.
	let zstd_prefix = [82, 188, 83, 118, 70, 219, 142, 5];
	assert!(
		blob.starts_with(wasm_magic) || blob.starts_with(&zstd_prefix),
		"the blob is neither wasm nor compressed wasm: {:?}",
		&blob[..blob.len().min(8)]
	);
	assert!(blob.len() > 100_000, "a runtime blob of {} bytes is too small", blob.len());
}
