#!/usr/bin/env bash
# Create (or check) the Python reference environment at .build/reference-venv:
# CPU-only PyTorch 2.15.0 + numpy 2.4.6 + scikit-learn 1.9.1, pinned in requirements*.txt.
#
#   bash scripts/reference/setup-venv.sh          # light: torch --no-deps + CUDA stand-ins (~1.6 GB)
#   bash scripts/reference/setup-venv.sh --full   # plain `pip install torch` (+~2.3 GB nvidia wheels)
#
# Why the light recipe works: PyPI's torch wheel for Linux links against CUDA sonames
# (libcudart.so.13, libcublas.so.13, libcudnn.so.9, ...), so `--no-deps` alone fails at
# `import torch`. make-cuda-stubs.py compiles tiny stand-ins for exactly those sonames (needs cc)
# into site-packages/nvidia/cu13/lib, a folder on torch's RPATH; they report "no CUDA device".
# Idempotent: re-running on a working venv only re-checks it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="$repo/.build/reference-venv"
py="$venv/bin/python"
mode="${1:-light}"

check() {
  "$py" - <<'PY' 2>/dev/null
import torch, numpy, sklearn
assert torch.__version__.startswith("2.15.0") and numpy.__version__ == "2.4.6" and sklearn.__version__ == "1.9.1"
assert float(torch.ones(2) @ torch.ones(2)) == 2.0 and not torch.cuda.is_available()
print(f"reference venv ok: torch {torch.__version__} (CPU), numpy {numpy.__version__}, scikit-learn {sklearn.__version__}")
PY
}

if [ -x "$py" ] && check; then exit 0; fi

[ -x "$py" ] || python3 -m venv "$venv"
"$py" -m pip install --quiet --upgrade pip
if [ "$mode" = "--full" ]; then
  "$py" -m pip install --quiet -r "$here/requirements-torch.txt" -r "$here/requirements.txt"
else
  # pip then warns that torch's nvidia-*/triton/cuda-bindings requirements are missing: expected.
  "$py" -m pip install --quiet --no-deps -r "$here/requirements-torch.txt"
  "$py" -m pip install --quiet -r "$here/requirements.txt"
  site="$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
  # Only when the real CUDA wheels are absent (an earlier --full install keeps them).
  if ! "$py" -c 'import torch' 2>/dev/null; then
    "$py" "$here/make-cuda-stubs.py" "$site"
  fi
fi
check || { echo "reference venv check failed" >&2; exit 1; }
