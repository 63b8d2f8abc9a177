#!/usr/bin/env bash
# Builds the site at quick scale into a temporary folder and checks it in headless Chromium
# (Python Playwright driving the system browser at /usr/bin/chromium).
set -euo pipefail
venv=.build/browser-venv
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c 'import playwright' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "playwright==1.65.2" "pytest==9.0.3"
fi
site=$(mktemp -d)/site
trap 'rm -rf "$(dirname "$site")"' EXIT
.build/release/reglessons build --quick --output "$site"
REGLESSONS_SITE="$site" "$venv/bin/pytest" -q Tests/Browser
