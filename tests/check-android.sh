#!/usr/bin/env bash
# `cargo check` of the app for Android (aarch64-linux-android), without
# building an APK: catches desktop-only code leaking into the phone build,
# and type-checks the calls into Android (parcours-android, the JNI glue in
# mobile/android-glue, and mobile/src/platform/android.rs), which are
# compiled for that target only. Nothing is linked or run.
# Optional (../shared/TOOLCHAIN-NOTES.md): the target's standard library
# comes from rustup's server, which may not answer; then this says SKIPPED
# and exits 0. Needs clang and the arm64 C headers for ring and SQLite (C);
# installs them with apt when missing.
#
#   tests/check-android.sh
set -uo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed 2>/dev/null | grep -q '^aarch64-linux-android$'; then
  if ! timeout 300 rustup target add aarch64-linux-android >/dev/null 2>&1; then
    echo "SKIPPED: the aarch64-linux-android standard library cannot be installed here (rustup target add failed)."
    exit 0
  fi
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v clang >/dev/null 2>&1 || [ ! -d /usr/aarch64-linux-gnu/include ]; then
  echo "Installing clang and the arm64 C headers (Debian)…"
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq clang llvm libc6-dev-arm64-cross >/dev/null; }; then
    echo "SKIPPED: clang and the arm64 C headers cannot be installed here (apt-get failed)."
    exit 0
  fi
fi
ar=$(command -v llvm-ar || ls /usr/bin/llvm-ar-* 2>/dev/null | head -1)
export CC_aarch64_linux_android=clang
export CFLAGS_aarch64_linux_android="--target=aarch64-linux-android21 -isystem /usr/aarch64-linux-gnu/include"
export AR_aarch64_linux_android="$ar"
start=$(date +%s)
if cargo check -q -p parcours-mobile -p parcours-android --lib --no-default-features --features parcours-mobile/mobile --target aarch64-linux-android; then
  echo "android check: the app's library and its JNI glue compile for aarch64-linux-android ($(( $(date +%s) - start )) s)"
else
  echo "android check: FAILED"
  exit 1
fi
