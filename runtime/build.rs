//! Builds the runtime's wasm blob with substrate-wasm-builder (skipped with SKIP_WASM_BUILD=1).
//!
//! - The workspace, the cargo registry and the target folder are remapped to fixed names, so
//!   that no build path ends up in the blob (panic locations carry source paths). The bytes
//!   still differ between clones at different paths (cargo derives symbol hashes from a path
//!   crate's location), which is why the node's chain-spec test compares the runtime's version
//!   and API sections rather than its bytes.
//! - In a debug build, substrate-wasm-builder leaves the blob as the compiler wrote it (2 MB,
//!   uncompressed); it is compacted and compressed here as the builder does for release
//!   builds, and `WASM_BINARY` names that file, so that chain specs embed the 0.5 MB blob.

fn main() {
	#[cfg(feature = "std")]
	{
		let mut builder = substrate_wasm_builder::WasmBuilder::init_with_defaults();
		for (path, fixed) in path_remaps() {
			builder = builder.append_to_rust_flags(format!("--remap-path-prefix={path}={fixed}"));
		}
		builder.build();
		if let Err(e) = compact_debug_blob() {
			panic!("compacting the runtime's wasm: {e}");
		}
	}
}

/// The folders whose paths would end up in the blob, and the names they get instead.
#[cfg(feature = "std")]
fn path_remaps() -> Vec<(String, &'static str)> {
	let workspace = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
	let workspace = workspace.canonicalize().unwrap_or(workspace);
	let mut remaps = vec![(workspace.display().to_string(), "/gintonic")];
	let cargo_home = std::env::var("CARGO_HOME")
		.ok()
		.or_else(|| std::env::var("HOME").ok().map(|home| format!("{home}/.cargo")));
	if let Some(cargo_home) = cargo_home {
		remaps.push((format!("{cargo_home}/registry/src"), "/cargo/registry"));
		remaps.push((format!("{cargo_home}/git/checkouts"), "/cargo/git"));
	}
	if let Ok(target) = std::env::var("CARGO_TARGET_DIR") {
		remaps.push((target, "/target"));
	}
	remaps
}

/// Where the builder left `WASM_BINARY` as the bloaty blob, compacts and compresses it next to
/// it and points `WASM_BINARY` (and `WASM_BINARY_PATH`) at the result.
#[cfg(feature = "std")]
fn compact_debug_blob() -> Result<(), String> {
	use std::{fs, path::PathBuf};
	let Some(out_dir) = std::env::var_os("OUT_DIR") else { return Ok(()) };
	let generated = PathBuf::from(out_dir).join("wasm_binary.rs");
	// SKIP_WASM_BUILD: the builder writes no blob at all.
	let Ok(source) = fs::read_to_string(&generated) else { return Ok(()) };
	let marker = "WASM_BINARY: Option<&[u8]> = Some(include_bytes!(\"";
	let Some(start) = source.find(marker).map(|at| at + marker.len()) else { return Ok(()) };
	let end = source[start..].find('"').map(|len| start + len).ok_or("unterminated path")?;
	let bloaty = PathBuf::from(&source[start..end]);
	if bloaty.to_string_lossy().ends_with(".compact.compressed.wasm") {
		return Ok(()); // a release build: the builder did it
	}
	let compact = bloaty.with_extension("compact.wasm");
	let compressed = bloaty.with_extension("compact.compressed.wasm");
	let modified = |path: &PathBuf| fs::metadata(path).and_then(|m| m.modified()).ok();
	if modified(&compressed) < modified(&bloaty) {
		// The passes substrate-wasm-builder runs on release blobs.
		wasm_opt::OptimizationOptions::new_opt_level_0()
			.mvp_features_only()
			.debug_info(true)
			.add_pass(wasm_opt::Pass::StripDwarf)
			.add_pass(wasm_opt::Pass::SignextLowering)
			.run(&bloaty, &compact)
			.map_err(|e| format!("wasm-opt: {e}"))?;
		let code = fs::read(&compact).map_err(|e| format!("{}: {e}", compact.display()))?;
		let limit = sp_maybe_compressed_blob::CODE_BLOB_BOMB_LIMIT;
		let packed = sp_maybe_compressed_blob::compress_strongly(&code, limit)
			.ok_or("the compact blob is over the code size limit")?;
		fs::write(&compressed, packed).map_err(|e| format!("{}: {e}", compressed.display()))?;
	}
	let bloaty = bloaty.display().to_string();
	let compressed = compressed.display().to_string();
	// Only the first two constants (`WASM_BINARY_PATH`, `WASM_BINARY`) change; the bloaty one
	// stays what it is.
	let rewritten = source.replacen(&bloaty, &compressed, 2);
	if rewritten != source {
		fs::write(&generated, rewritten).map_err(|e| format!("{}: {e}", generated.display()))?;
	}
	println!("cargo:rerun-if-changed={bloaty}");
	Ok(())
}
