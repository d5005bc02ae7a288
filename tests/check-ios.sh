#!/usr/bin/env bash
# `cargo check` and clippy of the app's calls into iOS (parcours-ios, the
# objc2 glue in mobile/ios-glue) for aarch64-apple-ios, without building an
# app: type-checks the Objective-C message sends, the delegates'
# classes and the lint rules of its `unsafe`, which are compiled for that
# target only. Nothing is linked or run: there is no iOS SDK or Xcode here.
# The app's library itself (parcours-mobile, with mobile/src/platform/ios.rs)
# is NOT checked for iOS: its C builds (ring, SQLite, and objc2-exception-helper
# through dioxus's shell) need the iOS SDK; cc-rs looks for it with `xcrun`,
# which is not here (tried with clang and Linux headers: it stops there).
# Optional (../shared/TOOLCHAIN-NOTES.md): the target's standard library
# comes from rustup's server, which may not answer; then this says SKIPPED
# and exits 0.
#
#   tests/check-ios.sh
set -uo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed 2>/dev/null | grep -q '^aarch64-apple-ios$'; then
  if ! timeout 300 rustup target add aarch64-apple-ios >/dev/null 2>&1; then
    echo "SKIPPED: the aarch64-apple-ios standard library cannot be installed here (rustup target add failed)."
    exit 0
  fi
fi
start=$(date +%s)
if ! cargo check -q -p parcours-ios --target aarch64-apple-ios; then
  echo "ios check: FAILED (cargo check)"
  exit 1
fi
if ! cargo clippy -q -p parcours-ios --all-targets --target aarch64-apple-ios -- -D warnings; then
  echo "ios check: FAILED (clippy)"
  exit 1
fi
echo "ios check: the iOS glue (parcours-ios) compiles and passes clippy for aarch64-apple-ios ($(( $(date +%s) - start )) s); the app's library is not checked for iOS (no iOS SDK)"
