#!/usr/bin/env bash
# A local testnet on loopback: Alice, Bob, Charlie and Dave validate from chain-spec/local-raw.json
# (GRANDPA needs more than two thirds of the votes, so four validators keep finality going
# while one is down). Ctrl-C stops them; their chains stay in $GINTONIC_TESTNET_DIR
# (default /tmp/gintonic-testnet), so running the script again resumes them.
#
#   scripts/local-testnet.sh            # RPC on ws://127.0.0.1:9944 (Alice) … 9947 (Dave)
#   GINTONIC_TESTNET_DIR=… GINTONIC_RPC_BASE=9950 scripts/local-testnet.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}"
export WASM_BUILD_WORKSPACE_HINT="$PWD"
node_bin="${GINTONIC_NODE:-}"
if [[ -z "$node_bin" ]]; then
	cargo build -p gintonic-node
	node_bin="$CARGO_TARGET_DIR/debug/gintonic-node"
fi
dir="${GINTONIC_TESTNET_DIR:-/tmp/gintonic-testnet}"
rpc_base="${GINTONIC_RPC_BASE:-9944}"
p2p_base="${GINTONIC_P2P_BASE:-30333}"
mkdir -p "$dir"

# Validators need a network key on a non-dev chain; Alice's gives the others a bootnode.
names=(alice bob charlie dave)
for i in 0 1 2 3; do printf '%064x' $((i + 1)) >"$dir/${names[$i]}.node-key"; done
alice_peer=$("$node_bin" key inspect-node-key --file "$dir/alice.node-key")
bootnode="/ip4/127.0.0.1/tcp/$p2p_base/p2p/$alice_peer"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM
for i in 0 1 2 3; do
	who=${names[$i]}
	extra=(--node-key-file "$dir/$who.node-key")
	[[ $who != alice ]] && extra+=(--bootnodes "$bootnode")
	"$node_bin" --chain chain-spec/local-raw.json --"$who" --base-path "$dir/$who" \
		--listen-addr "/ip4/127.0.0.1/tcp/$((p2p_base + i))" --rpc-port $((rpc_base + i)) \
		--no-prometheus --no-telemetry --no-mdns "${extra[@]}" >"$dir/$who.log" 2>&1 &
	pids+=($!)
	echo "$who: ws://127.0.0.1:$((rpc_base + i)) (log $dir/$who.log)"
done
wait
