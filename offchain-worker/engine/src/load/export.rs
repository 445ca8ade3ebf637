//! Model export: a model folder's files written to another folder or to a tar archive, and
//! the written copy hashed again and checked against the source's (or the registry's) hashes.

use crate::{
	error::{EngineError, Result},
	load::folder::ModelFolder,
	load::hash::{check, combine, hash_folder, hash_reader, FolderHashes},
};
use std::{fs::File, path::Path};

/// Copies the model's files into `destination` (created if absent) and checks the copy's
/// hashes against `expected` (the source's when `None`).
pub fn export_to_folder(
	folder: &ModelFolder,
	destination: &Path,
	expected: Option<&FolderHashes>,
) -> Result<FolderHashes> {
	let expected = match expected {
		Some(hashes) => *hashes,
		None => hash_folder(folder)?,
	};
	std::fs::create_dir_all(destination).map_err(|e| EngineError::io(destination, e))?;
	for name in folder.files() {
		let target = destination.join(name);
		std::fs::copy(folder.path(name), &target).map_err(|e| EngineError::io(&target, e))?;
	}
	let written = hash_folder(&ModelFolder::open(destination)?)?;
	check(&expected, &written)?;
	Ok(written)
}

/// Writes the model's files into a tar archive at `archive` (under a folder named after the
/// model folder), then reads the archive back and checks its hashes against `expected` (the
/// source's when `None`).
pub fn export_to_tar(
	folder: &ModelFolder,
	archive: &Path,
	expected: Option<&FolderHashes>,
) -> Result<FolderHashes> {
	let expected = match expected {
		Some(hashes) => *hashes,
		None => hash_folder(folder)?,
	};
	let prefix =
		folder.root().file_name().and_then(|name| name.to_str()).unwrap_or("model").to_string();
	let file = File::create(archive).map_err(|e| EngineError::io(archive, e))?;
	let mut builder = tar::Builder::new(file);
	for name in folder.files() {
		builder
			.append_path_with_name(folder.path(name), format!("{prefix}/{name}"))
			.map_err(|e| EngineError::io(archive, e))?;
	}
	builder
		.into_inner()
		.and_then(|file| file.sync_all())
		.map_err(|e| EngineError::io(archive, e))?;
	let written = hash_archive(folder, archive)?;
	check(&expected, &written)?;
	Ok(written)
}

/// Hashes the model files found in `archive`, by the same rules as a folder.
fn hash_archive(folder: &ModelFolder, archive: &Path) -> Result<FolderHashes> {
	let io = |e| EngineError::io(archive, e);
	let mut entries = std::collections::BTreeMap::new();
	let mut reader = tar::Archive::new(File::open(archive).map_err(io)?);
	for entry in reader.entries().map_err(io)? {
		let mut entry = entry.map_err(io)?;
		let path = entry.path().map_err(io)?.into_owned();
		let Some(name) = path.file_name().and_then(|name| name.to_str()).map(str::to_string) else {
			continue;
		};
		let (hash, size) = hash_reader(&mut entry).map_err(io)?;
		entries.insert(name, (hash, size));
	}
	let part = |names: &[String]| -> Result<[u8; 32]> {
		let mut files = Vec::new();
		for name in names {
			let (hash, size) = entries.get(name).ok_or_else(|| EngineError::MissingFile {
				folder: archive.to_path_buf(),
				file: name.clone(),
			})?;
			files.push((name.as_str(), *hash, *size));
		}
		Ok(combine(files))
	};
	Ok(FolderHashes {
		weights: part(folder.weight_files())?,
		tokenizer: part(folder.tokenizer_files())?,
	})
}
