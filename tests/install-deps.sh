#!/usr/bin/env bash
# Installs what the test suite needs beyond the Rust toolchain, only when it
# is missing: Debian's Chromium (the browser suite), PostgreSQL (the server's
# storage suite) and the npm packages of
# tests/browser (playwright-core, axe-core), and Python's cryptography and
# argon2-cffi for the format proof. Never downloads a browser build.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium fonts-dejavu-core"
command -v pg_ctlcluster >/dev/null 2>&1 || missing="$missing postgresql"
if [ -n "$missing" ]; then
  echo "Installing Debian's$missing…"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

if ! python3 -c "import cryptography, argon2" 2>/dev/null; then
  echo "Installing Python's cryptography and argon2-cffi (the format proof)…"
  python3 -m pip install --quiet --disable-pip-version-check cryptography argon2-cffi
fi

if [ -f tests/browser/package-lock.json ] && [ ! -d tests/browser/node_modules/playwright-core ]; then
  echo "Installing the browser suite's npm packages…"
  (cd tests/browser && npm ci --no-audit --no-fund --silent)
fi
