#!/usr/bin/env bash
# Runs the whole test suite: formatting, clippy with warnings denied, and every test of the
# workspace with cargo-nextest (cargo test where nextest is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}"
export SKIP_WASM_BUILD="${SKIP_WASM_BUILD:-1}"

bash scripts/setup.sh

echo "== cargo fmt"
cargo fmt --all -- --check
echo "== cargo clippy"
cargo clippy --workspace --all-targets -- -D warnings
echo "== tests"
if cargo nextest --version >/dev/null 2>&1; then
	cargo nextest run --workspace --no-fail-fast
else
	cargo test --workspace
fi
