#!/usr/bin/env bash
# Installs what a fresh machine lacks to build the chain: the wasm targets and rust-src for
# the runtime, clippy and rustfmt, clang, protoc, make, pkg-config and OpenSSL's headers
# (libssl-dev: the build links Debian's OpenSSL, scripts/cargo-env.sh) from Debian's packages. With `--e2e` (scripts/test.sh), also Node.js 18 or later and npm
# (Debian's, when absent) and the npm packages of clients/js and tests/js.
# Idempotent: does nothing that is already done.
set -euo pipefail
e2e=false
[ "${1:-}" = "--e2e" ] && e2e=true

if ! command -v rustup >/dev/null 2>&1; then
	echo "rustup is required (https://rustup.rs)" >&2
	exit 1
fi
installed_targets=$(rustup target list --installed)
for target in wasm32-unknown-unknown wasm32v1-none; do
	grep -qx "$target" <<<"$installed_targets" || rustup target add "$target"
done
installed_components=$(rustup component list --installed)
for component in rust-src clippy rustfmt; do
	grep -q "^$component" <<<"$installed_components" || rustup component add "$component"
done

missing=()
command -v clang >/dev/null 2>&1 || missing+=(clang)
command -v protoc >/dev/null 2>&1 || missing+=(protobuf-compiler)
command -v make >/dev/null 2>&1 || missing+=(make)
command -v perl >/dev/null 2>&1 || missing+=(perl)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
{ command -v pkg-config >/dev/null 2>&1 && pkg-config --exists openssl; } || missing+=(libssl-dev)
if $e2e; then
	command -v node >/dev/null 2>&1 || missing+=(nodejs)
	command -v npm >/dev/null 2>&1 || missing+=(npm)
	# The API's HTTPS test makes a self-signed certificate with it.
	command -v openssl >/dev/null 2>&1 || missing+=(openssl)
fi
if [ ${#missing[@]} -gt 0 ]; then
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

$e2e || exit 0

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 18 ]; then
	echo "Node.js $(node --version) is too old: the end-to-end tests need 18 or later (Debian 12's)" >&2
	exit 1
fi

# The repository's JavaScript (npm workspaces: the client library clients/js and the
# end-to-end tests tests/js, with @polkadot/api …), exactly as package-lock.json pins it.
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
