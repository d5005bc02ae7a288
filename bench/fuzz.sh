#!/usr/bin/env bash
# Runs every cargo-fuzz target of Parcours for a bounded time each, with the
# nightly toolchain, on the committed corpus (fuzz/corpus/<target>/, which
# grows). Says plainly when it cannot run. The corpus is replayed on stable
# by `cargo test` (shared/tests/fuzz_corpus.rs).
#
#   bench/fuzz.sh [SECONDS_PER_TARGET] [TARGET…]   (default 60 s, every target)
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets="doc_header doc_stream key_file backup_structure export_zip mandate_statement sync_response share"
if [ $# -gt 1 ]; then
  shift
  targets="$*"
fi

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "SKIPPED: no nightly toolchain here; cargo fuzz needs it (rustup toolchain install nightly)."
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "SKIPPED: cargo-fuzz is not installed (cargo install cargo-fuzz)."
  exit 0
fi

status=0
for t in $targets; do
  log=$(mktemp)
  cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -max_len=70000 -rss_limit_mb=2048 >"$log" 2>&1
  code=$?
  runs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1)
  corpus=$(ls "fuzz/corpus/$t" | wc -l)
  if [ $code -eq 0 ]; then
    echo "$t: ${runs:-no run count} (${cov:-no coverage line}), corpus $corpus files"
  else
    echo "$t: FAILED (exit $code); see the crash in fuzz/artifacts/$t and the log:"
    tail -30 "$log"
    status=1
  fi
  rm -f "$log"
done
exit $status
