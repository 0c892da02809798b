#!/usr/bin/env bash
# Product smoke test, run by the build (integration-test phase of releng/org.prozesswerk.product):
#  1. the CLI runs without a display: --help exits 0, an unknown subcommand exits 2;
#  2. the workbench starts under the test display, shows a window titled "Prozesswerk" (screenshot saved),
#     quits through Datei > Beenden (Ctrl+Q) with exit code 0, and its log holds no error or exception.
# Usage: smoke-test.sh PRODUCT_DIR OUTPUT_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/product-test.sh"
pt_begin "SMOKE TEST" "$1" "$2"

# 1. command line, no display
set +e
(unset DISPLAY; pw_launch "$product" org.prozesswerk.cli.application --help) >"$out/cli-help.txt" 2>"$out/cli-help.err"
rc=$?
set -e
[ $rc -eq 0 ] || fail "'prozesswerk --help' without DISPLAY exited $rc: $(cat "$out/cli-help.err")"
grep -q "version" "$out/cli-help.txt" || fail "'prozesswerk --help' does not list the version subcommand"
# Every subcommand our bundles contribute must be there: the command line starts from a lean configuration
# (releng/scripts/common.sh), and a bundle that does not resolve in it drops its subcommands without a word.
for cmd in $(sed -n 's/.*<command name="\([a-z-]*\)" class=.*/\1/p' "$PW_ROOT"/bundles/*/plugin.xml); do
  grep -qE "^  $cmd( |\$)" "$out/cli-help.txt" || fail "'prozesswerk --help' does not list the '$cmd' subcommand"
done
# Standard error of a successful command stays empty (no start-up chatter of the runtime).
[ ! -s "$out/cli-help.err" ] || fail "'prozesswerk --help' wrote to stderr: $(head -3 "$out/cli-help.err")"
# Contributed subcommands bring their own German help (org.prozesswerk.cli.commands, attribute messages).
(unset DISPLAY; pw_launch "$product" org.prozesswerk.cli.application export --help) >"$out/cli-export-help.txt" 2>&1 \
  || fail "'prozesswerk export --help' failed: $(cat "$out/cli-export-help.txt")"
grep -q "Exportiert ein Register" "$out/cli-export-help.txt" \
  || fail "'prozesswerk export --help' is not German: $(head -3 "$out/cli-export-help.txt")"
set +e
(unset DISPLAY; pw_launch "$product" org.prozesswerk.cli.application frobnicate) >"$out/cli-unknown.txt" 2>"$out/cli-unknown.err"
rc=$?
set -e
[ $rc -eq 2 ] || fail "'prozesswerk frobnicate' exited $rc, expected 2"
grep -q "frobnicate" "$out/cli-unknown.err" || fail "unknown subcommand not named on stderr"
echo "smoke: CLI ok (--help exit 0, unknown subcommand exit 2, no display)"

# 2. workbench
pw_ensure_packages
pw_start_xvfb
trap 'pw_stop_xvfb' EXIT
pw_launch "$product" org.prozesswerk.app.application -consoleLog >"$out/workbench.out" 2>&1 &
pid=$!
window=
for _ in $(seq 1 240); do
  window=$(xdotool search --name '^Prozesswerk' 2>/dev/null | while read -r id; do
    # the workbench shell is the large one; GTK also creates small helper windows with the same name
    w=$(xwininfo -id "$id" 2>/dev/null | sed -n 's/.*Width: //p'); [ "${w:-0}" -gt 600 ] && echo "$id"; done | head -n 1 || true)
  [ -n "$window" ] && break
  kill -0 $pid 2>/dev/null || fail "workbench exited before showing its window: $(tail -20 "$out/workbench.out")"
  sleep 0.5
done
[ -n "$window" ] || { kill $pid; fail "no window titled Prozesswerk within 120 s"; }
# Wait until the workbench is idle: startup events, the first-start demo register and painting are done only then.
# Quitting earlier races with the platform's own startup events on a loaded machine.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0; }
quiet=0
for _ in $(seq 1 120); do
  before=$(cpu_ticks); sleep 1; after=$(cpu_ticks)
  if [ $((after - before)) -lt 15 ]; then quiet=$((quiet + 1)); else quiet=0; fi
  [ $quiet -ge 3 ] && break
done
import -window root "$out/workbench.png"
echo "smoke: window $window shown; screenshot $out/workbench.png"

xdotool windowfocus --sync "$window" 2>/dev/null || true
xdotool key --clearmodifiers ctrl+q
for _ in $(seq 1 120); do
  kill -0 $pid 2>/dev/null || break
  sleep 0.5
done
if kill -0 $pid 2>/dev/null; then
  kill $pid
  fail "workbench did not quit within 60 s of Ctrl+Q"
fi
set +e
wait $pid
rc=$?
set -e
[ $rc -eq 0 ] || fail "workbench exited with $rc: $(tail -20 "$out/workbench.out")"

log="$PROZESSWERK_HOME/workspace/.metadata/.log"
if grep -qE '^!ENTRY .* (4|2) ' "$log" 2>/dev/null || grep -qE 'Exception|^!ENTRY .* 4 ' "$out/workbench.out"; then
  fail "errors at startup; see $log and $out/workbench.out: $(grep -m3 -E 'Exception|!MESSAGE' "$log" "$out/workbench.out" 2>/dev/null)"
fi
echo "smoke: workbench quit cleanly (exit 0), no errors logged"
