#!/usr/bin/env bash
# The main job: sets up a fresh machine (scripts/setup.sh), builds the node and runs a dev
# chain on which Alice authors and finalizes blocks every 6 s, is sudo, is registered as a GPU
# provider of the demo model (the engine's tiny Mixtral), and mines: her node serves requests
# for it on the CPU (`--miner --model …`), serves the OpenAI-compatible API and the chat page
# on port 8080 (`--api-port`), and records every request and call, sealed, on chain.
# The dev chain starts afresh on each run (`--dev` keeps it in a temporary folder); give
# `--base-path <dir>` to keep it. Extra arguments go to the node and override the defaults,
# e.g. `--rpc-port 9955` or `--api-port 8081`. On a GPU machine, with a binary built with the `cuda`
# feature and a registered model folder: `--model ~/models/mixtral --device cuda:0 --dtype bf16`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The same build as scripts/test.sh's (the workspace with its tests): `-p gintonic-node` would
# resolve features differently and build much of the node a second time.
source scripts/cargo-env.sh
cargo build --workspace --tests

rpc_port=9944
api_port=8080
model=offchain-worker/engine/tests/fixtures/tiny-mixtral
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
	case "${args[i]}" in
	--rpc-port) rpc_port="${args[i + 1]:-$rpc_port}" ;;
	--rpc-port=*) rpc_port="${args[i]#--rpc-port=}" ;;
	--api-port) api_port="${args[i + 1]:-$api_port}" ;;
	--api-port=*) api_port="${args[i]#--api-port=}" ;;
	--model | --model=*) model="" ;;
	esac
done
defaults=(--dev --rpc-cors all --miner)
# Only when not given, since clap refuses an option twice.
printf '%s\n' "$@" | grep -q -- '^--api-port' || defaults+=(--api-port "$api_port")
[ -n "$model" ] && defaults+=(--model "$model")

cat <<MSG
== Gintonic dev chain
   JSON-RPC and WebSocket: ws://127.0.0.1:$rpc_port  (also http://127.0.0.1:$rpc_port)
   polkadot.js apps:       https://polkadot.js.org/apps/?rpc=ws%3A%2F%2F127.0.0.1%3A$rpc_port
   miner:                  Alice, serving ${model:-the --model folders given} (see the log line "miner service on")
   chat page:              http://127.0.0.1:$api_port/
   OpenAI-compatible API:  http://127.0.0.1:$api_port/v1  (key: the last line of
                             $CARGO_TARGET_DIR/debug/gintonic-node api-key --suri //Bob --allowance 1000000000000 --url ws://127.0.0.1:$rpc_port)
   a dApp quotes with:     curl -s -H 'content-type: application/json' http://127.0.0.1:$rpc_port \\
                             -d '{"jsonrpc":"2.0","id":1,"method":"providers_list","params":[]}'
MSG
exec "$CARGO_TARGET_DIR/debug/gintonic-node" "${defaults[@]}" "$@"
