#!/usr/bin/env bash
# Runs every test of Parcours: the Rust workspace (unit, integration, crash
# and keystore tests, component tests) and the browser suite (the real app in
# headless Chromium, with axe-core). Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."

tests/install-deps.sh

# PostgreSQL for the server's storage suite: start the local cluster and
# give the tests an admin URL (each test makes its own database).
if [ -z "${PARCOURS_TEST_POSTGRES_URL:-}" ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  $SUDO pg_ctlcluster "$version" main start 2>/dev/null || true
  $SUDO -u postgres psql -qc "ALTER USER postgres PASSWORD 'parcours-test';" >/dev/null 2>&1 \
    || su postgres -c "psql -qc \"ALTER USER postgres PASSWORD 'parcours-test';\"" >/dev/null
  export PARCOURS_TEST_POSTGRES_URL="postgres://postgres:parcours-test@127.0.0.1:5432/postgres"
fi

start=$(date +%s)
cargo test --workspace
echo "cargo test: $(( $(date +%s) - start )) s"

# The safe's formats, decrypted by a tool that is not Parcours (docs/safe-format.md).
python3 tests/vectors/decrypt_backup.py tests/vectors/backup.pcbak --check tests/vectors/vectors.json
# The mandate worked example, verified by a tool that is not Parcours (docs/mandate-format.md).
python3 tests/vectors/verify_mandate.py tests/vectors/mandate.json

start=$(date +%s)
# The preview, and the server binary that restart.mjs stops and starts.
cargo build -p parcours-mobile --bin parcours-preview -p parcours-server
PREVIEW_BIN="$PWD/target/debug/parcours-preview" node tests/browser/run.mjs
echo "browser suite: $(( $(date +%s) - start )) s"
