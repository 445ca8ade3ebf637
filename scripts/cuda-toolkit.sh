#!/usr/bin/env bash
# Installs a CUDA 13.0 compiler toolkit from PyPI (nvcc, ptxas, nvvm, the runtime and CCCL
# headers) into one folder, for building the engine with `--features cuda` on a machine
# without a system CUDA (the GPU machines' driver runs CUDA 13). Prints the environment to
# build with:
#
#   eval "$(scripts/cuda-toolkit.sh)"
#   cargo build --release -p gintonic-engine --features cuda
#
# CUDA_COMPUTE_CAP defaults to 90 (H100/H200); set it before for other GPUs.
set -euo pipefail
root="${GINTONIC_CUDA_DIR:-$HOME/.cache/gintonic/cuda13}"
cuda="$root/nvidia/cu13"
if [ ! -x "$cuda/bin/nvcc" ] || [ ! -e "$cuda/include/nv/target" ]; then
	python3 -m pip install -q --target "$root" --upgrade \
		"nvidia-cuda-nvcc==13.0.*" "nvidia-cuda-runtime==13.0.*" "nvidia-cuda-crt==13.0.*" \
		"nvidia-nvvm==13.0.*" >&2
	# CCCL (libcu++'s <nv/target>, which cuda_fp16.h includes) installs into the same
	# nvidia/cu13 tree from its own wheel; a second --target install would refuse to merge.
	python3 -m pip install -q --target "$root/cccl" --upgrade "nvidia-cuda-cccl==13.0.*" >&2
	cp -rn "$root/cccl/nvidia/cu13/include/." "$cuda/include/"
fi
echo "export CUDA_ROOT='$cuda' CUDA_PATH='$cuda' CUDA_HOME='$cuda'"
echo "export PATH='$cuda/bin':\"\$PATH\""
echo "export CUDA_COMPUTE_CAP=\"\${CUDA_COMPUTE_CAP:-90}\""
