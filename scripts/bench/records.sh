#!/usr/bin/env bash
# Records per second that a dev chain finalizes under load (tests/js/tools/bench-records.js):
# many senders' interactions, signed by each sender, submitted by the provider as fast as the
# pool takes them.
# Builds nothing: give a release node for figures,
#   GINTONIC_NODE=~/.cache/gintonic/bench-target/release/gintonic-node scripts/bench/records.sh
# (scripts/benchmark-weights.sh builds that one), or it uses the test suite's debug node.
# Arguments go to the script: --records 6000 --senders 64 --record-bytes 1024 --timeout 600
# --in-flight 5000 (extrinsics waiting in the pool at most),
# and --base-path DIR to keep the chain's database (what scripts/benchmark-weights.sh measures
# the database weights on).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/setup.sh --e2e
export GINTONIC_NODE="${GINTONIC_NODE:-${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}/debug/gintonic-node}"
exec node tests/js/tools/bench-records.js "$@"
