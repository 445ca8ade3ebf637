//! Files that survive a crash: what the miner keeps on disk (job outcomes, queued
//! interactions) is written to a temporary file, flushed to the disk, renamed over its name and
//! the folder flushed, so that after a power cut a file is either whole or absent.
//!
//! Opening a folder cleans what a crash between those steps leaves: temporary files are
//! removed, and a file that does not decode is moved to `quarantine/` (kept for a person to
//! look at, never read again) instead of being skipped at every start.

use std::{
	fs::{self, File},
	io::{self, Write},
	path::{Path, PathBuf},
};

/// The suffix of a file being written.
const TEMPORARY: &str = ".tmp";
/// The subfolder that unreadable files are moved to.
pub const QUARANTINE: &str = "quarantine";

/// Writes `bytes` to `folder/name` durably: temporary file, `fsync`, rename, `fsync` of the
/// folder.
pub fn write_durably(folder: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
	let temporary = folder.join(format!("{name}{TEMPORARY}"));
	let mut file = File::create(&temporary)?;
	file.write_all(bytes)?;
	file.sync_all()?;
	drop(file);
	fs::rename(&temporary, folder.join(name))?;
	sync_folder(folder)
}

/// Removes `folder/name` (already gone is fine) and flushes the folder.
pub fn remove_durably(folder: &Path, name: &str) -> io::Result<()> {
	match fs::remove_file(folder.join(name)) {
		Ok(()) => sync_folder(folder),
		Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
		Err(e) => Err(e),
	}
}

/// Flushes `folder`'s entries (a rename or removal is durable once its folder is).
fn sync_folder(folder: &Path) -> io::Result<()> {
	File::open(folder)?.sync_all()
}

/// The files of `folder` (created if needed) whose name ends in `suffix`, each with its name
/// and what `decode` makes of its bytes; temporary files are removed and files that `decode`
/// refuses are quarantined, both logged under `target`.
pub fn read_folder<T>(
	folder: &Path,
	suffix: &str,
	target: &str,
	mut decode: impl FnMut(&str, &[u8]) -> Option<T>,
) -> io::Result<Vec<(String, T)>> {
	fs::create_dir_all(folder)?;
	let mut read = Vec::new();
	for entry in fs::read_dir(folder)? {
		let entry = entry?;
		let path = entry.path();
		let name = entry.file_name().to_string_lossy().into_owned();
		if !entry.file_type()?.is_file() {
			continue;
		}
		if name.ends_with(TEMPORARY) {
			// A write that a crash cut before its rename: the old state stands.
			log::info!(target: target, "removing {} (a write cut short)", path.display());
			let _ = fs::remove_file(&path);
			continue;
		}
		if !name.ends_with(suffix) {
			continue;
		}
		match fs::read(&path).ok().and_then(|bytes| decode(&name, &bytes)) {
			Some(value) => read.push((name, value)),
			None => quarantine(folder, &path, target),
		}
	}
	Ok(read)
}

/// Moves `path` into `folder/quarantine/`.
fn quarantine(folder: &Path, path: &Path, target: &str) {
	let quarantine: PathBuf = folder.join(QUARANTINE);
	let moved = fs::create_dir_all(&quarantine).and_then(|()| {
		let name = path.file_name().unwrap_or_default();
		fs::rename(path, quarantine.join(name))
	});
	match moved {
		Ok(()) => log::warn!(
			target: target,
			"{} does not read: moved to {}",
			path.display(),
			quarantine.display()
		),
		Err(e) => log::warn!(target: target, "{} does not read, and stays: {e}", path.display()),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn names(folder: &Path) -> Vec<String> {
		let mut names: Vec<String> = fs::read_dir(folder)
			.map(|entries| {
				entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()
			})
			.unwrap_or_default();
		names.sort();
		names
	}

	#[test]
	fn a_durable_write_leaves_the_file_and_no_temporary() {
		let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
		write_durably(folder.path(), "1.item", b"one").unwrap_or_else(|e| panic!("{e}"));
		write_durably(folder.path(), "1.item", b"two").unwrap_or_else(|e| panic!("{e}"));
		assert_eq!(names(folder.path()), ["1.item"]);
		assert_eq!(fs::read(folder.path().join("1.item")).ok(), Some(b"two".to_vec()));
		remove_durably(folder.path(), "1.item").unwrap_or_else(|e| panic!("{e}"));
		remove_durably(folder.path(), "1.item").unwrap_or_else(|e| panic!("gone is fine: {e}"));
		assert!(names(folder.path()).is_empty());
	}

	/// What a crash leaves: a temporary file cut between write and rename (the old file
	/// stands), and a file whose content never reached the disk (renamed, not flushed).
	#[test]
	fn after_a_crash_the_cut_write_is_removed_and_the_unreadable_file_quarantined() {
		let folder = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
		let path = folder.path();
		write_durably(path, "1.item", b"ok:one").unwrap_or_else(|e| panic!("{e}"));
		fs::write(path.join("1.item.tmp"), b"ok:new but cut").unwrap_or_else(|e| panic!("{e}"));
		fs::write(path.join("2.item"), b"").unwrap_or_else(|e| panic!("{e}"));
		fs::write(path.join("unrelated"), b"x").unwrap_or_else(|e| panic!("{e}"));
		let decode = |_: &str, bytes: &[u8]| bytes.strip_prefix(b"ok:").map(<[u8]>::to_vec);

		let read = read_folder(path, ".item", "test", decode).unwrap_or_else(|e| panic!("{e}"));
		assert_eq!(read, [("1.item".to_string(), b"one".to_vec())]);
		assert_eq!(names(path), ["1.item", QUARANTINE, "unrelated"]);
		assert_eq!(names(&path.join(QUARANTINE)), ["2.item"]);

		// The next start reads the same, and nothing is quarantined twice.
		let again = read_folder(path, ".item", "test", decode).unwrap_or_else(|e| panic!("{e}"));
		assert_eq!(again, read);
		assert_eq!(names(&path.join(QUARANTINE)), ["2.item"]);
	}
}
