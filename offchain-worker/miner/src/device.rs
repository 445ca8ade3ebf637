//! The device a record names: the CPU model or the CUDA device, with its memory.

use gintonic_primitives::{bounds::MAX_GPU_MODEL_LEN, GpuSpec};
use sp_runtime::BoundedVec;

/// The device behind `spec` (`cpu` or `cuda:N`), as a record's `gpu` field describes it.
pub fn describe(spec: &str) -> GpuSpec {
	let (name, memory_gib) = if spec == "cpu" {
		(cpu_model().unwrap_or_else(|| "CPU".into()), memory_gib().unwrap_or(0))
	} else {
		// candle does not report the CUDA device's name; the ordinal identifies it.
		(format!("CUDA device {spec}"), 0)
	};
	let mut name = name.into_bytes();
	name.truncate(MAX_GPU_MODEL_LEN as usize);
	GpuSpec { model: BoundedVec::truncate_from(name), memory_gib, count: 1 }
}

/// `model name` from /proc/cpuinfo.
fn cpu_model() -> Option<String> {
	let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
	info.lines()
		.find_map(|line| line.strip_prefix("model name"))
		.and_then(|rest| rest.split_once(':'))
		.map(|(_, name)| name.trim().to_string())
}

/// `MemTotal` from /proc/meminfo, in GiB.
fn memory_gib() -> Option<u32> {
	let info = std::fs::read_to_string("/proc/meminfo").ok()?;
	let kib: u64 = info
		.lines()
		.find_map(|line| line.strip_prefix("MemTotal:"))?
		.trim()
		.trim_end_matches("kB")
		.trim()
		.parse()
		.ok()?;
	u32::try_from(kib / (1024 * 1024)).ok()
}
