#!/usr/bin/env bash
# End to end, with a real compile: `reglessons new` scaffolds a lesson, `make site` compiles it in
# and puts it on the index. The lesson is removed again (and the binary rebuilt) on any exit.
set -euo pipefail
id=zz-new-lesson-check
bin=.build/release/reglessons
site=$(mktemp -d)/site
cleanup() {
  rm -rf "lessons/$id" "$(dirname "$site")"
  "$bin" sync >/dev/null
  scripts/build-binary.sh >/dev/null
}
trap cleanup EXIT

"$bin" new "$id" >/dev/null
scripts/build-binary.sh >/dev/null
"$bin" build --quick --output "$site" 2>/dev/null
if grep -q "href=\"$id/index.html\">Zz new lesson check</a>" "$site/index.html" \
  && [ -s "$site/$id/figures/example.png" ]; then
  echo "new-lesson: 1 passed, 0 failed"
else
  echo "new-lesson: 0 passed, 1 failed ($id missing from $site/index.html)" >&2
  exit 1
fi
