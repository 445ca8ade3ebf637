#!/usr/bin/env bash
# Regenerates the Gintonic pallets' weights.rs with the node's `benchmark pallet`: builds the
# node in release with `runtime-benchmarks` (in its own target folder, so the test suite's
# debug build is untouched), then measures every call of the providers, models and inference
# pallets in the wasm runtime (50 steps over each component's range, 20 repeats) and writes
# pallets/<name>/src/weights.rs from scripts/frame-weight-template.hbs (the WeightInfo trait,
# SubstrateWeight<T> over the runtime's database weights, and `()` for tests).
#
#   scripts/benchmark-weights.sh [pallet …]     # default: providers models inference
#
# Takes about 40 minutes cold on a 2-core machine (the build), a few minutes warm.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${GINTONIC_BENCH_TARGET_DIR:-$HOME/.cache/gintonic/bench-target}"
export WASM_BUILD_WORKSPACE_HINT="$PWD"
# frame-benchmarking-cli's own test runtime (for `benchmark storage --is-validate-block-mode`)
# is not in this workspace, where the hint above sends wasm-builder: skip its wasm build.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
steps="${BENCH_STEPS:-50}"
repeat="${BENCH_REPEAT:-20}"

cargo build --release -p gintonic-node --features runtime-benchmarks
node="$CARGO_TARGET_DIR/release/gintonic-node"

pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(providers models inference)
for pallet in "${pallets[@]}"; do
	echo "== pallet_$pallet"
	"$node" benchmark pallet \
		--chain dev \
		--pallet "pallet_$pallet" \
		--extrinsic '*' \
		--steps "$steps" \
		--repeat "$repeat" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--header scripts/benchmark-header.txt \
		--template scripts/frame-weight-template.hbs \
		--output "pallets/$pallet/src/weights.rs"
done
