#!/usr/bin/env bash
# Load test of the server (bench/src/bin/load.rs): 500 simulated persons
# syncing and messaging, one simulated referent answering, 60 s, on SQLite
# and on PostgreSQL, on loopback; requests per second and p50/p99 beside a
# reference measured in the same run, and the exactly-once check.
#
#   bench/load.sh [PERSONS] [SECONDS]      (default 500 60)
#
# PostgreSQL: PARCOURS_TEST_POSTGRES_URL (an admin URL; a database is made
# for the run), or the local Debian cluster started as tests/run-all.sh does;
# says plainly when it is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
persons=${1:-500}
seconds=${2:-60}
ulimit -n 65536 2>/dev/null || ulimit -n 4096 2>/dev/null || true

cargo build --release -q -p parcours-bench --bin load
bin=target/release/load

echo "== SQLite"
"$bin" --persons "$persons" --seconds "$seconds"

echo "== PostgreSQL"
url=${PARCOURS_TEST_POSTGRES_URL:-}
if [ -z "$url" ] && command -v pg_ctlcluster >/dev/null 2>&1; then
  pg_ctlcluster 15 main start 2>/dev/null || true
  su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'parcours-test'\"" >/dev/null 2>&1 || true
  url="postgres://postgres:parcours-test@127.0.0.1:5432/postgres"
fi
if [ -z "$url" ]; then
  echo "SKIPPED: no PostgreSQL (set PARCOURS_TEST_POSTGRES_URL)"
  exit 0
fi
db="parcours_load_$(date +%s)"
psql "$url" -q -c "CREATE DATABASE $db" >/dev/null
trap 'psql "$url" -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
"$bin" --persons "$persons" --seconds "$seconds" --database-url "${url%/*}/$db"
