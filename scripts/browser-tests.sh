#!/usr/bin/env bash
# Builds the site at quick scale into a temporary folder and checks it in headless Chromium
# (Python Playwright driving the system browser at /usr/bin/chromium): from file://, and through
# `reglessons serve` on a free port of 127.0.0.1.
set -euo pipefail
venv=.build/browser-venv
if [ ! -x "$venv/bin/pytest" ] || ! "$venv/bin/python" -c 'import playwright' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "playwright==1.65.2" "pytest==9.0.3"
fi
work=$(mktemp -d)
site=$work/site
server=
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
.build/release/reglessons build --quick --output "$site"

.build/release/reglessons serve --port 0 --output "$site" >"$work/serve.out" 2>"$work/serve.err" &
server=$!
url=
for _ in $(seq 100); do
  url=$(sed -n 's|^serving .* at \(http://127\.0\.0\.1:[0-9]*/\) .*|\1|p' "$work/serve.out")
  if [ -n "$url" ] || ! kill -0 "$server" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "reglessons serve did not start:" >&2
  cat "$work/serve.out" "$work/serve.err" >&2
  exit 1
fi

REGLESSONS_SITE="$site" REGLESSONS_URL="$url" "$venv/bin/pytest" -q Tests/Browser
