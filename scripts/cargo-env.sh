# Sourced by scripts/test.sh and scripts/run.sh: the one cargo configuration they build with,
# so that the main job and the test suite share one build.
#
# - The target folder lives outside the clone, so repeated runs (and CI runs on one machine)
#   build incrementally.
# - The runtime's wasm build runs a nested cargo in the target folder: it is pointed at this
#   workspace so that it uses the committed Cargo.lock.
# - Clippy is the compiler of the workspace's own crates (RUSTC_WORKSPACE_WRAPPER, which is
#   how `cargo clippy` runs it too), with warnings denied: building the tests lints every
#   target of every workspace crate, and the dependency tree is compiled once instead of being
#   checked for clippy and then compiled again (scripts/test.sh). The dependencies are
#   compiled by rustc itself, as under `cargo clippy`.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target}"
export WASM_BUILD_WORKSPACE_HINT="$PWD"
RUSTC_WORKSPACE_WRAPPER="$(rustc --print sysroot)/bin/clippy-driver"
export RUSTC_WORKSPACE_WRAPPER
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
