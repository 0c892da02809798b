#!/usr/bin/env bash
# Process-level harness: the peak Java heap of one command line run of the built product (docs/performance.md,
# "Peak heap of exports"). Runs the command with GC logging and reports the largest heap occupancy seen before any
# collection and at exit, i.e. what the command needed at its worst (a lower bound for -Xmx), plus the wall time.
#   tests/org.prozesswerk.benchmarks/peak-heap.sh [--product DIR] [--xmx SIZE] -- COMMAND ARGS...
# e.g.
#   ./prozesswerk generate --steckbriefe 100000 --out /tmp/r100k.pwregb
#   tests/org.prozesswerk.benchmarks/peak-heap.sh -- export /tmp/r100k.pwregb --format html --out /tmp/r.html
# Parallel GC as in the product's default start, with a 32 MB young generation: it is collected so often that the
# occupancy seen before a collection follows what is live within 32 MB (with the default sizing the first
# collections come so late that every run shows the young generation's size). Results are printed as one line: COMMAND peak=N MiB exit=M MiB heap-limit=X wall=S s.
set -euo pipefail
source "$(cd "$(dirname "${BASH_SOURCE[0]}")/../../releng/scripts" && pwd)/common.sh"
product="$PW_PRODUCT_DIR"
xmx=8g
while [ $# -gt 0 ]; do
  case "$1" in
    --product) product="$2"; shift 2 ;;
    --xmx) xmx="$2"; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--product DIR] [--xmx SIZE] -- COMMAND ARGS..." >&2; exit 2; }
pw_find_jdk
log=$(mktemp /tmp/peak-heap.XXXXXX.log)
trap 'rm -f "$log"' EXIT
start=$(date +%s.%N)
set +e
(PROZESSWERK_VMARGS="-Xmx$xmx -XX:+UseParallelGC -Xmn32m -Xlog:gc,gc+heap+exit:file=$log" \
  pw_launch "$product" org.prozesswerk.cli.application "$@") >/dev/null 2>"$log.err"
rc=$?
set -e
wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
# "Pause Young (Allocation Failure) 812M->301M(2048M)": 812 is the occupancy the collection found.
peak=$(grep -oE '[0-9]+M->[0-9]+M' "$log" | cut -dM -f1 | sort -n | tail -n 1 || true)
# at exit: "PSYoungGen total 611840K, used 245000K" and "ParOldGen total ..., used ...K": sum of used
at_exit=$(grep -oE 'used [0-9]+K' "$log" | awk '{ sum += $2 } END { printf "%d", sum / 1024 }' || true)
peak=${peak:-0}
at_exit=${at_exit:-0}
if [ "$at_exit" -gt "$peak" ]; then peak=$at_exit; fi
printf '%s peak=%d MiB exit=%d MiB heap-limit=%s wall=%.1f s rc=%d\n' "$*" "$peak" "$at_exit" "$xmx" "$wall" "$rc"
[ $rc -eq 0 ] || { echo "the command failed:" >&2; head -5 "$log.err" >&2; }
rm -f "$log.err"
exit $rc
