#!/usr/bin/env bash
# The main job: sets up a fresh machine (scripts/setup.sh), builds the node and runs a dev
# chain: Alice authors and finalizes blocks every 6 s, is sudo, and is registered as a GPU
# provider serving the demo model. JSON-RPC (and polkadot.js apps) on ws://127.0.0.1:9944.
# Extra arguments go to the node, e.g. `scripts/run.sh --tmp` for a throw-away chain.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}"
export WASM_BUILD_WORKSPACE_HINT="$PWD"
bash scripts/setup.sh
cargo build -p gintonic-node
exec "$CARGO_TARGET_DIR/debug/gintonic-node" --dev --rpc-cors all "$@"
