#!/usr/bin/env bash
# Process-level harness: the peak Java heap of one command line run of the built product (docs/performance.md,
# "Peak heap of exports"). Samples the JVM's heap occupancy with jstat every 50 ms while the command runs and reports
# the largest (eden + survivors + old generation, i.e. live data plus garbage not yet collected), plus the wall time.
#   tests/org.prozesswerk.benchmarks/peak-heap.sh [--product DIR] [--xmx SIZE] -- COMMAND ARGS...
# e.g.
#   ./prozesswerk generate --steckbriefe 100000 --out /tmp/r100k.pwregb
#   tests/org.prozesswerk.benchmarks/peak-heap.sh -- export /tmp/r100k.pwregb --format html --out /tmp/r.html
# Parallel GC as in the product's default start. A spike shorter than 50 ms can be missed; writing a large export
# takes longer.
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
samples=$(mktemp /tmp/peak-heap.XXXXXX.txt)
trap 'rm -f "$samples"' EXIT
start=$(date +%s.%N)
(PROZESSWERK_VMARGS="-Xmx$xmx -XX:+UseParallelGC" pw_launch "$product" org.prozesswerk.cli.application "$@") \
  >/dev/null 2>"$samples.err" &
pid=$! # pw_launch execs the JVM
# jstat samples every 50 ms: used = survivor 0 + survivor 1 + eden + old (KiB)
# (attaching fails until the JVM is up: retry)
(while kill -0 "$pid" 2>/dev/null; do
  # the JVM is the launched process itself or (when the shell forked) its child
  for jvm in "$pid" $(pgrep -P "$pid" || true); do
    if [ -e "${TMPDIR:-/tmp}/hsperfdata_$(id -un)/$jvm" ]; then
      # the perf data file appears before the JVM accepts jstat: an attach that fails is retried
      "$JAVA_HOME/bin/jstat" -gc "$jvm" 50 2>/dev/null && break 2
    fi
  done
  sleep 0.05
done) | awk '$1 ~ /^[0-9.]+$/ { printf "%d\n", ($3 + $4 + $6 + $8) / 1024; fflush() }' >"$samples" &
sampler=$! # the awk at the end of the pipe: it flushes every sample, so ending it loses none
set +e
wait "$pid"
rc=$?
set -e
kill "$sampler" 2>/dev/null || true
wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
peak=$(sort -n "$samples" | tail -n 1 || true)
printf '%s peak=%d MiB samples=%d heap-limit=%s wall=%.1f s rc=%d\n' "$*" "${peak:-0}" "$(wc -l <"$samples")" \
  "$xmx" "$wall" "$rc"
[ $rc -eq 0 ] || { echo "the command failed:" >&2; head -5 "$samples.err" >&2; }
rm -f "$samples.err"
exit $rc
