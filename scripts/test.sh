#!/usr/bin/env bash
# Runs the whole test suite: formatting, clippy with warnings denied on every target, every
# test of the workspace with cargo-nextest (cargo test where nextest is missing), the client
# library's tests (clients/js), then the end-to-end tests in tests/js, which start the built
# node (a dev chain, a miner with its API and chat page, and a four-validator local testnet) on
# free loopback ports and drive it with @polkadot/api, the official openai client and
# headless Chromium, two files at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --e2e
source scripts/cargo-env.sh

echo "== cargo fmt"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
# Everything behind `runtime-benchmarks`, in one pass: the pallets' benchmarks (run once each
# as tests below), the runtime's `Benchmark` API and the node's `benchmark` subcommand, so
# that weights can always be regenerated (native check only: the wasm build with benchmarks
# belongs to scripts/benchmark-weights.sh).
benchmarked=(-p pallet-models -p pallet-providers -p pallet-inference)
SKIP_WASM_BUILD=1 cargo clippy "${benchmarked[@]}" -p gintonic-node --features runtime-benchmarks \
	--all-targets -- -D warnings
echo "== tests"
if cargo nextest --version >/dev/null 2>&1; then
	cargo nextest run --workspace --no-fail-fast
	cargo nextest run "${benchmarked[@]}" --features runtime-benchmarks -E 'test(/benchmark/)'
else
	cargo test --workspace
	cargo test "${benchmarked[@]}" --features runtime-benchmarks benchmark
fi
echo "== client library (clients/js: the golden vectors Rust checked above, the browser faces)"
(cd clients/js && npm test)
echo "== end-to-end tests (tests/js, the node built above)"
# The chat page's test drives Debian's Chromium (headless) through playwright-core.
if ! command -v chromium >/dev/null 2>&1; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
# The node's own tests made cargo build the binary with the workspace's feature set; a
# `cargo build -p gintonic-node` here would resolve features differently and build much of
# the dependency tree a second time.
export GINTONIC_NODE="$CARGO_TARGET_DIR/debug/gintonic-node"
test -x "$GINTONIC_NODE"
(cd tests/js && npm test)
