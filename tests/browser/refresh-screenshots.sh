#!/usr/bin/env bash
# Refreshes docs/screenshots/ from the browser suite: builds the preview and
# the server, runs every suite (the app's screens at the suite's fixed time,
# 2026-03-02 08:00 UTC, 360 x 780), then copies every <screen>-fr.png and
# <screen>-ar.png of target/screenshots to docs/screenshots/. Stops without
# copying anything if a suite fails.
#
#   tests/browser/refresh-screenshots.sh
#
# Environment: CARGO_TARGET_DIR (where the binaries are built), CHROMIUM.
set -euo pipefail
cd "$(dirname "$0")/../.."

target="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build -p parcours-mobile --bin parcours-preview -p parcours-server
PREVIEW_BIN="$target/debug/parcours-preview" node tests/browser/run.mjs

mkdir -p docs/screenshots
copied=0
for shot in target/screenshots/*-fr.png target/screenshots/*-ar.png; do
  [ -e "$shot" ] || continue
  cp "$shot" docs/screenshots/
  copied=$((copied + 1))
done
echo "$copied screenshots copied to docs/screenshots/"
