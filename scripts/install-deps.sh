#!/usr/bin/env bash
# Installs the Debian packages reglessons needs when any is missing (as root), or prints the
# exact apt-get line and fails (as any other user). `--browser` adds what the browser tests need.
set -euo pipefail

packages=(pkg-config libcairo2-dev libpango1.0-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libopenblas-dev fonts-dejavu-core fonts-dejavu-extra)
if [ "${1:-}" = "--browser" ]; then
  packages+=(chromium)
  python3 -c 'import venv, ensurepip' 2>/dev/null || packages+=(python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "error: missing Debian packages. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
