#!/usr/bin/env bash
# Regenerates the checked-in chain specs from the runtime's genesis presets:
#   chain-spec/dev.json, chain-spec/dev-raw.json      --chain dev   (Alice alone)
#   chain-spec/local.json, chain-spec/local-raw.json  --chain local (Alice, Bob, Charlie, Dave)
# Run it after any change to the runtime or its presets; `cargo test -p gintonic-node` checks
# that the files match what the node generates.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}"
export WASM_BUILD_WORKSPACE_HINT="$PWD"
node_bin="${GINTONIC_NODE:-}"
if [[ -z "$node_bin" ]]; then
	cargo build -p gintonic-node
	node_bin="$CARGO_TARGET_DIR/debug/gintonic-node"
fi
for chain in dev local; do
	"$node_bin" build-spec --chain "$chain" --disable-default-bootnode 2>/dev/null >"chain-spec/$chain.json"
	"$node_bin" build-spec --chain "$chain" --disable-default-bootnode --raw 2>/dev/null \
		>"chain-spec/$chain-raw.json"
done
ls -l chain-spec
