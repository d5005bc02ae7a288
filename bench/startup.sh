#!/usr/bin/env bash
# Startup of the app on the large dossier: time from process start to Home
# drawn, and memory then, for the desktop window (GTK + WebKit, the stand-in
# for the phone's WebView) beside dioxus-ssr rendering the same app to a
# string, in the same run (see bench/startup.py). Release builds.
#
#   bench/startup.sh [RUNS]     (default 7)
#
# Needs GTK/WebKit and Xvfb: apt-get install libwebkit2gtk-4.1-dev
# libxdo-dev libssl-dev pkg-config xvfb xauth. Says SKIPPED without them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
if ! pkg-config --exists webkit2gtk-4.1 2>/dev/null || ! command -v Xvfb >/dev/null; then
  echo "SKIPPED: bench/startup.sh needs webkit2gtk-4.1 and Xvfb (see the header of this script)"
  exit 0
fi
export CARGO_INCREMENTAL=0
cargo build --release -q -p parcours-mobile --no-default-features --features desktop \
  --bin parcours-desktop --example startup_ssr
target=${CARGO_TARGET_DIR:-target}
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 360x780x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true' EXIT
sleep 1
DISPLAY=$display python3 bench/startup.py "$target/release/parcours-desktop" \
  "$target/release/examples/startup_ssr" "$runs"
