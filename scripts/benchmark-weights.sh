#!/usr/bin/env bash
# Regenerates the chain's weights with the node's `benchmark` subcommands, on this machine (the
# reference machine: run it where validators' hardware is meant to be matched). Builds the node
# in release with `runtime-benchmarks` (in its own target folder, so the test suite's debug
# build is untouched), then measures:
#
#   providers, models, inference   every call of that pallet in the wasm runtime (50 steps over
#                                  each component's range, 20 repeats) into
#                                  pallets/<name>/src/weights.rs, from
#                                  scripts/frame-weight-template.hbs;
#   overhead                       an empty block and a no-op signed extrinsic (System::remark
#                                  with the runtime's own transaction extensions) into
#                                  runtime/src/weights/{block,extrinsic}_weights.rs;
#   storage                        ParityDB reads and writes (timed in commits of 1,000
#                                  keys) of the keys of a populated dev chain's state,
#                                  without the trie cache, into
#                                  runtime/src/weights/paritydb_weights.rs. The chain is
#                                  populated by the records load benchmark (3,000 records of
#                                  1 KiB from 64 senders), and the figures doubled: a read walks
#                                  the trie from the root, and a state a thousand times larger
#                                  than the benchmark's has about twice its depth.
#
#   scripts/benchmark-weights.sh [what …]     # default: providers models inference overhead storage
#
# Takes about 40 minutes cold on a 2-core machine (the build), 15 warm.
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
header=scripts/benchmark-header.txt

what=("$@")
[ ${#what[@]} -gt 0 ] || what=(providers models inference overhead storage)
for item in "${what[@]}"; do
	echo "== $item"
	case "$item" in
	providers | models | inference)
		"$node" benchmark pallet \
			--chain dev \
			--pallet "pallet_$item" \
			--extrinsic '*' \
			--steps "$steps" \
			--repeat "$repeat" \
			--wasm-execution compiled \
			--heap-pages 4096 \
			--header "$header" \
			--template scripts/frame-weight-template.hbs \
			--output "pallets/$item/src/weights.rs"
		;;
	overhead)
		"$node" benchmark overhead \
			--chain dev \
			--wasm-execution compiled \
			--header "$header" \
			--weight-path runtime/src/weights
		;;
	storage)
		db="$(mktemp -d)"
		trap 'rm -rf "$db" "$db.log"' EXIT
		GINTONIC_NODE="$node" bash scripts/bench/records.sh \
			--records 3000 --in-flight 2000 --senders 64 --record-bytes 1024 --base-path "$db/chain"
		"$node" benchmark storage \
			--dev \
			--base-path "$db/chain" \
			--database paritydb \
			--state-version 1 \
			--batch-size 1000 \
			--mul 2 \
			--header "$header" \
			--weight-path runtime/src/weights
		;;
	*)
		echo "unknown: $item (providers, models, inference, overhead or storage)" >&2
		exit 2
		;;
	esac
done
