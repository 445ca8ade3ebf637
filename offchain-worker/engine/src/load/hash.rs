//! Content hashes of a model folder, as the model registry stores them (`weights_hash`,
//! `tokenizer_hash`), computed while streaming the files.
//!
//! The hash of a part (the weights: config.json, generation_config.json, the safetensors
//! index and shards; the tokenizer: tokenizer.json, tokenizer_config.json,
//! chat_template.jinja) is blake2b-256 over, for each of its files in name order,
//! `blake2b-256(file name) ‖ size as u64 little-endian ‖ blake2b-256(file bytes)`. Renaming,
//! truncating or changing any file changes it; a file's hash can be checked alone.

use crate::{
	error::{EngineError, Result},
	load::folder::ModelFolder,
};
use blake2::{digest::consts::U32, Blake2b, Digest};
use std::{fs::File, io::Read, path::Path};

type Blake2b256 = Blake2b<U32>;

/// A 32-byte content hash.
pub type ContentHash = [u8; 32];

/// The two hashes the registry keeps for a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FolderHashes {
	/// Hash of the weight files.
	pub weights: ContentHash,
	/// Hash of the tokenizer files.
	pub tokenizer: ContentHash,
}

/// `0x` + hex of a hash.
pub fn to_hex(hash: &ContentHash) -> String {
	let digits: String = hash.iter().map(|byte| format!("{byte:02x}")).collect();
	format!("0x{digits}")
}

/// A hash from `0x` + 64 hex digits.
pub fn from_hex(text: &str) -> Option<ContentHash> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if digits.len() != 64 || !digits.is_ascii() {
		return None;
	}
	let mut hash = [0u8; 32];
	for (i, byte) in hash.iter_mut().enumerate() {
		*byte = u8::from_str_radix(&digits[2 * i..2 * i + 2], 16).ok()?;
	}
	Some(hash)
}

/// blake2b-256 of a file's bytes and its size, reading 1 MiB at a time.
pub fn hash_file(path: &Path) -> Result<(ContentHash, u64)> {
	let mut file = File::open(path).map_err(|e| EngineError::io(path, e))?;
	hash_reader(&mut file).map_err(|e| EngineError::io(path, e))
}

/// blake2b-256 and length of everything `reader` yields.
pub fn hash_reader(reader: &mut impl Read) -> std::io::Result<(ContentHash, u64)> {
	let mut hasher = Blake2b256::new();
	let mut buffer = vec![0u8; 1 << 20];
	let mut size = 0u64;
	loop {
		let read = reader.read(&mut buffer)?;
		if read == 0 {
			break;
		}
		hasher.update(&buffer[..read]);
		size += read as u64;
	}
	Ok((hasher.finalize().into(), size))
}

/// The hash of a part from its files' (name, content hash, size), in name order.
pub fn combine<'a>(files: impl IntoIterator<Item = (&'a str, ContentHash, u64)>) -> ContentHash {
	let mut outer = Blake2b256::new();
	for (name, content, size) in files {
		outer.update(Blake2b256::digest(name.as_bytes()));
		outer.update(size.to_le_bytes());
		outer.update(content);
	}
	outer.finalize().into()
}

fn hash_part(folder: &ModelFolder, names: &[String]) -> Result<ContentHash> {
	let mut files = Vec::with_capacity(names.len());
	for name in names {
		let (content, size) = hash_file(&folder.path(name))?;
		files.push((name.as_str(), content, size));
	}
	Ok(combine(files))
}

/// Hashes a folder's weights and tokenizer.
pub fn hash_folder(folder: &ModelFolder) -> Result<FolderHashes> {
	Ok(FolderHashes {
		weights: hash_part(folder, folder.weight_files())?,
		tokenizer: hash_part(folder, folder.tokenizer_files())?,
	})
}

/// Hashes a folder and checks it against the registry's hashes.
pub fn verify_folder(folder: &ModelFolder, expected: &FolderHashes) -> Result<FolderHashes> {
	let actual = hash_folder(folder)?;
	check(expected, &actual)?;
	Ok(actual)
}

/// `HashMismatch` naming the first part that differs.
pub fn check(expected: &FolderHashes, actual: &FolderHashes) -> Result<()> {
	for (part, want, got) in [
		("weights", &expected.weights, &actual.weights),
		("tokenizer", &expected.tokenizer, &actual.tokenizer),
	] {
		if want != got {
			return Err(EngineError::HashMismatch {
				part,
				expected: to_hex(want)[2..].to_string(),
				actual: to_hex(got)[2..].to_string(),
			});
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn hex_round_trips_and_rejects_bad_text() {
		let hash = [0xab; 32];
		assert_eq!(from_hex(&to_hex(&hash)), Some(hash));
		assert_eq!(from_hex("0x1234"), None);
		assert_eq!(from_hex(&format!("0x{}", "zz".repeat(32))), None);
	}

	#[test]
	fn combined_hash_depends_on_names_sizes_and_order() {
		let a = ([1u8; 32], 10u64);
		let base = combine([("a", a.0, a.1), ("b", a.0, a.1)]);
		assert_ne!(base, combine([("b", a.0, a.1), ("a", a.0, a.1)]));
		assert_ne!(base, combine([("a", a.0, a.1), ("c", a.0, a.1)]));
		assert_ne!(base, combine([("a", a.0, 11), ("b", a.0, a.1)]));
	}
}
