#!/usr/bin/env bash
# Builds the CUDA binaries on a machine without a GPU driver (these build machines), for a GPU
# machine to run:
#
#   bash scripts/build-cuda.sh [gintonic-engine|gintonic-node]   # default: gintonic-engine
#
# candle links cudarc dynamically against libcuda (the driver), libcublas, libcublasLt,
# libcurand, libnvrtc and libcudart. This script brings the compiler toolkit
# (scripts/cuda-toolkit.sh) and the libraries from PyPI's CUDA 13 wheels into a cache, adds the
# unversioned `lib*.so` links the linker looks for, and makes a link stub for the driver: a
# `libcuda.so` whose soname is `libcuda.so.1`, of empty functions named after every `cu*`
# symbol that cudarc references. The binary then records `libcuda.so.1` as needed and binds to
# the real driver at run time; the stub is never shipped.
#
# On the GPU machine (driver for CUDA 13), the other libraries come from PyTorch's CUDA wheels:
#
#   export LD_LIBRARY_PATH="$(python3 -c 'import os, nvidia; print(":".join(
#       os.path.join(p, d, "lib") for p in nvidia.__path__ for d in os.listdir(p)))'):$LD_LIBRARY_PATH"
#   ./gintonic-engine generate --model ~/models/mixtral --device cuda:0 --dtype bf16 --user "Hi"
#
# (or any folder holding libcublas.so.13, libcublasLt.so.13, libcurand.so.10, libnvrtc.so.13 and
# libcudart.so.13). `ldd` on the binary lists what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
package="${1:-gintonic-engine}"
eval "$(bash scripts/cuda-toolkit.sh)"
root="${GINTONIC_CUDA_DIR:-$HOME/.cache/gintonic/cuda13}"
libraries="$root/libraries"
link="$root/link"
mkdir -p "$link"

# The libraries to link against (the runtime's came with the toolkit).
if [ ! -d "$libraries/nvidia/cu13/lib" ] || ! ls "$libraries"/nvidia/cu13/lib/libcublas.so.* >/dev/null 2>&1; then
	python3 -m pip install -q --no-deps --target "$libraries" \
		"nvidia-cublas==13.0.*" "nvidia-curand==10.4.*" "nvidia-cuda-nvrtc==13.0.*" >&2
fi
for dir in "$libraries/nvidia/cu13/lib" "$CUDA_ROOT/lib"; do
	for versioned in "$dir"/lib*.so.*; do
		[ -e "$versioned" ] || continue
		name="$(basename "$versioned")"
		ln -sf "$versioned" "$link/${name%%.so.*}.so"
	done
done

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/gintonic/target-cuda}"
export WASM_BUILD_WORKSPACE_HINT="$PWD"
features=(--features cuda)
# Set before the first build: a change of RUSTFLAGS would rebuild everything.
export RUSTFLAGS="${RUSTFLAGS:-} -L native=$link"
# The library compiles without linking; its archives (cudarc, candle) name the driver symbols.
cargo build --release -p gintonic-engine --lib "${features[@]}"
stub="$link/cuda-stub.c"
nm -u "$CARGO_TARGET_DIR"/release/deps/*.rlib 2>/dev/null | awk '$1 == "U" && $2 ~ /^cu[A-Z]/ { print $2 }' | sort -u |
	sed 's/.*/void &(void) {}/' >"$stub"
test -s "$stub" || { echo "no cu* driver symbols found in the build" >&2; exit 1; }
cc -shared -fPIC -Wl,-soname,libcuda.so.1 -o "$link/libcuda.so" "$stub"

if [ "$package" = gintonic-node ]; then
	cargo build --release -p gintonic-node "${features[@]}"
else
	cargo build --release -p gintonic-engine "${features[@]}"
fi
binary="$CARGO_TARGET_DIR/release/$package"
echo "built $binary; it needs at run time:" >&2
readelf -d "$binary" | awk '/NEEDED/ { print "  " $NF }' >&2
echo "$binary"
