#!/usr/bin/env bash
# The safe's speed and memory, beside references measured in the same run:
#   import a file into the safe        vs  cp + sync of the same file on the same disk
#                                      vs  ring sealing + SHA-256 of the same bytes in memory
#                                      vs  age encrypting it (Debian's age)
#   open it back (decrypt to a file)   vs  the same references
#   peak memory (/usr/bin/time -v) of an import of 20 MiB and of 200 MiB,
#   and, separately, of the argon2 step (a safe's creation).
# Targets: import >= 60 % of the speed of cp + sync, faster than age, peak
# memory under 32 MiB whatever the file size.
#
#   bench/safe.sh [MIB]      (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-200}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need age || [ ! -x /usr/bin/time ]; then
  echo "Installing age and time (Debian)…"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq age time >/dev/null
fi

cargo build --release -q -p parcours-bench --bin safe_bench
bin=target/release/safe_bench
work=target/bench-safe
rm -rf "$work"; mkdir -p "$work"

seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null; echo "$(date +%s.%N) - $s" | bc; }
# The median of 5 runs of a command that prints seconds.
median5() { for _ in 1 2 3 4 5; do "$@"; done | sort -n | sed -n 3p; }
rss_kib() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}'; }
ratio() { echo "scale=2; $1 / $2" | bc; }

head -c "${mib}M" /dev/urandom >"$work/input.bin"
sync

age-keygen -o "$work/age.key" 2>/dev/null
recipient=$(age-keygen -y "$work/age.key")
cp_once() { rm -f "$work/copy.bin"; sync; seconds sh -c "cp '$work/input.bin' '$work/copy.bin' && sync"; }
age_once() { rm -f "$work/input.age"; sync; seconds sh -c "age -r '$recipient' -o '$work/input.age' '$work/input.bin' && sync"; }
import_once() { rm -rf "$work/safe"; sync; $bin import "$work/input.bin" "$work/safe"; }
open_once() { rm -f "$work/opened.bin"; sync; $bin open "$work/safe" "$work/opened.bin"; }
cp_sync=$(median5 cp_once)
age_s=$(median5 age_once)
memory_s=$(median5 $bin memory "$work/input.bin" 2>/dev/null)
import_s=$(median5 import_once)
open_s=$(median5 open_once)
cmp -s "$work/input.bin" "$work/opened.bin" && same="identical" || same="DIFFERENT"

echo "File: ${mib} MiB of random bytes, on $(df -h "$work" | awk 'NR==2 {print $1}'); each time is the median of 5 runs"
printf '%-40s %8.3f s  %7.1f MiB/s\n' "cp + sync (reference)" "$cp_sync" "$(echo "$mib / $cp_sync" | bc -l)"
printf '%-40s %8.3f s  %7.1f MiB/s\n' "ring seal + SHA-256 in memory" "$memory_s" "$(echo "$mib / $memory_s" | bc -l)"
printf '%-40s %8.3f s  %7.1f MiB/s\n' "age -r (encrypt + sync)" "$age_s" "$(echo "$mib / $age_s" | bc -l)"
printf '%-40s %8.3f s  %7.1f MiB/s\n' "Parcours import (encrypt + SHA + fsync)" "$import_s" "$(echo "$mib / $import_s" | bc -l)"
printf '%-40s %8.3f s  %7.1f MiB/s  (%s)\n' "Parcours open (decrypt + check + fsync)" "$open_s" "$(echo "$mib / $open_s" | bc -l)" "$same"
speed=$(ratio "$cp_sync" "$import_s")
echo "import speed / cp+sync speed: $speed (target >= 0.60) $( [ "$(echo "$speed >= 0.60" | bc)" = 1 ] && echo ok || echo MISSED)"
vs_age=$(ratio "$age_s" "$import_s")
echo "import speed / age speed: $vs_age (target > 1) $( [ "$(echo "$vs_age > 1" | bc)" = 1 ] && echo ok || echo MISSED)"

for size in 20 "$mib"; do
  head -c "${size}M" /dev/urandom >"$work/m.bin"
  rm -rf "$work/m"
  kib=$(rss_kib $bin import "$work/m.bin" "$work/m")
  echo "peak memory, import of ${size} MiB: $((kib / 1024)) MiB (target < 32) $( [ "$kib" -lt 32768 ] && echo ok || echo MISSED)"
done
rm -rf "$work/i"
echo "peak memory, creating a safe (argon2id 64 MiB, reported apart): $(( $(rss_kib $bin init-only "$work/i") / 1024 )) MiB"
echo "several GiB: $($bin huge 5)"
rm -rf "$work"
