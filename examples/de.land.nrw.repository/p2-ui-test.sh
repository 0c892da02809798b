#!/usr/bin/env bash
# The example plugin installed through the workbench's p2 UI (issue 16, docs/extending.md), in the BUILT product under
# the test display (Xvfb). Run by the build after p2-install-test.sh (integration-test phase of
# examples/de.land.nrw.repository). Driven through xdotool (keys, clicks on the wizard's buttons), screenshots in
# OUTPUT_DIR:
#  1. Hilfe > Neue Software installieren... opens p2's install wizard;
#  2. it works with all available sites, i.e. the preconfigured ones, and lists the example's category
#     "Beispiel NRW" (01-wizard-site.png);
#  3. Select All (02-selected.png), Weiter (install details, 03-details.png), Weiter (licence accepted,
#     04-licence.png), Fertigstellen; the unsigned content is trusted (05-trust.png); p2 asks to restart
#     (06-restart.png) and the workbench exits;
#  4. the workbench restarts: the p2 profile holds the feature, and the four contributions work through the command
#     line (catalogue listed, export format, rule NRW-01, diagram type); the workbench of the restart shows
#     (07-restarted.png);
#  5. the director uninstalls it again; the product is restored (also when the test fails half-way).
# Usage: p2-ui-test.sh PRODUCT_DIR EXAMPLE_REPOSITORY_DIR OUTPUT_DIR
set -euo pipefail
product="$1"
repository="$2"
out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../releng/scripts/common.sh"
source "$here/p2-test-common.sh"
pw_find_jdk

rm -rf "$out"
mkdir -p "$out"
export PROZESSWERK_HOME="$out/home"
pid=
fail() {
  echo "P2 UI TEST FAILED: $*" >&2
  import -window root "$out/failure.png" 2>/dev/null || true
  exit 1
}
p2_profile
# the site as the product knows it (prozesswerk.p2.inf, with the ".." of the product-relative location)
site=$(sed -n 's/^repositories\/.*examples_de\.land\.nrw\.repository.*\/uri=//p' "$prefs" 2>/dev/null | sed 's/\\:/:/g')
[ -n "$site" ] || fail "the example's update site is not preconfigured in $prefs"
[ -f "$repository/content.jar" ] || fail "no p2 repository at $repository: build examples/de.land.nrw.repository first"
stop_workbench() {
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}
cleanup() {
  stop_workbench
  p2_restore
  pw_stop_xvfb
}
p2_remember
trap cleanup EXIT
installed before && fail "$feature is installed before the test"

pw_ensure_packages
pw_start_xvfb
shot() { # shot NAME [WINDOW]: raises WINDOW (there is no window manager to keep a dialog on top) and saves the screen
  [ -n "${2:-}" ] && xdotool windowraise "$2" 2>/dev/null && sleep 1
  import -window root "$out/$1.png"
  echo "p2-ui: screenshot $out/$1.png"
}
idle() { # the workbench has used (almost) no CPU for 3 s in a row, at most 120 s
  local quiet=0 before after
  for _ in $(seq 1 120); do
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0); sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)
    if [ $((after - before)) -lt 15 ]; then quiet=$((quiet + 1)); else quiet=0; fi
    [ $quiet -ge 3 ] && return 0
  done
}
window() { # window TITLE-REGEX SECONDS: prints the id of a visible window wider than 300 px with that title
  local id w
  for _ in $(seq 1 $(($2 * 2))); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | while read -r id; do
      w=$(xwininfo -id "$id" 2>/dev/null | sed -n 's/.*Width: //p'); [ "${w:-0}" -gt 300 ] && echo "$id"; done \
      | head -n 1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.5
  done
  return 1
}
start_workbench() {
  pw_launch "$product" org.prozesswerk.app.application -consoleLog >>"$out/workbench.out" 2>&1 &
  pid=$!
  main=$(window '^Prozesswerk' 240) || fail "no workbench window: $(tail -20 "$out/workbench.out")"
  idle
}
key() { xdotool key --clearmodifiers "$@"; sleep 0.5; }
# click WINDOW FROM-RIGHT FROM-BOTTOM: a click at a point given from the lower right corner of WINDOW. The wizard's
# buttons < Zurück, Weiter >, Abbrechen, Fertigstellen sit there; GTK ignores their mnemonics under Xvfb.
click() {
  local width height
  width=$(xwininfo -id "$1" | sed -n 's/.*Width: //p')
  height=$(xwininfo -id "$1" | sed -n 's/.*Height: //p')
  xdotool mousemove --window "$1" $((width - $2)) $((height - $3)) click 1
  sleep 0.5
}
next() { click "$wizard" 300 33; }

# 1. the wizard: Hilfe > Neue Software installieren... (the third entry of the menu)
start_workbench
xdotool windowfocus --sync "$main" 2>/dev/null || true
key alt+h
key Down
key Down
key Return
wizard=$(window '^Install$' 60) || fail "Hilfe > Neue Software installieren... opened no window titled Install"
idle
# 2. it opens on "--All Available Sites--": the preconfigured sites are loaded, the example's category is listed
shot 01-wizard-site "$wizard"

# 3. Select All, Weiter (install details), Weiter (licence), accept, Fertigstellen, trust the unsigned content
xdotool windowfocus --sync "$wizard" 2>/dev/null || true
key alt+s
idle
shot 02-selected "$wizard"
next
idle
shot 03-details "$wizard"
next
idle
click "$wizard" 917 169 # "I accept the terms of the license agreement"
shot 04-licence "$wizard"
click "$wizard" 67 33 # Fertigstellen
trust=$(window '^Trust' 180) || fail "no trust dialog for the unsigned example bundles"
idle
shot 05-trust "$trust"
xdotool windowfocus --sync "$trust" 2>/dev/null || true
key alt+s
key alt+t
restart=$(window 'Software Updates' 180) || fail "p2 did not ask to restart after the install"
idle
shot 06-restart "$restart"
xdotool windowfocus --sync "$restart" 2>/dev/null || true
key alt+r # Restart Now: the workbench exits (without a native launcher it does not come back by itself)
for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done

# 4. restart (the launcher jar does not restart by itself, there is no native launcher: the test starts it again)
stop_workbench
installed after || fail "$feature is not installed after the wizard finished: $(cat "$out/list-after.out")"
start_workbench
shot 07-restarted "$main"
stop_workbench
cli demo demo --out "$out/muster.pwreg"
[ $rc -eq 0 ] || fail "demo exited $rc: $(head -c 2000 "$out/demo.err")"
check_contributions present "$out/muster.pwreg" ""
echo "p2-ui: installed through Hilfe > Neue Software installieren, restarted, all four contributions work"

# 5. uninstall (the trap does it too, should anything above fail)
director uninstall -uninstallIU "$feature"
[ $rc -eq 0 ] || fail "uninstall: $(cat "$out/uninstall.err")"
echo "p2-ui: uninstalled again"
