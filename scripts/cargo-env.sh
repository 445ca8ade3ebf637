# Sourced by scripts/test.sh and scripts/run.sh: the one cargo configuration they build with,
# so that the main job and the test suite share one build.
#
# - The target folder lives outside the clone, so repeated runs (and CI runs on one machine)
#   build incrementally.
# - The runtime's wasm build runs a nested cargo in the target folder: it is pointed at this
#   workspace so that it uses the committed Cargo.lock.
# - OpenSSL (which litep2p's WebRTC transport, str0m, asks for vendored) is Debian's
#   (libssl-dev, scripts/setup.sh) instead of a copy compiled from source: that build script
#   was the second slowest unit of a cold build (193 s of 1072, `cargo build --timings`).
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}"
export WASM_BUILD_WORKSPACE_HINT="$PWD"
export OPENSSL_NO_VENDOR=1
