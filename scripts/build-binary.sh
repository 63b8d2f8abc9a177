#!/usr/bin/env bash
# Compiles the release `reglessons` binary with every folder in lessons/ registered.
# A hand-added or hand-removed lesson folder is synced into Package.swift and the lesson
# registry before and after compiling, so it is never silently left out.
set -euo pipefail
swift=${SWIFT:-swift}
bin=.build/release/reglessons

# An existing binary can sync first, so a removed folder does not break the manifest.
if [ -x "$bin" ]; then "$bin" sync; fi
"$swift" build -c release --product reglessons
changed=$("$bin" sync)
if [ -n "$changed" ]; then
  echo "$changed"
  "$swift" build -c release --product reglessons
fi
