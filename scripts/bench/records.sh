#!/usr/bin/env bash
# Records per second that a dev chain finalizes under load (tests/js/tools/bench-records.js):
# many senders' interactions, signed by each sender, submitted at once by the provider.
# Builds nothing: give a release node for figures,
#   GINTONIC_NODE=~/.cache/gintonic/bench-target/release/gintonic-node scripts/bench/records.sh
# (scripts/benchmark-weights.sh builds that one), or it uses the test suite's debug node.
# Arguments go to the script: --records 6000 --senders 64 --record-bytes 1024 --timeout 600.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh --e2e
export GINTONIC_NODE="${GINTONIC_NODE:-${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}/debug/gintonic-node}"
exec node tests/js/tools/bench-records.js "$@"
